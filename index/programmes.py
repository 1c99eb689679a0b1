"""Answers from programme highlight reports beyond schedule: each workstream's budget status, a status table of
every workstream, and what a named workstream reports under a heading (problems, risks, products completed,
next steps, key proposals), every item cited with the page it is printed on.

The catalogue holds what ingest.highlight read from the grids and headings; a question those do not answer
(no workstream named for a section, a heading the report does not have) gets None, and retrieval answers it.
"""

from __future__ import annotations

import re

from index.answer import Draft, escape
from index.models import Citation, Filters
from index.retrieval import terms

_WORKSTREAM = re.compile(r"\b(work-?\s?streams?|projects?|strands?)\b", re.IGNORECASE)
_BUDGET = re.compile(r"\b(budgets?|over-?\s?spen\w*|under-?\s?spen\w*|costs?|financ\w*)\b", re.IGNORECASE)
_SCHEDULE = re.compile(r"\b(behind|late|slipp\w*|delay\w*|on (track|target)|ahead|schedul\w*|time)\b", re.IGNORECASE)
_STATUS = re.compile(r"\b(status(es)?|rag|how (is|are)\b.*\bdoing|overview|summary of (every|all|each))\b", re.IGNORECASE)
_WANTED_BUDGET = (("overspend", r"\bover-?\s?(budget|spen\w*)\b"), ("underspend", r"\bunder-?\s?(budget|spen\w*)\b"), ("on budget", r"\b(on|within) budget\b"))
# Question words -> the section kinds that answer them (ingest.highlight.SECTION_HEADINGS); the first that matches wins.
SECTION_WORDS = (
    (("next",), r"\bnext (steps?|period|quarter)\b|\bwhat('s| is| are)? (planned|coming) next\b|\bto be (completed|done) next\b"),
    (("problems",), r"\b(problems?|barriers?|obstacles?|blockers?|difficult\w*|issues?)\b"),
    (("risks",), r"\brisks?\b"),
    (("completed", "activity"), r"\b(complet\w*|achiev\w*|delivered|done|progress\w*|products?|activit\w*)\b"),
    (("summary",), r"\b(key proposals?|proposals?|aims?|deliverables?|objectives?|summary)\b"),
    (("tolerance",), r"\btolerances?\b"),
)
_GENERIC = frozenset(terms("report reports highlight programme council workstream workstreams project"))
_GLYPHS = re.compile(r"\s*[\x7f\uf000-\uf8ff■•]\s*")  # bullet glyphs as the PDF's font gives them (DEL, private use)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9'‘(])")


def _items(text: str) -> list[str]:
    """A section's bullets, and the sentences of its paragraphs: each a verbatim piece of the page, cited alone."""
    return [sentence for bullet in _GLYPHS.split(text) for sentence in _SENTENCE.split(bullet) if sentence.strip()]


def _heading(doc: dict) -> str:
    return f"**{escape(doc['title'])}**" + (f" ({doc['date']})" if doc.get("date") else "")


class ProgrammeAnswerer:
    """Structured answers over the workstreams of highlight reports in the catalogue."""

    def __init__(self, catalogue) -> None:
        self.catalogue = catalogue

    def answer(self, question: str, filters: Filters | None = None) -> Draft | None:
        """A cited answer about workstreams' budget, status or report sections, or None to leave it to retrieval."""
        reports, named = self._reports(question, filters)
        if not reports or not (named or _WORKSTREAM.search(question)):
            return None
        for kinds, pattern in SECTION_WORDS:
            if named and re.search(pattern, question, re.IGNORECASE):
                return self._sections(reports, named, kinds)
        asks_budget, asks_schedule = bool(_BUDGET.search(question)), bool(_SCHEDULE.search(question))
        if asks_budget and asks_schedule or _STATUS.search(question) and not asks_schedule and not asks_budget:
            return self._status(reports, named)  # "budget and schedule of each", "the status of every workstream"
        if asks_budget:
            return self._budget(question, reports, named)
        return None

    def _reports(self, question: str, filters: Filters | None) -> tuple[list[dict], set[str]]:
        """The highlight reports the question is about, and the workstreams it names ('the Digital workstream')."""
        allowed = filters or Filters()
        asked = set(terms(question)) - _GENERIC
        reports = [doc for doc in self.catalogue.documents.values() if doc.get("workstreams") and allowed.allows(doc)]
        named = {s["name"] for doc in reports for s in doc["workstreams"] if set(terms(s["name"])) and set(terms(s["name"])) <= asked}
        if named:
            reports = [doc for doc in reports if any(s["name"] in named for s in doc["workstreams"])]
        if len(reports) > 1:
            overlap = {id(doc): len(asked & (set(terms(doc["title"])) - _GENERIC)) for doc in reports}
            best = max(overlap.values())
            reports = [doc for doc in reports if overlap[id(doc)] == best] if best else reports
        return sorted(reports, key=lambda doc: doc.get("date") or ""), named

    def _sections(self, reports: list[dict], named: set[str], kinds: tuple[str, ...]) -> Draft | None:
        """What each named workstream prints under the asked headings, page by page."""
        lines: list[str] = []
        citations: list[Citation] = []
        for doc in reports:
            for stream in (s for s in doc["workstreams"] if s["name"] in named):
                sections = [section for section in stream.get("sections", []) if section["kind"] in kinds]
                if not sections:
                    continue
                lines.append(f"{_heading(doc)}, {escape(stream['name'])}:")
                heading = None
                for section in sections:
                    if section["heading"] != heading:
                        heading = section["heading"]
                        lines.append(f"\n*{escape(heading.rstrip(':'))}*")
                    for item in _items(section["text"]):
                        citations.append(Citation.of_document(len(citations) + 1, doc, section["page"], item, stream["name"]))
                        lines.append(f"- {escape(item)} [{len(citations)}]")
                lines.append("")
        return Draft("\n".join(lines).strip(), citations, False) if citations else None

    def _budget(self, question: str, reports: list[dict], named: set[str]) -> Draft | None:
        """Workstreams grouped by the budget status their grids mark, the asked-for status first."""
        wanted = next((status for status, pattern in _WANTED_BUDGET if re.search(pattern, question, re.IGNORECASE)), None)
        lines: list[str] = []
        citations: list[Citation] = []
        for doc in reports:
            streams = [s for s in doc["workstreams"] if not named or s["name"] in named]
            groups: dict[str, list[dict]] = {}
            for stream in streams:
                if stream.get("budget_quote") and stream.get("budget", "not stated") != "not stated":
                    groups.setdefault(stream["budget"], []).append(stream)
            if not groups:
                continue
            lines.append(f"{_heading(doc)}: budget status of {len(streams)} workstream{'s' if len(streams) != 1 else ''}, as the report's grids mark it")
            if wanted and not any(status.startswith(wanted) for status in groups):
                lines.append(f"- No workstream is marked {wanted}.")
            order = sorted(groups, key=lambda status: (not (wanted and status.startswith(wanted)), status == "N/A", status))
            for status in order:
                cited = []
                for stream in groups[status]:
                    citations.append(Citation.of_document(len(citations) + 1, doc, stream["budget_page"], stream["budget_quote"], stream["name"]))
                    cited.append(f"{escape(stream['name'])} [{len(citations)}]")
                label = "N/A (every budget cell of the grid says N/A)" if status == "N/A" else status
                lines.append(f"- {escape(label)}: {', '.join(cited)}")
            silent = [s["name"] for s in streams if s.get("budget", "not stated") == "not stated"]
            if silent:
                lines.append(f"- The report's grid gives no budget status for: {escape(', '.join(silent))}.")
            lines.append("")
        return Draft("\n".join(lines).strip(), citations, False) if citations else None

    def _status(self, reports: list[dict], named: set[str]) -> Draft | None:
        """One line per workstream: budget, schedule and resources as printed, each cited."""
        lines: list[str] = []
        citations: list[Citation] = []
        for doc in reports:
            streams = [s for s in doc["workstreams"] if not named or s["name"] in named]
            if not streams:
                continue
            lines.append(f"{_heading(doc)}: {len(streams)} workstream{'s' if len(streams) != 1 else ''} (budget; schedule; resources)")
            for stream in streams:
                cells = []
                for label, value, quote, page in (
                    ("budget", stream.get("budget", "not stated"), stream.get("budget_quote"), stream.get("budget_page")),
                    ("schedule", stream["schedule"], stream.get("quote"), stream.get("status_page")),
                    ("resources", stream.get("resources", "not stated"), stream.get("resources_quote"), stream.get("resources_page")),
                ):
                    if value == "not stated" or not quote:
                        cells.append(f"{label} not stated")
                        continue
                    same = next((c.n for c in citations if c.quote == quote and c.page == page and c.source == doc["source"]), None)
                    if same is None:
                        citations.append(Citation.of_document(len(citations) + 1, doc, page, quote, stream["name"]))
                        same = len(citations)
                    cells.append(f"{label} {escape(value)} [{same}]")
                lines.append(f"- {escape(stream['name'])}: {'; '.join(cells)}")
            lines.append("")
        return Draft("\n".join(lines).strip(), citations, False) if citations else None
