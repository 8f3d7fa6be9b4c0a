"""A few rows of every model the admin site shows, for its page tests."""

from typing import Any

from django.utils import timezone

from trellis.accounts.models import AccessToken
from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.activities.models import Attendance, Registration
from trellis.activities.tests.factories import ActivityFactory, AgendaItemFactory
from trellis.communities.models import (
    AuditEntry,
    Invitation,
    MembershipState,
    TransactionalParticipant,
)
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory
from trellis.conversations.models import Comment, Flag
from trellis.conversations.tests.factories import (
    AnswerFactory,
    DiscussionFactory,
    PeerAssistFactory,
    QuestionFactory,
    ReplyFactory,
)
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution


def admin_rows_add(community: Any, count: int) -> None:
    """`count` rows of each listed model in `community`, each with its own people."""
    for number in range(count):
        person = UserFactory()
        MembershipFactory(community=community, person=person, state=MembershipState.PENDING)
        RoleAssignmentFactory(
            community=community, person=MembershipFactory(community=community).person
        )
        activity = ActivityFactory(communities=[community])
        Registration.objects.create(activity=activity, person=person, answer="yes")
        Attendance.objects.create(activity=activity, person=person)
        AgendaItemFactory(community=community, proposer=person)
        question = QuestionFactory(community=community, author=person)
        answer = AnswerFactory(question=question, author=person)
        Comment.objects.create(question=question, author=person, body="Why?")
        Comment.objects.create(answer=answer, author=person, body="Thanks.")
        discussion = DiscussionFactory(community=community, author=person)
        ReplyFactory(discussion=discussion, author=person)
        PeerAssistFactory(community=community, requester=person)
        Flag.objects.create(
            target=question, community=community, flagged_by=person, reason="Off topic"
        )
        AuditEntry.objects.create(
            community=community,
            actor=person,
            action="community.updated",
            subject="Did it",
            changes={"name": ["a", "b"]},
        )
        Contribution.objects.create(
            person=person, kind=ContributionKind.QUESTION_ASKED, community=community
        )
        Invitation.objects.create(
            community=community,
            email=f"guest{number}.{person.pk}@example.org",
            invited_by=person,
            expires_at=timezone.now(),
        )
        TransactionalParticipant.objects.create(
            community=community, full_name=f"Guest {person.pk}", recorded_by=person, person=person
        )
        AccessToken.objects.create(
            person=person, name="Script", prefix=f"t{person.pk}", token_hash=f"h{person.pk}"
        )
        ExpertiseTopicFactory()
