"""Front sheets of cabinet and decision reports: labelled fields and the seen-by table, read from page text.

Written here because front sheets are a council convention no parser knows: "Lead Officer:", "Forward Plan
Reference:", a seen-by table of role, name and date. Every value is a span of the whitespace-collapsed page,
so it can be quoted as a citation.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from ingest.chunking import collapse, is_heading
from ingest.dates import find_date
from ingest.documents import ParsedDocument
from ingest.vocabulary import load_vocabulary

FIELDS = {
    "cabinet_member": r"Cabinet Member\(s\)",
    "local_members": r"Division and Local Member\(s\)",
    "lead_officer": r"Lead Officer",
    "author": r"Author",
    "contact": r"Contact Details",
    "seen_by": r"Seen by",
    "forward_plan": r"Forward Plan Reference",
    "summary": r"Summary",
    "recommendations": r"Recommendations",
    "reasons": r"Reasons for Recommendations",
    "links": r"Links to Priorities and Impact on Service Plans",
    "consultations": r"Consultations[\w /-]*?undertaken",
    "financial": r"Financial Implications",
    "legal": r"Legal Implications",
    "hr": r"HR Implications",
    "risk": r"Risk Implications",
    "other": r"Other Implications[^:]{0,60}",
    "scrutiny": r"Scrutiny comments[^:]{0,60}",
}
_LABEL = re.compile("|".join(f"(?P<{name}>\\b{pattern}\\s*:)" for name, pattern in FIELDS.items()))


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern:
    """A seen-by role of the vocabulary; one right after a dash belongs to the name before it ("Cllr A. Smith – Spokesperson for ...")."""
    return re.compile("|".join(rf"(?<![–-] )\b{re.escape(role)}(?=\s)" for role in load_vocabulary().roles))


_DATE = re.compile(r"(?:Sent on\s+)?\d{1,2}[./]\d{1,2}[./]\d{2,4}|Report author", re.IGNORECASE)
_OPTIONS = re.compile(r"Options considered and reasons for rejecting them\s+(?P<body>.+?)(?=\s\d{1,2}\.\s+[A-Z][a-z]+ [A-Z]?[a-z]+|$)", re.IGNORECASE)


@dataclass
class SeenBy:
    """One row of a seen-by table, and the verbatim row it was read from."""

    role: str
    name: str
    date: str | None
    quote: str
    page: int | None


@dataclass
class FrontSheet:
    """The labelled fields of a report's front sheet; each value is (text, page, verbatim label and text)."""

    fields: dict[str, tuple[str, int | None, str]] = field(default_factory=dict)
    seen_by: list[SeenBy] = field(default_factory=list)
    options: tuple[str, int | None] | None = None

    def to_dict(self) -> dict:
        """The catalogue's JSON form."""
        return {"fields": {k: list(v) for k, v in self.fields.items()}, "seen_by": [asdict(row) for row in self.seen_by], "options": list(self.options) if self.options else None}


def front_sheet(document: ParsedDocument) -> FrontSheet | None:
    """The front sheet of a cabinet or decision report, or None when the document has none."""
    sheet = FrontSheet()
    for page in document.pages[:3]:
        text = collapse(page.text)
        matches = list(_LABEL.finditer(text))
        headings = _bare_headings(page.text)
        for here, after in zip(matches, matches[1:] + [None]):
            name = here.lastgroup
            end = _heading_after(text, here.end(), after.start() if after else len(text), headings)
            value = text[here.end() : end].strip()
            if name and value and name not in sheet.fields:
                quote = text[here.start() : end].strip()  # the label with its value, verbatim
                sheet.fields[name] = (value[:2000], page.number, quote[:2000])
        if "seen_by" in sheet.fields and not sheet.seen_by and sheet.fields["seen_by"][1] == page.number:
            sheet.seen_by = _seen_by(sheet.fields["seen_by"][0], page.number)
    meeting = _meeting(document)
    if meeting and sheet.fields:
        sheet.fields["meeting"] = meeting
    for page in document.pages:
        match = _OPTIONS.search(collapse(page.text))
        if match:
            sheet.options = (match.group("body").strip()[:600], page.number)
            break
    return sheet if {"lead_officer", "forward_plan", "seen_by"} & set(sheet.fields) else None


def _bare_headings(page_text: str) -> list[str]:
    """Short title lines standing alone after a finished sentence ("Summary" with no colon): they end a field."""
    lines = [line.strip() for line in page_text.splitlines() if line.strip()]
    return [line for before, line in zip(lines, lines[1:]) if len(line) <= 40 and is_heading(line) and before.endswith((".", "!", "?"))]


def _heading_after(text: str, start: int, end: int, headings: list[str]) -> int:
    """Where a field's value ends: at the next label, or earlier at a bare heading after a sentence."""
    for heading in headings:
        found = re.search(rf"(?<=[.!?]) {re.escape(heading)}(?= )", text[start:end])
        if found:
            end = start + found.start()
    return end


def _meeting(document: ParsedDocument) -> tuple[str, int | None, str] | None:
    """The meeting and date at the head of a report ("Cabinet 15th November 2017"), verbatim."""
    lines = [line.strip() for line in document.pages[0].text.splitlines() if line.strip()][:3]
    for count in range(1, len(lines) + 1):
        head = collapse(" ".join(lines[:count]))
        if find_date(head, window=200):
            return head, document.pages[0].number, head
    return None


def _seen_by(value: str, page: int | None) -> list[SeenBy]:
    """Rows of a seen-by table: from one known role to the next, the name, then a date if there is one."""
    starts = [match.start() for match in _role_pattern().finditer(value)]
    rows: list[SeenBy] = []
    for start, end in zip(starts, starts[1:] + [len(value)]):
        row = value[start:end].strip()
        role = _role_pattern().match(row).group(0)
        rest = row[len(role) :].strip()
        date = _DATE.search(rest)
        name = (rest[: date.start()] if date else rest).strip(" ;,")
        if name:
            rows.append(SeenBy(role, name, date.group(0) if date else None, row, page))
    return rows


TYPES = ("cabinet-report", "decision-report", "plan", "highlight-report", "board-report", "minutes", "risk-register", "other")
