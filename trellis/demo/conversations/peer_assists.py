"""Planning a peer assist of the content: who asked and offered help, and the peer-assistance
activity it became once scheduled or held (or the programme's activity it is linked to)."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from trellis.demo.activities.specs import ActivitySpec, AttendanceSpec, ContributorSpec
from trellis.demo.conversations.authors import Authors
from trellis.demo.conversations.specs import PEER_ASSIST_TYPE, OfferSpec, PeerAssistSpec
from trellis.demo.conversations.templates import PeerAssistTemplate


def peer_assist_plan(
    authors: Authors, template: PeerAssistTemplate, programme: dict[str, ActivitySpec]
) -> tuple[PeerAssistSpec, ActivitySpec | None]:
    language = template.languages[0]
    community = template.community
    linked = programme.get(template.activity) if template.activity else None
    chosen_peers: list[str] = []
    if linked is not None:
        # The programme's peer assist: its host asked, its speakers were the peers chosen.
        created_at = (linked.created_at - timedelta(days=21)).replace(hour=9, minute=10)
        requester = next(c.email for c in linked.contributors if c.role == "host")
        chosen_peers = [c.email for c in linked.contributors if c.role == "speaker"]
    else:
        created_at = authors.moment(template.days_ago)
        requester = authors.pick(template.by, community, created_at, language, [])

    offers: list[OfferSpec] = []
    for offer in template.offers:
        at = created_at + timedelta(days=offer.after, hours=authors.rng.randint(0, 6))
        if at > authors.cutoff:
            continue
        taken = [requester, *(o.email for o in offers)]
        if offer.chosen and chosen_peers:
            email = chosen_peers.pop(0)
        else:
            email = authors.pick(offer.by, community, at, language, taken)
        offers.append(OfferSpec(email, offer.message, at, offer.chosen))

    chosen = [o for o in offers if o.chosen]
    updated_at = offers[-1].at if offers else created_at
    if chosen:
        updated_at = max(o.at for o in offers) + timedelta(days=1)
    session = None
    activity_key = ""
    outcome = ""
    if linked is not None:
        activity_key = linked.key
        outcome = template.outcome
        updated_at = linked.reported_at or linked.ends_at + timedelta(days=3)
    elif template.session is not None:
        session = _session(authors, template, requester, [o.email for o in chosen], updated_at)
        activity_key = session.key
        updated_at = session.recorded_at or session.created_at
    preferred_start = authors.anchor + timedelta(days=template.preferred[0])
    preferred_end = authors.anchor + timedelta(days=template.preferred[1])
    spec = PeerAssistSpec(
        key=template.key,
        community=community,
        requester=requester,
        title=template.title,
        problem=template.problem,
        context=template.context,
        languages=template.languages,
        preferred_start=preferred_start,
        preferred_end=preferred_end,
        status=template.status,
        created_at=created_at,
        updated_at=min(updated_at, authors.cutoff),
        offers=tuple(offers),
        activity=activity_key,
        outcome=outcome,
    )
    return spec, session


def _session(
    authors: Authors,
    template: PeerAssistTemplate,
    requester: str,
    peers: list[str],
    chosen_at: datetime,
) -> ActivitySpec:
    session = template.session
    assert session is not None
    zone = ZoneInfo(session.timezone)
    day = authors.anchor + timedelta(days=session.day)
    starts_at = datetime.combine(day, time(10), tzinfo=zone).astimezone(UTC)
    ends_at = starts_at + timedelta(hours=session.hours)
    created_at = chosen_at + timedelta(days=1)
    held = ends_at < authors.now
    contributors = (
        ContributorSpec("host", email=requester),
        *(ContributorSpec("speaker", email=email) for email in peers),
    )
    return ActivitySpec(
        key=f"peer-assist-{template.key}",
        parent="",
        type=PEER_ASSIST_TYPE,
        communities=(template.community,),
        title={"en": session.title[0], "ru": session.title[1]},
        description={"en": session.description[0], "ru": session.description[1]},
        formality="informal",
        mode="online",
        country="",
        city="",
        venue="",
        online_url=f"https://meet.demo.trellis/peer-assist-{template.key}",
        starts_at=starts_at,
        ends_at=ends_at,
        timezone=session.timezone,
        languages=template.languages,
        interpretation=(),
        capacity=8,
        registration_deadline=starts_at - timedelta(days=1),
        status="held" if held else "open",
        agenda=(),
        created_at=created_at,
        created_by=requester,
        contributors=contributors,
        registrations=(),
        attendances=tuple(AttendanceSpec(c.role, c.email) for c in contributors) if held else (),
        recorded_by=requester if held else None,
        recorded_at=min(ends_at + timedelta(days=1), authors.cutoff) if held else None,
    )
