"""A person's own participation: levels now and by month in each community, roles now and
before, theirs and network admins' only; the same content through the API."""

from datetime import UTC, date, datetime

import pytest
import time_machine

from trellis.analytics.levels import Level
from trellis.analytics.selectors.person_participation import month_starts, person_participation
from trellis.communities.models import RoleAssignment
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.services import contribution_record

pytestmark = pytest.mark.django_db

TODAY = datetime(2026, 6, 15, 9, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _clock():
    with time_machine.travel(TODAY, tick=False):
        yield


def acts(person, community, kind, n, at):
    for _ in range(n):
        contribution_record(person=person, kind=kind, community=community, occurred_at=at)


@pytest.fixture
def history(world):
    # 40 points in March: core in March and still now (the window is 12 months).
    acts(world.member, world.public, Kind.ACTIVITY_HOSTED, 10, datetime(2026, 3, 5, tzinfo=UTC))
    # 20 points in the private community on 10 June 2025, out of the window by now.
    acts(world.member, world.private, Kind.ACTIVITY_SPOKE, 5, datetime(2025, 6, 10, tzinfo=UTC))
    # The outsider asked once in the public community: transactional.
    acts(world.outsider, world.public, Kind.QUESTION_ASKED, 1, datetime(2026, 6, 1, tzinfo=UTC))
    return world


def test_month_starts_are_the_last_twelve_months():
    starts = month_starts(date(2026, 6, 15))
    assert starts[0] == date(2025, 7, 1) and starts[-1] == date(2026, 6, 1) and len(starts) == 12


def test_levels_now_and_month_by_month(history):
    mine = person_participation(viewer=history.member, person=history.member)
    by_code = {c.community.code: c for c in mine.communities}
    public, private = by_code["PUB"], by_code["PRIV"]
    assert (public.score_now, public.level_now) == (40, Level.CORE)
    months = {m.first_day: m for m in public.months}
    assert months[date(2026, 2, 1)].level == Level.PERIPHERAL
    assert (months[date(2026, 3, 1)].score, months[date(2026, 3, 1)].level) == (40, Level.CORE)
    assert (months[date(2026, 4, 1)].score, months[date(2026, 4, 1)].level) == (0, Level.CORE)
    # June 2025's acts still count at the end of July 2025, and have left the window by now.
    assert private.months[0].level == Level.ACTIVE and private.level_now == Level.PERIPHERAL
    outsider = person_participation(viewer=history.outsider, person=history.outsider)
    assert [(c.community.code, c.is_member, c.level_now) for c in outsider.communities] == [
        ("PUB", False, Level.TRANSACTIONAL)
    ]


def test_a_fixed_number_of_queries_whatever_the_months(history, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        person_participation(viewer=history.member, person=history.member)


def test_roles_now_and_before(history):
    RoleAssignment.objects.filter(person=history.convener, community=history.private).update(
        starts_on=date(2024, 1, 1), ends_on=date(2025, 1, 1)
    )
    theirs = person_participation(viewer=history.convener, person=history.convener)
    assert [r.community.code for r in theirs.roles_now] == ["PUB"]
    assert [r.community.code for r in theirs.roles_before] == ["PRIV"]


def url(person):
    return f"/people/{person.pk}/participation/"


@pytest.mark.parametrize("role", ["member", "admin"])
def test_the_person_and_network_admins_see_the_page(client, history, role):
    client.force_login(history.person(role))
    page = client.get(url(history.member)).content.decode()
    assert "Participation of Member Person" in page
    assert 'src="data:image/svg+xml;base64,' in page and "<caption>" in page
    assert "Core group" in page and "<td>40</td>" in page


@pytest.mark.parametrize("role", ["outsider", "convener", "sponsor"])
def test_anyone_else_gets_404_and_sees_nothing(client, history, role):
    client.force_login(history.person(role))
    response = client.get(url(history.member))
    assert response.status_code == 404
    assert "Member Person" not in response.content.decode()


def test_a_visitor_is_asked_to_log_in_and_a_missing_person_is_404(client, history):
    assert "/accounts/login/" in client.get(url(history.member))["Location"]
    client.force_login(history.admin)
    assert client.get("/people/999999/participation/").status_code == 404


def test_own_page_in_russian_shows_nothing_of_another_person(client, history):
    client.force_login(history.outsider)
    page = client.get(url(history.outsider), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Участие: Outsider Person" in page and "Member Person" not in page
    assert "Разовые участники" in page


def test_the_profile_links_to_one_s_own_participation_only(client, history):
    client.force_login(history.member)
    assert url(history.member) in client.get(f"/people/{history.member.pk}/").content.decode()
    assert (
        url(history.convener) not in client.get(f"/people/{history.convener.pk}/").content.decode()
    )


def test_the_api_gives_the_same_content(client, history):
    client.force_login(history.member)
    body = client.get(f"/api/v1/people/{history.member.pk}/participation").json()
    public = next(c for c in body["communities"] if c["slug"] == history.public.slug)
    assert (public["score"], public["level"], public["is_member"]) == (40, "core", True)
    assert public["months"][8] == {"month": "2026-03", "score": 40, "level": "core"}
    assert [r["role"] for r in body["roles_now"]] == []
    client.force_login(history.outsider)
    response = client.get(f"/api/v1/people/{history.member.pk}/participation")
    assert response.status_code == 404
    assert "Member Person" not in response.content.decode()
