"""Programme highlight reports: each workstream with its schedule and budget status, read as printed.

Written here because the status grid ("Ahead of time | On schedule | Behind schedule" with a YES under one
column) loses its columns in plain text extraction; pypdf's layout mode keeps them, so the YES is placed
under the header it stands beneath. Where the grid says nothing (or OCR garbled it), the status is
"not stated": nothing is invented.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from ingest.chunking import collapse
from ingest.documents import ParsedDocument

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
        found.append(Workstream(name, page, status, quote, status_page))
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
            found.append(Workstream(collapse(name), page.number, schedule, quote, page.number, {"time": time, "cost": cost, "quality": quality}, lines[lead_at]))
    return found


def _after_comment(lines: list[str], start: int, stop: int) -> int:
    """The line after a comment cell: the first line from `start` that ends a sentence, plus one."""
    for index in range(start, stop):
        if _SENTENCE_END.search(lines[index]):
            return index + 1
    return stop
