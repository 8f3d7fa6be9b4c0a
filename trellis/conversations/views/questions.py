"""The help desk: questions of a community or the whole network, the unanswered queue and its
figures, asking, answering, commenting, accepting, helpful marks, joint responses and experts.

Marking helpful and commenting answer htmx requests with a fragment of the question's page;
without htmx the person goes back to the page.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from trellis.accounts.models import ExpertiseTopic
from trellis.communities.models import Community, MembershipState
from trellis.communities.selectors import access_community
from trellis.communities.views.community import _community_context
from trellis.conversations import permissions
from trellis.conversations.experts import experts_suggest
from trellis.conversations.forms import (
    AnswerEditForm,
    AnswerForm,
    CoauthorInviteForm,
    ExpertInviteForm,
    QuestionCommentForm,
    QuestionEditForm,
    QuestionForm,
)
from trellis.conversations.models import Answer, Question
from trellis.conversations.selectors import questions as selectors
from trellis.conversations.services import questions as services
from trellis.core.forms import apply_validation_error
from trellis.core.pagination import paginate
from trellis.core.permissions import require, signed_in_person

STATUSES = [("answered", gettext_lazy("Answered")), ("unanswered", gettext_lazy("Unanswered"))]


def _language() -> str:
    return (get_language() or "en").split("-")[0]


def _is_htmx(request: HttpRequest) -> bool:
    return bool(request.headers.get("HX-Request"))


def _filters(request: HttpRequest) -> dict[str, str]:
    topic = (request.GET.get("topic") or "")[:80]
    language = (request.GET.get("language") or "")[:8]
    status = request.GET.get("status") or ""
    return {
        "topic": topic,
        "language": language,
        "status": status if status in {"answered", "unanswered"} else "",
    }


def _list_page(request: HttpRequest, community: Community | None) -> HttpResponse:
    filters = _filters(request)
    questions = selectors.question_list(
        viewer=request.user,
        community=community,
        topic=filters["topic"] or None,
        language=filters["language"] or None,
        status=filters["status"] or None,
    )
    context: dict[str, Any] = _community_context(request, community) if community else {}
    context.update(
        {
            "community": community,
            "page": paginate(request, questions),
            "filters": filters,
            "topics": ExpertiseTopic.objects.all(),
            "followed_topic": ExpertiseTopic.objects.filter(slug=filters["topic"]).first()
            if filters["topic"]
            else None,
            "statuses": STATUSES,
            "can_ask": permissions.can_participate(request.user, community)
            if community
            else permissions.is_signed_in(request.user),
        }
    )
    return render(request, "conversations/questions/list.html", context)


@require_GET
def question_list(request: HttpRequest) -> HttpResponse:
    """The network's help desk: network-wide questions and those of communities one may see."""
    return _list_page(request, None)


def _visible_community(request: HttpRequest, slug: str) -> Community:
    community = access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_view_conversations(request.user, community))
    return community


@require_GET
def community_question_list(request: HttpRequest, slug: str) -> HttpResponse:
    return _list_page(request, _visible_community(request, slug))


def _unanswered_page(request: HttpRequest, community: Community | None) -> HttpResponse:
    context: dict[str, Any] = _community_context(request, community) if community else {}
    context.update(
        {
            "community": community,
            "page": paginate(
                request, selectors.unanswered_list(viewer=request.user, community=community)
            ),
            "figures": selectors.answer_figures(viewer=request.user, community=community),
        }
    )
    return render(request, "conversations/questions/unanswered.html", context)


@require_GET
def question_unanswered(request: HttpRequest) -> HttpResponse:
    """Questions waiting for a first answer, the longest waiting first, with the figures."""
    return _unanswered_page(request, None)


@require_GET
def community_question_unanswered(request: HttpRequest, slug: str) -> HttpResponse:
    return _unanswered_page(request, _visible_community(request, slug))


def _askable_communities(person: Any) -> Any:
    return Community.objects.filter(
        memberships__person=person, memberships__state=MembershipState.ACTIVE
    ).order_by("code")


def _ask(request: HttpRequest, community: Community | None, *, choose: bool) -> HttpResponse:
    person = signed_in_person(request)
    require(person, permissions.can_participate(person, community))
    communities = _askable_communities(person) if choose else None
    form = QuestionForm(
        request.POST if request.method == "POST" else None,
        communities=communities,
        initial={"language": _language(), "community": community},
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        target = data.pop("community", None) if choose else community
        try:
            question = services.question_ask(person=person, community=target, **data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your question has been asked."))
            return redirect("conversations:question_detail", question_id=question.pk)
    context: dict[str, Any] = _community_context(request, community) if community else {}
    context.update({"community": community, "form": form, "question": None})
    return render(request, "conversations/questions/form.html", context)


@require_http_methods(["GET", "POST"])
def question_ask(request: HttpRequest) -> HttpResponse:
    """Ask the whole network, or one of one's communities."""
    return _ask(request, None, choose=True)


@require_http_methods(["GET", "POST"])
def community_question_ask(request: HttpRequest, slug: str) -> HttpResponse:
    return _ask(request, access_community(viewer=request.user, slug=slug), choose=False)


def _can_edit(viewer: Any, post: Any, community: Community | None, coauthors: Any = ()) -> bool:
    """`can_edit_post`, answered from co-authors already loaded (no query per answer)."""
    if not permissions.is_signed_in(viewer):
        return False
    if permissions.can_moderate(viewer, community):
        return True
    if getattr(post, "locked", False):
        return False
    return post.author_id == viewer.pk or any(person.pk == viewer.pk for person in coauthors)


def _coauthor_people(question: Question) -> Any:
    people = get_user_model().objects.filter(is_active=True).order_by("full_name")
    if question.community is not None:
        people = people.filter(
            memberships__community=question.community,
            memberships__state=MembershipState.ACTIVE,
        )
    return people


def _question_page(
    request: HttpRequest,
    question: Question,
    *,
    answer_form: AnswerForm | None = None,
    comment_form: QuestionCommentForm | None = None,
    comment_target: str = "",
    status: int = 200,
) -> HttpResponse:
    viewer = request.user
    community = question.community
    answers = selectors.answer_list(viewer=viewer, question=question)
    for answer in answers:
        answer.viewer_can_edit = _can_edit(  # type: ignore[attr-defined]
            viewer, answer, community, answer.coauthors.all()
        )
        answer.comment_target = f"answer-{answer.pk}"  # type: ignore[attr-defined]
    can_participate = permissions.can_participate(viewer, community)
    can_invite = services.can_invite_experts(viewer, question)
    context: dict[str, Any] = _community_context(request, community) if community else {}
    context.update(
        {
            "community": community,
            "question": question,
            "answers": answers,
            "comments": selectors.question_comment_list(viewer=viewer, question=question),
            "can_participate": can_participate,
            "can_write": can_participate and not question.locked,
            "can_accept": services.can_accept_answer(viewer, question),
            "can_mark": services.can_mark_helpful(viewer, question),
            "can_moderate": permissions.can_moderate(viewer, community),
            "can_edit_question": _can_edit(viewer, question, community),
            "answer_form": answer_form or AnswerForm(initial={"language": _language()}),
            "comment_form": comment_form,
            "comment_target": comment_target,
            "blank_comment_form": QuestionCommentForm(initial={"language": _language()}),
            "experts": experts_suggest(question=question, viewer=viewer) if can_invite else None,
            "coauthor_form": CoauthorInviteForm(people=_coauthor_people(question))
            if any(answer.author_id == viewer.pk for answer in answers)
            else None,
        }
    )
    return render(request, "conversations/questions/detail.html", context, status=status)


@require_GET
def question_detail(request: HttpRequest, question_id: int) -> HttpResponse:
    """The question, its answers (accepted first, then the most helpful) and comments."""
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    return _question_page(request, question)


@require_http_methods(["GET", "POST"])
def question_edit(request: HttpRequest, question_id: int) -> HttpResponse:
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    require(request.user, permissions.can_edit_post(request.user, question, question.community))
    form = QuestionEditForm(
        request.POST if request.method == "POST" else None,
        initial={
            "title": question.title,
            "body": question.body,
            "topics": list(question.topics.all()),
            "language": question.language,
            "country_context": str(question.country_context or ""),
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.question_edit(
                actor=signed_in_person(request), question=question, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect("conversations:question_detail", question_id=question.pk)
    context: dict[str, Any] = (
        _community_context(request, question.community) if question.community else {}
    )
    context.update({"community": question.community, "form": form, "question": question})
    return render(request, "conversations/questions/form.html", context)


def _answer_url(answer: Answer) -> str:
    return reverse("conversations:question_detail", args=[answer.question_id]) + (
        f"#answer-{answer.pk}"
    )


@require_POST
def answer_create(request: HttpRequest, question_id: int) -> HttpResponse:
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    person = signed_in_person(request)
    require(person, permissions.can_participate(person, question.community))
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            answer = services.answer_post(person=person, question=question, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Thank you for your answer."))
            return redirect(_answer_url(answer))
    return _question_page(request, question, answer_form=form, status=422)


@require_http_methods(["GET", "POST"])
def answer_edit(request: HttpRequest, answer_id: int) -> HttpResponse:
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    question = answer.question
    require(request.user, permissions.can_edit_post(request.user, answer, question.community))
    form = AnswerEditForm(
        request.POST if request.method == "POST" else None, initial={"body": answer.body}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.answer_edit(
                actor=signed_in_person(request), answer=answer, body=form.cleaned_data["body"]
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect(_answer_url(answer))
    context: dict[str, Any] = (
        _community_context(request, question.community) if question.community else {}
    )
    context.update({"community": question.community, "form": form, "answer": answer})
    return render(request, "conversations/questions/answer_form.html", context)


def _comment(request: HttpRequest, question: Question, answer: Answer | None) -> HttpResponse:
    person = signed_in_person(request)
    require(person, permissions.can_participate(person, question.community))
    form = QuestionCommentForm(request.POST)
    target = f"answer-{answer.pk}" if answer is not None else "question"
    if form.is_valid():
        try:
            services.comment_post(
                person=person,
                question=None if answer is not None else question,
                answer=answer,
                **form.cleaned_data,
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            if not _is_htmx(request):
                messages.success(request, _("Your comment has been added."))
                return redirect(_answer_url(answer) if answer else question_url(question))
            form = QuestionCommentForm(initial={"language": form.cleaned_data["language"]})
    if _is_htmx(request):
        comments = (
            selectors.answer_with_counts(viewer=request.user, answer=answer).comments.all()
            if answer is not None
            else selectors.question_comment_list(viewer=request.user, question=question)
        )
        return render(
            request,
            "conversations/questions/detail.html#comments",
            {
                "question": question,
                "comment_list": comments,
                "comment_action": request.path,
                "comment_dom_id": f"comments-{target}",
                "form": form,
                "can_write": True,
            },
        )
    return _question_page(request, question, comment_form=form, comment_target=target, status=422)


def question_url(question: Question) -> str:
    return reverse("conversations:question_detail", args=[question.pk])


@require_POST
def question_comment(request: HttpRequest, question_id: int) -> HttpResponse:
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    return _comment(request, question, None)


@require_POST
def answer_comment(request: HttpRequest, answer_id: int) -> HttpResponse:
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    return _comment(request, answer.question, answer)


@require_POST
def answer_accept(request: HttpRequest, answer_id: int) -> HttpResponse:
    """The asker or a convener accepts an answer; it moves to the top of the page."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    try:
        services.answer_accept(actor=signed_in_person(request), answer=answer)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The answer has been accepted."))
    return redirect(_answer_url(answer))


@require_POST
def answer_helpful(request: HttpRequest, answer_id: int) -> HttpResponse:
    """Mark an answer helpful, or withdraw the mark when the form says `withdraw`."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    person = signed_in_person(request)
    withdraw = bool(request.POST.get("withdraw"))
    try:
        if withdraw:
            services.helpful_unmark(person=person, answer=answer)
        else:
            services.helpful_mark(person=person, answer=answer)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    if _is_htmx(request):
        return render(
            request,
            "conversations/questions/detail.html#helpful",
            {
                "answer": selectors.answer_with_counts(viewer=request.user, answer=answer),
                "can_mark": services.can_mark_helpful(request.user, answer.question),
            },
        )
    return redirect(_answer_url(answer))


@require_POST
def answer_coauthor_invite(request: HttpRequest, answer_id: int) -> HttpResponse:
    """The answer's author makes it a joint response with another member."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    actor = signed_in_person(request)
    form = CoauthorInviteForm(request.POST, people=_coauthor_people(answer.question))
    if not form.is_valid():
        require(actor, answer.author_id == actor.pk)
        messages.error(request, _("Choose a person who may answer this question."))
    else:
        try:
            services.coauthor_invite(actor=actor, answer=answer, person=form.cleaned_data["person"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("%(person)s now writes this answer with you.")
                % {"person": form.cleaned_data["person"]},
            )
    return redirect(_answer_url(answer))


@require_POST
def expert_invite(request: HttpRequest, question_id: int) -> HttpResponse:
    """The asker invites a suggested expert to answer."""
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    actor = signed_in_person(request)
    require(actor, services.can_invite_experts(actor, question))
    form = ExpertInviteForm(request.POST)
    person = (
        get_user_model().objects.filter(pk=form.cleaned_data["person"]).first()
        if form.is_valid()
        else None
    )
    if person is None:
        messages.error(request, _("Choose a person to invite."))
    else:
        try:
            services.expert_invite(actor=actor, question=question, person=person)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("%(person)s has been asked to answer.") % {"person": person}
            )
    return redirect("conversations:question_detail", question_id=question.pk)


urlpatterns = [
    path("questions/", question_list, name="question_list"),
    path("questions/unanswered/", question_unanswered, name="question_unanswered"),
    path("questions/ask/", question_ask, name="question_ask"),
    path("questions/<int:question_id>/", question_detail, name="question_detail"),
    path("questions/<int:question_id>/edit/", question_edit, name="question_edit"),
    path("questions/<int:question_id>/answer/", answer_create, name="answer_create"),
    path("questions/<int:question_id>/comment/", question_comment, name="question_comment"),
    path("questions/<int:question_id>/experts/", expert_invite, name="expert_invite"),
    path("answers/<int:answer_id>/edit/", answer_edit, name="answer_edit"),
    path("answers/<int:answer_id>/comment/", answer_comment, name="answer_comment"),
    path("answers/<int:answer_id>/accept/", answer_accept, name="answer_accept"),
    path("answers/<int:answer_id>/helpful/", answer_helpful, name="answer_helpful"),
    path("answers/<int:answer_id>/coauthors/", answer_coauthor_invite, name="answer_coauthors"),
    path("communities/<slug:slug>/questions/", community_question_list, name="community_questions"),
    path(
        "communities/<slug:slug>/questions/unanswered/",
        community_question_unanswered,
        name="community_unanswered",
    ),
    path(
        "communities/<slug:slug>/questions/ask/",
        community_question_ask,
        name="community_question_ask",
    ),
]
