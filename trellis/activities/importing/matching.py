"""Matching the rows of an attendance list to people with an account.

A row is matched by its email first (case-insensitive), then by name: names are compared in a
script- and spelling-blind form (`name_key`), against both the name a person writes in their
own script and its Latin spelling, so "Дмитрий Волков" finds "Dmitry Volkov". A name that
leaves out one word (a patronymic) still matches. When the row gives a country, a name match
needs the same country. A name that fits several people is not matched: the convener chooses.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from trellis.accounts.models import User
from trellis.activities.importing.reading import ImportRow
from trellis.activities.importing.values import name_key


class MatchHow:
    EMAIL = "email"
    NAME = "name"
    AMBIGUOUS = "ambiguous"
    GUEST = "guest"


@dataclass(frozen=True)
class PersonCard:
    """What matching needs to know of a person."""

    pk: int
    email: str
    full_name: str
    full_name_latin: str
    country: str


@dataclass(frozen=True)
class RowMatch:
    row: ImportRow
    how: str
    person_id: int | None = None
    candidate_ids: tuple[int, ...] = ()


# What the review records a row as: one of these, or "person:<id>" for a member offered.
CHOICE_SKIP = "skip"
CHOICE_GUEST = "guest"
CHOICE_PERSON = "person:"


def import_choice_default(match: RowMatch) -> str:
    """The choice proposed for a row: its matched member, a guest when the row fits nobody,
    and skipping a name that fits several people (a person must choose among them)."""
    if match.person_id is not None:
        return f"{CHOICE_PERSON}{match.person_id}"
    return CHOICE_GUEST if match.how == MatchHow.GUEST else CHOICE_SKIP


class PeopleIndex:
    """People looked up by email and by the words of their names."""

    def __init__(self, people: Iterable[PersonCard]) -> None:
        self.by_email: dict[str, int] = {}
        self.countries: dict[int, str] = {}
        self.by_name: dict[frozenset[str], set[int]] = defaultdict(set)
        # Names with one word left out, so "Volkov Dmitry" finds "Volkov Dmitry Sergeevich".
        self.by_shorter_name: dict[frozenset[str], set[int]] = defaultdict(set)
        for person in people:
            if person.email:
                self.by_email[person.email.casefold()] = person.pk
            self.countries[person.pk] = person.country
            for name in {person.full_name, person.full_name_latin}:
                key = name_key(name)
                if not key:
                    continue
                self.by_name[key].add(person.pk)
                if len(key) >= 3:
                    for shorter in combinations(key, len(key) - 1):
                        self.by_shorter_name[frozenset(shorter)].add(person.pk)

    def name_candidates(self, full_name: str, country: str = "") -> set[int]:
        key = name_key(full_name)
        found = set(self.by_name.get(key, ()))
        if not found and len(key) >= 2:
            found = set(self.by_shorter_name.get(key, ()))
            if len(key) >= 3:
                for shorter in combinations(key, len(key) - 1):
                    found |= self.by_name.get(frozenset(shorter), set())
        if country:
            found = {pk for pk in found if self.countries.get(pk) == country}
        return found

    def match(self, row: ImportRow) -> RowMatch:
        if row.email and row.email.casefold() in self.by_email:
            return RowMatch(row, MatchHow.EMAIL, person_id=self.by_email[row.email.casefold()])
        candidates = self.name_candidates(row.full_name, row.country)
        if len(candidates) == 1:
            (person_id,) = candidates
            return RowMatch(row, MatchHow.NAME, person_id=person_id, candidate_ids=(person_id,))
        if candidates:
            return RowMatch(row, MatchHow.AMBIGUOUS, candidate_ids=tuple(sorted(candidates)))
        return RowMatch(row, MatchHow.GUEST)


def people_index_load() -> PeopleIndex:
    """Every active account of the network (a few thousand rows, read once per import)."""
    rows = User.objects.filter(is_active=True).values_list(
        "pk", "email", "full_name", "full_name_latin", "country"
    )
    return PeopleIndex(PersonCard(*row) for row in rows.iterator(chunk_size=2000))


def rows_match(rows: Iterable[ImportRow], *, index: PeopleIndex | None = None) -> list[RowMatch]:
    index = index if index is not None else people_index_load()
    return [index.match(row) for row in rows]
