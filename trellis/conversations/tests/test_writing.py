"""Editing posts keeps their history; previewing shows exactly what will be published."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import BODY_MAX_LENGTH, Comment, Revision
from trellis.conversations.services.writing import post_edit
from trellis.conversations.tests.factories import (
    AnswerFactory,
    DiscussionFactory,
    QuestionFactory,
    ReplyFactory,
)

AUTHORS_EDIT = re.escape(
    "Only a post's authors and the community's conveners can edit it; once it is "
    "locked, only the conveners."
)

pytestmark = pytest.mark.django_db


def revisions_of(post):
    return Revision.objects.filter(
        target_type=ContentType.objects.get_for_model(post), target_id=post.pk
    )


def test_author_edit_keeps_the_earlier_version(world):
    question = QuestionFactory(community=world.public, author=world.member, body="First text")
    post_edit(
        actor=world.member,
        post=question,
        body="  Second text  ",
        title="A better title",
        community=world.public,
    )
    question.refresh_from_db()
    assert question.body == "Second text"
    assert question.title == "A better title"
    assert question.edited_at is not None
    revision = revisions_of(question).get()
    assert revision.body == "First text"
    assert revision.title.startswith("How do you forecast cash")
    assert revision.edited_by == world.member
    assert revision.edited_at == question.edited_at


def test_every_edit_adds_a_revision_newest_first(world):
    reply = ReplyFactory(discussion__community=world.public, author=world.member, body="one")
    for body in ("two", "three"):
        post_edit(actor=world.member, post=reply, body=body, community=world.public)
    assert [revision.body for revision in revisions_of(reply)] == ["two", "one"]


def test_unchanged_text_writes_nothing(world):
    answer = AnswerFactory(question__community=world.public, author=world.member, body="Same")
    post_edit(actor=world.member, post=answer, body="Same\n", community=world.public)
    answer.refresh_from_db()
    assert answer.edited_at is None
    assert not revisions_of(answer).exists()


def test_title_is_ignored_for_posts_without_one(world):
    answer = AnswerFactory(question__community=world.public, author=world.member, body="a")
    post_edit(actor=world.member, post=answer, body="b", title="ignored", community=world.public)
    assert revisions_of(answer).get().title == ""


@pytest.mark.parametrize(
    ("body", "title", "field", "message"),
    [
        ("   ", None, "body", "the text cannot be empty"),
        ("x" * (BODY_MAX_LENGTH + 1), None, "body", f"under {BODY_MAX_LENGTH} characters"),
        ("ok", " ", "title", "The title cannot be empty"),
    ],
)
def test_invalid_text_is_refused_and_nothing_changes(world, body, title, field, message):
    discussion = DiscussionFactory(community=world.public, author=world.member, body="Kept")
    with pytest.raises(ValidationError, match=message) as error:
        post_edit(
            actor=world.member, post=discussion, body=body, title=title, community=world.public
        )
    assert field in error.value.message_dict
    discussion.refresh_from_db()
    assert discussion.body == "Kept"
    assert not revisions_of(discussion).exists()


def test_only_authors_coauthors_and_moderators_edit(world):
    answer = AnswerFactory(question__community=world.public, author=world.member, body="v1")
    coauthor = UserFactory()
    MembershipFactory(community=world.public, person=coauthor)
    answer.coauthors.add(coauthor)
    for stranger in (world.outsider, world.sponsor, UserFactory()):
        with pytest.raises(PermissionDenied, match=AUTHORS_EDIT):
            post_edit(actor=stranger, post=answer, body="defaced", community=world.public)
    post_edit(actor=coauthor, post=answer, body="v2", community=world.public)
    post_edit(actor=world.convener, post=answer, body="v3", community=world.public)
    post_edit(actor=world.admin, post=answer, body="v4", community=world.public)
    assert [r.edited_by for r in revisions_of(answer)] == [world.admin, world.convener, coauthor]


def test_authors_cannot_edit_a_locked_question_but_moderators_can(world):
    question = QuestionFactory(community=world.public, author=world.member, locked=True)
    with pytest.raises(PermissionDenied, match=AUTHORS_EDIT):
        post_edit(actor=world.member, post=question, body="changed", community=world.public)
    post_edit(actor=world.convener, post=question, body="changed", community=world.public)


def test_comment_edit(world):
    question = QuestionFactory(community=world.public)
    comment = Comment.objects.create(question=question, author=world.member, body="typo")
    post_edit(actor=world.member, post=comment, body="no typo", community=world.public)
    assert revisions_of(comment).get().body == "typo"


# The preview


def preview(client, text, **headers):
    return client.post(reverse("conversations:preview"), {"body": text}, **headers)


def test_preview_is_an_htmx_partial_of_the_rendered_markdown(client, world):
    client.force_login(world.member)
    response = preview(client, "**bold** @[Анна](12) <script>x</script>", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert "<strong>bold</strong>" in html
    assert 'href="/people/12/"' in html
    assert "<script" not in html


def test_preview_reads_the_field_named_by_the_editor(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("conversations:preview"),
        {"preview_field": "answer-body", "answer-body": "*from the answer form*"},
        HTTP_HX_REQUEST="true",
    )
    assert "<em>from the answer form</em>" in response.content.decode()


def test_preview_without_htmx_is_a_whole_page(client, world):
    client.force_login(world.member)
    html = preview(client, "*hello*").content.decode()
    assert "<html" in html and "<em>hello</em>" in html


def test_preview_needs_login(client, world):
    response = preview(client, "hello")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_preview_refuses_text_longer_than_a_post(client, world):
    client.force_login(world.member)
    response = preview(client, "**x**" * (BODY_MAX_LENGTH // 5 + 1), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<strong>" not in html
    assert str(BODY_MAX_LENGTH) in html


def test_preview_is_post_only(client, world):
    client.force_login(world.member)
    assert client.get(reverse("conversations:preview")).status_code == 405


def test_editor_include_renders_a_labelled_textarea_with_preview(world, rf):
    from django import forms
    from django.template import Context, Template

    class AnswerForm(forms.Form):
        body = forms.CharField(label="Your answer", widget=forms.Textarea, max_length=20000)

    form = AnswerForm({"body": ""}, prefix="answer")
    form.is_valid()
    request = rf.get("/")
    request.user = world.member
    html = Template('{% include "conversations/_editor.html" with field=form.body %}').render(
        Context({"form": form, "request": request, "community": world.public})
    )
    assert '<label for="id_answer-body">Your answer' in html
    assert 'name="answer-body"' in html
    assert 'aria-invalid="true"' in html and "errorlist" in html
    assert f'hx-post="{reverse("conversations:preview")}"' in html
    assert 'value="answer-body"' in html
    assert 'aria-live="polite"' in html
    assert f'data-mention-community="{world.public.slug}"' in html
    assert "trellis/editor.js" in html
