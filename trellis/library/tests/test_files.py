"""Uploads are judged by their content against the allow-list, never by their name."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from trellis.library.files import upload_check
from trellis.library.tests import samples


@pytest.mark.parametrize(
    ("name", "content", "extension", "content_type"),
    [
        ("a.pdf", samples.PDF_BYTES, ".pdf", "application/pdf"),
        ("a.docx", samples.docx_bytes(), ".docx", "wordprocessingml.document"),
        ("a.xlsx", samples.xlsx_bytes(), ".xlsx", "spreadsheetml.sheet"),
        ("a.pptx", samples.pptx_bytes(), ".pptx", "presentationml.presentation"),
        ("a.odt", samples.odt_bytes(), ".odt", "opendocument.text"),
        ("a.png", samples.image_bytes("PNG"), ".png", "image/png"),
        ("a.jpg", samples.image_bytes("JPEG"), ".jpg", "image/jpeg"),
        ("a.gif", samples.image_bytes("GIF"), ".gif", "image/gif"),
        ("a.webp", samples.image_bytes("WEBP"), ".webp", "image/webp"),
        ("notes.txt", "Бюджетное планирование\n".encode(), ".txt", "text/plain; charset=utf-8"),
        ("data.csv", b"year,budget\n2024,10\n2025,12\n", ".csv", "text/csv; charset=utf-8"),
        ("old.txt", "Бюджет".encode("cp1251"), ".txt", "charset=windows-1251"),
        # The name does not decide: a PDF called .png is stored as the PDF it is.
        ("picture.png", samples.PDF_BYTES, ".pdf", "application/pdf"),
    ],
)
def test_each_accepted_type_is_recognised_by_its_content(
    name: str, content: bytes, extension: str, content_type: str
) -> None:
    checked = upload_check(samples.upload(name, content))
    assert checked.extension == extension
    assert content_type in checked.content_type
    assert checked.size == len(content)
    assert len(checked.sha256) == 64


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", samples.ELF_BYTES),
        ("report.pdf", samples.PE_BYTES),
        ("photo.png", samples.HTML_BYTES),
        ("logo.svg", samples.SVG_BYTES),
        ("archive.zip", samples.plain_zip_bytes()),
        ("notes.txt", b"#!/bin/sh\nrm -rf /\n"),
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 10),
    ],
)
def test_disguised_and_unknown_files_are_refused_naming_what_is_accepted(
    name: str, content: bytes
) -> None:
    with pytest.raises(ValidationError) as refused:
        upload_check(samples.upload(name, content))
    message = refused.value.messages[0]
    assert "not accepted" in message
    assert "PDF, Word, Excel, PowerPoint, OpenDocument" in message


@override_settings(LIBRARY_MAX_UPLOAD_BYTES=2 * 1024 * 1024)
def test_a_file_over_the_limit_is_refused_with_the_limit_in_megabytes() -> None:
    big = samples.PDF_BYTES + b"0" * (2 * 1024 * 1024)
    with pytest.raises(ValidationError) as refused:
        upload_check(samples.upload("big.pdf", big))
    assert refused.value.messages == ["The file is too large: the limit is 2 MB."]


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(ValidationError):
        upload_check(samples.upload("empty.txt", b""))


def _ole2(stream_name: str) -> bytes:
    """An OLE2 compound file's header and a directory entry naming one stream."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return header + stream_name.encode("utf-16-le") + b"\x00" * 512


def test_legacy_office_files_are_told_apart_by_their_streams() -> None:
    assert upload_check(samples.upload("a.doc", _ole2("WordDocument"))).extension == ".doc"
    assert upload_check(samples.upload("a.xls", _ole2("Workbook"))).extension == ".xls"
    # An installer is an OLE2 file too, without any Office document's stream.
    with pytest.raises(ValidationError):
        upload_check(samples.upload("setup.doc", _ole2("MsiSummaryInformation")))
