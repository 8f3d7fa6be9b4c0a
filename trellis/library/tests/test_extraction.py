"""Reading text out of uploaded files: every accepted format, and every way a file can be bad."""

import io
import zipfile

import pypdf
import pytest
from django.utils import translation

from trellis.library import extraction
from trellis.library.extraction import (
    BrokenFileError,
    EncryptedFileError,
    UnsafeFileError,
    UnsupportedFormatError,
    extract_text,
    has_readable_text,
)
from trellis.library.sample_files import sample_pdf
from trellis.library.tests.tiny_files import (
    docx_bytes,
    odf_bytes,
    pdf_bytes,
    pptx_bytes,
    xlsx_bytes,
    zip_bytes,
)


def read(data: bytes, extension: str) -> str:
    return extract_text(path_or_file=io.BytesIO(data), extension=extension)


def test_a_hand_written_pdf_gives_its_words_page_by_page():
    text = read(pdf_bytes("Budget audits (2024)", "Second page"), "pdf")
    assert "Budget audits (2024)" in text
    assert "Second page" in text


def test_a_russian_pdf_with_an_embedded_font_gives_its_cyrillic_words():
    data = sample_pdf(title="Бюджетное планирование", paragraphs=["Аудит расходов, ёлка."])
    text = read(data, ".PDF")
    assert "Бюджетное планирование" in text
    assert "Аудит расходов, ёлка." in text


def test_a_pdf_is_read_from_a_path_too(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_bytes("Read from disk"))
    assert extract_text(path_or_file=path, extension="pdf") == "Read from disk"


def test_a_long_pdf_is_read_only_up_to_the_page_cap(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PDF_PAGES", 2)
    text = read(pdf_bytes("alpha", "beta", "gamma"), "pdf")
    assert "alpha" in text and "beta" in text
    assert "gamma" not in text


def test_a_password_protected_pdf_is_refused_as_encrypted():
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_bytes("Secret plan"))))
    writer.encrypt(user_password="open sesame", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(EncryptedFileError):
        read(buffer.getvalue(), "pdf")


def test_a_pdf_locked_only_against_editing_is_still_read():
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_bytes("Open plan"))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert read(buffer.getvalue(), "pdf") == "Open plan"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\nthis is not a PDF at all",
        pdf_bytes("Cut short")[:60],
        b"",
        b"MZ\x90\x00 an executable renamed",
    ],
)
def test_a_broken_pdf_raises_a_clear_error_not_a_crash(data):
    with pytest.raises(BrokenFileError) as caught:
        read(data, "pdf")
    assert caught.value.reason == "The file is damaged or is not really in the format it claims."


def test_a_word_file_gives_its_paragraphs_and_its_table_cells():
    data = docx_bytes(
        ["Программный бюджет", "Performance budgeting"],
        table=[["Страна", "Country"], ["Армения", "Armenia"]],
    )
    text = read(data, "docx")
    assert text.splitlines()[:2] == ["Программный бюджет", "Performance budgeting"]
    assert "Страна\tCountry" in text
    assert "Армения\tArmenia" in text


def test_a_zip_pretending_to_be_a_word_file_is_broken():
    with pytest.raises(BrokenFileError):
        read(zip_bytes({"readme.txt": b"I am not a Word file"}), "docx")
    with pytest.raises(BrokenFileError):
        read(b"PK\x03\x04 truncated", "docx")


def test_an_old_office_file_is_kept_unread_with_advice():
    ole = extraction.OLE_MAGIC + b"\x00" * 512
    for extension, data in [("doc", ole), ("docx", ole), ("xls", b"anything")]:
        with pytest.raises(UnsupportedFormatError) as caught:
            read(data, extension)
        assert ".docx" in caught.value.reason


def test_a_presentation_gives_every_shape_table_and_the_notes():
    text = read(pptx_bytes("Казначейство", "Treasury reform", notes="Заметки докладчика"), "pptx")
    for words in ["Казначейство", "Treasury reform", "Text box", "Cell one", "Ячейка два"]:
        assert words in text
    assert "Заметки докладчика" in text


def test_a_spreadsheet_gives_its_sheet_names_and_cell_values():
    text = read(xlsx_bytes([["Статья", "Amount"], ["Образование", 1250.5], [None, "note"]]), "xlsx")
    assert "Бюджет" in text
    assert "Статья\tAmount" in text
    assert "Образование\t1250.5" in text
    assert "note" in text


def test_an_opendocument_file_gives_its_paragraphs_and_headings():
    text_ns = "text"
    body = (
        f"<office:text><{text_ns}:h>Заголовок</{text_ns}:h>"
        f"<{text_ns}:p>Medium-term<{text_ns}:s/>budget <{text_ns}:span>framework</{text_ns}:span>"
        f"</{text_ns}:p><{text_ns}:p>Среднесрочный бюджет</{text_ns}:p></office:text>"
    )
    assert read(odf_bytes(body), "odt").splitlines() == [
        "Заголовок",
        "Medium-term budget framework",
        "Среднесрочный бюджет",
    ]
    assert "Заголовок" in read(odf_bytes(body, mimetype="spreadsheet"), "ods")


def test_an_opendocument_file_with_a_dtd_is_refused_unread():
    prolog = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    with pytest.raises(UnsafeFileError):
        read(odf_bytes("<office:text><text:p>&e;</text:p></office:text>", prolog=prolog), "odt")


def test_an_opendocument_file_without_content_is_broken():
    with pytest.raises(BrokenFileError):
        read(zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}), "odt")
    with pytest.raises(BrokenFileError):
        read(zip_bytes({"content.xml": b"<unclosed"}), "odp")


def test_a_zip_that_unpacks_to_too_much_is_refused(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_UNPACKED_BYTES", 1000)
    data = zip_bytes({"content.xml": b"<a>" + b" " * 5000 + b"</a>"})
    with pytest.raises(UnsafeFileError):
        read(data, "odt")
    assert zipfile.is_zipfile(io.BytesIO(data))


def test_plain_text_is_read_as_utf8_or_else_windows_1251():
    assert read("\ufeffБюджет, budget\r\n".encode(), "txt") == "Бюджет, budget"
    assert read("Бюджет;Страна\nАрмения;1".encode("cp1251"), "csv") == "Бюджет;Страна\nАрмения;1"


def test_text_is_bounded_even_when_a_character_is_cut_in_half(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_TEXT_CHARS", 10)
    assert read(("Бюджет " * 50).encode(), "txt") == "Бюджет Бюд"
    assert len(read(docx_bytes(["Бюджет " * 50, "second"]), "docx")) <= 10


def test_nul_characters_are_dropped_so_any_database_can_store_the_text():
    assert read(b"budget\x00 plan", "txt") == "budget plan"


def test_files_without_text_are_recognised_before_reading():
    assert has_readable_text(".pdf") and has_readable_text("DOCX") and has_readable_text("doc")
    assert not has_readable_text(".png") and not has_readable_text("")
    with pytest.raises(UnsupportedFormatError):
        read(b"\x89PNG\r\n", "png")


def test_the_reason_is_translated_for_the_reader():
    error = BrokenFileError()
    with translation.override("ru"):
        assert error.message != error.reason
        assert error.message
