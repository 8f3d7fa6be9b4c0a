"""Database sessions, read with one plain statement.

Django's database session store reads a session through the ORM on every request of a
signed-in person; building that query costs more than running it. This store reads the same
row with a prepared statement and otherwise behaves exactly as Django's (writing, expiring,
cycling keys): `SESSION_ENGINE = "trellis.accounts.sessions"`.
"""

from typing import Any

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db import connections, router
from django.utils import timezone


class SessionStore(DatabaseSessionStore):
    def load(self) -> dict[str, Any]:
        if not self.session_key:  # not a valid key (SessionBase checks its form)
            self._session_key = None
            return {}
        model = self.model
        db = connections[router.db_for_read(model)]
        table = db.ops.quote_name(model._meta.db_table)
        with db.cursor() as cursor:
            cursor.execute(
                f"SELECT session_data FROM {table} WHERE session_key = %s AND expire_date > %s",  # noqa: S608
                [self.session_key, db.ops.adapt_datetimefield_value(timezone.now())],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return {}
        return self.decode(row[0])  # type: ignore[no-any-return]
