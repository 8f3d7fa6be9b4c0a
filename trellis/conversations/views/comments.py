"""Comments on a question or on one of its answers.

An htmx request gets the comment list back as a fragment of the question's page; without htmx
the person goes back to the page.
"""

from typing import TYPE_CHECKING

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from trellis.conversations import permissions
from trellis.conversations.forms import QuestionCommentForm
from trellis.conversations.selectors import questions as selectors
from trellis.conversations.services import questions as services
from trellis.conversations.views.question_page import (
    answer_url,
    is_htmx,
    question_page,
    question_url,
)
from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person

if TYPE_CHECKING:
    from trellis.conversations.models import Answer, Question


def _comment(request: HttpRequest, question: "Question", answer: "Answer | None") -> HttpResponse:
    person = signed_in_person(request)
    require(
        person,
        permissions.can_write_under_question(person, question),
        reason=permissions.PARTICIPATE_REASON,
    )
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
            if not is_htmx(request):
                messages.success(request, _("Your comment has been added."))
                return redirect(answer_url(answer) if answer else question_url(question))
            form = QuestionCommentForm(initial={"language": form.cleaned_data["language"]})
    if is_htmx(request):
        comments = (
            selectors.answer_comment_list(viewer=request.user, answer=answer)
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
    return question_page(
        request,
        question,
        comment_form=form,
        comment_target=target,
        # The form sent back is under its answer: show the page of answers it is on.
        shown_answer=answer.pk if answer is not None else None,
        status=422,
    )


@require_POST
def question_comment(request: HttpRequest, question_id: int) -> HttpResponse:
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    return _comment(request, question, None)


@require_POST
def answer_comment(request: HttpRequest, answer_id: int) -> HttpResponse:
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    return _comment(request, answer.question, answer)


urlpatterns = [
    path("questions/<int:question_id>/comment/", question_comment, name="question_comment"),
    path("answers/<int:answer_id>/comment/", answer_comment, name="answer_comment"),
]
