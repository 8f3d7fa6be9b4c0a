"""Given names and surnames of the region, by naming tradition, and how to combine them.

Lists are written by hand rather than drawn from Faker so that the names are plausible for
public servants of each country and do not change when Faker's data changes.
"""

from trellis.demo.names import caucasus, cyrillic, latin
from trellis.demo.names.tradition import NameTradition, PersonName, name_compose, name_draw

TRADITIONS: dict[str, NameTradition] = {
    tradition.code: tradition
    for tradition in (*cyrillic.TRADITIONS, *caucasus.TRADITIONS, *latin.TRADITIONS)
}

__all__ = ["TRADITIONS", "NameTradition", "PersonName", "name_compose", "name_draw"]
