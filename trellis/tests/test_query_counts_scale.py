"""Every page and API list runs the same number of queries on a small network and on one with
ten times the rows: a count that grows with the data is an N+1 that a large network pays on every
request (issue #9, point 4).

Each test builds the shared `world`, adds `SMALL` rows of every kind, counts the queries of one
request for each role (visitor, member, convener, network admin: each sees other rows), adds
ten times as many rows and counts again. Each counted request follows an uncounted one, as on a
running server whose per-process caches (content types) are warm, and the cache is cleared just
before it, so a cached answer cannot hide a query that grows. Each page must also show the
latest row added, so a page that lists nothing cannot pass by being cheap.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from trellis.accounts.models import ProfileVisibility
from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.activities.models import (
    ActivityContributor,
    ActivityMaterial,
    ActivityStatus,
    ContributorRole,
    Registration,
    RegistrationAnswer,
)
from trellis.activities.tests.factories import (
    ActivityFactory,
    ActivityTypeFactory,
    AgendaItemFactory,
)
from trellis.communities.models import Stakeholder, StakeholderKind, Visibility
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)
from trellis.conftest import World
from trellis.conversations.models import Comment, HelpfulMark, PeerAssistOffer
from trellis.conversations.tests.factories import (
    AnswerFactory,
    DiscussionFactory,
    PeerAssistFactory,
    QuestionFactory,
    ReplyFactory,
)
from trellis.notifications.models import NotificationKind
from trellis.notifications.services import notify
from trellis.tests.queries import cold_queries, warm_up

pytestmark = pytest.mark.django_db

ROLES = ["visitor", "member", "convener", "admin"]
SMALL = 1


def activity_start() -> datetime:
    """Noon on the 12th of next month: upcoming, and inside the month the month view shows."""
    first = (timezone.now().date().replace(day=1) + timedelta(days=32)).replace(day=1)
    return datetime(first.year, first.month, 12, 12, tzinfo=UTC)


@dataclass
class Scene:
    """The world plus one subject of each detail page; `grow` adds rows around them."""

    world: World
    activity: Any = None
    question: Any = None
    discussion: Any = None
    shown: dict[str, str] = field(default_factory=dict)
    serial: count = field(default_factory=count)

    def grow(self, rows: int) -> None:
        """Add `rows` rows of each kind, in the public community and (for visibility) the
        private one; remember the titles of public ones so a page can be seen to show them."""
        world = self.world
        public, private = world.public, world.private
        for row in range(rows):
            n = next(self.serial)
            if row == 0:
                # Replies are listed oldest first: the first of a batch is on the first page.
                self.shown["reply"] = f"Scale reply {n}"
            # Every third person shows their profile to visitors too; the others to the network.
            visibility = ProfileVisibility.PUBLIC if n % 3 == 0 else ProfileVisibility.NETWORK
            name = f"Scale Person {n}"
            person = UserFactory(full_name=name, profile_visibility=visibility)
            topic = ExpertiseTopicFactory(slug=f"scale-topic-{n % 4}")
            person.expertise.add(topic)
            MembershipFactory(community=public, person=person)
            if n % 2:
                MembershipFactory(community=private, person=person)
            community_name = f"Scale community {n}"
            community = CommunityFactory(
                visibility=Visibility.PRIVATE if n % 2 else Visibility.PUBLIC,
                name={"en": community_name, "ru": f"Сообщество {n}"},
            )
            MembershipFactory(community=community, person=world.member)
            MembershipFactory(community=community, person=person)
            for home in (public, private):
                self.grow_community(home, person, topic, n)
            # An activity across communities, one of which some viewers do not see.
            ActivityFactory(
                activity_type=ActivityTypeFactory(slug="workshop"),
                communities=[public, community],
                starts_at=activity_start() + timedelta(days=2, minutes=n),
            )
            self.grow_subjects(person, n)
            if visibility == ProfileVisibility.PUBLIC:
                self.shown["person"] = name
            if community.visibility == Visibility.PUBLIC:
                self.shown["community"] = community_name
            self.shown |= {
                "actor": name,
                "activity": f"Scale workshop {n} PUB",
                "question": f"Scale question {n} PUB",
                "discussion": f"Scale discussion {n} PUB",
                "assist": f"Scale assist {n} PUB",
                "answer": f"Scale answer {n}",
                "material": f"Scale material {n}",
                "stakeholder": f"Scale stakeholder {n}",
            }

    def grow_community(self, home: Any, person: Any, topic: Any, n: int) -> None:
        """An activity, a question, a discussion, a peer assist and an agenda item of one
        community, each with the people and replies its list row may show."""
        convener = self.world.convener
        activity = ActivityFactory(
            activity_type=ActivityTypeFactory(slug="workshop"),
            communities=[home],
            # The latest added starts soonest, so it is on the list's first page.
            starts_at=activity_start() - timedelta(minutes=n),
            title={"en": f"Scale workshop {n} {home.code}", "ru": f"Семинар {n}"},
        )
        Registration.objects.create(activity=activity, person=person, answer=RegistrationAnswer.YES)
        # Drafts are seen by those who run the community's activities only.
        ActivityFactory(
            activity_type=ActivityTypeFactory(slug="workshop"),
            communities=[home],
            status=ActivityStatus.DRAFT,
            starts_at=activity_start() + timedelta(days=1, minutes=n),
        )
        question = QuestionFactory(
            community=home, author=person, title=f"Scale question {n} {home.code}"
        )
        question.topics.add(topic)
        accepted = AnswerFactory(question=question, author=convener)
        if n % 2:
            question.accepted_answer = accepted
            question.save(update_fields=["accepted_answer"])
        # A question to the whole network, and a hidden one only moderators see.
        QuestionFactory(community=None, author=person, title=f"Network question {n}")
        QuestionFactory(community=home, author=person, hidden=True)
        discussion = DiscussionFactory(
            community=home, author=person, title=f"Scale discussion {n} {home.code}"
        )
        ReplyFactory(discussion=discussion, author=convener)
        DiscussionFactory(community=home, author=person, hidden=True)
        self.notices(person, [question, discussion, home], home)
        assist = PeerAssistFactory(
            community=home, requester=person, title=f"Scale assist {n} {home.code}"
        )
        PeerAssistOffer.objects.create(peer_assist=assist, person=convener)
        AgendaItemFactory(community=home)

    def grow_subjects(self, person: Any, n: int) -> None:
        """What the detail pages list: registrations, answers with their comments, coauthors
        and helpful marks, comments on the question, replies."""
        world = self.world
        Registration.objects.create(
            activity=self.activity, person=person, answer=RegistrationAnswer.YES
        )
        ActivityContributor.objects.create(
            activity=self.activity, person=person, role=ContributorRole.SPEAKER
        )
        ActivityMaterial.objects.create(
            activity=self.activity,
            title=f"Scale material {n}",
            url=f"https://example.org/{n}",
            added_by=person,
        )
        ActivityFactory(
            parent=self.activity,
            communities=[world.public],
            starts_at=activity_start() + timedelta(hours=n),
        )
        Stakeholder.objects.create(
            community=world.public,
            kind=StakeholderKind.STAKEHOLDER,
            name=f"Scale stakeholder {n}",
            person=person,
        )
        if n % 2:
            RoleAssignmentFactory(community=world.public, person=person)
        answer = AnswerFactory(question=self.question, author=person, body=f"Scale answer {n}")
        answer.coauthors.add(world.member)
        HelpfulMark.objects.create(answer=answer, person=world.convener)
        Comment.objects.create(answer=answer, author=person, body="Over which horizon?")
        Comment.objects.create(question=self.question, author=person, body="Since when?")
        ReplyFactory(discussion=self.discussion, author=person, body=f"Scale reply {n}")
        ReplyFactory(discussion=self.discussion, author=person, hidden=True)
        self.notices(person, [answer, self.question, self.discussion], world.public)

    def notices(self, actor: Any, targets: list[Any], community: Any) -> None:
        """Notices to every signed-in role about targets of several types."""
        world = self.world
        for target in targets:
            notify(
                recipients=[world.member, world.convener, world.admin],
                kind=NotificationKind.NEW_QUESTION,
                actor=actor,
                target=target,
                community=community,
            )


def scene_build(world: World) -> Scene:
    scene = Scene(world)
    scene.activity = ActivityFactory(
        communities=[world.public],
        starts_at=activity_start(),
        title={"en": "Subject", "ru": "Тема"},
    )
    scene.question = QuestionFactory(community=world.public, author=world.member)
    scene.discussion = DiscussionFactory(community=world.public, author=world.member)
    return scene


@dataclass(frozen=True)
class Target:
    name: str
    url: Callable[[Scene], str]
    shows: str = ""
    """The kind of row whose latest addition the page lists (on its first page)."""
    visitors_see_rows: bool = True


def month_url(scene: Scene) -> str:
    return reverse("activities:month") + f"?month={activity_start():%Y-%m}"


TARGETS = [
    # Signed in, the home is the person's own page: what it lists is checked, on this scene, by
    # trellis/communities/tests/test_home_queries.py (the visitors' communities there too).
    Target("home", lambda s: reverse("communities:home")),
    Target("community list", lambda s: reverse("communities:list"), "community"),
    Target(
        "community page",
        lambda s: reverse("communities:detail", args=[s.world.public.slug]),
        "stakeholder",
    ),
    Target(
        "members list",
        lambda s: reverse("communities:members", args=[s.world.public.slug]),
        "person",
    ),
    Target("activities list", lambda s: reverse("activities:calendar"), "activity"),
    Target("activities month", month_url, "activity"),
    Target(
        "activity detail",
        lambda s: reverse("activities:detail", args=[s.activity.pk]),
        "material",
    ),
    Target("questions list", lambda s: reverse("conversations:question_list"), "question"),
    Target(
        "question detail",
        lambda s: reverse("conversations:question_detail", args=[s.question.pk]),
        "answer",
    ),
    Target(
        "discussions list",
        lambda s: reverse("conversations:discussion_list", args=[s.world.public.slug]),
        "discussion",
    ),
    Target(
        "discussion detail",
        lambda s: reverse(
            "conversations:discussion_detail", args=[s.world.public.slug, s.discussion.pk]
        ),
        "reply",
    ),
    Target(
        "peer assists list",
        lambda s: reverse("conversations:peer_assist_list", args=[s.world.public.slug]),
        "assist",
    ),
    Target("people directory", lambda s: reverse("accounts:directory") + "?country=AL", "person"),
    Target(
        "people of a community",
        lambda s: reverse("accounts:directory") + f"?community={s.world.public.slug}&language=en",
        "person",
    ),
    Target("profile", lambda s: reverse("accounts:profile", args=[s.world.member.pk]), "community"),
    Target("notifications", lambda s: reverse("notifications:index"), "actor"),
    Target("api communities", lambda s: "/api/v1/communities", "community"),
    Target("api activities", lambda s: "/api/v1/activities", "activity"),
    Target("api questions", lambda s: "/api/v1/questions", "question"),
    Target("api people", lambda s: "/api/v1/people", "person"),
    Target("api discussions", lambda s: "/api/v1/discussions", "discussion"),
    Target("api notifications", lambda s: "/api/v1/notifications", "actor"),
]


def queries_of(client: Any, scene: Scene, role: str, target: Target) -> tuple[list[str], Any]:
    """The queries of one request, after an uncounted one has filled the per-process caches
    (content types, translations) that a running server keeps warm."""
    client.logout()
    person = scene.world.person(role)
    if person is not None:
        client.force_login(person)
    path = target.url(scene)
    warm_up(client, path)
    cache.clear()
    with cold_queries() as queries:
        response = client.get(path)
    return [query["sql"] for query in queries.captured_queries], response


SIGNED_IN = tuple(role for role in ROLES if role != "visitor")


def queries_stay_flat(
    client: Any,
    scene: Any,
    target: Target,
    *,
    grow: Callable[[int], None] | None = None,
    small: int = SMALL,
    must_answer: tuple[str, ...] = SIGNED_IN,
) -> None:
    """The check every app's query-count test makes: each role asks for the page on a small
    network (`small` rows of each kind) and again after ten times the rows were added; the page
    answers each role as it did (with a 200 for the roles in `must_answer`), lists the latest
    row it shows (unless visitors do not see rows), and runs the same number of queries."""
    grow = grow or scene.grow
    grow(small)
    small_sql, small_status = {}, {}
    for role in ROLES:
        small_sql[role], response = queries_of(client, scene, role, target)
        small_status[role] = response.status_code
    grow(small * 10)
    large_sql = {}
    for role in ROLES:
        large_sql[role], response = queries_of(client, scene, role, target)
        seen = f"{target.name} as {role}"
        assert response.status_code == small_status[role], f"{seen}: {response.status_code}"
        if role in must_answer:
            assert response.status_code == 200, f"{seen}: {response.status_code}"
        if (
            target.shows
            and response.status_code == 200
            and (role != "visitor" or target.visitors_see_rows)
        ):
            assert scene.shown[target.shows] in response.content.decode(), (
                f"{seen} does not show the rows just added"
            )
    few = {role: len(sql) for role, sql in small_sql.items()}
    many = {role: len(sql) for role, sql in large_sql.items()}
    assert many == few, (
        f"{target.name}: queries with few rows {few}, with ten times {many}; "
        f"{query_difference(small_sql, large_sql)}"
    )


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_queries_do_not_grow_with_the_data(world, client, target):
    queries_stay_flat(client, scene_build(world), target)


def query_difference(small: dict[str, list[str]], large: dict[str, list[str]]) -> str:
    """The first role whose queries differ, and the queries only one of the runs made."""
    for role in ROLES:
        if len(small[role]) != len(large[role]):
            few, many = set(small[role]), set(large[role])
            only_few = [sql[:300] for sql in small[role] if sql not in many]
            only_many = [sql[:300] for sql in large[role] if sql not in few]
            return f"as {role}, only with few rows: {only_few}; only with many: {only_many}"
    return ""
