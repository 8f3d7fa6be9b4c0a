"""The conveners' queue of requests to join says when each person asked, oldest first."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Membership, MembershipState
from trellis.communities.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

EARLIER = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
LATER = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def requests(world):
    """Two people asked to join, the later one added first."""
    for name, asked in (("Lena Later", LATER), ("Emil Earlier", EARLIER)):
        request = MembershipFactory(
            community=world.public,
            person=UserFactory(full_name=name),
            state=MembershipState.PENDING,
        )
        Membership.objects.filter(pk=request.pk).update(updated_at=asked)


@pytest.mark.parametrize(("language", "words"), [("en", "Asked on"), ("ru", "Заявка от")])
def test_the_queue_shows_when_each_person_asked_oldest_first(
    client, world, requests, language, words
):
    world.convener.preferred_language = language
    world.convener.save(update_fields=["preferred_language"])
    client.force_login(world.convener)

    page = client.get(reverse("communities:manage", args=[world.public.slug])).content.decode()

    assert page.index("Emil Earlier") < page.index("Lena Later")
    with translation.override(language):
        for asked in (EARLIER, LATER):
            assert f"{words} {date_format(asked, 'DATE_FORMAT')}" in page


def test_members_do_not_see_the_queue(client, world, requests):
    client.force_login(world.member)

    response = client.get(reverse("communities:manage", args=[world.public.slug]))

    assert response.status_code == 403
