"""One's secret calendar address through the API: read, create or replace, revoke."""

import pytest

from trellis.accounts.services import access_token_create
from trellis.activities.models import CalendarFeed
from trellis.activities.services.feeds import calendar_feed_create
from trellis.api.tests.client import error_of

pytestmark = pytest.mark.django_db

FEED = "/api/v1/me/calendar-feed"


def test_a_new_address_works_and_replaces_the_old_one(api, client, world):
    old = calendar_feed_create(person=world.member)
    response = api.post(FEED, person=world.member)
    assert response.status_code == 201
    body = response.json()
    new = CalendarFeed.objects.get(revoked_at__isnull=True)
    # On the host the request came to (the test client's), not SITE_URL's.
    assert body["url"] == f"http://testserver/calendar/{new.token}.ics"
    assert body["webcal_url"] == "webcal://" + body["url"].split("://", 1)[1]
    assert client.get(f"/calendar/{new.token}.ics").status_code == 200
    assert client.get(f"/calendar/{old.token}.ics").status_code == 404
    assert api.get(FEED, person=world.member).json() == body


def test_revoking_the_address_stops_it(api, client, world):
    feed = calendar_feed_create(person=world.member)
    response = api.delete(FEED, person=world.member)
    assert response.status_code == 204
    assert client.get(f"/calendar/{feed.token}.ics").status_code == 404
    missing = api.get(FEED, person=world.member)
    assert missing.status_code == 404
    assert error_of(missing)["code"] == "not_found"
    again = api.delete(FEED, person=world.member)
    assert again.status_code == 404


def test_ones_address_is_shown_to_no_one_else(api, world):
    feed = calendar_feed_create(person=world.member)
    for person in (world.convener, world.admin):
        response = api.get(FEED, person=person)
        assert response.status_code == 404
        assert feed.token.encode() not in response.content
    api.delete(FEED, person=world.admin)
    assert CalendarFeed.objects.get().revoked_at is None


def test_a_personal_access_token_manages_its_owners_address(api, world):
    _token, raw = access_token_create(person=world.member, name="calendar")
    response = api.post(FEED, token=raw)
    assert response.status_code == 201
    assert CalendarFeed.objects.get().person == world.member


@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
def test_visitors_are_asked_to_sign_in(api, world, method):
    response = api.request(method, FEED)
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"
    assert not CalendarFeed.objects.exists()


def test_a_client_cannot_choose_its_secret(api, world):
    response = api.post(FEED, {"token": "chosen-by-me"}, person=world.member)
    assert "chosen-by-me" not in response.content.decode()
    assert not CalendarFeed.objects.filter(token="chosen-by-me").exists()
