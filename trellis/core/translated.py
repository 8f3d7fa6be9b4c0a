"""Text that carries its own translations: catalogue names, descriptions, statements.

Stored as a JSON object keyed by language code ({"en": "...", "ru": "..."}), so a translator can
add a third language in settings.LANGUAGES without a schema change.
"""

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from trellis.core.single_line import single_line_check


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def translated(value: dict[str, str] | None, language: str | None = None) -> str:
    """The text in the given (or active) language, falling back to English, then any language."""
    return translated_with_language(value, language)[0]


def translated_with_language(
    value: dict[str, str] | None, language: str | None = None
) -> tuple[str, str]:
    """(text, the language it is in) as `translated` chooses it; ("", "") when there is none.
    A language other than the reader's means the text is a fallback, to be marked as such."""
    if not value:
        return "", ""
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    for code in (language, settings.LANGUAGE_CODE, *value.keys()):
        text = value.get(code)
        if text:
            return text, code
    return "", ""


def translated_clean(value: dict[str, str] | None) -> dict[str, str]:
    """{language: text} with each text stripped and the empty ones left out."""
    return {code: text.strip() for code, text in (value or {}).items() if text and text.strip()}


# How a fallback is marked: "(in English)" after a text the reader gets in another language.
LANGUAGE_MARKS = {"en": _("in English"), "ru": _("in Russian")}


class TranslatedTextWidget(forms.MultiWidget):
    template_name = "core/widgets/translated_text.html"

    def __init__(self, *, multiline: bool = False, attrs: dict[str, Any] | None = None) -> None:
        base: forms.Widget = forms.Textarea(attrs={"rows": 4}) if multiline else forms.TextInput()
        widgets: dict[str, forms.Widget | type[forms.Widget]] = dict.fromkeys(
            language_codes(), base
        )
        super().__init__(widgets, attrs)

    def decompress(self, value: dict[str, str] | None) -> list[str]:
        value = value or {}
        return [value.get(code, "") for code in language_codes()]

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        names = dict(settings.LANGUAGES)
        for code, subwidget in zip(language_codes(), context["widget"]["subwidgets"], strict=True):
            subwidget["language_code"] = code
            subwidget["language_name"] = names[code]
        return context


class TranslatedTextFormField(forms.MultiValueField):
    """One input per interface language; requires at least one of them when required."""

    default_error_messages = {
        "required": _("Write this in at least one language."),
    }

    def __init__(self, *, multiline: bool = False, max_length: int | None = None, **kwargs: Any):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        # A single-line text refuses line breaks in each language.
        validators = [] if multiline else [single_line_check]
        fields = [
            forms.CharField(
                required=False, max_length=max_length, strip=True, validators=validators
            )
            for _code in language_codes()
        ]
        super().__init__(
            fields=fields,
            require_all_fields=False,
            widget=TranslatedTextWidget(multiline=multiline),
            **kwargs,
        )

    def compress(self, data_list: list[str]) -> dict[str, str]:
        if not data_list:
            return {}
        return {code: text for code, text in zip(language_codes(), data_list, strict=False) if text}

    def validate(self, value: dict[str, str]) -> None:
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")


class TranslatedField(models.JSONField):
    """A model field holding {language code: text}."""

    def __init__(
        self, *args: Any, multiline: bool = False, max_length: int | None = None, **kwargs
    ):
        self.multiline = multiline
        self.text_max_length = max_length
        kwargs.setdefault("default", dict)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        if self.multiline:
            kwargs["multiline"] = True
        if self.text_max_length:
            kwargs["max_length"] = self.text_max_length
        return name, path, args, kwargs

    def formfield(self, **kwargs: Any) -> Any:
        defaults = {
            "form_class": TranslatedTextFormField,
            "multiline": self.multiline,
            "max_length": self.text_max_length,
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
        }
        defaults.update(kwargs)
        form_class: Any = defaults.pop("form_class")
        return form_class(**defaults)

    def validate(self, value: Any, model_instance: Any) -> None:
        super().validate(value, model_instance)
        if not isinstance(value, dict) or not all(
            isinstance(key, str) and isinstance(text, str) for key, text in value.items()
        ):
            raise ValidationError(_("Translated text must map language codes to text."))
        unknown = set(value) - set(language_codes())
        if unknown:
            raise ValidationError(
                _("Unknown language: %(codes)s."), params={"codes": ", ".join(sorted(unknown))}
            )
        if not self.multiline:
            for text in value.values():
                single_line_check(text)
        if self.text_max_length:
            for text in value.values():
                MaxLengthValidator(self.text_max_length)(text)
