"""One way of writing dates per language, and time zones named as places (issue 10, point 7)."""

import re
import zoneinfo
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from trellis.accounts.tests.test_profile import profile_data
from trellis.activities.tests.factories import ActivityFactory
from trellis.core.time_zones import place_zones, time_zone_choices

TEMPLATES = Path(__file__).resolve().parents[1]
# Named formats of config/formats/<language>/formats.py; machine formats for attributes and
# comparisons; weekday names for the month grid's column heads.
ALLOWED_DATE_ARGUMENTS = {
    "DATE_FORMAT", "DATETIME_FORMAT", "TIME_FORMAT", "YEAR_MONTH_FORMAT", "MONTH_DAY_FORMAT",
    "c", "Ymd", "Y-m", "D", "l",
}  # fmt: skip


def test_templates_write_dates_only_in_the_named_formats():
    used = {}
    for template in [*TEMPLATES.rglob("*.html"), *TEMPLATES.rglob("*.txt")]:
        for argument in re.findall(r"\|(?:date|time):[\"']([^\"']*)[\"']", template.read_text()):
            used.setdefault(argument, template.name)
    assert set(used) <= ALLOWED_DATE_ARGUMENTS, {
        argument: name for argument, name in used.items() if argument not in ALLOWED_DATE_ARGUMENTS
    }


@pytest.mark.parametrize(
    ("language", "date", "date_and_time"),
    [
        ("en", "26 Nov 2026", "26 Nov 2026, 11:47"),
        ("ru", "26 ноября 2026", "26 ноября 2026, 11:47"),
    ],
)
def test_one_date_format_per_language(language, date, date_and_time):
    moment = datetime(2026, 11, 26, 11, 47, tzinfo=UTC)
    names = ["DATE_FORMAT", "SHORT_DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATETIME_FORMAT"]
    source = (
        "{% load tz %}{% timezone 'UTC' %}"
        + "|".join(f'{{{{ moment|date:"{name}" }}}}' for name in names)
        + "{% endtimezone %}"
    )
    with translation.override(language):
        shown = Template(source).render(Context({"moment": moment})).split("|")
    assert shown == [date, date, date_and_time, date_and_time]


def test_the_list_of_zones_holds_places_not_aliases():
    zones = place_zones()
    assert {
        "Europe/Ljubljana",
        "Europe/Moscow",
        "Asia/Almaty",
        "America/Argentina/Buenos_Aires",
    } <= zones
    for alias in ("Factory", "W-SU", "Etc/GMT+3", "US/Eastern", "Europe/Kiev", "GMT", "UTC"):
        assert alias not in zones
    assert 300 < len(zones) < 500


def test_zones_are_grouped_by_region_and_named_by_city_and_offset():
    winter = datetime(2027, 1, 15, 12, 0, tzinfo=UTC)
    with translation.override("en"):
        groups = {str(label): dict(options) for label, options in time_zone_choices(at=winter)}
    assert list(groups)[:3] == ["The network's countries", "Europe", "Asia"]
    assert groups["Europe"]["Europe/Moscow"] == "Moscow (UTC+03:00)"
    assert groups["Americas"]["America/St_Johns"] == "St Johns (UTC-03:30)"
    assert groups["The network's countries"]["UTC"] == "UTC"
    with translation.override("ru"):
        groups = {str(label): dict(options) for label, options in time_zone_choices(at=winter)}
    assert groups["Европа"]["Europe/Moscow"] == "Москва (UTC+03:00)"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Chișinău (UTC+02:00)", "10 Mar 2027, 09:30 – 17:00"]),
        ("ru", ["Кишинёв (UTC+02:00)", "10 марта 2027, 09:30 – 17:00"]),
    ],
)
def test_an_activity_shows_its_zone_by_city_and_one_date_format(client, world, language, expected):
    chisinau = zoneinfo.ZoneInfo("Europe/Chisinau")
    activity = ActivityFactory(
        communities=[world.public],
        timezone="Europe/Chisinau",
        starts_at=datetime(2027, 3, 10, 9, 30, tzinfo=chisinau),
        ends_at=datetime(2027, 3, 10, 17, 0, tzinfo=chisinau),
    )
    page = client.get(
        reverse("activities:detail", args=[activity.pk]), HTTP_ACCEPT_LANGUAGE=language
    ).content.decode()
    text = re.sub(r"<[^>]+>", "", page)
    for shown in expected:
        assert shown in text
    assert "Europe/Chisinau" not in text


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_profile_offers_places_and_keeps_an_older_zone(client, world, language):
    client.force_login(world.member)
    page = client.get(reverse("accounts:profile_edit"), HTTP_ACCEPT_LANGUAGE=language)
    html = page.content.decode()
    moscow = {"en": "Moscow (UTC+03:00)", "ru": "Москва (UTC+03:00)"}[language]
    assert re.search(f'<option value="Europe/Moscow"[^>]*>{re.escape(moscow)}</option>', html)
    assert 'value="W-SU"' not in html and 'value="Factory"' not in html
    assert '<optgroup label="{}">'.format({"en": "Europe", "ru": "Европа"}[language]) in html


@pytest.mark.django_db
def test_a_zone_saved_before_the_list_of_places_stays_valid(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("accounts:profile_edit"), profile_data(world.member, time_zone="US/Eastern")
    )
    assert response.status_code == 302
    world.member.refresh_from_db()
    assert world.member.time_zone == "US/Eastern"
