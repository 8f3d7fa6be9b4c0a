"""The help desk: asking, answering, commenting, accepting, marking helpful, joint responses
and inviting experts, one module each.

Each act is checked against the conversation predicates (`trellis.conversations.permissions`),
recorded in the contribution log and announced to the people it concerns (`notify` writes the
notices in the same transaction and sends the emails after commit). Callers import the services
from this package.
"""

from trellis.conversations.services.questions.answer import (
    answer_accept,
    answer_authors,
    answer_edit,
    answer_post,
)
from trellis.conversations.services.questions.coauthors import coauthor_invite
from trellis.conversations.services.questions.comment import comment_post
from trellis.conversations.services.questions.expert_invitations import expert_invite
from trellis.conversations.services.questions.helpful import helpful_mark, helpful_unmark
from trellis.conversations.services.questions.question import (
    question_ask,
    question_edit,
    question_moderate,
)
from trellis.conversations.services.questions.targets import notification_targets_register

__all__ = [
    "answer_accept",
    "answer_authors",
    "answer_edit",
    "answer_post",
    "coauthor_invite",
    "comment_post",
    "expert_invite",
    "helpful_mark",
    "helpful_unmark",
    "notification_targets_register",
    "question_ask",
    "question_edit",
    "question_moderate",
]
