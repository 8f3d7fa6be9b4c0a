"""A hand-made network whose figures are known: a triangle of Ana, Boris and Chiara, and
Dmitri tied to Chiara alone (the bridge), each tie made by a different kind of interaction.

Ana and Boris are from Albania, Chiara and Dmitri from Serbia: ties across countries are
Ana–Chiara and Boris–Chiara (2 of 4); Ana, Boris and Chiara have a tie abroad (3 of 4);
density is 4 of 6 possible ties; Chiara is the broker (betweenness 2/3) and connects Dmitri
to the rest. What must not count: an answer of an outsider, a hidden answer, an activity of
13 participants, and an answer older than twelve months (it counts in its quarter only).
"""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import ActivityContributor, ActivityStatus, Attendance
from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.models import TransactionalParticipant
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import Answer, PeerAssistOffer
from trellis.conversations.tests.factories import (
    AnswerFactory,
    PeerAssistFactory,
    QuestionFactory,
)

LONG_AGO = timedelta(days=400)


@dataclass
class Scene:
    community: Any
    ana: Any
    boris: Any
    chiara: Any
    dmitri: Any


def member(community: Any, name: str, country: str) -> Any:
    person = UserFactory(full_name=name, country=country)
    MembershipFactory(
        community=community, person=person, joined_at=timezone.now() - timedelta(days=900)
    )
    return person


def held_activity(community: Any, days_ago: int = 30) -> Any:
    start = timezone.now() - timedelta(days=days_ago)
    return ActivityFactory(
        communities=[community],
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        status=ActivityStatus.HELD,
    )


def scene_build(community: Any) -> Scene:
    ana = member(community, "Ana Albanian", "AL")
    boris = member(community, "Boris Albanian", "AL")
    chiara = member(community, "Chiara Serbian", "RS")
    dmitri = member(community, "Dmitri Serbian", "RS")
    outsider = UserFactory(full_name="Olga Outsider", country="MK")

    question = QuestionFactory(community=community, author=ana)
    AnswerFactory(question=question, author=boris)  # Ana–Boris: answered
    AnswerFactory(question=question, author=outsider)  # not a member: no tie
    AnswerFactory(question=question, author=dmitri, hidden=True)  # hidden: no tie
    old = AnswerFactory(question=QuestionFactory(community=community, author=dmitri), author=ana)
    Answer.objects.filter(pk=old.pk).update(created_at=timezone.now() - LONG_AGO)

    joint = AnswerFactory(question=QuestionFactory(community=community, author=outsider))
    joint.author = boris
    joint.save()
    joint.coauthors.add(chiara)  # Boris–Chiara: co-authored

    small = held_activity(community)
    Attendance.objects.create(activity=small, person=ana)
    ActivityContributor.objects.create(activity=small, person=chiara, role="host")
    guest = TransactionalParticipant.objects.create(community=community, full_name="Guest One")
    Attendance.objects.create(activity=small, guest=guest)  # Ana–Chiara: same small activity

    large = held_activity(community)
    Attendance.objects.create(activity=large, person=boris)
    Attendance.objects.create(activity=large, person=dmitri)
    for number in range(11):
        extra = TransactionalParticipant.objects.create(
            community=community, full_name=f"Guest {number + 2}"
        )
        Attendance.objects.create(activity=large, guest=extra)  # 13 in all: no tie

    assist = PeerAssistFactory(community=community, requester=dmitri)
    PeerAssistOffer.objects.create(peer_assist=assist, person=chiara)  # Chiara–Dmitri
    return Scene(community, ana, boris, chiara, dmitri)
