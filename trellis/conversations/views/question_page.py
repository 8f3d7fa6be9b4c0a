"""A question's page, shared by the pages that post on it: they show it again, with the form
that was refused, when a post cannot be saved."""

from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language

from trellis.communities.views.community import _community_context
from trellis.conversations import permissions
from trellis.conversations.experts import experts_suggest
from trellis.conversations.forms import AnswerForm, QuestionCommentForm
from trellis.conversations.selectors import questions as selectors
from trellis.conversations.selectors.translations import translations_attach
from trellis.core.pagination import DEFAULT_PAGE_SIZE, paginate

if TYPE_CHECKING:
    from trellis.conversations.models import Answer, Question


def interface_language() -> str:
    return (get_language() or "en").split("-")[0]


def is_htmx(request: HttpRequest) -> bool:
    return bool(request.headers.get("HX-Request"))


def question_url(question: "Question") -> str:
    return reverse("conversations:question_detail", args=[question.pk])


def answer_url(answer: "Answer") -> str:
    """The question's page that shows the answer: answers are paginated, so the page asks for
    it by `answer` (the page it is on for the person following the link) as well as by anchor."""
    return reverse("conversations:question_detail", args=[answer.question_id]) + (
        f"?answer={answer.pk}#answer-{answer.pk}"
    )


def _page_number(
    request: HttpRequest, question: "Question", shown_answer: int | None
) -> int | None:
    """The page of answers to show: the one asked for, else the one with `shown_answer`."""
    if shown_answer is None or request.GET.get("page"):
        return None
    position = selectors.answer_position(
        viewer=request.user, question=question, answer_id=shown_answer
    )
    return None if position is None else position // DEFAULT_PAGE_SIZE + 1


def question_page(
    request: HttpRequest,
    question: "Question",
    *,
    answer_form: AnswerForm | None = None,
    comment_form: QuestionCommentForm | None = None,
    comment_target: str = "",
    shown_answer: int | None = None,
    status: int = 200,
) -> HttpResponse:
    """The question, a page of its answers (accepted first, then the most helpful) and
    comments, with what the viewer may do on each.

    Without a page number asked for, `shown_answer` (an answer's id) chooses the page it is on.
    """
    viewer = request.user
    community = question.community
    page = paginate(
        request,
        selectors.answer_list(viewer=viewer, question=question),
        number=_page_number(request, question, shown_answer),
    )
    answers = list(page.object_list)
    for answer in answers:
        answer.viewer_can_edit = permissions.can_edit_post(  # type: ignore[attr-defined]
            viewer, answer, community
        )
        answer.viewer_can_invite_coauthors = (  # type: ignore[attr-defined]
            permissions.can_invite_coauthors(viewer, answer)
        )
        answer.comment_target = f"answer-{answer.pk}"  # type: ignore[attr-defined]
    comments = list(selectors.question_comment_list(viewer=viewer, question=question))
    translations_attach(
        viewer=viewer,
        posts=[question, *answers, *comments, *(c for a in answers for c in a.comments.all())],
        community=community,
        original=bool(request.GET.get("original")),
    )
    can_participate = permissions.can_participate(viewer, community)
    can_invite = permissions.can_invite_experts(viewer, question)
    invites_coauthors = any(answer.viewer_can_invite_coauthors for answer in answers)  # type: ignore[attr-defined]
    context: dict[str, Any] = _community_context(request, community) if community else {}
    context.update(
        {
            "community": community,
            "question": question,
            "page": page,
            "answers": answers,
            "comments": comments,
            "original": bool(request.GET.get("original")),
            "can_participate": can_participate,
            "can_write": can_participate and not question.locked,
            "can_accept": permissions.can_accept_answer(viewer, question),
            "can_mark": permissions.can_mark_helpful(viewer, question),
            "can_moderate": permissions.can_moderate(viewer, community),
            "can_edit_question": permissions.can_edit_post(viewer, question, community),
            "answer_form": answer_form or AnswerForm(initial={"language": interface_language()}),
            "comment_form": comment_form,
            "comment_target": comment_target,
            "blank_comment_form": QuestionCommentForm(initial={"language": interface_language()}),
            "experts": experts_suggest(question=question, viewer=viewer) if can_invite else None,
            "invites_coauthors": invites_coauthors,
        }
    )
    return render(request, "conversations/questions/detail.html", context, status=status)
