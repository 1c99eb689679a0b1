"""Programme highlight reports: each workstream with its schedule and budget status, read as printed.

Written here because the status grid ("Ahead of time | On schedule | Behind schedule" with a YES under one
column) loses its columns in plain text extraction; pypdf's layout mode keeps them, so the YES is placed
under the header it stands beneath. Where the grid says nothing (or OCR garbled it), the status is
"not stated": nothing is invented.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest.chunking import collapse
from ingest.documents import ParsedDocument
from ingest.model import Block, Table

_SUMMARY = re.compile(r"^Summary(/distillation)? of key proposals", re.IGNORECASE)
_SCHEDULE_HEAD = ("Ahead of time", "On schedule", "Behind schedule")
_STATUS = {"Ahead of time": "ahead of schedule", "On schedule": "on schedule", "Behind schedule": "behind schedule"}
_YES = re.compile(r"\byes\b", re.IGNORECASE)


@dataclass
class Workstream:
    """One workstream of a highlight report and its schedule status, with the verbatim grid it came from."""

    name: str
    page: int | None
    schedule: str
    quote: str
    status_page: int | None
    rag: dict[str, str] | None = None  # a RAG table's ratings as printed ("time": "Red", ...), when it has one
    lead: str | None = None
    budget: str = "not stated"  # "on budget", "underspend £…", "overspend £…", "N/A" as the grid marks it, or a RAG cost rating
    budget_quote: str = ""
    budget_page: int | None = None
    resources: str = "not stated"
    resources_quote: str = ""
    resources_page: int | None = None
    sections: list[dict] = field(default_factory=list)  # {"kind", "heading", "page", "text"}: one per page a section spans

    def to_dict(self) -> dict:
        """The catalogue's JSON form."""
        return asdict(self)


def workstreams(document: ParsedDocument) -> list[Workstream]:
    """The workstreams of a highlight report, each with the schedule status its grid (or RAG table) shows."""
    names = _names(document)
    if not names:
        return rag_workstreams(document)
    found: list[Workstream] = []
    for index, (name, page) in enumerate(names):
        end = names[index + 1][1] if index + 1 < len(names) else None
        status, quote, status_page = "not stated", "", None
        for candidate in document.pages:
            if candidate.number is None or candidate.number < page or (end is not None and candidate.number > end):
                continue
            if end is not None and candidate.number == end and index + 1 < len(names) and _before_name(candidate.text, names[index + 1][0]) is None:
                continue
            reading = _schedule(document.path, candidate.number, candidate.text, names[index + 1][0] if index + 1 < len(names) and candidate.number == end else None)
            if reading:
                status, quote = reading
                status_page = candidate.number
                break
        stream = Workstream(name, page, status, quote, status_page)
        if status_page is not None:
            _read_budget(stream, document, status_page)
        found.append(stream)
    _read_sections(document, found)
    return found


def _names(document: ParsedDocument) -> list[tuple[str, int | None]]:
    """Workstream titles: the last short line before each 'Summary of key proposals'."""
    names = []
    for page in document.pages:
        lines = [line.strip() for line in page.text.splitlines() if line.strip()]
        for position, line in enumerate(lines):
            if _SUMMARY.match(line) and position > 0:
                title = lines[position - 1]
                if len(title) < 60 and not title.endswith((".", ":")):
                    names.append((title, page.number))
    return names


def _before_name(text: str, name: str) -> int | None:
    position = text.find(name)
    return position if position >= 0 else None


def _schedule(path: str, number: int, text: str, next_name: str | None) -> tuple[str, str] | None:
    """(status, verbatim quote) from the page's schedule grid, or None when the page has no grid."""
    scope = text[: _before_name(text, next_name)] if next_name and _before_name(text, next_name) else text
    lines = [line.strip() for line in scope.splitlines()]
    heads = [i for i, line in enumerate(lines) if line.startswith("Behind schedule")]
    if not heads:
        return None
    behind = heads[0]
    start = max(0, behind - 2)
    window = lines[start : behind + 3]
    quote = collapse(" ".join(line for line in window if line))
    if _YES.search(lines[behind]):
        return "behind schedule", collapse(lines[behind])
    after = lines[behind + 1] if behind + 1 < len(lines) else ""
    if not _YES.search(after):
        return "not stated", collapse(" ".join(lines[start : behind + 1]))
    column = _column_of_yes(path, number)
    status = _STATUS.get(column, "not stated") if column else "not stated"
    return status, collapse(" ".join(lines[start : behind + 2])) if quote else quote


def _column_of_yes(path: str, number: int) -> str | None:
    """Which schedule header the YES of the page's grid stands under, from pypdf's layout-mode text."""
    from pypdf import PdfReader

    if not path.lower().endswith(".pdf") or not Path(path).exists():
        return None
    layout = PdfReader(path).pages[number - 1].extract_text(extraction_mode="layout").splitlines()
    for index, line in enumerate(layout):
        if "Behind schedule" in line and ("On schedule" in line or "Ahead of time" in line):
            columns = {head: line.find(head) + len(head) // 2 for head in _SCHEDULE_HEAD if head in line}
            for below in layout[index + 1 : index + 3]:
                match = _YES.search(below)
                if match:
                    return min(columns, key=lambda head: abs(columns[head] - match.start()))
    return None


_RAG = frozenset(("red", "amber", "green"))
_RAG_HEAD = re.compile(r"^workstreams?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?%)]$")


def rag_workstreams(document: ParsedDocument) -> list[Workstream]:
    """Rows of a 'Workstream | Lead | Time | Cost | Quality | ...' table, one cell per line in the text.

    Each row is found by its three RAG words in a row; the lead is the line before them, the name the lines
    between the previous row's comment (which ends a sentence) and the lead. Time gives the schedule: Green is
    on schedule, Amber or Red behind it, as such reports use the colours.
    """
    found: list[Workstream] = []
    for page in document.pages:
        lines = [line.strip() for line in page.text.splitlines() if line.strip()]
        head = next((i for i, line in enumerate(lines) if _RAG_HEAD.match(line) and [x.lower() for x in lines[i + 2 : i + 5]] == ["time", "cost", "quality"]), None)
        if head is None:
            continue
        start = head + 5 + (0 if lines[head + 5].lower() in _RAG else 1)  # skip a comment column's header
        rows = [i for i in range(start, len(lines) - 2) if all(lines[j].lower() in _RAG for j in (i, i + 1, i + 2))]
        for number, rag_at in enumerate(rows):
            lead_at = rag_at - 1
            name_start = start if number == 0 else _after_comment(lines, rows[number - 1] + 3, lead_at)
            if name_start >= lead_at:
                continue
            end = _after_comment(lines, rag_at + 3, rows[number + 1] - 1 if number + 1 < len(rows) else len(lines))
            name = " ".join(lines[name_start:lead_at])
            time, cost, quality = (lines[rag_at + k] for k in range(3))
            quote = collapse(" ".join(lines[name_start:end]))
            schedule = "on schedule" if time.lower() == "green" else "behind schedule"
            found.append(Workstream(collapse(name), page.number, schedule, quote, page.number, {"time": time, "cost": cost, "quality": quality}, lines[lead_at],
                                    budget=f"cost {cost}", budget_quote=quote, budget_page=page.number))
            comment = collapse(" ".join(lines[rag_at + 3 : end]))
            if comment:
                found[-1].sections.append({"kind": "activity", "heading": "Key activity this quarter", "page": page.number, "text": comment})
    return found


def _after_comment(lines: list[str], start: int, stop: int) -> int:
    """The line after a comment cell: the first line from `start` that ends a sentence, plus one."""
    for index in range(start, stop):
        if _SENTENCE_END.search(lines[index]):
            return index + 1
    return stop


_BUDGET_COLUMNS = {"UNDERSPEND": "underspend", "ON BUDGE": "on budget", "OVERSPEND": "overspend"}
_CELL = re.compile(r"YES|N/A|£\s?[-–]?\s?(?:N/A|\d[\d,.]*\s?[km]?)?", re.IGNORECASE)
_RESOURCES = re.compile(r"^Resources?\b:?\s*(.*)$", re.IGNORECASE)


def _read_budget(stream: Workstream, document: ParsedDocument, number: int) -> None:
    """Budget (and resources, where the grid has a row for them) from the grid above the schedule row, as printed."""
    page = next(candidate for candidate in document.pages if candidate.number == number)
    lines = [line.strip() for line in page.text.splitlines()]
    behind = next((i for i, line in enumerate(lines) if line.startswith("Behind schedule")), len(lines))
    heads = [i for i, line in enumerate(lines[:behind]) if line.startswith("UNDERSPEND")]
    if not heads:
        return
    start = heads[-1]
    stop = next((i for i in range(start, behind) if lines[i].startswith("Ahead of time")), behind)
    stream.budget_quote, stream.budget_page = collapse(" ".join(line for line in lines[start:stop] if line)), number
    stream.budget = _budget_column(document.path, number) or "not stated"
    grid_start = next((i for i in range(start, -1, -1) if "Stage:" in lines[i]), start)
    for line in lines[grid_start:behind]:
        match = _RESOURCES.match(line)
        if match and match.group(1):
            stream.resources, stream.resources_quote, stream.resources_page = collapse(match.group(1)), collapse(line), number


def _budget_column(path: str, number: int) -> str | None:
    """The budget cell marked in the 'UNDERSPEND | ON BUDGET | OVERSPEND' grid, read in layout mode: the column
    a YES stands under (with any £ amount printed in it), a £ amount alone, or N/A when every cell says so."""
    from pypdf import PdfReader

    if not path.lower().endswith(".pdf") or not Path(path).exists():
        return None
    layout = PdfReader(path).pages[number - 1].extract_text(extraction_mode="layout").splitlines()
    at = next((i for i, line in enumerate(layout) if "UNDERSPEND" in line and "OVERSPEND" in line), None)
    if at is None or at + 1 >= len(layout):
        return None
    columns = {status: layout[at].find(head) for head, status in _BUDGET_COLUMNS.items() if head in layout[at]}
    cells = [(match.group().strip(), match.start()) for match in _CELL.finditer(layout[at + 1])]
    under = lambda position: min(columns, key=lambda status: abs(columns[status] - position))  # noqa: E731
    amounts = {under(position): cell for cell, position in cells if re.search(r"\d", cell)}
    marked = [under(position) for cell, position in cells if cell.upper() == "YES"]
    if marked:
        return f"{marked[0]} {amounts[marked[0]]}" if marked[0] in amounts and marked[0] != "on budget" else marked[0]
    if amounts:
        status, amount = next(iter(amounts.items()))
        return f"{status} {amount}"
    if cells and all("N/A" in cell.upper() for cell, _ in cells):
        return "N/A"
    return None


# Headings of a workstream's text sections, as such reports print them; a heading starts a line or a sentence.
SECTION_HEADINGS = {
    "summary": ("Summary/distillation of key proposals", "Summary of key proposals"),
    "completed": ("Products completed this period", "Position statement"),
    "problems": ("Actual or potential problems", "Barriers to progress with the work-stream"),
    "risks": ("Risk update",),
    "issues": ("Project issues status",),
    "impact": ("Budget & schedule impact of the changes",),
    "tolerance": ("Tolerance situation",),
    "interdependence": ("Comment on interdependence with other work-streams",),
    "next": ("Next steps", "Products to be completed next period", "Products to be completed in the next period"),
}
_PAGE_FOOTER = re.compile(r"^Page \d+ of \d+$")


def _loose(heading: str) -> str:
    """A heading's pattern that survives OCR splitting a word over lines ("proble\\nems", "Impac\\nct")."""
    return "".join(re.escape(c) + r"(?:\n\S?)?" if c.isalpha() else r"\s+" if c == " " else re.escape(c) for c in heading)


_HEADING = re.compile(
    r"(?:^[ \t]*|(?<=[.!?] ))(?:" + "|".join(f"(?P<{kind}>{'|'.join(_loose(h) for h in headings)})" for kind, headings in SECTION_HEADINGS.items())
    + r")(?:\s*\([^)]*\))?(?:[ \t]*:|[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)


def _stops(name: str) -> re.Pattern:
    """Lines that end a section without starting one: a status grid's first row ('Project:' or the workstream's
    name, then 'Stage: 1'), a project plan's caption."""
    grid = rf"^(?:[ \t]*(?:Project:?|{re.escape(name)})[ \t]*\n)?[^\n]*\bStage:\s*\d[^\n]*$"
    return re.compile(rf"{grid}|^[^\n]*Project Plan[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _read_sections(document: ParsedDocument, streams: list[Workstream]) -> None:
    """Each workstream's text sections (summary, products completed, problems, ...), as verbatim spans per page."""
    from ingest.chunking import boilerplate_lines

    boilerplate = boilerplate_lines([page.text for page in document.pages])
    pages = [(page.number, _without_footer(page.text, boilerplate)) for page in document.pages if page.number is not None]
    starts = []
    for stream in streams:
        found = next(((index, match.start()) for index, (number, text) in enumerate(pages) if number == stream.page
                      for match in [re.search(rf"^[ \t]*{re.escape(stream.name)}[ \t]*\n\s*Summary", text, re.MULTILINE)] if match), None)
        starts.append(found)
    for position, stream in enumerate(streams):
        if starts[position] is None:
            continue
        end = next((start for start in starts[position + 1 :] if start is not None), (len(pages) - 1, len(pages[-1][1])))
        kind, heading = None, ""
        for index in range(starts[position][0], end[0] + 1):
            number, text = pages[index]
            low = starts[position][1] if index == starts[position][0] else 0
            high = end[1] if index == end[0] else len(text)
            marks = sorted([(m.start(), m.end(), m.lastgroup, m.group()) for m in _HEADING.finditer(text, low, high)]
                           + [(m.start(), m.end(), None, "") for m in _stops(stream.name).finditer(text, low, high)])
            cursor = low
            for begin, finish, found_kind, found_heading in marks:
                _add(stream, kind, heading, number, text[cursor:begin])
                kind, heading, cursor = found_kind, found_heading, finish
            _add(stream, kind, heading, number, text[cursor:high])  # an open section goes on over the page


def _add(stream: Workstream, kind: str | None, heading: str, number: int, text: str) -> None:
    if kind and collapse(text):
        stream.sections.append({"kind": kind, "heading": collapse(heading), "page": number, "text": collapse(text)})


def _without_footer(text: str, boilerplate: set[str]) -> str:
    """The page's text up to its running footer (title lines and 'Page N of M' at the end)."""
    lines = text.splitlines(keepends=True)
    while lines and (not lines[-1].strip() or lines[-1].strip() in boilerplate or _PAGE_FOOTER.match(lines[-1].strip())):
        lines.pop()
    return "".join(lines)


# Label/value records: a service or scheme named on a line, then its lines "Approved budget: £1,824,000",
# "Forecast outturn: £2,110,000", ... (one line each, or run together in one list item or paragraph). Several
# records with the same labels in a row are one table keyed by the name, whatever the format printed them as.
_PAIR = re.compile(r"\s*:\s+(?=[-+−–]?\(?[£$€]?\s?\d)")  # a label's colon, followed by a figure
_YEAR = re.compile(r"(?:19|20)\d\d(?:[/-]\d{2,4})?")
_NAME_MAX = 80  # a name line is short ...
_NAME_END = re.compile(r"[.:;,]$")  # ... and is no sentence or label
_MIN_RECORDS = 2
_MIN_LABELS = 2
_LABEL_WORDS = 5  # a label line's label ('Actual spend to date') is a few words


def record_tables(blocks: list[Block]) -> list[Table]:
    """Runs of label/value records (two records or more, with the same labels) as tables: a name column, then one
    column per label, each row on the page of its record."""
    found, heading, run = [], None, []
    record: list[tuple[str, int | None]] | None = None  # the open record's texts with their pages
    pending: tuple[str, int | None, bool] | None = None  # a line that names a record if label lines follow it

    def close() -> None:
        nonlocal run
        table = _records_table(run, heading)
        if table is not None:
            found.append(table)
        run = []

    # A line of several labelled figures that opens with the same bare label as others ('Approved budget: £21.4m
    # Forecast outturn: ...') holds no name: the line before it names the record.
    openings = Counter(parts[0] for block in blocks for parts in [_PAIR.split(" ".join(block.text.split()))] if len(parts) > _MIN_LABELS)
    bare = {opening for opening, n in openings.items() if n >= _MIN_RECORDS and len(opening.split()) <= _LABEL_WORDS}
    for block in _label_lines(blocks):
        text = " ".join(block.text.split())
        parts = _PAIR.split(text)
        if ((len(parts) == 2 and len(parts[0].split()) <= _LABEL_WORDS) or parts[0] in bare) and (record or pending):
            if record is None:
                record, pending = [pending[:2]], None
            record.append((text, block.page))  # "Forecast outturn: £2,110,000" goes on with the open record
            continue
        if record:
            run.append(record)
            record = None
        if pending is not None:  # no label line followed: it named no record
            close()
            heading = pending[0] if pending[2] else heading
            pending = None
        if len(parts) > _MIN_LABELS:
            run.append([(text, block.page)])  # a record run together on one line
        elif block.kind != "table" and text and len(text) <= _NAME_MAX and not _NAME_END.search(text):
            pending = (text, block.page, block.kind == "heading")
        else:
            close()
            heading = text if block.kind == "heading" else heading
    if record:
        run.append(record)
    close()
    return found


def _label_lines(blocks: list[Block]):
    """The blocks, with a two-column table of labels ("Budget:" | "£8,200,000") read as its labelled lines."""
    for block in blocks:
        table = block.table
        if block.kind == "table" and table and len(table.header) == 2 and all(row[0].endswith(":") for row in [table.header, *table.rows]):
            yield from (Block("paragraph", f"{label} {value}", block.page) for label, value in [table.header, *table.rows])
        else:
            yield block


def _records_table(records: list[list[tuple[str, int | None]]], heading: str | None) -> Table | None:
    """The table a run of records makes, or None when they are too few or their labels differ."""
    chains = [(_PAIR.split(" ".join(text for text, _ in record)), record[0][1]) for record in records]
    groups: list[list[tuple[list[str], int | None]]] = []
    for chain in chains:
        if groups and len(groups[-1][0][0]) == len(chain[0]):
            groups[-1].append(chain)
        else:
            groups.append([chain])
    best = max(groups, key=len, default=[])
    if len(best) < _MIN_RECORDS or len(best[0][0]) - 1 < _MIN_LABELS:
        return None
    width = len(best[0][0])
    labels = [_common_tail([parts[k] for parts, _ in best]) for k in range(width - 1)]
    if not all(labels):
        return None
    rows = []
    for parts, _ in best:
        cells = [_without_tail(parts[0], labels[0]).lstrip(">").strip()]  # "> Libraries": a plain-text record marker
        cells += [_without_tail(parts[k], labels[k]) for k in range(1, width - 1)] + [parts[-1]]
        if not cells[0]:
            return None
        rows.append([cell.strip() for cell in cells])
    return Table(header=["", *labels], rows=rows, page=best[0][1], row_pages=[page for _, page in best], heading=heading)


def _common_tail(texts: list[str]) -> str:
    """The words every text ends with (a label run on after a name or a value), from a capitalised word."""
    split = [text.split() for text in texts]
    tail: list[str] = []
    while all(len(words) > len(tail) for words in split) and len({words[-1 - len(tail)] for words in split}) == 1:
        tail.insert(0, split[0][-1 - len(tail)])
    while tail and not (tail[0][:1].isupper() or _YEAR.fullmatch(tail[0])):
        tail.pop(0)  # 'underspend Forecast outturn': the value's last word is not the label's ('2025/26 budget' is a label)
    return " ".join(tail)


def _without_tail(text: str, tail: str) -> str:
    return text[: len(text) - len(tail)].strip() if tail and text.endswith(tail) else text
