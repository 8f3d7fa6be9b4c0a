"""The members' levels page: names for those who look after the community only, filters,
search, the declared and computed core groups side by side, exports and bounded queries."""

from datetime import UTC, datetime
from io import BytesIO

import pytest
import time_machine
from openpyxl import load_workbook

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Role
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.services import contribution_record

pytestmark = pytest.mark.django_db

NOON = datetime(2026, 6, 10, 12, tzinfo=UTC)
LATER = datetime(2026, 6, 15, 9, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _clock():
    with time_machine.travel(LATER, tick=False):
        yield


def acts(person, community, kind, n):
    for _ in range(n):
        contribution_record(person=person, kind=kind, community=community, occurred_at=NOON)


def url(community, query=""):
    return f"/communities/{community.slug}/participation/members/{query}"


def keeper(world):
    person = UserFactory(full_name="Keeper Person")
    MembershipFactory(community=world.public, person=person)
    RoleAssignmentFactory(
        community=world.public, person=person, role=Role.objects.get(code="community_keeper")
    )
    return person


@pytest.fixture
def scored(world):
    acts(world.member, world.public, Kind.ACTIVITY_HOSTED, 10)  # 40: computed core
    acts(world.outsider, world.public, Kind.QUESTION_ASKED, 1)  # transactional, 2 points
    return world


@pytest.mark.parametrize("role", ["admin", "convener", "keeper"])
def test_those_who_look_after_the_community_see_names_levels_and_scores(client, scored, role):
    person = keeper(scored) if role == "keeper" else scored.person(role)
    client.force_login(person)
    page = client.get(url(scored.public)).content.decode()
    assert "Member Person" in page and "Convener Person" in page
    assert "Outsider Person" in page  # in the transactional section
    assert "<td>40</td>" in page
    assert "3 members" in page if role == "keeper" else "2 members" in page


@pytest.mark.parametrize("role", ["member", "sponsor", "outsider"])
def test_nobody_else_sees_who_is_at_which_level(client, scored, role):
    client.force_login(scored.person(role))
    response = client.get(url(scored.public))
    assert response.status_code == 403
    assert "Member Person" not in response.content.decode()


def test_a_visitor_is_asked_to_log_in(client, scored):
    assert "/accounts/login/" in client.get(url(scored.public))["Location"]


def test_filters_by_computed_and_declared_level_and_search(client, scored):
    client.force_login(scored.admin)
    core = client.get(url(scored.public, "?level=core")).content.decode()
    assert ">Member Person</th>" in core and ">Convener Person</th>" not in core
    declared = client.get(url(scored.public, "?declared=core")).content.decode()
    assert "No members match these filters." in declared
    searched = client.get(url(scored.public, "?q=conven")).content.decode()
    assert ">Convener Person</th>" in searched and "1 member" in searched
    assert ">Member Person</th>" not in searched
    # Nonsense filters are ignored, never a 500.
    assert client.get(url(scored.public, "?level=x&declared=%00&page=zz")).status_code == 200


def test_conveners_see_where_declared_and_computed_core_differ(client, scored):
    client.force_login(scored.convener)
    page = client.get(url(scored.public)).content.decode()
    assert "The declared core group and the computed one differ" in page
    box = page.split('id="core-differences"')[1].split("</section>")[0]
    declared, computed = box.split("Computed core, not declared so")
    assert "Convener Person" in declared and "Member Person" in computed
    assert "Change the declared level of Member Person" in page
    assert f"/communities/{scored.public.slug}/members/?q=Member%20Person" in page


def test_community_keepers_see_levels_but_neither_the_box_nor_the_change_link(client, scored):
    client.force_login(keeper(scored))
    page = client.get(url(scored.public)).content.decode()
    assert "Member Person" in page
    assert "core-differences" not in page and "Change the declared level" not in page


def test_sorted_by_score_fifty_to_a_page(client, world):
    for n in range(55):
        person = UserFactory(full_name=f"Person {n:02d}")
        MembershipFactory(community=world.public, person=person)
        acts(person, world.public, Kind.AGENDA_VOTED, n)
    client.force_login(world.admin)
    first = client.get(url(world.public)).content.decode()
    assert "57 members" in first
    assert first.index(">Person 54</th>") < first.index(">Person 53</th>")
    assert "Person 04</th>" not in first
    second = client.get(url(world.public, "?page=2")).content.decode()
    assert "Person 04</th>" in second and ">Person 54</th>" not in second


def test_exports_keep_formulas_as_text(client, world):
    sneaky = UserFactory(full_name="=HYPERLINK(1)")
    MembershipFactory(community=world.public, person=sneaky)
    acts(sneaky, world.public, Kind.AGENDA_VOTED, 5)
    client.force_login(world.admin)
    csv = client.get(url(world.public, "members.csv"))
    assert csv["Content-Type"].startswith("text/csv")
    lines = csv.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Name,Score")
    assert lines[1].startswith("'=HYPERLINK(1),5,Occasional")
    xlsx = client.get(url(world.public, "members.xlsx?level=occasional"))
    sheet = load_workbook(BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][:3] == ("'=HYPERLINK(1)", 5, "Occasional") and len(rows) == 2


def test_the_page_in_russian(client, scored):
    client.force_login(scored.admin)
    page = client.get(url(scored.public), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Уровни участия" in page and "Основная группа" in page


def test_queries_do_not_grow_with_the_community(client, world, django_assert_max_num_queries):
    def grow(n):
        for _ in range(n):
            person = UserFactory()
            MembershipFactory(community=world.public, person=person)
            acts(person, world.public, Kind.ANSWER_POSTED, 2)
            acts(UserFactory(), world.public, Kind.QUESTION_ASKED, 1)

    client.force_login(world.convener)
    grow(3)
    with django_assert_max_num_queries(40) as few:
        client.get(url(world.public))
    grow(120)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(url(world.public))
    assert "125 members" in page.content.decode()
    assert "who took part without being members: 123." in page.content.decode()
