"""What a naming tradition is, and how a person's name is drawn from one."""

import random
from dataclasses import dataclass

from trellis.demo.transliteration import transliterate


@dataclass(frozen=True)
class NameTradition:
    """How people of one tradition are named: lists of names, alphabet, female surnames."""

    code: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    feminine_endings: tuple[tuple[str, str], ...] = ()  # (male ending, female ending)
    alphabet: str = ""  # the transliteration table to use; empty for Latin script
    surname_first: bool = False

    def female_surname(self, surname: str) -> str:
        for male_ending, female_ending in self.feminine_endings:
            if surname.endswith(male_ending):
                return surname[: -len(male_ending)] + female_ending
        return surname


@dataclass(frozen=True)
class PersonName:
    full_name: str
    full_name_latin: str
    given_latin: str
    surname_latin: str
    female: bool


def name_compose(tradition: NameTradition, *, given: str, surname: str, female: bool) -> PersonName:
    """The full name as the person writes it, and its Latin spelling in given-name-first order.

    Hungarians write the surname first; their Latin spelling follows the passport order.
    """
    if tradition.alphabet:
        given_latin = transliterate(given, language=tradition.alphabet)
        surname_latin = transliterate(surname, language=tradition.alphabet)
    else:
        given_latin, surname_latin = given, surname
    own = f"{surname} {given}" if tradition.surname_first else f"{given} {surname}"
    return PersonName(own, f"{given_latin} {surname_latin}", given_latin, surname_latin, female)


def name_draw(rng: random.Random, tradition: NameTradition, *, female: bool) -> PersonName:
    """A random name of the tradition; female surnames take their female form."""
    given = rng.choice(tradition.female if female else tradition.male)
    surname = rng.choice(tradition.surnames)
    if female:
        surname = tradition.female_surname(surname)
    return name_compose(tradition, given=given, surname=surname, female=female)
