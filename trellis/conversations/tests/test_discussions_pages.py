"""Discussion pages: starting, replying, quoting (with and without htmx), conveners' buttons,
editing, and list pages whose query count does not grow with the list."""

import pytest
from django.urls import reverse

from trellis.conversations.models import Discussion, Reply
from trellis.conversations.services import discussions as services
from trellis.conversations.tests.factories import DiscussionFactory, ReplyFactory

pytestmark = pytest.mark.django_db


def detail_url(discussion):
    return reverse(
        "conversations:discussion_detail", args=[discussion.community.slug, discussion.pk]
    )


def test_a_member_starts_a_discussion_and_a_colleague_replies(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("conversations:discussion_create", args=[world.public.slug]),
        {"title": "Programme budgeting", "body": "How do you **link** budgets to results?"},
    )
    discussion = Discussion.objects.get()
    assert response.status_code == 302
    assert response["Location"] == detail_url(discussion)
    client.force_login(world.convener)
    response = client.post(
        reverse("conversations:reply_create", args=[world.public.slug, discussion.pk]),
        {"body": "With performance indicators."},
    )
    reply = Reply.objects.get()
    assert response["Location"].endswith(f"#reply-{reply.pk}")
    page = client.get(detail_url(discussion)).content.decode()
    assert "<strong>link</strong>" in page
    assert "With performance indicators." in page


def test_a_form_with_errors_keeps_what_was_typed(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("conversations:discussion_create", args=[world.public.slug]),
        {"title": "", "body": "Text I do not want to lose"},
    )
    assert response.status_code == 200
    assert "Text I do not want to lose" in response.content.decode()
    assert not Discussion.objects.exists()


def test_quoting_a_reply_shows_it_above_the_new_reply_with_its_author(client, world):
    discussion = DiscussionFactory(community=world.public)
    quoted = ReplyFactory(discussion=discussion, author=world.convener, body="Use a TSA.")
    client.force_login(world.member)
    fragment = client.get(
        detail_url(discussion) + f"?quote={quoted.pk}", headers={"HX-Request": "true"}
    )
    html = fragment.content.decode()
    assert "<html" not in html
    assert f'name="quoted" value="{quoted.pk}"' in html
    assert "Quoting Convener Person" in html
    client.post(
        reverse("conversations:reply_create", args=[world.public.slug, discussion.pk]),
        {"body": "Which bank holds it?", "quoted": quoted.pk},
    )
    assert Reply.objects.get(body="Which bank holds it?").quoted == quoted
    page = client.get(detail_url(discussion)).content.decode()
    assert "Convener Person wrote:" in page
    assert page.index("Convener Person wrote:") < page.index("Which bank holds it?")


def test_without_javascript_the_quote_link_reloads_the_page_with_the_form_quoting(client, world):
    discussion = DiscussionFactory(community=world.public)
    quoted = ReplyFactory(discussion=discussion, author=world.convener)
    client.force_login(world.member)
    page = client.get(detail_url(discussion)).content.decode()
    assert f'href="?quote={quoted.pk}#reply-form"' in page
    page = client.get(detail_url(discussion) + f"?quote={quoted.pk}").content.decode()
    assert f'name="quoted" value="{quoted.pk}"' in page


def test_closed_and_locked_pages_say_why_no_reply_is_possible(client, world):
    discussion = DiscussionFactory(community=world.public)
    client.force_login(world.member)
    assert 'id="reply-form"' in client.get(detail_url(discussion)).content.decode()
    services.discussion_moderate(actor=world.convener, discussion=discussion, locked=True)
    page = client.get(detail_url(discussion)).content.decode()
    assert 'id="reply-form"' not in page
    assert "locked this discussion" in page
    services.discussion_moderate(actor=world.convener, discussion=discussion, closed=True)
    page = client.get(detail_url(discussion)).content.decode()
    assert "it has reached its end" in page
    response = client.post(
        reverse("conversations:reply_create", args=[world.public.slug, discussion.pk]),
        {"body": "Let me in"},
        headers={"referer": detail_url(discussion)},
    )
    assert response.status_code == 302
    assert not Reply.objects.exists()


def test_conveners_pin_lock_and_close_from_the_page(client, world):
    discussion = DiscussionFactory(community=world.public)
    client.force_login(world.member)
    assert "Pin to the top" not in client.get(detail_url(discussion)).content.decode()
    client.force_login(world.convener)
    page = client.get(detail_url(discussion)).content.decode()
    assert "Pin to the top" in page
    assert "data-confirm" in page
    for action in ("pin", "lock", "close"):
        client.post(
            reverse(f"conversations:discussion_{action}", args=[world.public.slug, discussion.pk]),
            {"value": "1"},
        )
    discussion.refresh_from_db()
    assert discussion.pinned and discussion.locked and discussion.closed
    client.post(
        reverse("conversations:discussion_close", args=[world.public.slug, discussion.pk]),
        {"value": "0"},
    )
    discussion.refresh_from_db()
    assert not discussion.closed


def test_the_author_edits_the_discussion(client, world):
    discussion = DiscussionFactory(community=world.public, author=world.member)
    client.force_login(world.member)
    url = reverse("conversations:discussion_edit", args=[world.public.slug, discussion.pk])
    assert "What do you think?" in client.get(url).content.decode()
    response = client.post(url, {"title": "A better title", "body": "A clearer question."})
    assert response.status_code == 302
    discussion.refresh_from_db()
    assert discussion.title == "A better title"
    assert discussion.edited_at is not None


def test_a_discussion_of_another_community_is_not_found_under_this_one(client, world):
    discussion = DiscussionFactory(community=world.private)
    client.force_login(world.member)
    url = reverse("conversations:discussion_detail", args=[world.public.slug, discussion.pk])
    assert client.get(url).status_code == 404


def test_the_community_menu_links_to_discussions_and_peer_assists(client, world):
    page = client.get(reverse("conversations:discussion_list", args=[world.public.slug]))
    html = page.content.decode()
    assert reverse("conversations:peer_assist_list", args=[world.public.slug]) in html


@pytest.mark.parametrize("count", [2, 25])
def test_the_list_runs_a_fixed_number_of_queries(
    client, world, count, django_assert_max_num_queries
):
    discussions = [
        ReplyFactory(discussion=DiscussionFactory(community=world.public)).discussion
        for _number in range(count)
    ]
    client.force_login(world.member)
    with django_assert_max_num_queries(13):
        response = client.get(reverse("conversations:discussion_list", args=[world.public.slug]))
    page = response.content.decode()
    assert page.count('class="calendar-entry"') == count
    assert all(discussion.title in page for discussion in discussions)


@pytest.mark.parametrize("count", [2, 25])
def test_a_discussion_page_runs_a_fixed_number_of_queries(
    client, world, count, django_assert_max_num_queries
):
    discussion = DiscussionFactory(community=world.public)
    previous = None
    for number in range(count):
        previous = ReplyFactory(discussion=discussion, quoted=previous, body=f"Reply {number}.")
    client.force_login(world.member)
    with django_assert_max_num_queries(14):
        response = client.get(detail_url(discussion))
    assert response.status_code == 200
    page = response.content.decode()
    assert all(f"Reply {number}." in page for number in range(count))
