"""Property tests find the same examples on every run, unless asked to explore."""

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.skipif(
    os.environ.get("HYPOTHESIS_PROFILE", "repeatable") != "repeatable",
    reason="an exploring run searches anew each time",
)
def test_two_runs_of_a_property_test_try_the_same_examples():
    tried: list[object] = []

    @settings(max_examples=25)
    @given(st.dictionaries(st.text(), st.one_of(st.none(), st.integers(), st.text())))
    def record(value: object) -> None:
        tried.append(value)

    record()
    first = list(tried)
    tried.clear()
    record()

    assert tried == first
    assert len(first) > 1
