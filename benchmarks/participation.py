"""The participation benchmark (issue 11): levels and snapshots recomputed in full on a
contribution log of 1,000,000 acts, beside a plain grouped count over the same table.

`python -m benchmarks.participation` (run by `make bench`, alone by `make bench-participation`)
prepares the bench database as the page benchmark does (`benchmarks/preparation.py`), tops its
log up with `benchmarks.participation_world`, then, in one process on that database, times:

    floor      SELECT person, community, COUNT(*) ... GROUP BY person, community, all rows fetched
    levels     levels_for_communities for every community, on today
    snapshots  level_snapshots_rebuild of the 36 ended months (three years of monthly snapshots,
               stored as runs of months with the same level)

and prints each time with its ratio to the floor; the target is at most `TARGET_RATIO` times.
The floor is measured before and after the work and its median taken, so a machine that gets
busier during the run does not flatter or blame the work. The result goes to
`benchmarks/results/<UTC time>-participation-<engine>.json`.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.facts import load_average, machine_facts
from benchmarks.options import BenchError, Options
from benchmarks.preparation import BENCHMARKS_DIR, ROOT, Run, database_prepare, trellis_environment

RESULTS_DIR = BENCHMARKS_DIR / "results"
TARGET_RATIO = 3.0
SNAPSHOT_MONTHS = 36
FLOOR_SQL = (
    "SELECT person_id, community_id, COUNT(*) FROM participation_contribution "
    "GROUP BY person_id, community_id"
)


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    answer = work()
    return time.perf_counter() - started, answer


def measure() -> dict[str, Any]:
    """Inside Trellis's settings: the three timings, in seconds, and what each produced."""
    from django.db import connection

    from trellis.analytics.models import LevelSnapshot
    from trellis.analytics.periods import add_months, month_start
    from trellis.analytics.selectors.levels import levels_for_communities
    from trellis.analytics.services.snapshots import level_snapshots_rebuild
    from trellis.communities.selectors.community import community_ids_by_slug
    from trellis.core.network_time import network_today
    from trellis.participation.models import Contribution

    def floor() -> int:
        with connection.cursor() as cursor:
            cursor.execute(FLOOR_SQL)
            return len(cursor.fetchall())

    today = network_today()
    community_ids = list(community_ids_by_slug().values())
    last = add_months(month_start(today), -1)
    first = add_months(last, 1 - SNAPSHOT_MONTHS)

    floor()  # reads the table into the cache once, for every timing after it
    floors = [timed(floor)[0] for _ in range(2)]
    levels_times = []
    for _ in range(3):
        seconds, levels = timed(
            lambda: levels_for_communities(community_ids=community_ids, on=today)
        )
        levels_times.append(seconds)
    snapshot_seconds, written = timed(
        lambda: level_snapshots_rebuild(first=first, last=last, community_ids=community_ids)
    )
    floor_seconds, groups = timed(floor)
    floors.append(floor_seconds)
    return {
        "engine": connection.vendor,
        "contributions": Contribution.objects.count(),
        "communities": len(community_ids),
        "today": today.isoformat(),
        "floor": {"seconds": floors, "rows": groups},
        "levels": {
            "seconds": levels_times,
            "people": sum(len(c.members) + len(c.transactional) for c in levels.values()),
        },
        "snapshots": {
            "seconds": [snapshot_seconds],
            "months": f"{first:%Y-%m}..{last:%Y-%m}",
            "rows": sum(written.values()),
            "runs": LevelSnapshot.objects.count(),
        },
    }


def verdicts(measured: dict[str, Any]) -> list[dict[str, Any]]:
    floor = statistics.median(measured["floor"]["seconds"])
    rows = [{"step": "floor", "seconds": floor, "ratio": 1.0, "verdict": ""}]
    for step in ("levels", "snapshots"):
        seconds = statistics.median(measured[step]["seconds"])
        ratio = seconds / floor if floor else float("inf")
        verdict = "ok" if ratio <= TARGET_RATIO else f"FAIL: over {TARGET_RATIO:g}x the floor"
        rows.append({"step": step, "seconds": seconds, "ratio": ratio, "verdict": verdict})
    return rows


def table(rows: list[dict[str, Any]], measured: dict[str, Any]) -> str:
    what = {
        "floor": f"GROUP BY person, community: {measured['floor']['rows']:,} groups",
        "levels": f"every community, today: {measured['levels']['people']:,} people",
        "snapshots": (
            f"{measured['snapshots']['months']}: {measured['snapshots']['rows']:,} person-months "
            f"in {measured['snapshots']['runs']:,} runs"
        ),
    }
    lines = [
        "| step | what | time | ratio to floor | verdict |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    lines += [
        f"| {r['step']} | {what[r['step']]} | {r['seconds']:.2f} s | {r['ratio']:.2f}x | "
        f"{r['verdict']} |"
        for r in rows
    ]
    return "\n".join(lines)


def subprocess_json(run: Run, *arguments: str) -> Any:
    completed = subprocess.run(  # noqa: S603 (our interpreter, our module)
        [sys.executable, "-m", *arguments],
        cwd=ROOT,
        env=run.env,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise BenchError(f"{' '.join(arguments)} failed (its errors are above)")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def participation_bench(run: Run, started: datetime) -> int:
    network = database_prepare(run)
    world = subprocess_json(run, "benchmarks.participation_world")
    print(
        f"participation bench: {world['found'] + world['added']:,} acts from {world['since']} "
        f"to {world['until']} ({world['added']:,} added now); timing, a few minutes"
    )
    load_before = load_average()
    measured = subprocess_json(run, "benchmarks.participation", "measure")
    rows = verdicts(measured)
    print(table(rows, measured))
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / f"{started:%Y%m%dT%H%M%SZ}-participation-{measured['engine']}.json"
    result = {
        "started": started.isoformat(),
        "machine": machine_facts(),
        "load_average": {"before": load_before, "after": load_average()},
        "network": network,
        "world": world,
        "measured": measured,
        "rows": rows,
        "target_ratio": TARGET_RATIO,
    }
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(f"participation bench: written to {path.relative_to(ROOT)}")
    return 0 if all(not r["verdict"].startswith("FAIL") for r in rows) else 1


def main(argv: list[str]) -> int:
    if argv == ["measure"]:
        import django

        django.setup()
        print(json.dumps(measure()))
        return 0
    started = datetime.now(UTC)
    try:
        options = Options.from_environment(os.environ)
    except BenchError as error:
        print(f"participation bench: {error}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="trellis-bench-participation."))
    run = Run(
        options=options,
        work=work,
        env=trellis_environment(database_url=options.database_url or "", work=work),
    )
    try:
        return participation_bench(run, started)
    except BenchError as error:
        print(f"participation bench: {error}", file=sys.stderr)
        return 2
    finally:
        run.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
