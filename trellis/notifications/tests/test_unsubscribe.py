"""One-click unsubscribe from every email: a signed link, a confirmation page, RFC 8058 POST."""

from urllib.parse import urlsplit

import pytest
from django.test import Client

from trellis.notifications.models import Frequency, NotificationKind, NotificationSetting
from trellis.notifications.selectors import notification_settings_get
from trellis.notifications.services import notify
from trellis.notifications.tests.conftest import body_of, unsubscribe_link
from trellis.notifications.unsubscribe import unsubscribe_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def mention_email(world, smtp, on_commit):
    with on_commit():
        notify(
            recipients=[world.member],
            kind=NotificationKind.MENTIONED,
            actor=world.convener,
            target=world.public,
            community=world.public,
        )
    [message] = smtp.to(world.member)
    return message


def path_of(url):
    return urlsplit(url).path


def test_the_link_in_the_header_is_also_in_the_body(mention_email):
    assert unsubscribe_link(mention_email) in body_of(mention_email)


def test_opening_the_link_asks_before_unsubscribing(world, client, mention_email):
    response = client.get(path_of(unsubscribe_link(mention_email)))
    assert response.status_code == 200
    assert "Someone mentions me" in response.text
    assert '<button type="submit">Unsubscribe</button>' in response.text
    assert not NotificationSetting.objects.exists()


def test_one_click_post_without_a_session_or_csrf_token_unsubscribes(world, mention_email):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        path_of(unsubscribe_link(mention_email)),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    settings = notification_settings_get(person=world.member)
    assert settings[NotificationKind.MENTIONED] == Frequency.OFF
    assert settings[NotificationKind.EXPERT_INVITED] == Frequency.IMMEDIATE


def test_a_digest_link_unsubscribes_from_every_kind(world, client):
    token = unsubscribe_token(person=world.member, kind="all")
    client.post(f"/notifications/unsubscribe/{token}/")
    assert set(notification_settings_get(person=world.member).values()) == {Frequency.OFF}


def test_unsubscribing_twice_is_harmless(world, client):
    token = unsubscribe_token(person=world.member, kind=NotificationKind.NEW_REPLY)
    for _ in range(2):
        assert client.post(f"/notifications/unsubscribe/{token}/").status_code == 200
    assert NotificationSetting.objects.get(person=world.member).frequency == Frequency.OFF


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: "x" + token,
        lambda token: "not-a-token",
        lambda token: token.split(":")[0],
    ],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_tampered_link_is_a_clear_400(world, client, tamper, method):
    token = tamper(unsubscribe_token(person=world.member, kind="all"))
    response = getattr(client, method)(f"/notifications/unsubscribe/{token}/")
    assert response.status_code == 400
    assert "This link does not work" in response.text
    assert not NotificationSetting.objects.exists()


def test_a_token_signed_for_something_else_is_refused(world, client):
    from django.core import signing

    token = signing.dumps({"p": world.member.pk, "k": "all"}, salt="another.purpose")
    assert client.post(f"/notifications/unsubscribe/{token}/").status_code == 400


def test_the_page_speaks_the_persons_language(world, client):
    world.member.preferred_language = "ru"
    world.member.save()
    token = unsubscribe_token(person=world.member, kind="all")
    response = client.get(f"/notifications/unsubscribe/{token}/")
    assert '<html lang="ru">' in response.text
