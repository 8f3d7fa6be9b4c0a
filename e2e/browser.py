"""How the browser tests start Chromium and where they leave their screenshots."""

import os
import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import ViewportSize

CHROMIUM = os.environ.get("TRELLIS_CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium keeps calling home, which a closed network
# refuses; as root it needs --no-sandbox.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}

Screenshot = Callable[..., Path]


def artifact_path(test_name: str, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{test_name}--{name}").strip("-")
    return ARTIFACTS / f"{safe}.png"
