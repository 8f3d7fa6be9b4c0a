"""`make bench`: Trellis's pages under load beside the bare-Django floor (issue 9).

Run from the repository root with the project's interpreter: `.venv/bin/python -m benchmarks.bench`.
See benchmarks/README.md for what it measures and how to read it. Environment:

    BENCH_MEMBERS   size of the generated network (default 10000)
    BENCH_SECONDS   seconds of load per URL (default 8), after a warm-up of WARMUP_SECONDS
    BENCH_REBUILD   1 builds the SQLite database anew
    BENCH_URLS      a regular expression: only URLs whose name or path matches it
    BENCH_ROLES     comma-separated: only these roles (visitor, member, convener, admin)
    DATABASE_URL    a PostgreSQL (or other) database to use instead of SQLite under benchmarks/var
"""

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from benchmarks import report as reporting
from benchmarks.facts import load_average, machine_facts, software_facts
from benchmarks.options import BenchError, Options
from benchmarks.preparation import (
    BENCHMARKS_DIR,
    ROOT,
    VAR_DIR,
    Run,
    database_prepare,
    floor_environment,
    floor_prepare,
    trellis_environment,
)
from benchmarks.report import FLOOR_ROLE, Report, Row
from benchmarks.servers import (
    Server,
    ServerError,
    gunicorn_start,
    http_get,
    server_wait,
)
from benchmarks.wrk import CONNECTIONS, THREADS, WrkOutputError, wrk_run

RESULTS_DIR = BENCHMARKS_DIR / "results"
# Kept after the run (the temporary folder is not), for a server that misbehaved.
LOGS_DIR = VAR_DIR / "logs"
WARMUP_SECONDS = 1.0
FIRST_REQUEST_TIMEOUT = 120.0
# A page whose first request alone takes this long misses the targets by twenty times; loading
# it would only queue minutes of work that the next URL would have to wait for.
TOO_SLOW_TO_LOAD_MS = 2000.0
FIRST_REQUEST_TRIES = 3
DRAIN_TIMEOUT = 300.0

# What the drain step asks for after each load: a file WhiteNoise serves without Django's views.
CHEAP_PATH = "/static/trellis/trellis.css"


@dataclass(frozen=True)
class Page:
    name: str
    path: str | None  # None: the database has nothing to show on this page


def pages(targets: dict[str, Any]) -> list[Page]:
    """The URLs of issue 9, with the ids and slugs `benchmarks.world targets` found."""
    community = targets["community"]

    def item(prefix: str, key: str) -> str | None:
        return None if targets.get(key) is None else f"{prefix}{targets[key]}/"

    return [
        Page("home", "/"),
        Page("communities", "/communities/"),
        Page("community", f"/communities/{community}/"),
        Page("activities", "/activities/"),
        Page("activities-month", "/activities/month/"),
        Page("activity", item("/activities/", "activity")),
        Page("questions", "/questions/"),
        Page("question", item("/questions/", "question")),
        Page("discussions", f"/communities/{community}/discussions/"),
        Page("people", f"/people/?country={targets['country']}" if targets["country"] else None),
        Page("profile", item("/people/", "person")),
        Page("notifications", "/notifications/"),
        Page("api-communities", "/api/v1/communities"),
        Page("api-activities", "/api/v1/activities"),
        Page("api-questions", "/api/v1/questions"),
        Page("api-people", "/api/v1/people"),
    ]


def pages_chosen(all_pages: list[Page], pattern: re.Pattern[str] | None) -> list[Page]:
    if pattern is None:
        return all_pages
    return [
        page for page in all_pages if pattern.search(page.name) or pattern.search(page.path or "")
    ]


def servers_start(run: Run) -> tuple[Server, Server]:
    LOGS_DIR.mkdir(parents=True, exist_ok=True)
    logs = LOGS_DIR
    trellis = gunicorn_start(
        name="Trellis",
        app="config.wsgi",
        env=run.env,
        log_path=logs / "trellis.log",
        cheap_path=CHEAP_PATH,
    )
    run.servers.append(trellis)
    floor = gunicorn_start(
        name="the floor",
        app="benchmarks.floor.wsgi",
        env=floor_environment(run),
        log_path=logs / "floor.log",
        cheap_path="/bare/",
    )
    run.servers.append(floor)
    server_wait(trellis)
    server_wait(floor)
    return trellis, floor


def sign_in_check(trellis: Server, sessions: dict[str, dict[str, Any]]) -> None:
    """Each cookie must make its person the one the API says is asking, or the bench would
    measure a visitor under a member's name."""
    for role, session in sessions.items():
        status, body = http_get(
            trellis.base_url + "/api/v1/me", headers=cookie_headers(session), timeout=60
        )
        person = json.loads(body).get("id") if status == 200 else None
        if person != session["person"]:
            raise BenchError(
                f"the {role}'s session does not sign them in (/api/v1/me answered {status}); "
                "check the session data benchmarks/world.py writes against the project's login."
            )


def cookie_headers(session: dict[str, Any] | None) -> dict[str, str]:
    return {"Cookie": f"sessionid={session['key']}"} if session else {}


def drain(server: Server) -> None:
    """Wait until both workers have finished what the last load left queued: requests wrk gave
    up on are still served, and would slow down the next URL. Daemon threads, so that Ctrl-C
    does not wait for them."""

    def probe() -> None:
        with contextlib.suppress(urllib.error.URLError, OSError):
            http_get(server.base_url + server.cheap_path, headers={}, timeout=DRAIN_TIMEOUT)

    probes = [threading.Thread(target=probe, daemon=True) for _ in range(2)]
    for thread in probes:
        thread.start()
    for thread in probes:
        thread.join()


def row_measure(row: Row, *, server: Server, headers: dict[str, str], seconds: float) -> Row:
    """The first request decides: a 200 is loaded, anything else is recorded and not. A slow
    answer is asked again (up to FIRST_REQUEST_TRIES times) before the page is called too slow:
    a worker's first sight of a page pays for compiling its templates and loading its code."""
    url = server.base_url + row.path
    for _ in range(FIRST_REQUEST_TRIES):
        try:
            began = time.perf_counter()
            row.status, _ = http_get(url, headers=headers, timeout=FIRST_REQUEST_TIMEOUT)
            took = (time.perf_counter() - began) * 1000
        except (urllib.error.URLError, OSError) as error:
            row.problem = f"no answer to the first request ({error})"
            return row
        row.first_request_ms = took
        if row.status != 200:
            return row
        if took < TOO_SLOW_TO_LOAD_MS:
            break
    else:
        row.problem = (
            f"too slow to load: one request alone took {reporting.milliseconds_text(took)}"
        )
        return row
    try:
        wrk_run(url, seconds=WARMUP_SECONDS, headers=headers)
        drain(server)
        row.load = wrk_run(url, seconds=seconds, headers=headers)
        drain(server)
    except (subprocess.SubprocessError, WrkOutputError) as error:
        row.problem = f"wrk failed: {error}"
    return row


def row_print(row: Row, floor: float | None) -> None:
    judged = reporting.verdict(row, floor)
    if row.load is None or not row.load.requests:
        print(f"  {row.role:8} {row.path:40} {judged.text}", flush=True)
        return
    print(
        f"  {row.role:8} {row.path:40} {reporting.rate_text(row.load.requests_per_second):>8} "
        f"req/s  p50 {reporting.milliseconds_text(row.load.p50_ms):>9}  "
        f"p99 {reporting.milliseconds_text(row.load.p99_ms):>9}  {judged.text}",
        flush=True,
    )


def bench(run: Run, started: datetime) -> int:
    options = run.options
    network = database_prepare(run)
    database = run.world("facts")
    floor_prepare(run)
    print("bench: collecting static files")
    run.manage("collectstatic", "--noinput")
    targets = run.world("targets")
    sessions: dict[str, dict[str, Any]] = run.world("sessions-open")
    run.session_keys = [session["key"] for session in sessions.values()]
    trellis, floor = servers_start(run)
    sign_in_check(trellis, sessions)
    load_before = load_average()

    chosen = pages_chosen(pages(targets), options.urls)
    print(
        f"bench: {len(chosen)} URLs × {len(options.roles)} roles, {options.seconds:g} s each "
        f"after {WARMUP_SECONDS:g} s of warm-up, wrk -t{THREADS} -c{CONNECTIONS}; "
        f"{database['engine']} {database['version']}, {network['generated_members']:,} "
        f"generated members; server logs in {LOGS_DIR.relative_to(ROOT)}"
    )
    report = Report()

    def floor_measure(name: str, path: str) -> None:
        row = Row(role=FLOOR_ROLE, name=name, path=path)
        report.rows.append(row_measure(row, server=floor, headers={}, seconds=options.seconds))
        row_print(row, report.floor_rate())

    floor_measure("bare", "/bare/")
    floor_measure("rows", "/rows/")
    for role in options.roles:
        headers = cookie_headers(sessions.get(role))
        for page in chosen:
            row = Row(role=role, name=page.name, path=page.path or f"({page.name})")
            if page.path is None:
                row.problem = "nothing in the database to show on this page"
            else:
                row_measure(row, server=trellis, headers=headers, seconds=options.seconds)
            report.rows.append(row)
            row_print(row, report.floor_rate())

    floor_measure("bare", "/bare/")

    facts = {
        "started_at": started.isoformat(timespec="seconds"),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            **machine_facts(),
            "load_average_before": load_before,
            "load_average_after": load_average(),
        },
        "software": software_facts(),
        "database": {**database, "network": network, "targets": targets},
        "settings": {
            "members_requested": options.members,
            "seconds": options.seconds,
            "warmup_seconds": WARMUP_SECONDS,
            "wrk_threads": THREADS,
            "wrk_connections": CONNECTIONS,
            "gunicorn_workers": 2,
            "gunicorn_worker_class": "sync",
            "trellis_settings": "config.settings.prod",
            "roles": list(options.roles),
            "urls_pattern": options.urls.pattern if options.urls else None,
        },
    }
    RESULTS_DIR.mkdir(exist_ok=True)
    result_path = RESULTS_DIR / f"{started:%Y%m%dT%H%M%SZ}-{database['engine']}.json"
    document = reporting.report_document(report, facts=facts)
    result_path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")

    print()
    print(reporting.table_text(report))
    print()
    print(reporting.summary_text(report))
    print(f"bench: wrote {result_path.relative_to(ROOT)}")
    return 1 if reporting.failures(report) else 0


def _terminate(signum: int, frame: object) -> NoReturn:
    raise KeyboardInterrupt


def main() -> int:
    started = datetime.now(UTC)
    try:
        options = Options.from_environment(os.environ)
    except BenchError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    # Ctrl-C and kill stop the run the same way, even where SIGINT came ignored (a background
    # job of a non-interactive shell): the servers are always stopped.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _terminate)
    work = Path(tempfile.mkdtemp(prefix="trellis-bench."))
    database_url = options.database_url or ""
    run = Run(
        options=options,
        work=work,
        env=trellis_environment(database_url=database_url, work=work),
    )
    try:
        return bench(run, started)
    except (BenchError, ServerError) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("bench: interrupted; stopping the servers", file=sys.stderr)
        return 130
    finally:
        run.close()


if __name__ == "__main__":
    sys.exit(main())
