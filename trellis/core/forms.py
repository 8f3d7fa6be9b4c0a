"""Form helpers shared by every app."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from trellis.core.single_line import single_line_check


class SingleLineCharField(forms.CharField):
    """Text on one line (a name, a title, a place): line breaks are refused."""

    default_validators = [single_line_check]


def _is_textarea(widget: Any) -> bool:
    widget_class = widget if isinstance(widget, type) else type(widget)
    return widget is not None and issubclass(widget_class, forms.Textarea)


def model_formfield(db_field: models.Field[Any, Any], **kwargs: Any) -> forms.Field | None:
    """The `formfield_callback` of ModelForms: a model's CharField shown as a one-line input
    becomes a `SingleLineCharField`; every other field gets its usual form field."""
    if (
        type(db_field) is models.CharField
        and not db_field.choices
        and not _is_textarea(kwargs.get("widget"))
    ):
        kwargs.setdefault("form_class", SingleLineCharField)
    return db_field.formfield(**kwargs)


def apply_validation_error(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's ValidationError on the form, next to the fields it names.

    The form keeps everything the person typed; errors about fields the form does not have
    are shown at the top.
    """
    if hasattr(error, "error_dict"):
        for field, field_errors in error.error_dict.items():
            target = field if field in form.fields else None
            for field_error in field_errors:
                form.add_error(target, field_error)
    else:
        form.add_error(None, error)
