"""Flags and moderation through the API, as the pages do them: readers flag a post, moderators
hide it, show it again or dismiss its flags; each moderator's act is audited."""

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.api.tests.client import error_of
from trellis.communities.models import AuditEntry
from trellis.conversations.models import Flag, FlagState
from trellis.conversations.tests.factories import (
    AnswerFactory,
    DiscussionFactory,
    QuestionFactory,
    ReplyFactory,
)
from trellis.notifications.models import Notification, NotificationKind

pytestmark = pytest.mark.django_db

TOO_BIG = 2**63


def refused(response, status, code):
    assert response.status_code == status, response.content
    assert error_of(response)["code"] == code


def posts(world, community=None):
    """One post of each kind, by someone who is none of the world's roles."""
    community = community or world.public
    author = UserFactory()
    question = QuestionFactory(community=community, author=author)
    answer = AnswerFactory(question=question, author=author)
    discussion = DiscussionFactory(community=community, author=author)
    return {
        "question": question,
        "answer": answer,
        "comment": question.comments.create(author=author, body="A comment"),
        "discussion": discussion,
        "reply": ReplyFactory(discussion=discussion, author=author),
    }


def test_a_reader_flags_each_kind_of_post_once_and_the_conveners_are_told(api, world):
    for kind, post in posts(world).items():
        path = f"/api/v1/posts/{kind}/{post.pk}/flags"
        response = api.post(path, {"reason": "  Off   topic "}, person=world.member)
        assert response.status_code == 201, (kind, response.content)
        assert response.json()["reason"] == "Off topic"
        again = api.post(path, {"reason": "Still off topic"}, person=world.member)
        assert again.status_code == 422
        assert error_of(again)["fields"] == {
            "reason": ["You have already flagged this post; the conveners will look at it."]
        }
    assert Flag.objects.filter(state=FlagState.OPEN).count() == 5
    told = Notification.objects.filter(kind=NotificationKind.FLAG_RAISED, recipient=world.convener)
    assert told.count() == 5


def test_a_moderator_hides_restores_and_dismisses_and_each_act_is_audited(api, world):
    reply = posts(world)["reply"]
    base = f"/api/v1/posts/reply/{reply.pk}"
    api.post(f"{base}/flags", {"reason": "Rude"}, person=world.member)

    hidden = api.post(f"{base}/hide", person=world.convener)
    assert hidden.status_code == 200
    assert hidden.json() == {"kind": "reply", "id": reply.pk, "hidden": True, "flags_dismissed": 0}
    assert Flag.objects.get().state == FlagState.HIDDEN
    refused(api.post(f"{base}/flags", {"reason": "x"}, person=world.outsider), 404, "not_found")
    restored = api.post(f"{base}/restore", person=world.admin)
    assert restored.status_code == 200 and restored.json()["hidden"] is False
    api.post(f"{base}/flags", {"reason": "Rude again"}, person=world.outsider)
    dismissed = api.post(f"{base}/flags/dismiss", person=world.convener)
    assert dismissed.json()["flags_dismissed"] == 1 and dismissed.json()["hidden"] is False
    assert list(AuditEntry.objects.order_by("pk").values_list("action", flat=True)) == [
        "post.hidden",
        "post.restored",
        "post.flags_dismissed",
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
@pytest.mark.parametrize("action", ["hide", "flags/dismiss"])
def test_only_moderators_hide_and_dismiss(api, world, role, status, code, action):
    answer = posts(world)["answer"]
    api.post(f"/api/v1/posts/answer/{answer.pk}/flags", {"reason": "Spam"}, person=world.member)
    response = api.post(f"/api/v1/posts/answer/{answer.pk}/{action}", person=world.person(role))
    refused(response, status, code)
    answer.refresh_from_db()
    assert not answer.hidden
    assert Flag.objects.get().state == FlagState.OPEN
    assert not AuditEntry.objects.exists()


def test_a_refusal_says_why(api, world):
    answer = posts(world)["answer"]
    response = api.post(f"/api/v1/posts/answer/{answer.pk}/hide", person=world.member)
    assert response.status_code == 403
    assert error_of(response) == {
        "code": "permission_denied",
        "message": "Only the community's conveners can moderate its conversations.",
        "fields": {},
    }


@pytest.mark.parametrize("role", ["visitor", "outsider", "member", "sponsor"])
def test_a_hidden_post_does_not_exist_for_those_who_may_not_restore_it(api, world, role):
    reply = ReplyFactory(discussion__community=world.public, hidden=True)
    response = api.post(f"/api/v1/posts/reply/{reply.pk}/restore", person=world.person(role))
    refused(response, 404, "not_found")
    reply.refresh_from_db()
    assert reply.hidden


def test_who_may_not_flag(api, world):
    post = posts(world)["discussion"]
    path = f"/api/v1/posts/discussion/{post.pk}/flags"
    refused(api.post(path, {"reason": "Spam"}), 401, "not_authenticated")
    refused(api.post(path, {"reason": "Spam"}, person=post.author), 403, "permission_denied")
    private = posts(world, world.private)["answer"]
    response = api.post(
        f"/api/v1/posts/answer/{private.pk}/flags", {"reason": "Spam"}, person=world.sponsor
    )
    refused(response, 404, "not_found")
    assert not Flag.objects.exists()


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"reason": "   "}, "Tell the conveners what is wrong with this post."),
        ({"reason": "x" * 501}, "Keep the reason under 500 characters."),
        ({"reason": "x" * 5001}, "Ensure this value has at most 5000 characters."),
        ({"reason": None}, "This field cannot be null."),
        ({}, "This field is required."),
        ({"reason": ["Spam"]}, "Enter text."),
    ],
)
def test_a_bad_reason_is_a_422_naming_it(api, world, payload, message):
    answer = posts(world)["answer"]
    response = api.post(f"/api/v1/posts/answer/{answer.pk}/flags", payload, person=world.member)
    assert response.status_code == 422
    assert error_of(response)["fields"] == {"reason": [message]}
    assert not Flag.objects.exists()


def test_a_huge_reason_is_refused_before_it_is_read(api, world):
    answer = posts(world)["answer"]
    response = api.post(
        f"/api/v1/posts/answer/{answer.pk}/flags", {"reason": "x" * 6_000_000}, person=world.member
    )
    assert response.status_code in {413, 422}
    assert not Flag.objects.exists()


@pytest.mark.parametrize(
    ("kind", "post_id", "status"),
    [
        ("activity", "1", 422),
        ("question", "0", 422),
        ("question", str(TOO_BIG), 422),
        ("question", "x", 422),
        ("question", "999999", 404),
    ],
)
def test_a_post_that_cannot_exist_is_a_4xx(api, world, kind, post_id, status):
    response = api.post(f"/api/v1/posts/{kind}/{post_id}/hide", person=world.admin)
    assert response.status_code == status, response.content
    assert error_of(response)["code"] in {"validation_error", "not_found"}


# The flag queue and a post's earlier versions


def test_the_flag_queue_shows_flagged_posts_to_conveners_latest_first(api, world):
    made = posts(world)
    for kind in ("answer", "reply"):
        api.post(
            f"/api/v1/posts/{kind}/{made[kind].pk}/flags", {"reason": kind}, person=world.member
        )
    api.post(f"/api/v1/posts/reply/{made['reply'].pk}/hide", person=world.convener)

    queue = api.get("/api/v1/flags?community=public-cop", person=world.convener)
    hidden = api.get("/api/v1/flags?community=public-cop&state=hidden", person=world.convener)

    assert queue.status_code == 200
    [entry] = queue.json()
    assert (entry["kind"], entry["id"], entry["hidden"]) == ("answer", made["answer"].pk, False)
    assert [(f["reason"], f["flagged_by"]["id"]) for f in entry["flags"]] == [
        ("answer", world.member.pk)
    ]
    assert entry["url"].endswith(f"#answer-{made['answer'].pk}")
    assert [(e["kind"], e["hidden"]) for e in hidden.json()] == [("reply", True)]


def test_network_wide_flags_are_for_network_admins(api, world):
    question = QuestionFactory(community=None, author=UserFactory())
    api.post(f"/api/v1/posts/question/{question.pk}/flags", {"reason": "Spam"}, person=world.member)
    assert [e["id"] for e in api.get("/api/v1/flags", person=world.admin).json()] == [question.pk]
    refused(api.get("/api/v1/flags", person=world.convener), 403, "permission_denied")


@pytest.mark.parametrize(
    ("role", "query", "status", "code"),
    [
        ("visitor", "community=public-cop", 401, "not_authenticated"),
        ("member", "community=public-cop", 403, "permission_denied"),
        ("sponsor", "community=public-cop", 403, "permission_denied"),
        ("outsider", "community=private-cop", 404, "not_found"),
        ("convener", "community=no-such-cop", 404, "not_found"),
        ("convener", "community=public-cop&state=dismissed", 422, "validation_error"),
        ("convener", "community=" + "x" * 5000, 422, "validation_error"),
    ],
)
def test_who_may_not_read_the_flag_queue(api, world, role, query, status, code):
    refused(api.get(f"/api/v1/flags?{query}", person=world.person(role)), status, code)


def test_moderators_read_every_version_of_a_post(api, world):
    discussion = DiscussionFactory(
        community=world.public, author=world.member, title="First", body="One"
    )
    api.patch(f"/api/v1/discussions/{discussion.pk}", {"body": "Two"}, person=world.member)
    api.patch(f"/api/v1/discussions/{discussion.pk}", {"title": "Third"}, person=world.convener)

    response = api.get(f"/api/v1/posts/discussion/{discussion.pk}/versions", person=world.admin)

    assert response.status_code == 200
    versions = [
        (v["title"], v["body"], v["written_by"]["id"], v["current"]) for v in response.json()
    ]
    assert versions == [
        ("Third", "Two", world.convener.pk, True),
        ("First", "Two", world.member.pk, False),
        ("First", "One", world.member.pk, False),
    ]
    assert response.json()[1]["replaced_by"]["id"] == world.convener.pk


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_only_moderators_read_earlier_versions(api, world, role, status, code):
    question = QuestionFactory(community=world.public, author=world.member)
    response = api.get(f"/api/v1/posts/question/{question.pk}/versions", person=world.person(role))
    refused(response, status, code)
