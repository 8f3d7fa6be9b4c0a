"""An activity as an iCalendar file, as calendar programs import it."""

import zoneinfo
from datetime import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import Activity, ActivityStatus, Registration
from trellis.activities.services.feeds import calendar_feed_create
from trellis.api.tests.client import ApiClient
from trellis.communities.models import Community

from .factories import ActivityFactory

pytestmark = pytest.mark.django_db

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


def ics(client, activity, **headers):
    response = client.get(reverse("activities:ics", args=[activity.pk]), headers=headers)
    assert response.status_code == 200, response.status_code
    return response


def parsed(response):
    return Calendar.from_ical(response.content)


def events(response):
    return parsed(response).walk("VEVENT")


def almaty_workshop(world, **fields):
    return ActivityFactory(
        communities=[world.public],
        title={"en": "Programme budgeting", "ru": "Программное бюджетирование"},
        timezone="Asia/Almaty",
        starts_at=datetime(2026, 3, 1, 0, 30, tzinfo=ALMATY),
        ends_at=datetime(2026, 3, 1, 3, 0, tzinfo=ALMATY),
        country="KZ",
        city="Almaty",
        venue="Ministry of Finance",
        **fields,
    )


def test_the_file_is_a_publishable_calendar_with_the_activity_in_its_own_zone(client, world):
    activity = almaty_workshop(world, sequence=4)
    response = ics(client, activity)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert f'filename="activity-{activity.pk}.ics"' in response["Content-Disposition"]
    assert b"\r\n" in response.content
    assert b"\n" not in response.content.replace(b"\r\n", b""), "bare line feeds"

    document = parsed(response)
    assert str(document["VERSION"]) == "2.0"
    assert str(document["CALSCALE"]) == "GREGORIAN"
    assert str(document["METHOD"]) == "PUBLISH"
    assert "Trellis" in str(document["PRODID"])
    assert str(document["X-WR-CALNAME"]) == "Programme budgeting"
    assert [str(zone["TZID"]) for zone in document.walk("VTIMEZONE")] == ["Asia/Almaty"]

    (event,) = document.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Asia/Almaty"
    assert event.decoded("DTSTART") == datetime(2026, 3, 1, 0, 30, tzinfo=ALMATY)
    assert event.decoded("DTSTART").utcoffset().total_seconds() == 5 * 3600
    assert event.decoded("DTEND") == datetime(2026, 3, 1, 3, 0, tzinfo=ALMATY)
    assert str(event["UID"]).startswith(f"activity-{activity.pk}@")
    assert str(event["SUMMARY"]) == "Programme budgeting"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event.decoded("SEQUENCE") == 4
    assert "DTSTAMP" in event and "LAST-MODIFIED" in event
    assert str(event["LOCATION"]) == "Ministry of Finance, Almaty, Kazakhstan"
    assert [str(category) for category in event["CATEGORIES"].cats] == [
        activity.activity_type.name["en"]
    ]
    assert str(event["URL"]).endswith(reverse("activities:detail", args=[activity.pk]))


def test_the_uid_is_stable_between_downloads_and_hosts(client, world, settings):
    """The UID names SITE_URL's host whatever host was asked, so a calendar program updates
    the event; the page's address is on the host the file was downloaded from."""
    settings.SITE_URL = "https://trellis.example.org"
    settings.ALLOWED_HOSTS = ["testserver", "cop.example.net"]
    activity = almaty_workshop(world)
    first = events(ics(client, activity))[0]
    second = events(ics(client, activity, host="cop.example.net"))[0]
    assert str(first["UID"]) == str(second["UID"]) == f"activity-{activity.pk}@trellis.example.org"
    assert str(first["URL"]) == f"http://testserver/activities/{activity.pk}/"
    assert str(second["URL"]) == f"http://cop.example.net/activities/{activity.pk}/"


def test_summary_is_in_the_language_of_the_request(client, world):
    activity = almaty_workshop(world)
    (event,) = events(ics(client, activity, accept_language="ru"))
    assert str(event["SUMMARY"]) == "Программное бюджетирование"
    assert "Казахстан" in str(event["LOCATION"])


def test_a_cancelled_activity_is_cancelled_in_the_calendar(client, world):
    activity = almaty_workshop(world, status=ActivityStatus.CANCELLED, sequence=2)
    (event,) = events(ics(client, activity))
    assert str(event["STATUS"]) == "CANCELLED"
    assert event.decoded("SEQUENCE") == 2


def test_a_draft_is_tentative_for_its_conveners_and_hidden_from_members(client, world):
    activity = almaty_workshop(world, status=ActivityStatus.DRAFT)
    client.force_login(world.member)
    assert client.get(reverse("activities:ics", args=[activity.pk])).status_code == 404
    client.force_login(world.convener)
    (event,) = events(ics(client, activity))
    assert str(event["STATUS"]) == "TENTATIVE"


def test_sessions_are_separate_events_related_to_the_activity(client, world):
    plenary = almaty_workshop(world)
    plenary.ends_at = datetime(2026, 3, 1, 18, 0, tzinfo=ALMATY)
    plenary.save()
    workshop = ActivityFactory(
        communities=[world.public],
        parent=plenary,
        title={"en": "Workshop A"},
        timezone="Asia/Almaty",
        starts_at=datetime(2026, 3, 1, 10, 0, tzinfo=ALMATY),
        ends_at=datetime(2026, 3, 1, 12, 0, tzinfo=ALMATY),
    )
    hidden = ActivityFactory(
        communities=[world.public],
        parent=plenary,
        status=ActivityStatus.DRAFT,
        starts_at=datetime(2026, 3, 1, 13, 0, tzinfo=ALMATY),
        ends_at=datetime(2026, 3, 1, 14, 0, tzinfo=ALMATY),
    )
    found = events(ics(client, plenary))
    assert [str(event["SUMMARY"]) for event in found] == ["Programme budgeting", "Workshop A"]
    assert str(found[1]["RELATED-TO"]) == str(found[0]["UID"])
    assert str(found[1]["UID"]).startswith(f"activity-{workshop.pk}@")
    assert all(not str(event["UID"]).startswith(f"activity-{hidden.pk}@") for event in found)


def test_the_online_link_is_only_for_registered_people(client, world):
    activity = ActivityFactory(
        communities=[world.public], mode="online", online_url="https://meet.example.org/pempal"
    )
    Registration.objects.create(activity=activity, person=world.member, answer="yes")
    (event,) = events(ics(client, activity))
    assert "meet.example.org" not in ics(client, activity).content.decode()
    assert str(event["LOCATION"]) == "Online"
    client.force_login(world.member)
    (event,) = events(ics(client, activity))
    assert str(event["LOCATION"]) == "https://meet.example.org/pempal"
    assert "https://meet.example.org/pempal" in str(event["DESCRIPTION"])


def test_long_lines_are_folded(client, world):
    activity = almaty_workshop(world)
    activity.description = {"en": "Пример " * 60}
    activity.save()
    content = ics(client, activity).content
    assert max(len(line) for line in content.split(b"\r\n")) <= 75
    (event,) = events(ics(client, activity))
    assert str(event["DESCRIPTION"]).startswith("Пример Пример")


def test_an_activity_of_a_private_community_is_hidden_from_outsiders(client, world):
    activity = ActivityFactory(communities=[world.private])
    assert client.get(reverse("activities:ics", args=[activity.pk])).status_code == 404
    client.force_login(world.outsider)
    assert client.get(reverse("activities:ics", args=[activity.pk])).status_code == 404
    client.force_login(world.member)
    assert len(events(ics(client, activity))) == 1


# Text stored before single-line fields refused line breaks, or typed in a multi-line field,
# must never break a document: every kind of line break is escaped, control characters dropped.
BROKEN = "Cash\nforecasting\r\nin\u2028practice\x1f"


def test_line_breaks_and_control_characters_in_any_text_keep_every_calendar_valid(client, world):
    api = ApiClient()
    activity = almaty_workshop(world)
    Activity.objects.filter(pk=activity.pk).update(
        title={"en": BROKEN}, description={"en": "One\x0btwo"}, venue="Hall\nB", city="Alma\rty"
    )
    Community.objects.filter(pk=world.public.pk).update(name={"en": "Treasury\nCoP"})
    person = UserFactory(full_name="Ana\nMaria", preferred_language="en")
    Registration.objects.create(person=person, activity=activity, answer="yes")
    feed = calendar_feed_create(person=person)

    documents = {
        "activity": ics(client, activity),
        "community": client.get(reverse("activities:community_ics", args=[world.public.slug])),
        "personal": client.get(reverse("activities:personal_ics", args=[feed.token])),
        "api": api.get(f"/api/v1/activities/{activity.pk}.ics"),
    }

    for name, response in documents.items():
        assert response.status_code == 200, name
        assert b"\n" not in response.content.replace(b"\r\n", b""), name
        event = parsed(response).walk("VEVENT")[0]
        assert str(event["SUMMARY"]) == "Cash\nforecasting\nin\npractice", name
        assert str(event["DESCRIPTION"]).startswith("One\ntwo"), name
        assert "Hall\nB" in str(event["LOCATION"]), name
    # A calendar's name is an extension property, which parsers return as written: escaped.
    assert b"X-WR-CALNAME:Treasury\\nCoP\r\n" in documents["community"].content
    assert b"X-WR-CALNAME:Cash\\nforecasting\\nin\\npractice\r\n" in documents["api"].content
    assert b"Ana\\nMaria" in documents["personal"].content
