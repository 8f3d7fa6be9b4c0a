"""The notifications page, opening a notice, the header count and the settings page."""

import pytest
from django.utils import timezone

from trellis.accounts.tests.factories import ExpertiseTopicFactory
from trellis.communities.tests.factories import CommunityFactory
from trellis.notifications.models import Frequency, Notification, NotificationKind
from trellis.notifications.selectors import notification_settings_get
from trellis.notifications.services import notify
from trellis.tests.queries import cold_queries

pytestmark = pytest.mark.django_db


def notices_for(world, count, *, person=None):
    """Notices about communities and topics alike, so targets of several types are loaded."""
    for index in range(count):
        target = CommunityFactory() if index % 2 else ExpertiseTopicFactory(slug=f"topic-{index}")
        notify(
            recipients=[person or world.member],
            kind=NotificationKind.NEW_QUESTION,
            actor=world.convener,
            target=target,
            community=world.public,
        )


def test_unread_notices_come_first(world, client):
    notices_for(world, 2)
    older, newer = Notification.objects.order_by("pk")
    Notification.objects.filter(pk=newer.pk).update(read_at=timezone.now())
    client.force_login(world.member)
    response = client.get("/notifications/")
    assert response.status_code == 200
    html = response.text
    assert html.index(f"/notifications/{older.pk}/") < html.index(f"/notifications/{newer.pk}/")
    assert "Convener Person asked a question" in html


def test_someone_elses_notices_are_not_listed(world, client):
    notices_for(world, 1, person=world.outsider)
    client.force_login(world.member)
    assert "asked a question" not in client.get("/notifications/").text


def test_the_list_runs_the_same_queries_for_few_and_many(world, client):
    client.force_login(world.member)
    notices_for(world, 2)
    client.get("/notifications/")
    with cold_queries() as few:
        client.get("/notifications/")
    notices_for(world, 20)
    with cold_queries() as many:
        response = client.get("/notifications/")
    assert response.text.count('class="unread"') == 22
    assert all(
        f'href="/notifications/{notice.pk}/">{notice.actor.full_name} asked a question'
        in response.text
        for notice in Notification.objects.filter(recipient=world.member)
    )
    assert len(many) == len(few)


def test_opening_a_notice_marks_it_read_and_leads_to_its_target(world, client):
    notify(
        recipients=[world.member],
        kind=NotificationKind.NEW_REPLY,
        actor=None,
        target=world.public,
        community=world.public,
    )
    notification = Notification.objects.get()
    client.force_login(world.member)
    response = client.get(f"/notifications/{notification.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/communities/public-cop/"
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_a_topic_notice_leads_to_the_people_with_that_expertise(world, client):
    topic = ExpertiseTopicFactory(slug="audit")
    [notification] = notify(
        recipients=[world.member],
        kind=NotificationKind.NEW_QUESTION,
        actor=None,
        target=topic,
        community=None,
    )
    client.force_login(world.member)
    response = client.get(f"/notifications/{notification.pk}/")
    assert response["Location"] == "/people/?expertise=audit"


def test_nobody_opens_someone_elses_notice(world, client):
    notices_for(world, 1)
    client.force_login(world.outsider)
    notification = Notification.objects.get()
    assert client.get(f"/notifications/{notification.pk}/").status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None


def test_mark_all_read_with_htmx_and_without(world, client):
    notices_for(world, 3)
    client.force_login(world.member)
    response = client.post("/notifications/read/", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert 'id="notification-list"' in response.text
    assert "<html" not in response.text
    assert 'class="unread"' not in response.text
    assert not Notification.objects.filter(read_at=None).exists()
    response = client.post("/notifications/read/")
    assert response["Location"] == "/notifications/"


def test_the_header_shows_the_unread_count(world, client):
    notices_for(world, 3)
    Notification.objects.filter(pk=Notification.objects.first().pk).update(read_at=timezone.now())
    client.force_login(world.member)
    html = client.get("/communities/").text
    assert 'href="/notifications/"' in html
    assert '<span class="badge">2<span class="visually-hidden"> unread</span></span>' in html


def test_visitors_see_no_count_and_cost_no_query(world, client):
    with cold_queries() as queries:
        html = client.get("/communities/").text
    assert 'href="/notifications/"' not in html
    assert not [query for query in queries if "notifications_notification" in query["sql"]]


def test_settings_show_one_group_per_kind_with_defaults(world, client):
    client.force_login(world.member)
    html = client.get("/notifications/settings/").text
    assert html.count("<fieldset") == len(NotificationKind)
    assert "<legend>Someone mentions me</legend>" in html
    assert 'value="immediate" id="id_mentioned_0" required checked' in html
    assert 'value="daily" id="id_new_question_1" required checked' in html


def test_settings_are_saved_with_one_submit(world, client):
    client.force_login(world.member)
    choices: dict[str, str] = dict.fromkeys(NotificationKind.values, Frequency.WEEKLY)
    choices[NotificationKind.MENTIONED] = Frequency.OFF
    response = client.post("/notifications/settings/", choices)
    assert response.status_code == 302
    saved = notification_settings_get(person=world.member)
    assert saved[NotificationKind.MENTIONED] == Frequency.OFF
    assert saved[NotificationKind.NEW_REPLY] == Frequency.WEEKLY


def test_a_bad_settings_submit_keeps_the_choices_and_says_why(world, client):
    client.force_login(world.member)
    choices: dict[str, str] = dict.fromkeys(NotificationKind.values, Frequency.WEEKLY)
    choices[NotificationKind.MENTIONED] = "hourly"
    response = client.post("/notifications/settings/", choices)
    assert response.status_code == 200
    assert 'role="alert"' in response.text
    assert 'value="weekly" id="id_new_reply_2" required checked' in response.text
    assert notification_settings_get(person=world.member)[NotificationKind.NEW_REPLY] == "daily"


def test_relations_a_target_link_needs_are_loaded_with_the_targets(world, client, monkeypatch):
    from trellis.communities.models import Membership
    from trellis.notifications import registry

    for name in ("_urls", "_related"):
        monkeypatch.setattr(registry, name, dict(getattr(registry, name)))
    registry.register_target_url(
        Membership,
        lambda membership: f"/communities/{membership.community.slug}/members/",
        select_related=("community", "person"),
    )
    client.force_login(world.member)

    def membership_notices(count):
        for _ in range(count):
            membership = Membership.objects.create(
                person=world.outsider, community=CommunityFactory()
            )
            notify(
                recipients=[world.member],
                kind=NotificationKind.PEER_ASSIST,
                actor=None,
                target=membership,
                community=None,
            )

    membership_notices(2)
    client.get("/notifications/")
    with cold_queries() as few:
        client.get("/notifications/")
    membership_notices(10)
    with cold_queries() as many:
        client.get("/notifications/")
    assert len(many) == len(few)
