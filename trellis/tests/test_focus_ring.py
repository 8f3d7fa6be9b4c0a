"""The keyboard focus ring stands out at 3:1 or better wherever it can appear (WCAG 2.4.11 and
1.4.11), computed from the colours trellis.css declares, so a new background cannot slip in
unchecked."""

import re
from pathlib import Path

import pytest

STYLESHEET = Path(__file__).resolve().parents[1] / "static" / "trellis" / "trellis.css"
MINIMUM = 3.0


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rgb or #rrggbb colour."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    channels = [int(digits[index : index + 2], 16) / 255 for index in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def custom_properties(css: str) -> dict[str, str]:
    return dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{3,6})\b", css))


def background_colours(css: str) -> set[str]:
    """Every colour the stylesheet paints a background with, custom properties resolved."""
    properties = custom_properties(css)
    colours = set()
    for value in re.findall(r"background(?:-color)?:\s*([^;}]+)", css):
        for name in re.findall(r"var\((--[\w-]+)\)", value):
            colours.add(properties[name])
        colours.update(re.findall(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b", value))
    return colours


@pytest.fixture(scope="module")
def css() -> str:
    return STYLESHEET.read_text(encoding="utf-8")


def test_the_ring_and_its_halo_are_the_declared_focus_style(css: str) -> None:
    rule = re.search(r":focus-visible\s*\{([^}]*)\}", css)
    assert rule is not None
    assert "outline: 3px solid var(--focus-ring)" in rule.group(1)
    assert "box-shadow: 0 0 0 2px var(--focus-halo)" in rule.group(1)


def test_the_ring_is_distinct_from_its_halo(css: str) -> None:
    properties = custom_properties(css)
    assert contrast(properties["--focus-ring"], properties["--focus-halo"]) >= MINIMUM


def test_the_ring_stands_out_on_white_where_the_old_amber_did_not(css: str) -> None:
    properties = custom_properties(css)
    assert contrast(properties["--focus-ring"], "#ffffff") >= MINIMUM
    assert contrast("#ffbf47", "#ffffff") < MINIMUM


def test_focus_is_visible_on_every_background_the_stylesheet_paints(css: str) -> None:
    """Where the ring meets a background it changes those pixels by 3:1 or more; on a dark fill
    that the dark ring would blend into, the white halo does instead."""
    properties = custom_properties(css)
    ring, halo = properties["--focus-ring"], properties["--focus-halo"]
    backgrounds = background_colours(css)
    assert {properties["--paper"], properties["--wash"]} <= backgrounds
    too_faint = {
        background: round(max(contrast(ring, background), contrast(halo, background)), 2)
        for background in backgrounds
        if max(contrast(ring, background), contrast(halo, background)) < MINIMUM
    }
    assert not too_faint


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0), ("#777777", "#ffffff", 4.48)],
)
def test_contrast_matches_the_wcag_reference_values(
    first: str, second: str, expected: float
) -> None:
    assert round(contrast(first, second), 2) == expected
