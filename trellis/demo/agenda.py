"""The communities' learning agendas: items proposed by members, voted on, prioritised by the
agenda setters and addressed by activities.

Items are written in their proposer's language. Their status history follows the activities
that addressed them: prioritised a month or two after the proposal, active once the first
activity was planned, addressed two weeks after the last one was held, sometimes revisited.
The items and the notes of their status changes are data, in `data/agenda.yaml`.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from trellis.demo.content import content_load
from trellis.demo.roster import Roster, weighted_sample
from trellis.demo.timeline import at, moment

RUSSIAN_WRITING = ("RU", "BY", "KZ", "KG", "TJ", "UZ", "AM", "AZ", "MD", "UA")
_ORDER = ("proposed", "prioritised", "active", "addressed", "revisited")


@dataclass(frozen=True)
class AgendaTemplate:
    key: str
    community: str
    language: str
    title: str
    description: str
    proposed_day: int  # offset from the anchor
    status: str  # the status it reaches if its activities allow
    priority: int | None = None


AGENDA: tuple[AgendaTemplate, ...] = content_load("agenda", tuple[AgendaTemplate, ...], key="items")
_NOTES: dict[str, dict[str, str]] = content_load(
    "agenda", dict[str, dict[str, str]], key="status_notes"
)


@dataclass(frozen=True)
class StatusChangeSpec:
    status: str
    at: datetime
    by: str | None  # email
    note: dict[str, str]  # {language: text}


@dataclass(frozen=True)
class AgendaItemSpec:
    key: str
    community: str
    title: str
    description: str
    language: str
    proposer: str
    owner: str | None
    priority: int | None
    status: str
    target_start: date | None
    target_end: date | None
    proposed_at: datetime
    changes: tuple[StatusChangeSpec, ...]
    votes: tuple[tuple[str, datetime], ...]  # (email, when)


@dataclass(frozen=True)
class AgendaActivity:
    """What the agenda needs to know of an activity that addressed an item."""

    created_at: datetime
    ends_at: datetime
    held: bool


def _proposer(rng: random.Random, roster: Roster, template: AgendaTemplate, when: datetime) -> str:
    members = roster.members(template.community, when)
    speakers = [email for email in members if template.language in roster.people[email].languages]
    if template.language == "ru":
        preferred = [e for e in speakers if roster.people[e].country in RUSSIAN_WRITING]
        speakers = preferred or speakers
    else:
        preferred = [e for e in speakers if roster.people[e].country not in RUSSIAN_WRITING]
        speakers = preferred or speakers
    weights = [roster.propensity(e, [template.community]) for e in speakers]
    return weighted_sample(rng, speakers, weights, 1)[0]


def agenda_plan(
    rng: random.Random,
    roster: Roster,
    anchor: date,
    addressed_by: dict[str, list[AgendaActivity]],
) -> list[AgendaItemSpec]:
    """Every agenda item with its proposer, votes, owner and status history."""
    latest = at(anchor, 0) - timedelta(days=1)
    items = []
    for template in AGENDA:
        proposed_at = moment(
            rng,
            anchor + timedelta(days=template.proposed_day),
            anchor + timedelta(days=template.proposed_day + 5),
        )
        proposer = _proposer(rng, roster, template, proposed_at)
        activities = sorted(addressed_by.get(template.key, []), key=lambda a: a.created_at)
        held = [activity for activity in activities if activity.held]
        wanted = _ORDER.index(template.status)

        moments: list[tuple[str, datetime]] = [("proposed", proposed_at)]
        prioritised = proposed_at + timedelta(days=rng.randint(25, 55))
        if wanted >= 1 and prioritised < latest:
            moments.append(("prioritised", prioritised))
            if wanted >= 2 and activities:
                active = max(prioritised + timedelta(days=7), activities[0].created_at)
                if active < latest:
                    moments.append(("active", active))
                    if wanted >= 3 and held:
                        addressed = held[-1].ends_at + timedelta(days=14)
                        if addressed < latest:
                            moments.append(("addressed", addressed))
                            revisited = addressed + timedelta(days=rng.randint(60, 120))
                            if wanted >= 4 and revisited < latest:
                                moments.append(("revisited", revisited))

        changes = []
        for status, when in moments:
            if status == "proposed":
                changes.append(StatusChangeSpec(status, when, proposer, {}))
                continue
            setter = roster.holder("agenda_setter", template.community, when.date())
            note = _NOTES[status]
            changes.append(StatusChangeSpec(status, when, setter, note))
        status = changes[-1].status
        owner = (
            roster.holder("agenda_setter", template.community, anchor)
            if status != "proposed"
            else None
        )

        voters_until = min(proposed_at + timedelta(days=150), latest)
        members = [
            email
            for email in roster.members(template.community, voters_until)
            if email != proposer and roster.is_member(email, template.community, proposed_at)
        ]
        count = {1: 26, 2: 16, 3: 9, None: 5}[template.priority]
        count = min(len(members), rng.randint(count - 3, count + 3))
        weights = [roster.propensity(e, [template.community]) for e in members]
        voters = weighted_sample(rng, members, weights, count)
        span = max(int((voters_until - proposed_at).total_seconds()), 3600)
        votes = tuple(
            sorted(
                (
                    (email, proposed_at + timedelta(seconds=rng.randint(600, span)))
                    for email in voters
                ),
                key=lambda vote: vote[1],
            )
        )
        ranked = status != "proposed"
        target_start = prioritised.date() if ranked else None
        items.append(
            AgendaItemSpec(
                key=template.key,
                community=template.community,
                title=template.title,
                description=template.description,
                language=template.language,
                proposer=proposer,
                owner=owner,
                priority=template.priority if ranked else None,
                status=status,
                target_start=target_start,
                target_end=target_start + timedelta(days=365) if target_start else None,
                proposed_at=proposed_at,
                changes=tuple(changes),
                votes=votes,
            )
        )
    return items
