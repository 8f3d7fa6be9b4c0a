"""The shapes of what the demo's members asked, answered and discussed between meetings.

The content itself is data: `data/questions.yaml`, `data/discussions.yaml` and
`data/peer_assists.yaml` (their headers explain the fields and the person selectors, which
`trellis.demo.conversations` resolves among the members at the time). Dates are days before the
demo's "today" (the anchor); answers, comments and replies come some hours (questions) or days
(discussions) later.
"""

from dataclasses import dataclass, field

from trellis.demo.content import IN_BOTH_LANGUAGES, content_load


@dataclass(frozen=True)
class AnswerTemplate:
    """An answer, `after` hours after the question; with `co_authors`, a joint answer."""

    by: str
    body: str
    after: float
    co_authors: tuple[str, ...] = ()
    helpful: int = 0


@dataclass(frozen=True)
class CommentTemplate:
    """A comment on the question (`on_answer` = -1) or on an answer, `after` hours later."""

    by: str
    body: str
    after: float
    on_answer: int = -1


@dataclass(frozen=True)
class QuestionTemplate:
    key: str
    community: str | None
    by: str
    days_ago: int
    title: str
    body: str
    topics: tuple[str, ...]
    answers: tuple[AnswerTemplate, ...] = ()
    accepted: int | None = None  # index of the accepted answer
    context: bool = False  # the question is about the asker's country
    comments: tuple[CommentTemplate, ...] = ()
    experts: tuple[str, ...] = ()  # invited to answer by the asker


@dataclass(frozen=True)
class ReplyTemplate:
    """A reply, `after` days after the discussion started, quoting reply `quotes` if set."""

    by: str
    body: str
    after: float
    quotes: int | None = None


@dataclass(frozen=True)
class DiscussionTemplate:
    key: str
    community: str
    by: str
    days_ago: int
    title: str
    body: str
    replies: tuple[ReplyTemplate, ...]
    pinned: bool = False
    locked: bool = False
    closed: bool = False


@dataclass(frozen=True)
class OfferTemplate:
    by: str
    message: str
    after: float  # days after the request
    chosen: bool = False


@dataclass(frozen=True)
class SessionTemplate:
    """The peer-assistance activity a scheduled or held peer assist became."""

    day: int  # offset from the anchor
    title: tuple[str, str] = field(metadata=IN_BOTH_LANGUAGES)
    description: tuple[str, str] = field(metadata=IN_BOTH_LANGUAGES)
    timezone: str
    hours: float = 2.0


@dataclass(frozen=True)
class PeerAssistTemplate:
    key: str
    community: str
    by: str
    days_ago: int
    status: str
    title: str
    problem: str
    context: str
    languages: tuple[str, ...]
    preferred: tuple[int, int]  # days from the anchor
    offers: tuple[OfferTemplate, ...]
    activity: str = ""  # key of an activity of the programme
    session: SessionTemplate | None = None
    outcome: str = ""


QUESTIONS: tuple[QuestionTemplate, ...] = content_load("questions", tuple[QuestionTemplate, ...])
DISCUSSIONS: tuple[DiscussionTemplate, ...] = content_load(
    "discussions", tuple[DiscussionTemplate, ...]
)
PEER_ASSISTS: tuple[PeerAssistTemplate, ...] = content_load(
    "peer_assists", tuple[PeerAssistTemplate, ...]
)
