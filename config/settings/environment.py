"""Reading configuration from the environment: database and email URLs."""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url


def env_bool(name: str, *, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, *, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def database_from_url(url: str | None, *, default_sqlite_path: Path) -> dict:
    """A DATABASES entry from DATABASE_URL, or SQLite under var/.

    SQLite runs in WAL mode with a busy timeout so the web server and the task
    worker can share one file without "database is locked" errors.
    """
    if url:
        config = dict(dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True))
    else:
        default_sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(default_sqlite_path)}
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # Kept open between requests like PostgreSQL's: opening one runs the PRAGMAs below and
        # registers Trellis's text functions, a large part of a small request's cost.
        config["CONN_MAX_AGE"] = 60
        config["CONN_HEALTH_CHECKS"] = True
        config["OPTIONS"] = {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": (
                "PRAGMA journal_mode=WAL;"
                "PRAGMA synchronous=NORMAL;"
                "PRAGMA busy_timeout=20000;"
                "PRAGMA foreign_keys=ON;"
            ),
        }
    return config


def email_from_url(url: str | None) -> dict:
    """Email settings from EMAIL_URL (smtp://user:pass@host:port?tls=1 or smtps://...).

    Without EMAIL_URL, mail goes to the console so a local run needs no mail server.
    """
    if not url:
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    parts = urlsplit(url)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    if parts.scheme not in {"smtp", "smtps", "submission"}:
        raise ValueError(
            f"EMAIL_URL scheme must be smtp, smtps or submission, not {parts.scheme!r}"
        )
    use_ssl = parts.scheme == "smtps" or query.get("ssl") in {"1", "true"}
    use_tls = parts.scheme == "submission" or query.get("tls") in {"1", "true"}
    default_port = 465 if use_ssl else 587 if use_tls else 25
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or default_port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
        "EMAIL_TIMEOUT": 20,
    }
