"""The demo accounts people log in with, and the partners' staff who run the network.

Who they are is data, in `data/accounts.yaml`.
"""

from dataclasses import dataclass

from django.conf import settings

from trellis.demo.content import content_load
from trellis.demo.people import PersonSpec


@dataclass(frozen=True)
class DemoAccount:
    email: str
    what: str  # what the account shows, for the "Log in with" block


ADMIN: PersonSpec = content_load("accounts", PersonSpec, key="admin")
CONVENER: PersonSpec = content_load("accounts", PersonSpec, key="convener")
MEMBER: PersonSpec = content_load("accounts", PersonSpec, key="member")
SPONSOR: PersonSpec = content_load("accounts", PersonSpec, key="sponsor")
PARTNERS: tuple[PersonSpec, ...] = content_load("accounts", tuple[PersonSpec, ...], key="partners")
DEMO_ACCOUNTS: tuple[DemoAccount, ...] = content_load(
    "accounts", tuple[DemoAccount, ...], key="log_in_with"
)


def demo_password() -> str:
    return str(settings.DEMO_PASSWORD)


def demo_account_list() -> list[DemoAccount]:
    """The accounts to offer on the "Log in with" line; all share `demo_password()`."""
    return list(DEMO_ACCOUNTS)
