"""Answers that follow a plan's structure: every activity under an outcome, a plan's outcomes or priorities,
and where an activity sits (its priority and outcome). Each item is cited with its page.

These questions need the whole list, which passage retrieval cannot promise; the catalogue's outline can.
When a question does not name an outcome, priority or activity of a plan clearly, this gives no answer and
the extractive answerer takes over.
"""

from __future__ import annotations

import re

from index.answer import Draft, escape
from index.models import Citation, Filters
from index.retrieval import terms

_ASKS_ACTIVITIES = re.compile(r"\b(activit\w*|actions?|do to deliver|doing|going to do|deliver\w*|support\w*|achiev\w*|what will)\b", re.IGNORECASE)
_ASKS_PRIORITIES = re.compile(r"\bpriorit(y|ies)\b", re.IGNORECASE)
_ASKS_OUTCOMES = re.compile(r"\b(strategic |priority )?outcomes\b", re.IGNORECASE)
_ASKS_PLACE = re.compile(r"\b(under which|which (strategic )?outcome|which priority|which of the .*priorities|where does|fit|sits?|part of|filed|belongs?|covers?)\b", re.IGNORECASE)
_ASKS_CONTENTS = re.compile(r"^\W*(what|which|list)\b.{0,40}?\b(sits?|falls?|comes?|are|is|goes?)\s+(under|beneath|within)\b", re.IGNORECASE)
_HOW_MANY = re.compile(r"\bhow many\b", re.IGNORECASE)
_ASKS_DOCUMENTS = re.compile(r"\b(which|what|any) (other )?(documents?|reports?|papers?|plans?)\b.{0,40}\b(refer|mention|link|cite|name|use)", re.IGNORECASE)
_REFERS_TO = re.compile(r"\b(?:that|this|the same|its|the)\s+(?:strategic\s+)?(outcome|priority)\b", re.IGNORECASE)
_OTHER_QUESTION = re.compile(r"^\W*(when|who|whom|whose|why|how (many|much|often|long))\b", re.IGNORECASE)
_GENERIC_TITLE_WORDS = frozenset(terms("plan plans council county district draft report strategic outcomes priorities"))
_FRAME_WORDS = frozenset(terms("which what activities activity priority priorities outcome outcomes strategic support supports deliver council plan business under sit fit part does do going actually"))


def _overlap(question_terms: set[str], text: str) -> tuple[int, float]:
    """(shared distinctive terms, share of the text's distinctive terms found in the question)."""
    text_terms = set(terms(text)) - _FRAME_WORDS
    shared = len(question_terms & text_terms)
    return shared, shared / len(text_terms) if text_terms else 0.0


class PlanAnswerer:
    """Structured answers over the catalogue's plan outlines."""

    def __init__(self, catalogue, mentions=None) -> None:
        self.catalogue = catalogue
        self.mentions = mentions  # phrase -> [(chunk metadata, unit)], to name other documents citing an outcome

    def answer(self, question: str, filters: Filters | None = None, context: str = "") -> Draft | None:
        """A complete, cited answer from a plan outline, or None when the question is not about one.

        `context` is what a follow-up refers to ("that priority"): the earlier question and answer name the
        outcome or priority; the question itself still says what is wanted.
        """
        plans = {doc_id: doc for doc_id, doc in self.catalogue.plans().items() if (filters or Filters()).allows(doc)}
        if not plans:
            return None
        counts_items = _HOW_MANY.search(question) and (_ASKS_ACTIVITIES.search(question) or _ASKS_PRIORITIES.search(question) or _ASKS_OUTCOMES.search(question))
        if _OTHER_QUESTION.search(question) and not _ASKS_PLACE.search(question) and not counts_items:
            return None  # "when did ...", "who ...": not a question about a plan's contents
        if context:
            return self._follow_up(question, context, plans)
        asked = set(terms(question)) - _FRAME_WORDS
        if _ASKS_CONTENTS.search(question):
            # "What activities sit under 'X'?" asks for X's contents, not where something sits.
            named = self._named_heading(question, asked, plans)
            if named:
                return self._under(named[0], named[1], self._wanted(question, named[1]))
        if _ASKS_PLACE.search(question):
            placed = self._place(question, asked, plans)
            if placed:
                return placed
        named = self._named_heading(question, asked, plans)
        if named and _ASKS_DOCUMENTS.search(question) and named[1]["role"] == "outcome":
            return self._referring(named[0], named[1])
        if named:
            return self._under(named[0], named[1], self._wanted(question, named[1]))
        if _ASKS_OUTCOMES.search(question) or (_ASKS_PRIORITIES.search(question) and not _ASKS_ACTIVITIES.search(question)):
            return self._list_of(question, plans, "outcome" if _ASKS_OUTCOMES.search(question) else "priority")
        return None

    @staticmethod
    def _wanted(question: str, item: dict) -> str:
        """'priority' when the question asks for an outcome's priorities, else 'activity'."""
        asks_priorities = _ASKS_PRIORITIES.search(question) and not _ASKS_ACTIVITIES.search(question)
        return "priority" if asks_priorities and item["role"] == "outcome" else "activity"

    def _follow_up(self, question: str, context: str, plans: dict) -> Draft | None:
        """'What else sits under that priority?': the outcome or priority the conversation named, listed."""
        referred = _REFERS_TO.search(question)
        if referred:
            role = "outcome" if referred.group(1).lower() == "outcome" else "priority"
        else:
            role = "priority" if _ASKS_PRIORITIES.search(question) else "outcome" if re.search(r"\boutcome\b", question, re.IGNORECASE) else None
        if role is None:
            return None
        named = self._named_heading(context, set(terms(context)) - _FRAME_WORDS, plans, roles=(role,))
        if named is None:
            return None
        doc, item = named
        want = "priority" if role == "outcome" and _ASKS_PRIORITIES.search(question) and not _ASKS_ACTIVITIES.search(question) else "activity"
        return self._under(doc, item, want)

    def _named_heading(self, question: str, asked: set[str], plans: dict, roles: tuple[str, ...] = ("outcome", "priority")) -> tuple[dict, dict] | None:
        """The outcome or priority the question names (most of its distinctive words, at least two)."""
        quoted = [q.lower() for q in re.findall(r"['‘\"“]([^'’\"”]{6,})['’\"”]", question)]
        best, best_key = None, (0, 0.0)
        for doc in plans.values():
            for item in doc["outline"]:
                if item["role"] not in roles:
                    continue
                shared, share = _overlap(asked, item["text"])
                if any(q in item["text"].lower() for q in quoted):
                    shared, share = shared + 5, 1.0
                if shared >= 2 and share >= 0.5 and (shared, share) > best_key:
                    best, best_key = (doc, item), (shared, share)
        return best

    def _place(self, question: str, asked: set[str], plans: dict) -> Draft | None:
        """Where an activity sits: the activity, its priority and its outcome."""
        best, best_key = None, (0, 0.0)
        for doc in plans.values():
            for item in doc["outline"]:
                if item["role"] != "activity":
                    continue
                shared, share = _overlap(asked, item["text"])
                question_share = shared / max(1, len(asked))
                if shared >= 2 and question_share >= 0.5 and (shared, question_share) > best_key:
                    best, best_key = (doc, item), (shared, question_share)
        if best is None:
            return None
        doc, activity = best
        lines = [f"In **{escape(doc['title'])}**{_date(doc)}:"]
        citations: list[Citation] = []
        steps = [("Activity", activity)]
        priority = next((i for i in doc["outline"] if i["role"] == "priority" and i["text"] == activity["priority"]), None)
        outcome = next((i for i in doc["outline"] if i["role"] == "outcome" and i["outcome"] == activity["outcome"]), None)
        if priority:
            steps.append(("sits under the priority", priority))
        if outcome:
            steps.append(("of the strategic outcome", outcome))
        elif priority:
            steps.append(("one of the plan's organisational priorities", None))
        for label, item in steps:
            if item is None:
                lines.append(f"- ({label})")
                continue
            citations.append(_cite(len(citations) + 1, doc, item))
            lines.append(f"- {label}: {escape(item['text'])} [{len(citations)}]")
        return Draft("\n".join(lines), citations, False)

    def _under(self, doc: dict, heading: dict, want: str) -> Draft | None:
        """Everything of kind `want` under an outcome or priority, grouped by priority."""
        citations = [_cite(1, doc, heading)]
        lines = [f"**{escape(doc['title'])}**{_date(doc)}: under {escape(heading['text'])} [1]"]
        scope = "outcome" if heading["role"] == "outcome" else "priority"
        key = heading["outcome"] if scope == "outcome" else heading["text"]
        priority_seen: str | None = None
        count = 0
        for item in doc["outline"]:
            if item[scope] != key or item["role"] != want:
                continue
            if want == "activity" and item["priority"] and item["priority"] != priority_seen and scope == "outcome":
                priority_seen = item["priority"]
                head = next((i for i in doc["outline"] if i["role"] == "priority" and i["text"] == priority_seen), None)
                if head:
                    citations.append(_cite(len(citations) + 1, doc, head))
                    lines.append(f"\n*Priority {escape(head['text'])}* [{len(citations)}]")
            citations.append(_cite(len(citations) + 1, doc, item))
            lines.append(f"- {escape(item['text'])} [{len(citations)}]")
            count += 1
        if not count:
            return None  # an outline with nothing under the heading has not read this layout: the document's model may have
        noun = "activities" if want == "activity" else "priorities"
        lines.insert(1, f"{count} {noun} in all.")
        if scope == "outcome" and self.mentions:
            others = [(meta, unit) for meta, unit in self.mentions(_outcome_name(heading["outcome"])) if meta.get("source") != doc["source"]]
            if others:
                lines.append("\nOther documents that refer to this outcome:")
            for meta, unit in others:
                citations.append(Citation.of_chunk(len(citations) + 1, meta, unit))
                lines.append(f"- **{escape(str(meta.get('title')))}**: {escape(unit)} [{len(citations)}]")
        return Draft("\n".join(lines), citations, False)

    def _referring(self, doc: dict, outcome: dict) -> Draft:
        """The documents that refer to an outcome, oldest first: the plan that sets it, then each that names it."""
        rows = [(doc.get("date") or "", doc["title"], Citation.of_document(0, doc, outcome.get("page"), outcome["text"], None))]
        for meta, unit in self.mentions(_outcome_name(outcome["outcome"]), per_document=3) if self.mentions else []:
            if meta.get("source") != doc["source"]:
                rows.append((str(meta.get("date") or ""), str(meta.get("title")), Citation.of_chunk(0, meta, unit)))
        rows.sort(key=lambda row: row[0] or "9999")
        count = len({row[2].source for row in rows})
        lines = [f"{count} document{'s' if count != 1 else ''} refer{'s' if count == 1 else ''} to {escape(_outcome_name(outcome['outcome']))}, oldest first:", ""]
        citations: list[Citation] = []
        for date, title, citation in rows:
            citations.append(citation.model_copy(update={"n": len(citations) + 1}))
            lines.append(f"- **{escape(title)}**{f' ({date})' if date else ''}: {escape(citation.quote)} [{len(citations)}]")
        return Draft("\n".join(lines), citations, False)

    def _list_of(self, question: str, plans: dict, role: str) -> Draft | None:
        """The outcomes (or priorities) of the plan the question names, or of every plan when none is named."""
        asked = set(terms(question)) - _GENERIC_TITLE_WORDS

        def named(doc: dict) -> int:
            return len(asked & set(terms(doc["title"])))

        best = max(named(doc) for doc in plans.values())
        if best == 0:
            return None  # the question names no plan that has an outline; passages may still answer it
        chosen = [doc for doc in plans.values() if named(doc) == best]
        citations: list[Citation] = []
        lines: list[str] = []
        for doc in chosen:
            items = [item for item in doc["outline"] if item["role"] == role]
            if not items:
                continue
            lines.append(f"**{escape(doc['title'])}**{_date(doc)}: {len(items)} {role if len(items) == 1 else role.replace('y', 'ie') + 's'}")
            for item in items:
                citations.append(_cite(len(citations) + 1, doc, item))
                lines.append(f"- {escape(item['text'])} [{len(citations)}]")
            lines.append("")
        return Draft("\n".join(lines).strip(), citations, False) if citations else None


def _outcome_name(outcome: str) -> str:
    """An outcome's name without its label ("O1 - ", "Outcome 1: "), as other documents would quote it."""
    return re.sub(r"^(?:strategic outcome|outcome\s*\d+\s*[:.\-–]|O\d\s*[-–])\s*", "", outcome, flags=re.IGNORECASE)


def _date(doc: dict) -> str:
    return f" ({doc['date']})" if doc.get("date") else ""


def _cite(n: int, doc: dict, item: dict) -> Citation:
    return Citation.of_document(n, doc, item.get("page"), item["text"], item.get("outcome") if item["role"] != "outcome" else None)
