"""Rows for the movement between levels (issue 11, point 3): figures for everyone signed in who
sees the community, sponsors included; who moved and who fell silent (the names' downloads) for
network admins and the community's conveners and keepers. The API answers figures to the first
and names to the second (`trellis/analytics/tests` checks what each sees)."""

from trellis.tests.permission_rows import MANAGERS, MANAGERS_PRIVATE, Row, community_url

SEES_PARTICIPATION = "login ok ok ok ok ok"
SEES_PARTICIPATION_PRIVATE = "404 404 ok ok ok ok"

ROWS = [
    Row(
        "analytics:movement",
        "GET",
        community_url("participation/movement/"),
        SEES_PARTICIPATION,
        SEES_PARTICIPATION_PRIVATE,
    ),
    Row(
        "analytics:movement_export",
        "GET",
        community_url("participation/movement/silent.csv"),
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "api:community_trajectories_read",
        "GET",
        lambda w, c: f"/api/v1/communities/{c.slug}/participation/trajectories",
        "401 ok ok ok ok ok",
        "404 404 ok ok ok ok",
    ),
]
