"""The catalogue beside the vector store: one JSON file with each document's facts and plan outline.

Chroma holds chunks; what a document *is* (title, date, pages, outcomes -> priorities -> activities) lives
here, versioned, written whole to a temporary file and renamed, so a killed ingest never leaves half of it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ingest.documents import PARSER_VERSION

CATALOGUE_VERSION = 1
_COUNCIL_WORDS = frozenset("council county district city borough metropolitan town parish unitary royal the of and".split())
FILE_NAME = "catalogue.json"


class Catalogue:
    """Documents by id, loaded from and saved to `<store>/catalogue.json`."""

    def __init__(self, store_path: Path) -> None:
        self.path = Path(store_path) / FILE_NAME
        self.documents: dict[str, dict] = {}
        self.failures: dict[str, str] = {}  # content hash -> why those exact bytes could not be read
        if self.path.exists():
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") == CATALOGUE_VERSION:
                self.documents = data.get("documents", {})
                # Failures are remembered so unchanged bad files are not parsed again, unless the parser has changed since.
                self.failures = data.get("failures", {}) if data.get("parser") == PARSER_VERSION else {}

    def put(self, document) -> None:
        """Record a parsed document (its facts and outline)."""
        self.documents[document.doc_id] = {
            "source": document.source,
            "path": str(Path(document.path).resolve()),
            "title": document.title,
            "date": document.date,
            "kind": document.kind,
            "doc_type": document.doc_type,
            "council": document.council,
            "front_sheet": document.front_sheet,
            "workstreams": document.workstreams,
            "pages": document.page_count if document.pages[0].number is not None else 0,
            "outline": [item.to_dict() for item in document.outline],
            "model": document.model.to_dict() if document.model else None,
            "parser": PARSER_VERSION,
        }

    def current(self, doc_id: str) -> bool:
        """True when a document is catalogued and was read by the current parser."""
        return self.documents.get(doc_id, {}).get("parser") == PARSER_VERSION

    def remove(self, doc_id: str) -> None:
        """Forget a document."""
        self.documents.pop(doc_id, None)

    def save(self) -> None:
        """Write the whole catalogue atomically."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        content = {"version": CATALOGUE_VERSION, "parser": PARSER_VERSION, "documents": self.documents, "failures": self.failures}
        temporary.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.path)

    def named(self, question: str, doc_ids: list[str] | None = None, threshold: float = 2.0, *, title_pairs: bool = False) -> str | None:
        """The one document a question names, by its title's distinctive words or a quoted or capitalised name.

        With `title_pairs`, two title words written out together ("the business plan") count once more.
        """
        import re

        from index.retrieval import terms

        generic = frozenset(terms("report reports cabinet paper decision document council plan county"))
        asked = set(terms(question)) - generic
        phrases = [p.lower() for p in re.findall(r"['‘\"“]([^'’\"”]{3,})['’\"”]", question)]
        phrases += [p.lower() for p in re.findall(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b", question)]
        spoken = " " + " ".join(re.findall(r"[a-z0-9]+", question.lower())) + " "
        scores = {}
        for doc_id in doc_ids if doc_ids is not None else list(self.documents):
            title = self.documents[doc_id]["title"]
            scores[doc_id] = len(asked & (set(terms(title)) - generic)) + sum(2 for phrase in phrases if phrase in title.lower())
            if title_pairs:
                words = re.findall(r"[a-z0-9]+", title.lower())
                pairs = {f" {a} {b} " for a, b in zip(words, words[1:]) if not {*terms(a), *terms(b)} <= generic}
                scores[doc_id] += sum(1 for pair in pairs if pair in spoken)
        ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
        if not ranked or ranked[0][1] < threshold or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def of_councils_named(self, question: str) -> list[str]:
        """The documents of the councils a question names ("Wenbury's pools"), and those whose council is unknown; [] if it names none.

        A council is named when every distinctive word of its name stands in the question ("Kestrel Vale"
        for Kestrel Vale Metropolitan Borough Council); "Council", "Borough" and the like do not count.
        """
        import re

        spoken = set(re.findall(r"[a-z]+", question.lower().replace("’", "'").replace("'s", "")))
        named = set()
        for council in {doc.get("council") for doc in self.documents.values() if doc.get("council")}:
            words = [w for w in re.findall(r"[a-z]+", council.lower()) if w not in _COUNCIL_WORDS]
            if words and all(word in spoken for word in words):
                named.add(council)
        if not named:
            return []
        return [doc["source"] for doc in self.documents.values() if doc.get("council") in named or not doc.get("council")]

    def dated(self, question: str) -> list[str]:
        """The documents of the one year (or month and year) a question names ("the July 2019 report"), else [].

        Two years ("between 2019 and 2023") ask for a comparison, so they select nothing; a year in a title counts too.
        """
        from ingest.dates import named_period

        period = named_period(question)
        if period is None:
            return []
        return [doc["source"] for doc in self.documents.values()
                if (doc.get("date") or "").startswith(period) or (len(period) == 4 and period in doc.get("title", ""))]

    def plans(self) -> dict[str, dict]:
        """The documents that have a plan outline."""
        return {doc_id: doc for doc_id, doc in self.documents.items() if doc.get("outline")}
