"""The learning agendas and three years of activities of a generated network, with their
registrations, attendance, hosts and reports.

Registrations and attendance are written activity batch by activity batch, so that memory
stays flat however many members register; their log rows follow each batch.
"""

import random
from bisect import bisect_right
from datetime import date, timedelta

from trellis.activities.models import (
    Activity,
    ActivityContributor,
    ActivityStatus,
    ActivityType,
    Attendance,
    AttendanceRole,
    ContributorRole,
    Mode,
    Registration,
    RegistrationAnswer,
    RegistrationState,
)
from trellis.communities.models import AgendaItem, AgendaPriority, AgendaStatus, AgendaVote
from trellis.demo.scale.log import StreamedContributionLog
from trellis.demo.scale.network import ScaleNetwork
from trellis.demo.scale.size import YEARS, ScaleSize
from trellis.demo.scale.texts import Texts, body_compose, titled
from trellis.demo.timeline import moment
from trellis.participation.kinds import ContributionKind

ACTIVITY_BATCH = 100
ANSWERS: tuple[str, ...] = (
    RegistrationAnswer.YES,
    RegistrationAnswer.MAYBE,
    RegistrationAnswer.NO,
)
ANSWER_WEIGHTS = (85, 10, 5)


def agenda_create(
    rng: random.Random,
    size: ScaleSize,
    anchor: date,
    texts: Texts,
    network: ScaleNetwork,
    log: StreamedContributionLog,
) -> dict[str, list[AgendaItem]]:
    """A few learning agenda items for each community, with its members' votes."""
    planned: list[tuple[str, AgendaItem]] = []
    for code, members in network.members.items():
        for _ in range(min(size.agenda_items, len(members))):
            language, title, description = rng.choice(texts.agenda)
            when = moment(rng, anchor - timedelta(days=YEARS * 365), anchor - timedelta(days=30))
            item = AgendaItem(
                community=network.communities[code],
                title=titled(title, network.topics[code][language], 300),
                description=description,
                language=language,
                proposer_id=rng.choice(members)[0],
                priority=rng.choice(AgendaPriority.values),
                status=rng.choice(AgendaStatus.values),
                created_at=when,
                updated_at=when,
            )
            planned.append((code, item))
    saved = AgendaItem.objects.bulk_create([item for _, item in planned])
    votes = []
    by_community: dict[str, list[AgendaItem]] = {}
    for (code, _), item in zip(planned, saved, strict=True):
        by_community.setdefault(code, []).append(item)
        log.add_id(
            item.proposer_id,
            ContributionKind.AGENDA_PROPOSED,
            code,
            AgendaItem,
            item.pk,
            item.created_at,
        )
        members = network.members[code]
        for person_id, _ in rng.sample(members, min(size.agenda_votes, len(members))):
            when = item.created_at + timedelta(days=rng.randint(1, 60))
            votes.append(AgendaVote(item=item, person_id=person_id, created_at=when))
            log.add_id(person_id, ContributionKind.AGENDA_VOTED, code, AgendaItem, item.pk, when)
    AgendaVote.objects.bulk_create(votes, batch_size=2000)
    return by_community


def activities_create(
    rng: random.Random,
    size: ScaleSize,
    anchor: date,
    texts: Texts,
    network: ScaleNetwork,
    agenda: dict[str, list[AgendaItem]],
    log: StreamedContributionLog,
) -> tuple[int, int, int]:
    """Activities over three years up to half a year after the anchor; returns how many
    activities, registrations and attendances were written."""
    codes = [code for code, members in network.members.items() if members]
    weights = [len(network.members[code]) for code in codes]
    types = list(ActivityType.objects.order_by("slug").values_list("pk", flat=True))
    first = anchor - timedelta(days=YEARS * 365 - 182)
    planned: list[tuple[str, Activity]] = []
    for _ in range(size.activities):
        code = rng.choices(codes, weights)[0]
        title, description = rng.choice(texts.activities)
        starts_at = moment(rng, first, anchor + timedelta(days=182))
        held = starts_at.date() < anchor
        online = rng.random() < 0.7
        host = rng.choice(network.members[code])[0]
        planned.append(
            (
                code,
                Activity(
                    activity_type_id=rng.choice(types),
                    title={
                        language: titled(title[language], network.topics[code][language], 200)
                        for language in ("en", "ru")
                    },
                    description=description,
                    mode=Mode.ONLINE if online else Mode.IN_PERSON,
                    online_url="https://meet.example.org/" + code.lower() if online else "",
                    starts_at=starts_at,
                    ends_at=starts_at + timedelta(hours=2 if online else 8),
                    languages=["en", "ru"],
                    status=ActivityStatus.HELD if held else ActivityStatus.OPEN,
                    summary={"en": body_compose(rng, texts, "en", description["en"])}
                    if held
                    else {},
                    reported_by_id=host if held else None,
                    created_by_id=host,
                    created_at=starts_at - timedelta(days=rng.randint(20, 90)),
                    updated_at=starts_at + timedelta(days=3) if held else starts_at,
                ),
            )
        )
    planned.sort(key=lambda row: row[1].starts_at)
    registrations = attendances = 0
    for start in range(0, len(planned), ACTIVITY_BATCH):
        batch = planned[start : start + ACTIVITY_BATCH]
        saved = Activity.objects.bulk_create([activity for _, activity in batch])
        written = _participants_create(
            rng, size, network, agenda, list(zip([c for c, _ in batch], saved, strict=True)), log
        )
        registrations += written[0]
        attendances += written[1]
    return len(planned), registrations, attendances


def _participants_create(
    rng: random.Random,
    size: ScaleSize,
    network: ScaleNetwork,
    agenda: dict[str, list[AgendaItem]],
    activities: list[tuple[str, Activity]],
    log: StreamedContributionLog,
) -> tuple[int, int]:
    through_communities = Activity.communities.through
    through_communities.objects.bulk_create(
        through_communities(activity_id=activity.pk, community_id=network.communities[code].pk)
        for code, activity in activities
    )
    through_agenda = Activity.agenda_items.through
    through_agenda.objects.bulk_create(
        through_agenda(activity_id=activity.pk, agendaitem_id=rng.choice(agenda[code]).pk)
        for code, activity in activities
        if agenda.get(code) and rng.random() < 0.3
    )
    hosts = ActivityContributor.objects.bulk_create(
        ActivityContributor(
            activity=activity, role=ContributorRole.HOST, person_id=activity.created_by_id
        )
        for _, activity in activities
    )
    registrations: list[tuple[str, Registration]] = []
    attendances: list[tuple[str, Attendance]] = []
    for (code, activity), host in zip(activities, hosts, strict=True):
        log.add_id(
            host.person_id,
            ContributionKind.ACTIVITY_HOSTED,
            code,
            Activity,
            activity.pk,
            activity.created_at,
            role=ContributorRole.HOST,
        )
        held = activity.status == ActivityStatus.HELD
        if held:
            log.add_id(
                host.person_id,
                ContributionKind.ACTIVITY_REPORTED,
                code,
                Activity,
                activity.pk,
                activity.updated_at,
            )
        # Members are sorted by the day they joined: those who had joined by the activity.
        members = network.members[code]
        members = members[
            : bisect_right(members, (activity.starts_at.date(), 1 << 62), key=_joined)
        ]
        count = min(int(rng.expovariate(1 / size.registrants)) + 1, len(members))
        for person_id, _ in rng.sample(members, count):
            answer = rng.choices(ANSWERS, ANSWER_WEIGHTS)[0]
            when = activity.created_at + timedelta(days=rng.randint(0, 14), hours=rng.randint(0, 8))
            registrations.append(
                (
                    code,
                    Registration(
                        activity_id=activity.pk,
                        person_id=person_id,
                        answer=answer,
                        state=RegistrationState.CONFIRMED,
                        created_at=when,
                        updated_at=when,
                    ),
                )
            )
            if held and answer == RegistrationAnswer.YES and rng.random() < 0.8:
                role = (
                    AttendanceRole.HOST
                    if person_id == host.person_id
                    else AttendanceRole.PARTICIPANT
                )
                attendances.append(
                    (
                        code,
                        Attendance(
                            activity_id=activity.pk,
                            person_id=person_id,
                            role=role,
                            recorded_by_id=host.person_id,
                            recorded_at=activity.ends_at + timedelta(days=1),
                        ),
                    )
                )
    Registration.objects.bulk_create([row for _, row in registrations], batch_size=2000)
    Attendance.objects.bulk_create([row for _, row in attendances], batch_size=2000)
    starts = {activity.pk: activity.starts_at for _, activity in activities}
    for code, registered in registrations:
        if registered.answer != RegistrationAnswer.NO:
            log.add_id(
                registered.person_id,
                ContributionKind.ACTIVITY_REGISTERED,
                code,
                Registration,
                registered.pk,
                registered.created_at,
                answer=registered.answer,
            )
    for code, attended in attendances:
        kind = (
            ContributionKind.ACTIVITY_HOSTED
            if attended.role == AttendanceRole.HOST
            else ContributionKind.ACTIVITY_ATTENDED
        )
        log.add_id(
            attended.person_id,
            kind,
            code,
            Activity,
            attended.activity_id,
            starts[attended.activity_id],
            role=attended.role,
            attendance=attended.pk,
        )
    return len(registrations), len(attendances)


def _joined(member: tuple[int, date]) -> tuple[date, int]:
    return member[1], member[0]
