"""The member countries of the demo network: naming traditions, languages and institutions.

Who they are is data, in `data/countries.yaml`.
"""

from dataclasses import dataclass, field

from trellis.demo.content import content_load

BUDGET, TREASURY, AUDIT = "BCOP", "TCOP", "IACOP"


@dataclass(frozen=True)
class Country:
    code: str
    people: int
    traditions: tuple[tuple[str, int], ...]  # naming tradition and its weight
    languages: tuple[str, ...]  # spoken by everyone from the country
    english: float  # share who also speak English
    russian: float  # share who also speak Russian
    writes_in: str = "en"  # the language of organisation names, positions and bios
    organisations: dict[str, tuple[str, ...]] = field(default_factory=dict)


COUNTRIES: tuple[Country, ...] = content_load("countries", tuple[Country, ...])
