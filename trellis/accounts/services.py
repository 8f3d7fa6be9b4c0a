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
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.accounts.models import AccessToken, User
from trellis.core.errors import LoginRequired, TrellisError

TOKEN_PREFIX = "trl_"
TOKEN_PREFIX_LENGTH = 8
TOKEN_MAX_LENGTH = 200
# Writing last_used_at on every request would turn each API read into a write.
LAST_USED_PRECISION = timedelta(minutes=1)
FAILED_ATTEMPTS_LIMIT = 5
FAILED_ATTEMPTS_WINDOW = 5 * 60


class CredentialsInvalid(LoginRequired):
    """The email, password or two-factor code did not identify an active person."""

    def __init__(self, message: str, *, code: str = "invalid_credentials") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class TooManyAttemptsError(TrellisError):
    """Too many failed sign-in attempts for one email address in a short time."""

    def __init__(self) -> None:
        super().__init__(
            _("Too many failed attempts. Wait a few minutes and try again."), code="throttled"
        )


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


def _failures_key(email: str) -> str:
    digest = hashlib.sha256(email.encode()).hexdigest()
    return f"trellis.api.token-failures:{digest}"


def _failure_record(email: str) -> None:
    key = _failures_key(email)
    cache.add(key, 0, timeout=FAILED_ATTEMPTS_WINDOW)
    try:
        cache.incr(key)
    except ValueError:
        # The entry expired between add and incr: this failure starts a new window.
        cache.set(key, 1, timeout=FAILED_ATTEMPTS_WINDOW)


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
    *, email: str, password: str, totp: str = "", name: str
) -> tuple[AccessToken, str]:
    """Make a token for whoever proves who they are with their password (and TOTP code).

    Failed attempts are counted per email address; past the limit every attempt is refused
    until the window ends, so passwords and codes cannot be guessed through the API.
    """
    email = email.strip().lower()
    if (cache.get(_failures_key(email)) or 0) >= FAILED_ATTEMPTS_LIMIT:
        raise TooManyAttemptsError
    try:
        person = _credentials_check(email=email, password=password, totp=totp.strip())
    except CredentialsInvalid:
        _failure_record(email)
        raise
    return access_token_create(person=person, name=name)


def person_language_set(*, person: User, language: str) -> User:
    """Remember the interface language a person chose, for every device they use."""
    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("Choose one of the interface languages.")})
    if person.preferred_language != language:
        person.preferred_language = language
        person.save(update_fields=["preferred_language"])
    return person
