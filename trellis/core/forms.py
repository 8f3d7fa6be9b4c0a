"""Form helpers shared by every app."""

from django import forms
from django.core.exceptions import ValidationError


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
