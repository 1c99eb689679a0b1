"""PDF layout from the same pypdf pass that extracts the page text: each text run's font, size and place.

Written here because pypdf gives runs, not paragraphs: lines are grouped into paragraphs by vertical gaps,
style and indentation; headings are lines clearly larger than the body or bold short lines standing alone;
list items start with a bullet or numbering. Running headers and footers (the same line near the top or
bottom of most pages, "Page N of M") are page furniture and make no block; `Page.text` is never changed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ingest.layout import collapse, split_marker, title_like, word_count
from ingest.model import Block

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", re.IGNORECASE)
FURNITURE_BAND = 0.12  # running headers and footers sit in the top or bottom eighth of the page


@dataclass
class PdfLine:
    """One line of a page's extracted text with the typography of its letters."""

    text: str  # exactly one line of the page text
    page: int
    x: float
    y: float
    size: float
    bold: bool


@dataclass
class PageRuns:
    """What one page's extract_text pass saw: text runs split into lines, and the ruling lines drawn."""

    number: int
    height: float
    width: float
    _pieces: list[list[tuple[str, float, float, float, bool]]] = field(default_factory=lambda: [[]])
    rows: set[int] = field(default_factory=set)  # heights (in 2pt steps) of horizontal rules drawn
    columns: set[int] = field(default_factory=set)  # positions (in 2pt steps) of vertical rules drawn
    _point: tuple[float, float] | None = None
    _lines: list[PdfLine] | None = None
    _bold: dict[int, bool] = field(default_factory=dict)

    def visit_text(self, text: str, cm, tm, font, size) -> None:
        """pypdf's visitor_text: file each piece of text under the line it belongs to, with its style."""
        if not text:
            return
        matrix = _multiply(tm, cm)
        scale = math.hypot(matrix[2], matrix[3]) or 1.0
        bold = self._bold.get(id(font))
        if bold is None:
            name = str(font.get("/BaseFont", "")) if hasattr(font, "get") else ""
            bold = self._bold[id(font)] = bool(_BOLD_FONT.search(name))
        style = (matrix[4], matrix[5], round(size * scale * 2) / 2, bold)
        for index, piece in enumerate(text.split("\n")):
            if index:
                self._pieces.append([])
            if piece:
                self._pieces[-1].append((piece, *style))

    def visit_operator(self, operator: bytes, args, cm, tm) -> None:
        """pypdf's visitor_operand_before: note where rules and box edges are drawn, the cheap sign of a table grid."""
        if operator == b"re" and len(args) == 4:
            x, y = _apply(cm, float(args[0]), float(args[1]))
            far_x, far_y = _apply(cm, float(args[0]) + float(args[2]), float(args[1]) + float(args[3]))
            self._segment(x, y, far_x, y)
            self._segment(x, far_y, far_x, far_y)
            self._segment(x, y, x, far_y)
            self._segment(far_x, y, far_x, far_y)
        elif operator == b"m" and len(args) == 2:
            self._point = _apply(cm, float(args[0]), float(args[1]))
        elif operator == b"l" and len(args) == 2 and self._point:
            x, y = _apply(cm, float(args[0]), float(args[1]))
            self._segment(*self._point, x, y)
            self._point = (x, y)

    def _segment(self, x0: float, y0: float, x1: float, y1: float) -> None:
        if abs(y1 - y0) < 1 and abs(x1 - x0) > 10:
            self.rows.add(round(y0 / 2))
        elif abs(x1 - x0) < 1 and abs(y1 - y0) > 5:
            self.columns.add(round(x0 / 2))

    @property
    def ruled(self) -> bool:
        """Whether the page draws a grid of at least two rows (three row rules off the page's edge bands) and two columns."""
        band = self.height * FURNITURE_BAND / 2
        rows = [y for y in self.rows if band < y < self.height / 2 - band]
        return len(rows) >= 3 and len(self.columns) >= 2

    def lines(self) -> list[PdfLine]:
        """The page's lines, in the order of the page text, each with the style of most of its letters."""
        if self._lines is not None:
            return self._lines
        result = []
        for pieces in self._pieces:
            text = "".join(piece[0] for piece in pieces)
            if not text.strip():
                continue
            letters: Counter = Counter()
            for piece, _x, _y, size, bold in pieces:
                letters[(size, bold)] += len(piece) - piece.count(" ")
            (size, _), _count = letters.most_common(1)[0]
            alnum = sum(letters.values())
            bold = alnum > 0 and sum(count for (_s, b), count in letters.items() if b) >= 0.9 * alnum
            first = next(piece for piece in pieces if piece[0].strip())
            line = PdfLine(text, self.number, first[1], first[2], size, bold)
            if result and (_BARE_BULLET.fullmatch(result[-1].text.strip()) or _hung_number(result[-1], line)):
                # A bullet or number drawn apart from its text (a symbol font's glyph, a hanging number set larger or
                # off the baseline, extracted as a line of its own) starts it.
                bullet = result.pop()
                line = PdfLine(f"{bullet.text.strip()} {text}", self.number, bullet.x, first[2], size, bold)
            result.append(line)
        self._lines = result
        return result


_BARE_BULLET = re.compile("[•▪■□◦○●‣⁃∙◆◇►▶➢❯✓✔\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8\uf0e0]")  # a glyph only a bullet is (no dash: an empty cell)


_BARE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\d{1,2}(?:\.\d{1,2}){1,3}|\(\w{1,4}\)|[a-z][.)]|[ivx]{1,5}[.)]")  # '1.', '2.1', '(a)', 'iv.'


def _hung_number(marker: PdfLine, line: PdfLine) -> bool:
    """Whether `marker` is only a list number and `line` its text: on about the same baseline, to its right."""
    return bool(_BARE_NUMBER.fullmatch(marker.text.strip())) and abs(marker.y - line.y) < 0.6 * line.size and line.x > marker.x


def _apply(cm, x: float, y: float) -> tuple[float, float]:
    return cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]


def _multiply(m, n) -> list[float]:
    return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2],
            m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]]


def furniture(pages: list[PageRuns]) -> set[tuple[int, int]]:
    """(page, line index) of running headers, footers and page numbers: near an edge and on most pages alike."""
    seen: dict[tuple[str, int], set[int]] = {}
    edge_lines: list[tuple[int, int, tuple[str, int]]] = []
    found: set[tuple[int, int]] = set()
    for page in pages:
        for index, line in enumerate(page.lines()):
            band = page.height * FURNITURE_BAND
            if band < line.y < page.height - band:
                continue
            text = collapse(line.text)
            if _PAGE_NUMBER.match(text):
                found.add((page.number, index))
                continue
            key = (re.sub(r"\d+", "#", text.lower()), round(line.y / 4))
            seen.setdefault(key, set()).add(page.number)
            edge_lines.append((page.number, index, key))
    needed = max(2, math.ceil(len(pages) / 2)) if len(pages) > 1 else 2
    found.update((number, index) for number, index, key in edge_lines if len(seen[key]) >= needed)
    return found


def pdf_blocks(pages: list[PageRuns], tables: dict[int, list] | None = None) -> list[Block]:
    """Blocks in reading order from every page's lines; `tables` maps a page to its (table block, line indexes).

    A table block of None stands for rows that continued a table of an earlier page: its lines make no block.
    """
    skip = furniture(pages)
    page_lines = {page.number: page.lines() for page in pages}
    kept = [line for page in pages for i, line in enumerate(page_lines[page.number]) if (page.number, i) not in skip]
    body = _body_size(kept)
    labels = _label_lines(kept)
    blocks: list[Block] = []
    item_x: dict[int, float] = {}  # id(block) -> x of its first line, for ranking list indentation
    for page in pages:
        table_at: dict[int, Block | None] = {}
        consumed: set[int] = set()
        for table_block, indexes in (tables or {}).get(page.number, []):
            if indexes:
                table_at[min(indexes)] = table_block
                consumed.update(indexes)
        group: list[PdfLine] = []
        for index, line in enumerate(page_lines[page.number]):
            if index in table_at:
                _flush(group, blocks, body, item_x)
                group = []
                if table_at[index] is not None:
                    blocks.append(table_at[index])
            if (page.number, index) in skip or index in consumed:
                continue
            if group and (_starts_block(group, line) or (collapse(line.text) in labels) != (collapse(group[-1].text) in labels)):
                _flush(group, blocks, body, item_x)
                group = []
            group.append(line)
        _flush(group, blocks, body, item_x)
    _rank(blocks, item_x)
    return blocks


def _label_lines(lines: list[PdfLine]) -> set[str]:
    """Short lines printed again and again (a plan's level labels): each stands as a block of its own even
    where the layout sets it tight under the line above."""
    counts = Counter(collapse(line.text) for line in lines if word_count(line.text) <= 6 and split_marker(line.text)[0] is None)
    return {text for text, count in counts.items() if count >= 3 and title_like(text)}


def _body_size(lines: list[PdfLine]) -> float:
    sizes: Counter = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _starts_block(group: list[PdfLine], line: PdfLine) -> bool:
    previous, first = group[-1], group[0]
    marker, _, bullet = split_marker(line.text)
    # a run-in list ("including: • A. • B.") wrapping onto the next line continues its paragraph
    wrapped = bullet and f" {marker} " in previous.text.strip() and split_marker(previous.text)[0] is None
    if marker is not None and not wrapped:
        return True
    if abs(line.size - previous.size) > 0.6 or line.bold != previous.bold:
        return True
    gap = previous.y - line.y
    if gap > line.size * 1.55 or gap < -1:  # a paragraph gap, or a jump up to the next column
        return True
    first_marker, _, _ = split_marker(first.text)
    if first_marker is not None:
        return line.x < first.x - 2  # an item's continuation lines hang at or right of its bullet
    return line.x < first.x - 3 or (len(group) > 1 and abs(line.x - previous.x) > 3)


def _flush(group: list[PdfLine], blocks: list[Block], body: float, item_x: dict[int, float]) -> None:
    if not group:
        return
    first = group[0]
    marker, rest, _bullet = split_marker(first.text)
    lines = [rest] + [line.text for line in group[1:]]
    text = collapse("\n".join(lines))
    if not text:
        return
    size = max(line.size for line in group)
    bold = all(line.bold for line in group)
    larger = size >= body + 1.0
    short = len(group) <= 4 and len(text) <= 200 and not text.endswith((":", ",", ";"))
    standalone_bold = bold and len(group) <= 2 and word_count(text) <= 14 and not text.endswith((":", ",", ";", "."))
    if (larger and short) or (standalone_bold and (marker is None or _numbered(marker))):
        kind = "heading"
    elif marker is not None:
        kind = "item"
    else:
        kind = "paragraph"
    block = Block(kind=kind, text=text, page=first.page, marker=marker, bold=bold, size=size)
    item_x[id(block)] = first.x
    blocks.append(block)


def _numbered(marker: str) -> bool:
    return marker[0].isdigit() or (marker[0].isupper() and any(ch.isdigit() for ch in marker))


def _rank(blocks: list[Block], item_x: dict[int, float]) -> None:
    """Heading levels by (size, bold), largest first; item levels by indentation, leftmost first."""
    styles = sorted({(block.size or 0, block.bold) for block in blocks if block.kind == "heading"}, reverse=True)
    rank = {style: number for number, style in enumerate(styles, start=1)}
    indents: list[float] = []
    for x in sorted(item_x[id(block)] for block in blocks if block.kind == "item"):
        if not indents or x - indents[-1] > 3:
            indents.append(x)
    for block in blocks:
        if block.kind == "heading":
            block.level = rank[(block.size or 0, block.bold)]
        elif block.kind == "item":
            x = item_x[id(block)]
            block.level = 1 + max(i for i, indent in enumerate(indents) if indent <= x + 3)
