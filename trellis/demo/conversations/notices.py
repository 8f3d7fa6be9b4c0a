"""Planning who follows what, the demo accounts' notification settings, and the notices they
were sent lately."""

from datetime import datetime, timedelta

from trellis.demo.accounts import ADMIN, CONVENER, MEMBER
from trellis.demo.conversations.authors import Authors
from trellis.demo.conversations.specs import (
    PUBLIC,
    DiscussionSpec,
    FollowSpec,
    NoticeSpec,
    PeerAssistSpec,
    QuestionSpec,
)
from trellis.demo.countries import BUDGET, TREASURY
from trellis.demo.roster import weighted_sample

NOTIFIED = (MEMBER.email, CONVENER.email)
NOTICE_WINDOW = timedelta(days=200)
UNREAD_WITHIN = timedelta(days=14)


def follows_plan(
    authors: Authors,
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
        convener = authors.roster.holder("convener", code, authors.anchor - timedelta(days=1))
        if convener:
            follow(convener, "community", code, authors.moment(300))
        when = authors.moment(authors.rng.randint(30, 330))
        members = [e for e in authors.roster.members(code, when) if not e.endswith("@demo.trellis")]
        for email in weighted_sample(authors.rng, members, [1.0] * len(members), 12):
            follow(email, "community", code, when)
    follow(CONVENER.email, "community", BUDGET, authors.moment(400))
    follow(MEMBER.email, "community", TREASURY, authors.moment(200))
    for slug in authors.roster.people[MEMBER.email].expertise[:2]:
        follow(MEMBER.email, "topic", slug, authors.moment(180))
    for slug in authors.roster.people[CONVENER.email].expertise[:2]:
        follow(CONVENER.email, "topic", slug, authors.moment(360))
    when = authors.moment(120)
    readers = [
        email
        for code in PUBLIC
        for email in authors.roster.members(code, when)
        if not email.endswith("@demo.trellis")
    ]
    readers = list(dict.fromkeys(readers))
    for email in weighted_sample(authors.rng, readers, [1.0] * len(readers), 30):
        for slug in authors.roster.people[email].expertise[:2]:
            follow(email, "topic", slug, authors.later(when, authors.rng.randint(0, 2000)))
    return list(found.values())


def settings_plan(
    authors: Authors,
) -> list[tuple[str, str, str]]:
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
        e for e in authors.roster.members(TREASURY, authors.now) if not e.endswith("@demo.trellis")
    ]
    kinds = ("new_answer", "new_reply", "new_question", "expert_invited")
    frequencies = ("daily", "weekly", "off")
    for email in weighted_sample(authors.rng, members, [1.0] * len(members), 5):
        chosen.append((email, authors.rng.choice(kinds), authors.rng.choice(frequencies)))
    return chosen


def notices_plan(
    authors: Authors,
    questions: list[QuestionSpec],
    discussions: list[DiscussionSpec],
    peer_assists: list[PeerAssistSpec],
    follows: list[FollowSpec],
) -> list[NoticeSpec]:
    """What the demo accounts were told lately: answers, acceptances, replies, offers."""
    since = authors.now - NOTICE_WINDOW
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
        if recipient == actor or at < since or at > authors.cutoff:
            return
        read = at < authors.now - UNREAD_WITHIN
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
