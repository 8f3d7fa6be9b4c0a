"""The people and communities of a generated network: members, communities (some private),
memberships with their events, and conveners.

Every generated person is a member of at least one community; the demo's public communities
take generated members too, its private ones do not (their members are invited by name).
"""

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password

from trellis.accounts.models import User
from trellis.communities.models import (
    Community,
    JoinPolicy,
    Membership,
    MembershipEvent,
    MembershipEventKind,
    MembershipState,
    ParticipationLevel,
    Role,
    RoleAssignment,
    Stage,
    Visibility,
)
from trellis.communities.selectors import network_get
from trellis.demo.accounts import demo_password
from trellis.demo.countries import COUNTRIES
from trellis.demo.expertise import TOPICS
from trellis.demo.names import TRADITIONS, name_draw
from trellis.demo.roles import CONVENER_ROLE
from trellis.demo.scale.log import StreamedContributionLog
from trellis.demo.scale.size import COMMUNITIES, PRIVATE_SHARE, ScaleSize
from trellis.demo.timeline import at, moment
from trellis.participation.kinds import ContributionKind

EMAIL_DOMAIN = "scale.example.org"
LEVELS: tuple[str, ...] = (
    ParticipationLevel.CORE,
    ParticipationLevel.ACTIVE,
    ParticipationLevel.OCCASIONAL,
    ParticipationLevel.PERIPHERAL,
)
LEVEL_WEIGHTS = (1, 3, 4, 4)


@dataclass
class ScaleNetwork:
    """What the later steps draw from: the communities by code, each community's topic, and
    the ids of its active members (with the day each joined)."""

    communities: dict[str, Community]
    topics: dict[str, dict[str, str]]
    demo_codes: frozenset[str]
    members: dict[str, list[tuple[int, date]]] = field(default_factory=dict)
    people: int = 0
    memberships: int = 0
    roles: int = 0


def network_create(
    rng: random.Random, size: ScaleSize, anchor: date, log: StreamedContributionLog
) -> ScaleNetwork:
    network = _communities_create(rng, anchor)
    log.communities.update({code: c.pk for code, c in network.communities.items()})
    people = _people_create(rng, size, anchor)
    network.people = len(people)
    _memberships_create(rng, size, anchor, network, people, log)
    _conveners_create(rng, network, log)
    return network


def _communities_create(rng: random.Random, anchor: date) -> ScaleNetwork:
    existing = {community.code: community for community in Community.objects.order_by("code")}
    topics = {
        code: {"en": c.name.get("en", code), "ru": c.name.get("ru", code)}
        for code, c in existing.items()
    }
    chosen = rng.sample(TOPICS, min(COMMUNITIES - len(existing), len(TOPICS)))
    private_every = round(1 / PRIVATE_SHARE)
    network = network_get()
    created = Community.objects.bulk_create(
        Community(
            network=network,
            code=f"S{index:02d}",
            slug=f"s{index:02d}-{topic.slug}"[:40],
            name={
                "en": f"{topic.en} community of practice",
                "ru": f"Сообщество практики: {topic.ru}",
            },
            description={
                "en": f"Officials of the network who work on {topic.en.lower()} compare notes.",
                "ru": f"Специалисты сети по теме «{topic.ru}» обмениваются опытом.",
            },
            stage=Stage.MATURING if index % 3 else Stage.STEWARDSHIP,
            visibility=Visibility.PRIVATE if index % private_every == 0 else Visibility.PUBLIC,
            join_policy=JoinPolicy.APPROVAL if index % 2 else JoinPolicy.OPEN,
            created_at=founded,
            updated_at=founded,
        )
        for index, topic in enumerate(chosen, start=1)
        for founded in [
            moment(rng, anchor - timedelta(days=6 * 365), anchor - timedelta(days=3 * 365))
        ]
    )
    for community, topic in zip(created, chosen, strict=True):
        topics[community.code] = topic.name
    # Generated members join the demo's public communities and every generated one.
    communities = {
        code: community
        for code, community in existing.items()
        if community.visibility == Visibility.PUBLIC
    }
    communities.update({community.code: community for community in created})
    return ScaleNetwork(communities=communities, topics=topics, demo_codes=frozenset(existing))


def _people_create(rng: random.Random, size: ScaleSize, anchor: date) -> list[User]:
    password = make_password(demo_password())
    weights = [country.people for country in COUNTRIES]
    people = []
    for index in range(size.members):
        country = rng.choices(COUNTRIES, weights)[0]
        traditions, tradition_weights = zip(*country.traditions, strict=True)
        tradition = TRADITIONS[rng.choices(traditions, tradition_weights)[0]]
        name = name_draw(rng, tradition, female=rng.random() < 0.55)
        languages = list(country.languages)
        for language, share in (("en", country.english), ("ru", country.russian)):
            if language not in languages and rng.random() < share:
                languages.append(language)
        organisations = [name for names in country.organisations.values() for name in names]
        people.append(
            User(
                email=f"member{index:05d}@{EMAIL_DOMAIN}",
                password=password,
                full_name=name.full_name,
                full_name_latin=name.full_name_latin,
                country=country.code,
                organisation=rng.choice(organisations) if organisations else "",
                languages=languages,
                preferred_language="ru" if country.writes_in == "ru" else "en",
                date_joined=moment(rng, anchor - timedelta(days=6 * 365), anchor),
            )
        )
    saved = User.objects.bulk_create(people, batch_size=2000)
    EmailAddress.objects.bulk_create(
        (EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in saved),
        batch_size=2000,
    )
    return saved


def _memberships_create(
    rng: random.Random,
    size: ScaleSize,
    anchor: date,
    network: ScaleNetwork,
    people: list[User],
    log: StreamedContributionLog,
) -> None:
    """Each person joins one or more communities, the popular ones more often."""
    codes = list(network.communities)
    popularity = [1 / (rank + 1) ** 0.7 for rank in range(len(codes))]
    rng.shuffle(popularity)
    rows: list[tuple[Membership, str, list[tuple[str, datetime]]]] = []
    for person in people:
        count = min(1 + int(rng.expovariate(1 / (size.memberships - 0.5))), len(codes))
        chosen: set[str] = set()
        while len(chosen) < count:
            chosen.add(rng.choices(codes, popularity)[0])
        for code in sorted(chosen):
            community = network.communities[code]
            joined = max(person.date_joined.date(), community.created_at.date())
            joined_at = moment(rng, joined, min(joined + timedelta(days=400), anchor))
            draw = rng.random()
            state = (
                MembershipState.ACTIVE
                if draw < 0.9
                else MembershipState.LEFT
                if draw < 0.96
                else MembershipState.PENDING
            )
            events: list[tuple[str, datetime]] = []
            if community.join_policy == JoinPolicy.APPROVAL or state == MembershipState.PENDING:
                events.append((MembershipEventKind.REQUESTED, joined_at - timedelta(days=2)))
            if state != MembershipState.PENDING:
                events.append((MembershipEventKind.JOINED, joined_at))
            if state == MembershipState.LEFT:
                events.append((MembershipEventKind.LEFT, joined_at + timedelta(days=200)))
            membership = Membership(
                community=community,
                person=person,
                state=state,
                declared_level=rng.choices(LEVELS, LEVEL_WEIGHTS)[0],
                joined_at=None if state == MembershipState.PENDING else joined_at,
                created_at=events[0][1],
                updated_at=events[-1][1],
            )
            rows.append((membership, code, events))
            if state == MembershipState.ACTIVE:
                network.members.setdefault(code, []).append((person.pk, joined_at.date()))
    saved = Membership.objects.bulk_create([row for row, _, _ in rows], batch_size=2000)
    network.memberships = len(saved)
    kinds: dict[str, str] = {
        MembershipEventKind.REQUESTED: ContributionKind.MEMBERSHIP_REQUESTED,
        MembershipEventKind.JOINED: ContributionKind.COMMUNITY_JOINED,
        MembershipEventKind.LEFT: ContributionKind.COMMUNITY_LEFT,
    }
    written = []
    for membership, (_, code, happened) in zip(saved, rows, strict=True):
        for kind, when in happened:
            written.append(MembershipEvent(membership=membership, kind=kind, occurred_at=when))
            log.add_id(membership.person_id, kinds[kind], code, Membership, membership.pk, when)
    MembershipEvent.objects.bulk_create(written, batch_size=2000)
    for members in network.members.values():
        members.sort(key=lambda member: (member[1], member[0]))


def _conveners_create(
    rng: random.Random, network: ScaleNetwork, log: StreamedContributionLog
) -> None:
    """Two conveners for each generated community, from its members."""
    convener = Role.objects.get(code=CONVENER_ROLE)
    assignments = [
        RoleAssignment(
            role=convener,
            person_id=person_id,
            community=network.communities[code],
            starts_on=joined,
            created_at=at(joined),
            updated_at=at(joined),
        )
        for code, members in network.members.items()
        if code not in network.demo_codes
        for person_id, joined in rng.sample(members, min(2, len(members)))
    ]
    with_times = RoleAssignment.objects.bulk_create(assignments)
    network.roles = len(with_times)
    for assignment in with_times:
        log.add_id(
            assignment.person_id,
            ContributionKind.ROLE_ASSIGNED,
            assignment.community.code if assignment.community else None,
            RoleAssignment,
            assignment.pk,
            assignment.created_at,
            role=CONVENER_ROLE,
        )
