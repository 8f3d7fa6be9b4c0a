"""Writing the planned learning agendas and activities to the database, in bulk.

Like the rest of the demo builder, this writes the rows the services would have written —
including one contribution-log entry per registration, attendance, hosting, talk,
facilitation, report, proposal and vote — with the historical times, instead of calling the
services one act at a time.
"""

from datetime import datetime, timedelta

from trellis.accounts.models import User
from trellis.activities.models import (
    Activity,
    ActivityContributor,
    ActivityMaterial,
    ActivityType,
    Attendance,
    Registration,
)
from trellis.communities.models import (
    AgendaItem,
    AgendaStatusChange,
    AgendaVote,
    Community,
    TransactionalParticipant,
)
from trellis.demo.activities.specs import ActivitySpec
from trellis.demo.history import ContributionLog, historical_timestamps
from trellis.demo.plan import DemoPlan
from trellis.participation.kinds import ContributionKind

CONTRIBUTION_OF_ROLE = {
    "host": ContributionKind.ACTIVITY_HOSTED,
    "speaker": ContributionKind.ACTIVITY_SPOKE,
    "facilitator": ContributionKind.ACTIVITY_FACILITATED,
}
ATTENDANCE_CONTRIBUTION = CONTRIBUTION_OF_ROLE  # other roles (participant, ...) took part


def agenda_and_activities_create(
    plan: DemoPlan, users: dict[str, User], communities: dict[str, Community]
) -> tuple[dict[str, AgendaItem], dict[str, Activity]]:
    """Write the agendas and the activities; returns both by their keys in the plan."""
    log = ContributionLog(communities)
    with historical_timestamps(
        AgendaItem, AgendaVote, Activity, Registration, Attendance, ActivityMaterial
    ):
        items = _agenda_create(plan, users, communities, log)
        guests = _guests_create(plan, users, communities)
        activities = _activities_create(plan, users, communities, items, guests, log)
    log.write()
    return items, activities


def _agenda_create(
    plan: DemoPlan, users: dict[str, User], communities: dict[str, Community], log: ContributionLog
) -> dict[str, AgendaItem]:
    saved = AgendaItem.objects.bulk_create(
        AgendaItem(
            community=communities[spec.community],
            title=spec.title,
            description=spec.description,
            language=spec.language,
            proposer=users[spec.proposer],
            owner=users[spec.owner] if spec.owner else None,
            priority=spec.priority,
            status=spec.status,
            target_start=spec.target_start,
            target_end=spec.target_end,
            created_at=spec.proposed_at,
            updated_at=spec.changes[-1].at,
        )
        for spec in plan.agenda
    )
    changes, votes = [], []
    for spec, item in zip(plan.agenda, saved, strict=True):
        for change in spec.changes:
            changes.append(
                AgendaStatusChange(
                    item=item,
                    status=change.status,
                    changed_at=change.at,
                    changed_by=users[change.by] if change.by else None,
                    note=change.note,
                )
            )
        log.add(
            users[spec.proposer],
            ContributionKind.AGENDA_PROPOSED,
            spec.community,
            item,
            spec.proposed_at,
        )
        for email, when in spec.votes:
            votes.append(AgendaVote(item=item, person=users[email], created_at=when))
            log.add(users[email], ContributionKind.AGENDA_VOTED, spec.community, item, when)
    AgendaStatusChange.objects.bulk_create(changes)
    AgendaVote.objects.bulk_create(votes)
    return {spec.key: item for spec, item in zip(plan.agenda, saved, strict=True)}


def _guests_create(
    plan: DemoPlan, users: dict[str, User], communities: dict[str, Community]
) -> dict[str, TransactionalParticipant]:
    """Invited outsiders, walk-ins and interpreters, recorded by their community's convener."""
    first_use: dict[str, ActivitySpec] = {}
    for activity in plan.activities:
        for key in [c.guest for c in activity.contributors] + [
            a.guest for a in activity.attendances
        ]:
            if key:
                first_use.setdefault(key, activity)
    saved = TransactionalParticipant.objects.bulk_create(
        TransactionalParticipant(
            community=communities[guest.community],
            full_name=guest.full_name,
            organisation=guest.organisation,
            country=guest.country,
            email=guest.email,
            note=_guest_note(guest.note, first_use.get(key)),
            recorded_by=users.get(first_use[key].created_by or "") if key in first_use else None,
        )
        for key, guest in plan.activity_guests
    )
    return {key: guest for (key, _), guest in zip(plan.activity_guests, saved, strict=True)}


def _guest_note(note: str, activity: ActivitySpec | None) -> str:
    if activity is None or note.startswith(("Invited", "Resource", "Master", "Hosted", "Would")):
        return note
    return f"{note}: {activity.title['en']}"[:300]


def _activities_create(
    plan: DemoPlan,
    users: dict[str, User],
    communities: dict[str, Community],
    items: dict[str, AgendaItem],
    guests: dict[str, TransactionalParticipant],
    log: ContributionLog,
) -> dict[str, Activity]:
    types = {activity_type.slug: activity_type for activity_type in ActivityType.objects.all()}
    saved: dict[str, Activity] = {}
    # Plenaries before their sessions, so that sessions can point at their parent.
    for is_session in (False, True):
        specs = [spec for spec in plan.activities if bool(spec.parent) == is_session]
        rows = Activity.objects.bulk_create(
            _activity(spec, types, users, saved.get(spec.parent)) for spec in specs
        )
        saved.update({spec.key: row for spec, row in zip(specs, rows, strict=True)})

    through_communities = Activity.communities.through
    through_communities.objects.bulk_create(
        through_communities(activity_id=saved[spec.key].pk, community_id=communities[code].pk)
        for spec in plan.activities
        for code in spec.communities
    )
    through_agenda = Activity.agenda_items.through
    through_agenda.objects.bulk_create(
        through_agenda(activity_id=saved[spec.key].pk, agendaitem_id=items[key].pk)
        for spec in plan.activities
        for key in spec.agenda
    )

    contributors, materials = [], []
    registrations: list[tuple[Registration, list[str], datetime]] = []
    attendances: list[tuple[Attendance, list[str], datetime]] = []
    for spec in plan.activities:
        activity = saved[spec.key]
        # As the services do, an act counts for each of the activity's communities.
        codes = sorted(spec.communities)
        named_at = spec.created_at + timedelta(hours=1)
        for contributor in spec.contributors:
            person = users[contributor.email] if contributor.email else None
            contributors.append(
                ActivityContributor(
                    activity=activity,
                    role=contributor.role,
                    person=person,
                    guest=guests[contributor.guest] if contributor.guest else None,
                )
            )
            if person is not None:
                kind = CONTRIBUTION_OF_ROLE[contributor.role]
                for code in codes:
                    log.add(person, kind, code, activity, named_at, role=contributor.role)
        for registration in spec.registrations:
            registration_row = Registration(
                activity_id=activity.pk,
                person_id=users[registration.email].pk,
                answer=registration.answer,
                state=registration.state,
                waitlisted_at=registration.waitlisted_at,
                created_at=registration.at,
                updated_at=registration.at,
            )
            registrations.append((registration_row, codes, registration.at))
        recorder = users[spec.recorded_by] if spec.recorded_by else None
        for attendance in spec.attendances:
            person = users[attendance.email] if attendance.email else None
            attendance_row = Attendance(
                activity_id=activity.pk,
                person_id=person.pk if person else None,
                guest_id=guests[attendance.guest].pk if attendance.guest else None,
                role=attendance.role,
                recorded_by_id=recorder.pk if recorder else None,
                recorded_at=spec.recorded_at or spec.ends_at,
            )
            attendances.append((attendance_row, codes, spec.starts_at))
        if spec.reported_by and spec.reported_at:
            reporter = users[spec.reported_by]
            for code in codes:
                log.add(
                    reporter, ContributionKind.ACTIVITY_REPORTED, code, activity, spec.reported_at
                )
            for title, url in spec.materials:
                materials.append(
                    ActivityMaterial(
                        activity=activity,
                        title=title,
                        url=url,
                        added_by=reporter,
                        created_at=spec.reported_at,
                        updated_at=spec.reported_at,
                    )
                )
    ActivityContributor.objects.bulk_create(contributors)
    ActivityMaterial.objects.bulk_create(materials)
    Registration.objects.bulk_create([row for row, _, _ in registrations], batch_size=2000)
    Attendance.objects.bulk_create([row for row, _, _ in attendances], batch_size=2000)
    # As the services do: a registration counts unless the answer is no; an attendance counts
    # as hosting, speaking or facilitating when that was the role, as taking part otherwise.
    for registered, codes, when in registrations:
        if registered.answer == "no":
            continue
        for code in codes:
            log.add_id(
                registered.person_id,
                ContributionKind.ACTIVITY_REGISTERED,
                code,
                Registration,
                registered.pk,
                when,
                answer=registered.answer,
            )
    for attended, codes, when in attendances:
        if attended.person_id is None:
            continue
        kind = ATTENDANCE_CONTRIBUTION.get(attended.role, ContributionKind.ACTIVITY_ATTENDED)
        for code in codes:
            log.add_id(
                attended.person_id,
                kind,
                code,
                Activity,
                attended.activity_id,
                when,
                role=attended.role,
                attendance=attended.pk,
            )
    return saved


def _in_main_language(spec: ActivitySpec, text: str) -> dict[str, str]:
    """An outcome as its social reporter wrote it: in the activity's main language only, so
    a reader of the other language meets it marked as written in that one."""
    return {spec.languages[0]: text} if text else {}


def _activity(
    spec: ActivitySpec,
    types: dict[str, ActivityType],
    users: dict[str, User],
    parent: Activity | None,
) -> Activity:
    changed = spec.reported_at or spec.recorded_at or spec.created_at
    return Activity(
        activity_type=types[spec.type],
        parent=parent,
        title=spec.title,
        description=spec.description,
        formality=spec.formality,
        mode=spec.mode,
        country=spec.country,
        city=spec.city,
        venue=spec.venue,
        online_url=spec.online_url,
        starts_at=spec.starts_at,
        ends_at=spec.ends_at,
        timezone=spec.timezone,
        languages=list(spec.languages),
        interpretation=list(spec.interpretation),
        capacity=spec.capacity,
        registration_deadline=spec.registration_deadline,
        status=spec.status,
        summary=_in_main_language(spec, spec.summary),
        outputs=_in_main_language(spec, spec.outputs),
        decisions=_in_main_language(spec, spec.decisions),
        follow_ups=_in_main_language(spec, spec.follow_ups),
        reported_by=users[spec.reported_by] if spec.reported_by else None,
        created_by=users[spec.created_by] if spec.created_by else None,
        created_at=spec.created_at,
        updated_at=changed,
    )
