"""Reading wrk's output: the numbers the verdicts stand on."""

import pytest

from benchmarks.wrk import WrkOutputError, duration_ms, wrk_command, wrk_output_parse

CLEAN = """\
Running 8s test @ http://127.0.0.1:41234/communities/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    12.05ms    3.10ms  48.91ms   81.22%
    Req/Sec   664.80     52.11   770.00     70.62%
  Latency Distribution
     50%   11.62ms
     75%   13.40ms
     90%   15.87ms
     99%   24.33ms
  10611 requests in 8.01s, 214.32MB read
Requests/sec:   1324.71
Transfer/sec:     26.76MB
"""

TROUBLED = """\
Running 8s test @ http://127.0.0.1:41234/people/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.48s   412.20ms   2.90s    70.00%
    Req/Sec     0.52      0.87     3.00     90.00%
  Latency Distribution
     50%    1.41s
     75%    1.72s
     90%    2.13s
     99%  812.00us
  9 requests in 8.02s, 1.20MB read
  Socket errors: connect 0, read 1, write 0, timeout 4
  Non-2xx or 3xx responses: 3
Requests/sec:      1.12
Transfer/sec:    153.21KB
"""

NOTHING = """\
Running 2s test @ http://127.0.0.1:41234/people/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     0.00us    0.00us   0.00us    -nan%
    Req/Sec     0.00      0.00     0.00      -nan%
  Latency Distribution
     50%    0.00us
     75%    0.00us
     90%    0.00us
     99%    0.00us
  0 requests in 2.01s, 0.00B read
  Socket errors: connect 0, read 0, write 0, timeout 16
Requests/sec:      0.00
Transfer/sec:       0.00B
"""


def test_a_clean_run_gives_its_rate_and_percentiles_in_milliseconds():
    result = wrk_output_parse(CLEAN)

    assert result.requests_per_second == 1324.71
    assert result.requests == 10611
    assert (result.p50_ms, result.p75_ms, result.p90_ms, result.p99_ms) == (
        11.62,
        13.40,
        15.87,
        24.33,
    )
    assert result.errors == 0


def test_seconds_microseconds_socket_errors_and_failed_answers_are_read():
    result = wrk_output_parse(TROUBLED)

    assert result.p50_ms == 1410
    assert result.p90_ms == 2130
    assert result.p99_ms == pytest.approx(0.812)
    assert result.socket_errors == {"connect": 0, "read": 1, "write": 0, "timeout": 4}
    assert result.non_success_responses == 3
    assert result.errors == 8


def test_a_run_where_nothing_answered_counts_its_timeouts():
    result = wrk_output_parse(NOTHING)

    assert result.requests == 0
    assert result.requests_per_second == 0
    assert result.errors == 16


def test_output_without_the_latency_distribution_is_refused():
    without = CLEAN.split("  Latency Distribution")[0] + "\n  10611 requests in 8.01s\n"

    with pytest.raises(WrkOutputError, match="--latency"):
        wrk_output_parse(without + "Requests/sec:   1324.71\n")


def test_output_without_a_rate_is_refused():
    with pytest.raises(WrkOutputError):
        wrk_output_parse("unable to connect to 127.0.0.1:41234 Connection refused")


@pytest.mark.parametrize(
    ("text", "milliseconds"),
    [("640.00us", 0.64), ("3.5ms", 3.5), ("2.00s", 2000), ("1.50m", 90_000), ("7ms", 7)],
)
def test_durations_in_every_unit_wrk_prints(text, milliseconds):
    assert duration_ms(text) == pytest.approx(milliseconds)


@pytest.mark.parametrize("text", ["", "12", "3.5 ms", "ms", "-1ms", "1.2.3s"])
def test_what_is_not_a_duration_is_refused(text):
    with pytest.raises(WrkOutputError):
        duration_ms(text)


def test_the_command_sends_the_cookie_and_asks_for_the_distribution():
    command = wrk_command("http://127.0.0.1:1/", seconds=8, headers={"Cookie": "sessionid=abc"})

    assert command[1:4] == ["-t2", "-c16", "-d8s"]
    assert "--latency" in command
    assert command[command.index("-H") + 1] == "Cookie: sessionid=abc"
    assert command[-1] == "http://127.0.0.1:1/"
