"""Status reports' own lines: the overall RAG status, and the budget lines (approved, spent to date, forecast outturn,
variance), read from the fields the model holds, each cited with its verbatim line.
"""

from __future__ import annotations

import re

from index.answer import Draft, escape
from index.answerers import cells as grid
from index.answerers.base import Ask, Cited, Document, heading, named_document
from index.answerers.fields import FIELD_MIN, asked_fields, candidates, render_fields, without
from index.intents import BUDGET_FIELDS, BUDGET_TOGETHER, DOCUMENT_WORDS, ON_TRACK, STATUS_CUES, STATUS_FIELDS, STATUS_WORDS, cues, subject


class StatusAnswerer:
    """The overall status and budget position of a programme or project report."""

    name = "status"

    def wants(self, ask: Ask) -> float:
        """High for 'overall status' and budget words, when some document has status lines; middling for a budget
        figure a report states in its own words ('a net revenue budget of £252m for 2025/26')."""
        found = cues(STATUS_CUES, ask.question)
        if not any(f.name in STATUS_FIELDS for d in ask.documents for f in d.model.fields):
            return 0.55 if "budget" in found and _budget_statements(ask) else 0.0
        return 0.8 if "overall" in found else 0.75 if "budget" in found else 0.0

    def answer(self, ask: Ask) -> Draft | None:
        """The asked status lines of the named report (else of every report that has them), each cited; else the
        budget figures reports state for what the question names."""
        if any(_row_named(ask, document) for document in ask.documents):
            return None  # 'the forecast outturn for adult social care' is a row of a table of budget lines, tables.py's
        return self._status(ask) or (self._statements(ask) if "budget" in cues(STATUS_CUES, ask.question) else None)

    @staticmethod
    def _statements(ask: Ask) -> Draft | None:
        """The parts of report lines that give a sum for what the question names, in the period it names."""
        found = _budget_statements(ask)
        if not found:
            return None
        cited = Cited()
        for document in dict.fromkeys(d.doc_id for d, _, _ in found):
            rows = [(d, page, part) for d, page, part in found if d.doc_id == document]
            cited.add(heading(rows[0][0]))
            for owner, page, part in rows:
                cited.add(f"- {escape(part)} {cited.cite(owner, page, part)}")
            cited.add()
        return cited.draft()

    def _status(self, ask: Ask) -> Draft | None:
        """The asked status lines of the named report (else of every report that has them), each cited."""
        holders = [d for d in ask.documents if any(f.name in STATUS_FIELDS for f in d.model.fields)]
        named = named_document(ask.question, holders) or (holders[0] if len(holders) == 1 else None)
        if named is None and ask.matcher.content(subject(ask.question, STATUS_WORDS, DOCUMENT_WORDS)):
            # Several reports on one programme ('the programme update' of 2022, 'the highlight report' of 2024) name it
            # alike: the latest of those about it gives its position now.
            about = [d for d in holders if _about(ask, d) and self._wanted(ask, d)]
            if not about:
                return None  # the question is about something no status report is named for ('spend on potholes')
            named = max(about, key=lambda d: d.date or "")
        if named is not None and not _about(ask, named):
            return None  # the only status report in reach is about something else ('what did the pool refurbishment cost')
        cited = Cited()
        for document in [named] if named else holders:
            wanted = self._wanted(ask, document)
            found = sorted((f for f in document.model.fields if f.name in wanted), key=lambda f: wanted.index(f.name))
            if not found:
                continue
            cited.add(heading(document))
            render_fields(cited, document, found, "status")
            cited.add()
        return cited.draft()

    @staticmethod
    def _wanted(ask: Ask, document: Document) -> list[str]:
        """The status fields asked: overall status, one named budget line, or every budget line for 'the budget'."""
        found = cues(STATUS_CUES, ask.question)
        wanted = ["overall_rag", "previous_rag"] if "overall" in found else []  # the status and what it was before
        if ON_TRACK.search(ask.question):
            wanted.append("summary")  # 'is it on track?' is answered yes or no by the status, and why by the summary
        if "budget" in found:
            specific: list[str] = []
            if "budget_line" in found:
                question = without(ask.question, ask.title_terms(document))
                texts = {name: said for name, said in candidates(ask, [document], exclude=()).items() if name in BUDGET_FIELDS}
                specific = [name for name, score in asked_fields(ask, question, texts) if score >= FIELD_MIN]
            # A line asked against another ('the outturn against the budget') brings every budget line, the asked ones first.
            together = not specific or BUDGET_TOGETHER.search(ask.question)
            wanted += [*specific, *(name for name in BUDGET_FIELDS if name not in specific and together)]
        return wanted


def _about(ask: Ask, document: Document) -> bool:
    """Whether the question's own words (status and document words aside) are mostly the report's: its title and lines."""
    asked = ask.matcher.content(subject(ask.question, STATUS_WORDS, DOCUMENT_WORDS)) - ask.matcher.content(document.doc.get("council") or "")
    if not asked:
        return True
    said = ask.matcher.content(" ".join([document.title, *(f"{f.label} {f.value}" for f in document.model.fields)]))
    return len(asked & said) / len(asked) >= ABOUT_MIN


def _row_named(ask: Ask, document: Document | None) -> bool:
    """Whether the question names a row of a table of budget lines of the document (a service, a scheme)."""
    for table in document.model.tables if document else []:
        if sum(ask.vocabulary.field_name(header) in BUDGET_FIELDS for header in table.header) < 2:
            continue
        if any(not grid.is_total(grid.label(table, row)) for _, row in grid.named_rows(ask.question, table, document.title)):
            return True
    return False


ABOUT_MIN = 0.5  # share of the question's own words a status report must hold to be the one asked about


_MONEY = re.compile(r"[£$€]\s?\d[\d,]*(?:\.\d+)?\s*(?:m|bn|k|million|billion)?\b", re.I)
_PARTS = re.compile(r"(?:(?<=[.;:])\s+|\s+(?=(?:\d{1,2}(?:\.\d{1,2})?[.)]?|\([a-z0-9]{1,3}\))\s))")  # sentences, numbered parts
_MOST_STATEMENTS = 3


def _budget_statements(ask: Ask) -> list[tuple[Document, int | None, str]]:
    """(document, page, verbatim part) of field values and outline lines that hold a sum, every word the question
    names (budget words aside) and the period it names; the most specific first."""
    named = grid.periods(ask.question)
    found = []
    for document in ask.documents:
        asked = grid.words(subject(ask.question, STATUS_WORDS, DOCUMENT_WORDS)) - ask.matcher.content(document.doc.get("council") or "")
        if not asked:
            continue
        texts = [(f.page, f.quote) for f in document.model.fields] + [(node.page, node.text) for _, node in document.nodes()]
        for page, text in texts:
            for part in _PARTS.split(" ".join(text.split())):
                if len(part) < 12 or not _MONEY.search(part) or not asked <= grid.words(part):
                    continue
                if named and not named <= grid.periods(part):
                    continue
                found.append((len(part), document, page, part))
    found.sort(key=lambda row: row[0])
    unique = list({(row[1].doc_id, row[3]): row for row in found}.values())[:_MOST_STATEMENTS]
    return [(document, page, part) for _, document, page, part in unique]
