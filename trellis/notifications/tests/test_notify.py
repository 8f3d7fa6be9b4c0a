"""`notify`: who receives a notice, and whether it comes by email at once."""

from typing import Any

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.notifications.models import (
    Frequency,
    Notification,
    NotificationKind,
    NotificationSetting,
)
from trellis.notifications.services import notify
from trellis.notifications.tests.conftest import body_of

pytestmark = pytest.mark.django_db


def recipients_of(notifications):
    return {notification.recipient for notification in notifications}


def test_a_private_community_reaches_only_its_members_and_those_who_run_it(world, on_commit):
    with on_commit():
        notices = notify(
            recipients=[world.member, world.sponsor, world.outsider, world.admin, world.convener],
            kind=NotificationKind.NEW_QUESTION,
            actor=world.convener,
            target=world.private,
            community=world.private,
        )
    assert recipients_of(notices) == {world.member, world.admin}
    assert not Notification.objects.filter(recipient__in=[world.sponsor, world.outsider]).exists()


def test_a_public_community_reaches_anyone_but_the_actor(world):
    notices = notify(
        recipients=[world.member, world.sponsor, world.outsider, world.member],
        kind="new_answer",
        actor=world.member,
        target=world.public,
        community=world.public,
    )
    assert recipients_of(notices) == {world.sponsor, world.outsider}
    assert len(notices) == 2


def test_network_wide_notices_skip_inactive_people(world):
    gone: Any = UserFactory(email="gone@example.org", is_active=False)
    notices = notify(
        recipients=[world.outsider, gone],
        kind=NotificationKind.MENTIONED,
        actor=None,
        target=world.public,
        community=None,
    )
    assert recipients_of(notices) == {world.outsider}
    assert notices[0].actor is None


def test_a_kind_wanted_at_once_is_emailed_at_once(world, smtp, on_commit):
    with on_commit():
        [notice] = notify(
            recipients=[world.member],
            kind=NotificationKind.MENTIONED,
            actor=world.convener,
            target=world.private,
            community=world.private,
        )
    [message] = smtp.to(world.member)
    assert "Convener Person mentioned you" in message["Subject"]
    body = body_of(message)
    assert f"/notifications/{notice.pk}/" in body
    assert message["List-Unsubscribe"].strip().startswith("<http://")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # On the wire the address is plain text (folded at most), as mail clients expect it.
    assert (
        b"List-Unsubscribe: \r\n <http://127.0.0.1:8000/notifications/unsubscribe/" in (smtp.raw[0])
    )
    notice.refresh_from_db()
    assert notice.emailed_at is not None


def test_a_digest_kind_waits_and_an_off_kind_is_never_emailed(world, smtp, on_commit):
    NotificationSetting.objects.create(
        person=world.member, kind=NotificationKind.MENTIONED, frequency=Frequency.OFF
    )
    with on_commit():
        for kind in (NotificationKind.NEW_QUESTION, NotificationKind.MENTIONED):
            notify(
                recipients=[world.member],
                kind=kind,
                actor=world.convener,
                target=world.public,
                community=world.public,
            )
    assert smtp.messages == []
    assert Notification.objects.filter(recipient=world.member, emailed_at=None).count() == 2


def test_a_person_may_ask_for_a_digest_kind_at_once(world, smtp, on_commit):
    NotificationSetting.objects.create(
        person=world.outsider, kind=NotificationKind.NEW_REPLY, frequency=Frequency.IMMEDIATE
    )
    with on_commit():
        notify(
            recipients=[world.outsider, world.member],
            kind=NotificationKind.NEW_REPLY,
            actor=None,
            target=world.public,
            community=world.public,
        )
    assert [message["To"] for message in smtp.messages] == [world.outsider.email]


def test_the_email_is_in_the_recipients_language(world, smtp, on_commit):
    world.member.preferred_language = "ru"
    world.member.save()
    with on_commit():
        notify(
            recipients=[world.member],
            kind=NotificationKind.EXPERT_INVITED,
            actor=world.convener,
            target=world.public,
            community=world.public,
        )
    [message] = smtp.to(world.member)
    assert message["Content-Language"] == "ru"
    # The community's own name, in Russian: the target is named in the reader's language.
    assert "Сообщество PUB" in body_of(message)
