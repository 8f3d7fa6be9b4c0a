"""Given names and surnames of the region, by naming tradition, and how to combine them.

The names are data, in `data/names.yaml`.
"""

from trellis.demo.content import content_load
from trellis.demo.names.tradition import NameTradition, PersonName, name_compose, name_draw

TRADITIONS: dict[str, NameTradition] = {
    tradition.code: tradition
    for tradition in content_load("names", tuple[NameTradition, ...], key="traditions")
}

__all__ = ["TRADITIONS", "NameTradition", "PersonName", "name_compose", "name_draw"]
