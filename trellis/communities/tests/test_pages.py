"""The community pages as people use them: landing page, joining, leaving, managing."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from trellis.accounts.tests.factories import UserFactory
from trellis.communities import services
from trellis.communities.models import (
    Community,
    JoinPolicy,
    Membership,
    MembershipEventKind,
    MembershipState,
    Stage,
)
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


def test_visitor_reads_value_proposition_of_public_community(client, world):
    response = client.get(reverse("communities:detail", args=[world.public.slug]))
    assert response.status_code == 200
    assert "Why should I care?" in response.content.decode()
    assert "Because it matters" in response.content.decode()


def test_landing_page_in_russian_shows_russian_text(client, world):
    response = client.get(
        reverse("communities:detail", args=[world.public.slug]), HTTP_ACCEPT_LANGUAGE="ru"
    )
    content = response.content.decode()
    assert '<html lang="ru">' in content
    assert "Потому что это важно" in content


def test_private_community_is_a_404_for_outsiders_and_visitors(client, world):
    url = reverse("communities:detail", args=[world.private.slug])
    assert client.get(url).status_code == 404
    client.force_login(world.outsider)
    assert client.get(url).status_code == 404
    home = client.get(reverse("communities:home")).content.decode()
    assert "PRIV" not in home


def test_open_join_makes_member_and_records_contribution(client, world):
    world.public.join_policy = JoinPolicy.OPEN
    world.public.save()
    client.force_login(world.outsider)
    response = client.post(reverse("communities:join", args=[world.public.slug]), follow=True)
    assert response.status_code == 200
    membership = Membership.objects.get(person=world.outsider, community=world.public)
    assert membership.state == MembershipState.ACTIVE
    assert Contribution.objects.filter(
        person=world.outsider, kind=ContributionKind.COMMUNITY_JOINED, community=world.public
    ).exists()


def test_join_by_approval_then_convener_approves(client, world):
    client.force_login(world.outsider)
    client.post(
        reverse("communities:join", args=[world.public.slug]), {"message": "I audit budgets"}
    )
    membership = Membership.objects.get(person=world.outsider, community=world.public)
    assert membership.state == MembershipState.PENDING
    client.force_login(world.convener)
    manage = client.get(reverse("communities:manage", args=[world.public.slug]))
    assert "I audit budgets" in manage.content.decode()
    client.post(
        reverse("communities:member_decide", args=[world.public.slug, membership.pk]),
        {"decision": "approve"},
    )
    membership.refresh_from_db()
    assert membership.state == MembershipState.ACTIVE


def test_leave_and_rejoin_keeps_history(client, world):
    world.public.join_policy = JoinPolicy.OPEN
    world.public.save()
    client.force_login(world.outsider)
    join = reverse("communities:join", args=[world.public.slug])
    client.post(join)
    client.post(reverse("communities:leave", args=[world.public.slug]))
    client.post(join)
    membership = Membership.objects.get(person=world.outsider, community=world.public)
    kinds = list(membership.events.values_list("kind", flat=True))
    assert kinds == [
        MembershipEventKind.JOINED,
        MembershipEventKind.LEFT,
        MembershipEventKind.REJOINED,
    ]
    assert Contribution.objects.filter(
        person=world.outsider, kind=ContributionKind.COMMUNITY_LEFT
    ).exists()


def test_member_cannot_edit_community(client, world):
    client.force_login(world.member)
    response = client.get(reverse("communities:edit", args=[world.public.slug]))
    assert response.status_code == 403


def test_convener_edits_stage_and_value_proposition_with_history(client, world):
    client.force_login(world.convener)
    url = reverse("communities:edit", args=[world.public.slug])
    data = {
        "name_en": "Budget community",
        "name_ru": "Бюджетное сообщество",
        "description_en": "We plan budgets",
        "description_ru": "",
        "domain_statement_en": "Budgets",
        "domain_statement_ru": "",
        "domain_type": "professional",
        "stage": Stage.MATURING,
        "visibility": "public",
        "join_policy": "open",
        "stage_note_en": "We have a clear focus now",
        "stage_note_ru": "",
        "value_why_care_en": "Your budget matters",
        "value_why_care_ru": "Ваш бюджет важен",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    world.public.refresh_from_db()
    assert world.public.stage == Stage.MATURING
    assert world.public.value_proposition["why_care"] == {
        "en": "Your budget matters",
        "ru": "Ваш бюджет важен",
    }
    assert world.public.stage_changes.first().note == {"en": "We have a clear focus now"}
    history = client.get(reverse("communities:history", args=[world.public.slug]))
    assert "Changed" in history.content.decode()


def test_edit_with_missing_name_keeps_what_was_typed(client, world):
    client.force_login(world.convener)
    url = reverse("communities:edit", args=[world.public.slug])
    response = client.post(
        url,
        {
            "name_en": "",
            "name_ru": "",
            "domain_type": "professional",
            "stage": "potential",
            "visibility": "public",
            "join_policy": "open",
            "value_why_care_en": "Something I wrote carefully",
        },
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Write this in at least one language." in content
    assert "Something I wrote carefully" in content


def test_a_refused_edit_leaves_the_community_as_it_was(world):
    name = dict(world.public.name)
    with pytest.raises(ValidationError, match="name"):
        services.community_update(actor=world.convener, community=world.public, name={})
    assert world.public.name == name
    world.public.refresh_from_db()
    assert world.public.name == name


COMMUNITY_FORM = {
    "code": "bcop",
    "slug": "budget",
    "name_en": "Budget community",
    "name_ru": "",
    "domain_type": "professional",
    "stage": "potential",
    "visibility": "public",
    "join_policy": "open",
}


def test_admin_creates_a_community_whose_code_is_asked_once_and_must_be_free(client, world):
    client.force_login(world.admin)
    url = reverse("communities:create")
    page = client.get(url).content.decode()
    assert page.count('name="code"') == 1
    assert page.count('name="slug"') == 1
    response = client.post(url, COMMUNITY_FORM)
    assert response.status_code == 302
    assert Community.objects.get(slug="budget").code == "BCOP"
    again = client.post(url, {**COMMUNITY_FORM, "slug": "budget-again"})
    assert again.status_code == 200
    assert "Community with this Short code already exists." in again.content.decode()
    assert not Community.objects.filter(slug="budget-again").exists()


def test_invitation_email_and_acceptance_to_private_community(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.convener)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("communities:manage", args=[world.private.slug]),
            {"invite-email": "newcomer@example.org", "invite-message": "Join us"},
        )
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    link = next(line for line in body.splitlines() if "/invitations/" in line)
    path = link[link.index("/invitations/") :].strip()
    newcomer = UserFactory(email="newcomer@example.org")
    client.force_login(newcomer)
    assert client.get(path).status_code == 200
    client.post(path)
    assert Membership.objects.get(person=newcomer, community=world.private).is_active
    assert client.get(reverse("communities:detail", args=[world.private.slug])).status_code == 200


def test_an_invitation_is_sent_even_when_the_communitys_name_has_a_line_break(
    client, world, django_capture_on_commit_callbacks
):
    """Names stored before single-line text refused line breaks must not stop the email."""
    Community.objects.filter(pk=world.private.pk).update(name={"en": "Treasury\nCoP"})
    client.force_login(world.convener)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("communities:manage", args=[world.private.slug]),
            {"invite-email": "newcomer@example.org", "invite-message": "Join us"},
        )

    assert [message.subject for message in mail.outbox] == ["You are invited to join Treasury CoP"]


def test_invalid_invitation_email_shows_message(client, world):
    client.force_login(world.convener)
    response = client.post(
        reverse("communities:manage", args=[world.public.slug]),
        {"invite-email": "not-an-email", "invite-message": "Hello there"},
    )
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert "Hello there" in response.content.decode()


def test_transactional_participant_is_matched_when_they_register(client, world):
    from trellis.communities.services import transactional_participants_match

    client.force_login(world.convener)
    client.post(
        reverse("communities:manage", args=[world.public.slug]),
        {
            "guest-full_name": "Guest Speaker",
            "guest-organisation": "OECD",
            "guest-country": "FR",
            "guest-email": "guest@example.org",
            "guest-note": "Spoke at the plenary",
        },
    )
    guest = UserFactory(email="guest@example.org")
    assert transactional_participants_match(person=guest) == 1
    assert guest.transactional_records.get().full_name == "Guest Speaker"


def test_convener_sets_level_with_htmx(client, world):
    client.force_login(world.convener)
    membership = Membership.objects.get(person=world.member, community=world.public)
    response = client.post(
        reverse("communities:member_level", args=[world.public.slug, membership.pk]),
        {"level": "core"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert f'id="member-{membership.pk}"' in response.content.decode()
    assert "<html" not in response.content.decode()
    membership.refresh_from_db()
    assert membership.declared_level == "core"


def test_member_list_query_count_does_not_grow(client, world, django_assert_max_num_queries):
    from trellis.communities.tests.factories import MembershipFactory

    client.force_login(world.member)
    url = reverse("communities:members", args=[world.public.slug])
    joined = [MembershipFactory(community=world.public).person for _ in range(20)]
    with django_assert_max_num_queries(12):
        response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert all(f"{person.full_name}<" in page for person in joined)


def test_roles_assigned_and_ended(client, world):
    from trellis.communities.models import Role, RoleAssignment

    client.force_login(world.convener)
    url = reverse("communities:roles", args=[world.public.slug])
    role = Role.objects.get(code="agenda_setter")
    response = client.post(url, {"person": world.member.pk, "role": role.pk})
    assert response.status_code == 302
    assignment = RoleAssignment.objects.get(person=world.member, role=role)
    detail = client.get(reverse("communities:detail", args=[world.public.slug]))
    assert "Agenda setter" in detail.content.decode()
    client.post(reverse("communities:role_end", args=[assignment.pk]))
    assignment.refresh_from_db()
    assert assignment.ends_on is not None


def test_convener_adds_and_removes_a_stakeholder_with_audit(client, world):
    client.force_login(world.convener)
    url = reverse("communities:stakeholders", args=[world.public.slug])
    response = client.post(
        url, {"kind": "sponsor", "name": "GIZ", "interest_en": "Public finance reform"}
    )
    assert response.status_code == 302
    stakeholder = world.public.stakeholders.get()
    detail = client.get(reverse("communities:detail", args=[world.public.slug])).content.decode()
    assert "GIZ" in detail and "Public finance reform" in detail
    client.post(reverse("communities:stakeholder_remove", args=[world.public.slug, stakeholder.pk]))
    assert not world.public.stakeholders.exists()
    actions = list(world.public.audit_entries.values_list("action", flat=True))
    assert "stakeholder.added" in actions and "stakeholder.removed" in actions


def test_stakeholder_without_name_keeps_typed_interest(client, world):
    client.force_login(world.convener)
    response = client.post(
        reverse("communities:stakeholders", args=[world.public.slug]),
        {"kind": "sponsor", "name": "", "interest_en": "Typed with care"},
    )
    assert response.status_code == 200
    assert "Typed with care" in response.content.decode()


def test_member_sees_own_membership_history_but_not_others(client, world):
    world.public.join_policy = JoinPolicy.OPEN
    world.public.save()
    client.force_login(world.outsider)
    client.post(reverse("communities:join", args=[world.public.slug]))
    own = Membership.objects.get(person=world.outsider, community=world.public)
    detail = client.get(reverse("communities:detail", args=[world.public.slug])).content.decode()
    history_url = reverse("communities:member_history", args=[world.public.slug, own.pk])
    assert history_url in detail
    assert "Joined" in client.get(history_url).content.decode()
    other = Membership.objects.get(person=world.member, community=world.public)
    other_url = reverse("communities:member_history", args=[world.public.slug, other.pk])
    assert client.get(other_url).status_code == 403
    client.force_login(world.convener)
    assert client.get(other_url).status_code == 200


def test_a_role_held_as_a_member_lapses_when_its_holder_leaves(client, world):
    """A convener who leaves a private community no longer sees it, runs it or is shown as
    its convener; its sponsor, who holds the role from outside, still sees it."""
    detail = reverse("communities:detail", args=[world.private.slug])
    client.force_login(world.member)
    assert "Convener Person" in client.get(detail).content.decode()

    client.force_login(world.convener)
    client.post(reverse("communities:leave", args=[world.private.slug]))

    assert client.get(detail).status_code == 404
    assert client.get(reverse("communities:edit", args=[world.private.slug])).status_code == 404
    client.force_login(world.member)
    assert "Convener Person" not in client.get(detail).content.decode()
    client.force_login(world.sponsor)
    assert client.get(detail).status_code == 200
