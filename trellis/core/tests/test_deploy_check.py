"""Production settings pass Django's deployment checklist with only the required environment."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[3]


def production_environment(tmp_path: Path, **overrides: str) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DEBUG", "EMAIL_URL", "SECURE_SSL_REDIRECT"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.prod",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="trellis.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'trellis.sqlite3'}",
        TRELLIS_VAR_DIR=str(tmp_path / "var"),
    )
    environment.update(overrides)
    return environment


def run_manage(environment: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_no_issues(tmp_path: Path) -> None:
    result = run_manage(
        production_environment(tmp_path), "check", "--deploy", "--fail-level", "WARNING"
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    result = run_manage(production_environment(tmp_path, SECRET_KEY=""), "check")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
