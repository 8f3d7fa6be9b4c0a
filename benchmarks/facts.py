"""The machine and the software a bench run measured on, for its result file."""

import os
import platform
import subprocess
from pathlib import Path
from typing import Any

from benchmarks.preparation import ROOT
from benchmarks.wrk import wrk_version


def machine_facts() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": model,
        "platform": platform.platform(),
        "python": platform.python_version(),
    }


def load_average() -> list[float]:
    """The 1, 5 and 15 minute load: how busy the machine was besides the bench."""
    return [round(value, 2) for value in os.getloadavg()]


def software_facts() -> dict[str, str]:
    import django
    import gunicorn  # type: ignore[import-untyped]

    def git(*arguments: str) -> str:
        completed = subprocess.run(  # noqa: S603
            ["git", *arguments],  # noqa: S607 (git from PATH, as make does)
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        return completed.stdout.strip()

    return {
        "django": django.get_version(),
        "gunicorn": gunicorn.__version__,
        "wrk": wrk_version(),
        "git_commit": git("rev-parse", "HEAD"),
        "git_dirty": "yes" if git("status", "--porcelain", "--untracked-files=no") else "no",
    }
