"""Answers on the help desk: answering, rewording, accepting, marking helpful and writing an
answer jointly.

Marking helpful answers htmx requests with a fragment of the question's page; without htmx the
person goes back to the page.
"""

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from trellis.communities.views.community import _community_context
from trellis.conversations import permissions
from trellis.conversations.forms import AnswerEditForm, AnswerForm, CoauthorInviteForm
from trellis.conversations.selectors import questions as selectors
from trellis.conversations.services import questions as services
from trellis.conversations.views.question_page import answer_url, is_htmx, question_page
from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person


@require_POST
def answer_create(request: HttpRequest, question_id: int) -> HttpResponse:
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    person = signed_in_person(request)
    require(
        person,
        permissions.can_write_under_question(person, question),
        reason=permissions.PARTICIPATE_REASON,
    )
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            answer = services.answer_post(person=person, question=question, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Thank you for your answer."))
            return redirect(answer_url(answer))
    return question_page(request, question, answer_form=form, status=422)


@require_http_methods(["GET", "POST"])
def answer_edit(request: HttpRequest, answer_id: int) -> HttpResponse:
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    question = answer.question
    require(
        request.user,
        permissions.can_edit_post(request.user, answer, question.community),
        reason=permissions.EDIT_POST_REASON,
    )
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
            return redirect(answer_url(answer))
    context: dict[str, Any] = (
        _community_context(request, question.community) if question.community else {}
    )
    context.update({"community": question.community, "form": form, "answer": answer})
    return render(request, "conversations/questions/answer_form.html", context)


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
    return redirect(answer_url(answer))


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
    if is_htmx(request):
        return render(
            request,
            "conversations/questions/detail.html#helpful",
            {
                "answer": selectors.answer_with_counts(viewer=request.user, answer=answer),
                "can_mark": permissions.can_mark_helpful(request.user, answer.question),
            },
        )
    return redirect(answer_url(answer))


# The co-author search shows at most this many people.
COAUTHORS_SHOWN = 20


@require_http_methods(["GET", "POST"])
def answer_coauthor_invite(request: HttpRequest, answer_id: int) -> HttpResponse:
    """The answer's author makes it a joint response with another member: finds them by name
    (GET, a short list to choose from: a community may have thousands), then invites (POST)."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    actor = signed_in_person(request)
    if request.method == "GET":
        require(
            actor,
            permissions.can_invite_coauthors(actor, answer),
            reason=permissions.INVITE_COAUTHORS_REASON,
        )
        search = (request.GET.get("q") or "").strip()[:100]
        people = (
            selectors.coauthor_candidate_list(question=answer.question, search=search)
            .exclude(pk__in=[actor.pk, *answer.coauthors.values_list("pk", flat=True)])
            .only("pk", "full_name", "full_name_latin", "country", "organisation")[:COAUTHORS_SHOWN]
            if search
            else []
        )
        return render(
            request,
            "conversations/questions/coauthors.html",
            {
                "answer": answer,
                "question": answer.question,
                "search": search,
                "people": people,
                "shown": COAUTHORS_SHOWN,
            },
        )
    form = CoauthorInviteForm(
        request.POST, people=selectors.coauthor_candidate_list(question=answer.question)
    )
    if not form.is_valid():
        require(
            actor,
            permissions.can_invite_coauthors(actor, answer),
            reason=permissions.INVITE_COAUTHORS_REASON,
        )
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
    return redirect(answer_url(answer))


urlpatterns = [
    path("questions/<int:question_id>/answer/", answer_create, name="answer_create"),
    path("answers/<int:answer_id>/edit/", answer_edit, name="answer_edit"),
    path("answers/<int:answer_id>/accept/", answer_accept, name="answer_accept"),
    path("answers/<int:answer_id>/helpful/", answer_helpful, name="answer_helpful"),
    path("answers/<int:answer_id>/coauthors/", answer_coauthor_invite, name="answer_coauthors"),
]
