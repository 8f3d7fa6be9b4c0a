"""API endpoints of comments on questions and answers: asking for a detail, saying thanks."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.conversations.models import Comment
from trellis.conversations.schemas import CommentCreateIn, QuestionCommentOut
from trellis.conversations.selectors import questions as selectors
from trellis.conversations.services import questions as services
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import signed_in_person

router = Router(tags=["questions and answers"])


@router.get(
    "/questions/{question_id}/comments",
    response={200: list[QuestionCommentOut], **error_responses(404, 422)},
)
@paginate(Pagination)
def question_comment_list(request: HttpRequest, question_id: PathId) -> QuerySet[Comment]:
    """Comments on the question itself, oldest first (an answer's come with the answer)."""
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    return selectors.question_comment_list(viewer=request.user, question=question)


@router.post(
    "/questions/{question_id}/comments",
    response={201: QuestionCommentOut, **error_responses(403, 404, 413, 422)},
)
def question_comment_create(
    request: HttpRequest, question_id: PathId, payload: CommentCreateIn
) -> Status[Comment]:
    """Comment on the question (ask for a detail, say thanks); its author is told. A locked
    question takes no comments (422)."""
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    comment = services.comment_post(
        person=signed_in_person(request),
        question=question,
        body=payload.body,
        language=payload.language,
    )
    return Status(201, comment)


@router.get(
    "/answers/{answer_id}/comments",
    response={200: list[QuestionCommentOut], **error_responses(404, 422)},
)
@paginate(Pagination)
def answer_comment_list(request: HttpRequest, answer_id: PathId) -> QuerySet[Comment]:
    """Comments on the answer, oldest first."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    return selectors.answer_comment_list(viewer=request.user, answer=answer)


@router.post(
    "/answers/{answer_id}/comments",
    response={201: QuestionCommentOut, **error_responses(403, 404, 413, 422)},
)
def answer_comment_create(
    request: HttpRequest, answer_id: PathId, payload: CommentCreateIn
) -> Status[Comment]:
    """Comment on an answer; its author is told. A locked question takes no comments (422)."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    comment = services.comment_post(
        person=signed_in_person(request),
        answer=answer,
        body=payload.body,
        language=payload.language,
    )
    return Status(201, comment)
