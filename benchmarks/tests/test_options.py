"""What `make bench` reads from the environment, and which URLs it loads."""

import re

import pytest

from benchmarks.bench import pages, pages_chosen
from benchmarks.options import ROLES, BenchError, Options

TARGETS = {
    "community": "bcop",
    "activity": 31,
    "question": 7,
    "discussions": 4,
    "person": 12,
    "country": "RU",
}


def test_without_settings_it_loads_every_role_for_eight_seconds_on_ten_thousand_members():
    options = Options.from_environment({})

    assert options == Options(
        members=10000, seconds=8.0, rebuild=False, urls=None, roles=ROLES, database_url=None
    )


def test_settings_narrow_the_run():
    options = Options.from_environment(
        {
            "BENCH_MEMBERS": "1000",
            "BENCH_SECONDS": "2",
            "BENCH_REBUILD": "1",
            "BENCH_URLS": "^api-",
            "BENCH_ROLES": "admin, member",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/trellis",
        }
    )

    assert (options.members, options.seconds, options.rebuild) == (1000, 2.0, True)
    assert options.roles == ("member", "admin"), "in the table's order"
    assert options.urls is not None and options.urls.pattern == "^api-"
    assert options.database_url == "postgres://postgres@127.0.0.1:5432/trellis"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("BENCH_MEMBERS", "many", "must be numbers"),
        ("BENCH_SECONDS", "0", "must be positive"),
        ("BENCH_ROLES", "member,sponsor", "unknown sponsor"),
        ("BENCH_URLS", "people(", "not a regular expression"),
    ],
)
def test_a_wrong_setting_is_refused_with_what_to_fix(name, value, message):
    with pytest.raises(BenchError, match=re.escape(message)):
        Options.from_environment({name: value})


def test_the_pages_of_the_issue_with_the_items_found_in_the_database():
    paths = {page.name: page.path for page in pages(TARGETS)}

    assert paths == {
        "home": "/",
        "communities": "/communities/",
        "community": "/communities/bcop/",
        "activities": "/activities/",
        "activities-month": "/activities/month/",
        "activity": "/activities/31/",
        "questions": "/questions/",
        "question": "/questions/7/",
        "discussions": "/communities/bcop/discussions/",
        "people": "/people/?country=RU",
        "profile": "/people/12/",
        "notifications": "/notifications/",
        "api-communities": "/api/v1/communities",
        "api-activities": "/api/v1/activities",
        "api-questions": "/api/v1/questions",
        "api-people": "/api/v1/people",
    }


def test_a_page_with_nothing_to_show_keeps_its_row_without_a_path():
    paths = {page.name: page.path for page in pages({**TARGETS, "question": None})}

    assert paths["question"] is None


def test_bench_urls_matches_names_and_paths():
    every = pages(TARGETS)

    by_name = pages_chosen(every, re.compile("^(home|profile)$"))
    by_path = pages_chosen(every, re.compile("country="))

    assert [page.name for page in by_name] == ["home", "profile"]
    assert [page.name for page in by_path] == ["people"]
    assert pages_chosen(every, None) == every
