"""Form helpers shared by every app."""

from functools import partial
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from trellis.core.languages import language_choices_grouped
from trellis.core.single_line import single_line_check
from trellis.core.time_zones import (
    UTC,
    known_zones,
    time_zone_choices,
    zone_offset,
    zone_search_terms,
)


class SingleLineCharField(forms.CharField):
    """Text on one line (a name, a title, a place): line breaks are refused."""

    default_validators = [single_line_check]


class LanguagesField(forms.MultipleChoiceField):
    """Languages to tick, in a compact box that opens on the network's usual ones (the form
    passes them to `usual_languages_set`); the others follow in a second group."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("choices", language_choices_grouped(()))
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple(attrs={"class": "choice-box"}))
        super().__init__(**kwargs)


class TimeZoneSelect(forms.Select):
    """The grouped list of places, with a box that filters it by city, country or offset.

    The box comes hidden and select-filter.js shows it, so without scripts the plain grouped
    list is what a person meets. Each option carries what the box matches besides its label:
    the place's words in English and in the reader's language, and its offset ("+05:00").
    """

    template_name = "core/widgets/time_zone_select.html"

    def use_required_attribute(self, initial: Any) -> bool:
        # A select earns `required` only when its first choice is an empty placeholder; this
        # list opens on a group of places, so never. Asking Select would build the ~420
        # choices a second time for every page that shows the list.
        return False

    def create_option(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(*args, **kwargs)
        offset = zone_offset(option["value"] or UTC)
        if offset:
            option["attrs"]["data-offset"] = offset.removeprefix("UTC")
        terms = zone_search_terms(option["value"])
        if terms:
            option["attrs"]["data-terms"] = terms
        return option


class TimeZoneField(forms.ChoiceField):
    """A time zone chosen among real places, grouped by region, named by city and offset.

    Any zone of the database is still accepted, so a zone saved before the list left the
    aliases out (or sent through the API) stays valid. `utc_value`: what choosing UTC stores.
    """

    def __init__(self, *, utc_value: str = UTC, **kwargs: Any) -> None:
        kwargs.setdefault("choices", partial(time_zone_choices, utc_value=utc_value))
        kwargs.setdefault("widget", TimeZoneSelect)
        kwargs.setdefault("error_messages", {"invalid_choice": _("Choose a valid time zone.")})
        super().__init__(**kwargs)

    def valid_value(self, value: Any) -> bool:
        return value in known_zones() or super().valid_value(value)


def usual_languages_set(form: forms.BaseForm, usual: list[str]) -> None:
    """Put the network's usual languages first in every language list of the form."""
    for field in form.fields.values():
        if isinstance(field, LanguagesField):
            field.choices = language_choices_grouped(usual)


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
