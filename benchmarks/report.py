"""What a bench run found: one row per role and URL, the verdict against the issue's targets,
the table printed in the terminal and the JSON written to benchmarks/results/."""

from dataclasses import asdict, dataclass, field
from typing import Any

from benchmarks.wrk import LoadResult

# Issue 9: every URL at 10% or more of the bare floor's req/s, with p99 under 100 ms.
SHARE_TARGET_PERCENT = 10.0
P99_TARGET_MS = 100.0
FLOOR_ROLE = "floor"


@dataclass
class Row:
    """One URL loaded as one role. `status` is what the first request answered (None when no
    answer came); only a 200 is loaded, anything else leaves `load` empty."""

    role: str
    name: str
    path: str
    status: int | None = None
    first_request_ms: float | None = None  # the last request alone before any load
    load: LoadResult | None = None
    problem: str = ""

    @property
    def is_floor(self) -> bool:
        return self.role == FLOOR_ROLE


@dataclass(frozen=True)
class Verdict:
    passed: bool
    skipped: bool
    text: str


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)

    def floor_rate(self) -> float | None:
        """The bare view's req/s, the floor every share is counted against: the mean of its
        measurements (the bench takes one before Trellis and one after, so that a machine
        that got busier or quieter meanwhile moves the floor too). None when any has errors."""
        bare = [row for row in self.rows if row.is_floor and row.name == "bare"]
        if not bare or any(row.load is None or row.load.errors for row in bare):
            return None
        return sum(row.load.requests_per_second for row in bare if row.load) / len(bare)


def share_percent(rate: float, floor: float | None) -> float | None:
    if not floor:
        return None
    return rate / floor * 100


def verdict(row: Row, floor: float | None) -> Verdict:
    """Skipped when the URL did not answer this role with a 200 (a redirect to sign in, a 403
    or 404: what the role may not see is not measured). A server error or no answer fails."""
    if row.load is None:
        if row.status is not None and 300 <= row.status < 500:
            return Verdict(passed=True, skipped=True, text=f"skipped: HTTP {row.status}")
        reason = row.problem or (f"HTTP {row.status}" if row.status else "no answer")
        return Verdict(passed=False, skipped=False, text=f"FAIL: {reason}")
    load = row.load
    if load.errors:
        return Verdict(passed=False, skipped=False, text=f"FAIL: {_errors_text(load)}")
    if not load.requests:
        alone = (
            f" (alone, one took {milliseconds_text(row.first_request_ms)})"
            if row.first_request_ms is not None
            else ""
        )
        return Verdict(passed=False, skipped=False, text=f"FAIL: no request completed{alone}")
    if row.is_floor:
        return Verdict(passed=True, skipped=False, text="floor")
    share = share_percent(load.requests_per_second, floor)
    reasons = []
    if share is None:
        reasons.append("no floor to compare with")
    elif share < SHARE_TARGET_PERCENT:
        reasons.append(f"share < {SHARE_TARGET_PERCENT:g}%")
    if load.p99_ms >= P99_TARGET_MS:
        reasons.append(f"p99 ≥ {P99_TARGET_MS:g} ms")
    if reasons:
        return Verdict(passed=False, skipped=False, text="FAIL: " + ", ".join(reasons))
    return Verdict(passed=True, skipped=False, text="ok")


def _errors_text(load: LoadResult) -> str:
    parts = [f"{count} {kind}" for kind, count in load.socket_errors.items() if count]
    if load.non_success_responses:
        parts.append(f"{load.non_success_responses} non-2xx/3xx")
    return "errors: " + ", ".join(parts)


def rate_text(rate: float) -> str:
    return f"{rate:,.1f}" if rate < 100 else f"{rate:,.0f}"


def milliseconds_text(value: float) -> str:
    return f"{value:,.1f} ms" if value < 10 else f"{value:,.0f} ms"


def table_text(report: Report) -> str:
    """A markdown table whose columns line up in a terminal too."""
    floor = report.floor_rate()
    header = ["role", "URL", "first", "req/s", "p50", "p99", "share of floor", "verdict"]
    lines = [header]
    for row in report.rows:
        judged = verdict(row, floor)
        # The request alone before the load: nothing remembered yet for this viewer and page.
        first = "—" if row.first_request_ms is None else milliseconds_text(row.first_request_ms)
        if row.load is None or not row.load.requests:
            lines.append([row.role, row.path, first, "—", "—", "—", "—", judged.text])
            continue
        share = share_percent(row.load.requests_per_second, floor)
        lines.append(
            [
                row.role,
                row.path,
                first,
                rate_text(row.load.requests_per_second),
                milliseconds_text(row.load.p50_ms),
                milliseconds_text(row.load.p99_ms),
                "—" if share is None else f"{share:.1f}%",
                judged.text,
            ]
        )
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    numeric = {2, 3, 4, 5, 6}

    def cells(line: list[str]) -> str:
        padded = [
            text.rjust(width) if column in numeric else text.ljust(width)
            for column, (text, width) in enumerate(zip(line, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = (
        "| "
        + " | ".join(
            "-" * (width - 1) + ":" if column in numeric else "-" * width
            for column, width in enumerate(widths)
        )
        + " |"
    )
    return "\n".join([cells(lines[0]), rule, *(cells(line) for line in lines[1:])])


def failures(report: Report) -> list[str]:
    """Each row that misses the targets, as "role URL: why"."""
    floor = report.floor_rate()
    found = []
    for row in report.rows:
        judged = verdict(row, floor)
        if not judged.passed:
            found.append(f"{row.role} {row.path}: {judged.text.removeprefix('FAIL: ')}")
    if floor is None:
        found.append("the bare floor was not measured without errors: no share can be counted")
    if not any(row.load for row in report.rows if not row.is_floor):
        found.append("no Trellis URL was measured")
    return found


def summary_text(report: Report) -> str:
    judged = [verdict(row, report.floor_rate()) for row in report.rows if not row.is_floor]
    measured = [one for one in judged if not one.skipped]
    passed = sum(one.passed for one in measured)
    found = failures(report)
    targets = f"share ≥ {SHARE_TARGET_PERCENT:g}% of the floor and p99 < {P99_TARGET_MS:g} ms"
    bare = [
        rate_text(row.load.requests_per_second)
        for row in report.rows
        if row.is_floor and row.name == "bare" and row.load
    ]
    floor = report.floor_rate()
    floor_line = (
        f"The floor: {' then '.join(bare)} req/s, shares counted against "
        f"{rate_text(floor) if floor else 'nothing'}."
    )
    if not found:
        return f"{floor_line}\nAll {len(measured)} measured rows meet the targets ({targets})."
    return "\n".join(
        [
            floor_line,
            f"{passed} of {len(measured)} measured rows meet the targets ({targets}); failing:",
            *(f"  {line}" for line in found),
        ]
    )


def report_document(report: Report, *, facts: dict[str, Any]) -> dict[str, Any]:
    """Everything the run found, for benchmarks/results/."""
    floor = report.floor_rate()
    rows = []
    for row in report.rows:
        judged = verdict(row, floor)
        rows.append(
            {
                "role": row.role,
                "name": row.name,
                "path": row.path,
                "status": row.status,
                "first_request_ms": row.first_request_ms,
                "problem": row.problem or None,
                "load": None if row.load is None else asdict(row.load),
                "share_of_floor_percent": (
                    None if row.load is None else share_percent(row.load.requests_per_second, floor)
                ),
                "verdict": judged.text,
                "passed": judged.passed,
                "skipped": judged.skipped,
            }
        )
    return {
        **facts,
        "targets": {
            "share_of_floor_percent_at_least": SHARE_TARGET_PERCENT,
            "p99_ms_under": P99_TARGET_MS,
        },
        "floor_requests_per_second": floor,
        "rows": rows,
        "failures": failures(report),
    }
