"""The computed indicators: each a function of a period and a scope, with the exact definition
shown on the indicator's page. They read the other apps through their selectors, and the
database does the counting (grouped queries, never a query per row).

A computation answers None where it has no meaning (an activity scope for an indicator that is
not about activities, a share of nothing) or no data yet (the follow-up surveys).
"""

# Each module registers its computations when imported.
from trellis.value.computations import acts, conversations  # noqa: F401
from trellis.value.computations.registry import (
    COMPUTATIONS,
    Computation,
    Period,
    computation_get,
)

__all__ = ["COMPUTATIONS", "Computation", "Period", "computation_get"]
