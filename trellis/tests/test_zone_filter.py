"""The box that filters a time zone list (issue 10, point 7): what the server gives it.

The filtering itself runs in the browser: e2e/test_zone_filter.py types into it.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from trellis.conversations.forms_discussions import ScheduleForm
from trellis.core.time_zones import zone_search_terms

FILTER_LABEL = {"en": "Filter time zones", "ru": "Найти часовой пояс"}


def option_tag(html: str, value: str) -> str:
    found = re.search(f'<option value="{re.escape(value)}"[^>]*>', html)
    assert found, value
    return found.group(0)


def test_a_place_is_found_by_city_country_and_region_in_both_languages():
    with translation.override("ru"):
        almaty = zone_search_terms("Asia/Almaty")
    assert set(almaty.split()) >= {"Almaty", "Kazakhstan", "Asia", "Алматы", "Казахстан", "Азия"}
    with translation.override("en"):
        assert zone_search_terms("Asia/Almaty") == "Almaty Kazakhstan Asia"
        assert (
            zone_search_terms("America/Argentina/Buenos_Aires") == "Buenos Aires Argentina Americas"
        )
    assert zone_search_terms("UTC") == ""
    assert zone_search_terms("W-SU") == ""


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_profile_and_activity_forms_offer_a_hidden_filter_box(client, world, language):
    pages = [
        (world.member, reverse("accounts:profile_edit"), "time_zone"),
        (world.convener, reverse("activities:create"), "timezone"),
    ]
    for person, path, name in pages:
        list_id = f"id_{name}"
        client.force_login(person)
        html = client.get(path, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        box = re.search(
            r'<div class="select-filter" data-select-filter hidden>.*?</div>', html, re.S
        )
        assert box, path
        assert f'<label for="{list_id}-filter" class="select-filter-label">' in box.group(0)
        assert FILTER_LABEL[language] in box.group(0)
        assert f'data-select-filter-for="{list_id}"' in box.group(0)
        assert 'role="status"' in box.group(0)
        assert '<script src="/static/trellis/select-filter.js" defer></script>' in html
        almaty = option_tag(html, "Asia/Almaty")
        assert 'data-offset="+0' in almaty
        assert "Kazakhstan" in almaty
        assert ("Казахстан" in almaty) == (language == "ru")
        # The box comes before its list, so the list stays next to what it filters.
        assert html.index(f'id="{list_id}-filter"') < html.index(f'<select name="{name}"')


def test_the_peer_assist_schedule_filters_its_zones_too():
    with translation.override("en"):
        html = str(ScheduleForm()["timezone"].as_field_group())
    assert 'data-select-filter-for="id_timezone"' in html
    assert 'data-offset="+00:00"' in option_tag(html, "UTC")


@pytest.mark.django_db
def test_the_profile_utc_choice_matches_offset_zero(client, world):
    client.force_login(world.member)
    html = client.get(reverse("accounts:profile_edit")).content.decode()
    assert re.search(r'<option value=""( selected)? data-offset="\+00:00">UTC</option>', html)
