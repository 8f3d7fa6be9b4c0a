"""The library: documents (knowledge products), their versions and translations, collections."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from trellis.core.languages import LANGUAGE_CHOICES
from trellis.core.models import TimeStampedModel
from trellis.library.storage import library_storage


class DocumentKind(models.TextChoices):
    CASE_STUDY = "case_study", _("Case study")
    GUIDE = "guide", _("Guide")
    TOOL = "tool", _("Tool or template")
    PRESENTATION = "presentation", _("Presentation")
    REPORT = "report", _("Report")
    RECORDING = "recording", _("Recording")
    GOOD_PRACTICE = "good_practice", _("Good-practice example")
    READING = "reading", _("Reading")


class DocumentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")


class Document(TimeStampedModel):
    """A knowledge product: one file (in versions) or one link, in one language.

    Translations of one product share `translation_group`; at most one per language."""

    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    topics = models.ManyToManyField(
        "accounts.ExpertiseTopic", verbose_name=_("topics"), blank=True, related_name="documents"
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    community = models.ForeignKey(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="documents",
        null=True,
        blank=True,
        help_text=_("Leave empty to share with the whole network."),
    )
    activity = models.ForeignKey(
        "activities.Activity",
        verbose_name=_("activity it came from"),
        on_delete=models.SET_NULL,
        related_name="documents",
        null=True,
        blank=True,
    )
    agenda_item = models.ForeignKey(
        "communities.AgendaItem",
        verbose_name=_("learning-agenda item it came from"),
        on_delete=models.SET_NULL,
        related_name="documents",
        null=True,
        blank=True,
    )
    date = models.DateField(_("date"), null=True, blank=True)
    link = models.URLField(
        _("link"), max_length=500, blank=True, help_text=_("For a document kept elsewhere.")
    )
    status = models.CharField(
        _("status"), max_length=12, choices=DocumentStatus.choices, default=DocumentStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("shared by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    review_note = models.TextField(
        _("reviewer's note"), blank=True, help_text=_("Why it was sent back, or what to know.")
    )
    translation_group = models.UUIDField(_("translation group"), default=uuid.uuid4)
    current_version = models.OneToOneField(
        "DocumentVersion",
        verbose_name=_("current version"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    anonymous_downloads = models.PositiveIntegerField(_("anonymous downloads"), default=0)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["translation_group"], name="document_translations"),
            models.Index(fields=["community", "status"], name="document_community_status"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["translation_group", "language"],
                name="document_one_translation_per_language",
                violation_error_message=_("This document already has a version in that language."),
            ),
        ]

    def __str__(self) -> str:
        return self.title


class DocumentAuthor(models.Model):
    """An author of a document: a member, or an outsider named by text."""

    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, related_name="authors"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="authored_documents",
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(person__isnull=False) | ~models.Q(name=""),
                name="document_author_named",
                violation_error_message=_("An author is a member or has a name."),
            )
        ]

    def __str__(self) -> str:
        return self.name or str(self.person)


class ExtractionState(models.TextChoices):
    PENDING = "pending", _("Waiting to be read")
    DONE = "done", _("Text read")
    FAILED = "failed", _("The text could not be read")
    NONE = "none", _("No text to read")


def version_path(instance: "DocumentVersion", filename: str) -> str:
    # The stored name never comes from the uploader: only the checked extension does.
    return f"documents/{instance.document_id}/{uuid.uuid4().hex}{instance.extension}"


class DocumentVersion(models.Model):
    """One uploaded file of a document; the newest is the document's current version."""

    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField(_("version"))
    file = models.FileField(_("file"), upload_to=version_path, storage=library_storage)
    original_name = models.CharField(_("file name"), max_length=255)
    extension = models.CharField(_("extension"), max_length=10)
    content_type = models.CharField(_("content type"), max_length=120)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    extracted_text = models.TextField(_("extracted text"), blank=True)
    extraction_state = models.CharField(
        _("text extraction"),
        max_length=8,
        choices=ExtractionState.choices,
        default=ExtractionState.PENDING,
    )
    extraction_error = models.CharField(
        _("why the text could not be read"), max_length=300, blank=True
    )

    class Meta:
        verbose_name = _("version")
        verbose_name_plural = _("versions")
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "number"],
                name="document_version_number_unique",
                violation_error_message=_("This version number is taken."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.document} v{self.number}"


class CollectionKind(models.TextChoices):
    READING_PACK = "reading_pack", _("Reading-group pack")
    ACTIVITY_MATERIALS = "activity_materials", _("Materials of an activity")
    ESSENTIALS = "essentials", _("Community essentials")
    OTHER = "other", _("Other collection")


class Collection(TimeStampedModel):
    """An ordered set of documents gathered for a purpose."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=CollectionKind.choices, default=CollectionKind.OTHER
    )
    community = models.ForeignKey(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="collections",
        null=True,
        blank=True,
    )
    activity = models.ForeignKey(
        "activities.Activity",
        verbose_name=_("activity"),
        on_delete=models.SET_NULL,
        related_name="collections",
        null=True,
        blank=True,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("made by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    documents = models.ManyToManyField(
        Document, verbose_name=_("documents"), through="CollectionItem", related_name="collections"
    )

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title


class CollectionItem(models.Model):
    collection = models.ForeignKey(
        Collection, verbose_name=_("collection"), on_delete=models.CASCADE, related_name="items"
    )
    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("collection item")
        verbose_name_plural = _("collection items")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["collection", "document"],
                name="collection_document_once",
                violation_error_message=_("This document is already in the collection."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.collection} #{self.position}"
