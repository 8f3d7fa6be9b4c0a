import factory
from factory.django import DjangoModelFactory

from trellis.library.models import Document, DocumentKind, DocumentStatus


class DocumentFactory(DjangoModelFactory):
    """A link document (no file to store), published unless told otherwise."""

    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Document {n}")
    kind = DocumentKind.GUIDE
    language = "en"
    link = "https://example.org/guide"
    status = DocumentStatus.PUBLISHED
