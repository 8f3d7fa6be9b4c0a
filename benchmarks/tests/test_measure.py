"""Which URLs get loaded: only what answered the role 200, in reasonable time. No server, no
wrk: the first request, the loads and the drain are stand-ins that record their calls."""

import itertools
import subprocess
from pathlib import Path
from typing import cast

import pytest

from benchmarks import bench
from benchmarks.report import Row
from benchmarks.servers import Server
from benchmarks.wrk import LoadResult

LOAD = LoadResult(
    requests_per_second=500.0,
    requests=4000,
    p50_ms=20.0,
    p75_ms=25.0,
    p90_ms=30.0,
    p99_ms=45.0,
    socket_errors={},
    non_success_responses=0,
)


@pytest.fixture
def calls(monkeypatch):
    """The stand-ins; answer_with sets what the first request answers and how long it takes."""
    recorded: list[tuple[str, object]] = []
    answer = {"status": 200, "seconds": 0.05}
    clock = itertools.count()

    def first_request(url, *, headers, timeout):
        recorded.append(("get", url))
        return answer["status"], b""

    def perf_counter():
        return next(clock) * answer["seconds"]

    monkeypatch.setattr(bench, "http_get", first_request)
    monkeypatch.setattr(bench.time, "perf_counter", perf_counter)

    def load(url, *, seconds, headers):
        recorded.append(("wrk", seconds))
        return LOAD

    monkeypatch.setattr(bench, "wrk_run", load)
    monkeypatch.setattr(bench, "drain", lambda server: recorded.append(("drain", server.name)))
    yield recorded, answer


SERVER = Server(
    name="Trellis",
    process=cast("subprocess.Popen[bytes]", None),
    port=1,
    log_path=Path("trellis.log"),
    cheap_path="/static/x.css",
)


def measure(path: str = "/") -> Row:
    return bench.row_measure(
        Row(role="member", name="home", path=path), server=SERVER, headers={}, seconds=8
    )


def test_a_page_that_answers_200_is_warmed_up_then_loaded_with_drains_between(calls):
    recorded, _ = calls

    row = measure("/questions/")

    assert row.status == 200 and row.load == LOAD and row.problem == ""
    assert row.first_request_ms == pytest.approx(50.0)
    assert recorded == [
        ("get", "http://127.0.0.1:1/questions/"),
        ("wrk", bench.WARMUP_SECONDS),
        ("drain", "Trellis"),
        ("wrk", 8),
        ("drain", "Trellis"),
    ]


@pytest.mark.parametrize("status", [302, 403, 404, 500])
def test_a_redirect_or_an_error_page_is_never_loaded(calls, status):
    recorded, answer = calls
    answer["status"] = status

    row = measure("/notifications/")

    assert (row.status, row.load) == (status, None)
    assert [call for call, _ in recorded] == ["get"]


def test_a_page_that_takes_two_seconds_three_times_is_not_loaded(calls):
    recorded, answer = calls
    answer["seconds"] = 2.5

    row = measure("/people/?country=RU")

    assert row.load is None
    assert row.problem == "too slow to load: one request alone took 2,500 ms"
    assert [call for call, _ in recorded] == ["get", "get", "get"]


def test_a_slow_first_answer_from_a_cold_worker_is_asked_again(calls, monkeypatch):
    recorded, _ = calls
    times = iter([0.0, 4.0, 10.0, 10.3])
    monkeypatch.setattr(bench.time, "perf_counter", lambda: next(times))

    row = measure("/communities/bcop/")

    assert row.load == LOAD
    assert row.first_request_ms == pytest.approx(300.0)
    assert [call for call, _ in recorded] == ["get", "get", "wrk", "drain", "wrk", "drain"]
