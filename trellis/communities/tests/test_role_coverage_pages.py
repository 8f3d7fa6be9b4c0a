"""Leadership coverage pages: which roles a community has filled, by whom and since when, which
are vacant, who holds many roles, the rotation history; and the network's table of communities
by roles, with names for network admins and figures for everyone else signed in."""

import io
import re
from datetime import date

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from trellis.communities import services
from trellis.communities.models import AuditEntry, RoleAssignment
from trellis.communities.tests.coverage import PAST_END, SINCE, leaders_build, role
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)

pytestmark = pytest.mark.django_db


def _page(client, person, slug="public-cop", query=""):
    client.force_login(person)
    response = client.get(reverse("communities:role_coverage", args=[slug]) + query)
    assert response.status_code == 200
    return response.content.decode()


def _section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    end = html.find("</section>", start)
    return html[start:end]


def _row(html, code):
    match = re.search(rf'<tr id="role-{code}"[^>]*>(.*?)</tr>', html, re.S)
    assert match, code
    return match.group(0)


def test_a_member_sees_who_holds_each_role_and_which_are_vacant(client, world):
    leaders_build(world)

    html = _page(client, world.member)

    assert "5 roles are vacant." in html
    now = _section(html, "coverage-heading")
    assert "Vera Figner" in _row(now, "critical_friend")
    assert SINCE.strftime("%Y") in _row(now, "critical_friend")
    assert "Convener Person" in _row(now, "convener")
    assert "Ada Lovelace" in _row(now, "agenda_setter")
    for vacant in ("organisational_broker", "practice_developer", "value_detective"):
        assert 'class="vacant"' in _row(now, vacant)
        assert "Vacant" in _row(now, vacant)
    assert "Boris Pasternak" not in now
    # A member does not assign: no link to do it, no button to end a role.
    assert "Assign the role" not in html
    assert "End the role" not in html


def test_people_holding_many_roles_are_flagged(client, world):
    leaders = leaders_build(world)
    other = CommunityFactory()
    MembershipFactory(community=other, person=leaders.ada)
    RoleAssignmentFactory(community=other, person=leaders.ada, role=role("value_detective"))

    many = _section(_page(client, world.member), "many-heading")

    assert "Ada Lovelace" in many
    assert re.search(r"Ada Lovelace</a></td><td>3</td><td>4</td>", many)
    assert "Vera Figner" not in many
    assert "Convener Person" not in many


def test_the_rotation_history_shows_past_holders_and_who_assigned_them(client, world):
    leaders_build(world)

    history = _section(_page(client, world.convener), "history-heading")

    assert "1 past assignment" in history
    assert "Boris Pasternak" in history
    assert "Admin Person" in history
    assert PAST_END.strftime("%Y") in history
    assert "Vera Figner" not in history


def test_the_rotation_history_is_paginated(client, world):
    people = [MembershipFactory(community=world.public).person for _ in range(33)]
    for number, person in enumerate(people):
        RoleAssignmentFactory(
            community=world.public,
            person=person,
            role=role("technology_steward"),
            starts_on=PAST_END.replace(year=2000 + number % 20),
            ends_on=PAST_END,
        )

    first = _section(_page(client, world.member), "history-heading")
    second = _section(_page(client, world.member, query="?page=2"), "history-heading")

    assert "33 past assignments" in first
    assert first.count("<tr><td>") == 30
    assert second.count("<tr><td>") == 3


def test_a_convener_assigns_a_vacant_role_from_the_coverage_page(client, world):
    leaders = leaders_build(world)
    broker = role("organisational_broker")

    html = _page(client, world.convener)
    link = f"{reverse('communities:roles', args=['public-cop'])}?role={broker.pk}"
    assert link in _row(html, "organisational_broker")
    form = client.get(link).content.decode()
    assert f'<option value="{broker.pk}" selected>' in form
    client.post(link, {"person": leaders.vera.pk, "role": broker.pk})

    after = _page(client, world.convener)
    assert "Vera Figner" in _row(after, "organisational_broker")
    assert "4 roles are vacant." in after
    assert AuditEntry.objects.filter(action="role.assigned", actor=world.convener).exists()


def test_a_convener_ends_a_role_from_the_coverage_page_and_comes_back_to_it(client, world):
    leaders = leaders_build(world)
    assignment = RoleAssignment.objects.get(person=leaders.vera)

    assert "End the role" in _page(client, world.convener)
    response = client.post(
        reverse("communities:role_end", args=[assignment.pk]), {"return_to": "coverage"}
    )

    assert response.url == reverse("communities:role_coverage", args=["public-cop"])
    assignment.refresh_from_db()
    # Ended today: held until the day is over.
    assert assignment.ends_on is not None
    assert AuditEntry.objects.filter(action="role.ended", actor=world.convener).exists()


def test_a_role_that_ended_is_vacant_and_in_the_history(client, world):
    leaders = leaders_build(world)
    services.role_period_change(
        actor=world.admin,
        assignment=RoleAssignment.objects.get(person=leaders.vera),
        ends_on=date(2022, 1, 31),
    )

    html = _page(client, world.member)

    assert "Vacant" in _row(html, "critical_friend")
    assert "6 roles are vacant." in html
    history = _section(html, "history-heading")
    assert "2 past assignments" in history
    assert history.index("Vera Figner") < history.index("Boris Pasternak")
    assert AuditEntry.objects.filter(action="role.period_changed", actor=world.admin).exists()


def test_every_table_downloads_as_csv_and_xlsx(client, world):
    leaders_build(world)
    client.force_login(world.member)
    url = reverse("communities:role_coverage", args=["public-cop"])

    coverage = client.get(url + "coverage.csv")
    history = client.get(url + "history.csv").content.decode("utf-8-sig")
    holders = client.get(url + "holders.xlsx")

    assert coverage["Content-Type"].startswith("text/csv")
    text = coverage.content.decode("utf-8-sig")
    assert "Critical friend,Vera Figner,2021-07-01" in text
    assert "Value detective,Vacant" in text
    assert "Boris Pasternak" in history and "Admin Person" in history
    sheet = load_workbook(io.BytesIO(holders.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows == [("Person", "Roles here", "Roles in the network"), ("Ada Lovelace", 3, 3)]


def test_the_network_table_shows_names_to_admins_and_figures_to_members(client, world):
    leaders_build(world)
    url = reverse("communities:network_role_coverage")

    client.force_login(world.admin)
    admin = client.get(url).content.decode()
    client.force_login(world.outsider)
    outsider = client.get(url).content.decode()

    # Public: 5 of 10 roles vacant; private: only its convener, 9 vacant.
    assert "14 vacant roles across the communities shown." in admin
    assert "Ada Lovelace" in admin and "Vera Figner" in admin
    assert "1 person holds 3 roles or more across the network." in admin
    assert "5 vacant roles across the communities shown." in outsider
    assert "Community PRIV" not in outsider
    assert "Ada Lovelace" not in outsider and "Vera Figner" not in outsider
    assert "1 holder" in outsider
    assert "1 person holds 3 roles or more across the network." in outsider


def test_the_network_table_downloads_with_names_for_admins_only(client, world):
    leaders_build(world)
    url = reverse("communities:network_role_coverage")

    client.force_login(world.admin)
    admin = client.get(url + "coverage.csv").content.decode("utf-8-sig")
    client.force_login(world.member)
    member = client.get(url + "coverage.csv").content.decode("utf-8-sig")
    holders = client.get(url + "holders.csv")

    assert "Community PUB,Convener Person,Vera Figner," in admin
    assert "Community PRIV,Convener Person,,,,,,,,,,9" in admin
    assert "Community PUB,1,1,0,1,1,0,1,0,0,0,5" in member
    assert "Ada Lovelace" not in member and holders.status_code == 404


def test_the_coverage_reads_in_russian(client, world):
    leaders_build(world)
    client.force_login(world.member)

    html = client.get(
        reverse("communities:role_coverage", args=["public-cop"]), headers={"Accept-Language": "ru"}
    ).content.decode()

    assert "Критический друг" in html
    assert "Вакантно" in html
