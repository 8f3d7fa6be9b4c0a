"""The engine's text index: an FTS5 table on SQLite, a generated tsvector on PostgreSQL.

Written as SQL for the connection's vendor, so the model stays engine-neutral."""

from typing import Any

from django.db import migrations

SQLITE_CREATE = [
    # The stems written by trellis.search.text; rowid is the SearchEntry's id.
    "CREATE VIRTUAL TABLE search_entry_fts USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 0')",
    # Whatever deletes an entry (the engine, the admin, a flush) takes its text with it.
    "CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_searchentry "
    "BEGIN DELETE FROM search_entry_fts WHERE rowid = old.id; END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TABLE IF EXISTS search_entry_fts",
]


def _vector(column: str, weight: str) -> str:
    text = f"translate(coalesce({column}, ''), 'Ёё', 'Ее')"
    return (
        f"setweight(to_tsvector('russian'::regconfig, {text}), '{weight}') || "
        f"setweight(to_tsvector('english'::regconfig, {text}), '{weight}')"
    )


POSTGRESQL_CREATE = [
    "ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    f"{_vector('title', 'A')} || {_vector('body', 'B')}) STORED",
    "CREATE INDEX search_entry_vector ON search_searchentry USING GIN (search_vector)",
]
POSTGRESQL_DROP = [
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
]


def _run(statements: dict[str, list[str]]) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRESQL_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRESQL_DROP}),
        )
    ]
