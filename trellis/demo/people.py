"""The people of the demo network, generated from the country catalogue with a seeded random."""

import random
import unicodedata
from dataclasses import dataclass

from trellis.demo.content import content_load
from trellis.demo.countries import AUDIT, BUDGET, COUNTRIES, TREASURY, Country
from trellis.demo.expertise import POSITIONS, TOPICS
from trellis.demo.names import TRADITIONS, PersonName, name_draw

HOME_WEIGHTS = ((BUDGET, 40), (TREASURY, 33), (AUDIT, 27))
FEMALE_SHARE = 0.58  # public finance departments of the region employ more women than men
BIO_SHARE = 0.45


@dataclass(frozen=True)
class PersonSpec:
    email: str
    full_name: str
    full_name_latin: str
    country: str
    organisation: str
    position: str
    languages: tuple[str, ...]
    expertise: tuple[str, ...]  # topic slugs
    bio: str = ""
    profile_visibility: str = "network"
    email_visibility: str = "communities"
    preferred_language: str = ""
    home: str = ""  # the community the person's work belongs to


def _weighted(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([value for value, _ in options], [weight for _, weight in options])[0]


def _ascii(text: str) -> str:
    """Letters without diacritics, for email addresses: "Şahin" → "sahin", "Đurić" → "djuric"."""
    special = {"đ": "dj", "ə": "a", "ı": "i", "ß": "ss", "ł": "l"}
    text = "".join(special.get(char, char) for char in text.lower())
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if char.isascii() and (char.isalnum()))


def _email(name: PersonName, country: str, taken: set[str]) -> str:
    local = f"{_ascii(name.given_latin)}.{_ascii(name.surname_latin)}"
    domain = f"{country.lower()}.demo.trellis"
    email, suffix = f"{local}@{domain}", 2
    while email in taken:
        email, suffix = f"{local}{suffix}@{domain}", suffix + 1
    taken.add(email)
    return email


def _languages(rng: random.Random, country: Country) -> tuple[str, ...]:
    languages = list(country.languages)
    if "ru" not in languages and rng.random() < country.russian:
        languages.append("ru")
    if rng.random() < country.english:
        languages.append("en")
    return tuple(languages)


def _expertise(rng: random.Random, home: str) -> tuple[str, ...]:
    at_home = [topic.slug for topic in TOPICS if home in topic.communities]
    elsewhere = [topic.slug for topic in TOPICS if home not in topic.communities]
    chosen = rng.sample(at_home, rng.randint(1, 3))
    if rng.random() < 0.35:
        chosen.append(rng.choice(elsewhere))
    return tuple(sorted(chosen))


_BIOS: dict[str, str] = content_load("people", dict[str, str], key="bio")
_READY: dict[str, str] = content_load("people", dict[str, str], key="ready")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _bio(
    rng: random.Random,
    *,
    position: str,
    organisation: str,
    expertise: tuple[str, ...],
    language: str,
    female: bool,
) -> str:
    topics = {topic.slug: topic for topic in TOPICS}
    years = rng.randint(5, 20)
    first = topics[expertise[0]]
    language = "ru" if language == "ru" else "en"
    return _BIOS[language].format(
        position=position,
        organisation=organisation,
        years=years,
        topic=_lower_first(first.ru if language == "ru" else first.en),
        ready=_READY["female" if female else "male"],
    )


def people_generate(
    rng: random.Random, *, taken_names: set[str], taken_emails: set[str]
) -> list[PersonSpec]:
    """The network's members, country by country. Names and emails already taken are avoided."""
    people = []
    for country in COUNTRIES:
        for _index in range(country.people):
            tradition = TRADITIONS[_weighted(rng, country.traditions)]
            female = rng.random() < FEMALE_SHARE
            name = name_draw(rng, tradition, female=female)
            while name.full_name in taken_names:
                name = name_draw(rng, tradition, female=female)
            taken_names.add(name.full_name)
            home = _weighted(rng, HOME_WEIGHTS)
            organisation = rng.choice(country.organisations[home])
            position_options = POSITIONS[home]
            position = rng.choices(position_options, [p.weight for p in position_options])[0]
            position_text = position.ru if country.writes_in == "ru" else position.en
            expertise = _expertise(rng, home)
            bio = ""
            if rng.random() < BIO_SHARE:
                bio = _bio(
                    rng,
                    position=position_text,
                    organisation=organisation,
                    expertise=expertise,
                    language=country.writes_in,
                    female=female,
                )
            languages = _languages(rng, country)
            preferred = ""
            if rng.random() < 0.4:
                preferred = "ru" if "ru" in languages and "en" not in languages else "en"
            people.append(
                PersonSpec(
                    email=_email(name, country.code, taken_emails),
                    full_name=name.full_name,
                    full_name_latin=name.full_name_latin,
                    country=country.code,
                    organisation=organisation,
                    position=position_text,
                    languages=languages,
                    expertise=expertise,
                    bio=bio,
                    profile_visibility=_weighted(
                        rng, (("public", 30), ("network", 55), ("communities", 15))
                    ),
                    email_visibility=_weighted(
                        rng, (("network", 35), ("communities", 45), ("nobody", 20))
                    ),
                    preferred_language=preferred,
                    home=home,
                )
            )
    return people
