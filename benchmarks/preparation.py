"""Before the load: the bench database (built, migrated, holding a generated network), the
floor project's database, and the run that undoes what was started whatever happens."""

import json
import os
import secrets
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.options import BenchError, Options
from benchmarks.servers import Server, server_stop

BENCHMARKS_DIR = Path(__file__).resolve().parent
ROOT = BENCHMARKS_DIR.parent
VAR_DIR = BENCHMARKS_DIR / "var"


@dataclass
class Run:
    """What the run has started and must undo, whatever happens."""

    options: Options
    work: Path
    env: dict[str, str] = field(default_factory=dict)
    servers: list[Server] = field(default_factory=list)
    session_keys: list[str] = field(default_factory=list)

    def manage(self, *arguments: str, quiet: bool = True) -> None:
        """manage.py with Trellis's production settings and the bench database."""
        completed = subprocess.run(  # noqa: S603 (our interpreter, our arguments)
            [sys.executable, "manage.py", *arguments],
            cwd=ROOT,
            env=self.env,
            capture_output=quiet,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            output = (completed.stdout or "") + (completed.stderr or "") if quiet else ""
            raise BenchError(f"manage.py {' '.join(arguments)} failed:\n{output[-3000:]}")

    def world(self, *arguments: str) -> Any:
        completed = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "benchmarks.world", *arguments],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            raise BenchError(f"benchmarks.world {arguments[0]} failed:\n{completed.stderr[-3000:]}")
        return json.loads(completed.stdout.strip().splitlines()[-1])

    def close(self) -> None:
        for server in self.servers:
            server_stop(server)
        if self.session_keys:
            try:
                self.world("sessions-close", *self.session_keys)
            except (BenchError, OSError) as error:
                print(f"bench: could not delete the bench's sessions: {error}", file=sys.stderr)
        shutil.rmtree(self.work, ignore_errors=True)


def trellis_environment(*, database_url: str, work: Path) -> dict[str, str]:
    """Production settings serving plain HTTP on 127.0.0.1, as behind a proxy that ends TLS."""
    env = dict(os.environ)
    env.pop("DEBUG", None)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.prod",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        SECURE_SSL_REDIRECT="0",
        TRELLIS_VAR_DIR=str(work / "trellis"),
        PYTHONUNBUFFERED="1",
    )
    return env


def sqlite_database_url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


def sqlite_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def database_prepare(run: Run) -> dict[str, Any]:
    """Migrate the bench database (new migrations bring new indexes) and make sure it holds a
    generated network, generating one where that is possible. Returns the network's counts."""
    options = run.options
    if options.database_url is None:
        VAR_DIR.mkdir(exist_ok=True)
        path = VAR_DIR / f"bench-{options.members}.sqlite3"
        if options.rebuild or not path.exists():
            sqlite_build(run, path)
        run.env["DATABASE_URL"] = sqlite_database_url(path)
        run.manage("migrate", "--noinput")
        network = run.world("network")
        if not network["generated_members"]:
            raise BenchError(
                f"{path.relative_to(ROOT)} holds no generated network; BENCH_REBUILD=1 builds it."
            )
    else:
        run.manage("migrate", "--noinput")
        network = run.world("network")
        if not network["generated_members"]:
            if network["communities"]:
                raise BenchError(
                    "DATABASE_URL's database has communities but no generated network, and "
                    "`manage.py demo --members` builds into an empty database only: point "
                    "DATABASE_URL at an empty database (bash scripts/postgres-test-cluster.sh "
                    "make bench makes a throwaway one)."
                )
            print(f"bench: generating {options.members:,} members into DATABASE_URL's database")
            run.manage("demo", "--members", str(options.members), quiet=False)
            network = run.world("network")
            if not network["generated_members"]:
                raise BenchError("manage.py demo --members generated no network; see its output.")
        if network["generated_members"] != options.members:
            print(
                f"bench: DATABASE_URL's network has {network['generated_members']:,} generated "
                f"members, not BENCH_MEMBERS={options.members:,}; measuring what is there."
            )
    run.manage("createcachetable")
    return dict(network)


def sqlite_build(run: Run, path: Path) -> None:
    """Build into a side file and rename it at the end, so an interrupted build is never
    mistaken for a finished one."""
    building = path.with_name(path.name + ".building")
    for stale in (*sqlite_files(building), *sqlite_files(path)):
        stale.unlink(missing_ok=True)
    print(
        f"bench: building {run.options.members:,} members into {path.relative_to(ROOT)} "
        "(about 4 minutes for 10,000 on SQLite; later runs reuse the file)"
    )
    run.env["DATABASE_URL"] = sqlite_database_url(building)
    run.manage("migrate", "--noinput")
    run.manage("demo", "--members", str(run.options.members), quiet=False)
    for source, target in zip(sqlite_files(building), sqlite_files(path), strict=True):
        if source.exists():
            source.rename(target)


def floor_environment(run: Run) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DATABASE_URL", "DEBUG", "SECRET_KEY"):
        env.pop(name, None)
    env.update(DJANGO_SETTINGS_MODULE="benchmarks.floor.settings", PYTHONUNBUFFERED="1")
    return env


def floor_prepare(run: Run) -> None:
    VAR_DIR.mkdir(exist_ok=True)
    completed = subprocess.run(
        [sys.executable, "-m", "django", "migrate", "--noinput"],
        cwd=ROOT,
        env=floor_environment(run),
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise BenchError(f"migrating the floor project failed:\n{completed.stderr[-3000:]}")
