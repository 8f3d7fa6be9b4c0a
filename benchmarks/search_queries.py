"""The fixed queries of the search benchmark: 200 by default, drawn from a fixed seed.

One to three words, half in English and half in Russian, always in forms the corpus does not
write (`Concept.query`), so every hit comes through stemming. About one in six also filters by
kind, one in six by language, one in ten by one of the member viewer's communities (only the
member's queries, as the search page offers its own communities). Half are asked by the member
viewer, half by an anonymous visitor.
"""

import random
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.search_corpus import CONCEPTS, KIND_WEIGHTS, LANGUAGES

QUERIES = 200
SEED = 1200


@dataclass(frozen=True)
class Query:
    q: str
    viewer: str  # "member" or "anonymous"
    kinds: tuple[str, ...] | None = None
    language: str | None = None
    community_ids: tuple[int, ...] | None = None

    def describe(self) -> str:
        filters = [
            f"kinds={','.join(self.kinds)}" if self.kinds else "",
            f"language={self.language}" if self.language else "",
            f"communities={','.join(map(str, self.community_ids))}" if self.community_ids else "",
        ]
        return " ".join([repr(self.q), self.viewer, *(f for f in filters if f)])


def queries_draw(
    *, count: int = QUERIES, seed: int = SEED, member_community_ids: Sequence[int]
) -> list[Query]:
    randomness = random.Random(seed)  # noqa: S311 (made-up data, the same for the same seed)
    kinds = list(KIND_WEIGHTS)
    drawn = []
    for number in range(count):
        language = LANGUAGES[number % 2]
        viewer = ("member", "anonymous")[(number // 2) % 2]
        words = query_words(randomness, language, randomness.choice((1, 1, 2, 2, 2, 3)))
        drawn.append(
            Query(
                q=" ".join(words),
                viewer=viewer,
                kinds=(
                    tuple(sorted(randomness.sample(kinds, randomness.choice((1, 2)))))
                    if randomness.random() < 1 / 6
                    else None
                ),
                language=language if randomness.random() < 1 / 6 else None,
                community_ids=(
                    (randomness.choice(member_community_ids),)
                    if viewer == "member" and member_community_ids and randomness.random() < 0.2
                    else None
                ),
            )
        )
    return drawn


def query_words(randomness: random.Random, language: str, count: int) -> list[str]:
    """`count` words: a query form of one concept, cut or completed from another's."""
    words = randomness.choice(randomness.choice(CONCEPTS[language]).query).split()
    if count == 1:
        return [max(words, key=len)]
    while len(words) < count:
        words += randomness.choice(randomness.choice(CONCEPTS[language]).query).split()
    return words[:count]
