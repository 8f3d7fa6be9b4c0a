"""The conversation predicates whose rules were decided inside views before: who writes an
answer jointly, who plans a peer assist's session and who gets its joining link."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import MembershipState
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations import permissions
from trellis.conversations.models import PeerAssistOffer
from trellis.conversations.tests.factories import (
    AnswerFactory,
    PeerAssistFactory,
    QuestionFactory,
)

pytestmark = pytest.mark.django_db


def former_member(community):
    person = UserFactory(full_name="Former Member")
    MembershipFactory(community=community, person=person, state=MembershipState.LEFT)
    return person


def test_only_the_author_who_still_takes_part_invites_co_authors(world):
    answer = AnswerFactory(question=QuestionFactory(community=world.public), author=world.member)
    assert permissions.can_invite_coauthors(world.member, answer)
    assert not permissions.can_invite_coauthors(world.convener, answer)
    assert not permissions.can_invite_coauthors(AnonymousUser(), answer)
    gone = former_member(world.public)
    assert not permissions.can_invite_coauthors(
        gone, AnswerFactory(question=answer.question, author=gone)
    )


def test_an_author_who_left_is_not_offered_the_co_author_form(client, world):
    question = QuestionFactory(community=world.public)
    gone = former_member(world.public)
    AnswerFactory(question=question, author=gone)
    client.force_login(gone)
    page = client.get(reverse("conversations:question_detail", args=[question.pk]))
    assert page.status_code == 200
    assert "Write this answer together" not in page.content.decode()


def test_the_session_is_planned_by_those_who_plan_the_communitys_activities(world):
    peer_assist = PeerAssistFactory(community=world.public, requester=world.member)
    assert permissions.can_manage_peer_assist(world.member, peer_assist)
    assert not permissions.can_schedule_peer_assist(world.member, peer_assist)
    assert permissions.can_schedule_peer_assist(world.convener, peer_assist)
    assert not permissions.can_schedule_peer_assist(AnonymousUser(), peer_assist)


def test_the_joining_link_is_for_those_who_manage_and_the_chosen_peers(world):
    peer_assist = PeerAssistFactory(community=world.public, requester=world.member)
    chosen, passed_over = UserFactory(country="SI"), UserFactory(country="AM")
    for person, is_chosen in [(chosen, True), (passed_over, False)]:
        MembershipFactory(community=world.public, person=person)
        PeerAssistOffer.objects.create(peer_assist=peer_assist, person=person, chosen=is_chosen)
    allowed = {
        name: permissions.can_join_peer_assist_session(person, peer_assist)
        for name, person in [
            ("requester", world.member),
            ("convener", world.convener),
            ("chosen", chosen),
            ("passed over", passed_over),
            ("outsider", world.outsider),
            ("visitor", AnonymousUser()),
        ]
    }
    assert allowed == {
        "requester": True,
        "convener": True,
        "chosen": True,
        "passed over": False,
        "outsider": False,
        "visitor": False,
    }
