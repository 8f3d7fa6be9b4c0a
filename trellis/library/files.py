"""What an upload really is: decided by its content against an allow-list, never by its name.

`upload_check` reads the file once in chunks (size, SHA-256, the signs of each type), then looks
closer at the candidates a header points to (the parts of a ZIP, an image through Pillow). The
stored extension and content type come from the type found; anything else is refused with a
message naming what is accepted.
"""

import codecs
import hashlib
import zipfile
from dataclasses import dataclass
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

CHUNK = 64 * 1024
HEAD = 8 * 1024


@dataclass(frozen=True)
class FileType:
    extension: str
    content_type: str
    is_image: bool = False


PDF = FileType(".pdf", "application/pdf")
DOCX = FileType(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = FileType(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
PPTX = FileType(
    ".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"
)
ODT = FileType(".odt", "application/vnd.oasis.opendocument.text")
ODS = FileType(".ods", "application/vnd.oasis.opendocument.spreadsheet")
ODP = FileType(".odp", "application/vnd.oasis.opendocument.presentation")
DOC = FileType(".doc", "application/msword")
XLS = FileType(".xls", "application/vnd.ms-excel")
PPT = FileType(".ppt", "application/vnd.ms-powerpoint")
PNG = FileType(".png", "image/png", is_image=True)
JPEG = FileType(".jpg", "image/jpeg", is_image=True)
GIF = FileType(".gif", "image/gif", is_image=True)
WEBP = FileType(".webp", "image/webp", is_image=True)

IMAGE_CONTENT_TYPES = frozenset(t.content_type for t in (PNG, JPEG, GIF, WEBP))

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream each legacy Office program writes, as the OLE2 directory spells it (UTF-16LE).
_OLE2_STREAMS = {
    DOC: "WordDocument".encode("utf-16-le"),
    XLS: "Workbook".encode("utf-16-le"),
    PPT: "PowerPoint Document".encode("utf-16-le"),
}
_ODF = {
    "application/vnd.oasis.opendocument.text": ODT,
    "application/vnd.oasis.opendocument.spreadsheet": ODS,
    "application/vnd.oasis.opendocument.presentation": ODP,
}
_OOXML = (
    ("word/document.xml", "wordprocessingml.document.main+xml", DOCX),
    ("xl/workbook.xml", "spreadsheetml.sheet.main+xml", XLSX),
    ("ppt/presentation.xml", "presentationml.presentation.main+xml", PPTX),
)
# Text that a browser or a shell would run or render rather than show.
_MARKUP_SIGNS = ("<script", "<html", "<svg", "<?php", "<!doctype", "<?xml", "<iframe", "<body")


@dataclass(frozen=True)
class CheckedUpload:
    """An upload that passed: what it is, how big, its digest."""

    type: FileType
    size: int
    sha256: str

    @property
    def extension(self) -> str:
        return self.type.extension

    @property
    def content_type(self) -> str:
        return self.type.content_type


def accepted_types_sentence() -> str:
    return _(
        "Accepted files: PDF, Word, Excel, PowerPoint, OpenDocument, plain text, CSV and "
        "images (PNG, JPEG, GIF, WebP)."
    )


def _refuse() -> ValidationError:
    return ValidationError(
        _("This kind of file is not accepted.") + " " + accepted_types_sentence(),
        code="file_type",
    )


def upload_limit_megabytes() -> int:
    return max(1, round(settings.LIBRARY_MAX_UPLOAD_BYTES / (1024 * 1024)))


def _too_large() -> ValidationError:
    return ValidationError(
        _("The file is too large: the limit is %(limit)s MB.")
        % {"limit": upload_limit_megabytes()},
        code="file_size",
    )


class _Reading:
    """What one pass over the bytes learns."""

    def __init__(self) -> None:
        self.size = 0
        self.digest = hashlib.sha256()
        self.head = b""
        self.has_nul = False
        self.utf8 = codecs.getincrementaldecoder("utf-8")()
        self.is_utf8 = True
        self.ole_streams: set[FileType] = set()
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        self.size += len(chunk)
        self.digest.update(chunk)
        if len(self.head) < HEAD:
            self.head += chunk[: HEAD - len(self.head)]
        if b"\x00" in chunk:
            self.has_nul = True
        if self.is_utf8 and not self.has_nul:
            try:
                self.utf8.decode(chunk)
            except UnicodeDecodeError:
                self.is_utf8 = False
        if self.head.startswith(_OLE2):
            # Keep the end of the previous chunk so a name split across two is still found.
            window = self._tail + chunk
            for file_type, name in _OLE2_STREAMS.items():
                if name in window:
                    self.ole_streams.add(file_type)
            self._tail = chunk[-64:]

    def finish(self) -> None:
        if self.is_utf8 and not self.has_nul:
            try:
                self.utf8.decode(b"", final=True)
            except UnicodeDecodeError:
                self.is_utf8 = False


def _read(file: IO[bytes]) -> _Reading:
    limit = settings.LIBRARY_MAX_UPLOAD_BYTES
    declared = getattr(file, "size", None)
    if isinstance(declared, int) and declared > limit:
        raise _too_large()
    file.seek(0)
    reading = _Reading()
    while chunk := file.read(CHUNK):
        reading.feed(chunk)
        if reading.size > limit:
            raise _too_large()
    reading.finish()
    return reading


def _zip_type(file: IO[bytes]) -> FileType | None:
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                declared = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                return _ODF.get(declared)
            if "[Content_Types].xml" not in names:
                return None
            if any(name.lower().endswith("vbaproject.bin") for name in names):
                return None  # macros: not a document to pass around
            content_types = archive.read("[Content_Types].xml")[:200_000].decode("utf-8", "ignore")
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        return None
    if "macroEnabled" in content_types:
        return None
    for part, main_type, file_type in _OOXML:
        if part in names and main_type in content_types:
            return file_type
    return None


def _image_type(file: IO[bytes], head: bytes) -> FileType | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        expected, file_type = "PNG", PNG
    elif head.startswith(b"\xff\xd8\xff"):
        expected, file_type = "JPEG", JPEG
    elif head[:6] in (b"GIF87a", b"GIF89a"):
        expected, file_type = "GIF", GIF
    elif head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        expected, file_type = "WEBP", WEBP
    else:
        return None
    from PIL import Image

    file.seek(0)
    try:
        with Image.open(file) as image:
            if image.format != expected:
                return None
            image.verify()
    except Exception:  # Pillow raises many kinds for a broken or hostile image
        return None
    return file_type


def _looks_like_markup(text: str) -> bool:
    start = text.lstrip("\ufeff \t\r\n").lower()
    if start.startswith(("<", "#!")):
        return True
    return any(sign in start for sign in _MARKUP_SIGNS)


def _text_type(reading: _Reading) -> FileType | None:
    if reading.has_nul or not reading.head:
        return None
    head = reading.head
    if reading.is_utf8:
        text = head.decode("utf-8", "ignore")
        charset = "utf-8"
    else:
        try:
            text = head.decode("cp1251")
        except UnicodeDecodeError:
            return None
        charset = "windows-1251"
    if _looks_like_markup(text) or any(ord(c) < 32 and c not in "\t\r\n\f" for c in text):
        return None
    kind, extension = ("text/csv", ".csv") if _is_csv(text) else ("text/plain", ".txt")
    return FileType(extension, f"{kind}; charset={charset}")


def _is_csv(text: str) -> bool:
    """Two or more lines that split alike into two or more fields on one delimiter."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if len(lines) > 1 and len(text) >= HEAD:
        lines = lines[:-1]  # the last line of the head may be cut short
    if len(lines) < 2:
        return False
    for delimiter in (",", ";", "\t"):
        counts = {line.count(delimiter) for line in lines}
        if len(counts) == 1 and counts.pop() >= 1:
            return True
    return False


def upload_check(file: IO[bytes]) -> CheckedUpload:
    """The upload's type, size and digest; ValidationError when its content is not accepted
    or it is larger than `LIBRARY_MAX_UPLOAD_BYTES`."""
    reading = _read(file)
    head = reading.head
    if not reading.size:
        raise ValidationError(_("The file is empty."), code="file_empty")
    file_type: FileType | None
    if head.startswith(b"%PDF-"):
        file_type = PDF
    elif head.startswith(b"PK\x03\x04"):
        file_type = _zip_type(file)
    elif head.startswith(_OLE2):
        found = reading.ole_streams
        file_type = next(iter(found)) if len(found) == 1 else None
    else:
        file_type = _image_type(file, head) or _text_type(reading)
    file.seek(0)
    if file_type is None:
        raise _refuse()
    return CheckedUpload(type=file_type, size=reading.size, sha256=reading.digest.hexdigest())
