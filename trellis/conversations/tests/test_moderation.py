"""Flags, the flag queue and what moderators do: hide, restore, dismiss, lock, read history."""

import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.template import Context, Template
from django.urls import reverse

from trellis.communities.models import AuditEntry
from trellis.conversations.models import Comment, Flag, FlagState
from trellis.conversations.services.moderation import (
    flag_raise,
    flags_dismiss,
    post_hide,
    post_restore,
    question_lock,
)
from trellis.conversations.services.writing import post_edit
from trellis.conversations.tests.factories import (
    AnswerFactory,
    DiscussionFactory,
    QuestionFactory,
    ReplyFactory,
)
from trellis.notifications.models import Notification, NotificationKind
from trellis.tests.queries import cold_queries

FLAG_WHAT_YOU_READ = re.escape("You can flag posts you can read, except your own.")
CONVENERS_MODERATE = re.escape("Only the community's conveners can moderate its conversations.")
AUTHORS_EDIT = re.escape(
    "Only a post's authors and the community's conveners can edit it; once it is "
    "locked, only the conveners."
)

pytestmark = pytest.mark.django_db


def flag_notices(person):
    return Notification.objects.filter(recipient=person, kind=NotificationKind.FLAG_RAISED)


def test_a_flag_notifies_the_community_conveners(world):
    answer = AnswerFactory(question__community=world.private, author=world.convener)
    flag = flag_raise(
        actor=world.member, post=answer, reason=" Off  topic ", community=world.private
    )
    assert flag.reason == "Off topic"
    assert flag.state == FlagState.OPEN
    assert flag.community == world.private
    assert flag.target == answer
    # The convener is the author here: still told, since someone else flagged it.
    notice = flag_notices(world.convener).get()
    assert notice.actor == world.member and notice.target == answer
    assert not flag_notices(world.sponsor).exists()
    assert not flag_notices(world.member).exists()


def test_a_flag_on_a_network_wide_question_notifies_network_admins(world):
    question = QuestionFactory(community=None, author=world.outsider)
    flag_raise(actor=world.member, post=question, reason="Spam", community=None)
    assert flag_notices(world.admin).count() == 1
    assert not flag_notices(world.convener).exists()


def test_each_person_flags_a_post_once(world):
    reply = ReplyFactory(discussion__community=world.public)
    flag_raise(actor=world.member, post=reply, reason="Rude", community=world.public)
    with pytest.raises(
        ValidationError, match="You have already flagged this post; the conveners will look at it"
    ):
        flag_raise(actor=world.member, post=reply, reason="Still rude", community=world.public)
    flag_raise(actor=world.outsider, post=reply, reason="Rude", community=world.public)
    assert Flag.objects.count() == 2
    assert flag_notices(world.convener).count() == 2


def test_authors_and_those_who_cannot_read_the_post_cannot_flag_it(world):
    question = QuestionFactory(community=world.private, author=world.member)
    with pytest.raises(PermissionDenied, match=FLAG_WHAT_YOU_READ):
        flag_raise(actor=world.member, post=question, reason="mine", community=world.private)
    for person in (world.sponsor, world.outsider):
        with pytest.raises(PermissionDenied, match=FLAG_WHAT_YOU_READ):
            flag_raise(actor=person, post=question, reason="x", community=world.private)


def test_a_flag_needs_a_reason(world):
    question = QuestionFactory(community=world.public)
    with pytest.raises(ValidationError, match="Tell the conveners what is wrong with this post"):
        flag_raise(actor=world.member, post=question, reason="   ", community=world.public)


def test_hiding_resolves_open_flags_and_is_audited(world):
    discussion = DiscussionFactory(community=world.public)
    flag_raise(actor=world.member, post=discussion, reason="Spam", community=world.public)
    post_hide(actor=world.convener, post=discussion, community=world.public)
    discussion.refresh_from_db()
    assert discussion.hidden
    flag = Flag.objects.get()
    assert flag.state == FlagState.HIDDEN
    assert flag.resolved_by == world.convener and flag.resolved_at is not None
    entry = AuditEntry.objects.get(action="post.hidden")
    assert entry.community == world.public and entry.actor == world.convener
    assert entry.changes == {"post_kind": "discussion", "post_id": discussion.pk}
    post_restore(actor=world.convener, post=discussion, community=world.public)
    discussion.refresh_from_db()
    assert not discussion.hidden
    assert AuditEntry.objects.filter(action="post.restored").count() == 1


def test_dismissing_keeps_the_post_and_closes_its_flags(world):
    question = QuestionFactory(community=world.public)
    flag_raise(actor=world.member, post=question, reason="Wrong", community=world.public)
    flag_raise(actor=world.outsider, post=question, reason="Wrong", community=world.public)
    assert flags_dismiss(actor=world.convener, post=question, community=world.public) == 2
    assert set(Flag.objects.values_list("state", flat=True)) == {FlagState.DISMISSED}
    question.refresh_from_db()
    assert not question.hidden


def test_only_moderators_hide_restore_dismiss_and_lock(world):
    question = QuestionFactory(community=world.public)
    for person in (world.member, world.sponsor, world.outsider):
        with pytest.raises(PermissionDenied, match=CONVENERS_MODERATE):
            post_hide(actor=person, post=question, community=world.public)
        with pytest.raises(PermissionDenied, match=CONVENERS_MODERATE):
            post_restore(actor=person, post=question, community=world.public)
        with pytest.raises(PermissionDenied, match=CONVENERS_MODERATE):
            flags_dismiss(actor=person, post=question, community=world.public)
        with pytest.raises(PermissionDenied, match=CONVENERS_MODERATE):
            question_lock(actor=person, question=question, locked=True)
    network_question = QuestionFactory(community=None)
    with pytest.raises(PermissionDenied, match=CONVENERS_MODERATE):
        post_hide(actor=world.convener, post=network_question, community=None)
    post_hide(actor=world.admin, post=network_question, community=None)


def test_locking_a_question(world):
    question = QuestionFactory(community=world.public, author=world.member)
    question_lock(actor=world.convener, question=question, locked=True)
    question.refresh_from_db()
    assert question.locked
    with pytest.raises(PermissionDenied, match=AUTHORS_EDIT):
        post_edit(actor=world.member, post=question, body="changed", community=world.public)
    question_lock(actor=world.convener, question=question, locked=False)
    question.refresh_from_db()
    assert not question.locked
    actions = list(AuditEntry.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["question.locked", "question.unlocked"]


# Pages


def queue_url(community):
    return reverse("conversations:community_flags", args=[community.slug])


def test_flag_queue_shows_excerpt_who_and_why(client, world):
    question = QuestionFactory(community=world.public, body="Buy **cheap** watches here")
    flag_raise(actor=world.member, post=question, reason="Advertising", community=world.public)
    client.force_login(world.convener)
    html = client.get(queue_url(world.public)).content.decode()
    assert "Buy **cheap** watches here" in html
    assert "Member Person" in html and "Advertising" in html
    assert reverse("conversations:post_hide", args=["question", question.pk]) in html
    assert reverse("conversations:flags_dismiss", args=["question", question.pk]) in html


def test_flag_queue_is_for_moderators(client, world):
    client.force_login(world.member)
    assert client.get(queue_url(world.public)).status_code == 403
    client.force_login(world.sponsor)
    assert client.get(queue_url(world.private)).status_code == 403
    client.force_login(world.convener)
    assert client.get(reverse("conversations:network_flags")).status_code == 403
    client.force_login(world.admin)
    assert client.get(reverse("conversations:network_flags")).status_code == 200


def test_the_refusal_page_says_why_in_the_persons_language(client, world):
    client.force_login(world.member)
    response = client.get(queue_url(world.public), HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Только координаторы сообщества могут модерировать его обсуждения." in html
    assert "У вас нет прав на это действие" not in html


def test_network_queue_lists_flags_on_network_wide_questions_only(client, world):
    network_question = QuestionFactory(community=None, body="Network-wide spam")
    community_question = QuestionFactory(community=world.public, body="Community spam")
    flag_raise(actor=world.member, post=network_question, reason="Spam", community=None)
    flag_raise(actor=world.member, post=community_question, reason="Spam", community=world.public)
    client.force_login(world.admin)
    html = client.get(reverse("conversations:network_flags")).content.decode()
    assert "Network-wide spam" in html and "Community spam" not in html


def flag_many(world, count):
    """Flag `count` posts of each kind; the page shows each as `id="flagged-<kind>-<pk>"`."""
    shown = []
    for _n in range(count):
        question = QuestionFactory(community=world.public)
        answer = AnswerFactory(question=question)
        comment = Comment.objects.create(answer=answer, author=world.convener, body="c")
        reply = ReplyFactory(discussion__community=world.public)
        for kind, post in (
            ("question", question),
            ("answer", answer),
            ("comment", comment),
            ("reply", reply),
        ):
            flag_raise(actor=world.member, post=post, reason="Look", community=world.public)
            shown.append(f'id="flagged-{kind}-{post.pk}"')
    return shown


def test_flag_queue_queries_do_not_grow_with_the_queue(client, world):
    client.force_login(world.convener)
    shown = flag_many(world, 1)
    with cold_queries() as few:
        assert client.get(queue_url(world.public)).status_code == 200
    shown += flag_many(world, 4)
    with cold_queries() as many:
        html = client.get(queue_url(world.public)).content.decode()
    assert html.count('class="flagged-post"') == 20
    assert all(post in html for post in shown)
    assert len(many) == len(few)


def test_hide_restore_and_dismiss_from_the_queue(client, world):
    answer = AnswerFactory(question__community=world.public, body="Rude words")
    flag_raise(actor=world.member, post=answer, reason="Rude", community=world.public)
    client.force_login(world.convener)
    response = client.post(
        reverse("conversations:post_hide", args=["answer", answer.pk]),
        {"next": queue_url(world.public)},
    )
    assert response.status_code == 302 and response["Location"] == queue_url(world.public)
    answer.refresh_from_db()
    assert answer.hidden
    html = client.get(queue_url(world.public)).content.decode()
    assert reverse("conversations:post_restore", args=["answer", answer.pk]) in html
    client.post(reverse("conversations:post_restore", args=["answer", answer.pk]))
    answer.refresh_from_db()
    assert not answer.hidden


def test_next_must_stay_on_this_site(client, world):
    question = QuestionFactory(community=world.public)
    client.force_login(world.convener)
    response = client.post(
        reverse("conversations:question_lock", args=[question.pk]),
        {"next": "https://evil.example/"},
    )
    assert "evil.example" not in response["Location"]


def test_hidden_posts_are_gone_for_everyone_but_moderators(client, world):
    question = QuestionFactory(community=world.public, hidden=True)
    client.force_login(world.outsider)
    url = reverse("conversations:post_flag", args=["question", question.pk])
    assert client.post(url, {"reason": "x"}).status_code == 404


def test_flagging_with_htmx_answers_with_the_flag_box(client, world):
    question = QuestionFactory(community=world.public)
    client.force_login(world.member)
    url = reverse("conversations:post_flag", args=["question", question.pk])
    response = client.post(url, {"reason": "Duplicate"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html
    assert "The conveners will look at this post" in html
    again = client.post(url, {"reason": "Duplicate"}, HTTP_HX_REQUEST="true").content.decode()
    assert "already flagged" in again
    assert ">Duplicate</textarea>" in again
    assert Flag.objects.count() == 1


def test_flagging_without_javascript_redirects_back_with_a_message(client, world):
    question = QuestionFactory(community=world.public)
    client.force_login(world.member)
    url = reverse("conversations:post_flag", args=["question", question.pk])
    response = client.post(url, {"reason": "Duplicate", "next": "/communities/"}, follow=True)
    assert response.redirect_chain[-1][0] == "/communities/"
    assert "The conveners will look at this post" in response.content.decode()


def test_revisions_page_shows_every_version_with_who_and_when(client, world):
    question = QuestionFactory(community=world.public, author=world.member, body="Version one")
    post_edit(actor=world.member, post=question, body="Version two", community=world.public)
    post_edit(actor=world.convener, post=question, body="Version *three*", community=world.public)
    url = reverse("conversations:post_revisions", args=["question", question.pk])
    client.force_login(world.member)
    assert client.get(url).status_code == 403
    client.force_login(world.convener)
    html = client.get(url).content.decode()
    assert (
        html.index("Version <em>three</em>") < html.index("Version two") < html.index("Version one")
    )
    assert "Replaced by Convener Person" in html
    assert html.count("Written by Member Person") == 2


def render(template, person, post):
    from django.test import RequestFactory

    request = RequestFactory().get("/questions/1/")
    request.user = person
    return Template(template).render(Context({"request": request, "obj": post}))


MODERATE = '{% include "conversations/_moderate.html" with post=obj %}'
FLAG = '{% include "conversations/_flag.html" with post=obj %}'


def test_moderation_buttons_only_for_moderators(world):
    question = QuestionFactory(community=world.public, author=world.member)
    post_edit(actor=world.member, post=question, body="edited", community=world.public)
    html = render(MODERATE, world.convener, question)
    assert reverse("conversations:post_hide", args=["question", question.pk]) in html
    assert reverse("conversations:question_lock", args=[question.pk]) in html
    assert reverse("conversations:post_revisions", args=["question", question.pk]) in html
    assert "data-confirm" in html
    for person in (world.member, world.sponsor, world.outsider):
        assert "<form" not in render(MODERATE, person, question)
    reply = ReplyFactory(discussion__community=world.public, hidden=True)
    html = render(MODERATE, world.convener, reply)
    assert reverse("conversations:post_restore", args=["reply", reply.pk]) in html
    assert "lock" not in html


def test_flag_disclosure_for_readers_who_did_not_write_the_post(world):
    question = QuestionFactory(community=world.private, author=world.member)
    assert "<details" in render(FLAG, world.convener, question)
    assert "<details" not in render(FLAG, world.member, question)
    assert "<details" not in render(FLAG, world.sponsor, question)
    from django.contrib.auth.models import AnonymousUser

    assert "<details" not in render(FLAG, AnonymousUser(), question)


def test_flag_queue_links_to_the_posts_own_edit_page_where_there_is_one(world):
    from trellis.conversations.selectors.moderation import post_edit_url

    question = QuestionFactory(community=world.public)
    discussion = DiscussionFactory(community=world.public)
    reply = ReplyFactory(discussion=discussion)
    assert post_edit_url(question) == reverse("conversations:question_edit", args=[question.pk])
    assert post_edit_url(discussion) == reverse(
        "conversations:discussion_edit", args=[world.public.slug, discussion.pk]
    )
    assert post_edit_url(reply) == ""
