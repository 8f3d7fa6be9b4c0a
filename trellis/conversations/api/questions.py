"""The help desk through the API: questions, answers, comments, acceptance, helpful marks,
joint answers, experts and their invitations, the unanswered queue and its figures.

A question of a private community is a 404 for whoever may not see it, exactly as one that
does not exist; the services check who may ask, answer, edit, accept and mark.
"""

from typing import TYPE_CHECKING, Annotated, Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from ninja.responses import Status
from pydantic import StringConstraints

from trellis.accounts.selectors import expertise_list
from trellis.communities.selectors import access_community
from trellis.conversations import permissions
from trellis.conversations.experts import ExpertSuggestion, experts_suggest
from trellis.conversations.models import Answer, ExpertInvitation, Question
from trellis.conversations.schemas import (
    AnswerCreateIn,
    AnswerFiguresOut,
    AnswerOut,
    AnswerUpdateIn,
    CoauthorInviteIn,
    ExpertInvitationOut,
    ExpertInviteIn,
    ExpertSuggestionOut,
    HelpfulOut,
    QuestionCreateIn,
    QuestionDetailOut,
    QuestionOut,
    QuestionUpdateIn,
)
from trellis.conversations.selectors import questions as selectors
from trellis.conversations.services import questions as services
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import require, signed_in_person

if TYPE_CHECKING:
    from trellis.accounts.models import ExpertiseTopic
    from trellis.communities.models import Community

router = Router(tags=["questions and answers"])


class QuestionFilters(Schema):
    community: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        None, description="A community's slug."
    )
    topic: Annotated[str, StringConstraints(max_length=80)] | None = Field(
        None, description="An expertise topic's code."
    )
    language: Annotated[str, StringConstraints(max_length=8)] | None = None
    status: Annotated[str, StringConstraints(pattern="^(answered|unanswered)$")] | None = None


class HelpDeskFilters(Schema):
    community: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        None, description="A community's slug; leave out for every question one may see."
    )


def _topics(slugs: list[str]) -> list["ExpertiseTopic"]:
    topics = list(expertise_list().filter(slug__in=slugs))
    if len(topics) != len(set(slugs)):
        raise ValidationError({"topics": _("Some of these topics are not known.")})
    return topics


def _detail(request: HttpRequest, question_id: int) -> Question:
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    question.visible_comments = list(  # type: ignore[attr-defined]
        selectors.question_comment_list(viewer=request.user, question=question)
    )
    return question


@router.get("/questions", response={200: list[QuestionOut], **error_responses(403, 404, 422)})
@paginate(Pagination)
def question_list(request: HttpRequest, filters: Query[QuestionFilters]) -> QuerySet[Question]:
    """Questions one may see, most recently active first."""
    community = None
    if filters.community:
        community = access_community(viewer=request.user, slug=filters.community)
        require(
            request.user,
            permissions.can_view_conversations(request.user, community),
            reason=permissions.VIEW_CONVERSATIONS_REASON,
        )
    return selectors.question_list(
        viewer=request.user,
        community=community,
        topic=filters.topic,
        language=filters.language,
        status=filters.status,
    )


@router.post("/questions", response={201: QuestionDetailOut, **error_responses(403, 404, 413, 422)})
def question_create(request: HttpRequest, payload: QuestionCreateIn) -> Status[Question]:
    """Ask a community's help desk, or the whole network when no community is given."""
    person = signed_in_person(request)
    community = (
        access_community(viewer=request.user, slug=payload.community) if payload.community else None
    )
    question = services.question_ask(
        person=person,
        community=community,
        title=payload.title,
        body=payload.body,
        language=payload.language,
        topics=_topics(payload.topics),
        country_context=payload.country_context.upper(),
    )
    return Status(201, _detail(request, question.pk))


def _help_desk_community(request: HttpRequest, filters: HelpDeskFilters) -> "Community | None":
    if not filters.community:
        return None
    community = access_community(viewer=request.user, slug=filters.community)
    require(
        request.user,
        permissions.can_view_conversations(request.user, community),
        reason=permissions.VIEW_CONVERSATIONS_REASON,
    )
    return community


@router.get(
    "/questions/unanswered", response={200: list[QuestionOut], **error_responses(403, 404, 422)}
)
@paginate(Pagination)
def question_unanswered(
    request: HttpRequest, filters: Query[HelpDeskFilters]
) -> QuerySet[Question]:
    """Open questions still waiting for a first answer, the longest waiting first."""
    community = _help_desk_community(request, filters)
    return selectors.unanswered_list(viewer=request.user, community=community)


@router.get(
    "/questions/figures", response={200: AnswerFiguresOut, **error_responses(403, 404, 422)}
)
def question_figures(request: HttpRequest, filters: Query[HelpDeskFilters]) -> AnswerFiguresOut:
    """Share answered, share answered within 72 hours and the median time to a first answer,
    over the questions asked in the last 365 days that one may see."""
    community = _help_desk_community(request, filters)
    figures = selectors.answer_figures(viewer=request.user, community=community)
    return AnswerFiguresOut(
        community=community.slug if community else None,
        since=figures.since,
        until=figures.until,
        asked=figures.asked,
        answered=figures.answered,
        answered_quickly=figures.answered_quickly,
        share_answered=figures.share_answered,
        share_answered_quickly=figures.share_answered_quickly,
        median_hours=figures.median_hours,
    )


@router.get(
    "/questions/{question_id}", response={200: QuestionDetailOut, **error_responses(404, 422)}
)
def question_get(request: HttpRequest, question_id: PathId) -> Question:
    return _detail(request, question_id)


@router.patch(
    "/questions/{question_id}",
    response={200: QuestionDetailOut, **error_responses(403, 404, 413, 422)},
)
def question_update(
    request: HttpRequest, question_id: PathId, payload: QuestionUpdateIn
) -> Question:
    """Authors edit the text; moderators may also lock or hide (and show again)."""
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    actor = signed_in_person(request)
    changes = payload.model_dump(exclude_unset=True)
    moderation = {name: changes.pop(name) for name in ("locked", "hidden") if name in changes}
    if not changes and not moderation:
        require(
            actor,
            permissions.can_edit_post(actor, question, question.community),
            reason=permissions.EDIT_POST_REASON,
        )
    if changes:
        # Refused before the topics named are looked up, as the service would refuse after.
        require(
            actor,
            permissions.can_edit_post(actor, question, question.community),
            reason=permissions.EDIT_POST_REASON,
        )
        services.question_edit(
            actor=actor,
            question=question,
            title=changes.get("title") or question.title,
            body=changes.get("body") or question.body,
            topics=_topics(changes["topics"]) if changes.get("topics") is not None else None,
            language=changes.get("language"),
            country_context=(changes["country_context"] or "").upper()
            if "country_context" in changes
            else None,
        )
    if moderation:
        services.question_moderate(actor=actor, question=question, **moderation)
    return _detail(request, question_id)


@router.get(
    "/questions/{question_id}/answers",
    response={200: list[AnswerOut], **error_responses(404, 422)},
)
@paginate(Pagination)
def answer_list(request: HttpRequest, question_id: PathId) -> QuerySet[Answer]:
    """The answers, the accepted one first, then the most helpful, then the oldest."""
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    return selectors.answer_list(viewer=request.user, question=question)


@router.post(
    "/questions/{question_id}/answers",
    response={201: AnswerOut, **error_responses(403, 404, 413, 422)},
)
def answer_create(
    request: HttpRequest, question_id: PathId, payload: AnswerCreateIn
) -> Status[Answer]:
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    answer = services.answer_post(
        person=signed_in_person(request),
        question=question,
        body=payload.body,
        language=payload.language,
    )
    answer.question = selectors.access_question(viewer=request.user, question_id=question_id)
    return Status(201, selectors.answer_with_counts(viewer=request.user, answer=answer))


@router.post(
    "/answers/{answer_id}/accept",
    response={200: QuestionDetailOut, **error_responses(403, 404, 422)},
)
def answer_accept(request: HttpRequest, answer_id: PathId) -> Question:
    """The asker or a convener accepts the answer; accepting another one moves the mark."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    services.answer_accept(actor=signed_in_person(request), answer=answer)
    return _detail(request, answer.question_id)


def _helpful_state(request: HttpRequest, answer: Answer) -> HelpfulOut:
    counted: Any = selectors.answer_with_counts(viewer=request.user, answer=answer)
    return HelpfulOut(
        answer=answer.pk, helpful_count=counted.helpful_count, helpful=counted.viewer_marked
    )


@router.post(
    "/answers/{answer_id}/helpful", response={200: HelpfulOut, **error_responses(403, 404, 422)}
)
def answer_helpful_mark(request: HttpRequest, answer_id: PathId) -> HelpfulOut:
    """Mark the answer helpful; marking again changes nothing."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    services.helpful_mark(person=signed_in_person(request), answer=answer)
    return _helpful_state(request, answer)


@router.delete(
    "/answers/{answer_id}/helpful", response={200: HelpfulOut, **error_responses(403, 404, 422)}
)
def answer_helpful_unmark(request: HttpRequest, answer_id: PathId) -> HelpfulOut:
    """Withdraw one's helpful mark; withdrawing when there is none changes nothing."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    services.helpful_unmark(person=signed_in_person(request), answer=answer)
    return _helpful_state(request, answer)


@router.get(
    "/questions/{question_id}/experts",
    response={200: list[ExpertSuggestionOut], **error_responses(403, 404, 422)},
)
def question_experts(request: HttpRequest, question_id: PathId) -> list[ExpertSuggestion]:
    """People who could answer, best first, with the reasons; for the asker and moderators."""
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    return experts_suggest(question=question, viewer=request.user)


@router.patch(
    "/answers/{answer_id}", response={200: AnswerOut, **error_responses(403, 404, 413, 422)}
)
def answer_update(request: HttpRequest, answer_id: PathId, payload: AnswerUpdateIn) -> Answer:
    """The author, a co-author or a moderator rewords the answer; the earlier text is kept."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    actor = signed_in_person(request)
    if payload.body is None:
        require(
            actor,
            permissions.can_edit_post(actor, answer, answer.question.community),
            reason=permissions.EDIT_POST_REASON,
        )
    else:
        services.answer_edit(actor=actor, answer=answer, body=payload.body)
    return selectors.answer_with_counts(viewer=request.user, answer=answer)


def _person(person_id: int, message: str) -> Any:
    """The person an invitation names; one who does not exist is invalid input, as on the page."""
    person = get_user_model().objects.filter(pk=person_id).first()
    if person is None:
        raise ValidationError({"person": message})
    return person


@router.post(
    "/answers/{answer_id}/coauthors",
    response={200: AnswerOut, **error_responses(403, 404, 413, 422)},
)
def answer_coauthor_invite(
    request: HttpRequest, answer_id: PathId, payload: CoauthorInviteIn
) -> Answer:
    """The answer's author makes it a joint response with someone who may answer the question:
    they are credited with it and may edit it. Inviting a co-author again changes nothing."""
    answer = selectors.access_answer(viewer=request.user, answer_id=answer_id)
    actor = signed_in_person(request)
    # Refused before the person named is looked up, as the service would refuse after.
    require(
        actor,
        permissions.can_invite_coauthors(actor, answer),
        reason=permissions.INVITE_COAUTHORS_REASON,
    )
    person = _person(payload.person, _("Choose a person who may answer this question."))
    services.coauthor_invite(actor=actor, answer=answer, person=person)
    return selectors.answer_with_counts(viewer=request.user, answer=answer)


@router.post(
    "/questions/{question_id}/expert-invitations",
    response={200: ExpertInvitationOut, **error_responses(403, 404, 413, 422)},
)
def expert_invite(
    request: HttpRequest, question_id: PathId, payload: ExpertInviteIn
) -> ExpertInvitation:
    """The asker (or a moderator) asks someone to answer, e.g. one of the suggested experts
    (GET …/experts); they are told. Inviting the same person again changes nothing."""
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    actor = signed_in_person(request)
    require(
        actor,
        permissions.can_invite_experts(actor, question),
        reason=permissions.INVITE_EXPERTS_REASON,
    )
    person = _person(payload.person, _("Choose a person to invite."))
    return services.expert_invite(actor=actor, question=question, person=person)
