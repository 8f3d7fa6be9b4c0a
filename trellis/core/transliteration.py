"""Latin spellings of names written in Cyrillic or Georgian, as each country's passports do,
and a spelling-blind form of a name for telling whether two spellings name the same person.

The systems are simplified versions of the national ones: Russian and the Central Asian
languages in the passport style (Zh, Kh, Ts, Yu), Ukrainian by the 2010 national system,
Bulgarian by the 2009 Streamlined System, Serbian by its own Latin alphabet, Macedonian by the
national system, Georgian by the 2002 national system without apostrophes.
"""

import re
import unicodedata

_RUSSIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh, Kyrgyz, Tajik and Uzbek letters, for names written in those alphabets.
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "і": "i", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u", "ў": "u",
}  # fmt: skip

_UKRAINIAN = {
    **_RUSSIAN,
    "г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i",
    "ю": "iu", "я": "ia", "щ": "shch", "'": "", "’": "",
}  # fmt: skip
_UKRAINIAN_WORD_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_BULGARIAN = {**_RUSSIAN, "ъ": "a", "щ": "sht", "х": "h", "ь": "y", "й": "y"}

_SERBIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
    "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
}  # fmt: skip

_MACEDONIAN = {
    **_SERBIAN,
    "ѓ": "gj", "ж": "zh", "ѕ": "dz", "ќ": "kj", "ч": "ch", "џ": "dzh", "ш": "sh",
}  # fmt: skip

_GEORGIAN = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t",
    "ი": "i", "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh",
    "რ": "r", "ს": "s", "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q",
    "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j",
    "ჰ": "h",
}  # fmt: skip

_TABLES = {
    "ru": _RUSSIAN,
    "uk": _UKRAINIAN,
    "bg": _BULGARIAN,
    "sr": _SERBIAN,
    "mk": _MACEDONIAN,
    "ka": _GEORGIAN,
}


def transliterate(text: str, *, language: str) -> str:
    """The Latin spelling of a name written in the alphabet of `language` (ru, uk, bg, sr, mk, ka).

    Letters the table does not know (Latin letters, spaces, hyphens) are kept as they are.
    """
    table = _TABLES[language]
    word_start = _UKRAINIAN_WORD_START if language == "uk" else {}
    result = []
    at_word_start = True
    for char in text:
        lower = char.lower()
        latin = word_start.get(lower) if at_word_start else None
        if latin is None:
            latin = table.get(lower, char)
        if char != lower or (language == "ka" and at_word_start):
            latin = latin[:1].upper() + latin[1:]
        result.append(latin)
        at_word_start = not char.isalpha()
    return "".join(result)


# Cyrillic letters of other alphabets that the Russian table lacks, for name comparison only.
_COMPARISON_EXTRA = {"є": "ie", "ї": "i", "ґ": "g", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj",
                     "ћ": "c", "џ": "dz", "ѓ": "g", "ќ": "k", "ѕ": "dz"}  # fmt: skip
_LATIN_EXTRA = {
    "đ": "dj",
    "ž": "zh",
    "š": "sh",
    "č": "ch",
    "ß": "ss",
    "ø": "o",
    "æ": "ae",
    "ł": "l",
    "ı": "i",
}
# Spelling variants of the same sound in the systems people use for their passports and
# e-mails: Dmitriy/Dmitry/Dmitrii, Yuriy/Iurii/Jurij, Aleksey/Alexei, Fyodor/Fedor.
_VARIANTS = [
    (re.compile(r"shch|sch|shh"), "sh"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"q"), "k"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"tz"), "ts"),
    (re.compile(r"yo|jo"), "e"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"^ie"), "e"),
    (re.compile(r"(?<=[aeiou])ie"), "e"),
    (re.compile(r"(.)\1+"), r"\1"),
]


def name_skeleton(word: str) -> str:
    """A lower-case Latin form of one word of a name that most spellings of it share.

    "Дмитрий", "Dmitriy", "Dmitry" and "Dmitrii" all give "dmitri"; "Юлия", "Yulia" and
    "Iuliia" give "iulia". It is meant for comparing names, never for showing them.
    """
    word = unicodedata.normalize("NFKC", word).casefold().replace("ё", "е")
    latin = []
    for char in word:
        char = _COMPARISON_EXTRA.get(char) or _RUSSIAN.get(char, char)
        latin.append(_LATIN_EXTRA.get(char, char))
    plain = unicodedata.normalize("NFKD", "".join(latin))
    text = "".join(char for char in plain if char.isascii() and char.isalnum())
    for pattern, replacement in _VARIANTS:
        text = pattern.sub(replacement, text)
    return text
