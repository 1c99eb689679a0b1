"""Answers across reports: which reports a person saw, led, wrote or fronted, which reports a role saw, which reports
considered no alternative options; a highlight report's workstreams by schedule; and an honest "the report gives none"
for a front-sheet field a named report lacks. Every row is cited with its page, reports oldest first.

A question about one named report's front sheet is the model answerers' (index/answerers/fields.py, any house
style's labels); this module reads the same document models across reports. When the question is about none of
these, it gives no answer and the model answerers or retrieval do.
"""

from __future__ import annotations

import re

from index.answer import Draft, escape, named_terms
from index.answerers import load
from index.answerers.base import Document, named_document
from index.answerers.fields import none_part, seen_rows
from index.intents import FIELD_CUES, NEGATED, PERSON_FIELDS, telling_label
from index.models import Citation, Filters
from index.programmes import ProgrammeAnswerer
from index.retrieval import terms
from ingest.vocabulary import fold, load_vocabulary

_WORKSTREAMS = re.compile(r"\b(work-?streams?|projects?|strands?)\b", re.IGNORECASE)
_SCHEDULE = re.compile(r"\b(behind|late|slipp\w*|delay\w*|on (schedule|track|target)|ahead|schedule|status)\b", re.IGNORECASE)
_GENERIC = frozenset(terms("report reports cabinet paper decision document council plan"))


def _date(doc: dict) -> str:
    return f" ({doc['date']})" if doc.get("date") else ""


def _heading(document: Document) -> str:
    return f"**{escape(document.title)}**{_date(document.doc)}"


class ReportAnswerer:
    """Structured answers across the catalogue's reports."""

    def __init__(self, catalogue, mentions=None) -> None:
        self.catalogue = catalogue
        self.mentions = mentions  # (phrase) -> units that contain it, to tell "not on the front sheet" from "not anywhere"
        self.programmes = ProgrammeAnswerer(catalogue)

    def answer(self, question: str, filters: Filters | None = None, context: str = "") -> Draft | None:
        """A cited answer across reports or from highlight-report grids, or None when the question is about neither.

        `context` (what a follow-up refers to) is the model answerers' to read; a question across reports names no report.
        """
        drafted = self.programmes.answer(question, filters)  # a workstream's budget, status table or report sections
        if drafted:
            return drafted
        if _WORKSTREAMS.search(question) and _SCHEDULE.search(question):
            drafted = self._workstreams(question, filters)
            if drafted:
                return drafted
        documents = [d for d in load(self.catalogue.documents, filters) if d.model.fields]
        missing = self._missing_field(question, documents)
        if missing or not documents or named_document(question, documents):
            return missing  # one named report: its fields are the model answerers'
        if FIELD_CUES["seen"].search(question):
            return self._seen_by(question, documents)
        if NEGATED.search(question) and FIELD_CUES["across"].search(question):
            return self._none_said(question, documents)
        if FIELD_CUES["across"].search(question):
            return self._by_person(question, documents)
        return None

    def _missing_field(self, question: str, documents: list[Document]) -> Draft | None:
        """'What is the forward plan reference of <a report that has none>?': say the document does not give it, never guess.

        Only for a question that says one field's printed label whole ('forward plan reference', 'cabinet member') of a
        report both the catalogue and the model answerers name, when no passage of that report mentions the label.
        """
        if self.mentions is None:
            return None
        spoken = f" {fold(question)} "
        fields = load_vocabulary().fields
        asked = {name: fold(form) for name, forms in fields.items() for form in forms
                 if len(fold(form).split()) >= 2 and f" {fold(form)} " in spoken and telling_label(form)}
        doc_id = self.catalogue.named(question, title_pairs=True) if len(asked) == 1 else None
        named = named_document(question, documents) if doc_id else None
        if named is None or named.doc_id != doc_id:
            return None  # a council's name in a plan's title names no report: 'Riverton's budget' is not 'Riverton Corporate Plan'
        (name, label), = asked.items()
        if any(item.name == name for item in named.model.fields):
            return None
        for phrase in dict.fromkeys(form.lower() for form in fields[name]):
            if any(meta.get("document_id") == doc_id or meta.get("source") == named.doc["source"] for meta, _ in self.mentions(phrase, per_document=1)):
                return None  # the text mentions it somewhere, in any council's words: let retrieval find it
        return Draft(f"The documents don't say. {_heading(named)} gives no {label}: its text never mentions one.", [], True)

    def _seen_by(self, question: str, documents: list[Document]) -> Draft | None:
        """Seen-by rows of the person or role the question names, across reports."""
        lines: list[str] = []
        citations: list[Citation] = []
        for document in documents:
            rows = seen_rows(question, load_vocabulary(), [f for f in document.model.fields if f.name == "seen_by"], _GENERIC, every=False)
            if not rows:
                continue
            lines.append(_heading(document))
            for row in rows:
                citations.append(Citation.of_document(len(citations) + 1, document.doc, row.page, row.quote, "seen by"))
                lines.append(f"- {escape(row.label)}: {escape(row.value)} [{len(citations)}]")
            lines.append("")
        if not citations:
            return None
        count = len({c.source for c in citations})
        lines.insert(0, f"Seen by, in {count} report{'s' if count != 1 else ''} (oldest first):\n")
        return Draft("\n".join(lines).strip(), citations, False)

    def _none_said(self, question: str, documents: list[Document]) -> Draft | None:
        """Reports whose field (named by its label's first word: 'options', 'wards') says there is none, oldest first."""
        asked = set(terms(question))
        names = {name for name, forms in load_vocabulary().fields.items() for form in forms if set(terms(form.split()[0])) and set(terms(form.split()[0])) <= asked - _GENERIC}
        lines: list[str] = []
        citations: list[Citation] = []
        for document in documents:
            for item in document.model.fields:
                part = none_part(item) if item.name in names else None
                if part:
                    citations.append(Citation.of_document(len(citations) + 1, document.doc, item.page, part, item.label))
                    lines.append(f"- {_heading(document)}: {escape(part)} [{len(citations)}]")
        if not citations:
            return None
        return Draft("Reports that say there were none (oldest first):\n\n" + "\n".join(lines), citations, False)

    def _by_person(self, question: str, documents: list[Document]) -> Draft | None:
        """'Which reports did X lead / write / front?': reports whose lead officer, author or cabinet member is X."""
        names = named_terms(question) - _GENERIC
        if not names:
            return None
        lines: list[str] = []
        citations: list[Citation] = []
        for document in documents:
            for item in document.model.fields:
                if item.name in PERSON_FIELDS and names <= set(terms(item.value)):
                    citations.append(Citation.of_document(len(citations) + 1, document.doc, item.page, item.quote, "front sheet"))
                    lines.append(f"- {_heading(document)}: {escape(item.quote)} [{len(citations)}]")
        if not citations:
            return None
        return Draft(f"In {len(citations)} report{'s' if len(citations) != 1 else ''} (oldest first):\n\n" + "\n".join(lines), citations, False)

    def _workstreams(self, question: str, filters: Filters | None) -> Draft | None:
        """Workstreams of highlight reports by schedule status, as their grids show it (never guessed)."""
        allowed = filters or Filters()
        wanted = "behind schedule" if re.search(r"\b(behind|late|slipp\w*|delay\w*)\b", question, re.IGNORECASE) else None
        wanted = "on schedule" if re.search(r"\bon (schedule|track|target)\b", question, re.IGNORECASE) else wanted
        asked = set(terms(question)) - _GENERIC
        lines: list[str] = []
        citations: list[Citation] = []
        reports = [doc for doc in self.catalogue.documents.values() if doc.get("workstreams") and allowed.allows(doc)]
        if len(reports) > 1:
            # The report(s) the question names best; "programme" alone names none of several programmes.
            overlap = {id(doc): len(asked & (set(terms(doc["title"])) - _GENERIC)) for doc in reports}
            best = max(overlap.values())
            reports = [doc for doc in reports if overlap[id(doc)] == best] if best else reports
        asks_budget = bool(re.search(r"\b(budget|cost|spend|overspen\w*|underspen\w*|financ\w*)\b", question, re.IGNORECASE))
        # A question that names a workstream ("the Digital workstream") is about that one only.
        named_streams = {s["name"] for doc in reports for s in doc["workstreams"] if set(terms(s["name"])) and set(terms(s["name"])) <= asked}
        if asks_budget and not any(s.get("rag") for doc in reports for s in doc["workstreams"] if not named_streams or s["name"] in named_streams):
            return None  # only schedule grids were read: the passages may still say what the budget is
        for doc in sorted(reports, key=lambda doc: doc.get("date") or ""):
            streams = [s for s in doc["workstreams"] if s["quote"] and (wanted is None or s["schedule"] == wanted) and (not named_streams or s["name"] in named_streams)]
            if not streams:
                continue
            lines.append(f"**{escape(doc['title'])}**{_date(doc)}: {len(streams)} workstream{'s' if len(streams) != 1 else ''}{' ' + wanted if wanted else ''}")
            for stream in streams:
                citations.append(Citation.of_document(len(citations) + 1, doc, stream["status_page"], stream["quote"], stream["name"]))
                rag = stream.get("rag")
                ratings = f" (time {rag['time']}, cost {rag['cost']}, quality {rag['quality']})" if rag else ""
                lines.append(f"- {escape(stream['name'])}: {stream['schedule']}{escape(ratings)} [{len(citations)}]")
            unstated = [s["name"] for s in doc["workstreams"] if s["schedule"] == "not stated" and (not named_streams or s["name"] in named_streams)]
            if unstated:
                lines.append(f"- The report's grid gives no schedule status for: {escape(', '.join(unstated))}.")
            lines.append("")
        return Draft("\n".join(lines).strip(), citations, False) if citations else None
