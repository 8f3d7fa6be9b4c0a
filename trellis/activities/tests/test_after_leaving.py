"""Someone who leaves a private community stops getting its activities: their calendar feed
and the registration emails ask whether they may see each activity when they are fetched or
sent, for the person as they are then, not when the feed or the email was made."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from trellis.activities.models import Registration
from trellis.activities.services.feeds import calendar_feed_create
from trellis.activities.services.planning import activity_update
from trellis.communities.models import Membership, Role
from trellis.communities.services import membership_leave, membership_remove
from trellis.communities.tests.factories import RoleAssignmentFactory

from .factories import ActivityFactory

pytestmark = pytest.mark.django_db


def titled(title, **fields):
    return ActivityFactory(title={"en": title, "ru": f"{title} (ru)"}, **fields)


def summaries(response):
    assert response.status_code == 200, response.status_code
    return sorted(
        str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")
    )


def mail_to(person):
    return [message for message in mail.outbox if message.to == [person.email]]


@pytest.mark.parametrize("who", ["member", "convener", "social_reporter"])
def test_the_personal_feed_drops_a_private_activity_once_its_owner_leaves(client, world, who):
    """Visibility is decided at each fetch, for the feed's owner as they are now: leaving the
    private community takes its activities off, even for someone who held a role in it."""
    person = world.convener if who == "convener" else world.member
    if who == "social_reporter":
        RoleAssignmentFactory(
            community=world.private, person=person, role=Role.objects.get(code="social_reporter")
        )
    private = titled("Private meeting", communities=[world.private])
    joint = titled("Joint event", communities=[world.public, world.private])
    for activity in (private, joint):
        Registration.objects.create(activity=activity, person=person, answer="yes")
    url = reverse("activities:personal_ics", args=[calendar_feed_create(person=person).token])
    assert summaries(client.get(url)) == ["Joint event", "Private meeting"]

    membership_leave(person=person, community=world.private)

    assert summaries(client.get(url)) == ["Joint event"]


def test_the_personal_feed_drops_a_private_activity_once_a_convener_removes_its_owner(
    client, world
):
    private = titled("Private meeting", communities=[world.private])
    Registration.objects.create(activity=private, person=world.member, answer="yes")
    url = reverse("activities:personal_ics", args=[calendar_feed_create(person=world.member).token])
    assert summaries(client.get(url)) == ["Private meeting"]

    membership_remove(
        actor=world.convener,
        membership=Membership.objects.get(person=world.member, community=world.private),
    )

    assert summaries(client.get(url)) == []


def test_a_sponsor_keeps_a_private_communitys_activities_without_being_a_member(client, world):
    private = titled("Private meeting", communities=[world.private])
    Registration.objects.create(activity=private, person=world.sponsor, answer="yes")
    url = reverse(
        "activities:personal_ics", args=[calendar_feed_create(person=world.sponsor).token]
    )
    assert summaries(client.get(url)) == ["Private meeting"]


def test_who_has_left_the_private_community_hears_no_more_of_its_activities(
    world, django_capture_on_commit_callbacks
):
    """Whether the registrant may still see the activity is asked when the email goes."""
    start = datetime(timezone.now().year + 1, 1, 15, 9, 0, tzinfo=UTC)
    activity = titled(
        "Private meeting",
        communities=[world.private],
        starts_at=start,
        ends_at=start + timedelta(hours=3),
    )
    for person in (world.member, world.convener):
        Registration.objects.create(activity=activity, person=person, answer="yes")
    membership_leave(person=world.member, community=world.private)

    with django_capture_on_commit_callbacks(execute=True):
        activity_update(actor=world.convener, activity=activity, venue="Hotel Union")

    assert mail_to(world.member) == []
    [message] = mail_to(world.convener)
    assert "Hotel Union" in message.body
