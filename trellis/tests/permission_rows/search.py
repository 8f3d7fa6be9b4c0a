"""Rows for search: the page and the endpoint are open to everyone; what each finds is tested
in trellis/search/tests (test_audience)."""

from trellis.tests.permission_rows import EVERYONE, Row

ROWS = [
    Row("search:page", "GET", lambda w, c: f"/search/?q=garden&community={c.slug}", EVERYONE),
    Row("api:search_endpoint", "GET", lambda w, c: "/api/v1/search?q=garden", EVERYONE),
]
