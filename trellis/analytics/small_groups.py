"""Small groups in tables by country, language or organisation, for viewers of aggregates.

A row of one or two people tells anyone who knows who they are (from the member directory, or
because there is only one member from that country) at which level each of them is: that is
detail, which sponsors and plain members may not see. For those viewers, groups of fewer than
`SMALL_GROUP_MIN` people are merged into one row, "Other".

Merging alone is not enough: an "Other" row of fewer than `SMALL_GROUP_MIN` people still
describes one or two people, and hiding its counts would not help, since they are the levels'
totals minus the rows shown. So while "Other" is below the minimum, the smallest group still
shown joins it too (secondary suppression). Every row shown then describes at least
`SMALL_GROUP_MIN` people, unless the whole community is smaller (its totals are shown anyway).
"""

from collections.abc import Mapping

from trellis.analytics.levels import LEVEL_ORDER, Level

SMALL_GROUP_MIN = 5
"""Groups of fewer people than this are not shown on their own to viewers of aggregates."""

OTHER_GROUP = "~other"
"""The code of the merged row (no country, language or organisation is spelled so)."""


def small_groups_merge(
    by_group: Mapping[str, Mapping[Level, int]], *, min_size: int = SMALL_GROUP_MIN
) -> dict[str, dict[Level, int]]:
    """The groups of at least `min_size` people as they are, and the others added up under
    `OTHER_GROUP`, itself of at least `min_size` people when the groups allow it."""

    def size(counts: Mapping[Level, int]) -> int:
        return sum(counts.values())

    kept = {group: dict(counts) for group, counts in by_group.items() if size(counts) >= min_size}
    small = [counts for group, counts in by_group.items() if group not in kept]
    if not small:
        return kept
    while sum(size(counts) for counts in small) < min_size and kept:
        smallest = min(kept, key=lambda group: (size(kept[group]), group))
        small.append(kept.pop(smallest))
    other = {level: sum(counts.get(level, 0) for counts in small) for level in LEVEL_ORDER}
    return {**kept, OTHER_GROUP: other}
