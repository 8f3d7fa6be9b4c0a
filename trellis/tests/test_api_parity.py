"""Everything a page can do, the API can do.

Every web view that changes data (it accepts POST, PUT, PATCH or DELETE) is listed here with
the API operation(s) that do the same, or as an exception with the reason it has none. URL names
and API paths differ, so the mapping is written by hand and reviewed; the tests check it against
the URL patterns the views really have and the operations the API's OpenAPI document really has.
"""

from django.urls import URLPattern

from trellis.api.urls import api
from trellis.tests.url_methods import url_patterns, view_methods

WRITING_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# Whole URL trees that are not pages of the product.
EXEMPT_PREFIXES = (
    # The API itself.
    "api/",
    # Django's admin: the staff's back office.
    "admin/",
    # allauth: log in and out, sign-up, password change and reset, email confirmation, two
    # factors: how a browser gets a session. API clients authenticate with POST /tokens.
    "accounts/",
)

# Web view (namespaced URL name) -> the API operations ("METHOD /path", paths under /api/v1)
# that do what its form does. A view whose form does several things lists one per thing.
API_OPERATIONS: dict[str, tuple[str, ...]] = {
    "library:document_share": ("POST /documents",),
    "library:document_version_new": ("POST /documents/{document_id}/versions",),
    "library:document_translation_link": ("POST /documents/{document_id}/translations",),
    "library:document_submit": ("POST /documents/{document_id}/submit",),
    "library:document_review": ("POST /documents/{document_id}/review",),
    "library:collection_create": ("POST /collections",),
    "library:collection_edit": ("PATCH /collections/{collection_id}",),
    "library:collection_delete": ("DELETE /collections/{collection_id}",),
    "library:collection_item_add": ("POST /collections/{collection_id}/items",),
    "library:collection_item_remove": ("DELETE /collections/{collection_id}/items/{document_id}",),
    # Up and down on the page; the API puts the whole order at once.
    "library:collection_item_move": ("PUT /collections/{collection_id}/items",),
    # The photo is uploaded on the page only; every other field is in the PATCH.
    "accounts:profile_edit": ("PATCH /me",),
    "accounts:token_create": ("POST /tokens",),
    "accounts:token_revoke": ("DELETE /tokens/{token_id}",),
    "analytics:rules": ("PUT /communities/{slug}/participation-rules",),
    # Going back to the defaults is a PUT of the default thresholds and window, no weights.
    "analytics:rules_reset": ("PUT /communities/{slug}/participation-rules",),
    "activities:attendance_import": ("POST /activities/{activity_id}/attendance/import",),
    # The page reads and matches first, then a convener confirms each row; the API answers a
    # dry run with the matches and records them when dry_run is false.
    "activities:attendance_import_review": ("POST /activities/{activity_id}/attendance/import",),
    "activities:attendance_mark": ("POST /activities/{activity_id}/attendance",),
    # A walk-in is an attendance with `guest` instead of `person_id`.
    "activities:attendance_walk_in": ("POST /activities/{activity_id}/attendance",),
    "activities:create": ("POST /activities",),
    "activities:edit": ("PATCH /activities/{activity_id}",),
    "activities:contributor_remove": (
        "DELETE /activities/{activity_id}/contributors/{contributor_id}",
    ),
    "activities:contributors": ("POST /activities/{activity_id}/contributors",),
    # The page creates, replaces or revokes the secret address.
    "activities:feed": ("POST /me/calendar-feed", "DELETE /me/calendar-feed"),
    # The social reporter writes the outcomes and adds materials on one page.
    "activities:outcomes": (
        "PUT /activities/{activity_id}/outcomes",
        "POST /activities/{activity_id}/materials",
    ),
    "activities:type_create": ("POST /activity-types",),
    "activities:registration_answer": ("POST /activities/{activity_id}/registration",),
    "activities:registration_cancel": ("DELETE /activities/{activity_id}/registration",),
    # A session is an activity with `parent_id`.
    "activities:session_create": ("POST /activities",),
    # Editing an item's text and prioritising it (status, priority, owner) are one PATCH.
    "communities:agenda_item_edit": ("PATCH /agenda/{item_id}",),
    "communities:agenda_item_prioritise": ("PATCH /agenda/{item_id}",),
    "communities:agenda_propose": ("POST /communities/{slug}/agenda",),
    # The page toggles; the API casts with POST and withdraws with DELETE.
    "communities:agenda_vote": ("POST /agenda/{item_id}/vote", "DELETE /agenda/{item_id}/vote"),
    "communities:create": ("POST /communities",),
    # The edit form also changes the stage, with its note.
    "communities:edit": ("PATCH /communities/{slug}",),
    "communities:join": ("POST /communities/{slug}/join",),
    "communities:leave": ("POST /communities/{slug}/leave",),
    "communities:invitation": ("POST /invitations/{token}/accept",),
    # The manage page's two forms: invite someone, record a transactional participant.
    "communities:manage": (
        "POST /communities/{slug}/invitations",
        "POST /communities/{slug}/participants",
    ),
    "communities:member_decide": ("POST /communities/{slug}/memberships/{membership_id}/decision",),
    "communities:member_level": ("PATCH /communities/{slug}/memberships/{membership_id}",),
    "communities:member_remove": ("POST /communities/{slug}/memberships/{membership_id}/remove",),
    "communities:network_roles": ("POST /network/role-assignments",),
    "communities:role_end": ("POST /role-assignments/{assignment_id}/end",),
    "communities:roles": ("POST /communities/{slug}/role-assignments",),
    "communities:stakeholder_remove": ("DELETE /communities/{slug}/stakeholders/{stakeholder_id}",),
    "communities:stakeholders": ("POST /communities/{slug}/stakeholders",),
    "conversations:answer_accept": ("POST /answers/{answer_id}/accept",),
    "conversations:answer_create": ("POST /questions/{question_id}/answers",),
    "conversations:answer_helpful": (
        "POST /answers/{answer_id}/helpful",
        "DELETE /answers/{answer_id}/helpful",
    ),
    "conversations:community_question_ask": ("POST /questions",),
    "conversations:discussion_create": ("POST /discussions",),
    # Choosing peers, scheduling, recording the outcome and closing are one PATCH.
    "conversations:peer_assist_choose": ("PATCH /peer-assists/{peer_assist_id}",),
    "conversations:peer_assist_close": ("PATCH /peer-assists/{peer_assist_id}",),
    "conversations:peer_assist_create": ("POST /peer-assists",),
    "conversations:peer_assist_outcome": ("PATCH /peer-assists/{peer_assist_id}",),
    "conversations:peer_assist_schedule": ("PATCH /peer-assists/{peer_assist_id}",),
    "conversations:question_ask": ("POST /questions",),
    "conversations:question_edit": ("PATCH /questions/{question_id}",),
    # `locked` is a field of the question.
    "conversations:question_lock": ("PATCH /questions/{question_id}",),
    "conversations:question_unlock": ("PATCH /questions/{question_id}",),
    "conversations:reply_create": ("POST /discussions/{discussion_id}/replies",),
    # Editing, pinning, locking and closing a discussion are one PATCH.
    "conversations:answer_coauthors": ("POST /answers/{answer_id}/coauthors",),
    "conversations:answer_comment": ("POST /answers/{answer_id}/comments",),
    "conversations:answer_edit": ("PATCH /answers/{answer_id}",),
    "conversations:discussion_close": ("PATCH /discussions/{discussion_id}",),
    "conversations:discussion_edit": ("PATCH /discussions/{discussion_id}",),
    "conversations:discussion_lock": ("PATCH /discussions/{discussion_id}",),
    "conversations:discussion_pin": ("PATCH /discussions/{discussion_id}",),
    "conversations:expert_invite": ("POST /questions/{question_id}/expert-invitations",),
    "conversations:flags_dismiss": ("POST /posts/{kind}/{post_id}/flags/dismiss",),
    "conversations:peer_assist_offer": ("POST /peer-assists/{peer_assist_id}/offers",),
    "conversations:post_flag": ("POST /posts/{kind}/{post_id}/flags",),
    "conversations:post_hide": ("POST /posts/{kind}/{post_id}/hide",),
    "conversations:post_restore": ("POST /posts/{kind}/{post_id}/restore",),
    "conversations:question_comment": ("POST /questions/{question_id}/comments",),
    "conversations:post_translate": ("POST /posts/{kind}/{post_id}/translations",),
    "conversations:translation_edit": ("PATCH /posts/{kind}/{post_id}/translations/{language}",),
    "conversations:translation_ask": ("POST /posts/{kind}/{post_id}/translation-requests",),
    # The page's one form follows or stops following a language's queue.
    "conversations:translation_queue_follow": (
        "PUT /translation-requests/follows/{language}",
        "DELETE /translation-requests/follows/{language}",
    ),
    "notifications:follow": (
        "POST /me/follows/{target_type}/{target_id}",
        "DELETE /me/follows/{target_type}/{target_id}",
    ),
    "notifications:read": ("POST /notifications/read",),
    "notifications:settings": ("PUT /me/notification-settings",),
    "value:framework": ("PUT /value/framework",),
    "value:indicator_new": ("POST /value/indicators",),
    "value:observation_add": ("POST /value/observations",),
    "value:target": ("PUT /value/indicators/{indicator_id}/target",),
}

# Views that change data but need no API operation, each with why.
EXCEPTIONS: dict[str, str] = {
    "accounts:set_language": "the browser's language cookie; API clients send Accept-Language",
    "conversations:preview": "renders Markdown for the editor and saves nothing (POST for length)",
    "notifications:unsubscribe": (
        "the signed one-click link of an email, for someone maybe signed out; "
        "API clients use PUT /me/notification-settings"
    ),
}


def writing_views() -> dict[str, frozenset[str]]:
    """URL name -> the writing methods of every web view that accepts one."""
    views: dict[str, frozenset[str]] = {}
    for route, name, pattern in url_patterns(EXEMPT_PREFIXES):
        assert isinstance(pattern, URLPattern)
        methods = view_methods(name, pattern)
        assert methods is not None, f"{name} ({route}) does not declare its HTTP methods"
        if methods & WRITING_METHODS:
            views[name] = methods & WRITING_METHODS
    return views


def api_operations() -> set[str]:
    """Every operation of the API as "METHOD /path", paths as the mapping writes them."""
    schema = api.get_openapi_schema(path_prefix="")
    return {f"{method.upper()} {path}" for path, item in schema["paths"].items() for method in item}


def test_every_view_that_changes_data_has_an_api_operation() -> None:
    listed = set(API_OPERATIONS) | set(EXCEPTIONS)
    unlisted = sorted(set(writing_views()) - listed)
    assert not unlisted, (
        "Views that change data with no API operation: add the operation and map the view in "
        f"API_OPERATIONS (or, with a reason, in EXCEPTIONS): {unlisted}"
    )


def test_a_view_is_listed_once() -> None:
    assert not set(EXCEPTIONS) & set(API_OPERATIONS)


def test_every_listed_view_exists_and_changes_data() -> None:
    stale = sorted((set(API_OPERATIONS) | set(EXCEPTIONS)) - set(writing_views()))
    assert not stale, f"Listed views that no longer exist or no longer change data: {stale}"


def test_every_mapped_operation_exists_in_the_api() -> None:
    operations = api_operations()
    unknown = sorted(
        f"{name}: {operation}"
        for name, mapped in API_OPERATIONS.items()
        for operation in mapped
        if operation not in operations
    )
    assert not unknown, f"Mapped to API operations that do not exist: {unknown}"


def test_every_mapped_operation_changes_data() -> None:
    reading = sorted(
        f"{name}: {operation}"
        for name, mapped in API_OPERATIONS.items()
        for operation in mapped
        if operation.split()[0] not in WRITING_METHODS
    )
    assert not reading, f"A view that changes data mapped to an operation that reads: {reading}"
