"""Page text -> passages ("units": a sentence, a list item, a table row, a label with its value) -> chunks.

Written here rather than taken from llama-index's SentenceSplitter because council PDFs put front-sheet
labels, table cells and list items one per line; a unit keeps "Forward Plan Reference: FP/17/08/12" or a
seen-by row together, and every unit is a verbatim (whitespace-collapsed) span of its page, so it can be
quoted as a citation. Chunks never cross a page boundary, so each one cites a single page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.documents import ParsedDocument
from ingest.layout import underlines

BULLETS = "\x7f\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u25a0\u25aa\u25cf\u25e6\u2022\u25cb\u2023\u2043\u2219\u00b7*"
_BULLET_START = re.compile(rf"^[{re.escape(BULLETS)}]\s*")
_LIST_START = re.compile(r"^(\d{1,2}(\.\d{1,2})*\.?\s|\d{1,2}\)\s|\(?[a-hivx]{1,4}[.)]\s|[-–]\s)")
_DATE_END = re.compile(r"(\d{1,2}[./]\d{1,2}[./]\d{2,4}|report author)$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*$")
_PAGE_FOOTER = re.compile(r"^(page\s+\d+(\s+of\s+\d+)?|\d+\s*/\s*\d+|-?\s*\d{1,3}\s*-?)$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
# Plan structure labels stand alone ("Priority", "Activity to deliver this priority:", "Key activities 2020-23").
STRUCTURE_LABEL = re.compile(r"^(priority|priorities|key priorities|(key )?activit(y|ies)( to deliver this priority)?( \d{4}[-–/]\d{2,4})?):?$", re.IGNORECASE)
_LIST_INTRO = re.compile(r"\b(are|is|were|was|include|includes|including|follows|following|be|to)\s*:$", re.IGNORECASE)
INLINE_BULLET = re.compile(rf"\S\s+[{re.escape(BULLETS)}]\s")
_YEAR_START = re.compile(r"^(19|20)\d\d\b")
_MONTH_END = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$", re.IGNORECASE)
_LABEL_START = re.compile(r"^[A-Z][\w()/&'’ -]{1,40}:\s+\S")
MAX_UNIT_CHARS = 480


@dataclass
class Chunk:
    """A run of units from one page: the unit of retrieval and of citation."""

    text: str
    page: int | None
    section: str
    ordinal: int


def collapse(text: str) -> str:
    """Whitespace-collapsed text: the form in which quotes are checked against pages."""
    return _SPACES.sub(" ", text).strip()


def boilerplate_lines(pages: list[str]) -> set[str]:
    """Lines repeated at the top or bottom of most pages (running headers and footers): noise in every chunk.

    Lines are compared with their numbers masked, so "Cabinet 4 May 2021 - Item 6 Page 2" repeats "... Page 1".
    """
    if len(pages) < 2:
        return set()

    def margins(text: str) -> list[tuple[str, str]]:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return list(dict.fromkeys([("top", line) for line in lines[:2]] + [("foot", line) for line in lines[-4:]]))

    # Keyed by the end of the page a line sits at: a table header at the foot of one page and the top of the next
    # is a table carried over, not a running header.
    on_page = [margins(text) for text in pages]
    counts = Counter(key for lines in on_page for key in {(end, _DIGITS.sub("#", line)) for end, line in lines})
    repeated = {key for key, count in counts.items() if count >= max(2, 0.6 * len(pages))}
    return {line for lines in on_page for end, line in lines if len(line) < 80 and (end, _DIGITS.sub("#", line)) in repeated}


def split_units(text: str, headings: list[str] | None = None, boilerplate: set[str] | None = None, next_page_first_line: str = "") -> list[str]:
    """Split one page into units, each a whitespace-collapsed verbatim span of the page."""
    boilerplate = boilerplate or set()
    heading_set = set(headings or [])
    # A dropped line (running header, page footer, a heading's underline or a rule) ends the unit, so each unit stays
    # a contiguous span.
    printed = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [None if (line in boilerplate or _PAGE_FOOTER.match(line) or underlines(line, printed[index - 1] if index else "")) else line
             for index, line in enumerate(printed)]
    kept = [line for line in lines if line]
    if not kept:
        return []
    wrap = sorted(len(line) for line in kept)[int(0.9 * (len(kept) - 1))]
    short = max(20, int(0.6 * wrap))
    units: list[list[str]] = []
    broken = True
    upcoming: list[str] = [""] * len(lines)  # the next kept line after each line, across a page break
    later = next_page_first_line
    for index in range(len(lines) - 1, -1, -1):
        upcoming[index] = later
        later = lines[index] or later
    for index, line in enumerate(lines):
        if line is None:
            broken = True
            continue
        following = upcoming[index]
        # A short line right before "Activity to deliver this priority" is that priority's title.
        titled = bool(STRUCTURE_LABEL.match(following)) and len(line) < 70 and line[:1].isupper() and not _SENTENCE_END.search(line)
        if broken or titled or _starts_unit(line, units[-1], short, heading_set):
            units.append([line])
        else:
            units[-1].append(line)
        broken = False
    out: list[str] = []
    for unit in units:
        text_ = _BULLET_START.sub("", collapse(" ".join(unit)))
        out.extend(_cap(text_))
    return [unit for unit in out if len(unit) > 1 and any(ch.isalnum() for ch in unit)]


def _starts_unit(line: str, current: list[str], short: int, headings: set[str]) -> bool:
    previous = current[-1]
    if line in headings or previous in headings:
        return True
    if _BULLET_START.match(line) and INLINE_BULLET.search(previous):
        return False  # "including: • Libraries. • Outdoor centres." wrapped onto "• Adult learning.": one list
    if _BULLET_START.match(line) or _LIST_START.match(line) or STRUCTURE_LABEL.match(line) or STRUCTURE_LABEL.match(previous):
        return True
    if line[:1].islower() and not previous.endswith(":") and not _SENTENCE_END.search(previous):
        return False  # a lower-case line carries on the sentence wrapped above it ("sector," + "by:")
    if _YEAR_START.match(line) and _MONTH_END.search(previous):
        return False  # a date wrapped after its month ("meeting of 15 February" + "2008:")
    if _LABEL_START.match(line):
        return True
    if _BULLET_START.match(current[0]) and len(previous) < short and not _BULLET_START.fullmatch(previous) and (line[:1].isupper() or line[:1].isdigit()):
        return True  # a short list item ends at its line: the capitalised line after it ('The five ways above ...') is not its wrap
    label_in_progress = all(
        len(part) < short and not _SENTENCE_END.search(part) and not any(ch.isdigit() for ch in part) for part in current
    )
    if previous.endswith(":"):
        # A short label takes its value ("Reference:" + "FP/17/08/12"); a sentence ending in ':' introduces a list.
        lead_in = " ".join(current)
        return (len(lead_in) > 60 or bool(_LIST_INTRO.search(lead_in)) or bool(_LIST_START.match(current[0]))) and (line[:1].isupper() or line[:1].isdigit())
    if _SENTENCE_END.search(previous) and (line[:1].isupper() or line[:1].isdigit()):
        return True
    if _DATE_END.search(previous):
        return True
    if label_in_progress:
        # Short lines build a label or a table row; a long line after them means they were a heading.
        return len(line) >= short and not line.endswith(":")
    if line.endswith(":") and len(line) < short:
        return True
    return len(previous) < short and (line[:1].isupper() or line[:1].isdigit())


def _cap(unit: str) -> list[str]:
    """Split an over-long unit at sentence ends, then at spaces, so a quote stays readable."""
    if len(unit) <= MAX_UNIT_CHARS:
        return [unit]
    parts: list[str] = []
    for sentence in re.split(r"(?<=[.!?;])\s+(?=[A-Z0-9(])", unit):
        while len(sentence) > MAX_UNIT_CHARS:
            cut = sentence.rfind(" ", 0, MAX_UNIT_CHARS)
            cut = cut if cut > MAX_UNIT_CHARS // 2 else MAX_UNIT_CHARS
            parts.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence:
            if parts and len(parts[-1]) + len(sentence) < MAX_UNIT_CHARS // 2:
                parts[-1] = f"{parts[-1]} {sentence}"
            else:
                parts.append(sentence)
    return parts


def page_openings(document: ParsedDocument, boilerplate: set[str]) -> list[str]:
    """For each page, the first kept line of the page after it (a label there can end this page's last unit)."""
    firsts = []
    for page in document.pages:
        kept = (line.strip() for line in page.text.splitlines())
        firsts.append(next((line for line in kept if line and line not in boilerplate and not _PAGE_FOOTER.match(line)), ""))
    return firsts[1:] + [""]


def is_heading(unit: str) -> bool:
    """A short line with no closing punctuation that reads like a title ("2. Options considered ...")."""
    if len(unit) > 90 or len(unit) < 4 or _SENTENCE_END.search(unit) or ":" in unit or unit.endswith((",", ";")):
        return False
    if _DATE_END.search(unit) or sum(ch.isdigit() for ch in unit) > 4:
        return False
    return unit[:1].isupper() or bool(re.match(r"^\d{1,2}(\.\d)*\.?\s+[A-Z]", unit))


def chunk_document(document: ParsedDocument, chunk_chars: int = 1200) -> list[Chunk]:
    """Pack each page's units into chunks of about `chunk_chars`, starting a new chunk at a heading."""
    boilerplate = boilerplate_lines([page.text for page in document.pages])
    chunks: list[Chunk] = []
    section = ""
    for page, following in zip(document.pages, page_openings(document, boilerplate)):
        current: list[str] = []
        current_section = section
        units = split_units(page.text, page.headings, boilerplate, following)
        for unit in table_rows_as_units(units, page.text, _rows_on(document, page.number)):
            heading = unit in page.headings or (not page.headings and is_heading(unit))
            size = sum(len(part) + 1 for part in current)
            if current and (size + len(unit) > chunk_chars or (heading and size > chunk_chars * 0.4)):
                chunks.append(Chunk("\n".join(current), page.number, current_section, len(chunks)))
                current, current_section = [], section
            if heading:
                section = unit
                if not current:
                    current_section = section
            current.append(unit)
        if current:
            chunks.append(Chunk("\n".join(current), page.number, current_section, len(chunks)))
    return chunks


def _rows_on(document: ParsedDocument, page: int | None) -> list[str]:
    """The verbatim spans of the table headers and rows a page prints, in document order, from the document's model."""
    model = document.model
    if model is None:
        return []
    rows = []
    for table in model.tables:
        if table.page == page and table.header_quote:
            rows.append(table.header_quote)
        for index in range(len(table.rows)):
            if table.row_page(index) == page and index < len(table.row_quotes) and table.row_quotes[index]:
                rows.append(table.row_quotes[index])
    return rows


def table_rows_as_units(units: list[str], page_text: str, rows: list[str]) -> list[str]:
    """Units re-cut so each table row is one unit: cells split over lines join, rows run together part.

    Both units and rows are verbatim spans of the page, so the re-cut pieces are too.
    """
    if not rows:
        return units
    text = collapse(page_text)
    spans, end = [], 0
    for unit in units:
        start = text.find(unit, end)
        spans.append((start, start + len(unit)) if start >= 0 else unit)  # a unit not found as is (a bullet dropped) stays as it is
        end = start + len(unit) if start >= 0 else end
    row_spans, end = [], 0
    for row in rows:  # in document order, so a header repeated by every table is found at its own table
        start = text.find(row, end)
        if start >= 0:
            row_spans.append((start, start + len(row)))
            end = start + len(row)
    cuts = sorted({position for span in row_spans for position in span})
    out: list[str] = []
    emitted: set[tuple[int, int]] = set()
    for span in spans:
        if isinstance(span, str):
            out.append(span)
            continue
        start, stop = span
        inside = [row for row in row_spans if row[0] < stop and start < row[1]]
        if not inside:
            out.append(text[start:stop])
            continue
        pieces = [start, *[c for c in cuts if start < c < stop], stop]
        for a, b in zip(pieces, pieces[1:]):
            row = next((r for r in inside if r[0] <= a and b <= r[1]), None)
            if row is None:
                piece = text[a:b].strip()
                if piece:
                    out.append(piece)
            elif row not in emitted:
                emitted.add(row)
                out.append(text[row[0]:row[1]])
    return [unit for unit in out if any(ch.isalnum() for ch in unit)]
