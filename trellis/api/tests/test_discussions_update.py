"""Editing a discussion and the conveners' pin, lock and close, through the API (PATCH).

The page has a form per switch; the API takes any of them at once, with the text, and makes
all the changes or none. Both call `discussion_moderate` (and `post_edit` for the text).
"""

import pytest

from trellis.api.tests.client import error_of
from trellis.communities.models import AuditEntry
from trellis.conversations.models import Revision
from trellis.conversations.tests.factories import DiscussionFactory

pytestmark = pytest.mark.django_db

TOO_BIG = 2**63


def path_of(discussion):
    return f"/api/v1/discussions/{discussion.pk}"


def state(discussion):
    discussion.refresh_from_db()
    return (
        discussion.title,
        discussion.body,
        discussion.pinned,
        discussion.locked,
        discussion.closed,
    )


def refused(response, status, code):
    assert response.status_code == status, response.content
    assert error_of(response)["code"] == code


def test_a_convener_pins_locks_and_closes_and_each_change_is_audited(api, world):
    discussion = DiscussionFactory(community=world.public, author=world.member)

    response = api.patch(
        path_of(discussion), {"pinned": True, "locked": True}, person=world.convener
    )

    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["pinned"], body["locked"], body["closed"]) == (True, True, False)
    closed = api.patch(
        path_of(discussion), {"locked": False, "closed": True}, person=world.admin
    ).json()
    assert (closed["locked"], closed["closed"]) == (False, True)
    assert sorted(AuditEntry.objects.values_list("action", flat=True)) == [
        "discussion.closed",
        "discussion.locked",
        "discussion.pinned",
        "discussion.unlocked",
    ]
    replied = api.post(f"{path_of(discussion)}/replies", {"body": "Late"}, person=world.member)
    refused(replied, 409, "discussion_closed")


def test_the_author_edits_the_text_and_the_earlier_version_is_kept(api, world):
    discussion = DiscussionFactory(
        community=world.public, author=world.member, title="Old title", body="Old body"
    )

    response = api.patch(path_of(discussion), {"title": "  New title "}, person=world.member)

    assert response.status_code == 200, response.content
    assert response.json()["title"] == "New title"
    assert response.json()["body"] == "Old body"
    assert response.json()["edited_at"] is not None
    revision = Revision.objects.get()
    assert (revision.title, revision.body, revision.edited_by) == (
        "Old title",
        "Old body",
        world.member,
    )


def test_the_page_and_the_api_set_the_same_switch_alike(api, client, world):
    discussion = DiscussionFactory(community=world.public)
    client.force_login(world.convener)
    client.post(f"/communities/public-cop/discussions/{discussion.pk}/pin/", {"value": "1"})
    assert api.get(path_of(discussion), person=world.member).json()["pinned"] is True
    api.patch(path_of(discussion), {"pinned": False}, person=world.convener)
    assert state(discussion)[2] is False
    assert list(AuditEntry.objects.order_by("pk").values_list("action", flat=True)) == [
        "discussion.pinned",
        "discussion.unpinned",
    ]


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
@pytest.mark.parametrize("switch", ["pinned", "locked", "closed"])
def test_only_conveners_and_admins_set_the_switches(api, world, role, status, code, switch):
    discussion = DiscussionFactory(community=world.public)
    before = state(discussion)
    refused(api.patch(path_of(discussion), {switch: True}, person=world.person(role)), status, code)
    assert state(discussion) == before
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_others_may_not_edit_the_text(api, world, role, status, code):
    discussion = DiscussionFactory(community=world.public)
    before = state(discussion)
    for body in ({"body": "Mine now."}, {}):
        refused(api.patch(path_of(discussion), body, person=world.person(role)), status, code)
    assert state(discussion) == before


def test_the_author_of_a_locked_discussion_may_no_longer_edit_it(api, world):
    discussion = DiscussionFactory(community=world.public, author=world.member, locked=True)
    response = api.patch(path_of(discussion), {"body": "Still mine?"}, person=world.member)
    refused(response, 403, "permission_denied")
    assert not Revision.objects.exists()


def test_an_edit_with_a_switch_one_may_not_set_changes_nothing(api, world):
    """All or nothing: the author's edit is undone when the pin in the same request is refused."""
    discussion = DiscussionFactory(community=world.public, author=world.member)
    before = state(discussion)
    response = api.patch(
        path_of(discussion), {"body": "Edited", "pinned": True}, person=world.member
    )
    refused(response, 403, "permission_denied")
    assert state(discussion) == before
    assert not Revision.objects.exists()


@pytest.mark.parametrize("role", ["outsider", "sponsor"])
def test_a_private_discussion_is_a_404_for_those_who_may_not_read_it(api, world, role):
    discussion = DiscussionFactory(community=world.private)
    refused(
        api.patch(path_of(discussion), {"pinned": True}, person=world.person(role)),
        404,
        "not_found",
    )


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        ({"pinned": None}, "pinned", "This field cannot be null."),
        ({"pinned": "perhaps"}, "pinned", "Enter true or false."),
        ({"title": None}, "title", "This field cannot be null."),
        ({"title": "Two\nlines"}, "title", None),
        ({"title": "x" * 301}, "title", None),
        ({"title": "x" * 1_000_000}, "title", None),
        ({"body": "   "}, "body", "This field cannot be blank."),
        ({"body": "x\x00"}, "__all__", "Text must not contain NUL characters."),
        ({"hidden": True}, "hidden", "This field is not known."),
    ],
)
def test_bad_input_is_a_422_naming_the_field_and_changes_nothing(
    api, world, payload, field, message
):
    discussion = DiscussionFactory(community=world.public, author=world.member)
    before = state(discussion)
    response = api.patch(path_of(discussion), payload, person=world.convener)
    assert response.status_code in {413, 422}, response.content
    if response.status_code == 422:
        fields = error_of(response)["fields"]
        assert field in fields, fields
        if message is not None:
            assert fields[field] == [message]
    assert state(discussion) == before


@pytest.mark.parametrize("discussion_id", ["0", str(TOO_BIG), "nope"])
def test_a_discussion_that_cannot_exist_is_a_422(api, world, discussion_id):
    response = api.patch(f"/api/v1/discussions/{discussion_id}", {}, person=world.convener)
    refused(response, 422, "validation_error")


def test_a_discussion_that_does_not_exist_is_a_404(api, world):
    refused(
        api.patch("/api/v1/discussions/999999", {"pinned": True}, person=world.admin),
        404,
        "not_found",
    )
