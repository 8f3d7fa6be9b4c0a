"""Running wrk and reading what it prints with --latency."""

import re
import subprocess
from dataclasses import dataclass

WRK = "/usr/bin/wrk"
THREADS = 2
CONNECTIONS = 16
# Long enough to see a slow page's real latency instead of wrk's 2 s default timeout.
TIMEOUT_SECONDS = 10

_MILLISECONDS_PER_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_DURATION = re.compile(r"^(?P<number>\d+(?:\.\d+)?)(?P<unit>us|ms|s|m|h)$")
_PERCENTILE = re.compile(r"^\s*(?P<percent>50|75|90|99)(?:\.0+)?%\s+(?P<duration>\S+)\s*$", re.M)
_REQUESTS_PER_SECOND = re.compile(r"^Requests/sec:\s+(?P<number>\d+(?:\.\d+)?)\s*$", re.M)
_REQUESTS = re.compile(r"^\s*(?P<count>\d+) requests in ", re.M)
_SOCKET_ERRORS = re.compile(
    r"Socket errors: connect (?P<connect>\d+), read (?P<read>\d+), "
    r"write (?P<write>\d+), timeout (?P<timeout>\d+)"
)
_NON_SUCCESS = re.compile(r"Non-2xx or 3xx responses: (?P<count>\d+)")


class WrkOutputError(ValueError):
    """wrk printed something this module cannot read."""


@dataclass(frozen=True)
class LoadResult:
    requests_per_second: float
    requests: int
    p50_ms: float
    p75_ms: float
    p90_ms: float
    p99_ms: float
    socket_errors: dict[str, int]
    non_success_responses: int

    @property
    def errors(self) -> int:
        """Requests that did not end in a 2xx or 3xx answer (wrk counts 3xx as success; the
        bench only loads URLs that answered 200 before)."""
        return sum(self.socket_errors.values()) + self.non_success_responses


def duration_ms(text: str) -> float:
    """wrk's duration ("812.00us", "3.45ms", "1.20s", "1.00m") in milliseconds."""
    match = _DURATION.match(text.strip())
    if match is None:
        raise WrkOutputError(f"not a wrk duration: {text!r}")
    return float(match["number"]) * _MILLISECONDS_PER_UNIT[match["unit"]]


def wrk_output_parse(output: str) -> LoadResult:
    percentiles = {
        int(match["percent"]): duration_ms(match["duration"])
        for match in _PERCENTILE.finditer(output.split("Latency Distribution", 1)[-1])
    }
    rate = _REQUESTS_PER_SECOND.search(output)
    requests = _REQUESTS.search(output)
    if rate is None or requests is None:
        raise WrkOutputError(f"no request rate in wrk's output:\n{output}")
    if int(requests["count"]) == 0:
        # Nothing answered in time: wrk prints a distribution of zeros, not worth reading.
        percentiles = dict.fromkeys((50, 75, 90, 99), 0.0)
    elif sorted(percentiles) != [50, 75, 90, 99]:
        raise WrkOutputError(f"no latency distribution in wrk's output (--latency?):\n{output}")
    socket = _SOCKET_ERRORS.search(output)
    non_success = _NON_SUCCESS.search(output)
    return LoadResult(
        requests_per_second=float(rate["number"]),
        requests=int(requests["count"]),
        p50_ms=percentiles[50],
        p75_ms=percentiles[75],
        p90_ms=percentiles[90],
        p99_ms=percentiles[99],
        socket_errors=(
            {kind: int(count) for kind, count in socket.groupdict().items()} if socket else {}
        ),
        non_success_responses=int(non_success["count"]) if non_success else 0,
    )


def wrk_command(url: str, *, seconds: float, headers: dict[str, str]) -> list[str]:
    command = [
        WRK,
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{seconds:g}s",
        f"--timeout={TIMEOUT_SECONDS}s",
        "--latency",
    ]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    return [*command, url]


def wrk_run(url: str, *, seconds: float, headers: dict[str, str]) -> LoadResult:
    completed = subprocess.run(  # noqa: S603 (a fixed program with arguments we built)
        wrk_command(url, seconds=seconds, headers=headers),
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + TIMEOUT_SECONDS + 30,
    )
    return wrk_output_parse(completed.stdout)


def wrk_version() -> str:
    # wrk prints its version in the usage text, to stdout or stderr, and exits 1.
    completed = subprocess.run(  # noqa: S603
        [WRK, "--version"], capture_output=True, text=True, check=False
    )
    first_line = (completed.stdout or completed.stderr).strip().splitlines()[:1]
    return first_line[0].split(" Copyright")[0] if first_line else "unknown"
