"""Expertise topics of public financial management, and the positions people hold.

Both are data, in `data/expertise.yaml`.
"""

from dataclasses import dataclass

from trellis.demo.content import content_load


@dataclass(frozen=True)
class Topic:
    slug: str
    en: str
    ru: str
    communities: tuple[str, ...]  # the communities where the topic is most at home

    @property
    def name(self) -> dict[str, str]:
        return {"en": self.en, "ru": self.ru}


@dataclass(frozen=True)
class Position:
    en: str
    ru: str
    weight: int = 3  # how common the position is among members


TOPICS: tuple[Topic, ...] = content_load("expertise", tuple[Topic, ...], key="topics")
POSITIONS: dict[str, tuple[Position, ...]] = content_load(
    "expertise", dict[str, tuple[Position, ...]], key="positions"
)
