"""The rules page: everyone who sees the figures reads the rules in plain words; network
admins adjust them (per-field errors keeping what was typed) or go back to the defaults."""

import pytest

from trellis.analytics.forms import RulesForm, weight_field_name
from trellis.analytics.levels import DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS, Level, Rules
from trellis.analytics.models import ParticipationRules
from trellis.analytics.selectors.levels import rules_for
from trellis.communities.models import AuditEntry
from trellis.participation.kinds import ContributionKind as Kind

pytestmark = pytest.mark.django_db


def url(community, suffix=""):
    return f"/communities/{community.slug}/participation/rules/{suffix}"


def form_data(**changes):
    data = RulesForm.initial_from(Rules())
    data.update(changes)
    return data


@pytest.mark.parametrize("role", ["member", "sponsor", "convener", "outsider", "admin"])
def test_everyone_who_sees_the_figures_reads_the_rules(client, world, role):
    client.force_login(world.person(role))
    page = client.get(url(world.public)).content.decode()
    assert "This community uses the network's default rules." in page
    assert (
        "Took part in an activity" in page
        and f"Core group: from {DEFAULT_THRESHOLDS[Level.CORE]} points" in page
    )
    assert "last 12 months" in page
    assert ("Save the rules" in page) == (role == "admin")


def test_private_community_rules_are_hidden_from_outsiders(client, world):
    client.force_login(world.outsider)
    assert client.get(url(world.private)).status_code == 404


def test_an_admin_saves_rules_and_everyone_reads_them(client, world):
    client.force_login(world.admin)
    data = form_data(core_threshold=60, **{weight_field_name(Kind.ACTIVITY_ATTENDED): 7})
    response = client.post(url(world.public), data)
    assert response.status_code == 302
    assert rules_for([world.public.pk])[world.public.pk].core == 60
    assert AuditEntry.objects.filter(action="participation.rules_changed").count() == 1
    client.force_login(world.member)
    page = client.get(url(world.public)).content.decode()
    assert "Core group: from 60 points" in page and "differ from the network" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"core_threshold": 10}, "The core group needs more points than the active level."),
        ({"active_threshold": 2}, "The active level needs more points than occasional."),
        ({"occasional_threshold": 0}, "Ensure this value is greater than or equal to 1."),
        ({"window_months": 37}, "Ensure this value is less than or equal to 36."),
        ({weight_field_name(Kind.ANSWER_POSTED): 101}, "less than or equal to 100"),
        ({weight_field_name(Kind.ANSWER_POSTED): "many"}, "Enter a whole number."),
    ],
)
def test_refused_rules_say_why_by_field_and_keep_what_was_typed(client, world, changes, message):
    client.force_login(world.admin)
    response = client.post(url(world.public), form_data(**changes))
    page = response.content.decode()
    assert response.status_code == 422
    assert message in page
    typed = next(iter(changes.values()))
    assert f'value="{typed}"' in page
    assert not ParticipationRules.objects.exists()


def test_rules_at_their_edges_are_accepted(client, world):
    client.force_login(world.admin)
    data = form_data(
        occasional_threshold=1,
        active_threshold=2,
        core_threshold=3,
        window_months=36,
        **{weight_field_name(kind): 0 for kind in DEFAULT_WEIGHTS},
    )
    data[weight_field_name(Kind.ACTIVITY_HOSTED)] = 100
    assert client.post(url(world.public), data).status_code == 302
    rules = rules_for([world.public.pk])[world.public.pk]
    assert (rules.core, rules.window_months, rules.weights[Kind.ACTIVITY_HOSTED]) == (3, 36, 100)


def test_refused_in_russian(client, world):
    client.force_login(world.admin)
    page = client.post(
        url(world.public), form_data(core_threshold=10), HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode()
    assert "Основной группе нужно больше баллов, чем активному уровню." in page


@pytest.mark.parametrize("role", ["member", "sponsor", "convener"])
def test_nobody_but_admins_posts_or_resets(client, world, role):
    client.force_login(world.person(role))
    assert client.post(url(world.public), form_data(core_threshold=60)).status_code == 403
    assert client.get(url(world.public, "reset/")).status_code == 403
    assert client.post(url(world.public, "reset/")).status_code == 403
    assert not ParticipationRules.objects.exists()


def test_back_to_the_defaults_after_a_confirmation(client, world):
    client.force_login(world.admin)
    client.post(url(world.public), form_data(core_threshold=60))
    assert "Back to the defaults" in client.get(url(world.public)).content.decode()
    confirm = client.get(url(world.public, "reset/")).content.decode()
    assert "Go back to the defaults" in confirm
    assert rules_for([world.public.pk])[world.public.pk].core == 60  # nothing changed yet
    assert client.post(url(world.public, "reset/")).status_code == 302
    assert rules_for([world.public.pk])[world.public.pk] == Rules()
