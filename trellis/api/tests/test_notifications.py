"""A person's notifications and notification settings through the API."""

import pytest
from django.utils import timezone

from trellis.accounts.services import access_token_create
from trellis.api.tests.client import error_of
from trellis.notifications.models import Frequency, Notification, NotificationKind
from trellis.notifications.services import notify
from trellis.tests.queries import cold_queries

pytestmark = pytest.mark.django_db


def notices(world, count=3, *, to=None, kind=NotificationKind.NEW_ANSWER):
    return [
        notify(
            recipients=[to or world.member],
            kind=kind,
            actor=world.convener,
            target=world.public,
            community=world.public,
        )[0]
        for _ in range(count)
    ]


def test_the_list_shows_only_ones_own_notices_unread_first(api, world):
    first, second, third = notices(world)
    notices(world, 1, to=world.outsider)
    Notification.objects.filter(pk=third.pk).update(read_at=timezone.now())
    body = api.get("/api/v1/notifications", person=world.member).json()
    assert body["count"] == 3
    assert [item["id"] for item in body["items"]] == [second.pk, first.pk, third.pk]
    item = body["items"][0]
    assert item["kind"] == "new_answer"
    assert item["text"] == "Convener Person answered: Community PUB"
    assert item["actor"] == {"id": world.convener.pk, "full_name": "Convener Person"}
    assert item["community"] == "public-cop"
    assert item["target"] == {
        "type": "communities.community",
        "id": world.public.pk,
        "title": "Community PUB",
        "url": "/communities/public-cop/",
    }
    assert item["read_at"] is None


def test_the_list_filters_unread_and_pages(api, world):
    made = notices(world, 4)
    Notification.objects.filter(pk=made[0].pk).update(read_at=timezone.now())
    unread = api.get("/api/v1/notifications?unread=true", person=world.member).json()
    assert unread["count"] == 3
    page = api.get("/api/v1/notifications?page=2&page_size=3", person=world.member).json()
    assert [item["id"] for item in page["items"]] == [made[0].pk]


def test_the_text_is_in_the_language_asked_for(api, world):
    notices(world, 1)
    body = api.get("/api/v1/notifications", person=world.member, language="ru").json()
    assert "Сообщество PUB" in body["items"][0]["text"]


def test_a_token_reads_its_owners_notices(api, world):
    notices(world, 2)
    _token, raw = access_token_create(person=world.member, name="inbox")
    assert api.get("/api/v1/notifications", token=raw).json()["count"] == 2


def test_visitors_get_401(api, world):
    assert api.get("/api/v1/notifications").status_code == 401
    assert api.post("/api/v1/notifications/read", {"all": True}).status_code == 401
    assert api.get("/api/v1/me/notification-settings").status_code == 401
    response = api.request("PUT", "/api/v1/me/notification-settings", [])
    assert response.status_code == 401


def test_mark_some_read_leaves_other_peoples_alone(api, world):
    mine = notices(world, 2)
    theirs = notices(world, 1, to=world.outsider)
    response = api.post(
        "/api/v1/notifications/read",
        {"ids": [mine[0].pk, theirs[0].pk]},
        person=world.member,
    )
    assert response.json() == {"marked": 1}
    assert set(Notification.objects.filter(read_at=None).values_list("pk", flat=True)) == {
        mine[1].pk,
        theirs[0].pk,
    }


def test_mark_all_read(api, world):
    notices(world, 3)
    response = api.post("/api/v1/notifications/read", {"all": True}, person=world.member)
    assert response.json() == {"marked": 3}
    assert not Notification.objects.filter(read_at=None).exists()


@pytest.mark.parametrize(
    "body",
    [{}, {"all": True, "ids": [1]}, {"all": False}, {"ids": [0]}, {"ids": "all"}, {"x": 1}],
)
def test_a_read_request_must_say_which(api, world, body):
    response = api.post("/api/v1/notifications/read", body, person=world.member)
    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_error"


def test_settings_list_every_kind_with_defaults(api, world):
    body = api.get("/api/v1/me/notification-settings", person=world.member).json()
    assert [item["kind"] for item in body] == NotificationKind.values
    settings = {item["kind"]: item["frequency"] for item in body}
    assert settings["mentioned"] == "immediate"
    assert settings["new_question"] == "daily"
    assert settings["flag_raised"] == "immediate"


def test_put_replaces_the_settings(api, world):
    put = [{"kind": "mentioned", "frequency": "weekly"}, {"kind": "new_reply", "frequency": "off"}]
    response = api.request("PUT", "/api/v1/me/notification-settings", put, person=world.member)
    assert response.status_code == 200
    settings = {item["kind"]: item["frequency"] for item in response.json()}
    assert settings["mentioned"] == Frequency.WEEKLY
    assert settings["new_reply"] == Frequency.OFF
    # Replacing: what the next PUT leaves out goes back to its default.
    response = api.request(
        "PUT",
        "/api/v1/me/notification-settings",
        [{"kind": "new_reply", "frequency": "weekly"}],
        person=world.member,
    )
    settings = {item["kind"]: item["frequency"] for item in response.json()}
    assert settings["mentioned"] == Frequency.IMMEDIATE
    assert settings["new_reply"] == Frequency.WEEKLY


@pytest.mark.parametrize(
    "body",
    [
        [{"kind": "mentioned", "frequency": "hourly"}],
        [{"kind": "gossip", "frequency": "off"}],
        [{"kind": "mentioned", "frequency": "off"}, {"kind": "mentioned", "frequency": "daily"}],
        {"kind": "mentioned", "frequency": "off"},
        [{"kind": "mentioned"}],
    ],
)
def test_bad_settings_are_422_and_change_nothing(api, world, body):
    response = api.request("PUT", "/api/v1/me/notification-settings", body, person=world.member)
    assert response.status_code == 422
    error_of(response)
    current = api.get("/api/v1/me/notification-settings", person=world.member).json()
    assert {item["frequency"] for item in current} == {"immediate", "daily"}


def test_the_list_runs_the_same_queries_for_few_and_many(api, world):

    from trellis.accounts.tests.factories import ExpertiseTopicFactory

    def mixed(count):
        for index in range(count):
            notify(
                recipients=[world.member],
                kind=NotificationKind.NEW_QUESTION,
                actor=world.convener,
                target=ExpertiseTopicFactory(slug=f"t-{count}-{index}")
                if index % 2
                else world.private,
                community=world.private if index % 2 == 0 else None,
            )

    mixed(2)
    api.get("/api/v1/notifications", person=world.member)
    with cold_queries() as few:
        api.get("/api/v1/notifications", person=world.member)
    mixed(20)
    with cold_queries() as many:
        body = api.get("/api/v1/notifications", person=world.member).json()
    assert body["count"] == 22
    given = set(Notification.objects.filter(recipient=world.member).values_list("pk", flat=True))
    listed = {item["id"] for item in body["items"] if item["target"]["title"]}
    assert len(listed) == len(body["items"]) > 0 and listed <= given
    assert len(many) == len(few)
