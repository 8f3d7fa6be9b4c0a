"""Rows for a community's big picture of participation: aggregates for everyone signed in who
sees the community (sponsors included), on the page, in its downloads and through the API."""

from trellis.tests.permission_rows import Row, community_url

# Signed-in people who see the community; a visitor logs in; a private community is a 404 for
# those who may not know it exists.
SIGNED_IN = "login ok ok ok ok ok"
SIGNED_IN_PRIVATE = "404 404 ok ok ok ok"
API_SIGNED_IN = "401 ok ok ok ok ok"
API_SIGNED_IN_PRIVATE = "404 404 ok ok ok ok"

ROWS = [
    Row(
        "analytics:participation",
        "GET",
        community_url("participation/"),
        SIGNED_IN,
        SIGNED_IN_PRIVATE,
    ),
    Row(
        "analytics:participation_export",
        "GET",
        community_url("participation/country.xlsx"),
        SIGNED_IN,
        SIGNED_IN_PRIVATE,
    ),
    Row(
        "api:participation_overview",
        "GET",
        lambda w, c: f"/api/v1/communities/{c.slug}/participation",
        API_SIGNED_IN,
        API_SIGNED_IN_PRIVATE,
    ),
]
