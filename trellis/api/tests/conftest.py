from typing import Any

import pytest

from trellis.api.tests.client import ApiClient, throttles_clear


@pytest.fixture(autouse=True)
def _cache_clear() -> Any:
    throttles_clear()
    yield
    throttles_clear()


@pytest.fixture
def api() -> ApiClient:
    return ApiClient()
