"""DOCX and HTML layout: blocks from paragraph styles, numbering and bold runs, or from tags, in document order.

Each reader here also returns the text lines the page text is made of (unchanged from the readers' old
rendering), so every block's text is a span of that page text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.fields import Labels, labels_of
from ingest.layout import collapse, split_marker, word_count
from ingest.model import Block, Table
from ingest.vocabulary import load_vocabulary

_HEADING_STYLE = re.compile(r"^heading\s*(\d)", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^list(?:\s+(bullet|number|paragraph|continue))?(?:\s+(\d))?", re.IGNORECASE)
_PSEUDO_HEADING = 10  # bold paragraphs rank below every styled heading
HTML_BLOCKS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "dt", "dd", "caption", "pre", "blockquote", "title"]


def _pseudo_heading(text: str) -> bool:
    """A bold paragraph that reads as a heading: short, and not a sentence or a lead-in."""
    return word_count(text) <= 12 and not text.endswith((".", ":", ";", ",")) and len(text) <= 120


def _normalise_ranks(blocks: list[Block]) -> None:
    ranks = sorted({block.level for block in blocks if block.kind == "heading"})
    order = {rank: number for number, rank in enumerate(ranks, start=1)}
    for block in blocks:
        if block.kind == "heading":
            block.level = order[block.level]


def docx_layout(document) -> tuple[list[str], list[str], list[Block]]:
    """(text lines, heading texts, blocks) of a python-docx Document, paragraphs and tables in document order."""
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    headings: list[str] = []
    blocks: list[Block] = []
    for part in document.iter_inner_content():
        if isinstance(part, Paragraph):
            text = collapse(part.text)
            if not text:
                continue
            style = (part.style.name if part.style is not None else "") or ""
            if style.lower().startswith(("heading", "title")):
                headings.append(text)
            lines.append(text)
            blocks.extend(_docx_label_and_value(part, style) or [_docx_paragraph(part, text, style)])
        elif isinstance(part, DocxTable):
            rows = docx_table_rows(part)
            lines.extend(" | ".join(cell for cell in row_cells if cell) for row_cells in rows if any(row_cells))
            block = _docx_table(rows)
            if block is not None:
                blocks.append(block)
    _normalise_ranks(blocks)
    return lines, headings, blocks


def _docx_label_and_value(paragraph, style: str) -> list[Block] | None:
    """A front-sheet row set in one paragraph: a label (in bold, or one the vocabulary knows), then a tab or a line
    break, then its value ("Portfolio Holder<tab>Councillor ..."): the label as a bold line, the value as its own."""
    raw = paragraph.text
    cut = min((at for at in (raw.find("\t"), raw.find("\n")) if at > 0), default=-1)
    if cut < 0 or style.lower().startswith(("heading", "title", "list")):
        return None
    label, value = collapse(raw[:cut]), "\n".join(collapse(line) for line in raw[cut + 1 :].replace("\t", " ").split("\n") if line.strip())
    if not value or not 0 < word_count(label) <= 8 or label.endswith((".", ";", ",")) or split_marker(label)[0] is not None:
        return None
    if not (_bold_lead(paragraph) or _known_label(label)):
        return None
    return [Block("paragraph", label, None, bold=True, style=style), Block("paragraph", value, None, style=style)]


def _bold_lead(paragraph) -> bool:
    """Whether every word before the paragraph's first tab or line break is in bold, and some word after it is not
    (a paragraph in bold throughout is a heading, whatever its tabs)."""
    head_bold, tail_plain, after = True, False, False
    for run in paragraph.runs:
        bold = bool(run.bold or (run.style is not None and run.style.font.bold))
        text = run.text
        head, tail = ("", text) if after else (text, "")
        cut = -1 if after else min((at for at in (text.find("\t"), text.find("\n")) if at >= 0), default=-1)
        if cut >= 0:
            head, tail, after = text[:cut], text[cut + 1 :], True
        head_bold = head_bold and (bold or not head.strip())
        tail_plain = tail_plain or (not bold and bool(tail.strip()))
    return after and head_bold and tail_plain


@lru_cache(maxsize=1)
def _labels() -> Labels:
    return labels_of(load_vocabulary())


def _known_label(text: str) -> bool:
    return _labels().name(text) is not None


def _docx_paragraph(paragraph, text: str, style: str) -> Block:
    lowered = style.lower()
    heading = _HEADING_STYLE.match(lowered)
    if lowered.startswith("title"):
        return Block("heading", text, None, level=0, style=style)
    if heading:
        return Block("heading", text, None, level=int(heading.group(1)), style=style)
    marker, rest, _ = split_marker(text)
    numbering = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    listed = _LIST_STYLE.match(lowered)
    if listed or numbering is not None:
        level = 1
        if numbering is not None and numbering.ilvl is not None and numbering.ilvl.val is not None:
            level = int(numbering.ilvl.val) + 1
        elif listed and listed.group(2):
            level = int(listed.group(2))
        return Block("item", collapse(rest), None, level=level, marker=marker, style=style)
    runs = [run for run in paragraph.runs if run.text.strip()]
    bold = bool(runs) and all(run.bold or (run.style is not None and run.style.font.bold) for run in runs)
    bold = bold or (not runs and bool(paragraph.style and paragraph.style.font.bold))
    if bold and _pseudo_heading(text):
        return Block("heading", text, None, level=_PSEUDO_HEADING, bold=True, marker=marker, style=style)
    if marker is not None:
        return Block("item", collapse(rest), None, level=1, marker=marker, style=style, bold=bold)
    return Block("paragraph", text, None, bold=bold, style=style)


def docx_table_rows(table) -> list[list[str]]:
    """Cell texts row by row; a merged cell keeps its text in its first grid position only."""
    rows = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            key = id(cell._tc)
            cells.append("" if key in seen else collapse(cell.text))
            seen.add(key)
        rows.append(cells)
    return rows


def _docx_table(rows: list[list[str]]) -> Block | None:
    rows = [row for row in rows if any(row)]
    if len(rows) < 2:
        return None
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    table = Table(header=rows[0], rows=rows[1:], page=None, row_pages=[None] * (len(rows) - 1))
    text = "\n".join(" | ".join(cell for cell in row if cell) for row in rows)  # a merge is already blank past its first cell
    return Block("table", collapse(text), None, table=table)


def html_layout(soup) -> tuple[list[str], list[str], list[Block]]:
    """(text lines, heading texts, blocks) of a parsed page: headings, paragraphs, nested list items, tables, dl."""
    lines: list[str] = []
    headings: list[str] = []
    blocks: list[Block] = []
    table_rows: dict[int, Block] = {}
    spans: dict[int, dict[int, int]] = {}  # table -> column -> rows its cell from above still covers (rowspan)
    for element in soup.find_all(HTML_BLOCKS):
        if element.find_parent(HTML_BLOCKS):
            continue
        if element.name == "tr":
            cells = [collapse(cell.get_text(" ")) for cell in element.find_all(["td", "th"])]
            text = " | ".join(cell for cell in cells if cell)
        else:
            text = collapse(element.get_text(" "))
        if not text:
            continue
        if element.name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            headings.append(text)
        lines.append(text)
        _html_block(element, text, blocks, table_rows, spans)
    _normalise_ranks(blocks)
    return lines, headings, blocks


def _html_block(element, text: str, blocks: list[Block], table_rows: dict[int, Block], spans: dict[int, dict[int, int]]) -> None:
    name = element.name
    if name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        blocks.append(Block("heading", text, None, level=int(name[1]), style=name))
    elif name == "li":
        _html_item(element, blocks)
    elif name == "tr":
        table = element.find_parent("table")
        key = id(table)
        texts = _grid_cells(element.find_all(["td", "th"]), spans.setdefault(key, {}))
        if key not in table_rows:  # the first row is the header, whether it is written with <th> or <td>
            block = Block("table", text, None, table=Table(header=texts, rows=[], page=None), style="table")
            table_rows[key] = block
            blocks.append(block)
            return
        block = table_rows[key]
        block.table.rows.append(texts)
        block.table.row_pages.append(None)
        block.text = f"{block.text} {text}"
    elif name == "dt":  # a definition list's term is a label over its value (a front sheet's), never a heading
        blocks.append(Block("paragraph", text, None, bold=True, style="dt"))
    elif name == "title":
        return
    elif name == "p" and _html_label_and_value(element):
        blocks.extend(_html_label_and_value(element))
    elif name == "p" and _html_bold_only(element) and _pseudo_heading(text):
        blocks.append(Block("heading", text, None, level=_PSEUDO_HEADING, bold=True, style="p"))
    else:
        blocks.append(Block("paragraph", text, None, style=name))


def _grid_cells(cells, pending: dict[int, int]) -> list[str]:
    """A row's cell texts in their grid columns: a cell spanning rows from above (rowspan, a merged group label) leaves
    its column blank in the rows it covers, so the cells after it keep their headers."""
    row: list[str] = []
    for cell in cells:
        while pending.get(len(row), 0) > 0:
            pending[len(row)] -= 1
            row.append("")
        span = str(cell.get("rowspan") or "1").strip()
        if span.isdigit() and int(span) > 1:
            pending[len(row)] = int(span) - 1
        row.append(collapse(cell.get_text(" ")))
    while pending.get(len(row), 0) > 0:
        pending[len(row)] -= 1
        row.append("")
    return row


def _html_item(element, blocks: list[Block]) -> None:
    """A list item's own words, then its nested items one level deeper."""
    depth = len(element.find_parents(["ul", "ol"])) or 1
    own = collapse(" ".join(
        child.get_text(" ") if hasattr(child, "get_text") else str(child)
        for child in element.children
        if getattr(child, "name", None) not in {"ul", "ol"}
    ))
    if own:
        marker, rest, _ = split_marker(own)
        blocks.append(Block("item", collapse(rest), None, level=depth, marker=marker, style="li"))
    for nested in element.find_all("li"):
        if nested.find_parent("li") is element:
            _html_item(nested, blocks)


def _html_label_and_value(element) -> list[Block] | None:
    """A front-sheet row set in one paragraph: a label (in <strong> or <b>, or one the vocabulary knows), a <br>, then
    its value, whose own <br>s keep its lines apart: the label as a bold line, the value as its own."""
    parts: list[list[str]] = [[]]
    bold_lead, plain_after = True, False
    for child in element.children:
        if getattr(child, "name", None) == "br":
            parts.append([])
            continue
        text = child.get_text(" ") if hasattr(child, "get_text") else str(child)
        plain = bool(text.strip()) and getattr(child, "name", None) not in {"strong", "b"}
        if len(parts) == 1 and plain:
            bold_lead = False
        plain_after = plain_after or (len(parts) > 1 and plain)
        parts[-1].append(text)
    bold_lead = bold_lead and plain_after  # a paragraph in bold throughout is a heading, whatever its breaks
    texts = [collapse(" ".join(part)) for part in parts]
    label, value = texts[0], "\n".join(text for text in texts[1:] if text)
    if len(parts) < 2 or not value or not 0 < word_count(label) <= 8 or label.endswith((".", ";", ",")):
        return None
    if not (bold_lead or _known_label(label)) or split_marker(label)[0] is not None:
        return None
    return [Block("paragraph", label, None, bold=True, style="p"), Block("paragraph", value, None, style="p")]


def _html_bold_only(element) -> bool:
    """A paragraph whose every word sits inside <strong> or <b>."""
    bold = collapse(" ".join(tag.get_text(" ") for tag in element.find_all(["strong", "b"]) if not tag.find_parent(["strong", "b"])))
    return bool(bold) and bold == collapse(element.get_text(" "))
