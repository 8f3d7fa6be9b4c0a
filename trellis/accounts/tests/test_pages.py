"""People's pages: directory filters, profile visibility, photo checks, language choice."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from trellis.accounts.models import EmailVisibility, ProfileVisibility
from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.communities.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def png_bytes(size=(20, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "navy").save(buffer, format="PNG")
    return buffer.getvalue()


def test_directory_filters_by_country_language_expertise_and_community(client, world):
    topic = ExpertiseTopicFactory(slug="treasury-single-account")
    kazakh = UserFactory(full_name="Айгуль Сейтказиева", country="KZ", languages=["kk", "ru"])
    kazakh.expertise.add(topic)
    UserFactory(full_name="Arben Hoxha", country="AL", languages=["sq", "en"])
    MembershipFactory(community=world.public, person=kazakh)
    client.force_login(world.member)
    url = reverse("accounts:directory")

    def names(**params):
        return client.get(url, params).content.decode()

    assert "Айгуль Сейтказиева" in names(country="KZ")
    assert "Arben Hoxha" not in names(country="KZ")
    assert "Айгуль Сейтказиева" in names(language="kk")
    assert "Arben Hoxha" not in names(language="kk")
    assert "Айгуль Сейтказиева" in names(expertise="treasury-single-account")
    assert "Arben Hoxha" not in names(community=world.public.slug)
    assert "Айгуль Сейтказиева" in names(community=world.public.slug)


def test_directory_respects_profile_visibility(client, world):
    UserFactory(full_name="Public Person", profile_visibility=ProfileVisibility.PUBLIC)
    UserFactory(full_name="Network Person", profile_visibility=ProfileVisibility.NETWORK)
    hidden = UserFactory(
        full_name="Hidden Person", profile_visibility=ProfileVisibility.COMMUNITIES
    )
    url = reverse("accounts:directory")
    visitor_view = client.get(url).content.decode()
    assert "Public Person" in visitor_view
    assert "Network Person" not in visitor_view
    client.force_login(world.outsider)
    outsider_view = client.get(url).content.decode()
    assert "Network Person" in outsider_view
    assert "Hidden Person" not in outsider_view
    assert client.get(reverse("accounts:profile", args=[hidden.pk])).status_code == 404
    MembershipFactory(community=world.public, person=hidden)
    client.force_login(world.member)
    assert client.get(reverse("accounts:profile", args=[hidden.pk])).status_code == 200


def test_private_community_filter_reveals_nothing_to_outsiders(client, world):
    client.force_login(world.outsider)
    response = client.get(reverse("accounts:directory"), {"community": world.private.slug})
    assert "Member Person" not in response.content.decode()


def test_email_shown_according_to_choice(client, world):
    world.member.email_visibility = EmailVisibility.NOBODY
    world.member.save()
    client.force_login(world.convener)
    profile = reverse("accounts:profile", args=[world.member.pk])
    assert "member@example.org" not in client.get(profile).content.decode()
    world.member.email_visibility = EmailVisibility.COMMUNITIES
    world.member.save()
    assert "member@example.org" in client.get(profile).content.decode()
    client.force_login(world.outsider)
    assert "member@example.org" not in client.get(profile).content.decode()


def profile_data(person, **overrides):
    data = {
        "full_name": person.full_name,
        "full_name_latin": "",
        "country": "MD",
        "organisation": "Ministry of Finance of Moldova",
        "position": "Budget analyst",
        "languages": ["ro", "ru"],
        "bio": "I work on program budgeting.",
        "profile_visibility": "network",
        "email_visibility": "communities",
        "preferred_language": "",
    }
    data.update(overrides)
    return data


def test_profile_edit_saves_and_photo_is_served_only_to_allowed_viewers(client, world):
    client.force_login(world.member)
    photo = SimpleUploadedFile("me.png", png_bytes(), content_type="image/png")
    response = client.post(
        reverse("accounts:profile_edit"), profile_data(world.member, photo=photo)
    )
    assert response.status_code == 302
    world.member.refresh_from_db()
    assert world.member.country == "MD"
    assert world.member.languages == ["ro", "ru"]
    photo_url = reverse("accounts:photo", args=[world.member.pk])
    assert client.get(photo_url).status_code == 200
    client.logout()
    assert client.get(photo_url).status_code == 404


def test_photo_that_is_not_an_image_is_refused_and_typed_text_kept(client, world):
    client.force_login(world.member)
    fake = SimpleUploadedFile("me.png", b"<script>alert(1)</script>", content_type="image/png")
    response = client.post(
        reverse("accounts:profile_edit"),
        profile_data(world.member, photo=fake, bio="Text I do not want to lose"),
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Text I do not want to lose" in content
    assert "errorlist" in content


def test_photo_too_large_is_refused(client, world, settings):
    settings.PROFILE_PHOTO_MAX_BYTES = 100
    client.force_login(world.member)
    photo = SimpleUploadedFile("big.png", png_bytes((200, 200)), content_type="image/png")
    response = client.post(
        reverse("accounts:profile_edit"), profile_data(world.member, photo=photo)
    )
    assert response.status_code == 200
    assert "too large" in response.content.decode()


def test_language_switch_is_remembered_for_the_person(client, world):
    client.force_login(world.member)
    client.post(reverse("accounts:set_language"), {"language": "ru", "next": "/"})
    world.member.refresh_from_db()
    assert world.member.preferred_language == "ru"
    client.cookies.clear()
    client.force_login(world.member)
    response = client.get(reverse("communities:home"), HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="ru">' in response.content.decode()


def test_browser_language_is_the_default(client, db):
    response = client.get(reverse("communities:home"), HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9")
    assert '<html lang="ru">' in response.content.decode()


def test_signup_verify_login_flow(client, db, mailoutbox):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new.person@example.org",
            "full_name": "Новый Человек",
            "password1": "a-long-passphrase-42",
            "password2": "a-long-passphrase-42",
        },
    )
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    link = next(word for word in mailoutbox[0].body.split() if "/accounts/confirm-email/" in word)
    path = link[link.index("/accounts/") :]
    client.post(path)
    from trellis.accounts.models import User

    person = User.objects.get(email="new.person@example.org")
    assert person.full_name == "Новый Человек"
    assert person.emailaddress_set.get().verified
    client.logout()
    login = client.post(
        reverse("account_login"),
        {"login": "new.person@example.org", "password": "a-long-passphrase-42"},
    )
    assert login.status_code == 302


def test_repeated_failed_logins_are_throttled(client, world):
    from django.core.cache import cache

    cache.clear()
    url = reverse("account_login")
    for _ in range(5):
        client.post(url, {"login": world.member.email, "password": "wrong"})
    response = client.post(url, {"login": world.member.email, "password": "password"})
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
    cache.clear()
