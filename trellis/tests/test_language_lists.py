"""Every form that asks for languages offers them once, in a compact box that opens on the
network's usual languages, then the others."""

import re

import pytest
from django.urls import reverse

from trellis.communities.selectors import network_get

pytestmark = pytest.mark.django_db

GROUPS = {
    "en": ("Usual languages", "Other languages"),
    "ru": ("Обычные языки сети", "Другие языки"),
}


def language_forms(world):
    return [
        (world.convener, reverse("activities:create"), ("languages", "interpretation")),
        (world.member, reverse("accounts:profile_edit"), ("languages",)),
        (
            world.member,
            reverse("conversations:peer_assist_create", args=[world.public.slug]),
            ("languages",),
        ),
    ]


def offered(page, field):
    """The language codes a field offers, in order, with the group each is under."""
    box = re.search(rf'<div id="id_{field}" class="choice-box">(.*?)\n  </div>\n</div>', page, re.S)
    assert box, f"{field} is not in a language box"
    groups = re.split(r"<label>([^<]+)</label>", box.group(1))[1:]
    return [
        (name.strip(), re.findall(rf'name="{field}" value="(\w+)"', body))
        for name, body in zip(groups[::2], groups[1::2], strict=True)
    ]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_usual_languages_come_first_in_every_form(client, world, language):
    network = network_get()
    network.working_languages = ["en", "ru", "sq"]
    network.save()
    usual, other = GROUPS[language]
    for person, url, fields in language_forms(world):
        client.force_login(person)
        page = client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        for field in fields:
            (first, usual_codes), (second, other_codes) = offered(page, field)
            assert (first, second) == (usual, other), url
            assert usual_codes == ["en", "ru", "sq"], url
            assert len(other_codes) == 24 and "de" in other_codes and "sq" not in other_codes
            assert page.count(f'name="{field}" value="en"') == 1


def test_a_language_of_the_other_group_is_kept_when_chosen(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("accounts:profile_edit"),
        {
            "full_name": "Member Person",
            "languages": ["ru", "tg"],
            "profile_visibility": "network",
            "email_visibility": "nobody",
            "preferred_language": "ru",
        },
    )
    assert response.status_code == 302, response.content.decode()
    page = client.get(reverse("accounts:profile_edit")).content.decode()
    assert re.search(r'name="languages" value="tg"[^>]*checked', page)
