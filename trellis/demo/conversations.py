"""Questions, discussions and peer assists between meetings, planned in memory from the roster.

The words come from `trellis.demo.conversations_content`; this module decides who wrote them
and when. Every author is a member of the conversation's community at the moment of writing
(any public community for a network-wide question) and reads the language the text is written
in; answerers and peers come from the countries the content names, so a Moldovan question gets
a Georgian answer that talks about Georgia. Times are counted back from the anchor and nothing
happens after it, so a freshly loaded demo has an unanswered queue of the last two weeks.

Peer assists that reached the "scheduled" or "held" stage become activities of type peer
assistance, planned here as `ActivitySpec`s and written with the other activities; the closed
one is the peer assist of the programme (`bcop-peer-assist-kg`), requested by its host and
answered by its speakers.

Like the rest of the plan, this iterates lists only, so it is the same in every process.
"""

import random
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from trellis.demo.accounts import ADMIN, CONVENER, MEMBER
from trellis.demo.activities import ActivitySpec, AttendanceSpec, ContributorSpec
from trellis.demo.conversations_content import (
    DISCUSSIONS,
    PEER_ASSISTS,
    QUESTIONS,
    DiscussionTemplate,
    PeerAssistTemplate,
    QuestionTemplate,
)
from trellis.demo.countries import AUDIT, BUDGET, TREASURY
from trellis.demo.roster import PROPENSITY, Roster, weighted_sample

PUBLIC = (BUDGET, TREASURY, AUDIT)
FIXED = {"convener@": CONVENER.email, "member@": MEMBER.email, "admin@": ADMIN.email}
CYRILLIC = re.compile("[\u0400-\u04ff]")
PEER_ASSIST_TYPE = "peer-assistance"
# The demo accounts get notices of what happened around them, for the bell and the digests.
NOTIFIED = (MEMBER.email, CONVENER.email)
NOTICE_WINDOW = timedelta(days=200)
UNREAD_WITHIN = timedelta(days=14)


def language_of(text: str) -> str:
    return "ru" if CYRILLIC.search(text) else "en"


@dataclass(frozen=True)
class AnswerSpec:
    author: str
    coauthors: tuple[str, ...]
    body: str
    at: datetime
    helpful: tuple[tuple[str, datetime], ...]  # (who marked it, when)


@dataclass(frozen=True)
class CommentSpec:
    author: str
    body: str
    at: datetime
    answer: int | None  # index of the answer commented on; None: on the question


@dataclass(frozen=True)
class QuestionSpec:
    key: str
    community: str | None
    author: str
    title: str
    body: str
    language: str
    topics: tuple[str, ...]
    country_context: str
    asked_at: datetime
    answers: tuple[AnswerSpec, ...]
    accepted: int | None
    accepted_at: datetime | None
    comments: tuple[CommentSpec, ...]
    invitations: tuple[tuple[str, datetime], ...]  # (expert, when), invited by the author

    @property
    def first_answered_at(self) -> datetime | None:
        return self.answers[0].at if self.answers else None

    @property
    def last_activity_at(self) -> datetime:
        moments = [self.asked_at] + [a.at for a in self.answers] + [c.at for c in self.comments]
        return max(moments)


@dataclass(frozen=True)
class ReplySpec:
    author: str
    body: str
    language: str
    at: datetime
    quotes: int | None


@dataclass(frozen=True)
class DiscussionSpec:
    key: str
    community: str
    author: str
    title: str
    body: str
    language: str
    started_at: datetime
    replies: tuple[ReplySpec, ...]
    pinned: bool
    locked: bool
    closed: bool

    @property
    def last_activity_at(self) -> datetime:
        return self.replies[-1].at if self.replies else self.started_at


@dataclass(frozen=True)
class OfferSpec:
    email: str
    message: str
    at: datetime
    chosen: bool


@dataclass(frozen=True)
class PeerAssistSpec:
    key: str
    community: str
    requester: str
    title: str
    problem: str
    context: str
    languages: tuple[str, ...]
    preferred_start: date
    preferred_end: date
    status: str
    created_at: datetime
    updated_at: datetime
    offers: tuple[OfferSpec, ...]
    activity: str  # key of the activity it became, or ""
    outcome: str


@dataclass(frozen=True)
class FollowSpec:
    email: str
    target: str  # "question", "discussion", "community" or "topic"
    key: str  # question or discussion key, community code, topic slug
    at: datetime


@dataclass(frozen=True)
class NoticeSpec:
    recipient: str
    kind: str  # a notifications.NotificationKind value
    actor: str
    community: str | None
    target: str  # "question", "answer", "discussion", "reply" or "peer_assist"
    key: str  # of the question, discussion or peer assist
    item: int  # the answer's or reply's index; -1 for the others
    at: datetime
    read: bool


@dataclass(frozen=True)
class ConversationsPlan:
    questions: tuple[QuestionSpec, ...]
    discussions: tuple[DiscussionSpec, ...]
    peer_assists: tuple[PeerAssistSpec, ...]
    activities: tuple[ActivitySpec, ...]  # the sessions of scheduled and held peer assists
    follows: tuple[FollowSpec, ...]
    settings: tuple[tuple[str, str, str], ...]  # (email, notification kind, frequency)
    notices: tuple[NoticeSpec, ...]


class _Planner:
    def __init__(self, rng: random.Random, roster: Roster, anchor: date) -> None:
        self.rng = rng
        self.roster = roster
        self.anchor = anchor
        self.now = datetime.combine(anchor, time(0), tzinfo=UTC)
        self.cutoff = self.now - timedelta(hours=1)  # nothing the demo wrote is in the future

    # --- who and when --------------------------------------------------------------------

    def moment(self, days_ago: int) -> datetime:
        day = self.anchor - timedelta(days=days_ago)
        return datetime.combine(day, time(self.rng.randint(6, 14), self.rng.randint(0, 59)), UTC)

    def later(self, start: datetime, hours: float) -> datetime:
        return start + timedelta(hours=hours, minutes=self.rng.randint(0, 50))

    def candidates(
        self,
        community: str | None,
        when: datetime,
        language: str,
        exclude: list[str],
        country: str | None,
    ) -> list[str]:
        found: list[str] = []
        for code in (community,) if community else PUBLIC:
            for email in self.roster.members(code, when):
                if email in found or email in exclude or email.endswith("@demo.trellis"):
                    continue
                person = self.roster.people[email]
                if country is not None and person.country != country:
                    continue
                if language in person.languages:
                    found.append(email)
        return found

    def pick(
        self,
        selector: str,
        community: str | None,
        when: datetime,
        language: str,
        exclude: list[str],
    ) -> str:
        """A member at `when` who reads `language`, from the selector's country if possible."""
        if selector in FIXED:
            return FIXED[selector]
        found = self.candidates(community, when, language, exclude, selector)
        if not found:
            # Nobody from that country then: a peer from another country than the others.
            countries = [self.roster.people[email].country for email in exclude]
            found = [
                email
                for email in self.candidates(community, when, language, exclude, None)
                if self.roster.people[email].country not in countries
            ]
        if not found:
            found = self.candidates(community, when, language, exclude, None)
        codes = [community] if community else list(PUBLIC)
        weights = [PROPENSITY[self.roster.level(email, codes)] for email in found]
        return weighted_sample(self.rng, found, weights, 1)[0]

    # --- questions -----------------------------------------------------------------------

    def question(self, template: QuestionTemplate) -> QuestionSpec:
        language = language_of(template.title)
        community = template.community
        asked_at = self.moment(template.days_ago)
        author = self.pick(template.by, community, asked_at, language, [])
        invitations: list[tuple[str, datetime]] = []
        for selector in template.experts:
            taken = [author, *(email for email, _ in invitations)]
            expert = self.pick(selector, community, asked_at, language, taken)
            invitations.append((expert, asked_at + timedelta(hours=2)))

        answers: list[AnswerSpec] = []
        index: dict[int, int] = {}  # template answer → planned answer
        for number, answer in enumerate(template.answers):
            at = self.later(asked_at, answer.after)
            if at > self.cutoff:
                continue
            taken = [author] + [e for a in answers for e in (a.author, *a.coauthors)]
            by = self._invited(answer.by, invitations, taken) or self.pick(
                answer.by, community, at, language, taken
            )
            coauthors: list[str] = []
            for selector in answer.co_authors:
                coauthors.append(
                    self.pick(selector, community, at, language, [*taken, by, *coauthors])
                )
            helpful = self.helpful_marks(
                community, at, language, answer.helpful, author, [by, *coauthors]
            )
            index[number] = len(answers)
            answers.append(AnswerSpec(by, tuple(coauthors), answer.body, at, helpful))

        accepted = index.get(template.accepted) if template.accepted is not None else None
        accepted_at = None
        if accepted is not None:
            accepted_at = min(
                self.later(answers[accepted].at, self.rng.randint(4, 60)), self.cutoff
            )

        comments: list[CommentSpec] = []
        for comment in template.comments:
            on = index.get(comment.on_answer) if comment.on_answer >= 0 else None
            if comment.on_answer >= 0 and on is None:
                continue
            at = self.later(asked_at, comment.after)
            if at > self.cutoff:
                continue
            if comment.by == "author":
                by = author
            elif comment.by == "answerer" and on is not None:
                by = answers[on].author
            else:
                by = self.pick(comment.by, community, at, language, [author])
            comments.append(CommentSpec(by, comment.body, at, on))

        return QuestionSpec(
            key=template.key,
            community=community,
            author=author,
            title=template.title,
            body=template.body,
            language=language,
            topics=template.topics,
            country_context=self.roster.people[author].country if template.context else "",
            asked_at=asked_at,
            answers=tuple(answers),
            accepted=accepted,
            accepted_at=accepted_at,
            comments=tuple(comments),
            invitations=tuple(invitations),
        )

    def _invited(
        self, selector: str, invitations: list[tuple[str, datetime]], taken: list[str]
    ) -> str | None:
        """An invited expert answers when the content has someone from their country answer."""
        for email, _ in invitations:
            if email in taken:
                continue
            if FIXED.get(selector) == email or self.roster.people[email].country == selector:
                return email
        return None

    def helpful_marks(
        self,
        community: str | None,
        answered_at: datetime,
        language: str,
        count: int,
        asker: str,
        authors: list[str],
    ) -> tuple[tuple[str, datetime], ...]:
        if count == 0:
            return ()
        readers = self.candidates(community, answered_at, language, [asker, *authors], None)
        people = [asker, *weighted_sample(self.rng, readers, [1.0] * len(readers), count - 1)]
        marks = []
        for email in people:
            at = self.later(answered_at, self.rng.randint(2, 300))
            if at <= self.cutoff:
                marks.append((email, at))
        return tuple(marks)

    # --- discussions ---------------------------------------------------------------------

    def discussion(self, template: DiscussionTemplate) -> DiscussionSpec:
        language = language_of(template.title)
        community = template.community
        started_at = self.moment(template.days_ago)
        author = self.pick(template.by, community, started_at, language, [])
        replies: list[ReplySpec] = []
        for reply in template.replies:
            at = started_at + timedelta(days=reply.after, minutes=self.rng.randint(5, 240))
            if at > self.cutoff:
                continue
            reply_language = language_of(reply.body)
            if reply.by == "author":
                by = author
            elif reply.by.startswith("="):
                by = replies[int(reply.by[1:])].author
            else:
                taken = [author, *(r.author for r in replies)]
                by = self.pick(reply.by, community, at, reply_language, taken)
            replies.append(ReplySpec(by, reply.body, reply_language, at, reply.quotes))
        return DiscussionSpec(
            key=template.key,
            community=community,
            author=author,
            title=template.title,
            body=template.body,
            language=language,
            started_at=started_at,
            replies=tuple(replies),
            pinned=template.pinned,
            locked=template.locked,
            closed=template.closed,
        )

    # --- peer assists --------------------------------------------------------------------

    def peer_assist(
        self, template: PeerAssistTemplate, programme: dict[str, ActivitySpec]
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
            created_at = self.moment(template.days_ago)
            requester = self.pick(template.by, community, created_at, language, [])

        offers: list[OfferSpec] = []
        for offer in template.offers:
            at = created_at + timedelta(days=offer.after, hours=self.rng.randint(0, 6))
            if at > self.cutoff:
                continue
            taken = [requester, *(o.email for o in offers)]
            if offer.chosen and chosen_peers:
                email = chosen_peers.pop(0)
            else:
                email = self.pick(offer.by, community, at, language, taken)
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
            session = self.session(template, requester, [o.email for o in chosen], updated_at)
            activity_key = session.key
            updated_at = session.recorded_at or session.created_at
        preferred_start = self.anchor + timedelta(days=template.preferred[0])
        preferred_end = self.anchor + timedelta(days=template.preferred[1])
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
            updated_at=min(updated_at, self.cutoff),
            offers=tuple(offers),
            activity=activity_key,
            outcome=outcome,
        )
        return spec, session

    def session(
        self, template: PeerAssistTemplate, requester: str, peers: list[str], chosen_at: datetime
    ) -> ActivitySpec:
        session = template.session
        assert session is not None
        zone = ZoneInfo(session.timezone)
        day = self.anchor + timedelta(days=session.day)
        starts_at = datetime.combine(day, time(10), tzinfo=zone).astimezone(UTC)
        ends_at = starts_at + timedelta(hours=session.hours)
        created_at = chosen_at + timedelta(days=1)
        held = ends_at < self.now
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
            attendances=tuple(AttendanceSpec(c.role, c.email) for c in contributors)
            if held
            else (),
            recorded_by=requester if held else None,
            recorded_at=min(ends_at + timedelta(days=1), self.cutoff) if held else None,
        )

    # --- follows, settings and notices ---------------------------------------------------

    def follows(
        self,
        questions: list[QuestionSpec],
        discussions: list[DiscussionSpec],
    ) -> list[FollowSpec]:
        found: dict[tuple[str, str, str], FollowSpec] = {}

        def follow(email: str, target: str, key: str, at: datetime) -> None:
            found.setdefault((email, target, key), FollowSpec(email, target, key, at))

        for question in questions:
            follow(question.author, "question", question.key, question.asked_at)
            for answer in question.answers:
                for email in (answer.author, *answer.coauthors):
                    follow(email, "question", question.key, answer.at)
        for discussion in discussions:
            follow(discussion.author, "discussion", discussion.key, discussion.started_at)
            for reply in discussion.replies:
                follow(reply.author, "discussion", discussion.key, reply.at)
        for code in PUBLIC:
            convener = self.roster.holder("convener", code, self.anchor - timedelta(days=1))
            if convener:
                follow(convener, "community", code, self.moment(300))
            when = self.moment(self.rng.randint(30, 330))
            members = [
                e for e in self.roster.members(code, when) if not e.endswith("@demo.trellis")
            ]
            for email in weighted_sample(self.rng, members, [1.0] * len(members), 12):
                follow(email, "community", code, when)
        follow(CONVENER.email, "community", BUDGET, self.moment(400))
        follow(MEMBER.email, "community", TREASURY, self.moment(200))
        for slug in self.roster.people[MEMBER.email].expertise[:2]:
            follow(MEMBER.email, "topic", slug, self.moment(180))
        for slug in self.roster.people[CONVENER.email].expertise[:2]:
            follow(CONVENER.email, "topic", slug, self.moment(360))
        when = self.moment(120)
        readers = [
            email
            for code in PUBLIC
            for email in self.roster.members(code, when)
            if not email.endswith("@demo.trellis")
        ]
        readers = list(dict.fromkeys(readers))
        for email in weighted_sample(self.rng, readers, [1.0] * len(readers), 30):
            for slug in self.roster.people[email].expertise[:2]:
                follow(email, "topic", slug, self.later(when, self.rng.randint(0, 2000)))
        return list(found.values())

    def settings(self) -> list[tuple[str, str, str]]:
        chosen = [
            (MEMBER.email, "new_question", "daily"),
            (MEMBER.email, "new_reply", "weekly"),
            (MEMBER.email, "peer_assist", "immediate"),
            (CONVENER.email, "flag_raised", "immediate"),
            (CONVENER.email, "new_discussion", "daily"),
            (CONVENER.email, "new_question", "weekly"),
            (ADMIN.email, "new_question", "off"),
            (ADMIN.email, "new_discussion", "off"),
        ]
        members = [
            e for e in self.roster.members(TREASURY, self.now) if not e.endswith("@demo.trellis")
        ]
        kinds = ("new_answer", "new_reply", "new_question", "expert_invited")
        frequencies = ("daily", "weekly", "off")
        for email in weighted_sample(self.rng, members, [1.0] * len(members), 5):
            chosen.append((email, self.rng.choice(kinds), self.rng.choice(frequencies)))
        return chosen

    def notices(
        self,
        questions: list[QuestionSpec],
        discussions: list[DiscussionSpec],
        peer_assists: list[PeerAssistSpec],
        follows: list[FollowSpec],
    ) -> list[NoticeSpec]:
        """What the demo accounts were told lately: answers, acceptances, replies, offers."""
        since = self.now - NOTICE_WINDOW
        following = {(f.email, f.target, f.key): f.at for f in follows}
        found: list[NoticeSpec] = []

        def tell(
            recipient: str,
            kind: str,
            actor: str,
            community: str | None,
            target: tuple[str, str, int],
            at: datetime,
        ) -> None:
            if recipient == actor or at < since or at > self.cutoff:
                return
            read = at < self.now - UNREAD_WITHIN
            found.append(NoticeSpec(recipient, kind, actor, community, *target, at, read))

        for recipient in NOTIFIED:
            for question in questions:
                target = ("question", question.key, -1)
                followed = following.get((recipient, "question", question.key))
                watched = [following.get((recipient, "topic", slug)) for slug in question.topics]
                if question.community:
                    watched.append(following.get((recipient, "community", question.community)))
                if any(at is not None and at < question.asked_at for at in watched):
                    tell(
                        recipient,
                        "new_question",
                        question.author,
                        question.community,
                        target,
                        question.asked_at,
                    )
                for email, at in question.invitations:
                    if email == recipient:
                        tell(
                            recipient,
                            "expert_invited",
                            question.author,
                            question.community,
                            target,
                            at,
                        )
                for number, answer in enumerate(question.answers):
                    if followed is not None and answer.at > followed:
                        tell(
                            recipient,
                            "new_answer",
                            answer.author,
                            question.community,
                            ("answer", question.key, number),
                            answer.at,
                        )
                if question.accepted is not None and question.accepted_at is not None:
                    accepted = question.answers[question.accepted]
                    if recipient in (accepted.author, *accepted.coauthors):
                        tell(
                            recipient,
                            "answer_accepted",
                            question.author,
                            question.community,
                            ("answer", question.key, question.accepted),
                            question.accepted_at,
                        )
            for discussion in discussions:
                target = ("discussion", discussion.key, -1)
                followed = following.get((recipient, "discussion", discussion.key))
                since_following = following.get((recipient, "community", discussion.community))
                if since_following is not None and since_following < discussion.started_at:
                    tell(
                        recipient,
                        "new_discussion",
                        discussion.author,
                        discussion.community,
                        target,
                        discussion.started_at,
                    )
                for number, reply in enumerate(discussion.replies):
                    if followed is not None and reply.at > followed:
                        tell(
                            recipient,
                            "new_reply",
                            reply.author,
                            discussion.community,
                            ("reply", discussion.key, number),
                            reply.at,
                        )
            for peer_assist in peer_assists:
                if peer_assist.requester != recipient:
                    continue
                for offer in peer_assist.offers:
                    tell(
                        recipient,
                        "peer_assist",
                        offer.email,
                        peer_assist.community,
                        ("peer_assist", peer_assist.key, -1),
                        offer.at,
                    )
        return sorted(found, key=lambda notice: (notice.at, notice.recipient))


def conversations_plan(
    rng: random.Random, roster: Roster, anchor: date, programme: tuple[ActivitySpec, ...]
) -> ConversationsPlan:
    """Who asked, answered, discussed and helped whom, and when; `programme` gives the
    activities a peer assist may be linked to."""
    planner = _Planner(rng, roster, anchor)
    questions = [planner.question(template) for template in QUESTIONS]
    discussions = [planner.discussion(template) for template in DISCUSSIONS]
    by_key = {activity.key: activity for activity in programme}
    peer_assists: list[PeerAssistSpec] = []
    sessions: list[ActivitySpec] = []
    for template in PEER_ASSISTS:
        peer_assist, session = planner.peer_assist(template, by_key)
        peer_assists.append(peer_assist)
        if session is not None:
            sessions.append(session)
    follows = planner.follows(questions, discussions)
    return ConversationsPlan(
        questions=tuple(questions),
        discussions=tuple(discussions),
        peer_assists=tuple(peer_assists),
        activities=tuple(sessions),
        follows=tuple(follows),
        settings=tuple(planner.settings()),
        notices=tuple(planner.notices(questions, discussions, peer_assists, follows)),
    )
