"""The demo's content, read from the files in `trellis/demo/data/`.

The two digests were recorded when the content moved from Python literals into the data files,
after a database built from the files was compared row by row with one built from the literals.
They fail when anything in the demo network changes. When you change the demo's content on
purpose, record the new digests here and say in the commit message what changed.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date

import pytest

from trellis.demo.accounts import DEMO_ACCOUNTS
from trellis.demo.agenda import AGENDA
from trellis.demo.content import DATA, IN_BOTH_LANGUAGES, ContentError, content_convert
from trellis.demo.conversations.templates import DISCUSSIONS, PEER_ASSISTS, QUESTIONS
from trellis.demo.expertise import TOPICS
from trellis.demo.guests import GUESTS
from trellis.demo.network import COMMUNITIES, NETWORK
from trellis.demo.plan import demo_plan
from trellis.demo.programme import PLACES, PROGRAMME

ANCHOR = date(2026, 12, 1)
PLAN_DIGEST = "dea09accb60739f291cb2aeef772372770037ec06f2ba8b9327d904b8f2fab0f"
NETWORK_DIGEST = "ec65fce2be19cbae74772a893d949a1e716c9a63b30a0358551bac27a9681223"


def test_the_plan_read_from_the_data_files_is_the_recorded_one() -> None:
    assert demo_plan(anchor=ANCHOR).digest() == PLAN_DIGEST


def test_the_network_read_from_the_data_files_is_the_recorded_one() -> None:
    content = repr((NETWORK, COMMUNITIES, TOPICS, GUESTS, DEMO_ACCOUNTS))
    assert hashlib.sha256(content.encode()).hexdigest() == NETWORK_DIGEST


def test_the_content_has_its_size_and_both_languages_side_by_side() -> None:
    assert [community.code for community in COMMUNITIES] == ["BCOP", "TCOP", "IACOP", "SC"]
    assert COMMUNITIES[0].name == {
        "en": "Budget Community of Practice",
        "ru": "Сообщество практиков по бюджету",
    }
    counts = (len(PROGRAMME), len(QUESTIONS), len(DISCUSSIONS), len(PEER_ASSISTS), len(AGENDA))
    assert counts == (58, 46, 13, 6, 28)
    plenary = next(template for template in PROGRAMME if template.key == "plenary-1")
    assert plenary.title == (
        "PEMPAL plenary: value for money in public spending",
        "Пленарное заседание PEMPAL: эффективность государственных расходов",
    )
    assert [session.key for session in plenary.sessions] == [
        "plenary-1-bcop",
        "plenary-1-tcop",
        "plenary-1-iacop",
        "plenary-1-market",
    ]
    assert plenary.place in PLACES
    assert len(TOPICS) == 26
    assert len(GUESTS) == 20


def test_every_data_file_is_yaml_with_a_header_saying_what_it_holds() -> None:
    files = sorted(DATA.glob("*"))
    assert files
    for path in files:
        assert path.suffix == ".yaml", path.name
        assert path.read_text(encoding="utf-8").startswith("# "), path.name


@dataclass(frozen=True)
class _Sample:
    key: str
    title: tuple[str, str] = field(metadata=IN_BOTH_LANGUAGES)
    days: int = 1
    hours: float = 2.0
    tags: tuple[str, ...] = ()
    parent: str | None = None


def test_a_file_is_read_into_the_shapes_the_code_uses() -> None:
    sample = content_convert(
        _Sample,
        {"key": "k", "title": {"en": "Title", "ru": "Название"}, "hours": 3, "tags": ["a"]},
        where="sample",
    )
    assert sample == _Sample("k", ("Title", "Название"), hours=3, tags=("a",))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"key": "k", "title": {"en": "Title"}}, r"^sample\.title: expected the keys en, ru$"),
        (
            {"key": "k", "title": {"en": "T", "ru": "Т"}, "days": "two"},
            r"^sample\.days: expected int, not 'two'$",
        ),
        (
            {"key": "k", "title": {"en": "T", "ru": "Т"}, "days": True},
            r"^sample\.days: expected int, not True$",
        ),
        (
            {"key": "k", "title": {"en": "T", "ru": "Т"}, "hours": "2h"},
            r"^sample\.hours: expected a number, not '2h'$",
        ),
        (
            {"key": "k", "title": {"en": "T", "ru": "Т"}, "tags": "a"},
            r"^sample\.tags: expected list, not 'a'$",
        ),
        ({"key": "k", "title": {"en": "T", "ru": "Т"}, "colour": "red"}, r"unknown colour$"),
        ({"title": {"en": "T", "ru": "Т"}}, r"^sample: .*missing 1 required .*'key'"),
    ],
)
def test_a_wrong_value_in_a_file_is_named_with_its_path(
    raw: dict[str, object], message: str
) -> None:
    with pytest.raises(ContentError, match=message):
        content_convert(_Sample, raw, where="sample")
