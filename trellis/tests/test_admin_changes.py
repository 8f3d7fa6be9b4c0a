"""Changes made on the admin site go through the services: the audit trail names them, the
contribution log counts them, and a staff member without the right in Trellis is refused."""

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.models import (
    AuditEntry,
    Membership,
    MembershipState,
    RoleAssignment,
    StageChange,
)
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.tests.factories import ReplyFactory
from trellis.core.network_time import network_today
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution
from trellis.tests.admin_forms import form_values

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(db: Any) -> Any:
    return UserFactory(email="operator@example.org", is_staff=True, is_superuser=True)


def change_url(obj: Any) -> str:
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def post_change(client: Client, obj: Any, **changes: Any) -> Any:
    """Open the change page, change some fields, save: what the operator does."""
    page = client.get(change_url(obj))
    assert page.status_code == 200
    data = form_values(page.content.decode())
    data.update(changes)
    return client.post(change_url(obj), data)


def test_an_admin_edit_of_a_community_is_in_the_audit_trail_with_its_fields(
    client: Client, world: Any, operator: Any
) -> None:
    client.force_login(operator)

    response = post_change(
        client, world.public, name_en="Budget people", visibility="private", stage="maturing"
    )

    assert response.status_code == 302
    world.public.refresh_from_db()
    assert world.public.name["en"] == "Budget people"
    assert world.public.visibility == "private"
    entry = AuditEntry.objects.get(action="community.updated")
    assert entry.actor == operator
    assert entry.community == world.public
    assert set(entry.changes) == {"name", "visibility", "stage"}
    assert StageChange.objects.filter(community=world.public, stage="maturing").exists()


def test_an_admin_edit_of_an_activity_is_in_the_audit_trail(
    client: Client, world: Any, operator: Any
) -> None:
    activity = ActivityFactory(communities=[world.public], city="Ljubljana")
    client.force_login(operator)

    response = post_change(client, activity, city="Vienna", venue="Ministry of Finance")

    assert response.status_code == 302, response.context["adminform"].form.errors
    activity.refresh_from_db()
    assert (activity.city, activity.venue) == ("Vienna", "Ministry of Finance")
    assert activity.sequence == 1  # calendar programs take the change
    entry = AuditEntry.objects.get(action="activity.updated")
    assert {"city", "venue"} <= set(entry.changes["fields"])


def test_outcomes_written_in_the_admin_are_recorded_in_each_language_by_the_service(
    client: Client, world: Any, operator: Any
) -> None:
    activity = ActivityFactory(communities=[world.public], status="held")
    client.force_login(operator)

    response = post_change(
        client, activity, summary_en="We compared three approaches.", decisions_ru="Пилот"
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    activity.refresh_from_db()
    assert activity.summary == {"en": "We compared three approaches."}
    assert (activity.decisions, activity.outputs) == ({"ru": "Пилот"}, {})
    assert activity.reported_by == operator
    assert Contribution.objects.filter(
        person=operator, kind=ContributionKind.ACTIVITY_REPORTED
    ).exists()


def test_approving_a_request_in_the_admin_counts_the_join(
    client: Client, world: Any, operator: Any
) -> None:
    request = MembershipFactory(community=world.public, state=MembershipState.PENDING)
    client.force_login(operator)

    response = post_change(client, request, state="active")

    assert response.status_code == 302
    request.refresh_from_db()
    assert request.state == MembershipState.ACTIVE
    assert AuditEntry.objects.filter(action="membership.approved").count() == 1
    assert Contribution.objects.filter(
        person=request.person, kind=ContributionKind.COMMUNITY_JOINED
    ).exists()


def test_the_admin_refuses_a_change_of_state_no_convener_makes(
    client: Client, world: Any, operator: Any
) -> None:
    membership = Membership.objects.get(community=world.public, person=world.member)
    client.force_login(operator)

    response = post_change(client, membership, state="pending")

    assert response.status_code == 200
    assert "A convener approves or declines" in response.content.decode()
    membership.refresh_from_db()
    assert membership.state == MembershipState.ACTIVE


def test_hiding_a_reply_in_the_admin_is_moderation(
    client: Client, world: Any, operator: Any
) -> None:
    reply = ReplyFactory(discussion__community=world.public)
    client.force_login(operator)

    response = post_change(client, reply, hidden="on")

    assert response.status_code == 302
    reply.refresh_from_db()
    assert reply.hidden
    assert AuditEntry.objects.filter(action="post.hidden", actor=operator).count() == 1


def test_the_words_of_a_post_are_not_edited_in_the_admin(
    client: Client, world: Any, operator: Any
) -> None:
    reply = ReplyFactory(discussion__community=world.public, body="I agree.")
    client.force_login(operator)

    post_change(client, reply, body="Something else")

    reply.refresh_from_db()
    assert reply.body == "I agree."


def test_staff_without_the_right_in_trellis_is_refused_and_nothing_changes(
    client: Client, world: Any
) -> None:
    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_community", "change_community"])
    )
    client.force_login(staff)

    response = post_change(client, world.public, name_en="Taken over")

    assert response.status_code == 403
    world.public.refresh_from_db()
    assert world.public.name["en"] != "Taken over"
    assert not AuditEntry.objects.exists()


def test_ending_a_role_in_the_admin_is_in_the_audit_trail(
    client: Client, world: Any, operator: Any
) -> None:
    assignment = RoleAssignment.objects.get(community=world.public, person=world.convener)
    client.force_login(operator)

    ended = post_change(client, assignment, ends_on=network_today().isoformat())
    reopened = post_change(client, assignment, ends_on="")

    assert ended.status_code == 302
    assert AuditEntry.objects.filter(action="role.ended", actor=operator).count() == 1
    # Clearing the end is refused on the same page, which says why; the role stays ended.
    assert reopened["Location"] == change_url(assignment)
    assert "assign it again" in client.get(change_url(assignment)).content.decode()
    assignment.refresh_from_db()
    assert assignment.ends_on == network_today()
