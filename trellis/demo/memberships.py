"""Memberships of the demo network with their histories: joins, promotions, leaves, rejoins.

Declared levels follow the shares in *Cultivating Communities of Practice*: a core group of about
10-15 %, 15-20 % active, the rest occasional or peripheral.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from trellis.demo.content import content_load
from trellis.demo.countries import AUDIT, BUDGET, TREASURY
from trellis.demo.network import COMMUNITIES, STEERING
from trellis.demo.people import PersonSpec
from trellis.demo.roles import CONVENER_ROLE, RoleSpec
from trellis.demo.timeline import HISTORY_END, at, moment, years

CORE, ACTIVE, OCCASIONAL, PERIPHERAL = "core", "active", "occasional", "peripheral"
_HOME_LEVELS = ((CORE, 14), (ACTIVE, 19), (OCCASIONAL, 30), (PERIPHERAL, 37))
_SECOND_LEVELS = ((CORE, 3), (ACTIVE, 13), (OCCASIONAL, 36), (PERIPHERAL, 48))
_SECOND_COMMUNITY = {
    BUDGET: ((TREASURY, 3), (AUDIT, 1)),
    TREASURY: ((BUDGET, 3), (AUDIT, 1)),
    AUDIT: ((BUDGET, 1), (TREASURY, 1)),
}
SECOND_COMMUNITY_SHARE = 0.33

_REQUESTS: dict[str, tuple[str, ...]] = content_load(
    "memberships", dict[str, tuple[str, ...]], key="requests"
)


@dataclass(frozen=True)
class EventSpec:
    kind: str  # a MembershipEventKind value
    level: str
    at: datetime
    actor: str | None  # email
    via: str = ""  # how a join happened: open, approval or invitation


@dataclass(frozen=True)
class MembershipSpec:
    email: str
    community: str
    state: str
    level: str
    joined_at: datetime | None
    events: tuple[EventSpec, ...]
    request_message: str = ""


class _Approvers:
    """Who approved requests to join a community at a given time: its convener then."""

    def __init__(self, conveners: list[RoleSpec]) -> None:
        self.conveners = sorted(conveners, key=lambda spec: spec.starts_on)

    def at(self, community: str, when: datetime) -> str | None:
        for spec in self.conveners:
            if spec.community == community and spec.covers(when.date()):
                return spec.email
        return None


def _via(community: str) -> str:
    if community == STEERING:
        return "invitation"
    policy = next(spec.join_policy for spec in COMMUNITIES if spec.code == community)
    return "open" if policy == "open" else "approval"


def _membership(
    approvers: _Approvers,
    *,
    email: str,
    community: str,
    level: str,
    joined: datetime,
    start_level: str | None = None,
    promoted: datetime | None = None,
    left: datetime | None = None,
    rejoined: datetime | None = None,
) -> MembershipSpec:
    """A membership whose events tell its history in the order the services would record it."""
    via = _via(community)
    events: list[EventSpec] = []
    level_then = start_level or level

    def join(kind: str, when: datetime) -> None:
        actor: str | None = email
        if via == "approval":
            events.append(EventSpec("requested", level_then, when - timedelta(days=6), email))
            actor = approvers.at(community, when)
        events.append(EventSpec(kind, level_then, when, actor, via))

    join("joined", joined)
    if promoted is not None:
        level_then = level
        actor = approvers.at(community, promoted) if level == CORE else email
        events.append(EventSpec("level", level, promoted, actor))
    if left is not None:
        events.append(EventSpec("left", level_then, left, email))
    if rejoined is not None:
        join("rejoined", rejoined)
    state = "left" if left is not None and rejoined is None else "active"
    return MembershipSpec(
        email, community, state, level, rejoined or joined, tuple(sorted(events, key=_when))
    )


def _when(event: EventSpec) -> datetime:
    return event.at


def _founded(community: str) -> date:
    return next(spec.founded for spec in COMMUNITIES if spec.code == community)


def _request_language(person: PersonSpec) -> str:
    return "ru" if "ru" in person.languages and "en" not in person.languages else "en"


def _generated(
    rng: random.Random, approvers: _Approvers, person: PersonSpec, community: str, level: str
) -> MembershipSpec:
    """A member's history: most simply joined; some were promoted, left, rejoined or wait."""
    founded = max(_founded(community), date(2008, 1, 1))
    last = HISTORY_END - timedelta(days=45)
    joined = moment(rng, founded, date(2019, 12, 31) if level == CORE else last)
    email = person.email
    if level in (CORE, ACTIVE):
        promoted = joined + years(rng.uniform(1, 4))
        if rng.random() < 0.5 and promoted.date() < last:
            lower = ACTIVE if level == CORE else OCCASIONAL
            return _membership(
                approvers,
                email=email,
                community=community,
                level=level,
                joined=joined,
                start_level=lower,
                promoted=promoted,
            )
        return _membership(approvers, email=email, community=community, level=level, joined=joined)
    roll = rng.random()
    approval = _via(community) == "approval"
    if roll < 0.03 and approval:
        requested = moment(rng, HISTORY_END - timedelta(days=120), HISTORY_END - timedelta(days=3))
        message = rng.choice(_REQUESTS[_request_language(person)])
        event = EventSpec("requested", level, requested, email)
        return MembershipSpec(email, community, "pending", level, None, (event,), message)
    if roll < 0.04 and approval:
        requested = moment(rng, date(2015, 1, 1), date(2024, 6, 30))
        decided = requested + timedelta(days=10)
        events = (
            EventSpec("requested", level, requested, email),
            EventSpec("declined", level, decided, approvers.at(community, decided)),
        )
        return MembershipSpec(email, community, "declined", level, None, events)
    left = joined + years(rng.uniform(0.5, 4))
    if roll < 0.16 and left.date() < last:
        rejoined = left + years(rng.uniform(0.5, 3))
        if roll < 0.09 or rejoined.date() >= last:
            return _membership(
                approvers, email=email, community=community, level=level, joined=joined, left=left
            )
        return _membership(
            approvers,
            email=email,
            community=community,
            level=level,
            joined=joined,
            left=left,
            rejoined=rejoined,
        )
    return _membership(approvers, email=email, community=community, level=level, joined=joined)


def _levels(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([level for level, _ in options], [weight for _, weight in options])[0]


def _convener_membership(
    rng: random.Random, approvers: _Approvers, spec: RoleSpec
) -> MembershipSpec:
    assert spec.community is not None
    earliest = max(_founded(spec.community), spec.starts_on - timedelta(days=400))
    joined = moment(rng, earliest, spec.starts_on - timedelta(days=1))
    return _membership(
        approvers, email=spec.email, community=spec.community, level=CORE, joined=joined
    )


def memberships_plan(
    rng: random.Random, people: list[PersonSpec], conveners: list[RoleSpec]
) -> list[MembershipSpec]:
    """Each generated person in one or two communities; conveners in the core of theirs."""
    approvers = _Approvers(conveners)
    generated_conveners = {
        (spec.email, spec.community): spec
        for spec in conveners
        if spec.role == CONVENER_ROLE and spec.community != STEERING
    }
    memberships = []
    for person in people:
        communities = [person.home]
        if rng.random() < SECOND_COMMUNITY_SHARE:
            options = _SECOND_COMMUNITY[person.home]
            communities.append(_levels(rng, options))
        for index, community in enumerate(communities):
            convener = generated_conveners.get((person.email, community))
            if convener is not None:
                memberships.append(_convener_membership(rng, approvers, convener))
                continue
            level = _levels(rng, _HOME_LEVELS if index == 0 else _SECOND_LEVELS)
            memberships.append(_generated(rng, approvers, person, community, level))
    memberships.extend(_fixed(approvers, conveners))
    return memberships


@dataclass(frozen=True)
class FixedMembership:
    """A membership written by hand in `data/memberships.yaml`."""

    email: str
    community: str
    level: str
    joined: date
    hour: int = 9  # of the join, UTC
    start_level: str | None = None
    promoted: date | None = None
    left: date | None = None


def _fixed(approvers: _Approvers, conveners: list[RoleSpec]) -> list[MembershipSpec]:
    """The demo accounts', partners' and Steering Committee members' memberships."""

    def member(entry: FixedMembership) -> MembershipSpec:
        return _membership(
            approvers,
            email=entry.email,
            community=entry.community,
            level=entry.level,
            joined=at(entry.joined, entry.hour),
            start_level=entry.start_level,
            promoted=at(entry.promoted) if entry.promoted else None,
            left=at(entry.left) if entry.left else None,
        )

    # The chairs of the communities' Executive Committees sit on the Steering Committee.
    chairs: dict[str, RoleSpec] = {}
    for spec in conveners:
        if spec.role == CONVENER_ROLE and spec.community in (TREASURY, AUDIT) and not spec.ends_on:
            chairs.setdefault(spec.community, spec)
    steering = content_load(
        "memberships", tuple[FixedMembership, ...], key="demo_accounts_and_steering"
    )
    partners = content_load("memberships", tuple[FixedMembership, ...], key="partners")
    return [
        *(member(entry) for entry in steering),
        *(
            _membership(
                approvers,
                email=spec.email,
                community=STEERING,
                level=CORE,
                joined=at(spec.starts_on, 10),
            )
            for spec in chairs.values()
        ),
        *(member(entry) for entry in partners),
    ]
