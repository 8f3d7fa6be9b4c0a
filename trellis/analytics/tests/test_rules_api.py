"""The rules through the API: read by whoever sees the figures, replaced by network admins,
refused by field with a 422."""

import pytest

from trellis.analytics.levels import DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS, Level
from trellis.analytics.models import ParticipationRules
from trellis.participation.kinds import ContributionKind as Kind

pytestmark = pytest.mark.django_db

BODY = {"core_threshold": 50, "active_threshold": 20, "occasional_threshold": 5, "window_months": 6}


def url(community):
    return f"/api/v1/communities/{community.slug}/participation-rules"


def test_members_read_the_rules(client, world):
    client.force_login(world.member)
    body = client.get(url(world.public)).json()
    assert body["defaults"] is True and body["core_threshold"] == DEFAULT_THRESHOLDS[Level.CORE]
    assert body["weights"] == DEFAULT_WEIGHTS


def test_an_admin_replaces_them(client, world):
    client.force_login(world.admin)
    body = dict(BODY, weights={Kind.ACTIVITY_ATTENDED: 9})
    response = client.put(url(world.public), body, content_type="application/json")
    assert response.status_code == 200
    out = response.json()
    assert out["defaults"] is False and out["weights"][Kind.ACTIVITY_ATTENDED] == 9
    assert out["weights"][Kind.ANSWER_POSTED] == DEFAULT_WEIGHTS[Kind.ANSWER_POSTED]
    client.force_login(world.member)
    assert client.get(url(world.public)).json()["core_threshold"] == 50


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"core_threshold": 20}, "core_threshold"),
        ({"window_months": 0}, "window_months"),
        ({"weights": {"made.up": 1}}, "weights"),
    ],
)
def test_refused_by_field(client, world, changes, field):
    client.force_login(world.admin)
    body = dict(BODY, **changes)
    response = client.put(
        url(world.public), body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="ru"
    )
    assert response.status_code == 422
    assert field in response.json()["error"]["fields"]
    assert not ParticipationRules.objects.exists()


@pytest.mark.parametrize(("role", "status"), [("convener", 403), ("member", 403)])
def test_others_may_not_replace_them(client, world, role, status):
    client.force_login(world.person(role))
    response = client.put(url(world.public), BODY, content_type="application/json")
    assert response.status_code == status
