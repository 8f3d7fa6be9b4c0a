"""What a bench run is asked to do, read from the environment (see benchmarks/bench.py)."""

import re
from collections.abc import Mapping
from dataclasses import dataclass

ROLES = ("visitor", "member", "convener", "admin")


class BenchError(Exception):
    """The bench cannot go on; the message says why and what to do."""


@dataclass(frozen=True)
class Options:
    members: int
    seconds: float
    rebuild: bool
    urls: re.Pattern[str] | None
    roles: tuple[str, ...]
    database_url: str | None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> "Options":
        try:
            members = int(environ.get("BENCH_MEMBERS") or 10000)
            seconds = float(environ.get("BENCH_SECONDS") or 8)
        except ValueError as error:
            raise BenchError(f"BENCH_MEMBERS and BENCH_SECONDS must be numbers: {error}") from None
        if members < 1 or seconds <= 0:
            raise BenchError("BENCH_MEMBERS and BENCH_SECONDS must be positive.")
        roles = (
            tuple(
                role.strip()
                for role in (environ.get("BENCH_ROLES") or "").split(",")
                if role.strip()
            )
            or ROLES
        )
        unknown = sorted(set(roles) - set(ROLES))
        if unknown:
            raise BenchError(f"BENCH_ROLES: unknown {', '.join(unknown)}; choose from {ROLES}.")
        pattern = environ.get("BENCH_URLS") or ""
        try:
            urls = re.compile(pattern) if pattern else None
        except re.error as error:
            raise BenchError(f"BENCH_URLS is not a regular expression: {error}") from None
        return cls(
            members=members,
            seconds=seconds,
            rebuild=environ.get("BENCH_REBUILD", "") not in {"", "0"},
            urls=urls,
            roles=tuple(role for role in ROLES if role in roles),
            database_url=environ.get("DATABASE_URL") or None,
        )
