"""The stems of a text's words in English and Russian, for matching by meaning rather than by
form ("бюджетного планирования" and "Бюджетное планирование" share their stems).

The rule is the search index's (trellis.search.text): words are folded (case, "ё"), and each is
stemmed by the Snowball stemmer of its script, Russian for Cyrillic and English otherwise.
"""

import re
import unicodedata
from functools import lru_cache

import Stemmer

_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_russian = Stemmer.Stemmer("russian")
_english = Stemmer.Stemmer("english")

# Words too common to tell what a text is about (the shortest are left out by length).
_COMMON = frozenset(
    [
        "and",
        "the",
        "for",
        "with",
        "from",
        "into",
        "about",
        "how",
        "what",
        "which",
        "our",
        "your",
        "their",
        "this",
        "that",
        "для",
        "при",
        "как",
        "что",
        "это",
        "или",
        "без",
        "над",
        "под",
        "про",
        "его",
        "она",
        "они",
        "наш",
        "ваш",
        "все",
    ]
)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str((_russian if _CYRILLIC.search(word) else _english).stemWord(word))


def content_words(text: str) -> list[str]:
    """The words of a text that say what it is about, folded, each once, in order: three
    letters or more, common words left out."""
    folded = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    words = (word for word in _WORD.findall(folded) if 3 <= len(word) <= 64)
    return list(dict.fromkeys(word for word in words if word not in _COMMON))


def content_stems(text: str) -> set[str]:
    """The stems of `content_words`."""
    return {_stem(word) for word in content_words(text)}
