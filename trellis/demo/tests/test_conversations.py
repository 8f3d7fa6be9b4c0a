"""The demo's questions, discussions and peer assists, as a member browsing them would see them."""

import re
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Min
from django.utils import timezone

from trellis.accounts.models import ExpertiseTopic, User
from trellis.activities.models import Activity
from trellis.communities.models import Community, MembershipEvent
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
from trellis.demo.accounts import CONVENER, MEMBER
from trellis.demo.plan import demo_plan
from trellis.notifications.models import Follow, Notification, NotificationSetting
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

CYRILLIC = re.compile("[\u0400-\u04ff]")
ANCHOR = date(2026, 11, 27)
PUBLIC = ("BCOP", "TCOP", "IACOP")


class _Members:
    """Who was a member of which community when, read back from the membership events."""

    def __init__(self) -> None:
        self.periods: dict[tuple[int, int], list[tuple[datetime, datetime | None]]] = defaultdict(
            list
        )
        started: dict[tuple[int, int], datetime] = {}
        events = MembershipEvent.objects.order_by("occurred_at", "pk").values_list(
            "membership__person_id", "membership__community_id", "kind", "occurred_at"
        )
        for person, community, kind, at in events:
            if kind in ("joined", "rejoined"):
                started[(person, community)] = at
            elif kind == "left" and (person, community) in started:
                self.periods[(person, community)].append((started.pop((person, community)), at))
        for key, at in started.items():
            self.periods[key].append((at, None))
        self.public = list(Community.objects.filter(code__in=PUBLIC).values_list("pk", flat=True))

    def was_member(self, person: int | None, community: int | None, when: datetime) -> bool:
        """A member of the community then; of any public community for network-wide posts."""
        assert person is not None
        communities = [community] if community else self.public
        return any(
            start <= when and (end is None or when < end)
            for code in communities
            for start, end in self.periods[(person, code)]
        )


def test_questions_across_communities_in_both_languages(demo: str) -> None:
    questions = Question.objects.select_related("community", "author")
    assert questions.count() >= 40
    by_community = Counter(q.community.code if q.community else None for q in questions)
    for code in PUBLIC:
        assert by_community[code] >= 10, code
    assert by_community[None] >= 5
    languages = Counter(q.language for q in questions)
    assert languages["ru"] >= 12 and languages["en"] >= 12
    for question in questions:
        assert bool(CYRILLIC.search(question.title)) == (question.language == "ru"), question
        assert question.language in question.author.languages, question
        assert question.topics.exists(), question
    # Ministries that work in Russian ask in Russian; the Western Balkans and Türkiye in English.
    for question in questions.filter(author__country__in=["RU", "BY", "KZ", "KG", "TJ", "UZ"]):
        assert question.language == "ru", question
    for question in questions.filter(
        author__country__in=["AL", "BA", "HR", "ME", "MK", "RS", "TR"]
    ):
        assert question.language == "en", question
    assert questions.exclude(country_context="").count() >= 10
    for answer in Answer.objects.select_related("question", "author"):
        assert answer.language == answer.question.language
        assert bool(CYRILLIC.search(answer.body)) == (answer.language == "ru"), answer.pk
        assert answer.language in answer.author.languages, answer.pk


def test_accepted_joint_and_unanswered_questions(demo: str) -> None:
    questions = list(
        Question.objects.annotate(answered=Count("answers"), first=Min("answers__created_at"))
    )
    total = len(questions)
    accepted = [q for q in questions if q.accepted_answer_id]
    unanswered = [q for q in questions if not q.answered]
    assert 0.5 <= len(accepted) / total <= 0.7
    assert 0.1 <= len(unanswered) / total <= 0.2
    now = timezone.now()
    for question in unanswered:
        assert question.first_answered_at is None and question.accepted_answer_id is None
        assert question.created_at > now - timedelta(days=30), question
    for question in questions:
        assert question.first_answered_at == question.first
        assert question.created_at <= question.last_activity_at < now
    accepted_ids = {q.accepted_answer_id for q in accepted}
    for answer in Answer.objects.filter(pk__in=accepted_ids).select_related("question"):
        assert answer.question.accepted_answer_id == answer.pk
    # First answers within 72 hours and slower ones, over the last eighteen months.
    waits = [q.first_answered_at - q.created_at for q in questions if q.first_answered_at]
    assert sum(wait <= timedelta(hours=72) for wait in waits) >= len(waits) * 0.6
    assert any(wait > timedelta(hours=72) for wait in waits)
    oldest = min(q.created_at for q in questions)
    assert now - timedelta(days=550) < oldest < now - timedelta(days=365)
    # Joint responses: several with one co-author, at least one with two.
    coauthors = Counter(Answer.coauthors.through.objects.values_list("answer_id", flat=True))
    assert len(coauthors) >= 5 and max(coauthors.values()) >= 2
    for answer in Answer.objects.filter(pk__in=coauthors).prefetch_related("coauthors"):
        assert answer.author_id not in {person.pk for person in answer.coauthors.all()}
    assert HelpfulMark.objects.count() >= 60
    assert not HelpfulMark.objects.filter(answer__author=F("person")).exists()
    assert Comment.objects.filter(answer__isnull=False).exists()
    assert Comment.objects.filter(question__isnull=False).exists()
    invitations = ExpertInvitation.objects.select_related("question")
    assert invitations.count() >= 4
    for invitation in invitations:
        assert invitation.invited_by_id == invitation.question.author_id != invitation.person_id


def test_authors_were_members_and_answerers_mostly_from_other_countries(demo: str) -> None:
    members = _Members()
    for question in Question.objects.all():
        assert members.was_member(question.author_id, question.community_id, question.created_at)
    answers = Answer.objects.select_related("question__author", "author").prefetch_related(
        "coauthors"
    )
    other_country = 0
    for answer in answers:
        community = answer.question.community_id
        for person in [answer.author, *answer.coauthors.all()]:
            assert members.was_member(person.pk, community, answer.created_at), answer.pk
        other_country += answer.author.country != answer.question.author.country
    assert other_country >= 0.9 * len(answers)
    for comment in Comment.objects.select_related("question", "answer__question"):
        question = comment.question or comment.answer.question
        assert members.was_member(comment.author_id, question.community_id, comment.created_at)
    for mark in HelpfulMark.objects.select_related("answer__question"):
        community = mark.answer.question.community_id
        assert members.was_member(mark.person_id, community, mark.created_at), mark.pk
    for discussion in Discussion.objects.all():
        assert members.was_member(
            discussion.author_id, discussion.community_id, discussion.created_at
        )
    for reply in Reply.objects.select_related("discussion"):
        assert members.was_member(reply.author_id, reply.discussion.community_id, reply.created_at)
    for offer in PeerAssistOffer.objects.select_related("peer_assist"):
        community = offer.peer_assist.community_id
        assert members.was_member(offer.person_id, community, offer.created_at), offer.pk
    # The private steering committee talks among its members only.
    steering = Community.objects.get(code="SC")
    assert Question.objects.filter(community=steering).exists()
    assert Discussion.objects.filter(community=steering).exists()


def test_hot_topic_discussions(demo: str) -> None:
    discussions = Discussion.objects.annotate(size=Count("replies"))
    assert discussions.exclude(community__code="SC").count() >= 12
    assert 2 <= discussions.filter(pinned=True).count() <= 3
    assert discussions.filter(locked=True).count() == 1
    assert discussions.filter(closed=True).count() == 1
    for discussion in discussions.exclude(community__code="SC"):
        assert 3 <= discussion.size <= 12, discussion
        last = discussion.replies.order_by("created_at").last()
        assert last is not None and discussion.last_activity_at == last.created_at
    quoting = Reply.objects.filter(quoted__isnull=False).select_related("quoted")
    assert quoting.count() >= 10
    for reply in quoting:
        assert reply.quoted.discussion_id == reply.discussion_id
        assert reply.quoted.created_at < reply.created_at
    assert (
        Reply.objects.filter(language="ru").exists()
        and Reply.objects.filter(language="en").exists()
    )


def test_peer_assists_move_through_every_status(demo: str) -> None:
    peer_assists = PeerAssist.objects.select_related("requester", "activity").prefetch_related(
        "offers__person", "activity__contributors"
    )
    statuses = Counter(peer_assist.status for peer_assist in peer_assists)
    assert set(statuses) == {"requested", "matched", "scheduled", "held", "closed"}
    for peer_assist in peer_assists:
        offers = list(peer_assist.offers.all())
        assert all(o.person.country != peer_assist.requester.country for o in offers)
        chosen = {o.person_id for o in offers if o.chosen}
        if peer_assist.status == "requested":
            assert not chosen and peer_assist.activity is None
            continue
        assert chosen, peer_assist
        if peer_assist.status == "matched":
            assert peer_assist.activity is None
            continue
        activity = peer_assist.activity
        assert activity is not None and activity.activity_type.slug == "peer-assistance"
        speakers = {c.person_id for c in activity.contributors.all() if c.role == "speaker"}
        hosts = {c.person_id for c in activity.contributors.all() if c.role == "host"}
        assert speakers == chosen and hosts == {peer_assist.requester_id}
        expected = {"scheduled": "open", "held": "held", "closed": "held"}[peer_assist.status]
        assert activity.status == expected
        assert bool(peer_assist.outcome) == (peer_assist.status == "closed")
    assert any(o for p in peer_assists if p.status == "requested" for o in p.offers.all())
    # The closed one is the programme's peer assist, with its report.
    closed = next(p for p in peer_assists if p.status == "closed")
    assert closed.activity is not None and closed.activity.summary
    assert Activity.objects.filter(activity_type__slug="peer-assistance").count() >= 3


def test_what_the_demo_accounts_did(demo: str) -> None:
    member = User.objects.get(email=MEMBER.email)
    convener = User.objects.get(email=CONVENER.email)
    asked = Question.objects.filter(author=member, accepted_answer__isnull=False)
    assert asked.exists()
    assert Answer.objects.filter(author=member).exclude(question__author=member).exists()
    assert Reply.objects.filter(author=member).exists()
    assert PeerAssistOffer.objects.filter(person=member, peer_assist__status="requested").exists()
    pinned = Discussion.objects.filter(pinned=True, author=convener, community__code="BCOP")
    assert pinned.exists()
    assert NotificationSetting.objects.filter(person=member).exclude(frequency="immediate")
    assert Notification.objects.filter(recipient=member, read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient=convener).exists()
    assert not Notification.objects.filter(created_at__gt=timezone.now()).exists()


def test_people_follow_what_they_wrote_and_more(demo: str) -> None:
    follows = set(Follow.objects.values_list("person_id", "target_type_id", "target_id"))
    types = ContentType.objects.get_for_models(Question, Discussion, Community, ExpertiseTopic)
    for author, pk in Question.objects.values_list("author_id", "pk"):
        assert (author, types[Question].pk, pk) in follows
    for author, pk in Discussion.objects.values_list("author_id", "pk"):
        assert (author, types[Discussion].pk, pk) in follows
    for author, pk in Reply.objects.values_list("author_id", "discussion_id"):
        assert (author, types[Discussion].pk, pk) in follows
    kinds = Counter(target_type for _, target_type, _ in follows)
    assert kinds[types[Community].pk] >= 20 and kinds[types[ExpertiseTopic].pk] >= 20
    assert NotificationSetting.objects.exclude(frequency="immediate").count() >= 5


def test_contributions_agree_with_the_conversations(demo: str) -> None:
    def logged(kind: str) -> Counter[tuple[int, int, int | None]]:
        return Counter(
            Contribution.objects.filter(kind=kind).values_list(
                "person_id", "target_id", "community_id"
            )
        )

    questions = Question.objects.values_list("author_id", "pk", "community_id")
    assert logged(ContributionKind.QUESTION_ASKED) == Counter(questions)
    answers = Answer.objects.values_list("author_id", "pk", "question__community_id")
    assert logged(ContributionKind.ANSWER_POSTED) == Counter(answers)
    coauthored = Answer.coauthors.through.objects.values_list(
        "user_id", "answer_id", "answer__question__community_id"
    )
    assert logged(ContributionKind.ANSWER_COAUTHORED) == Counter(coauthored)
    credited: Counter[tuple[int, int, int | None]] = Counter()
    for question in Question.objects.filter(accepted_answer__isnull=False).select_related(
        "accepted_answer"
    ):
        answer = question.accepted_answer
        assert answer is not None and answer.author_id is not None
        for person in [answer.author_id, *answer.coauthors.values_list("pk", flat=True)]:
            credited[(person, answer.pk, question.community_id)] += 1
    assert logged(ContributionKind.ANSWER_ACCEPTED) == credited
    marks = HelpfulMark.objects.values_list(
        "person_id", "answer_id", "answer__question__community_id"
    )
    assert logged(ContributionKind.ANSWER_MARKED_HELPFUL) == Counter(marks)
    assert Contribution.objects.filter(kind=ContributionKind.COMMENT_POSTED).count() == (
        Comment.objects.count()
    )
    started = Discussion.objects.values_list("author_id", "pk", "community_id")
    assert logged(ContributionKind.DISCUSSION_STARTED) == Counter(started)
    replies = Reply.objects.values_list("author_id", "pk", "discussion__community_id")
    assert logged(ContributionKind.REPLY_POSTED) == Counter(replies)
    requested = PeerAssist.objects.values_list("requester_id", "pk", "community_id")
    assert logged(ContributionKind.PEER_ASSIST_REQUESTED) == Counter(requested)
    offered = PeerAssistOffer.objects.values_list(
        "person_id", "peer_assist_id", "peer_assist__community_id"
    )
    assert logged(ContributionKind.PEER_ASSIST_OFFERED) == Counter(offered)
    # Each act is logged at the historical moment it happened.
    for kind, model in (
        (ContributionKind.QUESTION_ASKED, Question),
        (ContributionKind.ANSWER_POSTED, Answer),
        (ContributionKind.COMMENT_POSTED, Comment),
        (ContributionKind.REPLY_POSTED, Reply),
        (ContributionKind.PEER_ASSIST_REQUESTED, PeerAssist),
    ):
        written = Counter(model.objects.values_list("pk", "created_at"))  # type: ignore[attr-defined]
        assert (
            Counter(Contribution.objects.filter(kind=kind).values_list("target_id", "occurred_at"))
            == written
        ), kind
    assert not Contribution.objects.filter(occurred_at__gt=timezone.now()).exists()


def test_the_conversations_are_the_same_for_the_same_seed_and_anchor() -> None:
    first, second = demo_plan(anchor=ANCHOR), demo_plan(anchor=ANCHOR)
    assert first.conversations == second.conversations
    other = demo_plan(seed=7, anchor=ANCHOR).conversations
    assert [q.author for q in other.questions] != [q.author for q in first.conversations.questions]
    later = demo_plan(anchor=ANCHOR + timedelta(days=10)).conversations
    assert later.questions[0].asked_at > first.conversations.questions[0].asked_at
    assert [q.key for q in later.questions] == [q.key for q in first.conversations.questions]
