"""Readers: every format, and every broken input with the reason a user needs."""

from __future__ import annotations

import pytest
from conftest import DEMO, needs_shared, shared

from cabinet.errors import IngestError
from ingest.readers import read_document, sniff_kind

BAD = {
    "empty.pdf": "empty file",
    "truncated.pdf": "corrupt or truncated PDF",
    "encrypted.pdf": "password-protected",
    "scanned.pdf": "scanned",
    "not-really-a.pdf": "not a PDF",
    "zero-text.pdf": "blank",
    "huge-line.txt": "characters",
}


@needs_shared
@pytest.mark.parametrize("name,reason", sorted(BAD.items()))
def test_bad_inputs_fail_with_a_reason(name, reason):
    with pytest.raises(IngestError, match=reason):
        read_document(shared("bad", name))


@needs_shared
def test_unsupported_format_is_named():
    with pytest.raises(IngestError, match="unsupported format"):
        sniff_kind(shared("bad", "unsupported.xlsx"))


def test_pdf_keeps_page_numbers_and_metadata_title():
    document = read_document(DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf")
    assert [page.number for page in document.pages] == [1, 2, 3]
    assert document.title.startswith("New Vision for Somerset")
    assert document.date == "2017-11-15"
    assert "FP/17/08/12" in document.pages[0].text


@needs_shared
def test_docx_reads_headings_and_tables():
    document = read_document(shared("sample", "northmoor-corporate-plan-2020-23.docx"))
    assert document.kind == "docx" and document.pages[0].number is None
    assert document.pages[0].headings, "heading styles should become headings"
    assert " | " in document.pages[0].text, "table rows keep their cells together"


@needs_shared
def test_html_has_no_tags_or_entities():
    document = read_document(shared("sample", "northmoor-hwb-minutes-2021-06.html"))
    text = document.pages[0].text
    assert "<" not in text and "&amp;" not in text
    assert document.title


@needs_shared
def test_latin1_text_is_decoded_without_mojibake():
    document = read_document(shared("bad", "latin1-report.txt"))
    assert "£" in document.pages[0].text and "é" in document.pages[0].text
    assert document.warnings and "Windows-1252" in document.warnings[0]


@needs_shared
def test_unicode_file_name_is_kept():
    document = read_document(shared("bad", "Cabinet report – été 2019.pdf"))
    assert document.source == "Cabinet report – été 2019.pdf"


def test_docx_table_keeps_equal_values_in_neighbouring_cells_and_writes_a_merge_once(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [["Reserve", "Opening (£m)", "Closing (£m)"], ["General balance", "14.2", "14.2"], ["Total", "", ""]]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    merged = table.rows[2].cells[1].merge(table.rows[2].cells[2])
    merged.text = "30.0"
    path = tmp_path / "reserves.docx"
    document.save(path)
    text = read_document(path).pages[0].text
    assert "General balance | 14.2 | 14.2" in text, "two cells holding the same figure are two cells, not a merge"
    assert "Total | 30.0" in text and "30.0 | 30.0" not in text, "a merged cell is written once"
