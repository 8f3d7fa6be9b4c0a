"""Reading the values of an attendance list's cells: countries, roles and names written in
English, Russian or Bosnian/Croatian/Serbian, and the plain form in which text is compared."""

import re
import unicodedata
from functools import lru_cache

from django.utils import translation
from django_countries import countries

from trellis.activities.models import AttendanceRole
from trellis.core.transliteration import name_skeleton

_ROLES: dict[str, str] = {
    AttendanceRole.PARTICIPANT: "participant attendee delegate участник участница слушатель "
    "делегат učesnik sudionik",
    AttendanceRole.SPEAKER: "speaker presenter panelist panellist lecturer докладчик "
    "спикер выступающий лектор govornik predavač",
    AttendanceRole.HOST: "host хозяин принимающая принимающий ведущий domaćin",
    AttendanceRole.FACILITATOR: "facilitator moderator фасилитатор модератор moderator",
    AttendanceRole.INTERPRETER: "interpreter translator переводчик prevodilac prevoditelj",
    AttendanceRole.ORGANISER: "organiser organizer организатор organizator",
}
_ROLE_WORDS = {word: str(role) for role, words in _ROLES.items() for word in words.split()}

# Names in use that are not the registry's (django-countries) English or Russian ones.
_COUNTRY_ALIASES = {
    "kyrgyz republic": "KG", "kyrgyzstan": "KG", "киргизия": "KG", "кыргызстан": "KG",
    "republic of moldova": "MD", "молдавия": "MD", "молдова": "MD", "macedonia": "MK",
    "fyr macedonia": "MK", "македония": "MK", "turkey": "TR", "türkiye": "TR",
    "турция": "TR", "белоруссия": "BY", "беларусь": "BY", "russia": "RU", "россия": "RU",
    "bosnia": "BA", "bosnia and herzegovina": "BA", "босния и герцеговина": "BA",
    "kosovo": "XK", "косово": "XK", "uk": "GB", "usa": "US",
}  # fmt: skip


def plain_text(value: str) -> str:
    """Text as headers and values are compared: lower case, ё as е, punctuation removed,
    spaces collapsed."""
    text = unicodedata.normalize("NFKC", value).casefold().replace("ё", "е")
    text = re.sub(r"[^\w\s]|_", "", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in ("en", "ru"):
        with translation.override(language):
            for code, name in countries:
                names[plain_text(str(name))] = code
    for code, _name in countries:
        names[code.casefold()] = code
        alpha3 = countries.alpha3(code)
        if alpha3:
            names[alpha3.casefold()] = code
    names.update({plain_text(name): code for name, code in _COUNTRY_ALIASES.items()})
    return names


def country_code(text: str) -> str:
    """The ISO code of a country written as its code or its English or Russian name; ""."""
    return _country_names().get(plain_text(text), "")


def role_code(text: str) -> str:
    words = plain_text(text).split()
    for word in words:
        if word in _ROLE_WORDS:
            return _ROLE_WORDS[word]
    return ""


def name_key(full_name: str) -> frozenset[str]:
    """The words of a name in a script- and spelling-blind form, in no particular order."""
    words = re.split(r"[\s\-‐‑–—]+", full_name)
    return frozenset(filter(None, (name_skeleton(word) for word in words)))
