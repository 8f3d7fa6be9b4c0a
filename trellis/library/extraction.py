"""Reading the text of uploaded files, so that search finds documents by what they say.

`extract_text` handles the formats the library accepts and search can use: PDF, Word, PowerPoint
and Excel (the Office Open XML formats), OpenDocument text, spreadsheets and presentations, plain
text and CSV. Uploads come from anyone, so every reader is bounded: at most `MAX_TEXT_CHARS` of
text, at most `MAX_PDF_PAGES` pages or `MAX_PDF_SECONDS` of reading, at most `MAX_UNPACKED_BYTES`
unpacked from a zip, no DTDs.
A file that cannot be read raises an `ExtractionError` (one subclass per kind of trouble) whose
`reason` is an English message marked for translation; the file itself stays in the library.
"""

from __future__ import annotations

import codecs
import io
import re
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

import docx
import openpyxl
import pptx
import pypdf
from django.utils.translation import gettext, gettext_noop
from docx.table import Table

MAX_TEXT_CHARS = 1_000_000
MAX_PDF_PAGES = 300
MAX_PDF_SECONDS = 60.0
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ODF_XML_BYTES = 50 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

PathOrFile = str | Path | IO[bytes]


class ExtractionError(Exception):
    """The text of a file could not be read. `reason` is the English message (a msgid, safe to
    store); `message` is its translation into the active language."""

    default_reason = gettext_noop("The text of this file could not be read.")

    def __init__(self, reason: str | None = None) -> None:
        self.reason = reason or self.default_reason
        super().__init__(self.reason)

    @property
    def message(self) -> str:
        return gettext(self.reason)


class BrokenFileError(ExtractionError):
    default_reason = gettext_noop("The file is damaged or is not really in the format it claims.")


class EncryptedFileError(ExtractionError):
    default_reason = gettext_noop("The file is protected by a password, so its text is not read.")


class UnsupportedFormatError(ExtractionError):
    default_reason = gettext_noop("The text of files of this kind is not read.")


class UnsafeFileError(ExtractionError):
    default_reason = gettext_noop("This file is built in a way that is unsafe to read.")


LEGACY_OFFICE_REASON = gettext_noop(
    "Old Microsoft Office files (.doc, .xls, .ppt) are kept, but their text is not read: "
    "save the file as .docx, .xlsx or .pptx to make it searchable."
)


class _TextBudget:
    """Collects pieces of text until the budget is spent."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.left = MAX_TEXT_CHARS

    @property
    def full(self) -> bool:
        return self.left <= 0

    def add(self, text: str | None) -> None:
        if not text or self.full:
            return
        piece = text[: self.left]
        self.pieces.append(piece)
        self.left -= len(piece) + 1

    def text(self) -> str:
        return _clean("\n".join(self.pieces))[:MAX_TEXT_CHARS]


_BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def _clean(text: str) -> str:
    # NUL is refused by PostgreSQL text columns; lone surrogates by any UTF-8 encoder.
    text = text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    text = _TRAILING_SPACE.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


@contextmanager
def _binary(path_or_file: PathOrFile) -> Iterator[IO[bytes]]:
    if isinstance(path_or_file, str | Path):
        with open(path_or_file, "rb") as opened:
            yield opened
        return
    handle: IO[bytes] = path_or_file
    if not handle.seekable():
        handle = io.BytesIO(handle.read())
    handle.seek(0)
    yield handle


def _reject_legacy_office(handle: IO[bytes]) -> None:
    head = handle.read(len(OLE_MAGIC))
    handle.seek(0)
    if head == OLE_MAGIC:
        raise UnsupportedFormatError(LEGACY_OFFICE_REASON)


def _check_zip(handle: IO[bytes]) -> zipfile.ZipFile:
    """Open a zip after checking it unpacks to a bounded size (a zip bomb is refused).

    Python's zipfile never returns more than an entry's declared size, so the declared sizes
    are a real bound."""
    _reject_legacy_office(handle)
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise BrokenFileError() from error
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
        raise UnsafeFileError(gettext_noop("The file unpacks to too much data to read safely."))
    return archive


def _checked_zip(handle: IO[bytes]) -> IO[bytes]:
    """The handle, rewound, once `_check_zip` has accepted it, for a parser that opens it itself."""
    _check_zip(handle)
    handle.seek(0)
    return handle


def _pdf_text(handle: IO[bytes]) -> str:
    reader = pypdf.PdfReader(handle)
    if reader.is_encrypted:
        # Many PDFs are "encrypted" only against editing, with an empty password to open them.
        try:
            opened = reader.decrypt("")
        except Exception as error:  # a missing cipher backend or a damaged encryption dictionary
            raise EncryptedFileError() from error
        if not opened:
            raise EncryptedFileError()
    budget = _TextBudget()
    # Some generators make pages that are slow to read: a long PDF is read as far as time allows.
    deadline = time.monotonic() + MAX_PDF_SECONDS
    for number, page in enumerate(reader.pages):
        if number >= MAX_PDF_PAGES or budget.full or time.monotonic() > deadline:
            break
        budget.add(page.extract_text())
    return budget.text()


def _docx_text(handle: IO[bytes]) -> str:
    document = docx.Document(_checked_zip(handle))
    budget = _TextBudget()

    def table_text(table: Table) -> None:
        for row in table.rows:
            seen: list[str] = []
            for cell in row.cells:  # a merged cell repeats in each column it spans
                if not seen or seen[-1] != cell.text:
                    seen.append(cell.text)
            budget.add("\t".join(seen))
            if budget.full:
                return

    for block in document.iter_inner_content():
        if budget.full:
            break
        if isinstance(block, Table):
            table_text(block)
        else:
            budget.add(block.text)
    return budget.text()


def _shape_texts(shapes: Iterable[Any]) -> Iterator[str]:
    for shape in shapes:
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            yield shape.text_frame.text
        if getattr(shape, "has_table", False) and shape.has_table:
            for row in shape.table.rows:
                yield "\t".join(cell.text for cell in row.cells)
        if hasattr(shape, "shapes"):  # a group
            yield from _shape_texts(shape.shapes)


def _pptx_text(handle: IO[bytes]) -> str:
    presentation = pptx.Presentation(_checked_zip(handle))
    budget = _TextBudget()
    for slide in presentation.slides:
        for text in _shape_texts(slide.shapes):
            budget.add(text)
        if slide.has_notes_slide:
            budget.add(slide.notes_slide.notes_text_frame.text)
        if budget.full:
            break
    return budget.text()


def _xlsx_text(handle: IO[bytes]) -> str:
    workbook = openpyxl.load_workbook(_checked_zip(handle), read_only=True, data_only=True)
    budget = _TextBudget()
    try:
        for sheet in workbook.worksheets:
            budget.add(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                budget.add("\t".join(str(value) for value in row if value not in (None, "")))
                if budget.full:
                    return budget.text()
    finally:
        workbook.close()
    return budget.text()


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_BLOCKS = {f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h"}
_ODF_SPACES = {f"{{{_ODF_TEXT}}}s", f"{{{_ODF_TEXT}}}tab", f"{{{_ODF_TEXT}}}line-break"}


def _odf_inline(element: ElementTree.Element) -> Iterator[str]:
    if element.tag in _ODF_SPACES:
        yield " "
    if element.text:
        yield element.text
    for child in element:
        yield from _odf_inline(child)
        if child.tail:
            yield child.tail


def _odf_blocks(element: ElementTree.Element) -> Iterator[str]:
    if element.tag in _ODF_BLOCKS:
        yield "".join(_odf_inline(element))
        return
    for child in element:
        yield from _odf_blocks(child)


def _odf_text(handle: IO[bytes]) -> str:
    archive = _check_zip(handle)
    try:
        with archive.open("content.xml") as content:
            xml = content.read(MAX_ODF_XML_BYTES + 1)
    except KeyError as error:
        raise BrokenFileError() from error
    if len(xml) > MAX_ODF_XML_BYTES:
        raise UnsafeFileError(gettext_noop("The file unpacks to too much data to read safely."))
    # A DTD could declare entities that expand without end or reach outside the file; OpenDocument
    # never needs one, so a file that has one is refused before parsing.
    if b"<!DOCTYPE" in xml.upper() or b"<!ENTITY" in xml.upper():
        raise UnsafeFileError()
    try:
        root = ElementTree.fromstring(xml)  # noqa: S314 - DTDs refused above, so no entities
    except ElementTree.ParseError as error:
        raise BrokenFileError() from error
    budget = _TextBudget()
    for block in _odf_blocks(root):
        budget.add(block)
        if budget.full:
            break
    return budget.text()


def _plain_text(handle: IO[bytes]) -> str:
    # Cyrillic takes two bytes in UTF-8: read enough bytes for the character budget.
    data = handle.read(MAX_TEXT_CHARS * 4 + 1)
    complete = len(data) <= MAX_TEXT_CHARS * 4
    try:
        # An incremental decoder tolerates a character cut in half at the end of what was read.
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=complete)
    except UnicodeDecodeError:
        text = data.decode("cp1251", errors="replace")
    return _clean(text[:MAX_TEXT_CHARS])


_READERS: dict[str, Callable[[IO[bytes]], str]] = {
    "pdf": _pdf_text,
    "docx": _docx_text,
    "pptx": _pptx_text,
    "xlsx": _xlsx_text,
    "odt": _odf_text,
    "ods": _odf_text,
    "odp": _odf_text,
    "txt": _plain_text,
    "csv": _plain_text,
}
LEGACY_OFFICE_EXTENSIONS = frozenset({"doc", "xls", "ppt"})


def _normalised(extension: str) -> str:
    return extension.lower().lstrip(".")


def has_readable_text(extension: str) -> bool:
    """Whether files with this extension have text worth reading (images and links do not)."""
    extension = _normalised(extension)
    return extension in _READERS or extension in LEGACY_OFFICE_EXTENSIONS


def extract_text(*, path_or_file: PathOrFile, extension: str) -> str:
    """The plain text of a file, at most `MAX_TEXT_CHARS` characters.

    `extension` is the one the upload check settled on from the content ("pdf" or ".pdf").
    Raises an `ExtractionError` for anything unreadable; never another exception."""
    extension = _normalised(extension)
    if extension in LEGACY_OFFICE_EXTENSIONS:
        raise UnsupportedFormatError(LEGACY_OFFICE_REASON)
    reader = _READERS.get(extension)
    if reader is None:
        raise UnsupportedFormatError()
    try:
        with _binary(path_or_file) as handle:
            return reader(handle)
    except ExtractionError:
        raise
    except OSError as error:
        raise BrokenFileError(gettext_noop("The file could not be opened.")) from error
    except Exception as error:
        # The parsers raise whatever the malformed structure trips over (KeyError, ValueError,
        # their own errors, RecursionError...): to the library, all of them mean "damaged".
        raise BrokenFileError() from error
