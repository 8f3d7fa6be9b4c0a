"""How text becomes terms: the same folding and stemming for what is indexed and what is asked.

Words are runs of letters and digits; each is case-folded, "ё" becomes "е", and it is stemmed by
the Snowball stemmer of its script (Russian for Cyrillic, English otherwise), so one text may mix
both languages. The SQLite engine indexes these stems; the snippet of every engine finds the
words of a text whose stems the query asked for, so the highlight follows the same rule.
"""

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import Stemmer

# Letters and digits only: FTS5's unicode61 tokenizer splits on everything else ("_" included),
# so Python's words and the index's tokens are the same.
WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LONGEST_WORD = 64  # longer runs are noise (hashes, base64), not words anyone searches for
MAX_QUERY_CHARS = 500  # a query longer than this is cut: nobody types more, and it bounds the work
MAX_QUERY_TERMS = 24

_russian = Stemmer.Stemmer("russian")
_english = Stemmer.Stemmer("english")


def fold(text: str) -> str:
    """Case-folded, with "ё" as "е" and no NUL characters."""
    return unicodedata.normalize("NFC", text).replace("\x00", " ").casefold().replace("ё", "е")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one folded word, by the stemmer of its script."""
    if _CYRILLIC.search(word):
        return str(_russian.stemWord(word))
    return str(_english.stemWord(word))


def words(text: str) -> Iterator[re.Match[str]]:
    """The words of a text (matches over the folded text, whose positions are the original's
    whenever folding keeps lengths, which it does for Latin and Cyrillic letters)."""
    return WORD.finditer(text)


def stems(text: str) -> list[str]:
    """The stems of a text, in order."""
    return [stem(word) for word in WORD.findall(fold(text)) if len(word) <= _LONGEST_WORD]


def stemmed_text(text: str) -> str:
    """A text as the SQLite index holds it: its stems separated by spaces."""
    return " ".join(stems(text))


def query_stems(q: str) -> list[str]:
    """The distinct stems of a query, in order, bounded in number (empty when nothing to find)."""
    seen: dict[str, None] = {}
    for term in stems(q[:MAX_QUERY_CHARS]):
        seen.setdefault(term, None)
        if len(seen) >= MAX_QUERY_TERMS:
            break
    return list(seen)


def query_text(q: str) -> str:
    """A query as plain words (no operators, no NULs), for an engine that stems by itself."""
    return " ".join(WORD.findall(fold(q[:MAX_QUERY_CHARS]))[:MAX_QUERY_TERMS])
