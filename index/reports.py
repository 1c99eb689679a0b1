"""Answers from report front sheets: a named report's lead officer, author, reference or sign-offs, and
questions across reports ("which reports were seen by X", "reports where no options were considered"),
ordered by date, every row cited with its page.

When the question names no front-sheet field or no report clearly, this gives no answer and retrieval does.
"""

from __future__ import annotations

import re

from index.answer import Draft, escape, named_terms
from index.models import Citation, Filters
from index.programmes import ProgrammeAnswerer
from index.retrieval import terms
from ingest.vocabulary import load_vocabulary

# Question words -> front-sheet fields.
FIELD_WORDS = {
    "lead_officer": r"lead officer|officer (led|leads|leading)|led on|lead on",
    "author": r"author|wrote|written|writer",
    "contact": r"contact|phone|email|telephone|get hold of",
    "forward_plan": r"forward plan|fp ref|reference number",
    "cabinet_member": r"cabinet member|portfolio|lead member|fronted",
    "meeting": r"what date|which date|meeting|taken to|went to cabinet",
    "scrutiny": r"scrutiny",
    "financial": r"financial implications|cost implications",
    "legal": r"legal implications",
    "risk": r"risk implications",
    "recommendations": r"recommend\w*|asked to (approve|agree|endorse|note|decide)|decision (is )?(sought|required)",
    "reasons": r"reasons? for (the |its |their )?(recommendation|decision)",
    "summary": r"summary|summari[sz]e|what is (the|this|that) (report|paper) about",
    "consultations": r"consultations? (undertaken|carried out)|who was consulted|consultation",
    "hr": r"hr implications|human resources implications|staffing implications",
    "local_members": r"local members?|which divisions?",
}
# Front-sheet fields a question can only mean one way, with the words a document would use for them.
EXACT_FIELDS = {"forward_plan": ("forward plan reference", "forward plan"), "cabinet_member": ("cabinet member", "cabinet member")}
# The vocabulary's field for each of those, whose printed forms are what a document "mentions".
VOCABULARY_FIELD = {"forward_plan": "forward_plan", "cabinet_member": "portfolio_holder"}
# Question words -> seen-by roles.
ROLE_WORDS = {
    "legal": ("County Solicitor", "Monitoring Officer"),
    "financ": ("Corporate Finance", "Section 151 Officer"),
    "hr": ("Human Resources",),
    "human resources": ("Human Resources",),
    "scrutiny": ("Relevant Scrutiny Chairman", "Relevant Scrutiny Chair"),
    "opposition": ("Opposition Spokesperson",),
    "procurement": ("Procurement / ICT", "Property / Procurement / ICT", "Procurement"),
    "monitoring officer": ("Monitoring Officer",),
    "section 151": ("Section 151 Officer",),
    "s151": ("Section 151 Officer",),
    "solicitor": ("County Solicitor",),
}
_SEEN = re.compile(r"\b(seen by|saw|consulted|signed? ?off|sign-off|cleared)\b", re.IGNORECASE)
_OPTIONS = re.compile(r"\b(options?|alternatives?)\b", re.IGNORECASE)
_NO_OPTIONS = re.compile(r"\bno (other |alternative )?options\b", re.IGNORECASE)
_WORKSTREAMS = re.compile(r"\b(work-?streams?|projects?|strands?)\b", re.IGNORECASE)
_SCHEDULE = re.compile(r"\b(behind|late|slipp\w*|delay\w*|on (schedule|track|target)|ahead|schedule|status)\b", re.IGNORECASE)
_GENERIC = frozenset(terms("report reports cabinet paper decision document council plan"))


def _date(doc: dict) -> str:
    return f" ({doc['date']})" if doc.get("date") else ""


def _joined(first: Draft, second: Draft) -> Draft:
    """Two cited answers as one, the second's markers renumbered after the first's."""
    offset = len(first.citations)
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", second.text)
    citations = [c.model_copy(update={"n": c.n + offset}) for c in second.citations]
    head, _, rest = text.partition("\n")
    if head in first.text.split("\n"):  # the same report's title: one heading is enough
        return Draft(f"{first.text}\n{rest}", first.citations + citations, False)
    return Draft(f"{first.text}\n\n{text}", first.citations + citations, False)


class ReportAnswerer:
    """Structured answers over the catalogue's front sheets."""

    def __init__(self, catalogue, mentions=None) -> None:
        self.catalogue = catalogue
        self.mentions = mentions  # (phrase) -> units that contain it, to tell "not on the front sheet" from "not anywhere"
        self.programmes = ProgrammeAnswerer(catalogue)

    def _reports(self, filters: Filters | None) -> list[tuple[str, dict]]:
        allowed = filters or Filters()
        found = [(doc_id, doc) for doc_id, doc in self.catalogue.documents.items() if doc.get("front_sheet") and allowed.allows(doc)]
        return sorted(found, key=lambda item: item[1].get("date") or "")

    def answer(self, question: str, filters: Filters | None = None, context: str = "") -> Draft | None:
        """A cited answer from front sheets or highlight-report grids, or None when the question is about neither.

        `context` is what a follow-up refers to (the earlier question and answer): it may name the report,
        never what is asked.
        """
        drafted = self.programmes.answer(question, filters)  # a workstream's budget, status table or report sections
        if drafted:
            return drafted
        if _WORKSTREAMS.search(question) and _SCHEDULE.search(question):
            drafted = self._workstreams(question, filters)
            if drafted:
                return drafted
        missing = self._missing_field(question, filters)
        if missing:
            return missing
        reports = self._reports(filters)
        if not reports:
            return None
        named = self._named_report(question, reports) or (self._named_in_context(context, reports) if context else None)
        if _SEEN.search(question) or any(re.search(rf"\b{word}", question, re.IGNORECASE) for word in ROLE_WORDS) and named:
            drafted = self._seen_by(question, [named] if named else reports, set(terms(named[1]["title"])) if named else set())
            if drafted:
                fields = self._fields(question, named) if named else None
                return _joined(drafted, fields) if fields else drafted
        if _OPTIONS.search(question) and re.search(r"\bconsidered\b", question, re.IGNORECASE) and not named:
            return self._options(question, reports)
        if named:
            return self._fields(question, named)
        return self._by_person(question, reports)

    def _missing_field(self, question: str, filters: Filters | None) -> Draft | None:
        """'What is the forward plan reference of <a report that has none>?': say the document does not give it, never guess."""
        if self.mentions is None:
            return None
        asked = [name for name in EXACT_FIELDS if re.search(rf"\b({FIELD_WORDS[name]})", question, re.IGNORECASE)]
        doc_id = self.catalogue.named(question, title_pairs=True) if len(asked) == 1 else None
        if doc_id is None or not self._model_names(question, doc_id, filters):
            return None
        doc, name = self.catalogue.documents[doc_id], asked[0]
        if filters is not None and not filters.allows(doc):
            return None  # the document named is not among those asked about
        if name in ((doc.get("front_sheet") or {}).get("fields") or {}):
            return None
        label, _ = EXACT_FIELDS[name]
        canonical = VOCABULARY_FIELD[name]
        if any(item.get("name") == canonical for item in ((doc.get("model") or {}).get("fields") or [])):
            return None  # the document's model read the field under another label ("Lead Member", "Forward Plan ref")
        phrases = [label, *load_vocabulary().fields.get(canonical, [])]
        for phrase in dict.fromkeys(p.lower() for p in phrases):
            if any(meta.get("document_id") == doc_id or meta.get("source") == doc["source"] for meta, _ in self.mentions(phrase, per_document=1)):
                return None  # the text mentions it somewhere, in any council's words: let retrieval find it
        return Draft(f"The documents don't say. **{escape(doc['title'])}**{_date(doc)} gives no {label}: its text never mentions one.", [], True)

    def _model_names(self, question: str, doc_id: str, filters: Filters | None) -> bool:
        """Whether the model answerers read the question as naming the same document (a council's name in a plan's title
        names no document: 'Kestrel Vale's budget report' is not 'Kestrel Vale Corporate Plan')."""
        from index.answerers import load
        from index.answerers.base import named_document

        named = named_document(question, load(self.catalogue.documents, filters))
        return named is not None and named.doc_id == doc_id

    def _by_person(self, question: str, reports: list[tuple[str, dict]]) -> Draft | None:
        """'Which reports did X lead / write / front?': reports whose lead officer, author or cabinet member is X."""
        fields = [name for name in ("lead_officer", "author", "cabinet_member") if re.search(rf"\b({FIELD_WORDS[name]}|lead|led)\b" if name == "lead_officer" else rf"\b({FIELD_WORDS[name]})", question, re.IGNORECASE)]
        names = named_terms(question) - _GENERIC
        if not fields or not names:
            return None
        lines: list[str] = []
        citations: list[Citation] = []
        for _, doc in reports:
            for name in fields:
                value = doc["front_sheet"]["fields"].get(name)
                if value and names <= set(terms(value[0])):
                    citations.append(Citation.of_document(len(citations) + 1, doc, value[1], value[2], "front sheet"))
                    lines.append(f"- **{escape(doc['title'])}**{_date(doc)}: {escape(value[2])} [{len(citations)}]")
        if not citations:
            return None
        return Draft(f"In {len(citations)} report{'s' if len(citations) != 1 else ''} (oldest first):\n\n" + "\n".join(lines), citations, False)

    def _named_report(self, question: str, reports: list[tuple[str, dict]]) -> tuple[str, dict] | None:
        """The report the question names (see Catalogue.named)."""
        doc_id = self.catalogue.named(question, [doc_id for doc_id, _ in reports])
        return (doc_id, self.catalogue.documents[doc_id]) if doc_id else None

    def _named_in_context(self, context: str, reports: list[tuple[str, dict]]) -> tuple[str, dict] | None:
        """The report an earlier question or answer named, when that document is one with a front sheet."""
        doc_id = self.catalogue.named(context)
        return next(((found, doc) for found, doc in reports if found == doc_id), None)

    def _fields(self, question: str, named: tuple[str, dict]) -> Draft | None:
        _, doc = named
        fields = doc["front_sheet"]["fields"]
        wanted = [name for name, pattern in FIELD_WORDS.items() if re.search(rf"\b({pattern})", question, re.IGNORECASE) and name in fields]
        if "author" in wanted and "contact" not in wanted and re.search(r"contact|get hold", question, re.IGNORECASE):
            wanted.append("contact")
        if not wanted:
            return None
        lines = [f"**{escape(doc['title'])}**{_date(doc)}"]
        citations: list[Citation] = []
        for name in wanted:
            _, page, quote = fields[name]
            citations.append(Citation.of_document(len(citations) + 1, doc, page, quote, "front sheet"))
            lines.append(f"- {escape(quote)} [{len(citations)}]")
        return Draft("\n".join(lines), citations, False)

    def _seen_by(self, question: str, reports: list[tuple[str, dict]], title_terms: set[str]) -> Draft | None:
        """Rows of seen-by tables that match the person or role the question names, across reports."""
        roles = {role for word, listed in ROLE_WORDS.items() if re.search(rf"\b{word}", question, re.IGNORECASE) for role in listed}
        names = named_terms(question) - _GENERIC - title_terms - set(terms(" ".join(roles)))  # "the Monitoring Officer" is a role, not a name
        lines: list[str] = []
        citations: list[Citation] = []
        for _, doc in reports:
            rows = []
            for row in doc["front_sheet"]["seen_by"]:
                person = set(terms(row["name"]))
                if (names and names <= person) or (not names and row["role"] in roles):
                    rows.append(row)
            if not rows:
                continue
            lines.append(f"**{escape(doc['title'])}**{_date(doc)}")
            for row in rows:
                citations.append(Citation.of_document(len(citations) + 1, doc, row["page"], row["quote"], "seen by"))
                date = f", {row['date']}" if row["date"] else ""
                lines.append(f"- {escape(row['role'])}: {escape(row['name'])}{escape(date)} [{len(citations)}]")
            lines.append("")
        if not citations:
            return None
        count = len({c.source for c in citations})
        lines.insert(0, f"Seen by, in {count} report{'s' if count != 1 else ''} (oldest first):\n")
        return Draft("\n".join(lines).strip(), citations, False)

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

    def _options(self, question: str, reports: list[tuple[str, dict]]) -> Draft | None:
        """What each report says under 'Options considered', oldest first; 'no options' reports first if asked."""
        only_none = bool(re.search(r"\bno\b|\bwithout\b|\bnot\b", question, re.IGNORECASE))
        lines: list[str] = []
        citations: list[Citation] = []
        for _, doc in reports:
            options = doc["front_sheet"].get("options")
            if not options:
                continue
            text, page = options
            if only_none and not _NO_OPTIONS.search(text):
                continue
            paragraphs = re.split(r"(?<=[.!?])\s+(?=\d)", text)
            quote = next((p for p in paragraphs if _NO_OPTIONS.search(p)), paragraphs[0]) if only_none else text[:400].rsplit(" ", 1)[0]
            citations.append(Citation.of_document(len(citations) + 1, doc, page, quote, "options considered"))
            lines.append(f"- **{escape(doc['title'])}**{_date(doc)}: {escape(quote)} [{len(citations)}]")
        if not citations:
            return None
        head = "Reports where no alternative options were considered" if only_none else "Options considered, by report"
        return Draft(f"{head} (oldest first):\n\n" + "\n".join(lines), citations, False)
