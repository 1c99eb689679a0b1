"""PDF tables: pdfplumber reads the grid of pages that draw one; each cell is then tied back to pypdf's page text.

pdfplumber (pdfminer) is several times slower than pypdf, so it only opens pages whose content stream drew
rows and columns of rules (PageRuns.ruled). Its cell text can differ from pypdf's in spacing and glyph names,
and citations are checked against pypdf's text, so every cell is re-read from the page text it matches and a
cell that matches nothing is dropped. A table whose next page repeats its header row is one table.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from ingest.layout import collapse
from ingest.model import Block, Table
from ingest.pdf_aligned import aligned_tables
from ingest.pdf_layout import FURNITURE_BAND, PageRuns

log = logging.getLogger(__name__)
_GLYPH_NAME = re.compile(r"\(cid:\d+\)")
_DIGITS = re.compile(r"\d+")
_MIN_MATCHED = 0.6  # below this share of cells found in the page text, the "table" is a misread layout


class PageText:
    """A page's text with an index of its letters and digits, to find a cell whatever its spacing."""

    def __init__(self, text: str):
        self.text = text
        self.positions = [i for i, ch in enumerate(text) if ch.isalnum()]
        self.skeleton = "".join(text[i].lower() for i in self.positions)
        self.flat = collapse(text)
        self.cursor = 0

    def span(self, cell: str) -> str | None:
        """The page's own text for a cell (whitespace collapsed), searching on from the previous cell; None if absent."""
        cell = collapse(_GLYPH_NAME.sub("", cell))
        if not cell or cell in self.flat:
            return cell
        key = "".join(ch.lower() for ch in cell if ch.isalnum())
        if not key:
            return cell if cell in self.flat else None
        at = self.skeleton.find(key, self.cursor)
        if at < 0:
            at = self.skeleton.find(key)
        if at < 0:
            return None
        start, end = self.positions[at], self.positions[at + len(key) - 1] + 1
        lead = len(cell) - len(cell.lstrip("([{£$€#'\"‘“"))
        trail = len(cell) - len(cell.rstrip(".,;:%)]}'\"’”!?"))
        if lead and self.text[max(0, start - lead):start] == cell[:lead]:
            start -= lead
        if trail and self.text[end:end + trail] == cell[len(cell) - trail:]:
            end += trail
        self.cursor = at + len(key)
        return collapse(self.text[start:end])


def page_tables(path: Path, pages: list[PageRuns], texts: dict[int, str]) -> dict[int, list[tuple[Block | None, set[int]]]]:
    """For each page, its tables as blocks (a grid's from pdfplumber, else those set by whitespace), each with the
    indexes of the page lines it takes the place of."""
    found = ruled_tables(path, pages, texts)
    for page in pages:
        if not page.ruled:
            tables = aligned_tables(page)
            if tables:
                found.setdefault(page.number, []).extend(tables)
    return found


def ruled_tables(path: Path, pages: list[PageRuns], texts: dict[int, str]) -> dict[int, list[tuple[Block | None, set[int]]]]:
    """For each ruled page, its tables as blocks, each with the indexes of the page lines it takes the place of."""
    ruled = [page for page in pages if page.ruled]
    if not ruled:
        return {}
    try:
        import pdfplumber
    except ImportError:  # tables are an extra: without pdfplumber the grid's lines stay paragraphs
        log.warning("pdfplumber is not installed: PDF tables are read as paragraphs")
        return {}
    found: dict[int, list[tuple[Block | None, set[int]]]] = {}
    previous: Table | None = None
    previous_end: tuple[PageRuns, float] | None = None  # the page the table above ended on, and the height of its bottom
    try:
        with pdfplumber.open(path, pages=[page.number for page in ruled]) as pdf:
            for runs, plumbed in zip(ruled, pdf.pages):
                page_text = PageText(texts.get(runs.number, ""))
                for grid in plumbed.find_tables():
                    table = _verified(grid.extract(), page_text, runs.number)
                    if table is None:
                        continue
                    lines = _lines_inside(runs, grid.bbox, float(plumbed.height))
                    if previous is not None and _ends_page(*previous_end) and _continues(previous, table, runs, grid.bbox, float(plumbed.height), previous_end[0]):
                        previous.rows.extend(table.rows)
                        previous.row_pages.extend(table.row_pages)
                        found.setdefault(runs.number, []).append((None, lines))  # its rows joined the table above
                        previous_end = (runs, float(plumbed.height) - grid.bbox[3])
                        continue
                    block = Block("table", _span(table, page_text), runs.number, table=table)
                    found.setdefault(runs.number, []).append((block, lines))
                    previous, previous_end = table, (runs, float(plumbed.height) - grid.bbox[3])
    except Exception as exc:  # pdfminer fails on some files pypdf reads; the text is still there as paragraphs
        log.warning("pdfplumber could not read tables of %s: %s", path.name, exc)
        return {}
    return found


def _verified(rows: list[list[str | None]], page_text: PageText, page: int) -> Table | None:
    """The grid's rows with every cell re-read from the page text; None when it is no table (one row, one column)."""
    cleaned: list[list[str]] = []
    matched = total = 0
    for row in rows:
        cells = []
        for cell in row:
            if cell is None or not cell.strip():
                cells.append("")
                continue
            total += 1
            text = page_text.span(cell)
            matched += text is not None
            cells.append(text or "")
        if any(cells):
            cleaned.append(cells)
    keep = [i for i in range(max((len(row) for row in cleaned), default=0)) if any(i < len(row) and row[i] for row in cleaned)]
    cleaned = [[row[i] if i < len(row) else "" for i in keep] for row in cleaned]
    if len(cleaned) < 2 or len(keep) < 2 or not total or matched / total < _MIN_MATCHED:
        return None
    header, *body = cleaned
    return Table(header=header, rows=body, page=page, row_pages=[page] * len(body))


def _continues(previous: Table, table: Table, runs: PageRuns, bbox, height: float, before: PageRuns) -> bool:
    """A table at the top of a page, repeating the header of the table that ended the page before, goes on with it: no
    line stands above it but the page's running header (a line the page before printed too, its figures aside)."""
    last_page = max((page for page in previous.row_pages if page), default=previous.page or 0)
    if table.header != previous.header or last_page != runs.number - 1:
        return False
    top = height - bbox[1]
    running = {_DIGITS.sub("#", line.text.strip()) for line in before.lines()}
    above = [line for line in runs.lines() if line.y > top + 2]
    return not any(line.y < runs.height * (1 - FURNITURE_BAND) or _DIGITS.sub("#", line.text.strip()) not in running for line in above)


def _ends_page(runs: PageRuns, bottom: float) -> bool:
    """Whether nothing but the page's footer band is printed below a table's `bottom`: only then can the next page go on with it."""
    return not any(runs.height * FURNITURE_BAND < line.y < bottom - 2 for line in runs.lines())


def _lines_inside(runs: PageRuns, bbox: tuple[float, float, float, float], height: float) -> set[int]:
    x0, top, x1, bottom = bbox
    low, high = height - bottom, height - top
    return {i for i, line in enumerate(runs.lines()) if low - 2 <= line.y <= high + 2 and x0 - 2 <= line.x <= x1 + 2}


def _span(table: Table, page_text: PageText) -> str:
    """The page text from the table's first cell to its last on this page (a table block's quotable text)."""
    cells = [cell for row in [table.header, *table.rows] for cell in row if cell]
    flat = page_text.flat
    start = flat.find(cells[0]) if cells else -1
    end = flat.find(cells[-1], max(start, 0)) if cells else -1
    if start < 0 or end < 0:
        return cells[0] if cells else ""
    return flat[start:end + len(cells[-1])]
