"""Failed sign-ins, limited per client address and per account from an address.

Every password check — the login form (through the allauth adapter), the admin login (which is
the login form) and the API's token endpoint — counts against two limits:

- one account from one address (`ACCOUNT_LIMIT`): guessing one password stops there, and
  whoever does it cannot lock the account's owner out from anywhere else, nor anyone else out
  of their own account from the same address;
- one address, whatever the account (`ADDRESS_LIMIT`): one guess each for many accounts
  (a password spray) is slowed as well.

An attempt is counted *before* its password is checked and given back when it succeeds, so only
failures use up a limit, and concurrent guesses cannot all pass a check made before any of them
was counted. Each count is one conditional `UPDATE ... SET attempts = attempts + 1` of a row,
which PostgreSQL serialises with a row lock and SQLite with its single writer: the count holds
across every app server process, whatever the cache is (the default cache lives in each
process, and the database cache's `incr` is a read followed by a write).
"""

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

from allauth import app_settings as allauth_settings
from allauth.account.adapter import get_adapter
from django.db import transaction
from django.db.models import Case, F, Q, Value, When
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from trellis.accounts.models import SignInCounter
from trellis.core.errors import TrellisError

ACCOUNT_LIMIT = 5
ADDRESS_LIMIT = 20
WINDOW = timedelta(minutes=5)


class TooManyAttemptsError(TrellisError):
    """Too many failed sign-in attempts from one address, or for one account from it."""

    def __init__(self) -> None:
        super().__init__(
            _("Too many failed attempts. Wait a few minutes and try again."), code="throttled"
        )


@dataclass(frozen=True)
class SignInAttempt:
    """An attempt counted against its limits, to give back if it succeeds."""

    keys: tuple[str, ...]


def client_address(request: HttpRequest) -> str:
    """The address a request comes from, as allauth's own rate limits see it.

    Behind `TRUSTED_PROXY_COUNT` reverse proxies that append to X-Forwarded-For it is the address
    the outermost one saw; without proxies, the connection's. An IPv6 address stands for its
    whole network prefix (/64 by default), which one client can cycle through.
    """
    address = get_adapter(request).get_client_ip(request)
    parsed = ipaddress.ip_address(address)
    if parsed.version == 6:
        prefix = allauth_settings.RATE_LIMIT_IPV6_PREFIX
        return str(ipaddress.IPv6Network(f"{parsed}/{prefix}", strict=False).network_address)
    return str(parsed)


def _key(*parts: str) -> str:
    return salted_hmac("trellis.sign-in", "\n".join(parts), algorithm="sha256").hexdigest()


def _count(key: str, limit: int, now: datetime) -> bool:
    """Count one attempt for `key` unless `limit` attempts were counted in its window."""
    fresh = Q(window_started_at__lte=now - WINDOW) | Q(attempts=0)
    # A second round only if a clean-up removed the row between its insertion and the update.
    for _round in range(2):
        SignInCounter.objects.bulk_create(
            [SignInCounter(key=key, window_started_at=now, attempts=0)], ignore_conflicts=True
        )
        counted = (
            SignInCounter.objects.filter(key=key)
            .filter(fresh | Q(attempts__lt=limit))
            .update(
                attempts=Case(When(fresh, then=Value(1)), default=F("attempts") + 1),
                window_started_at=Case(
                    When(fresh, then=Value(now)), default=F("window_started_at")
                ),
            )
        )
        if counted:
            return True
        if SignInCounter.objects.filter(key=key).exists():
            return False
    return False


def _stale_counters_delete(now: datetime) -> None:
    """Forget counters whose window is over; rows another attempt holds are left for later."""
    with transaction.atomic():
        stale = list(
            SignInCounter.objects.select_for_update(skip_locked=True)
            .filter(window_started_at__lte=now - WINDOW)
            .values_list("pk", flat=True)[:500]
        )
        SignInCounter.objects.filter(pk__in=stale).delete()


def sign_in_attempt_begin(*, email: str, address: str) -> SignInAttempt:
    """Count an attempt to sign in as `email` from `address`, before the password is checked.

    Raises TooManyAttemptsError, counting nothing, when either limit is reached.
    """
    now = timezone.now()
    _stale_counters_delete(now)
    # The address's row is always taken first, so two attempts never wait for each other's rows.
    limits = (
        (_key("address", address), ADDRESS_LIMIT),
        (_key("account", email.strip().lower(), address), ACCOUNT_LIMIT),
    )
    with transaction.atomic():
        for key, limit in limits:
            if not _count(key, limit, now):
                raise TooManyAttemptsError
    return SignInAttempt(keys=tuple(key for key, _limit in limits))


def sign_in_attempt_succeeded(*, attempt: SignInAttempt) -> None:
    """Give back a successful attempt's count: only failures use up the limits."""
    # One row per statement, so a refund never holds one row while waiting for another.
    for key in attempt.keys:
        SignInCounter.objects.filter(key=key, attempts__gt=0).update(attempts=F("attempts") - 1)
