"""Writes about people: personal API tokens.

A token is `trl_` followed by random text. Only its SHA-256 hash is stored, with its first
characters kept as a prefix so people can recognise their tokens in a list; the raw token is
returned once, when it is made.
"""

import hashlib
import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.accounts.models import AccessToken, User
from trellis.accounts.sign_in_throttle import sign_in_attempt_begin, sign_in_attempt_succeeded
from trellis.core.errors import LoginRequired

TOKEN_PREFIX = "trl_"
TOKEN_PREFIX_LENGTH = 8
TOKEN_MAX_LENGTH = 200
# Writing last_used_at on every request would turn each API read into a write.
LAST_USED_PRECISION = timedelta(minutes=1)


class CredentialsInvalid(LoginRequired):
    """The email, password or two-factor code did not identify an active person."""

    def __init__(self, message: str, *, code: str = "invalid_credentials") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def access_token_create(*, person: User, name: str) -> tuple[AccessToken, str]:
    """Make a token for the person; the raw token in the result is never stored or shown again."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = AccessToken(
        person=person,
        name=name.strip(),
        prefix=raw[:TOKEN_PREFIX_LENGTH],
        token_hash=_token_hash(raw),
    )
    token.full_clean()
    with transaction.atomic():
        token.save()
    return token, raw


def access_token_revoke(*, person: User, token_id: int) -> AccessToken:
    """Revoke one of the person's own tokens; anyone else's token is 404, as if absent."""
    with transaction.atomic():
        token = (
            AccessToken.objects.select_for_update()
            .filter(person=person, pk=token_id, revoked_at__isnull=True)
            .first()
        )
        if token is None:
            raise Http404
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at", "updated_at"])
    return token


def access_token_authenticate(*, raw: str) -> User | None:
    """The active person a live token belongs to, or None; records when the token was used."""
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > TOKEN_MAX_LENGTH:
        return None
    token = (
        AccessToken.objects.select_related("person")
        .filter(token_hash=_token_hash(raw), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.person.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        AccessToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.person


def _credentials_check(*, email: str, password: str, totp: str) -> User:
    person = User.objects.filter(email__iexact=email).first()
    if person is None:
        # Hash anyway, so the answer takes as long whether or not the address exists.
        User().set_password(password)
        raise CredentialsInvalid(_("The email address or password is not correct."))
    if not person.check_password(password) or not person.is_active:
        raise CredentialsInvalid(_("The email address or password is not correct."))
    authenticator = Authenticator.objects.filter(user=person, type=Authenticator.Type.TOTP).first()
    if authenticator is not None:
        if not totp:
            raise CredentialsInvalid(
                _("Enter the code from your authenticator app."), code="totp_required"
            )
        if not TOTP(authenticator).validate_code(totp):
            raise CredentialsInvalid(
                _("The authenticator code is not correct."), code="totp_invalid"
            )
        authenticator.record_usage()
    if not EmailAddress.objects.filter(user=person, verified=True).exists():
        raise CredentialsInvalid(
            _("Confirm your email address before using the API."), code="email_unverified"
        )
    return person


def access_token_obtain(
    *, email: str, password: str, totp: str = "", name: str, address: str
) -> tuple[AccessToken, str]:
    """Make a token for whoever proves who they are with their password (and TOTP code).

    The attempt counts against the same limits as the login form's (per client `address`, and
    per account from it), so passwords and codes cannot be guessed through the API either.
    """
    email = email.strip().lower()
    attempt = sign_in_attempt_begin(email=email, address=address)
    person = _credentials_check(email=email, password=password, totp=totp.strip())
    sign_in_attempt_succeeded(attempt=attempt)
    return access_token_create(person=person, name=name)


def person_language_set(*, person: User, language: str) -> User:
    """Remember the interface language a person chose, for every device they use."""
    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("Choose one of the interface languages.")})
    if person.preferred_language != language:
        person.preferred_language = language
        person.save(update_fields=["preferred_language"])
    return person
