"""The Django admin site signs people in through the login page, never through its own form.

So it takes the login page's limits and its second factor; and holding the network
administrator role does not by itself open the admin site.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from trellis.accounts.sign_in_throttle import ACCOUNT_LIMIT
from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Role
from trellis.communities.services import role_assign, role_end

pytestmark = pytest.mark.django_db

SECRET = "JBSWY3DPEHPK3PXP"


@pytest.fixture(autouse=True)
def _cache_clear():
    """allauth keeps used two-factor codes and its per-minute limits in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def operator():
    """Someone who runs the installation: a superuser, as `createsuperuser` makes them."""
    return UserFactory(email="operator@example.org", is_staff=True, is_superuser=True)


def totp_code() -> str:
    return format_hotp_value(hotp_value(SECRET, int(timezone.now().timestamp()) // 30))


def sign_in_through_admin(client: Client, email: str, password: str = "password"):
    """Follow the admin's login link to wherever it leads and post the credentials there."""
    start = client.get(reverse("admin:login"), {"next": "/admin/"})
    assert start.status_code == 302
    login = urlsplit(start["Location"])
    assert login.path == reverse("account_login")
    assert parse_qs(login.query)["next"] == ["/admin/"]
    return client.post(start["Location"], {"login": email, "password": password, "next": "/admin/"})


def test_the_admin_login_sends_visitors_to_the_login_page(client):
    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0].startswith(reverse("account_login"))
    assert response.status_code == 200


def test_the_admin_login_form_checks_no_password(client, operator):
    response = client.post(
        reverse("admin:login"),
        {"username": operator.email, "password": "password", "next": "/admin/"},
    )

    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("account_login")
    assert "_auth_user_id" not in client.session


def test_an_operator_reaches_the_admin_site_through_the_login_page(client, operator):
    response = sign_in_through_admin(client, operator.email)

    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_with_two_factor_on_the_admin_site_asks_for_the_code(client, operator):
    TOTP.activate(operator, SECRET)

    response = sign_in_through_admin(client, operator.email)

    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302
    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert "_auth_user_id" not in client.session
    assert wrong.status_code == 200
    right = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert right["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_admin_login_takes_the_login_pages_limit(client, operator):
    for _attempt in range(ACCOUNT_LIMIT):
        sign_in_through_admin(client, operator.email, "guess")

    response = sign_in_through_admin(client, operator.email)

    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_signed_in_person_without_admin_rights_is_refused(client, world):
    client.force_login(world.member)

    assert client.get(reverse("admin:login")).status_code == 403
    assert client.get("/admin/").status_code == 302


def test_the_network_administrator_role_does_not_open_the_admin_site(client, world, operator):
    person = UserFactory()
    network_admin = Role.objects.get(code=Role.NETWORK_ADMIN)

    role_assign(actor=world.admin, person=person, role=network_admin, community=None)
    assignment = role_assign(actor=world.admin, person=operator, role=network_admin, community=None)
    role_end(actor=world.admin, assignment=assignment)

    person.refresh_from_db()
    operator.refresh_from_db()
    assert not person.is_staff and not person.is_superuser
    assert operator.is_staff and operator.is_superuser
    client.force_login(person)
    assert client.get(reverse("admin:login")).status_code == 403
