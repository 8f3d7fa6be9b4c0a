"""The demo's sample files are real: the library's own extraction reads their text back."""

import io

import pytest

from trellis.library.extraction import extract_text
from trellis.library.sample_files import sample_docx, sample_pdf

RUSSIAN = ("Бюджетное планирование", ["Среднесрочный бюджетный прогноз и аудит расходов."])
ENGLISH = ("Budget planning", ["A medium-term budget framework and audits of spending."])


@pytest.mark.parametrize(("title", "paragraphs"), [RUSSIAN, ENGLISH])
def test_a_sample_pdf_reads_back_as_its_title_and_paragraphs(title, paragraphs):
    data = sample_pdf(title=title, paragraphs=paragraphs)
    assert data.startswith(b"%PDF-")
    text = extract_text(path_or_file=io.BytesIO(data), extension="pdf")
    assert text.splitlines()[0] == title
    assert " ".join(text.split()).endswith(paragraphs[0])


@pytest.mark.parametrize(("title", "paragraphs"), [RUSSIAN, ENGLISH])
def test_a_sample_word_file_reads_back_as_its_title_and_paragraphs(title, paragraphs):
    data = sample_docx(title=title, paragraphs=paragraphs)
    text = extract_text(path_or_file=io.BytesIO(data), extension="docx")
    assert text.splitlines() == [title, *paragraphs]


def test_a_long_sample_pdf_wraps_lines_and_runs_over_pages():
    paragraphs = [f"Параграф {number}: " + "планирование бюджета " * 20 for number in range(8)]
    data = sample_pdf(title="Длинный отчёт", paragraphs=paragraphs)
    text = " ".join(extract_text(path_or_file=io.BytesIO(data), extension="pdf").split())
    assert "Параграф 0:" in text and "Параграф 7:" in text
