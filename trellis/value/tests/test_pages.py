"""The value pages as several roles: the cycles in the reader's language, the framework chosen
by network admins (audited), the library by cycle and the indicator with its definition,
observations and target."""

import pytest

from trellis.communities.models import AuditEntry
from trellis.communities.selectors import network_get
from trellis.value.models import Indicator, Observation, Target

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["outsider", "member", "convener", "sponsor", "admin"])
def test_everyone_signed_in_reads_the_cycles(client, world, role):
    client.force_login(world.person(role))
    page = client.get("/value/cycles/").content.decode()
    assert "Immediate value" in page and "Reframing value" in page
    assert "Strategic value" not in page  # the 2011 framework by default
    assert "Who did I meet?" in page
    assert "Reputational capital" in page
    assert ("Choose the framework" in page) == (role == "admin")


def test_visitors_are_asked_to_sign_in(client, world):
    response = client.get("/value/cycles/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_cycles_in_russian(client, world):
    client.force_login(world.member)
    client.cookies["django_language"] = "ru"
    page = client.get("/value/cycles/").content.decode()
    assert "Непосредственная ценность" in page
    assert "С кем я познакомился?" in page


def test_admin_chooses_the_2020_framework_audited(client, world):
    client.force_login(world.admin)
    response = client.post("/value/framework/", {"framework": "2020"})
    assert response.status_code == 302
    assert network_get().value_framework == "2020"
    page = client.get("/value/cycles/").content.decode()
    assert "Transformative value" in page and "Strategic value" in page
    assert "Reframing value" not in page
    entry = AuditEntry.objects.get(action="value.framework_changed")
    assert entry.actor == world.admin and entry.changes == {"before": "2011", "after": "2020"}


def test_a_refused_framework_is_explained(client, world):
    client.force_login(world.admin)
    response = client.post("/value/framework/", {"framework": "1999"})
    assert response.status_code == 422
    assert network_get().value_framework == "2011"


def test_the_library_lists_the_seeded_indicators_by_cycle(client, world):
    client.force_login(world.sponsor)
    page = client.get("/value/indicators/").content.decode()
    assert Indicator.objects.filter(source="computed").count() >= 12
    assert "Questions answered within 72 hours" in page
    assert "Reuse of documents outside the community that made them" in page
    assert "Community aspirations" in page
    assert "Add an indicator" not in page


def test_a_private_communitys_indicator_is_hidden_from_outsiders(client, world):
    Indicator.objects.create(
        community=world.private, cycle="applied", name={"en": "Secret reform"}, source="manual"
    )
    client.force_login(world.outsider)
    assert "Secret reform" not in client.get("/value/indicators/").content.decode()
    client.force_login(world.member)
    assert "Secret reform" in client.get("/value/indicators/").content.decode()


def test_the_computed_indicator_page_shows_its_definition(client, world):
    indicator = Indicator.objects.get(code="questions-answered-72h")
    client.force_login(world.member)
    page = client.get(f"/value/indicators/{indicator.pk}/").content.decode()
    assert "within 72 hours of the question" in page
    assert "Record an observation" not in page and "Set the baseline" not in page


def test_a_convener_records_an_observation_and_a_target(client, world):
    indicator = Indicator.objects.get(catalogue_key="organisational-performance")
    client.force_login(world.convener)
    page = client.get(f"/value/indicators/{indicator.pk}/").content.decode()
    assert "Record an observation" in page and "The whole network" not in page.split("observe")[1]
    response = client.post(
        f"/value/indicators/{indicator.pk}/observations/",
        {
            "community": world.public.slug,
            "period_start": "2026-01-01",
            "period_end": "2026-06-30",
            "text": "Two ministries adopted medium-term budget frameworks.",
            "evidence_note": "Letters from the ministries.",
        },
    )
    assert response.status_code == 302
    observation = Observation.objects.get(indicator=indicator)
    assert observation.scope_key == f"community:{world.public.pk}"
    assert observation.recorded_by == world.convener
    page = client.get(f"/value/indicators/{indicator.pk}/").content.decode()
    assert "Two ministries adopted" in page and "Letters from the ministries." in page
    assert AuditEntry.objects.filter(action="observation.recorded", community=world.public).exists()


def test_an_observation_without_evidence_is_refused_and_kept(client, world):
    indicator = Indicator.objects.get(catalogue_key="organisational-performance")
    client.force_login(world.convener)
    response = client.post(
        f"/value/indicators/{indicator.pk}/observations/",
        {
            "community": world.public.slug,
            "period_start": "2026-06-30",
            "period_end": "2026-01-01",
            "text": "Something changed.",
        },
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "The period ends before it starts." in page
    assert "Say what the observation rests on, or link to it." in page
    assert "Something changed." in page
    assert not Observation.objects.exists()


def test_network_admin_sets_a_network_target(client, world):
    indicator = Indicator.objects.get(code="active-members")
    client.force_login(world.admin)
    response = client.post(
        f"/value/indicators/{indicator.pk}/target/",
        {"community": "", "baseline": "40", "target": "60", "target_date": "2027-12-31"},
    )
    assert response.status_code == 302
    target = Target.objects.get(indicator=indicator)
    assert target.scope_key == "network" and target.target == 60
    page = client.get(f"/value/indicators/{indicator.pk}/").content.decode()
    assert "60" in page and "2027" in page


def test_a_convener_cannot_set_a_network_target(client, world):
    indicator = Indicator.objects.get(code="active-members")
    client.force_login(world.convener)
    response = client.post(
        f"/value/indicators/{indicator.pk}/target/", {"community": "", "target": "60"}
    )
    assert response.status_code == 422
    assert not Target.objects.exists()


def test_the_indicator_page_draws_observations_and_target(
    client, world, django_assert_max_num_queries
):
    from datetime import date

    indicator = Indicator.objects.get(code="active-members")
    for month, value in ((1, 10), (2, 14), (3, 12)):
        Observation.objects.create(
            indicator=indicator,
            period_start=date(2026, month, 1),
            period_end=date(2026, month, 28),
            scope_kind="community",
            scope_key=f"community:{world.public.pk}",
            community=world.public,
            value=value,
            source="computed",
        )
    Target.objects.create(
        indicator=indicator,
        scope_kind="community",
        scope_key=f"community:{world.public.pk}",
        community=world.public,
        target=20,
    )
    client.force_login(world.sponsor)
    with django_assert_max_num_queries(20):
        page = client.get(f"/value/indicators/{indicator.pk}/").content.decode()
    assert "<svg" in page and "Active members over time" in page
    assert "1 Jan 2026 – 28 Jan 2026" in page and "1 Mar 2026 – 28 Mar 2026" in page
    assert "Dashed lines: targets." in page


def test_the_library_filters_by_community(client, world):
    Indicator.objects.create(
        community=world.public, cycle="applied", name={"en": "Public reform"}, source="manual"
    )
    Indicator.objects.create(
        community=world.private, cycle="applied", name={"en": "Private reform"}, source="manual"
    )
    client.force_login(world.member)
    page = client.get(f"/value/indicators/?community={world.private.slug}").content.decode()
    assert "Private reform" in page and "Public reform" not in page
    assert "Active members" in page  # the network's indicators stay
    client.force_login(world.outsider)
    assert client.get(f"/value/indicators/?community={world.private.slug}").status_code == 404
