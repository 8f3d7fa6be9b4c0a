"""The participation benchmark: its generator tops the log up to the number asked, the same
way for the same seed and not twice; its verdicts compare each step with the floor."""

from datetime import UTC, date, datetime

import pytest

from benchmarks.participation import table, verdicts
from benchmarks.participation_world import contributions_top_up
from trellis.conftest import world_build
from trellis.participation.models import Contribution

TODAY = date(2026, 3, 15)


def generated() -> list[tuple]:
    return list(
        Contribution.objects.order_by("id").values_list(
            "person_id", "community_id", "kind", "occurred_at"
        )
    )


@pytest.mark.django_db
def test_the_generator_fills_three_years_once_and_the_same_way():
    world = world_build()
    answer = contributions_top_up(total=300, seed=3, today=TODAY)
    assert (answer["found"], answer["added"]) == (0, 300)
    rows = generated()
    assert len(rows) == 300
    assert min(at for *_, at in rows) >= datetime(2023, 3, 16, tzinfo=UTC)
    assert max(at for *_, at in rows) < datetime(2026, 3, 16, tzinfo=UTC)
    # Members of the world's communities, and a few outside their own communities.
    assert {person for person, *_ in rows} <= {world.member.pk, world.convener.pk}
    assert contributions_top_up(total=300, seed=3, today=TODAY)["added"] == 0
    Contribution.objects.all().delete()
    contributions_top_up(total=300, seed=3, today=TODAY)
    assert generated() == rows


def measured(floor: float, levels: float, snapshots: float) -> dict:
    return {
        "floor": {"seconds": [floor, floor * 2, floor], "rows": 10},
        "levels": {"seconds": [levels], "people": 20},
        "snapshots": {"seconds": [snapshots], "months": "2023-12..2026-11", "rows": 30, "runs": 7},
    }


def test_a_step_within_three_times_the_floor_passes_and_one_above_fails():
    rows = verdicts(measured(2.0, 6.0, 6.2))
    assert [(r["step"], round(r["ratio"], 2), r["verdict"]) for r in rows] == [
        ("floor", 1.0, ""),
        ("levels", 3.0, "ok"),
        ("snapshots", 3.1, "FAIL: over 3x the floor"),
    ]
    text = table(rows, measured(2.0, 6.0, 6.2))
    assert (
        "| snapshots | 2023-12..2026-11: 30 person-months in 7 runs | 6.20 s | 3.10x | FAIL" in text
    )
