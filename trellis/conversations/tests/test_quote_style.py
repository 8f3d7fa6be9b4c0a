"""Quoted text in a discussion looks like a quote: a Markdown "> quote" becomes a blockquote,
and the stylesheet sets it apart from the reply around it."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from trellis.conversations.tests.factories import DiscussionFactory, ReplyFactory

pytestmark = pytest.mark.django_db


def test_a_quote_in_a_reply_is_a_blockquote_for_members_and_visitors(client, world):
    discussion = DiscussionFactory(community=world.public, author=world.convener)
    ReplyFactory(
        discussion=discussion,
        author=world.member,
        body="> We publish the budget in June.\n\nSo do we, since 2019.",
    )
    url = reverse("conversations:discussion_detail", args=[world.public.slug, discussion.pk])

    for person in (world.member, world.convener, None):
        client.logout()
        if person is not None:
            client.force_login(person)
        page = client.get(url).content.decode()
        assert re.search(
            r"<blockquote>\s*<p>We publish the budget in June.</p>\s*</blockquote>", page
        )
        assert "<p>So do we, since 2019.</p>" in page


def test_the_stylesheet_sets_quotes_apart() -> None:
    stylesheet = Path(finders.find("trellis/trellis.css")).read_text()

    rule = re.search(r"(?m)^blockquote \{([^}]*)\}", stylesheet)
    assert rule, "no rule for blockquote"
    assert "border-left:" in rule.group(1) and "background:" in rule.group(1)
