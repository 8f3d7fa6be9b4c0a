"""The library list and a document's page."""

from typing import Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import URLPattern, path
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from django_countries import countries

from trellis.accounts.models import ExpertiseTopic
from trellis.communities.models import Community, Visibility
from trellis.communities.permissions import is_network_admin, visible_community_ids
from trellis.core.languages import LANGUAGE_CHOICES
from trellis.core.pagination import paginate
from trellis.library.forms import ReviewForm, TranslationLinkForm, VersionForm
from trellis.library.models import DocumentKind, DocumentStatus, ExtractionState
from trellis.library.permissions import (
    can_edit_document,
    can_review_document,
    can_share_document,
)
from trellis.library.selectors import (
    access_document,
    document_list,
    document_translations,
    document_versions,
)
from trellis.library.selectors.collections import community_essentials, document_collection_list


def library_communities(viewer: Any) -> Any:
    """The communities whose documents the viewer may look through."""
    if is_network_admin(viewer):
        return Community.objects.order_by("code")
    return Community.objects.filter(
        Q(visibility=Visibility.PUBLIC) | Q(pk__in=visible_community_ids(viewer))
    ).order_by("code")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


@require_GET
def library(request: HttpRequest) -> HttpResponse:
    viewer = request.user
    communities = library_communities(viewer)
    community_id = _int(request.GET.get("community"))
    community = communities.filter(pk=community_id).first() if community_id else None
    kinds = dict(DocumentKind.choices)
    languages = dict(LANGUAGE_CHOICES)
    kind = request.GET.get("kind") if request.GET.get("kind") in kinds else None
    language = request.GET.get("language") if request.GET.get("language") in languages else None
    country = request.GET.get("country", "").upper()
    country = country if country in dict(countries) else ""
    topic = _int(request.GET.get("topic"))
    documents = document_list(
        viewer=viewer,
        community=community,
        kind=kind,
        language=language,
        topic=topic,
        country=country or None,
    )
    return render(
        request,
        "library/list.html",
        {
            "page": paginate(request, documents),
            "communities": communities,
            "kinds": DocumentKind.choices,
            "languages": LANGUAGE_CHOICES,
            "topics": ExpertiseTopic.objects.order_by("slug"),
            "countries": list(countries),
            "chosen": {
                "community": community.pk if community else None,
                "kind": kind,
                "language": language,
                "topic": topic,
                "country": country,
            },
            "filtered": bool(community or kind or language or topic or country),
            # A community's essentials: what to read first there.
            "essentials": (
                community_essentials(viewer=viewer, community=community) if community else []
            ),
            "can_share": can_share_document(viewer, None),
        },
    )


@require_GET
def document_detail(request: HttpRequest, document_id: int) -> HttpResponse:
    viewer = request.user
    document = access_document(viewer=viewer, document_id=document_id)
    translations = document_translations(viewer=viewer, document=document)
    reader_language = (get_language() or "").split("-")[0]
    in_my_language = next((t for t in translations if t.language == reader_language), None)
    if document.language == reader_language:
        in_my_language = None
    can_edit = can_edit_document(viewer, document)
    return render(
        request,
        "library/detail.html",
        {
            "document": document,
            "versions": document_versions(document=document),
            "translations": translations,
            "collections": document_collection_list(viewer=viewer, document=document),
            "in_my_language": in_my_language,
            "can_edit": can_edit,
            "can_submit": can_edit and document.status == DocumentStatus.DRAFT,
            "can_review": can_review_document(viewer, document)
            and document.status == DocumentStatus.IN_REVIEW,
            "version_form": VersionForm(),
            "translation_form": TranslationLinkForm(),
            "review_form": ReviewForm(),
            "statuses": DocumentStatus,
            # A link has no text of its own to read, as an image has none.
            "text_state": document.current_version.extraction_state
            if document.current_version
            else ExtractionState.NONE,
            "text_states": ExtractionState,
        },
    )


urlpatterns: list[URLPattern] = [
    path("", library, name="document_list"),
    path("documents/<int:document_id>/", document_detail, name="document_detail"),
]
