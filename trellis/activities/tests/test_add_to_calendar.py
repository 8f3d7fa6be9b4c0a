"""Calendar addresses on the host a person uses, and "Add to my calendar" on an activity page."""

import html
import re
import zoneinfo
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from icalendar import Calendar

from trellis.activities.models import Mode
from trellis.activities.services.feeds import calendar_feed_create

from .factories import ActivityFactory

pytestmark = pytest.mark.django_db

HOST = "cop.example.net"
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")  # UTC+9 all year
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")  # UTC-5 in January


@pytest.fixture
def hosts(settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    settings.ALLOWED_HOSTS = ["testserver", HOST]


def links(page: str) -> dict[str, str]:
    """The "Add to my calendar" links of a page, by label."""
    box = page.split('id="add-to-calendar-heading"', 1)[1].split("</section>", 1)[0]
    return {
        label: html.unescape(url)
        for url, label in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', box)
    }


def query(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def test_the_feed_page_gives_addresses_on_the_host_asked(client, world, hosts):
    feed = calendar_feed_create(person=world.member)
    client.force_login(world.member)
    page = client.get(reverse("activities:feed"), headers={"host": HOST}).content.decode()
    assert f'value="http://{HOST}/calendar/{feed.token}.ics"' in page
    assert f'href="webcal://{HOST}/calendar/{feed.token}.ics"' in page
    assert f"http://{HOST}/communities/{world.public.slug}/activities.ics" in page
    assert "127.0.0.1:8000" not in page
    page = client.get(reverse("activities:feed")).content.decode()
    assert f'value="http://testserver/calendar/{feed.token}.ics"' in page


def test_the_feed_api_gives_the_address_on_the_host_asked(client, world, hosts):
    calendar_feed_create(person=world.member)
    client.force_login(world.member)
    body = client.get("/api/v1/me/calendar-feed", headers={"host": HOST}).json()
    assert body["url"].startswith(f"http://{HOST}/calendar/")
    assert body["webcal_url"].startswith(f"webcal://{HOST}/calendar/")


def test_the_activity_page_offers_the_file_and_calendar_programs(client, world, hosts):
    activity = ActivityFactory(
        communities=[world.public], title={"en": "Budget & debt: Q+A", "ru": "Бюджет и долг"}
    )
    page = client.get(reverse("activities:detail", args=[activity.pk])).content.decode()
    assert "Add to my calendar" in page
    found = links(page)
    assert found["Download an .ics file"] == f"/activities/{activity.pk}.ics"
    assert set(found) == {
        "Download an .ics file",
        "Google Calendar",
        "Outlook.com",
        "Microsoft 365",
    }
    assert found["Google Calendar"].startswith("https://calendar.google.com/calendar/render?")
    assert found["Outlook.com"].startswith("https://outlook.live.com/calendar/0/deeplink/compose?")
    assert found["Microsoft 365"].startswith("https://outlook.office.com/calendar/0/deeplink/")
    google = query(found["Google Calendar"])
    assert google["action"] == "TEMPLATE"
    # The title comes back whole: "&" and "+" are escaped, spaces are %20 (never "+").
    assert google["text"] == "Budget & debt: Q+A"
    assert "Budget%20%26%20debt%3A%20Q%2BA" in found["Google Calendar"]
    assert query(found["Outlook.com"])["subject"] == "Budget & debt: Q+A"
    assert f"http://testserver/activities/{activity.pk}/" in google["details"]


def test_the_links_name_the_page_on_the_host_asked_even_when_remembered(client, world, hosts):
    activity = ActivityFactory(communities=[world.public])
    url = reverse("activities:detail", args=[activity.pk])
    client.get(url)
    found = links(client.get(url, headers={"host": HOST}).content.decode())
    assert f"http://{HOST}/activities/{activity.pk}/" in query(found["Google Calendar"])["details"]


@pytest.mark.parametrize(
    ("zone", "start", "utc_start", "utc_end"),
    [
        # East of UTC: half past eleven at night is the same day in UTC, half past midnight
        # is the day before.
        (TOKYO, datetime(2036, 1, 15, 23, 30), "20360115T143000Z", "20360115T153000Z"),
        (TOKYO, datetime(2036, 1, 15, 0, 30), "20360114T153000Z", "20360114T163000Z"),
        # West of UTC: half past eleven at night is the next day in UTC.
        (NEW_YORK, datetime(2036, 1, 15, 23, 30), "20360116T043000Z", "20360116T053000Z"),
        (NEW_YORK, datetime(2036, 1, 15, 0, 30), "20360115T053000Z", "20360115T063000Z"),
    ],
)
def test_the_file_and_the_links_carry_the_right_utc_times(
    client, world, hosts, zone, start, utc_start, utc_end
):
    starts_at = start.replace(tzinfo=zone)
    activity = ActivityFactory(
        communities=[world.public],
        timezone=str(zone),
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=1),
    )
    response = client.get(reverse("activities:ics", args=[activity.pk]))
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    as_utc = "%Y%m%dT%H%M%SZ"
    assert event.decoded("DTSTART").astimezone(UTC).strftime(as_utc) == utc_start
    assert event.decoded("DTEND").astimezone(UTC).strftime(as_utc) == utc_end
    assert event["DTSTART"].params["TZID"] == str(zone)

    found = links(client.get(reverse("activities:detail", args=[activity.pk])).content.decode())
    assert query(found["Google Calendar"])["dates"] == f"{utc_start}/{utc_end}"
    outlook = query(found["Outlook.com"])
    iso = "%Y-%m-%dT%H:%M:%SZ"
    assert outlook["startdt"] == datetime.strptime(utc_start, as_utc).strftime(iso)
    assert outlook["enddt"] == datetime.strptime(utc_end, as_utc).strftime(iso)


def test_the_joining_link_goes_to_those_who_may_see_it_only(client, world, hosts):
    activity = ActivityFactory(
        communities=[world.public], mode=Mode.ONLINE, online_url="https://meet.example.org/x"
    )
    url = reverse("activities:detail", args=[activity.pk])
    visitor = query(links(client.get(url).content.decode())["Google Calendar"])
    assert "meet.example.org" not in visitor["details"] + visitor["location"]
    client.force_login(world.convener)
    convener = query(links(client.get(url).content.decode())["Google Calendar"])
    assert "https://meet.example.org/x" in convener["location"]


@pytest.mark.parametrize("role", ["visitor", "outsider"])
def test_a_private_activity_refuses_outsiders(client, world, hosts, role):
    activity = ActivityFactory(communities=[world.private])
    if world.person(role):
        client.force_login(world.person(role))
    assert client.get(reverse("activities:ics", args=[activity.pk])).status_code == 404
    assert client.get(reverse("activities:detail", args=[activity.pk])).status_code == 404
    client.force_login(world.member)
    assert client.get(reverse("activities:ics", args=[activity.pk])).status_code == 200
    page = client.get(reverse("activities:detail", args=[activity.pk])).content.decode()
    assert "Add to my calendar" in page


def test_a_cancelled_activity_offers_no_calendar(client, world, hosts):
    activity = ActivityFactory(communities=[world.public], status="cancelled")
    client.force_login(world.member)
    page = client.get(reverse("activities:detail", args=[activity.pk])).content.decode()
    assert "Add to my calendar" not in page
    assert "This activity has been cancelled." in page
