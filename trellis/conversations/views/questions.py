"""The help desk: questions of a community or the whole network, the unanswered queue and its
figures, asking, rewording and inviting experts to answer.

Answers and comments have their own modules; all post back to the question's page.
"""

from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from trellis.communities.selectors import access_community
from trellis.communities.views.community import _community_context
from trellis.communities.visits import records_community_visit
from trellis.conversations import permissions
from trellis.conversations.forms import ExpertInviteForm, QuestionEditForm, QuestionForm
from trellis.conversations.selectors import questions as selectors
from trellis.conversations.selectors.similar import question_similar_list
from trellis.conversations.services import questions as services
from trellis.conversations.views.question_page import interface_language, question_page
from trellis.core.forms import apply_validation_error
from trellis.core.pagination import paginate
from trellis.core.permissions import require, signed_in_person
from trellis.core.remembered_pages import remember_page
from trellis.search.ranking import search_query

if TYPE_CHECKING:
    from trellis.communities.models import Community

STATUSES = [("answered", gettext_lazy("Answered")), ("unanswered", gettext_lazy("Unanswered"))]


def _filters(request: HttpRequest) -> dict[str, str]:
    topic = (request.GET.get("topic") or "")[:80]
    language = (request.GET.get("language") or "")[:8]
    status = request.GET.get("status") or ""
    return {
        "q": search_query(request.GET.get("q")),
        "topic": topic,
        "language": language,
        "status": status if status in {"answered", "unanswered"} else "",
    }


def _list_page(request: HttpRequest, community: "Community | None") -> HttpResponse:
    filters = _filters(request)
    questions = selectors.question_list(
        viewer=request.user,
        community=community,
        topic=filters["topic"] or None,
        language=filters["language"] or None,
        status=filters["status"] or None,
        search=filters["q"],
    )
    topics = selectors.topic_list()
    context: dict[str, Any] = _community_context(request, community) if community else {}
    context.update(
        {
            "community": community,
            "page": paginate(request, questions),
            "filters": filters,
            "topics": topics,
            "followed_topic": next(
                (topic for topic in topics if filters["topic"] and topic.slug == filters["topic"]),
                None,
            ),
            "statuses": STATUSES,
            "can_ask": permissions.can_participate(request.user, community),
        }
    )
    return render(request, "conversations/questions/list.html", context)


@remember_page
def _question_list_remembered(request: HttpRequest) -> HttpResponse:
    return _list_page(request, None)


@require_GET
def question_list(request: HttpRequest) -> HttpResponse:
    """The network's help desk: network-wide questions and those of communities one may see.

    A search is not remembered: the index is updated after the write that bumps the page's
    generation, so a remembered result could miss what was just written."""
    if search_query(request.GET.get("q")):
        return _list_page(request, None)
    return _question_list_remembered(request)


def _visible_community(request: HttpRequest, slug: str) -> "Community":
    community = access_community(viewer=request.user, slug=slug)
    require(
        request.user,
        permissions.can_view_conversations(request.user, community),
        reason=permissions.VIEW_CONVERSATIONS_REASON,
    )
    return community


@records_community_visit
@require_GET
def community_question_list(request: HttpRequest, slug: str) -> HttpResponse:
    return _list_page(request, _visible_community(request, slug))


def _unanswered_page(request: HttpRequest, community: "Community | None") -> HttpResponse:
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


def _ask(request: HttpRequest, community: "Community | None", *, choose: bool) -> HttpResponse:
    person = signed_in_person(request)
    require(
        person,
        permissions.can_participate(person, community),
        reason=permissions.PARTICIPATE_REASON,
    )
    communities = selectors.askable_community_list(person=person) if choose else None
    form = QuestionForm(
        request.POST if request.method == "POST" else None,
        communities=communities,
        initial={"language": interface_language(), "community": community},
        similar_url=reverse("conversations:question_similar"),
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
    context.update(
        {"community": community, "form": form, "question": None, "suggests_similar": True}
    )
    return render(request, "conversations/questions/form.html", context)


@require_GET
def question_similar(request: HttpRequest) -> HttpResponse:
    """Up to five questions the person may see that look like the title they are typing, as
    a fragment of the ask page ("has this been asked before?")."""
    person = signed_in_person(request)
    title = search_query(request.GET.get("title"))
    similar = question_similar_list(viewer=person, title=title) if title else []
    return render(request, "conversations/questions/_similar.html", {"similar": similar})


@require_http_methods(["GET", "POST"])
def question_ask(request: HttpRequest) -> HttpResponse:
    """Ask the whole network, or one of one's communities."""
    return _ask(request, None, choose=True)


@require_http_methods(["GET", "POST"])
def community_question_ask(request: HttpRequest, slug: str) -> HttpResponse:
    return _ask(request, access_community(viewer=request.user, slug=slug), choose=False)


@require_GET
@remember_page
def question_detail(request: HttpRequest, question_id: int) -> HttpResponse:
    """The question, a page of its answers (accepted first, then the most helpful) and
    comments; `?answer=<id>` opens the page that answer is on (links to an answer use it)."""
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    return question_page(request, question, shown_answer=_shown_answer(request))


def _shown_answer(request: HttpRequest) -> int | None:
    """The answer `?answer=` names; None for anything that cannot be an answer's id."""
    value = request.GET.get("answer") or ""
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 18 else None


@require_http_methods(["GET", "POST"])
def question_edit(request: HttpRequest, question_id: int) -> HttpResponse:
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    require(
        request.user,
        permissions.can_edit_post(request.user, question, question.community),
        reason=permissions.EDIT_POST_REASON,
    )
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


@require_POST
def expert_invite(request: HttpRequest, question_id: int) -> HttpResponse:
    """The asker invites a suggested expert to answer."""
    question = selectors.access_question(viewer=request.user, question_id=question_id)
    actor = signed_in_person(request)
    require(
        actor,
        permissions.can_invite_experts(actor, question),
        reason=permissions.INVITE_EXPERTS_REASON,
    )
    form = ExpertInviteForm(request.POST)
    person = (
        selectors.expert_invitee_get(person_id=form.cleaned_data["person"])
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
    path("questions/similar/", question_similar, name="question_similar"),
    path("questions/<int:question_id>/", question_detail, name="question_detail"),
    path("questions/<int:question_id>/edit/", question_edit, name="question_edit"),
    path("questions/<int:question_id>/experts/", expert_invite, name="expert_invite"),
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
