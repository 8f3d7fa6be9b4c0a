"""The sentence a database rule gives when the database, not a form, refused a write.

Forms and services check every rule before they write, so a person normally sees the rule's
own message beside what they typed. Two requests at the same moment can still both pass the
check and the second meets the database's rule: this finds the rule the database named (by
constraint name on PostgreSQL and for SQLite's CHECK; by table and columns for SQLite's UNIQUE)
and answers with its translated `violation_error_message`, never the constraint's name.
"""

import re
from functools import cache

from django.apps import apps
from django.db import IntegrityError
from django.db.models import BaseConstraint, UniqueConstraint
from django.utils.translation import gettext as _

_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (?P<columns>[\w., ]+)")
_NAMED = re.compile(r"(?:constraint \"(?P<quoted>[^\"]+)\"|CHECK constraint failed: (?P<bare>\w+))")


@cache
def _rules() -> tuple[dict[str, BaseConstraint], dict[tuple[str, frozenset[str]], BaseConstraint]]:
    by_name: dict[str, BaseConstraint] = {}
    by_columns: dict[tuple[str, frozenset[str]], BaseConstraint] = {}
    for model in apps.get_models():
        for constraint in model._meta.constraints:
            by_name[constraint.name] = constraint
            if isinstance(constraint, UniqueConstraint) and constraint.fields:
                columns = frozenset(
                    str(getattr(model._meta.get_field(field), "column", field))
                    for field in constraint.fields
                )
                by_columns[(model._meta.db_table, columns)] = constraint
    return by_name, by_columns


def constraint_message(error: IntegrityError) -> str:
    """The rule's own message in the active language, or a plain sentence for a rule unnamed."""
    text = str(error)
    by_name, by_columns = _rules()
    named = _NAMED.search(text)
    constraint = by_name.get(named["quoted"] or named["bare"]) if named else None
    unique = _SQLITE_UNIQUE.search(text)
    if constraint is None and unique:
        pairs = [part.strip().split(".", 1) for part in unique["columns"].split(",")]
        tables = {pair[0] for pair in pairs if len(pair) == 2}
        if len(tables) == 1:
            columns = frozenset(pair[1] for pair in pairs if len(pair) == 2)
            constraint = by_columns.get((tables.pop(), columns))
    if constraint is not None and constraint.violation_error_message:
        default = BaseConstraint.default_violation_error_message
        if str(constraint.violation_error_message) != str(default):
            return str(constraint.violation_error_message)
    return _(
        "This could not be saved: it conflicts with something saved at the same moment. "
        "Reload the page and try again."
    )
