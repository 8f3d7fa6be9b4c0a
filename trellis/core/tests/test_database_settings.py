"""The database settings a DATABASE_URL (or its absence) gives."""

from pathlib import Path

from config.settings.environment import database_from_url


def test_sqlite_keeps_its_connections_open_between_requests_and_checks_them(tmp_path: Path):
    config = database_from_url(None, default_sqlite_path=tmp_path / "var" / "trellis.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["CONN_MAX_AGE"] == 60
    assert config["CONN_HEALTH_CHECKS"] is True
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    assert (tmp_path / "var").is_dir()


def test_postgresql_keeps_its_connections_open_between_requests_and_checks_them():
    config = database_from_url(
        "postgres://trellis:secret@db.example.org:5432/trellis", default_sqlite_path=Path("unused")
    )
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["CONN_MAX_AGE"] == 60
    assert config["CONN_HEALTH_CHECKS"] is True
