"""Writing the demo plan to the database.

The demo writes the tables directly, in bulk, instead of calling the communities' services one
act at a time: the services stamp every act with the current time and check the permissions of
a person acting, while the demo replays twenty years of history in about a second. It writes
the same rows the services would (membership events, contribution log entries with the
historical time), so every page and report sees a history it could have recorded itself.
"""

from dataclasses import dataclass
from datetime import date

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import transaction

from trellis.accounts.models import ExpertiseTopic, User
from trellis.communities.models import (
    Community,
    Membership,
    MembershipEvent,
    Role,
    RoleAssignment,
    StageChange,
    Stakeholder,
    TransactionalParticipant,
)
from trellis.communities.selectors import network_get
from trellis.communities.services import member_count_refresh
from trellis.demo.accounts import ADMIN, demo_password
from trellis.demo.activities_writer import agenda_and_activities_create
from trellis.demo.conversations_writer import conversations_create
from trellis.demo.expertise import TOPICS
from trellis.demo.guests import GUESTS
from trellis.demo.library_writer import library_create
from trellis.demo.network import COMMUNITIES, NETWORK
from trellis.demo.plan import DemoPlan, demo_plan
from trellis.demo.roles import CONVENER_ROLE, RoleSpec
from trellis.demo.timeline import HISTORY_END, at
from trellis.demo.value_writer import value_evidence_create
from trellis.participation.kinds import ContributionKind
from trellis.participation.selectors import contribution_count
from trellis.participation.services import ContributionEntry, contribution_bulk_record

_CONTRIBUTION_KINDS = {
    "requested": ContributionKind.MEMBERSHIP_REQUESTED,
    "joined": ContributionKind.COMMUNITY_JOINED,
    "rejoined": ContributionKind.COMMUNITY_REJOINED,
    "left": ContributionKind.COMMUNITY_LEFT,
}


@dataclass(frozen=True)
class DemoSummary:
    people: int
    countries: int
    communities: int
    memberships: int
    role_assignments: int
    transactional_participants: int
    contributions: int
    activities: int = 0
    registrations: int = 0
    attendances: int = 0
    agenda_items: int = 0
    anchor: date | None = None
    questions: int = 0
    answers: int = 0
    discussions: int = 0
    replies: int = 0
    peer_assists: int = 0
    documents: int = 0
    collections: int = 0
    observations: int = 0


def demo_is_needed() -> bool:
    """The demo is loaded only into a database that has no communities yet."""
    return not Community.objects.exists()


@transaction.atomic
def demo_load(plan: DemoPlan | None = None) -> DemoSummary:
    """Write the demo network: people, communities, memberships with history, roles, guests,
    learning agendas, two years of activities around the plan's anchor, and the questions,
    discussions and peer assists members exchanged between them."""
    plan = plan or demo_plan()
    _network_describe()
    _topics_create()
    users = _people_create(plan)
    communities = _communities_create(admin=users[ADMIN.email])
    _stakeholders_create(users, communities)
    _memberships_create(plan, users, communities)
    _roles_create(plan, users, communities, admin=users[ADMIN.email])
    _guests_create(plan, users, communities)
    agenda_items, activities = agenda_and_activities_create(plan, users, communities)
    conversations_create(plan, users, communities)
    documents, collections = library_create(
        anchor=plan.anchor,
        users=users,
        communities=communities,
        agenda_items=agenda_items,
        activities=activities,
    )
    observations = value_evidence_create(
        anchor=plan.anchor, admin=users[ADMIN.email], communities=communities
    )
    conversations = plan.conversations
    return DemoSummary(
        people=len(plan.people),
        countries=len({person.country for person in plan.people}),
        communities=len(communities),
        memberships=len(plan.memberships),
        role_assignments=len(plan.roles),
        transactional_participants=TransactionalParticipant.objects.count(),
        contributions=contribution_count(),
        activities=len(plan.activities),
        registrations=sum(len(activity.registrations) for activity in plan.activities),
        attendances=sum(len(activity.attendances) for activity in plan.activities),
        agenda_items=len(plan.agenda),
        anchor=plan.anchor,
        questions=len(conversations.questions),
        answers=sum(len(question.answers) for question in conversations.questions),
        discussions=len(conversations.discussions),
        replies=sum(len(discussion.replies) for discussion in conversations.discussions),
        peer_assists=len(conversations.peer_assists),
        documents=documents,
        collections=collections,
        observations=observations,
    )


def _network_describe() -> None:
    network = network_get()
    network.name = NETWORK.name
    network.description = NETWORK.description
    network.working_languages = NETWORK.working_languages
    network.save()


def _topics_create() -> None:
    for topic in TOPICS:
        ExpertiseTopic.objects.update_or_create(slug=topic.slug, defaults={"name": topic.name})


def _people_create(plan: DemoPlan) -> dict[str, User]:
    """Every person with one verified address; all share one hash of the demo password.

    Hashing once matters: the default hasher takes a noticeable fraction of a second per call.
    """
    password = make_password(demo_password())
    first_seen: dict[str, date] = {}
    for membership in plan.memberships:
        for event in membership.events:
            day = event.at.date()
            first_seen[membership.email] = min(first_seen.get(membership.email, day), day)
    existing = set(
        User.objects.filter(email__in=[p.email for p in plan.people]).values_list(
            "email", flat=True
        )
    )
    User.objects.bulk_create(
        User(
            email=person.email,
            password=password,
            full_name=person.full_name,
            full_name_latin=person.full_name_latin,
            country=person.country,
            organisation=person.organisation,
            position=person.position,
            languages=list(person.languages),
            bio=person.bio,
            profile_visibility=person.profile_visibility,
            email_visibility=person.email_visibility,
            preferred_language=person.preferred_language,
            # The network's administrators run it through its pages; the admin site is for
            # whoever runs the installation, here the demo's administrator account.
            is_staff=person.email == ADMIN.email,
            is_superuser=person.email == ADMIN.email,
            date_joined=at(first_seen.get(person.email, date(2012, 1, 10)), 8),
        )
        for person in plan.people
        if person.email not in existing
    )
    users = {
        user.email: user for user in User.objects.filter(email__in=[p.email for p in plan.people])
    }
    topics = dict(ExpertiseTopic.objects.values_list("slug", "pk"))
    through = User.expertise.through
    through.objects.bulk_create(
        through(user_id=users[person.email].pk, expertisetopic_id=topics[slug])
        for person in plan.people
        if person.email not in existing
        for slug in person.expertise
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=users[person.email], email=person.email, verified=True, primary=True)
        for person in plan.people
        if person.email not in existing
    )
    return users


def _communities_create(*, admin: User) -> dict[str, Community]:
    network = network_get()
    communities = {}
    for spec in COMMUNITIES:
        community = Community.objects.create(
            network=network,
            code=spec.code,
            slug=spec.slug,
            name=spec.name,
            description=spec.description,
            domain_statement=spec.domain_statement,
            domain_type=spec.domain_type,
            stage=spec.stages[-1][0],
            visibility=spec.visibility,
            join_policy=spec.join_policy,
            value_proposition=spec.value_proposition,
        )
        StageChange.objects.bulk_create(
            StageChange(
                community=community,
                stage=stage,
                changed_at=at(since),
                changed_by=admin if since >= date(2019, 1, 15) else None,
                note=note,
            )
            for stage, since, note in spec.stages
        )
        communities[spec.code] = community
    return communities


def _stakeholders_create(users: dict[str, User], communities: dict[str, Community]) -> None:
    Stakeholder.objects.bulk_create(
        Stakeholder(
            community=communities[spec.code],
            kind=stakeholder.kind,
            name=stakeholder.name,
            interest=stakeholder.interest,
            person=users.get(stakeholder.contact),
        )
        for spec in COMMUNITIES
        for stakeholder in spec.stakeholders
    )


def _memberships_create(
    plan: DemoPlan, users: dict[str, User], communities: dict[str, Community]
) -> None:
    saved = Membership.objects.bulk_create(
        Membership(
            community=communities[spec.community],
            person=users[spec.email],
            state=spec.state,
            declared_level=spec.level,
            joined_at=spec.joined_at,
            request_message=spec.request_message,
        )
        for spec in plan.memberships
    )
    member_count_refresh(community_ids=[community.pk for community in communities.values()])
    events = []
    contributions: list[ContributionEntry] = []
    for spec, membership in zip(plan.memberships, saved, strict=True):
        person = users[spec.email]
        community = communities[spec.community]
        for event in spec.events:
            events.append(
                MembershipEvent(
                    membership=membership,
                    kind=event.kind,
                    level=event.level,
                    actor=users[event.actor] if event.actor else None,
                    occurred_at=event.at,
                )
            )
            kind = _CONTRIBUTION_KINDS.get(event.kind)
            if kind is None:
                continue
            contributions.append(
                ContributionEntry(
                    person_id=person.pk,
                    kind=kind,
                    community_id=community.pk,
                    target_model=Membership,
                    target_id=membership.pk,
                    occurred_at=event.at,
                    details={"via": event.via} if event.via else {},
                )
            )
    MembershipEvent.objects.bulk_create(events)
    contribution_bulk_record(entries=contributions)


def _roles_create(
    plan: DemoPlan, users: dict[str, User], communities: dict[str, Community], *, admin: User
) -> None:
    roles = dict(Role.objects.values_list("code", "pk"))
    assignments = RoleAssignment.objects.bulk_create(
        RoleAssignment(
            role_id=roles[spec.role],
            person=users[spec.email],
            community=communities[spec.community] if spec.community else None,
            starts_on=spec.starts_on,
            ends_on=spec.ends_on,
            assigned_by=admin if spec.starts_on >= date(2019, 1, 15) else None,
        )
        for spec in plan.roles
    )
    contribution_bulk_record(
        entries=(
            ContributionEntry(
                person_id=assignment.person_id,
                kind=ContributionKind.ROLE_ASSIGNED,
                community_id=assignment.community_id,
                target_model=RoleAssignment,
                target_id=assignment.pk,
                occurred_at=at(assignment.starts_on),
                details={"role": spec.role},
            )
            for spec, assignment in zip(plan.roles, assignments, strict=True)
        )
    )


def _current_convener(plan: DemoPlan, community: str) -> str | None:
    current: list[RoleSpec] = [
        spec
        for spec in plan.roles
        if spec.role == CONVENER_ROLE and spec.community == community and spec.covers(HISTORY_END)
    ]
    return current[0].email if current else None


def _guests_create(
    plan: DemoPlan, users: dict[str, User], communities: dict[str, Community]
) -> None:
    recorders = {code: _current_convener(plan, code) for code in communities}
    TransactionalParticipant.objects.bulk_create(
        TransactionalParticipant(
            community=communities[guest.community],
            full_name=guest.full_name,
            organisation=guest.organisation,
            country=guest.country,
            email=guest.email,
            note=guest.note,
            recorded_by=users.get(recorders[guest.community] or ""),
        )
        for guest in GUESTS
    )
