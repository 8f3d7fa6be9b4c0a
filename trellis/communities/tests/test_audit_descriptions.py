"""Every audit code the code base writes reads as a sentence in the reader's language."""

import ast
import re
from pathlib import Path

import pytest
from django.utils import translation

from trellis.accounts.services import ProfileChanges
from trellis.activities.services.planning import PLANNED_FIELDS
from trellis.communities.audit_descriptions import AUDIT_ACTIONS, audit_entry_describe
from trellis.communities.models import AuditEntry
from trellis.communities.services.agenda import LEADERSHIP_FIELDS, TEXT_FIELDS
from trellis.communities.services.community import EDITABLE_FIELDS

SOURCE = Path(__file__).resolve().parents[2]
CODE = re.compile(r"[a-z_]+\.[a-z_]+")
AUDIT_CALLS = {"audit_record", "_audit"}
CHANGEABLE_FIELDS = {
    "communities.Community": [*EDITABLE_FIELDS, "stage"],
    "communities.AgendaItem": [*TEXT_FIELDS, *LEADERSHIP_FIELDS],
    "activities.Activity": PLANNED_FIELDS,
    "accounts.User": list(ProfileChanges.__annotations__),
}


def _modules_writing_audit() -> list[tuple[Path, ast.Module]]:
    found = []
    for path in SOURCE.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "audit_record(" in text:
            found.append((path, ast.parse(text)))
    return found


def _call_name(node: ast.Call) -> str:
    return getattr(node.func, "id", getattr(node.func, "attr", ""))


def test_every_code_written_anywhere_has_a_description():
    modules = _modules_writing_audit()
    assert len(modules) >= 7, "the scan lost the services that write the audit trail"
    codes: set[str] = set()
    for path, tree in modules:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in AUDIT_CALLS:
                for keyword in node.keywords:
                    # A code built from pieces could not be checked: codes are written whole.
                    assert keyword.arg != "action" or not isinstance(
                        keyword.value, ast.JoinedStr
                    ), f"{path}: write the audit code whole, not as an f-string"
            # Codes are written as literals (in the call, or in a table the call reads).
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and CODE.fullmatch(node.value)
            ):
                codes.add(node.value)
    assert {"community.updated", "membership.approved", "discussion.reopened"} <= codes
    assert codes - set(AUDIT_ACTIONS) == set()


@pytest.mark.parametrize("code", sorted(AUDIT_ACTIONS))
@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_description_reads_without_codes_or_placeholders(code, language):
    # Every field the service behind the code can change, so that each label is checked.
    fields = list(CHANGEABLE_FIELDS.get(AUDIT_ACTIONS[code].model, ()))
    entry = AuditEntry(
        action=code,
        subject={"en": "Budget rules", "ru": "Бюджетные правила"},
        changes={"fields": fields, "role": "convener", "level": ["active", "core"]},
    )
    with translation.override(language):
        text = audit_entry_describe(entry)
    assert code not in text
    assert "%(" not in text
    if "%(subject)s" in str(AUDIT_ACTIONS[code].sentence):
        assert ("Бюджетные правила" if language == "ru" else "Budget rules") in text
    if language == "ru":
        assert not re.search(r"[A-Za-z]{3,}", text), text
