"""Rows for the API of the foundation: network, communities, people, tokens."""

from trellis.tests.permission_rows import (
    API_MANAGERS,
    API_MANAGERS_PRIVATE,
    EVERYONE,
    Row,
    member_token_id,
)

ROWS = [
    # The API: the same predicates, answered in JSON.
    Row("api:api-root", "GET", lambda w, c: "/api/v1/", "404 404 404 404 404 404"),
    Row("api:openapi-json", "GET", lambda w, c: "/api/v1/openapi.json", EVERYONE),
    Row("api:openapi-view", "GET", lambda w, c: "/api/v1/docs", EVERYONE),
    Row("api:network_get", "GET", lambda w, c: "/api/v1/network", EVERYONE),
    Row("api:community_list", "GET", lambda w, c: "/api/v1/communities", EVERYONE),
    Row(
        "api:community_create",
        "POST",
        lambda w, c: "/api/v1/communities",
        "401 403 403 403 403 ok",
        data={"code": "NEW", "slug": "new-cop", "name": {"en": "New", "ru": "Новое"}},
        json=True,
    ),
    Row(
        "api:community_get",
        "GET",
        lambda w, c: f"/api/v1/communities/{c.slug}",
        EVERYONE,
        "404 404 ok ok ok ok",
    ),
    Row(
        "api:community_update",
        "PATCH",
        lambda w, c: f"/api/v1/communities/{c.slug}",
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data={"stage": "maturing"},
        json=True,
    ),
    Row(
        "api:member_list",
        "GET",
        lambda w, c: f"/api/v1/communities/{c.slug}/members",
        "401 ok ok ok ok ok",
        "404 404 ok ok 403 ok",
    ),
    Row(
        "api:membership_join",
        "POST",
        lambda w, c: f"/api/v1/communities/{c.slug}/join",
        "401 ok 403 403 ok ok",
        "404 404 403 403 403 403",
        json=True,
    ),
    Row(
        "api:membership_leave",
        "POST",
        lambda w, c: f"/api/v1/communities/{c.slug}/leave",
        "401 403 ok ok 403 403",
        "404 404 ok ok 403 403",
        json=True,
    ),
    Row("api:me_get", "GET", lambda w, c: "/api/v1/me", "401 ok ok ok ok ok"),
    # Each person changes their own profile, whoever they are.
    Row(
        "api:me_update",
        "PATCH",
        lambda w, c: "/api/v1/me",
        "401 ok ok ok ok ok",
        data={"position": "Budget analyst"},
        json=True,
    ),
    Row("api:person_list", "GET", lambda w, c: "/api/v1/people", EVERYONE),
    Row(
        "api:person_get",
        "GET",
        lambda w, c: f"/api/v1/people/{w.member.pk}",
        "404 ok ok ok ok ok",
    ),
    Row(
        "api:token_create",
        "POST",
        lambda w, c: "/api/v1/tokens",
        EVERYONE,
        data={"email": "member@example.org", "password": "password", "name": "cli"},
        json=True,
    ),
    Row("api:token_list", "GET", lambda w, c: "/api/v1/tokens", "401 ok ok ok ok ok"),
    Row(
        "api:token_revoke",
        "DELETE",
        lambda w, c: f"/api/v1/tokens/{member_token_id(w, c)}",
        "401 404 ok 404 404 404",
    ),
]
