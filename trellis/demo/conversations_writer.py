"""Writing the planned questions, discussions, peer assists, follows and notices, in bulk.

As for activities, the demo writes the rows the services would have written, with the
historical times, and one contribution-log entry per act, for the conversation's community
(none for a network-wide question):

- asking → the question; answering → the answer; each co-author of a joint answer → the
  answer (`answer.coauthored`); an accepted answer → the answer, for its author and each
  co-author (`answer.accepted`, at the time of acceptance);
- marking an answer helpful → the answer; commenting → the comment;
- starting a discussion → the discussion; replying → the reply, with the discussion in the
  details;
- requesting a peer assist and offering help → the peer assist.

These are the targets `trellis.conversations.services` records, so the log reads the same
whether the demo or a person wrote it. Notices point where the services' notices point: a new
or accepted answer at the answer, a reply at the reply.
"""

from collections.abc import Mapping
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import models

from trellis.accounts.models import ExpertiseTopic, User
from trellis.activities.models import Activity
from trellis.communities.models import Community
from trellis.conversations.models import (
    Answer,
    Comment,
    Discussion,
    ExpertInvitation,
    HelpfulMark,
    PeerAssist,
    PeerAssistOffer,
    Question,
    Reply,
)
from trellis.demo.conversations.specs import PEER_ASSIST_TYPE, ConversationsPlan, NoticeSpec
from trellis.demo.history import ContributionLog, historical_timestamps
from trellis.demo.plan import DemoPlan
from trellis.notifications.models import Follow, Notification, NotificationSetting
from trellis.participation.kinds import ContributionKind

READ_AFTER = timedelta(hours=5)


def conversations_create(
    plan: DemoPlan, users: dict[str, User], communities: dict[str, Community]
) -> None:
    conversations = plan.conversations
    log = ContributionLog(communities)
    with historical_timestamps(
        Question,
        Answer,
        HelpfulMark,
        Comment,
        ExpertInvitation,
        Discussion,
        Reply,
        PeerAssist,
        PeerAssistOffer,
        Follow,
        Notification,
    ):
        questions, answers = _questions_create(conversations, users, communities, log)
        discussions, replies = _discussions_create(conversations, users, communities, log)
        peer_assists = _peer_assists_create(plan, users, communities, log)
        targets: dict[str, Mapping[str, models.Model]] = {
            "question": questions,
            "answer": answers,
            "discussion": discussions,
            "reply": replies,
            "peer_assist": peer_assists,
            "community": dict(communities),
            "topic": dict(ExpertiseTopic.objects.in_bulk(field_name="slug")),
        }
        _follows_create(conversations, users, targets)
        _notices_create(conversations, users, communities, targets)
    NotificationSetting.objects.bulk_create(
        NotificationSetting(person=users[email], kind=kind, frequency=frequency)
        for email, kind, frequency in conversations.settings
    )
    log.write()


def _questions_create(
    conversations: ConversationsPlan,
    users: dict[str, User],
    communities: dict[str, Community],
    log: ContributionLog,
) -> tuple[dict[str, Question], dict[str, Answer]]:
    """The questions by key, and their answers by "<question key>/<index>"."""
    specs = conversations.questions
    saved = Question.objects.bulk_create(
        Question(
            community=communities[spec.community] if spec.community else None,
            author=users[spec.author],
            title=spec.title,
            body=spec.body,
            language=spec.language,
            country_context=spec.country_context,
            first_answered_at=spec.first_answered_at,
            last_activity_at=spec.last_activity_at,
            created_at=spec.asked_at,
            updated_at=spec.last_activity_at,
        )
        for spec in specs
    )
    topics = dict(ExpertiseTopic.objects.values_list("slug", "pk"))
    through_topics = Question.topics.through
    through_topics.objects.bulk_create(
        through_topics(question_id=question.pk, expertisetopic_id=topics[slug])
        for spec, question in zip(specs, saved, strict=True)
        for slug in spec.topics
    )
    ExpertInvitation.objects.bulk_create(
        ExpertInvitation(
            question=question,
            person=users[email],
            invited_by=users[spec.author],
            created_at=when,
        )
        for spec, question in zip(specs, saved, strict=True)
        for email, when in spec.invitations
    )

    answer_specs = [
        (spec, question, answer)
        for spec, question in zip(specs, saved, strict=True)
        for answer in spec.answers
    ]
    answers = Answer.objects.bulk_create(
        Answer(
            question=question,
            author=users[answer.author],
            body=answer.body,
            language=spec.language,
            created_at=answer.at,
            updated_at=answer.at,
        )
        for spec, question, answer in answer_specs
    )
    through_coauthors = Answer.coauthors.through
    through_coauthors.objects.bulk_create(
        through_coauthors(answer_id=row.pk, user_id=users[email].pk)
        for (_, _, answer), row in zip(answer_specs, answers, strict=True)
        for email in answer.coauthors
    )
    mark_specs = [
        (spec, row, email, when)
        for (spec, _, answer), row in zip(answer_specs, answers, strict=True)
        for email, when in answer.helpful
    ]
    HelpfulMark.objects.bulk_create(
        HelpfulMark(answer=row, person=users[email], created_at=when)
        for _, row, email, when in mark_specs
    )
    rows_of: dict[str, list[Answer]] = {}
    for (spec, _, answer), row in zip(answer_specs, answers, strict=True):
        rows_of.setdefault(spec.key, []).append(row)
        author = users[answer.author]
        log.add(author, ContributionKind.ANSWER_POSTED, spec.community, row, answer.at)
        for email in answer.coauthors:
            kind = ContributionKind.ANSWER_COAUTHORED
            log.add(users[email], kind, spec.community, row, answer.at)
    for spec, row, email, when in mark_specs:
        kind = ContributionKind.ANSWER_MARKED_HELPFUL
        log.add(users[email], kind, spec.community, row, when)

    accepted: list[Question] = []
    comments: list[tuple[str | None, str, Comment]] = []
    for spec, question in zip(specs, saved, strict=True):
        author = users[spec.author]
        log.add(author, ContributionKind.QUESTION_ASKED, spec.community, question, spec.asked_at)
        rows = rows_of.get(spec.key, [])
        if spec.accepted is not None and spec.accepted_at is not None:
            accepted_row = rows[spec.accepted]
            question.accepted_answer = accepted_row
            accepted.append(question)
            chosen = spec.answers[spec.accepted]
            for email in (chosen.author, *chosen.coauthors):
                kind = ContributionKind.ANSWER_ACCEPTED
                log.add(users[email], kind, spec.community, accepted_row, spec.accepted_at)
        for comment in spec.comments:
            comment_row = Comment(
                question=question if comment.answer is None else None,
                answer=rows[comment.answer] if comment.answer is not None else None,
                author=users[comment.author],
                body=comment.body,
                language=spec.language,
                created_at=comment.at,
                updated_at=comment.at,
            )
            comments.append((spec.community, comment.author, comment_row))
    Question.objects.bulk_update(accepted, ["accepted_answer"])
    Comment.objects.bulk_create(row for _, _, row in comments)
    for community, email, written in comments:
        kind = ContributionKind.COMMENT_POSTED
        log.add(users[email], kind, community, written, written.created_at)
    questions = {spec.key: question for spec, question in zip(specs, saved, strict=True)}
    answers_by_key = {
        f"{key}/{number}": row for key, rows in rows_of.items() for number, row in enumerate(rows)
    }
    return questions, answers_by_key


def _discussions_create(
    conversations: ConversationsPlan,
    users: dict[str, User],
    communities: dict[str, Community],
    log: ContributionLog,
) -> tuple[dict[str, Discussion], dict[str, Reply]]:
    """The discussions by key, and their replies by "<discussion key>/<index>"."""
    specs = conversations.discussions
    saved = Discussion.objects.bulk_create(
        Discussion(
            community=communities[spec.community],
            author=users[spec.author],
            title=spec.title,
            body=spec.body,
            language=spec.language,
            pinned=spec.pinned,
            locked=spec.locked,
            closed=spec.closed,
            last_activity_at=spec.last_activity_at,
            created_at=spec.started_at,
            updated_at=spec.last_activity_at,
        )
        for spec in specs
    )
    reply_specs = [
        (spec, discussion, reply)
        for spec, discussion in zip(specs, saved, strict=True)
        for reply in spec.replies
    ]
    replies = Reply.objects.bulk_create(
        Reply(
            discussion=discussion,
            author=users[reply.author],
            body=reply.body,
            language=reply.language,
            created_at=reply.at,
            updated_at=reply.at,
        )
        for _, discussion, reply in reply_specs
    )
    rows_of: dict[str, list[Reply]] = {}
    for (spec, _, _), row in zip(reply_specs, replies, strict=True):
        rows_of.setdefault(spec.key, []).append(row)
    quoting = []
    for (spec, discussion, reply), row in zip(reply_specs, replies, strict=True):
        if reply.quotes is not None:
            row.quoted = rows_of[spec.key][reply.quotes]
            quoting.append(row)
        kind = ContributionKind.REPLY_POSTED
        log.add(users[reply.author], kind, spec.community, row, reply.at, discussion=discussion.pk)
    Reply.objects.bulk_update(quoting, ["quoted"])
    for spec, discussion in zip(specs, saved, strict=True):
        kind = ContributionKind.DISCUSSION_STARTED
        log.add(users[spec.author], kind, spec.community, discussion, spec.started_at)
    discussions = {spec.key: discussion for spec, discussion in zip(specs, saved, strict=True)}
    replies_by_key = {
        f"{key}/{number}": row for key, rows in rows_of.items() for number, row in enumerate(rows)
    }
    return discussions, replies_by_key


def _peer_assists_create(
    plan: DemoPlan, users: dict[str, User], communities: dict[str, Community], log: ContributionLog
) -> dict[str, PeerAssist]:
    """Peer assists and the offers of help, linked to the activities they became.

    The activities writer keeps no keys, so a session is found by its title and start.
    """
    specs = plan.conversations.peer_assists
    planned = {activity.key: activity for activity in plan.activities}
    sessions = {
        (title["en"], starts_at): pk
        for pk, title, starts_at in Activity.objects.filter(
            activity_type__slug=PEER_ASSIST_TYPE
        ).values_list("pk", "title", "starts_at")
    }

    def session_of(key: str) -> int | None:
        activity = planned.get(key)
        if activity is None:
            return None
        return sessions.get((activity.title["en"], activity.starts_at))

    saved = PeerAssist.objects.bulk_create(
        PeerAssist(
            community=communities[spec.community],
            requester=users[spec.requester],
            title=spec.title,
            problem=spec.problem,
            context=spec.context,
            languages=list(spec.languages),
            preferred_start=spec.preferred_start,
            preferred_end=spec.preferred_end,
            status=spec.status,
            activity_id=session_of(spec.activity) if spec.activity else None,
            outcome=spec.outcome,
            created_at=spec.created_at,
            updated_at=spec.updated_at,
        )
        for spec in specs
    )
    offer_specs = [
        (spec, peer_assist, offer)
        for spec, peer_assist in zip(specs, saved, strict=True)
        for offer in spec.offers
    ]
    PeerAssistOffer.objects.bulk_create(
        PeerAssistOffer(
            peer_assist=peer_assist,
            person=users[offer.email],
            message=offer.message,
            chosen=offer.chosen,
            created_at=offer.at,
            updated_at=offer.at,
        )
        for _, peer_assist, offer in offer_specs
    )
    for spec, peer_assist in zip(specs, saved, strict=True):
        kind = ContributionKind.PEER_ASSIST_REQUESTED
        log.add(users[spec.requester], kind, spec.community, peer_assist, spec.created_at)
    for spec, peer_assist, offer in offer_specs:
        kind = ContributionKind.PEER_ASSIST_OFFERED
        log.add(users[offer.email], kind, spec.community, peer_assist, offer.at)
    return {spec.key: peer_assist for spec, peer_assist in zip(specs, saved, strict=True)}


def _follows_create(
    conversations: ConversationsPlan,
    users: dict[str, User],
    targets: dict[str, Mapping[str, models.Model]],
) -> None:
    content_types = _content_types(targets)
    Follow.objects.bulk_create(
        Follow(
            person=users[follow.email],
            target_type_id=content_types[follow.target],
            target_id=targets[follow.target][follow.key].pk,
            created_at=follow.at,
        )
        for follow in conversations.follows
    )


def _notices_create(
    conversations: ConversationsPlan,
    users: dict[str, User],
    communities: dict[str, Community],
    targets: dict[str, Mapping[str, models.Model]],
) -> None:
    """Older notices were read and went out by email; the last two weeks' wait unread."""
    content_types = _content_types(targets)
    Notification.objects.bulk_create(
        Notification(
            recipient=users[notice.recipient],
            kind=notice.kind,
            actor=users[notice.actor],
            community=communities[notice.community] if notice.community else None,
            target_type_id=content_types[notice.target],
            target_id=targets[notice.target][_notice_key(notice)].pk,
            created_at=notice.at,
            read_at=notice.at + READ_AFTER if notice.read else None,
            emailed_at=notice.at + READ_AFTER if notice.read else None,
        )
        for notice in conversations.notices
    )


def _notice_key(notice: NoticeSpec) -> str:
    return f"{notice.key}/{notice.item}" if notice.item >= 0 else notice.key


def _content_types(targets: dict[str, Mapping[str, models.Model]]) -> dict[str, int]:
    models_of = {name: type(next(iter(rows.values()))) for name, rows in targets.items() if rows}
    return {name: ContentType.objects.get_for_model(model).pk for name, model in models_of.items()}
