"""The indicator library's seed, read from ``catalogue.yaml`` beside this module."""

from pathlib import Path
from typing import Any

import yaml

CATALOGUE_FILE = Path(__file__).with_name("catalogue.yaml")


def indicator_catalogue(path: Path = CATALOGUE_FILE) -> list[dict[str, Any]]:
    """The catalogue's entries, each with key, cycle, kind, source, name and the optional
    capital, code and unit."""
    return list(yaml.safe_load(path.read_text(encoding="utf-8")))


def indicator_catalogue_seed(indicator_model: Any) -> int:
    """Create the catalogue's indicators that are not there yet (by key), as network
    indicators; existing ones, perhaps edited since, are left alone. The number created.
    Takes the model so a data migration can pass its historical one."""
    present = set(
        indicator_model.objects.exclude(catalogue_key="").values_list("catalogue_key", flat=True)
    )
    new = [
        indicator_model(
            catalogue_key=entry["key"],
            cycle=entry["cycle"],
            capital=entry.get("capital", ""),
            kind=entry["kind"],
            source=entry["source"],
            code=entry.get("code", ""),
            name=entry["name"],
            unit=entry.get("unit", {}),
        )
        for entry in indicator_catalogue()
        if entry["key"] not in present
    ]
    indicator_model.objects.bulk_create(new)
    return len(new)
