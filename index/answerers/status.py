"""Status reports' own lines: the overall RAG status, and the budget lines (approved, spent to date, forecast outturn,
variance), read from the fields the model holds, each cited with its verbatim line.
"""

from __future__ import annotations

from index.answer import Draft
from index.answerers.base import Ask, Cited, Document, heading, named_document
from index.answerers.fields import FIELD_MIN, asked_fields, candidates, render_fields, without
from index.answerers.intents import BUDGET_FIELDS, BUDGET_TOGETHER, DOCUMENT_WORDS, STATUS_CUES, STATUS_FIELDS, STATUS_WORDS, cues, subject


class StatusAnswerer:
    """The overall status and budget position of a programme or project report."""

    name = "status"

    def wants(self, ask: Ask) -> float:
        """High for 'overall status' and budget words, when some document has status lines."""
        if not any(f.name in STATUS_FIELDS for d in ask.documents for f in d.model.fields):
            return 0.0
        found = cues(STATUS_CUES, ask.question)
        return 0.8 if "overall" in found else 0.75 if "budget" in found else 0.0

    def answer(self, ask: Ask) -> Draft | None:
        """The asked status lines of the named report (else of every report that has them), each cited."""
        holders = [d for d in ask.documents if any(f.name in STATUS_FIELDS for f in d.model.fields)]
        named = named_document(ask.question, holders) or (holders[0] if len(holders) == 1 else None)
        if named is None and ask.matcher.content(subject(ask.question, STATUS_WORDS, DOCUMENT_WORDS)):
            return None  # the question is about something no status report is named for ('spend on potholes')
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


ABOUT_MIN = 0.5  # share of the question's own words a status report must hold to be the one asked about
