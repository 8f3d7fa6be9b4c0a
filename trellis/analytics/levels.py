"""Levels of participation and the rules that compute them from the contribution log.

A member's score in a community is the sum of the weights of their standing acts there over a
rolling window (12 months by default). The score sets the computed level against three
thresholds: core group, active, occasional; below them a member is peripheral, which is a
legitimate way to belong, not a failure. Someone who is not a member and took part in the
window is a transactional participant. Attending, speaking, hosting and facilitating weigh at
least as much as any kind of posting, so offline participation counts as much as online.
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from trellis.participation.kinds import ContributionKind as Kind


class Level(models.TextChoices):
    CORE = "core", _("Core group")
    ACTIVE = "active", _("Active")
    OCCASIONAL = "occasional", _("Occasional")
    PERIPHERAL = "peripheral", _("Peripheral")
    TRANSACTIONAL = "transactional", _("Transactional")


# From the centre outwards: the order of the concentric diagram and of every table.
LEVEL_ORDER = [Level.CORE, Level.ACTIVE, Level.OCCASIONAL, Level.PERIPHERAL, Level.TRANSACTIONAL]
MEMBER_LEVELS = LEVEL_ORDER[:-1]

DEFAULT_WINDOW_MONTHS = 12

DEFAULT_WEIGHTS: dict[str, int] = {
    # Taking part in activities: offline participation weighs at least as much as posting.
    Kind.ACTIVITY_ATTENDED: 3,
    Kind.ACTIVITY_SPOKE: 4,
    Kind.ACTIVITY_HOSTED: 4,
    Kind.ACTIVITY_FACILITATED: 4,
    Kind.ACTIVITY_REPORTED: 3,
    Kind.ACTIVITY_REGISTERED: 1,
    # Helping each other between meetings.
    Kind.QUESTION_ASKED: 2,
    Kind.ANSWER_POSTED: 3,
    Kind.ANSWER_ACCEPTED: 2,
    Kind.ANSWER_COAUTHORED: 3,
    Kind.ANSWER_MARKED_HELPFUL: 1,
    Kind.COMMENT_POSTED: 1,
    Kind.DISCUSSION_STARTED: 2,
    Kind.REPLY_POSTED: 1,
    Kind.PEER_ASSIST_REQUESTED: 2,
    Kind.PEER_ASSIST_OFFERED: 3,
    Kind.POST_TRANSLATED: 2,
    # Keeping the community's memory: sharing and publishing knowledge, reviewing it.
    Kind.DOCUMENT_SHARED: 2,
    Kind.DOCUMENT_PUBLISHED: 3,
    Kind.DOCUMENT_REVIEWED: 2,
    # Shaping the community.
    Kind.AGENDA_PROPOSED: 2,
    Kind.AGENDA_VOTED: 1,
    Kind.INVITATION_SENT: 1,
    # Belonging is not taking part: joining, leaving, asking to join, holding a role, mentions.
    Kind.COMMUNITY_JOINED: 0,
    Kind.COMMUNITY_LEFT: 0,
    Kind.COMMUNITY_REJOINED: 0,
    Kind.MEMBERSHIP_REQUESTED: 0,
    Kind.ROLE_ASSIGNED: 0,
    Kind.MENTIONED_SOMEONE: 0,
    # Reading is recorded for the value of the library, but a download is not taking part.
    Kind.DOCUMENT_DOWNLOADED: 0,
}

# Kinds that are taking part offline; each weighs at least as much as the heaviest post.
OFFLINE_KINDS = (
    Kind.ACTIVITY_ATTENDED,
    Kind.ACTIVITY_SPOKE,
    Kind.ACTIVITY_HOSTED,
    Kind.ACTIVITY_FACILITATED,
)
POSTING_KINDS = (
    Kind.QUESTION_ASKED,
    Kind.ANSWER_POSTED,
    Kind.COMMENT_POSTED,
    Kind.DISCUSSION_STARTED,
    Kind.REPLY_POSTED,
)

DEFAULT_THRESHOLDS = {Level.CORE: 25, Level.ACTIVE: 12, Level.OCCASIONAL: 3}


@dataclass(frozen=True)
class Rules:
    """The rules in force for one community: a weight per kind of act, the lowest score of
    each level, and the window in months."""

    weights: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    core: int = DEFAULT_THRESHOLDS[Level.CORE]
    active: int = DEFAULT_THRESHOLDS[Level.ACTIVE]
    occasional: int = DEFAULT_THRESHOLDS[Level.OCCASIONAL]
    window_months: int = DEFAULT_WINDOW_MONTHS

    def level_for(self, score: int) -> Level:
        """A member's computed level: each threshold is the lowest score of its level."""
        if score >= self.core:
            return Level.CORE
        if score >= self.active:
            return Level.ACTIVE
        if score >= self.occasional:
            return Level.OCCASIONAL
        return Level.PERIPHERAL

    def key(self) -> tuple:
        """Equal for communities with the same rules, so they are computed in one query."""
        return (
            tuple(sorted(self.weights.items())),
            self.core,
            self.active,
            self.occasional,
            self.window_months,
        )
