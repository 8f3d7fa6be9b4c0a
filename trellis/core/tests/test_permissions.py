"""`require` refuses with the reason it is given, and the 403 page shows that reason."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied

from trellis.accounts.tests.factories import UserFactory
from trellis.core.errors import LoginRequired
from trellis.core.permissions import require

REASON = _("Only the community's conveners can moderate its conversations.")
IN_RUSSIAN = "Только координаторы сообщества могут модерировать его обсуждения."

pytestmark = pytest.mark.django_db


def test_an_allowed_person_passes():
    require(UserFactory(), True, reason=REASON)


def test_a_refusal_carries_its_reason_in_the_persons_language():
    person = UserFactory()

    with (
        translation.override("ru"),
        pytest.raises(PermissionDenied, match=re.escape(IN_RUSSIAN)),
    ):
        require(person, False, reason=REASON)


def test_a_refusal_without_a_reason_says_nothing():
    with pytest.raises(PermissionDenied, match=r"^$"):
        require(UserFactory(), False)


def test_a_visitor_is_asked_to_sign_in_whatever_the_reason():
    with pytest.raises(LoginRequired, match=re.escape("This needs a signed-in person.")):
        require(AnonymousUser(), False, reason=REASON)


def render_403(exception):
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    return permission_denied(request, exception).content.decode()


def test_the_403_page_explains_the_reason():
    page = render_403(PermissionDenied(REASON))

    assert "Only the community&#x27;s conveners can moderate its conversations." in page
    assert "You do not have permission to do this." not in page


def test_the_403_page_without_a_reason_stays_generic():
    page = render_403(PermissionDenied())

    assert "You do not have permission to do this." in page
