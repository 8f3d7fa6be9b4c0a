"""Writing the demo's library: documents with real files, versions, translations, collections.

As for conversations, the demo writes the rows the library's services would have written, with
the historical times, and the contribution-log entries the services record (sharing, and
contributing to a published document). Each file is a small real PDF or Word document made from
the document's text (`trellis.library.sample_files`), checked by the same content check as an
upload and read by the same text extraction, so the library's pages, downloads and search work
on the demo as on real uploads.
"""

import io
from datetime import UTC, date, datetime, time, timedelta

from django.core.files.base import ContentFile

from trellis.accounts.models import ExpertiseTopic, User
from trellis.activities.models import Activity
from trellis.communities.models import AgendaItem, Community, Membership, MembershipState
from trellis.demo.conversations.specs import FIXED
from trellis.demo.history import ContributionLog, historical_timestamps
from trellis.demo.library import CollectionSpec, DocumentSpec, collections_load, documents_load
from trellis.library.extraction import ExtractionError, extract_text
from trellis.library.files import upload_check
from trellis.library.models import (
    Collection,
    CollectionItem,
    Document,
    DocumentAuthor,
    DocumentStatus,
    DocumentVersion,
    ExtractionState,
)
from trellis.library.sample_files import sample_docx, sample_pdf
from trellis.participation.kinds import ContributionKind

_MAKERS = {"pdf": sample_pdf, "docx": sample_docx}


def library_create(
    *,
    anchor: date,
    users: dict[str, User],
    communities: dict[str, Community],
    agenda_items: dict[str, AgendaItem],
    activities: dict[str, Activity],
) -> tuple[int, int]:
    """Write the library; returns (documents, collections) written."""
    people = _People(users, communities)
    log = ContributionLog(communities)
    documents: dict[str, Document] = {}
    with historical_timestamps(Document, Collection):
        for spec in documents_load():
            documents[spec.key] = _document_create(
                spec, anchor, people, communities, agenda_items, activities, documents, log
            )
        collections = collections_load()
        for collection in collections:
            _collection_create(collection, anchor, people, communities, documents)
    log.write()
    return len(documents), len(collections)


class _People:
    """The demo accounts by their short names, and a member from a country by its code: the
    earliest active member of the community from that country (the first person of that
    country otherwise), so the same person is chosen on every load."""

    def __init__(self, users: dict[str, User], communities: dict[str, Community]) -> None:
        self.users = users
        self.communities = communities

    def resolve(self, selector: str, community: str | None) -> User | None:
        if selector in FIXED:
            return self.users[FIXED[selector]]
        if len(selector) != 2 or not selector.isupper():
            return None  # an outsider, named by text
        members = User.objects.filter(country=selector, is_active=True).exclude(
            email__endswith="@demo.trellis"
        )
        if community is not None:
            in_community = members.filter(
                pk__in=Membership.objects.filter(
                    community=self.communities[community], state=MembershipState.ACTIVE
                ).values("person")
            )
            found = in_community.order_by("pk").first()
            if found is not None:
                return found
        return members.order_by("pk").first()


def _moment(anchor: date, days_ago: int) -> datetime:
    return datetime.combine(anchor - timedelta(days=days_ago), time(10), tzinfo=UTC)


def _document_create(
    spec: DocumentSpec,
    anchor: date,
    people: _People,
    communities: dict[str, Community],
    agenda_items: dict[str, AgendaItem],
    activities: dict[str, Activity],
    documents: dict[str, Document],
    log: ContributionLog,
) -> Document:
    sharer = people.resolve(spec.by, spec.community)
    shared_at = _moment(anchor, spec.days_ago)
    first_at = _moment(anchor, max([spec.days_ago, *(v.days_ago for v in spec.versions)]))
    published = spec.status == DocumentStatus.PUBLISHED
    reviewer = people.resolve("convener@", spec.community) if spec.status != "draft" else None
    document = Document(
        title=spec.title,
        description=spec.description,
        kind=spec.kind,
        language=spec.language,
        community=communities[spec.community] if spec.community else None,
        activity=activities.get(spec.activity) if spec.activity else None,
        agenda_item=agenda_items.get(spec.agenda) if spec.agenda else None,
        date=shared_at.date(),
        link=spec.link,
        status=spec.status,
        created_by=sharer,
        reviewer=reviewer if published else None,
        published_at=shared_at + timedelta(days=2) if published else None,
        created_at=first_at,
        updated_at=shared_at,
    )
    if spec.translation_of:
        document.translation_group = documents[spec.translation_of].translation_group
    document.countries = list(spec.countries)  # type: ignore[assignment]  # a list, as the field holds
    document.save()
    document.topics.set(ExpertiseTopic.objects.filter(slug__in=spec.topics))
    _authors_create(document, spec, people)
    if spec.file:
        _versions_create(document, spec, anchor, sharer)
    if sharer is not None:
        log.add(sharer, ContributionKind.DOCUMENT_SHARED, spec.community, document, first_at)
    if published:
        for author in document.authors.exclude(person=None).select_related("person"):
            log.add(
                author.person,  # type: ignore[arg-type]  # excluded None above
                ContributionKind.DOCUMENT_PUBLISHED,
                spec.community,
                document,
                document.published_at,  # type: ignore[arg-type]  # set when published
            )
    return document


def _authors_create(document: Document, spec: DocumentSpec, people: _People) -> None:
    rows = []
    for position, author in enumerate(spec.authors):
        person = people.resolve(author, spec.community)
        rows.append(
            DocumentAuthor(
                document=document,
                person=person,
                name="" if person is not None else author,
                position=position,
            )
        )
    DocumentAuthor.objects.bulk_create(rows)


def _versions_create(
    document: Document, spec: DocumentSpec, anchor: date, sharer: User | None
) -> None:
    """Earlier versions carry the first paragraph only; the current one the whole text."""
    make = _MAKERS[spec.file]
    drafts = [(version.note, version.days_ago, spec.paragraphs[:1]) for version in spec.versions]
    drafts.append(("", spec.days_ago, spec.paragraphs))
    version = None
    for number, (note, days_ago, paragraphs) in enumerate(drafts, start=1):
        content = make(title=spec.title, paragraphs=paragraphs)
        checked = upload_check(io.BytesIO(content))
        try:
            text = extract_text(path_or_file=io.BytesIO(content), extension=checked.extension)
            state, error = ExtractionState.DONE, ""
        except ExtractionError as failure:
            text, state, error = "", ExtractionState.FAILED, str(failure)[:300]
        version = DocumentVersion(
            document=document,
            number=number,
            original_name=f"{spec.key}-v{number}{checked.extension}",
            extension=checked.extension,
            content_type=checked.content_type,
            size=checked.size,
            sha256=checked.sha256,
            note=note,
            uploaded_by=sharer,
            extracted_text=text,
            extraction_state=state,
            extraction_error=error,
        )
        version.file.save(f"upload{checked.extension}", ContentFile(content), save=False)
        version.save()
        # The upload time is historical: auto_now_add stamped now.
        DocumentVersion.objects.filter(pk=version.pk).update(uploaded_at=_moment(anchor, days_ago))
    document.current_version = version
    document.save(update_fields=["current_version"])


def _collection_create(
    spec: CollectionSpec,
    anchor: date,
    people: _People,
    communities: dict[str, Community],
    documents: dict[str, Document],
) -> None:
    when = _moment(anchor, 30)
    collection = Collection.objects.create(
        title=spec.title,
        description=spec.description,
        kind=spec.kind,
        community=communities[spec.community] if spec.community else None,
        created_by=people.resolve(spec.by, spec.community),
        created_at=when,
        updated_at=when,
    )
    CollectionItem.objects.bulk_create(
        CollectionItem(collection=collection, document=documents[key], position=position)
        for position, key in enumerate(spec.documents)
    )
