"""The signed-in person is remembered between requests, the session never: a change to the
account or the session shows on the very next request."""

from datetime import timedelta

from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from trellis.accounts.models import User
from trellis.accounts.sessions import SessionStore

SIGNED_IN = "Log out"


def signed_in_client(person: User) -> Client:
    client = Client()
    client.force_login(person)
    return client


def test_a_session_signs_in_and_its_row_is_read_without_the_orm(world):
    client = signed_in_client(world.member)
    assert SIGNED_IN in client.get("/communities/").text
    store = SessionStore(client.session.session_key)
    assert store.load()["_auth_user_id"] == str(world.member.pk)


def test_an_expired_or_unknown_session_is_a_visitor(world):
    client = signed_in_client(world.member)
    client.get("/communities/")
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    assert SIGNED_IN not in client.get("/communities/").text
    assert SessionStore("no-such-session-key-at-all").load() == {}
    assert SessionStore("short").load() == {}


def test_signing_out_ends_it_at_once(world):
    client = signed_in_client(world.member)
    client.get("/communities/")
    client.post("/accounts/logout/")
    assert SIGNED_IN not in client.get("/communities/").text


def test_a_deactivated_account_is_signed_out_on_its_next_request(world):
    client = signed_in_client(world.member)
    assert SIGNED_IN in client.get("/communities/").text
    User.objects.filter(pk=world.member.pk).update(is_active=False)
    assert SIGNED_IN not in client.get("/communities/").text


def test_a_new_password_ends_the_other_sessions(world):
    client = signed_in_client(world.member)
    assert SIGNED_IN in client.get("/communities/").text
    person = User.objects.get(pk=world.member.pk)
    person.set_password("another secret phrase")
    person.save()
    assert SIGNED_IN not in client.get("/communities/").text


def test_a_preference_changed_elsewhere_applies_to_the_next_page(world):
    client = signed_in_client(world.member)
    assert "Communities" in client.get("/communities/").text
    User.objects.filter(pk=world.member.pk).update(preferred_language="ru")
    assert "Сообщества" in client.get("/communities/").text


def test_what_a_request_sets_on_the_person_stays_in_that_request(world):
    client = signed_in_client(world.member)
    first = client.get("/communities/").wsgi_request.user
    first.marker = "set by the first request"
    second = client.get("/people/").wsgi_request.user
    assert second.pk == first.pk
    assert not hasattr(second, "marker")
