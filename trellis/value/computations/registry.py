"""The registry of computations, and what every computation shares: its period."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.utils.functional import Promise

from trellis.core.network_time import network_day_start
from trellis.value.scopes import Scope


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included, in the network's calendar."""

    start: date
    end: date

    @property
    def since(self) -> datetime:
        return network_day_start(self.start)

    @property
    def until(self) -> datetime:
        return network_day_start(self.end + timedelta(days=1))


@dataclass(frozen=True)
class Computation:
    code: str
    definition: Promise
    compute: Callable[[Period, Scope], Decimal | None]
    # Scope kinds the computation means something for.
    scopes: frozenset[str]


COMPUTATIONS: dict[str, Computation] = {}


def computation_register(computation: Computation) -> Computation:
    COMPUTATIONS[computation.code] = computation
    return computation


def computation_get(code: str) -> Computation | None:
    return COMPUTATIONS.get(code)


def share(part: int, whole: int) -> Decimal | None:
    """A percentage with two decimals; None when there is nothing to take a share of."""
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.01"))


def ratio(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / whole).quantize(Decimal("0.01"))
