"""Communities and topics can be followed from the pages where people meet them."""

import pytest
from django.urls import reverse

from trellis.accounts.tests.factories import ExpertiseTopicFactory
from trellis.notifications.selectors import is_following

pytestmark = pytest.mark.django_db


def test_community_page_offers_to_follow_the_community(client, world):
    client.force_login(world.member)
    page = client.get(reverse("communities:detail", args=[world.public.slug])).content.decode()
    assert "/follow/" in page


def test_question_list_filtered_by_topic_offers_to_follow_the_topic(client, world):
    topic = ExpertiseTopicFactory(slug="cash-management")
    client.force_login(world.member)
    page = client.get(reverse("conversations:question_list"), {"topic": topic.slug})
    content = page.content.decode()
    assert "/follow/" in content
    follow_url = content[content.index("/follow/") :].split('"')[0]
    client.post(follow_url)
    assert is_following(person=world.member, target=topic)
