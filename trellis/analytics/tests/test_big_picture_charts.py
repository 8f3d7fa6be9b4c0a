"""The big picture's charts: SVG the content security policy lets through, with every level's
count and share written in the diagram."""

from trellis.analytics.big_picture_charts import concentric_diagram
from trellis.analytics.levels import LEVEL_ORDER
from trellis.analytics.selectors.big_picture import TYPICAL_SHARES, LevelRow
from trellis.tests.test_content_security_policy import inline_code


def test_the_diagram_labels_each_level_and_carries_no_inline_style():
    counts = [1, 2, 3, 4, 0]
    rows = [
        LevelRow(level, n, n / 10, TYPICAL_SHARES[level])
        for level, n in zip(LEVEL_ORDER, counts, strict=True)
    ]
    diagram = str(concentric_diagram(rows))
    assert "Core group: 1 (10%)" in diagram
    assert "Peripheral: 4 (40%)" in diagram
    assert "Transactional: 0 (0%)" in diagram
    assert 'fill="#1b4965"' in diagram
    assert inline_code(diagram) == []
