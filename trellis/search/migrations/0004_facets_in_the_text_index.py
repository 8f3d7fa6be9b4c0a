"""SQLite: the FTS table gains a `facets` column (kind, audience, language, country and
communities as tokens) and its rowid carries the entry's kind (`entry id << 16 | kind code`, codes in
`search_entry_kind`), so a query filters and counts per kind without reading the wide entries
(see `trellis.search.engines.sqlite`). The stems already indexed are copied, not recomputed.
PostgreSQL's index is unchanged."""

from typing import Any

from django.db import migrations

TOKENIZE = "tokenize = 'unicode61 remove_diacritics 0'"
_FACETS = (
    "'k' || lower(hex(e.kind)) || ' a' || lower(hex(e.audience)) || ' l' || lower(hex(e.language)) || "
    "' n' || lower(hex(e.country)) || coalesce((SELECT ' ' || group_concat('c' || "
    "c.community_id, ' ') FROM (SELECT community_id FROM search_searchentrycommunity "
    "WHERE entry_id = e.id ORDER BY community_id) AS c), '')"
)
SQLITE_FORWARD = [
    "CREATE TABLE search_entry_kind ("
    "code INTEGER PRIMARY KEY CHECK (code < 65536), kind TEXT NOT NULL UNIQUE)",
    "INSERT INTO search_entry_kind (kind) SELECT DISTINCT kind FROM search_searchentry "
    "ORDER BY kind",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    f"CREATE VIRTUAL TABLE search_entry_fts_next USING fts5(title, body, facets, {TOKENIZE})",
    "INSERT INTO search_entry_fts_next (rowid, title, body, facets) "
    f"SELECT (e.id << 16) | k.code, f.title, f.body, {_FACETS} FROM search_searchentry e "
    "JOIN search_entry_kind k ON k.kind = e.kind "
    "JOIN search_entry_fts f ON f.rowid = e.id",
    "DROP TABLE search_entry_fts",
    "ALTER TABLE search_entry_fts_next RENAME TO search_entry_fts",
    # Whatever deletes an entry (the engine, the admin, a flush) takes its text with it.
    "CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_searchentry BEGIN "
    "DELETE FROM search_entry_fts WHERE rowid = "
    "(old.id << 16) | (SELECT code FROM search_entry_kind WHERE kind = old.kind); END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    f"CREATE VIRTUAL TABLE search_entry_fts_previous USING fts5(title, body, {TOKENIZE})",
    "INSERT INTO search_entry_fts_previous (rowid, title, body) "
    "SELECT rowid >> 16, title, body FROM search_entry_fts",
    "DROP TABLE search_entry_fts",
    "ALTER TABLE search_entry_fts_previous RENAME TO search_entry_fts",
    "DROP TABLE search_entry_kind",
    "CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_searchentry "
    "BEGIN DELETE FROM search_entry_fts WHERE rowid = old.id; END",
]


def _run(statements: dict[str, list[str]]) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_constraint_messages")]

    operations = [
        migrations.RunPython(_run({"sqlite": SQLITE_FORWARD}), _run({"sqlite": SQLITE_BACKWARD}))
    ]
