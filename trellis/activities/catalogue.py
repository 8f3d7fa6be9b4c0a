"""The activity-type catalogue of the framework, read from ``catalogue.yaml`` beside this module.

The data migration ``0002_activity_type_catalogue`` loads it (update by slug), so the order of
the file is the order of the catalogue (position = index * 10).
"""

from pathlib import Path
from typing import TypedDict

import yaml

CATALOGUE_FILE = Path(__file__).with_name("catalogue.yaml")
LANGUAGES = ("en", "ru")


class CatalogueEntry(TypedDict):
    slug: str
    name: dict[str, str]
    description: dict[str, str]
    formats: list[str]
    orientations: list[str]


def _translations(entry: dict[str, object], field: str) -> dict[str, str]:
    value = entry.get(field)
    if not isinstance(value, dict) or set(value) != set(LANGUAGES):
        raise ValueError(f"{entry.get('slug')}: {field} needs exactly {LANGUAGES}")
    return {language: str(value[language]) for language in LANGUAGES}


def _codes(entry: dict[str, object], field: str) -> list[str]:
    value = entry.get(field)
    if not isinstance(value, list):
        raise ValueError(f"{entry.get('slug')}: {field} must be a list")
    return [str(code) for code in value]


def catalogue_read(path: Path = CATALOGUE_FILE) -> list[CatalogueEntry]:
    """The catalogue's entries in order, each checked to have both languages."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list) or not all(
        isinstance(entry, dict) and entry.get("slug") for entry in raw
    ):
        raise ValueError(f"{path.name}: expected a list of entries, each with a slug")
    return [
        CatalogueEntry(
            slug=str(entry["slug"]),
            name=_translations(entry, "name"),
            description=_translations(entry, "description"),
            formats=_codes(entry, "formats"),
            orientations=_codes(entry, "orientations"),
        )
        for entry in raw
    ]


ACTIVITY_TYPE_CATALOGUE: list[CatalogueEntry] = catalogue_read()
