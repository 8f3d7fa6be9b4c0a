"""scripts/quiet.sh, which keeps `make run`'s steps to one line each unless one fails."""

import os
import subprocess
from pathlib import Path

from django.conf import settings

SCRIPT = Path(settings.BASE_DIR) / "scripts" / "quiet.sh"


def quiet(tmp_path: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), "Preparing the database", *command],
        capture_output=True,
        text=True,
        env={**os.environ, "TRELLIS_VAR_DIR": str(tmp_path)},
        check=False,
    )


def test_a_step_that_succeeds_prints_one_line_and_keeps_its_output(tmp_path):
    run = quiet(tmp_path, "bash", "-c", "echo Applying migration 0001; echo a warning >&2")
    assert run.returncode == 0
    assert run.stdout.startswith("Preparing the database… done (")
    assert run.stdout.count("\n") == 1
    assert "Applying" not in run.stdout + run.stderr
    log = (tmp_path / "log" / "preparing-the-database.log").read_text()
    assert "Applying migration 0001" in log and "a warning" in log


def test_a_step_that_fails_shows_its_output_and_its_status(tmp_path):
    run = quiet(
        tmp_path, "bash", "-c", "echo Applying migration 0001; echo no such table >&2; exit 3"
    )
    assert run.returncode == 3
    assert "Preparing the database… failed (exit status 3)" in run.stdout
    assert "Applying migration 0001" in run.stdout and "no such table" in run.stdout
