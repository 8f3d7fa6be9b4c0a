"""Daily and weekly digests: content, language, grouping, what is waiting, idempotence."""

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from trellis.accounts.tests.factories import ExpertiseTopicFactory
from trellis.notifications.digests import DigestItem, digests_send, register_waiting_section
from trellis.notifications.models import (
    DigestRecord,
    Frequency,
    Notification,
    NotificationKind,
    NotificationSetting,
)
from trellis.notifications.services import notify
from trellis.notifications.tests.conftest import body_of, unsubscribe_link

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def notice(world, kind, *, to=None, target=None, community=None, hours_ago=2):
    [notification] = notify(
        recipients=[to or world.member],
        kind=kind,
        actor=world.convener,
        target=target or world.public,
        community=community,
    )
    Notification.objects.filter(pk=notification.pk).update(
        created_at=NOW - timedelta(hours=hours_ago)
    )
    return notification


def test_the_daily_digest_groups_whats_new_by_kind_with_links(world, smtp):
    question = notice(world, NotificationKind.NEW_QUESTION, community=world.public)
    notice(world, NotificationKind.NEW_QUESTION, target=world.private, community=world.private)
    reply = notice(world, NotificationKind.NEW_REPLY, target=ExpertiseTopicFactory(slug="audit"))

    run = digests_send(frequency=Frequency.DAILY, now=NOW)

    assert run.sent == 1
    [message] = smtp.to(world.member)
    assert message["Subject"] == "Your daily Trellis digest"
    body = body_of(message)
    questions_at = body.index("New questions where I follow")
    replies_at = body.index("Replies in discussions I follow")
    assert questions_at < body.index("Community PUB") < body.index("Community PRIV") < replies_at
    assert f"/notifications/{question.pk}/" in body
    assert f"/notifications/{reply.pk}/" in body
    assert "2 Mar 2026" in body
    assert "unsubscribe" in unsubscribe_link(message)
    assert not Notification.objects.filter(recipient=world.member, emailed_at=None).exists()
    assert DigestRecord.objects.get(person=world.member, frequency="daily").sent_at == NOW


def test_the_digest_is_in_the_recipients_language(world, smtp):
    world.member.preferred_language = "ru"
    world.member.save()
    notice(world, NotificationKind.NEW_DISCUSSION, community=world.public)

    digests_send(frequency=Frequency.DAILY, now=NOW)

    [message] = smtp.to(world.member)
    assert message["Content-Language"] == "ru"
    body = body_of(message)
    assert "2 марта 2026" in body
    assert "Сообщество PUB" in body


def test_what_is_waiting_comes_after_whats_new(world, smtp):
    seen = []

    def questions_you_could_answer(person, since):
        seen.append((person, since))
        return [DigestItem("How to plan a medium-term budget?", "/questions/7/", "Budget CoP")]

    register_waiting_section(questions_you_could_answer, heading="Questions you could answer")
    notice(world, NotificationKind.NEW_ANSWER, community=world.public)

    digests_send(frequency=Frequency.DAILY, now=NOW)

    body = body_of(smtp.to(world.member)[0])
    assert body.index("WHAT IS NEW") < body.index("WHAT IS WAITING FOR YOU")
    assert "Questions you could answer" in body
    assert "How to plan a medium-term budget? (Budget CoP)" in body
    assert "http://127.0.0.1:8000/questions/7/" in body
    assert (world.member, NOW - timedelta(days=1)) in seen


def test_waiting_items_alone_make_a_digest(world, smtp):
    register_waiting_section(
        lambda person, since: (
            [DigestItem("Waiting question", "/q/1/")] if person == world.member else []
        )
    )
    assert digests_send(frequency=Frequency.DAILY, now=NOW).sent == 1
    assert "Waiting question" in body_of(smtp.to(world.member)[0])


def test_nothing_to_say_sends_nothing(world, smtp):
    register_waiting_section(lambda person, since: [])
    old = notice(world, NotificationKind.NEW_QUESTION, community=world.public, hours_ago=30)

    run = digests_send(frequency=Frequency.DAILY, now=NOW)

    assert run.sent == 0
    assert smtp.messages == []
    assert not DigestRecord.objects.exists()
    old.refresh_from_db()
    assert old.emailed_at is None


def test_running_twice_sends_once(world, smtp):
    register_waiting_section(lambda person, since: [DigestItem("Always waiting", "/q/1/")])
    notice(world, NotificationKind.NEW_QUESTION, community=world.public)

    digests_send(frequency=Frequency.DAILY, now=NOW)
    first = len(smtp.messages)
    again = digests_send(frequency=Frequency.DAILY, now=NOW + timedelta(minutes=5))

    assert again.sent == 0
    assert len(smtp.messages) == first
    # The next day, the next digest starts where the last one ended.
    notice(world, NotificationKind.NEW_QUESTION, community=world.public, hours_ago=-20)
    tomorrow = digests_send(frequency=Frequency.DAILY, now=NOW + timedelta(days=1))
    assert tomorrow.sent == first
    assert "New questions where I follow" in body_of(smtp.to(world.member)[-1])


def test_only_kinds_set_to_that_frequency_and_only_unread(world, smtp):
    NotificationSetting.objects.create(
        person=world.member, kind=NotificationKind.NEW_REPLY, frequency=Frequency.WEEKLY
    )
    NotificationSetting.objects.create(
        person=world.member, kind=NotificationKind.NEW_ANSWER, frequency=Frequency.OFF
    )
    notice(world, NotificationKind.NEW_QUESTION, community=world.public)
    weekly = notice(world, NotificationKind.NEW_REPLY, community=world.public)
    notice(world, NotificationKind.NEW_ANSWER, community=world.public)
    read = notice(world, NotificationKind.NEW_COMMENT, community=world.public)
    Notification.objects.filter(pk=read.pk).update(read_at=NOW)

    digests_send(frequency=Frequency.DAILY, now=NOW)
    daily_body = body_of(smtp.to(world.member)[0])
    assert "New questions where I follow" in daily_body
    assert "Replies in discussions I follow" not in daily_body
    assert "Answers to questions I asked or follow" not in daily_body
    assert "Comments on my posts" not in daily_body

    digests_send(frequency=Frequency.WEEKLY, now=NOW)
    [weekly_message] = smtp.to(world.member)[1:]
    assert weekly_message["Subject"] == "Your weekly Trellis digest"
    assert f"/notifications/{weekly.pk}/" in body_of(weekly_message)


def test_a_digest_leaves_out_a_private_community_the_person_left(world, smtp):
    notice(world, NotificationKind.NEW_QUESTION, target=world.private, community=world.private)
    world.member.memberships.filter(community=world.private).update(state="left")

    assert digests_send(frequency=Frequency.DAILY, now=NOW).sent == 0
    assert smtp.messages == []


def test_the_command_sends_and_reports(world, smtp):
    notify(
        recipients=[world.member],
        kind=NotificationKind.NEW_QUESTION,
        actor=None,
        target=world.public,
        community=world.public,
    )
    out = StringIO()
    call_command("send_digests", "--frequency", "daily", stdout=out)
    assert "daily digests sent: 1" in out.getvalue()
    assert len(smtp.to(world.member)) == 1
    with pytest.raises(CommandError, match="invalid choice: 'hourly'"):
        call_command("send_digests", "--frequency", "hourly")


def test_one_failure_does_not_stop_the_others(world, smtp):

    def broken_for_the_outsider(person, since):
        if person == world.outsider:
            raise RuntimeError("a section's bug")
        return [DigestItem("Waiting", "/q/1/")]

    register_waiting_section(broken_for_the_outsider)
    run = digests_send(frequency=Frequency.DAILY, now=NOW)
    assert run.failed == 1
    assert run.sent == 4  # member, convener, sponsor and admin
    assert smtp.to(world.outsider) == []


def test_a_long_digest_lists_the_first_and_links_to_the_rest(world, smtp, monkeypatch):
    from trellis.notifications import digests

    monkeypatch.setattr(digests, "MAX_ITEMS", 2)
    for hours_ago in (5, 4, 3, 2):
        notice(world, NotificationKind.NEW_QUESTION, community=world.public, hours_ago=hours_ago)

    digests_send(frequency=Frequency.DAILY, now=NOW)

    body = body_of(smtp.to(world.member)[0])
    assert body.count("Convener Person asked a question") == 2
    assert "And 2 more notifications in Trellis: http://127.0.0.1:8000/notifications/" in body
    assert not Notification.objects.filter(emailed_at=None).exists()
