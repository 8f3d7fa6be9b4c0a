"""Documents through the API: list, share (multipart upload or link), read, change.

A document one may not see is a 404, exactly as one that does not exist; the services check
who may share and change, as they do for the pages.
"""

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router
from ninja.files import UploadedFile
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.accounts.models import ExpertiseTopic
from trellis.accounts.selectors import expertise_list
from trellis.communities.selectors import access_community
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import signed_in_person
from trellis.library.api.schemas import (
    DocumentCreateIn,
    DocumentFilters,
    DocumentOut,
    DocumentUpdateIn,
)
from trellis.library.models import Document
from trellis.library.selectors import access_document, access_document_origin, document_list
from trellis.library.services import document_create, document_update

router = Router(tags=["library"])


def topics_by_slug(slugs: list[str]) -> list[ExpertiseTopic]:
    topics = list(expertise_list().filter(slug__in=slugs))
    if len(topics) != len(set(slugs)):
        raise ValidationError({"topics": _("Some of these topics are not known.")})
    return topics


@router.get("/documents", response={200: list[DocumentOut], **error_responses(404, 422)})
@paginate(Pagination)
def document_list_read(request: HttpRequest, filters: Query[DocumentFilters]) -> QuerySet[Document]:
    """Documents one may see, newest first: published ones where their community is visible,
    and drafts and documents in review to those who work on them."""
    community = (
        access_community(viewer=request.user, slug=filters.community) if filters.community else None
    )
    topic = None
    if filters.topic:
        topic_row = expertise_list().filter(slug=filters.topic).first()
        if topic_row is None:
            return Document.objects.none()
        topic = topic_row.pk
    return document_list(
        viewer=request.user,
        community=community,
        kind=filters.kind,
        language=filters.language,
        topic=topic,
        country=filters.country,
        status=filters.status,
    )


@router.post("/documents", response={201: DocumentOut, **error_responses(403, 404, 413, 422)})
def document_share(
    request: HttpRequest,
    payload: Form[DocumentCreateIn],
    file: UploadedFile | None = File(None),  # type: ignore[type-arg]  # noqa: B008 - ninja reads the marker
) -> Status[Document]:
    """Share a document as a draft: multipart form fields, with the file in `file`, or a `link`
    (exactly one). The file is checked by its content against the library's allow-list. The
    `activity` and `agenda_item` it came from must belong to its community."""
    actor = signed_in_person(request)
    community = (
        access_community(viewer=request.user, slug=payload.community) if payload.community else None
    )
    activity, agenda_item = access_document_origin(
        viewer=actor, activity_id=payload.activity, agenda_item_id=payload.agenda_item
    )
    document = document_create(
        actor=actor,
        title=payload.title,
        kind=payload.kind,
        language=payload.language,
        community=community,
        file=file,
        link=payload.link,
        note=payload.note,
        description=payload.description,
        topics=topics_by_slug(payload.topics),
        countries=payload.countries,
        author_names=payload.author_names,
        date=payload.date,
        activity=activity,
        agenda_item=agenda_item,
    )
    return Status(201, access_document(viewer=actor, document_id=document.pk))


@router.get("/documents/{document_id}", response={200: DocumentOut, **error_responses(404, 422)})
def document_read(request: HttpRequest, document_id: PathId) -> Document:
    return access_document(viewer=request.user, document_id=document_id)


@router.patch(
    "/documents/{document_id}", response={200: DocumentOut, **error_responses(403, 404, 422)}
)
def document_change(
    request: HttpRequest, document_id: PathId, payload: DocumentUpdateIn
) -> Document:
    """Change what is said about a document; fields left out stay as they are."""
    document = access_document(viewer=request.user, document_id=document_id)
    actor = signed_in_person(request)
    activity, agenda_item = access_document_origin(
        viewer=actor, activity_id=payload.activity, agenda_item_id=payload.agenda_item
    )
    document_update(
        actor=actor,
        document=document,
        title=payload.title,
        description=payload.description,
        kind=payload.kind,
        language=payload.language,
        date=payload.date,
        link=payload.link,
        countries=payload.countries,
        topics=topics_by_slug(payload.topics) if payload.topics is not None else None,
        author_names=payload.author_names,
        activity=activity,
        agenda_item=agenda_item,
    )
    return access_document(viewer=actor, document_id=document.pk)
