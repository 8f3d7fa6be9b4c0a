"""Sharing a document (a file or a link) and changing what is said about it."""

import datetime
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trellis.communities.models import AgendaItem, Community
from trellis.communities.services import audit_record
from trellis.core.permissions import require
from trellis.library.models import Document, DocumentAuthor
from trellis.library.permissions import (
    EDIT_DOCUMENT_REASON,
    SHARE_DOCUMENT_REASON,
    can_edit_document,
    can_share_document,
)
from trellis.library.services.versions import version_store
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record
from trellis.search.indexing import search_index_later

if TYPE_CHECKING:
    from trellis.accounts.models import ExpertiseTopic, User
    from trellis.activities.models import Activity


def _check_origin(
    *, community: Community | None, activity: "Activity | None", agenda_item: AgendaItem | None
) -> None:
    """An activity or agenda item named as the origin belongs to the document's community."""
    errors: dict[str, str] = {}
    if (
        activity is not None
        and community is not None
        and not activity.communities.filter(pk=community.pk).exists()
    ):
        errors["activity"] = _("Choose an activity of this community.")
    if agenda_item is not None and (community is None or agenda_item.community_id != community.pk):
        errors["agenda_item"] = _("Choose an item of this community's learning agenda.")
    if errors:
        raise ValidationError(errors)


def _authors_set(document: Document, members: Sequence["User"], names: Sequence[str]) -> None:
    document.authors.all().delete()
    rows: list[DocumentAuthor] = []
    seen: set[int] = set()
    for person in members:
        if person.pk not in seen:
            seen.add(person.pk)
            rows.append(DocumentAuthor(document=document, person=person, position=len(rows)))
    for name in names:
        if name.strip():
            rows.append(
                DocumentAuthor(document=document, name=name.strip()[:200], position=len(rows))
            )
    DocumentAuthor.objects.bulk_create(rows)


def document_create(
    *,
    actor: "User",
    title: str,
    kind: str,
    language: str,
    community: Community | None = None,
    file: IO[bytes] | None = None,
    link: str = "",
    note: str = "",
    description: str = "",
    topics: Sequence["ExpertiseTopic"] = (),
    countries: Sequence[str] = (),
    author_members: Sequence["User"] = (),
    author_names: Sequence[str] = (),
    activity: "Activity | None" = None,
    agenda_item: AgendaItem | None = None,
    date: datetime.date | None = None,
) -> Document:
    """Share a document by upload or by link (exactly one), as a draft of its sharer."""
    require(actor, can_share_document(actor, community), reason=SHARE_DOCUMENT_REASON)
    link = link.strip()
    if file is not None and link:
        raise ValidationError(_("Upload a file or give a link, not both."), code="file_and_link")
    if file is None and not link:
        raise ValidationError(_("Upload a file or give a link."), code="no_file_nor_link")
    _check_origin(community=community, activity=activity, agenda_item=agenda_item)
    document = Document(
        title=title.strip(),
        description=description.strip(),
        kind=kind,
        language=language,
        community=community,
        activity=activity,
        agenda_item=agenda_item,
        date=date,
        link=link,
        created_by=actor,
    )
    document.countries = list(countries)  # type: ignore[assignment]  # a multiple CountryField holds a list
    document.full_clean(exclude=["current_version"])
    with transaction.atomic():
        document.save()
        document.topics.set(topics)
        _authors_set(document, author_members, author_names)
        if file is not None:
            version_store(document=document, file=file, actor=actor, note=note)
        contribution_record(
            person=actor,
            kind=ContributionKind.DOCUMENT_SHARED,
            community=community,
            target=document,
        )
        search_index_later(kind="document", ids=[document.pk])
    return document


def document_update(
    *,
    actor: "User",
    document: Document,
    title: str | None = None,
    description: str | None = None,
    kind: str | None = None,
    language: str | None = None,
    date: datetime.date | None = None,
    link: str | None = None,
    countries: Sequence[str] | None = None,
    topics: Sequence["ExpertiseTopic"] | None = None,
    author_members: Sequence["User"] | None = None,
    author_names: Sequence[str] | None = None,
    activity: "Activity | None" = None,
    agenda_item: AgendaItem | None = None,
) -> Document:
    """Change what is said about a document; None leaves a field as it is. A link stays a
    link and a file a file (new files come as versions)."""
    require(actor, can_edit_document(actor, document), reason=EDIT_DOCUMENT_REASON)
    wanted: dict[str, Any] = {
        "title": title.strip() if title is not None else None,
        "description": description.strip() if description is not None else None,
        "kind": kind,
        "language": language,
        "date": date,
        "link": link.strip() if link is not None else None,
        "countries": list(countries) if countries is not None else None,
        "activity": activity,
        "agenda_item": agenda_item,
    }
    if wanted["link"] is not None and bool(wanted["link"]) != bool(document.link):
        raise ValidationError({"link": _("A shared file cannot become a link, nor a link a file.")})
    changes = {
        field: value
        for field, value in wanted.items()
        if value is not None and getattr(document, field) != value
    }
    _check_origin(
        community=document.community,
        activity=changes.get("activity"),
        agenda_item=changes.get("agenda_item"),
    )
    for field, value in changes.items():
        setattr(document, field, value)
    document.full_clean(exclude=["current_version"])
    is_own = actor.pk == document.created_by_id or any(
        author.person_id == actor.pk for author in document.authors.all()
    )
    with transaction.atomic():
        document.save()
        changed = sorted(changes)
        if topics is not None:
            document.topics.set(topics)
            changed.append("topics")
        if author_members is not None or author_names is not None:
            current = list(document.authors.select_related("person"))
            _authors_set(
                document,
                author_members
                if author_members is not None
                else [a.person for a in current if a.person is not None],
                author_names
                if author_names is not None
                else [a.name for a in current if a.person is None],
            )
            changed.append("authors")
        if changed and not is_own:
            audit_record(
                actor=actor,
                community=document.community,
                action="document.updated",
                subject=document.title,
                document=document.pk,
                fields=changed,
            )
        search_index_later(kind="document", ids=[document.pk])
    return document
