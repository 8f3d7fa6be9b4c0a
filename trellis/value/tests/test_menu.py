"""The value pages are reached from the main menu by everyone signed in, in both languages."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["member", "convener", "sponsor", "admin"])
def test_the_main_menu_leads_signed_in_people_to_the_value_pages(client, world, role):
    client.force_login(world.person(role))

    page = client.get(reverse("communities:list")).content.decode()

    assert f'href="{reverse("value:cycles")}">Value</a>' in page


def test_visitors_are_not_offered_pages_they_cannot_open(client):
    page = client.get(reverse("communities:list")).content.decode()

    assert reverse("value:cycles") not in page


def test_the_menu_says_value_in_russian(client, world):
    world.member.preferred_language = "ru"
    world.member.save(update_fields=["preferred_language"])
    client.force_login(world.member)
    with translation.override("ru"):
        page = client.get(reverse("communities:list"), HTTP_ACCEPT_LANGUAGE="ru").content.decode()

    assert ">Ценность</a>" in page
