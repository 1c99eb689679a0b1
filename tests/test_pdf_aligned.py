"""PDF tables set by whitespace: rows by baseline, columns by the header, empty cells and wrapped labels; no table in a
front sheet of labels and values or in prose."""

from __future__ import annotations

from pathlib import Path

from ingest.readers import read_document
from ingest.reading import read_model


def _draw(path: Path, rows: list[tuple[tuple[float, str, bool], ...]], before: list[str] = ()) -> Path:
    """A one-page PDF: lines of prose, then rows of (x, text, flush right) cells, 15 points apart."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    page.setFont("Times-Roman", 11)
    for line in before:
        page.drawString(72, y, line)
        y -= 15
    y -= 10
    for row in rows:
        for x, text, right in row:
            (page.drawRightString if right else page.drawString)(x, y, text)
        y -= 15
    page.showPage()
    page.save()
    return path


def test_empty_cells_go_to_the_column_whose_cells_stand_nearest_and_a_wrapped_label_joins_its_row(tmp_path):
    rows = [
        ((72, "Scheme", False), (300, "2023-24 £k", True), (400, "2024-25 £k", True)),
        ((72, "Resurfacing", False), (300, "1,250", True), (400, "1,400", True)),
        ((72, "Drainage", False), (400, "310", True)),
        ((72, "Footway", False), (300, "95", True), (400, "120", True)),
        ((72, "renewals", False),),
        ((72, "Bridges", False), (300, "640", True), (400, "75", True)),
    ]
    path = _draw(tmp_path / "schemes.pdf", rows, ["Highways capital programme of the Orrin Valley Council.", "Spend by scheme:"])
    model = read_model(read_document(path))
    assert len(model.tables) == 1
    table = model.tables[0]
    assert table.header == ["Scheme", "2023-24 £k", "2024-25 £k"]
    assert table.rows == [["Resurfacing", "1,250", "1,400"], ["Drainage", "", "310"], ["Footway renewals", "95", "120"], ["Bridges", "640", "75"]]
    assert table.row_quotes[0] == "Resurfacing 1,250 1,400"
    assert table.row_quotes[2] == "Footway 95 120 renewals"  # the page's own order, so the quote stands on the page


def test_labels_and_values_side_by_side_are_no_table(tmp_path):
    rows = [
        ((72, "Report to", False), (220, "Environment Committee", False)),
        ((72, "Date", False), (220, "14 May 2025", False)),
        ((72, "Report of", False), (220, "Head of Streetscene", False)),
        ((72, "Wards", False), (220, "All", False)),
    ]
    path = _draw(tmp_path / "front.pdf", rows, ["Street cleansing review"])
    assert read_model(read_document(path)).tables == []
