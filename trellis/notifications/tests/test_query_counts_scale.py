"""The notifications list, its API and the header's unread count run the same number of queries
for a person with a few notices and with ten times as many, for every role (issue #9, point 4);
and the list keeps its order (unread first, newest first) on every page.

The pattern and the helpers are those of trellis/tests/test_query_counts_scale.py.
"""

from dataclasses import dataclass, field
from itertools import count

import pytest
from django.urls import reverse

from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.communities.tests.factories import CommunityFactory
from trellis.conftest import World
from trellis.conversations.tests.factories import DiscussionFactory, QuestionFactory
from trellis.notifications.models import Notification, NotificationKind
from trellis.notifications.selectors import notification_list, unread_count
from trellis.notifications.services import notifications_mark_read, notify
from trellis.tests.queries import cold_queries
from trellis.tests.test_query_counts_scale import Target, queries_stay_flat

pytestmark = pytest.mark.django_db

# Each row is four notices to each signed-in role, of targets of four types: more than a page.
SMALL = 10


@dataclass
class NoticeScene:
    world: World
    shown: dict[str, str] = field(default_factory=dict)
    serial: count = field(default_factory=count)

    def grow(self, rows: int) -> None:
        """Notices about a question, a discussion, a community and a topic, from new actors;
        every other batch is read, so both parts of the list grow."""
        world = self.world
        recipients = [world.member, world.convener, world.admin]
        for _row in range(rows):
            n = next(self.serial)
            name = f"Scale Actor {n}"
            actor = UserFactory(full_name=name)
            targets = [
                QuestionFactory(community=world.public, author=actor),
                DiscussionFactory(community=world.public, author=actor),
                CommunityFactory(),
                ExpertiseTopicFactory(slug=f"scale-topic-{n}"),
            ]
            batch: list[Notification] = []
            for target in targets:
                batch += notify(
                    recipients=recipients,
                    kind=NotificationKind.NEW_QUESTION,
                    actor=actor,
                    target=target,
                    community=world.public,
                )
            if n % 2:
                for person in recipients:
                    notifications_mark_read(
                        person=person,
                        ids=[notice.pk for notice in batch if notice.recipient_id == person.pk],
                    )
            else:
                self.shown["actor"] = name


TARGETS = [
    Target("notifications", lambda s: reverse("notifications:index"), "actor"),
    Target("notifications, second page", lambda s: reverse("notifications:index") + "?page=2"),
    Target("api notifications", lambda s: "/api/v1/notifications", "actor"),
    Target("api unread notifications", lambda s: "/api/v1/notifications?unread=true", "actor"),
    Target("api notifications, second page", lambda s: "/api/v1/notifications?page=2&page_size=20"),
]


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_queries_do_not_grow_with_the_notices(world, client, target):
    queries_stay_flat(client, NoticeScene(world), target, small=SMALL)


def test_the_header_count_is_one_query_however_many_notices(world):
    scene = NoticeScene(world)
    scene.grow(1)
    with cold_queries() as few:
        unread_few = unread_count(viewer=world.member)
    scene.grow(10)
    with cold_queries() as many:
        unread_many = unread_count(viewer=world.member)
    assert (unread_few, unread_many) == (4, 24)
    assert len(few) == len(many) == 1


def test_every_page_lists_unread_first_then_newest_first(world):
    """The order comes from an index over a column the database keeps from read_at: it must
    follow a notice that is read later, and hold across pages."""
    scene = NoticeScene(world)
    scene.grow(6)
    first_unread = notification_list(viewer=world.member).filter(read_at__isnull=True).last()
    notifications_mark_read(person=world.member, ids=[first_unread.pk])
    expected = sorted(
        Notification.objects.filter(recipient=world.member),
        key=lambda notice: (notice.read_at is not None, -notice.created_at.timestamp(), -notice.pk),
    )
    listed = notification_list(viewer=world.member)
    assert [notice.pk for notice in listed[:7]] + [notice.pk for notice in listed[7:100]] == [
        notice.pk for notice in expected
    ]
    assert first_unread.pk in [notice.pk for notice in expected if notice.read_at is not None]
