"""The corpus of the search benchmark (issue 12): N searchable items, half Russian, half English.

`corpus_batches(total=..., seed=..., community_ids=...)` yields lists of `SearchDoc`s, `batch` at
a time, so 100,000 items never sit in memory at once. The same seed and the same communities give
the same items in the same order (and the first N of a longer corpus are the shorter one).

What it holds, roughly as a public finance network does:

- kinds: answers, questions, discussions and documents most, then people, activities and agenda
  items; titles of 4 to 12 words, bodies of 30 to 300 words, and a few long reports among the
  documents (1.5% of them) of 2,000 to 6,000 words;
- even items in English, odd ones in Russian, written with the field's terms in several
  grammatical forms (`benchmarks.search_vocabulary`) among plain words of the language;
- audiences: most public, some for signed-in people, about one in seven for the members of one or
  two of the communities given (a few hundred in the benchmark);
- a country of the region on most items, a date between 2015 and 2026.
"""

import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from benchmarks.search_vocabulary import (
    COUNTRIES,
    ENGLISH,
    FILLER,
    FIRST_NAMES,
    LAST_NAMES,
    ORGANISATIONS,
    RUSSIAN,
    TITLE_OPENERS,
    Concept,
)
from trellis.search.sources import Audience, SearchDoc

ITEMS = 100_000
SEED = 12
BATCH = 1_000
LANGUAGES = ("en", "ru")
CONCEPTS = {"en": ENGLISH, "ru": RUSSIAN}
KIND_WEIGHTS = {
    "answer": 25,
    "question": 15,
    "discussion": 15,
    "document": 15,
    "person": 10,
    "activity": 10,
    "agenda_item": 10,
}
LONG_DOCUMENT_SHARE = 0.015  # of documents: about 225 long reports in 100,000 items
FIRST_DAY = date(2015, 1, 1)
DAYS = (date(2026, 11, 30) - FIRST_DAY).days


def corpus_batches(
    *, total: int = ITEMS, seed: int = SEED, community_ids: Sequence[int], batch: int = BATCH
) -> Iterator[list[SearchDoc]]:
    """The corpus, `batch` items at a time; object ids run from 1 to `total`."""
    randomness = random.Random(seed)  # noqa: S311 (made-up data, the same for the same seed)
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    docs: list[SearchDoc] = []
    for number in range(1, total + 1):
        language = LANGUAGES[number % 2]
        kind = randomness.choices(kinds, weights)[0]
        docs.append(item(randomness, number, kind, language, community_ids))
        if len(docs) == batch:
            yield docs
            docs = []
    if docs:
        yield docs


def item(
    randomness: random.Random,
    number: int,
    kind: str,
    language: str,
    community_ids: Sequence[int],
) -> SearchDoc:
    audience, communities = audience_draw(randomness, community_ids)
    if kind == "person":
        title, body = person_text(randomness, language)
    else:
        title = title_text(randomness, language)
        words = randomness.randint(30, 300)
        if kind == "document" and randomness.random() < LONG_DOCUMENT_SHARE:
            words = randomness.randint(2_000, 6_000)
        body = body_text(randomness, language, words)
    return SearchDoc(
        kind=kind,
        object_id=number,
        title=title,
        body=body,
        url=f"/bench/{kind}/{number}/",
        audience=audience,
        community_ids=communities,
        language=language,
        country="" if randomness.random() < 0.2 else randomness.choice(COUNTRIES),
        date=FIRST_DAY + timedelta(days=randomness.randrange(DAYS)),
    )


def audience_draw(
    randomness: random.Random, community_ids: Sequence[int]
) -> tuple[Audience, tuple[int, ...]]:
    draw = randomness.random()
    if not community_ids or draw < 0.60:
        return Audience.PUBLIC, ()
    communities = tuple(sorted(set(randomness.sample(community_ids, randomness.choice((1, 1, 2))))))
    if draw < 0.78:
        return Audience.PUBLIC, communities  # a public community's item: anyone finds it
    if draw < 0.85:
        return Audience.SIGNED_IN, communities
    return Audience.MEMBERS, communities


def term(randomness: random.Random, language: str) -> str:
    chosen: Concept = randomness.choice(CONCEPTS[language])
    return randomness.choice(chosen.text)


def title_text(randomness: random.Random, language: str) -> str:
    opener = randomness.choice(TITLE_OPENERS[language]).split()
    words = [*opener, *term(randomness, language).split()]
    target = randomness.randint(4, 12)
    while len(words) < target:
        if randomness.random() < 0.3:
            words += term(randomness, language).split()
        else:
            words.append(randomness.choice(FILLER[language]))
    text = " ".join(words[: max(target, 4)])
    return text[0].upper() + text[1:]


def body_text(randomness: random.Random, language: str, words: int) -> str:
    """About `words` words in sentences of 8 to 20, a field term in most sentences."""
    sentences: list[str] = []
    written = 0
    filler = FILLER[language]
    while written < words:
        length = randomness.randint(8, 20)
        sentence = [randomness.choice(filler) for _ in range(length)]
        for _ in range(randomness.choice((0, 1, 1, 2))):
            sentence.insert(randomness.randrange(len(sentence)), term(randomness, language))
        text = " ".join(sentence)
        sentences.append(text[0].upper() + text[1:] + ".")
        written += length
    return " ".join(sentences)


def person_text(randomness: random.Random, language: str) -> tuple[str, str]:
    name = f"{randomness.choice(FIRST_NAMES[language])} {randomness.choice(LAST_NAMES[language])}"
    organisation = randomness.choice(ORGANISATIONS[language])
    expertise = ", ".join(term(randomness, language) for _ in range(randomness.randint(2, 5)))
    bio = body_text(randomness, language, randomness.randint(30, 120))
    return name, f"{organisation}. {expertise}. {bio}"
