"""iCalendar feeds: per community, and a person's registrations at a secret, revocable address."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from trellis.activities.models import ActivityStatus, CalendarFeed, Registration
from trellis.activities.services.feeds import calendar_feed_create, calendar_feed_revoke

from .factories import ActivityFactory

pytestmark = pytest.mark.django_db


def summaries(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return sorted(
        str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")
    )


def titled(title, **fields):
    return ActivityFactory(title={"en": title, "ru": f"{title} (ru)"}, **fields)


def test_a_public_community_feed_is_public(client, world):
    titled("Budget webinar", communities=[world.public])
    titled("Private meeting", communities=[world.private])
    titled("Draft", communities=[world.public], status=ActivityStatus.DRAFT)
    response = client.get(reverse("activities:community_ics", args=[world.public.slug]))
    assert summaries(response) == ["Budget webinar"]
    assert 'filename="public-cop.ics"' in response["Content-Disposition"]


def test_a_private_community_feed_is_for_its_members_only(client, world):
    titled("Private meeting", communities=[world.private])
    url = reverse("activities:community_ics", args=[world.private.slug])
    assert client.get(url).status_code == 404
    client.force_login(world.outsider)
    assert client.get(url).status_code == 404
    client.force_login(world.member)
    assert summaries(client.get(url)) == ["Private meeting"]


def test_a_community_feed_leaves_out_what_ended_over_a_year_ago(client, world):
    long_ago = timezone.now() - timedelta(days=400)
    titled("Old", communities=[world.public], starts_at=long_ago, ends_at=long_ago)
    recent = timezone.now() - timedelta(days=30)
    titled("Recent", communities=[world.public], starts_at=recent, ends_at=recent)
    response = client.get(reverse("activities:community_ics", args=[world.public.slug]))
    assert summaries(response) == ["Recent"]


def test_the_personal_feed_lists_exactly_the_persons_yes_and_maybe(client, world):
    going = titled("Going", communities=[world.public])
    maybe = titled("Maybe", communities=[world.private])
    declined = titled("Declined", communities=[world.public])
    withdrawn = titled("Withdrawn", communities=[world.public])
    titled("Not registered", communities=[world.public])
    others = titled("Someone else's", communities=[world.public])
    Registration.objects.create(activity=going, person=world.member, answer="yes")
    Registration.objects.create(activity=maybe, person=world.member, answer="maybe")
    Registration.objects.create(activity=declined, person=world.member, answer="no")
    Registration.objects.create(
        activity=withdrawn, person=world.member, answer="yes", state="cancelled"
    )
    Registration.objects.create(activity=others, person=world.convener, answer="yes")
    feed = calendar_feed_create(person=world.member)

    response = client.get(reverse("activities:personal_ics", args=[feed.token]))
    assert summaries(response) == ["Going", "Maybe"]
    assert response["Cache-Control"] == "private, no-cache"


def test_the_personal_feed_is_in_the_persons_own_language(client, world):
    world.member.preferred_language = "ru"
    world.member.save()
    going = titled("Going", communities=[world.public])
    Registration.objects.create(activity=going, person=world.member, answer="yes")
    feed = calendar_feed_create(person=world.member)
    response = client.get(reverse("activities:personal_ics", args=[feed.token]))
    assert summaries(response) == ["Going (ru)"]


def test_revoking_the_feed_makes_its_address_404_and_a_new_one_gets_a_new_secret(client, world):
    feed = calendar_feed_create(person=world.member)
    old_url = reverse("activities:personal_ics", args=[feed.token])
    assert client.get(old_url).status_code == 200

    replacement = calendar_feed_create(person=world.member)
    assert replacement.token != feed.token
    assert client.get(old_url).status_code == 404
    new_url = reverse("activities:personal_ics", args=[replacement.token])
    assert client.get(new_url).status_code == 200
    assert CalendarFeed.objects.filter(person=world.member, revoked_at__isnull=True).count() == 1

    assert calendar_feed_revoke(person=world.member) == 1
    assert client.get(new_url).status_code == 404
    assert calendar_feed_revoke(person=world.member) == 0


def test_an_unknown_address_is_404(client, world):
    assert client.get(reverse("activities:personal_ics", args=["not-a-token"])).status_code == 404


def test_the_feed_page_creates_and_revokes_the_address(client, world):
    url = reverse("activities:feed")
    assert "/accounts/login/" in client.get(url)["Location"]
    client.force_login(world.member)
    page = client.get(url).content.decode()
    assert "Create my calendar address" in page
    assert f"/communities/{world.private.slug}/activities.ics" in page
    assert f"/communities/{world.public.slug}/activities.ics" in page

    assert client.post(url, {"action": "create"}).status_code == 302
    feed = CalendarFeed.objects.get(person=world.member, revoked_at__isnull=True)
    page = client.get(url).content.decode()
    assert f"/calendar/{feed.token}.ics" in page
    assert 'data-confirm="Revoke your calendar address?' in page

    client.post(url, {"action": "revoke"})
    assert not CalendarFeed.objects.filter(person=world.member, revoked_at__isnull=True).exists()
    assert client.get(reverse("activities:personal_ics", args=[feed.token])).status_code == 404


def test_the_feed_page_shows_outsiders_only_public_community_feeds(client, world):
    client.force_login(world.outsider)
    page = client.get(reverse("activities:feed")).content.decode()
    assert f"/communities/{world.public.slug}/activities.ics" in page
    assert world.private.slug not in page
