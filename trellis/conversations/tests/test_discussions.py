"""Hot-topic discussions: starting, replying with quotes, pin/lock/close, order, visibility."""

import re
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone

from trellis.communities.models import AuditEntry
from trellis.conversations.models import Discussion, Reply
from trellis.conversations.permissions import can_view_conversations
from trellis.conversations.selectors import discussions as selectors
from trellis.conversations.services import discussions as services
from trellis.conversations.tests.factories import DiscussionFactory, ReplyFactory
from trellis.core.errors import TrellisError
from trellis.notifications.models import Notification, NotificationKind
from trellis.notifications.selectors import is_following
from trellis.notifications.services import follow
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

MEMBERS_TAKE_PART = re.escape(
    "Only members of the community, and those who run it, can take part in its conversations."
)
CONVENERS_MODERATE = re.escape("Only the community's conveners can moderate its conversations.")

pytestmark = pytest.mark.django_db


def start(world, community=None, **fields):
    return services.discussion_create(
        actor=fields.pop("actor", world.member),
        community=community or world.public,
        title=fields.pop("title", "Spending reviews: who has done one?"),
        body=fields.pop("body", "We are starting our first spending review."),
    )


def test_starting_a_discussion_credits_the_author_who_follows_it_and_tells_followers(world):
    follow(person=world.convener, target=world.public)
    discussion = start(world)
    assert Contribution.objects.filter(
        person=world.member, kind=ContributionKind.DISCUSSION_STARTED, target_id=discussion.pk
    ).exists()
    assert is_following(person=world.member, target=discussion)
    notice = Notification.objects.get(recipient=world.convener)
    assert notice.kind == NotificationKind.NEW_DISCUSSION
    assert notice.target == discussion
    assert not Notification.objects.filter(recipient=world.member).exists()


def test_sponsors_following_a_private_community_hear_nothing_of_its_discussions(world):
    follow(person=world.sponsor, target=world.private)
    start(world, world.private)
    assert not Notification.objects.filter(recipient=world.sponsor).exists()


def test_outsiders_cannot_start_a_discussion(world):
    with pytest.raises(PermissionDenied, match=MEMBERS_TAKE_PART):
        start(world, actor=world.outsider)


def test_a_reply_is_credited_moves_the_discussion_up_and_tells_its_followers(world):
    older = DiscussionFactory(community=world.public, last_activity_at=timezone.now())
    discussion = start(world)
    discussion.last_activity_at = timezone.now() - timedelta(days=3)
    discussion.save()
    reply = services.reply_create(actor=world.convener, discussion=discussion, body="Yes, in 2021.")
    assert Contribution.objects.filter(
        person=world.convener, kind=ContributionKind.REPLY_POSTED, target_id=reply.pk
    ).exists()
    assert is_following(person=world.convener, target=discussion)
    notice = Notification.objects.get(recipient=world.member)
    assert notice.kind == NotificationKind.NEW_REPLY
    listed = list(selectors.discussion_list(viewer=world.member, community=world.public))
    assert listed[:2] == [discussion, older]
    assert listed[0].reply_count == 1


def test_pinned_discussions_come_first_then_the_most_recently_active(world):
    now = timezone.now()
    quiet = DiscussionFactory(community=world.public, last_activity_at=now - timedelta(days=9))
    busy = DiscussionFactory(community=world.public, last_activity_at=now)
    services.discussion_moderate(actor=world.convener, discussion=quiet, pinned=True)
    listed = list(selectors.discussion_list(viewer=world.member, community=world.public))
    assert listed == [quiet, busy]
    services.discussion_moderate(actor=world.convener, discussion=quiet, pinned=False)
    listed = list(selectors.discussion_list(viewer=world.member, community=world.public))
    assert listed == [busy, quiet]


def test_a_reply_quotes_another_reply_of_the_same_discussion_only(world):
    discussion = start(world)
    first = services.reply_create(actor=world.convener, discussion=discussion, body="Cash first.")
    second = services.reply_create(
        actor=world.member, discussion=discussion, body="Why cash?", quoted=first
    )
    assert second.quoted == first
    elsewhere = ReplyFactory(discussion=DiscussionFactory(community=world.public))
    with pytest.raises(ValidationError, match="Quote a reply of this discussion") as error:
        services.reply_create(
            actor=world.member, discussion=discussion, body="Hm", quoted=elsewhere
        )
    assert "quoted" in error.value.message_dict


def test_locked_and_closed_discussions_take_no_replies_with_different_reasons(world):
    discussion = start(world)
    services.discussion_moderate(actor=world.convener, discussion=discussion, locked=True)
    with pytest.raises(
        TrellisError, match="A convener has locked this discussion: no new replies for now"
    ) as locked:
        services.reply_create(actor=world.member, discussion=discussion, body="Still?")
    assert "locked" in str(locked.value.message)
    services.discussion_moderate(actor=world.convener, discussion=discussion, locked=False)
    services.discussion_moderate(actor=world.convener, discussion=discussion, closed=True)
    with pytest.raises(
        TrellisError,
        match="This discussion is closed: it has reached its end, so it takes no new replies",
    ) as closed:
        services.reply_create(actor=world.member, discussion=discussion, body="Still?")
    assert "reached its end" in str(closed.value.message)
    services.discussion_moderate(actor=world.convener, discussion=discussion, closed=False)
    services.reply_create(actor=world.member, discussion=discussion, body="Open again.")
    assert Reply.objects.filter(discussion=discussion).count() == 1


def test_only_conveners_pin_lock_and_close(world):
    discussion = start(world)
    for switch in ("pinned", "locked", "closed"):
        with pytest.raises(PermissionDenied, match=CONVENERS_MODERATE):
            services.discussion_moderate(
                actor=world.member, discussion=discussion, **{switch: True}
            )
    services.discussion_moderate(actor=world.admin, discussion=discussion, closed=True)
    assert Discussion.objects.get(pk=discussion.pk).closed


def test_moderating_audits_each_switch_that_changes_and_nothing_else(world):
    discussion = start(world)
    services.discussion_moderate(
        actor=world.convener, discussion=discussion, pinned=True, locked=True, closed=False
    )
    discussion.refresh_from_db()
    assert (discussion.pinned, discussion.locked, discussion.closed) == (True, True, False)
    actions = sorted(AuditEntry.objects.values_list("action", flat=True))
    assert actions == ["discussion.locked", "discussion.pinned"]
    services.discussion_moderate(actor=world.convener, discussion=discussion, pinned=True)
    services.discussion_moderate(actor=world.convener, discussion=discussion, locked=False)
    actions = sorted(AuditEntry.objects.values_list("action", flat=True))
    assert actions == ["discussion.locked", "discussion.pinned", "discussion.unlocked"]
    entry = AuditEntry.objects.get(action="discussion.unlocked")
    assert entry.actor == world.convener and entry.community == world.public
    assert entry.changes == {"discussion": discussion.pk}


@pytest.mark.parametrize("role", ["outsider", "sponsor"])
def test_private_discussions_are_invisible_to_outsiders_and_sponsors(world, role):
    discussion = start(world, world.private)
    start(world, world.public, title="Public one")
    person = world.person(role)
    titles = [d.title for d in selectors.discussion_list(viewer=person)]
    assert titles == ["Public one"]
    # A 404 carries no message (it must not tell that the discussion exists), so the test
    # shows its reason instead: the discussion is there, and the person may not read it.
    assert Discussion.objects.filter(pk=discussion.pk).exists()
    assert not can_view_conversations(person, discussion.community)
    with pytest.raises(Http404):
        selectors.access_discussion(viewer=person, discussion_id=discussion.pk)


def test_hidden_replies_are_shown_only_to_conveners(world):
    discussion = start(world)
    ReplyFactory(discussion=discussion, hidden=True)
    ReplyFactory(discussion=discussion)
    assert selectors.reply_list(viewer=world.member, discussion=discussion).count() == 1
    assert selectors.reply_list(viewer=world.convener, discussion=discussion).count() == 2
