"""The calendar pages: the list and the month, network-wide and per community."""

import re
import zoneinfo
from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from trellis.activities.models import Activity, ActivityStatus
from trellis.activities.views.calendar import PER_PAGE

from .factories import ActivityFactory, ActivityTypeFactory

pytestmark = pytest.mark.django_db

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")
UTC = zoneinfo.ZoneInfo("UTC")


def soon(days=10):
    return timezone.now() + timedelta(days=days)


def titled(title, **fields):
    return ActivityFactory(title={"en": title, "ru": f"{title} (ru)"}, **fields)


def page_of(client, name, *args, **params):
    response = client.get(reverse(name, args=args), params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def month_cells(page):
    """{day of month: cell HTML} for the days of the shown month."""
    cells = {}
    for cell in re.findall(
        r"<td(?: class=\"today\" aria-current=\"date\")?>(.*?)</td>", page, re.S
    ):
        day = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})">', cell)
        if day:
            cells[day.group(1)] = cell
    return cells


def test_the_list_shows_upcoming_activities_soonest_first(client, world):
    titled("Later", communities=[world.public], starts_at=soon(20), ends_at=soon(20))
    titled("Sooner", communities=[world.public], starts_at=soon(5), ends_at=soon(5))
    titled("Over", communities=[world.public], starts_at=soon(-5), ends_at=soon(-5))
    page = page_of(client, "activities:calendar")
    assert page.index("Sooner") < page.index("Later")
    assert "Over" not in page
    assert "?past=1" in page and reverse("activities:feed") not in page  # visitors have no feed

    past = page_of(client, "activities:calendar", past="1")
    assert "Over" in past and "Sooner" not in past
    assert "Past activities" in past


def test_each_item_shows_what_a_reader_needs(client, world):
    kind = ActivityTypeFactory(slug="study-visits", name={"en": "Study visits", "ru": "Учебные"})
    activity = titled(
        "Treasury study visit",
        communities=[world.public],
        activity_type=kind,
        timezone="Europe/Ljubljana",
        starts_at=datetime(2030, 6, 3, 8, 0, tzinfo=UTC),
        ends_at=datetime(2030, 6, 3, 11, 0, tzinfo=UTC),
        venue="Ministry of Finance",
        city="Ljubljana",
        country="SI",
        languages=["en", "ru"],
    )
    online = titled("Webinar", communities=[world.public], mode="online", country="", city="")
    cancelled = titled("Called off", communities=[world.public], status=ActivityStatus.CANCELLED)
    client.force_login(world.member)
    page = page_of(client, "activities:calendar")
    assert f'href="{reverse("activities:detail", args=[activity.pk])}"' in page
    assert "10:00</time>–<time" in page and "13:00</time>" in page
    assert "· Ljubljana (UTC+02:00)" in page and "Europe/Ljubljana" not in page
    assert '<time datetime="2030-06-03T10:00:00+02:00">' in page
    assert "Study visits" in page and "Ministry of Finance, Ljubljana, Slovenia" in page
    assert "English, Russian" in page
    assert "<dt>Mode</dt><dd>Online</dd>" in page and "<dt>Mode</dt><dd>In person</dd>" in page
    assert reverse("activities:detail", args=[online.pk]) in page
    assert re.search(r'class="calendar-entry cancelled">\s*<h3><a href="[^"]+">Called off', page)
    assert f"{cancelled.get_status_display()}</span>" in page
    assert reverse("activities:feed") in page


def test_the_list_shows_the_viewers_own_time_when_they_chose_a_zone(client, world):
    titled(
        "Almaty morning",
        communities=[world.public],
        timezone="Asia/Almaty",
        starts_at=datetime(2030, 6, 3, 4, 0, tzinfo=UTC),
        ends_at=datetime(2030, 6, 3, 6, 0, tzinfo=UTC),
    )
    if not hasattr(world.member, "time_zone"):
        pytest.skip("people have no time zone of their own")
    world.member.time_zone = "Europe/Ljubljana"
    world.member.save()
    client.force_login(world.member)
    page = page_of(client, "activities:calendar")
    assert "09:00</time>" in page and "· Almaty (UTC+05:00)" in page
    assert "Your time: 3 Jun 2030, 06:00 · Ljubljana (UTC+02:00)" in page


def test_a_boundary_activity_does_not_name_a_private_community_to_outsiders(client, world):
    titled("Joint event", communities=[world.public, world.private])
    page = page_of(client, "activities:calendar")
    assert "Joint event" in page
    assert world.private.name["en"] not in page
    client.force_login(world.member)
    assert world.private.name["en"] in page_of(client, "activities:calendar")


def test_drafts_appear_only_for_those_who_run_them(client, world):
    titled("Plan in progress", communities=[world.public], status=ActivityStatus.DRAFT)
    client.force_login(world.member)
    assert "Plan in progress" not in page_of(client, "activities:calendar")
    client.force_login(world.convener)
    assert "Plan in progress" in page_of(client, "activities:calendar")


def test_filters_by_type_mode_country_and_language(client, world):
    visits = ActivityTypeFactory(slug="study-visits")
    titled("Visit in Moldova", communities=[world.public], activity_type=visits, country="MD")
    titled("Webinar in Russian", communities=[world.public], mode="online", languages=["ru"])
    titled("Workshop in Armenian", communities=[world.public], country="AM", languages=["hy"])

    def shown(**params):
        page = page_of(client, "activities:calendar", **params)
        return {title for title in ("Visit", "Webinar", "Workshop") if f">{title} in" in page}

    assert shown() == {"Visit", "Webinar", "Workshop"}
    assert shown(type="study-visits") == {"Visit"}
    assert shown(mode="online") == {"Webinar"}
    assert shown(country="AM") == {"Workshop"}
    assert shown(language="hy") == {"Workshop"}
    assert shown(language="ru", mode="online") == {"Webinar"}
    assert shown(country="MD", mode="online") == set()
    assert shown(country="??", mode="nonsense") == {"Visit", "Webinar", "Workshop"}

    page = page_of(client, "activities:calendar", country="MD")
    assert '<label for="calendar-country">Country</label>' in page
    assert '<option value="MD" selected>Moldova</option>' in page
    assert "No upcoming activities match these filters." not in page
    assert "No upcoming activities match these filters." in page_of(
        client, "activities:calendar", country="AM", mode="online"
    )


def test_pages_and_views_keep_the_filters(client, world):
    for day in range(25):
        titled(f"Webinar {day}", communities=[world.public], mode="online", starts_at=soon(day + 1))
    page = page_of(client, "activities:calendar", mode="online")
    assert "?mode=online&amp;page=2" in page
    assert "?mode=online&amp;past=1" in page
    assert f"{reverse('activities:month')}?mode=online" in page
    month = page_of(client, "activities:month", mode="online", month="2030-02")
    assert "?month=2030-01&amp;mode=online" in month
    assert "?month=2030-03&amp;mode=online" in month


def test_the_community_calendar_shows_only_that_community(client, world):
    titled("Public workshop", communities=[world.public])
    titled("Private workshop", communities=[world.private])
    client.force_login(world.member)
    page = page_of(client, "activities:community_calendar", world.public.slug)
    assert "Public workshop" in page and "Private workshop" not in page
    assert reverse("activities:community_ics", args=[world.public.slug]) in page
    client.force_login(world.outsider)
    url = reverse("activities:community_calendar", args=[world.private.slug])
    assert client.get(url).status_code == 404
    url = reverse("activities:community_month", args=[world.private.slug])
    assert client.get(url).status_code == 404


def test_the_month_puts_activities_on_their_local_day(client, world):
    # 2026-03-01 00:30 in Almaty is still 28 February in UTC.
    titled(
        "Almaty breakfast",
        communities=[world.public],
        timezone="Asia/Almaty",
        starts_at=datetime(2026, 3, 1, 0, 30, tzinfo=ALMATY),
        ends_at=datetime(2026, 3, 1, 2, 0, tzinfo=ALMATY),
    )
    # 2026-03-31 23:30 in Lisbon (UTC+1 in summer time) is 22:30 UTC on the 31st.
    titled(
        "Lisbon late talk",
        communities=[world.public],
        timezone="Europe/Lisbon",
        starts_at=datetime(2026, 3, 31, 23, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Lisbon")),
        ends_at=datetime(2026, 4, 1, 0, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Lisbon")),
    )
    # 2026-04-01 01:00 in New York is 05:00 UTC on 1 April: not in March at all.
    titled(
        "New York night",
        communities=[world.public],
        timezone="America/New_York",
        starts_at=datetime(2026, 3, 31, 21, 0, tzinfo=zoneinfo.ZoneInfo("America/New_York")),
        ends_at=datetime(2026, 3, 31, 22, 0, tzinfo=zoneinfo.ZoneInfo("America/New_York")),
    )
    titled("In February", communities=[world.public], starts_at=datetime(2026, 2, 27, tzinfo=UTC))
    page = page_of(client, "activities:month", month="2026-03")
    cells = month_cells(page)
    assert len(cells) == 31
    assert "Almaty breakfast" in cells["2026-03-01"]
    assert "00:30</time>" in cells["2026-03-01"]
    assert "Lisbon late talk" in cells["2026-03-31"]
    assert "New York night" in cells["2026-03-31"]
    assert "In February" not in page
    assert "<caption>March 2026</caption>" in page
    assert '?month=2026-02"' in page and '?month=2026-04"' in page

    february = month_cells(page_of(client, "activities:month", month="2026-02"))
    assert "In February" in february["2026-02-27"]
    assert all("Almaty breakfast" not in cell for cell in february.values())


def test_the_month_is_an_accessible_table_in_the_viewers_language(client, world):
    page = page_of(client, "activities:month", month="2026-11")
    assert "<caption>November 2026</caption>" in page
    headers = re.findall(r'<th scope="col">.*?visually-hidden">(\w+)</span></th>', page)
    assert headers == ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    assert "No activities start in this month with these filters." in page

    russian = client.get(
        reverse("activities:month"), {"month": "2026-11"}, headers={"accept-language": "ru"}
    ).content.decode()
    assert "<caption>Ноябрь 2026</caption>" in russian
    headers = re.findall(r'<th scope="col">.*?visually-hidden">(\w+)</span></th>', russian)
    assert headers[0] == "Понедельник" and len(headers) == 7


def test_today_is_highlighted(client, world):
    today = timezone.localdate()
    page = page_of(client, "activities:month")
    cell = re.search(
        r'<td class="today" aria-current="date">\s*<span class="calendar-day">(.*?)</span>', page
    )
    assert cell and f'<time datetime="{today:%Y-%m-%d}">' in cell.group(1)
    other = page_of(client, "activities:month", month=f"{today.year + 1}-{today.month:02d}")
    assert 'aria-current="date"' not in other


def test_a_bad_month_shows_the_current_one(client, world):
    today = timezone.localdate()
    for value in ("2026-13", "soon", "99999-01", "2026-1-1"):
        page = page_of(client, "activities:month", month=value)
        assert f'<time datetime="{today:%Y-%m-%d}">' in page


@pytest.mark.parametrize("name", ["activities:calendar", "activities:month"])
def test_queries_do_not_grow_with_the_number_of_activities(
    client, world, name, django_assert_max_num_queries
):
    start = timezone.now().replace(day=1) + timedelta(days=40)
    month = f"{start:%Y-%m}"
    kinds = [ActivityTypeFactory() for _ in range(3)]

    def add(count):
        for number in range(count):
            ActivityFactory(
                communities=[world.public, world.private],
                activity_type=kinds[number % 3],
                starts_at=start + timedelta(hours=number * 7),
            )

    client.force_login(world.member)
    add(5)
    with django_assert_max_num_queries(20) as few:
        page_of(client, name, month=month)
    add(35)
    with django_assert_max_num_queries(len(few.captured_queries)) as many:
        page = page_of(client, name, month=month)
    assert page.count("calendar-entry") + page.count('<li class="">') >= 20
    assert len(many.captured_queries) == len(few.captured_queries)
    # The month shows all 40; the list shows its first page, the earliest ones.
    shown = list(Activity.objects.order_by("starts_at"))
    if name == "activities:calendar":
        shown = shown[:PER_PAGE]
    assert all(f'href="/activities/{activity.pk}/"' in page for activity in shown)
