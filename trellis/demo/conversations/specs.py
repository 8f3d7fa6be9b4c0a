"""What the demo's conversations are planned into: questions, discussions, peer assists,
follows and notices, with their people and times, before anything is written."""

import re
from dataclasses import dataclass
from datetime import date, datetime

from trellis.demo.accounts import ADMIN, CONVENER, MEMBER
from trellis.demo.activities.specs import ActivitySpec
from trellis.demo.countries import AUDIT, BUDGET, TREASURY

PUBLIC = (BUDGET, TREASURY, AUDIT)
FIXED = {"convener@": CONVENER.email, "member@": MEMBER.email, "admin@": ADMIN.email}
CYRILLIC = re.compile("[\u0400-\u04ff]")
PEER_ASSIST_TYPE = "peer-assistance"


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
