"""The verdicts against the issue's targets, the table and the JSON document."""

import json

import pytest

from benchmarks.report import (
    FLOOR_ROLE,
    Report,
    Row,
    failures,
    report_document,
    summary_text,
    table_text,
    verdict,
)
from benchmarks.wrk import LoadResult


def load(rate: float, p99: float = 20.0, *, requests: int = 1000, **errors: int) -> LoadResult:
    return LoadResult(
        requests_per_second=rate,
        requests=requests,
        p50_ms=p99 / 2,
        p75_ms=p99 / 1.5,
        p90_ms=p99 / 1.2,
        p99_ms=p99,
        socket_errors={"connect": 0, "read": 0, "write": 0, "timeout": errors.get("timeout", 0)},
        non_success_responses=errors.get("non_success", 0),
    )


def floor_rows(rate: float = 4000.0) -> list[Row]:
    return [
        Row(role=FLOOR_ROLE, name="bare", path="/bare/", status=200, load=load(rate, 8)),
        Row(role=FLOOR_ROLE, name="rows", path="/rows/", status=200, load=load(rate / 3, 15)),
    ]


def measured(rate: float, p99: float = 20.0, **errors: int) -> Row:
    return Row(role="member", name="home", path="/", status=200, load=load(rate, p99, **errors))


@pytest.mark.parametrize(
    ("rate", "p99", "passed", "text"),
    [
        (400.0, 99.9, True, "ok"),
        (399.0, 20.0, False, "FAIL: share < 10%"),
        (4000.0, 100.0, False, "FAIL: p99 ≥ 100 ms"),
        (20.0, 900.0, False, "FAIL: share < 10%, p99 ≥ 100 ms"),
    ],
)
def test_a_row_passes_at_a_tenth_of_the_floor_with_p99_under_100_ms(rate, p99, passed, text):
    judged = verdict(measured(rate, p99), floor=4000.0)

    assert (judged.passed, judged.skipped, judged.text) == (passed, False, text)


def test_errors_fail_a_row_however_fast_it_was():
    judged = verdict(measured(4000.0, timeout=2, non_success=1), floor=4000.0)

    assert not judged.passed
    assert judged.text == "FAIL: errors: 2 timeout, 1 non-2xx/3xx"


def test_a_load_in_which_nothing_completed_fails():
    row = Row(role="member", name="people", path="/people/", status=200, load=load(0, requests=0))
    timed = Row(
        role="member",
        name="people",
        path="/people/",
        status=200,
        first_request_ms=9250.0,
        load=load(0, requests=0),
    )

    assert verdict(row, floor=4000.0).text == "FAIL: no request completed"
    assert (
        verdict(timed, floor=4000.0).text == "FAIL: no request completed (alone, one took 9,250 ms)"
    )


@pytest.mark.parametrize("status", [302, 401, 403, 404])
def test_what_a_role_may_not_see_is_skipped_not_failed(status):
    row = Row(role="visitor", name="notifications", path="/notifications/", status=status)

    judged = verdict(row, floor=4000.0)

    assert (judged.passed, judged.skipped, judged.text) == (True, True, f"skipped: HTTP {status}")


@pytest.mark.parametrize(
    ("status", "problem", "text"),
    [
        (500, "", "FAIL: HTTP 500"),
        (None, "no answer to the first request (timed out)", "FAIL: no answer to the first "),
        (None, "nothing in the database to show on this page", "FAIL: nothing in the database"),
        (200, "too slow to load: one request alone took 5,690 ms", "FAIL: too slow"),
    ],
)
def test_a_server_error_or_silence_fails(status, problem, text):
    row = Row(role="member", name="home", path="/", status=status, problem=problem)

    judged = verdict(row, floor=4000.0)

    assert not judged.passed
    assert judged.text.startswith(text)


def test_the_table_shows_share_of_the_floor_and_a_dash_for_what_was_not_loaded():
    report = Report(
        rows=[
            *floor_rows(4000.0),
            measured(1000.0, 12.0),
            Row(role="visitor", name="notifications", path="/notifications/", status=302),
        ]
    )

    lines = table_text(report).splitlines()

    assert [cell.strip() for cell in lines[0].split("|")[1:-1]] == [
        "role",
        "URL",
        "first",
        "req/s",
        "p50",
        "p99",
        "share of floor",
        "verdict",
    ]
    assert len({len(line) for line in lines}) == 1, "columns line up"
    assert "| 4,000 |" in lines[2] and "100.0%" in lines[2]
    assert "| member " in lines[4] and "| 1,000 |" in lines[4]
    assert "25.0%" in lines[4] and "12 ms" in lines[4] and "6.0 ms" in lines[4]
    assert lines[5].count("—") == 5 and "skipped: HTTP 302" in lines[5]


def test_all_rows_within_targets_leave_nothing_failing():
    report = Report(rows=[*floor_rows(), measured(800.0, 30.0)])

    assert failures(report) == []
    assert summary_text(report).splitlines() == [
        "The floor: 4,000 req/s, shares counted against 4,000.",
        "All 1 measured rows meet the targets (share ≥ 10% of the floor and p99 < 100 ms).",
    ]


def test_every_failing_row_is_named():
    report = Report(
        rows=[
            *floor_rows(),
            measured(800.0, 30.0),
            Row(
                role="admin",
                name="people",
                path="/people/?country=RU",
                status=200,
                load=load(3.0, 2000.0),
            ),
        ]
    )

    assert failures(report) == ["admin /people/?country=RU: share < 10%, p99 ≥ 100 ms"]
    assert summary_text(report).splitlines()[1].startswith("1 of 2 measured rows meet")


def test_the_floor_is_the_mean_of_the_bare_view_before_and_after_trellis():
    again = Row(role=FLOOR_ROLE, name="bare", path="/bare/", status=200, load=load(3000.0))
    report = Report(rows=[*floor_rows(4000.0), measured(350.0), again])

    assert report.floor_rate() == 3500.0
    assert verdict(measured(350.0), floor=report.floor_rate()).text == "ok"
    assert summary_text(report).startswith(
        "The floor: 4,000 then 3,000 req/s, shares counted against 3,500."
    )


def test_without_a_clean_floor_nothing_can_pass():
    floor = Row(
        role=FLOOR_ROLE, name="bare", path="/bare/", status=200, load=load(4000.0, timeout=3)
    )
    report = Report(rows=[floor, measured(800.0, 30.0)])

    found = failures(report)

    assert "member /: no floor to compare with" in found
    assert any("bare floor" in line for line in found)


def test_a_run_that_measured_no_trellis_url_fails():
    report = Report(
        rows=[*floor_rows(), Row(role="visitor", name="notifications", path="/n/", status=302)]
    )

    assert failures(report) == ["no Trellis URL was measured"]


def test_the_document_holds_the_facts_and_every_row_as_json():
    report = Report(rows=[*floor_rows(4000.0), measured(1000.0, 12.0)])

    document = json.loads(json.dumps(report_document(report, facts={"machine": {"cpu": 2}})))

    assert document["machine"] == {"cpu": 2}
    assert document["floor_requests_per_second"] == 4000.0
    assert document["targets"] == {"share_of_floor_percent_at_least": 10.0, "p99_ms_under": 100.0}
    member = document["rows"][2]
    assert member["share_of_floor_percent"] == 25.0
    assert member["load"]["p99_ms"] == 12.0
    assert (member["verdict"], member["passed"], member["skipped"]) == ("ok", True, False)
    assert document["failures"] == []
