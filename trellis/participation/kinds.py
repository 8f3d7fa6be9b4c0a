"""Every kind of act the contribution log knows: what other apps name when they record one."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContributionKind(models.TextChoices):
    """Every kind of act the log knows. Later capabilities add their kinds here."""

    COMMUNITY_JOINED = "community.joined", _("joined a community")
    COMMUNITY_LEFT = "community.left", _("left a community")
    COMMUNITY_REJOINED = "community.rejoined", _("rejoined a community")
    MEMBERSHIP_REQUESTED = "community.join_requested", _("asked to join a community")
    INVITATION_SENT = "community.invited", _("invited someone to a community")
    ROLE_ASSIGNED = "role.assigned", _("took on a role")
    ACTIVITY_REGISTERED = "activity.registered", _("registered for an activity")
    ACTIVITY_ATTENDED = "activity.attended", _("took part in an activity")
    ACTIVITY_HOSTED = "activity.hosted", _("hosted an activity")
    ACTIVITY_SPOKE = "activity.spoke", _("spoke at an activity")
    ACTIVITY_FACILITATED = "activity.facilitated", _("facilitated an activity")
    ACTIVITY_REPORTED = "activity.reported", _("reported what an activity produced")
    AGENDA_PROPOSED = "agenda.proposed", _("proposed a learning agenda item")
    AGENDA_VOTED = "agenda.voted", _("voted for a learning agenda item")
    QUESTION_ASKED = "question.asked", _("asked a question")
    ANSWER_POSTED = "answer.posted", _("answered a question")
    ANSWER_ACCEPTED = "answer.accepted", _("gave an answer that was accepted")
    ANSWER_COAUTHORED = "answer.coauthored", _("wrote an answer together with others")
    ANSWER_MARKED_HELPFUL = "answer.helpful", _("marked an answer as helpful")
    COMMENT_POSTED = "comment.posted", _("commented")
    DISCUSSION_STARTED = "discussion.started", _("started a discussion")
    REPLY_POSTED = "reply.posted", _("replied in a discussion")
    PEER_ASSIST_REQUESTED = "peer_assist.requested", _("asked peers for help")
    PEER_ASSIST_OFFERED = "peer_assist.offered", _("offered to help a peer")
    MENTIONED_SOMEONE = "mention.made", _("mentioned someone")
    POST_TRANSLATED = "post.translated", _("translated a post")
    DOCUMENT_SHARED = "document.shared", _("shared a document")
    DOCUMENT_PUBLISHED = "document.published", _("contributed to a published document")
    DOCUMENT_REVIEWED = "document.reviewed", _("reviewed a document")
    DOCUMENT_DOWNLOADED = "document.downloaded", _("downloaded a document")
