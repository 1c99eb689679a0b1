"""PDF tables set by whitespace alone: cells printed side by side on one baseline, in columns, with no rules drawn.

pdfplumber is only opened on pages that draw a grid, so a table laid out by tab stops or fixed positions is found
here, from the lines pypdf's pass already gave (each cell a line of the page text with its x and y): rows are
lines sharing a baseline, the first such row with a figure column under it is the header, and a row's cells go to
the header's columns in order (or, when a row leaves cells empty, to the column whose cells stand nearest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.layout import collapse, word_count
from ingest.model import Block, Table
from ingest.pdf_layout import PageRuns, PdfLine

_BASELINE = 1.5  # points: lines closer than this in y stand on one baseline
_MIN_ROWS = 2  # body rows a table needs under its header
_FIGURE = re.compile(r"^[£$€(\-–−]*\d[\d,]*(?:\.\d+)?\s*(?:%|[km]|bn)?\)?$", re.IGNORECASE)
_MAX_CELL_WORDS = 12  # a longer run of words is prose set beside something, not a cell


@dataclass
class _Row:
    """Lines on one baseline: their indexes in the page's lines and the lines themselves, left to right."""

    indexes: list[int]
    cells: list[PdfLine]

    @property
    def y(self) -> float:
        return self.cells[0].y


def aligned_tables(page: PageRuns, taken: set[int] = frozenset()) -> list[tuple[Block, set[int]]]:
    """The page's whitespace tables as blocks, each with the indexes of the page lines it takes the place of."""
    rows = _baselines(page.lines(), taken)
    found: list[tuple[Block, set[int]]] = []
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) and (end == start or _close(rows[end - 1], rows[end])):
            # A lone cell inside the table (a label wrapped onto a second line) when a row of cells follows it closely.
            inside = end > start and end + 1 < len(rows) and len(rows[end + 1].cells) >= 2 and _close(rows[end], rows[end + 1])
            if len(rows[end].cells) < 2 and not inside:
                break
            end += 1
        if end - start >= _MIN_ROWS + 1:
            made = _table(rows[start:end], page.number)
            if made:
                found.append(made)
        start = max(end, start + 1)
    return found


def _baselines(lines: list[PdfLine], taken: set[int]) -> list[_Row]:
    """Consecutive lines of the page text grouped by baseline; a line standing alone is a row of one cell."""
    rows: list[_Row] = []
    for index, line in enumerate(lines):
        if index in taken or not line.text.strip():
            continue
        if rows and abs(rows[-1].y - line.y) < _BASELINE and line.x > rows[-1].cells[-1].x:
            rows[-1].indexes.append(index)
            rows[-1].cells.append(line)
        else:
            rows.append(_Row([index], [line]))
    return rows


def _close(above: _Row, below: _Row) -> bool:
    """Rows of one table follow each other at about a line's spacing, downwards."""
    gap = above.y - below.y
    return 0 < gap < max(line.size for line in above.cells) * 3.2


def _table(rows: list[_Row], number: int) -> tuple[Block, set[int]] | None:
    """A header and records from rows of cells; None when no column holds figures or the cells read as prose."""
    header, *body = rows
    width = len(header.cells)
    full = [row for row in body if len(row.cells) == width]
    if width < 2 or len(full) < _MIN_ROWS or any(len(row.cells) > width for row in body):
        return None
    texts = [[collapse(cell.text) for cell in row.cells] for row in rows]
    if any(word_count(text) > _MAX_CELL_WORDS for row in texts for text in row):
        return None
    spots = _column_spots(full, width)
    records: list[list[str]] = []
    for row in body:
        cells = [collapse(cell.text) for cell in row.cells]
        if len(cells) == width:
            records.append(cells)
            continue
        placed = [""] * width
        for cell in row.cells:
            column = min(range(width), key=lambda c: _distance(cell.x, spots[c]))
            placed[column] = f"{placed[column]} {collapse(cell.text)}".strip()
        wrapped = len(row.cells) == 1 and row.cells[0].text.strip()[:1].islower()
        if (placed[0] and not wrapped) or not records:
            records.append(placed)
        else:  # no label, or a lower-case lone cell: the row's cells wrap on from the row above
            records[-1] = [f"{a} {b}".strip() for a, b in zip(records[-1], placed)]
    figures = [c for c in range(width) if sum(bool(_FIGURE.match(r[c])) for r in records if r[c]) >= 0.6 * max(1, sum(1 for r in records if r[c]))]
    if not figures:
        return None
    table = Table(header=[collapse(cell.text) for cell in header.cells], rows=records, page=number, row_pages=[number] * len(records))
    text = " ".join(" ".join(row) for row in texts)
    indexes = {index for row in rows for index in row.indexes}
    return Block("table", text, number, table=table), indexes


def _column_spots(rows: list[_Row], width: int) -> list[tuple[float, float]]:
    """Each column's span of cell starts over the rows that fill every column (figures set flush right start apart)."""
    return [(min(row.cells[c].x for row in rows), max(row.cells[c].x for row in rows)) for c in range(width)]


def _distance(x: float, spot: tuple[float, float]) -> float:
    low, high = spot
    return 0.0 if low <= x <= high else min(abs(x - low), abs(x - high))
