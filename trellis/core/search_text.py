"""Text the apps hand to the search index: every language a thing is written in, so that a
search in either language finds it."""

from typing import Any

from django.conf import settings
from django.utils import translation
from django_countries import countries


def every_language(value: dict[str, str] | None) -> str:
    """All the texts of a translated field ({language: text}), one per line."""
    return "\n".join(text.strip() for text in (value or {}).values() if text and text.strip())


def country_names(code: str) -> str:
    """A country's name in each language of the interface ("" for no country): "Armenia"
    and "Армения" both find it."""
    if not code:
        return ""
    names: list[str] = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            name = str(countries.name(code))
        if name and name not in names:
            names.append(name)
    return " ".join(names)


def country_code(value: Any) -> str:
    """The code of a `CountryField`'s value ("" for none)."""
    return str(getattr(value, "code", value) or "")


def search_lines(*parts: str) -> str:
    """The non-empty parts, one per line."""
    return "\n".join(part.strip() for part in parts if part and part.strip())
