"""The movement page's tables, as headers and rows: shown beside the flow chart and
downloaded as CSV or XLSX (`trellis.core.exports`)."""

from typing import Any

from django.utils.translation import gettext as _

from trellis.analytics.levels import LEVEL_ORDER, Level
from trellis.analytics.selectors.silence import SilentMember
from trellis.analytics.selectors.trajectories import (
    FLOW_STATES,
    MOVE_LABELS,
    OUTSIDE,
    Trajectories,
    state_label,
)

Table = tuple[list[str], list[list[Any]]]


def levels_table(trajectories: Trajectories) -> Table:
    """Per period: people at each level, then newcomers, returning, moving inward and left
    ("" where the period or the one before it has no snapshot)."""
    headers = [_("Period"), *(str(level.label) for level in LEVEL_ORDER)]
    headers += [_("Newcomers"), _("Returning"), _("Moving inward"), _("Left")]
    rows = []
    for movement in trajectories.movements:
        counts = [movement.counts.get(level.value, "") for level in LEVEL_ORDER]
        read = movement.transitions is not None
        moves = [movement.newcomers, movement.returning, movement.inward, movement.left]
        rows.append([movement.period.label, *counts, *(moves if read else [""] * 4)])
    return headers, rows


def transitions_table(trajectories: Trajectories) -> Table:
    """From-level (rows) × to-level (columns), summed over the range's steps."""
    matrix = trajectories.matrix()
    headers = [_("From \\ to"), *(state_label(state) for state in FLOW_STATES)]
    rows = [
        [
            state_label(a),
            *(matrix.get((a, b), "") if (a, b) != (OUTSIDE, OUTSIDE) else "—" for b in FLOW_STATES),
        ]
        for a in FLOW_STATES
    ]
    return headers, rows


def people_table(trajectories: Trajectories) -> Table:
    headers = [_("Period"), _("Person"), _("Movement"), _("From level"), _("To level")]
    rows = [
        [
            movement.period.label,
            move.name,
            str(MOVE_LABELS[move.kind]),
            state_label(move.from_state),
            state_label(move.to_state),
        ]
        for movement in trajectories.movements
        for move in movement.moves
    ]
    return headers, rows


def silent_table(silent: list[SilentMember]) -> Table:
    headers = [_("Person"), _("Level three months ago"), _("Score then"), _("Silent since")]
    rows = [[m.name, str(Level(m.level).label), m.score, m.since.isoformat()] for m in silent]
    return headers, rows
