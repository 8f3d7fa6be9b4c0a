"""Rows for the interaction network (issue 11): its figures for everyone signed in who sees the
community, sponsors included; who is tied to whom (the ties' download) for network admins and
the community's conveners; the API's answer is the figures for the first, names for the
second (the matrix checks the status; `trellis/analytics/tests` checks what each sees)."""

from trellis.tests.permission_rows import MANAGERS, MANAGERS_PRIVATE, Row, community_url

ROWS = [
    Row(
        "analytics:network",
        "GET",
        community_url("participation/network/"),
        "login ok ok ok ok ok",
        "404 404 ok ok ok ok",
    ),
    Row(
        "analytics:network_export",
        "GET",
        community_url("participation/network/ties.csv"),
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "api:community_network_read",
        "GET",
        lambda w, c: f"/api/v1/communities/{c.slug}/network",
        "401 ok ok ok ok ok",
        "404 404 ok ok ok ok",
    ),
]
