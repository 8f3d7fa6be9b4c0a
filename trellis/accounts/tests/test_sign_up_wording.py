"""One Russian wording for creating an account, distinct from registering for an activity."""

import pytest
from django.urls import reverse

from trellis.activities.tests.factories import ActivityFactory

pytestmark = pytest.mark.django_db

RU = {"accept-language": "ru"}
SIGN_UP = "Создать учётную запись"
# allauth's and Trellis's former words for the action, which read as "register (for something)".
FORMER = ("Зарегистрируйтесь", "Зарегистрироваться", "зарегистрируйтесь")


@pytest.mark.parametrize(
    "url",
    [
        lambda world: reverse("communities:home"),
        lambda world: reverse("communities:detail", args=[world.public.slug]),
        lambda world: reverse("account_signup"),
        lambda world: reverse("account_login"),
    ],
)
def test_every_page_says_create_an_account(client, world, url):
    page = client.get(url(world), headers=RU).content.decode()
    assert SIGN_UP in page or "создайте" in page
    for word in FORMER:
        assert word not in page


def test_the_sign_up_page_names_the_action_the_same_way(client, world):
    page = client.get(reverse("account_signup"), headers=RU).content.decode()
    assert f"<h1>{SIGN_UP}</h1>" in page or f">{SIGN_UP}<" in page
    assert page.count(SIGN_UP) >= 2  # the header's button and the page's own


def test_registering_for_an_activity_keeps_its_own_words(client, world):
    activity = ActivityFactory(communities=[world.public])
    page = client.get(reverse("activities:detail", args=[activity.pk]), headers=RU).content
    page = page.decode()
    assert "Войдите, чтобы зарегистрироваться" in page
    assert SIGN_UP in page  # the header's sign-up button, in other words
