"""Every database rule speaks to people: a constraint a person's input can break carries its own
message in both languages, never Django's "Constraint “name” is violated"."""

import pytest
from django.apps import apps
from django.db.models import BaseConstraint
from django.utils import translation
from django.utils.functional import Promise

CONSTRAINTS = [
    pytest.param(model, constraint, id=f"{model._meta.label}.{constraint.name}")
    for model in apps.get_models()
    if model.__module__.startswith("trellis.")
    for constraint in model._meta.constraints
]


def test_the_project_has_constraints_to_check():
    assert len(CONSTRAINTS) >= 19


@pytest.mark.parametrize(("model", "constraint"), CONSTRAINTS)
def test_each_constraint_has_a_translated_message(model, constraint):
    message = constraint.violation_error_message
    assert message != BaseConstraint.default_violation_error_message
    # Lazy, so the message is in the reader's language and not the one at import time.
    assert isinstance(message, Promise)
    with translation.override("en"):
        english = str(message)
    with translation.override("ru"):
        russian = str(message)
    assert russian != english, f"{english!r} has no Russian translation"
    assert constraint.name not in english and constraint.name not in russian
