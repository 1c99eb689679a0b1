"""Example questions drawn from the loaded library, so the app suggests questions its own documents answer."""

from __future__ import annotations

import re

PERSON_FIELDS = ("report_of", "lead_officer", "author", "director")  # front-sheet fields naming who a report comes from
STATUS_TYPES = ("highlight-report",)


def short_title(title: str) -> str:
    """A title without its meeting and date tail ("X - Cabinet report, 15 November 2017" -> "X")."""
    head = re.split(r"\s+[-–—:|]\s+|,\s", title.strip(), maxsplit=1)[0].strip(" '\"‘’")
    return head if len(head) >= 8 else title.strip()


def _newest(documents: list[dict]) -> list[dict]:
    return sorted(documents, key=lambda doc: doc.get("date") or "", reverse=True)


def example_questions(documents: dict[str, dict], limit: int = 4) -> list[str]:
    """A few questions the catalogue can answer: a newest report's author, a plan's first heading, a status report's overall status."""
    docs = _newest(list(documents.values()))
    found: list[str] = []
    for doc in docs:
        fields = (doc.get("front_sheet") or {}).get("fields") or {}
        if any(fields.get(name) for name in PERSON_FIELDS):
            found.append(f"Who is the lead officer for the {short_title(doc['title'])} report?")
            break
    for doc in docs:
        top = next((item for item in doc.get("outline") or [] if item.get("role") == "outcome"), None)
        if top and top.get("text"):
            found.append(f"What sits under '{_heading(top['text'])}' in the {short_title(doc['title'])}?")
            break
    for doc in docs:
        fields = (doc.get("front_sheet") or {}).get("fields") or {}
        if doc.get("doc_type") in STATUS_TYPES or fields.get("overall_rag") or doc.get("workstreams"):
            found.append(f"What is the overall status of the {short_title(doc['title'])}?")
            break
    for doc in docs:
        if doc.get("doc_type") == "minutes":
            found.append(f"What did the {short_title(doc['title'])} decide?")
            break
    return found[:limit]


def _heading(text: str) -> str:
    """A heading without its numbering ("O1 - Thriving towns" -> "Thriving towns")."""
    return re.sub(r"^\s*(?:[A-Z]{0,2}\d+[.)]?|[A-Z][a-z]+ \d+:?)\s*[-–:.]?\s*", "", text).strip() or text.strip()
