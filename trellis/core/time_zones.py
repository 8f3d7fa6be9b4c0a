"""Time zones as people know them: real places, named by their city, with their offset from UTC.

The tz database also holds about 200 aliases kept for old software ("W-SU", "US/Eastern",
"Etc/GMT+3", "Factory"); a person choosing where they live should meet only places. The places
are the zones of the database's zone.tab (one row per zone of each country).
"""

import zoneinfo
from datetime import datetime, tzinfo
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

UTC = "UTC"

# The regions of the database's "Area/City" names, in the order the lists show them.
REGIONS = {
    "Europe": _("Europe"),
    "Asia": _("Asia"),
    "Africa": _("Africa"),
    "America": _("Americas"),
    "Australia": _("Australia"),
    "Antarctica": _("Antarctica"),
    "Arctic": _("Arctic"),
    "Atlantic": _("Atlantic Ocean"),
    "Indian": _("Indian Ocean"),
    "Pacific": _("Pacific Ocean"),
}

# The network's countries, offered first; their cities are named in the reader's language.
NETWORK_ZONES = {
    "Europe/Ljubljana": _("Ljubljana"),
    "Europe/Tirane": _("Tirana"),
    "Europe/Sarajevo": _("Sarajevo"),
    "Europe/Belgrade": _("Belgrade"),
    "Europe/Zagreb": _("Zagreb"),
    "Europe/Skopje": _("Skopje"),
    "Europe/Podgorica": _("Podgorica"),
    "Europe/Sofia": _("Sofia"),
    "Europe/Bucharest": _("Bucharest"),
    "Europe/Chisinau": _("Chișinău"),
    "Europe/Kyiv": _("Kyiv"),
    "Europe/Minsk": _("Minsk"),
    "Europe/Moscow": _("Moscow"),
    "Europe/Istanbul": _("Istanbul"),
    "Europe/Budapest": _("Budapest"),
    "Asia/Baku": _("Baku"),
    "Asia/Tbilisi": _("Tbilisi"),
    "Asia/Yerevan": _("Yerevan"),
    "Asia/Almaty": _("Almaty"),
    "Asia/Bishkek": _("Bishkek"),
    "Asia/Dushanbe": _("Dushanbe"),
    "Asia/Tashkent": _("Tashkent"),
    "Asia/Ashgabat": _("Ashgabat"),
}


def _zone_table() -> str:
    """zone.tab from where `zoneinfo` reads the zones: the system's database, else tzdata's."""
    for directory in zoneinfo.TZPATH:
        path = Path(directory) / "zone.tab"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")


@cache
def known_zones() -> frozenset[str]:
    """Every zone name the database knows, aliases included (read once: it walks the disk)."""
    return frozenset(zoneinfo.available_timezones())


@cache
def _zone_countries() -> dict[str, str]:
    """{"Asia/Almaty": "KZ"}: the country of each zone of zone.tab."""
    rows = (line.split("\t") for line in _zone_table().splitlines())
    return {row[2]: row[0] for row in rows if len(row) > 2 and not row[0].startswith("#")}


@cache
def place_zones() -> frozenset[str]:
    """The zones of real places ("Europe/Ljubljana"), without the database's aliases."""
    available = known_zones()
    return frozenset(
        name for name in _zone_countries() if name in available and name.split("/")[0] in REGIONS
    )


def _key(zone: str | tzinfo | None) -> str:
    if zone is None or zone == "":
        return UTC
    if isinstance(zone, str):
        return zone
    return getattr(zone, "key", None) or str(zone)


def zone_city(zone: str | tzinfo | None) -> str:
    """ "Moscow" for Europe/Moscow (in the reader's language for the network's cities)."""
    key = _key(zone)
    if key in NETWORK_ZONES:
        return str(NETWORK_ZONES[key])
    return key.rsplit("/", 1)[-1].replace("_", " ")


def zone_offset(zone: str | tzinfo | None, at: datetime | None = None) -> str:
    """ "UTC+03:00": the zone's offset at a moment (now unless told)."""
    key = _key(zone)
    try:
        place = zoneinfo.ZoneInfo(key)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return ""
    offset = (at or timezone.now()).astimezone(place).utcoffset()
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'-' if minutes < 0 else '+'}{hours:02d}:{rest:02d}"


def zone_label(zone: str | tzinfo | None, at: datetime | None = None) -> str:
    """ "Moscow (UTC+03:00)": the city first, so typing its name in a list finds it."""
    key = _key(zone)
    if key == UTC:
        return UTC
    offset = zone_offset(key, at)
    return f"{zone_city(key)} ({offset})" if offset else key


def _offset_order(zone: str, at: datetime) -> tuple[float, str]:
    offset = at.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset()
    return (offset.total_seconds() if offset else 0.0, zone_city(zone))


def time_zone_choices(*, utc_value: str = UTC, at: datetime | None = None) -> list[Any]:
    """The choices of a time zone list: the network's countries first, then every place
    grouped by region, each group in order of offset (the offsets of `at`, now unless told).
    `utc_value`: what choosing UTC stores."""
    now = at or timezone.now()
    by_region: dict[str, list[str]] = {}
    for zone in place_zones():
        by_region.setdefault(zone.split("/")[0], []).append(zone)
    network = sorted(NETWORK_ZONES, key=lambda zone: _offset_order(zone, now))
    groups: list[Any] = [
        (
            _("The network's countries"),
            [*((zone, zone_label(zone, now)) for zone in network), (utc_value, UTC)],
        )
    ]
    for region, label in REGIONS.items():
        zones = sorted(by_region.get(region, []), key=lambda zone: _offset_order(zone, now))
        if zones:
            groups.append((label, [(zone, zone_label(zone, now)) for zone in zones]))
    return groups


@cache
def _search_terms(language: str) -> dict[str, str]:
    """Every place's words a list can be filtered by, in `language` and in English."""
    terms: dict[str, list[str]] = {}
    for english in (True, False):
        with translation.override("en" if english else language):
            for zone, country in _zone_countries().items():
                region = REGIONS.get(zone.split("/")[0], "")
                words = terms.setdefault(zone, [])
                words += [zone_city(zone), str(countries.name(country)), str(region)]
    return {
        zone: " ".join(dict.fromkeys(word for word in words if word))
        for zone, words in terms.items()
    }


def zone_search_terms(zone: str | tzinfo | None) -> str:
    """ "Almaty Kazakhstan Asia Алматы Казахстан Азия": what finds the zone in a filtered
    list besides its label: its city, country and region in English and in the reader's
    language (empty for UTC and the database's aliases)."""
    return _search_terms(translation.get_language() or "en").get(_key(zone), "")
