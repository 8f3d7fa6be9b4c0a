"""Writes about people: their profiles and personal API tokens.

A token is `trl_` followed by random text. Only its SHA-256 hash is stored, with its first
characters kept as a prefix so people can recognise their tokens in a list; the raw token is
returned once, when it is made.
"""

import hashlib
import secrets
from collections.abc import Iterable
from datetime import timedelta
from typing import Any, TypedDict, Unpack

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.accounts import permissions
from trellis.accounts.models import AccessToken, ExpertiseTopic, User
from trellis.accounts.search_source import KIND as PERSON_KIND
from trellis.accounts.sign_in_throttle import sign_in_attempt_begin, sign_in_attempt_succeeded
from trellis.communities.services import audit_record
from trellis.core.errors import LoginRequired
from trellis.core.permissions import require
from trellis.search.indexing import search_index_later

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


class ProfileChanges(TypedDict, total=False):
    """What a person may change of their profile; a field left out stays as it is."""

    full_name: str
    full_name_latin: str
    country: str
    organisation: str
    position: str
    languages: list[str]
    expertise: Iterable[ExpertiseTopic]
    bio: str
    # A new photo, or None to remove the photo.
    photo: File[Any] | None
    profile_visibility: str
    email_visibility: str
    preferred_language: str
    time_zone: str


def _profile_fields_set(person: User, fields: dict[str, Any]) -> set[str]:
    """Give the person the new values and check them; the names of those that changed.

    A refused change leaves the person as they were: the page that shows the refusal shows
    the saved profile around the form (the person asking is often this very object).
    """
    before = {name: getattr(person, name) for name in fields}
    for name, value in fields.items():
        setattr(person, name, value)
    try:
        person.full_clean(
            exclude=[field.name for field in User._meta.get_fields() if field.name not in fields]
        )
    except ValidationError:
        for name, value in before.items():
            setattr(person, name, value)
        raise
    return {name for name, value in before.items() if value != getattr(person, name)}


def profile_update(*, actor: User, person: User, **changes: Unpack[ProfileChanges]) -> User:
    """Change a person's own profile, in one transaction.

    The change is written to the audit trail (which fields, not their values: the profile
    keeps those, the trail should not copy personal data), network-wide since a profile
    belongs to no one community. It is not a contribution: editing one's profile is not an
    act of participation in a community, and counting it would let anyone raise their level
    of participation by saving the form again.
    """
    require(
        actor, permissions.can_edit_profile(actor, person), reason=permissions.EDIT_PROFILE_REASON
    )
    fields: dict[str, Any] = dict(changes)
    expertise = fields.pop("expertise", None)
    if "photo" in fields and fields["photo"] is None:
        fields["photo"] = ""
    changed = _profile_fields_set(person, fields)
    with transaction.atomic():
        if changed:
            person.save()
        if expertise is not None:
            chosen = {topic.pk for topic in expertise}
            if chosen != set(person.expertise.values_list("pk", flat=True)):
                person.expertise.set(chosen)
                changed.add("expertise")
        if changed:
            search_index_later(kind=PERSON_KIND, ids=[person.pk])
            audit_record(
                actor=actor,
                community=None,
                action="profile.updated",
                subject=str(person),
                person=person.pk,
                fields=sorted(changed),
            )
    return person
