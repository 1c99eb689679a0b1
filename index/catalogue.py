"""The catalogue beside the vector store: each document's facts and plan outline, one SQLite row per document.

Chroma holds chunks; what a document *is* (title, date, pages, outcomes -> priorities -> activities) lives
here. Each document is a JSON row, so saving after one document writes that row only (a catalogue of 20,000
documents is not rewritten per document), in one transaction, so a killed ingest never leaves half of it.
SQLite serves readers in other processes (the app) while one writer saves.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ingest.documents import PARSER_VERSION
from ingest.vocabulary import council_place, load_vocabulary

CATALOGUE_VERSION = 2
FILE_NAME = "catalogue.sqlite3"
LEGACY_FILE = "catalogue.json"  # version 1: one JSON file, imported on first open


class _Tracked(dict):
    """A dict of documents that remembers which ids were written, removed or read by key (and so may have been changed in place)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.dirty: set[str] = set()
        self.cleared = False

    def __setitem__(self, key, value) -> None:
        self.dirty.add(key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.dirty.add(key)  # `documents[id]["parser"] = 1` edits in place: save that row again
        return value

    def __delitem__(self, key) -> None:
        self.dirty.add(key)
        super().__delitem__(key)

    def pop(self, key, *default):
        self.dirty.add(key)
        return super().pop(key, *default)

    def clear(self) -> None:
        self.cleared = True
        self.dirty.clear()
        super().clear()


class Catalogue:
    """Documents by id, loaded from and saved to `<store>/catalogue.sqlite3`."""

    def __init__(self, store_path: Path) -> None:
        self.path = Path(store_path) / FILE_NAME
        self._documents = _Tracked()
        self.failures: dict[str, str] = {}  # content hash -> why those exact bytes could not be read
        self.generation = 0
        if self.path.exists():
            self._load()
        elif (Path(store_path) / LEGACY_FILE).exists():
            self._import_legacy(Path(store_path) / LEGACY_FILE)

    @property
    def documents(self) -> dict[str, dict]:
        """Every catalogued document by id."""
        return self._documents

    @documents.setter
    def documents(self, value: dict[str, dict]) -> None:
        self._documents = _Tracked(value)
        self._documents.cleared = True
        self._documents.dirty = set(value)

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=30)
        connection.execute("CREATE TABLE IF NOT EXISTS documents (doc_id TEXT PRIMARY KEY, body TEXT NOT NULL)")
        connection.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        return connection

    def _load(self) -> None:
        with self._connect() as connection:
            meta = dict(connection.execute("SELECT key, value FROM meta"))
            if int(meta.get("version", 0)) != CATALOGUE_VERSION:
                return
            self._documents = _Tracked({doc_id: json.loads(body) for doc_id, body in connection.execute("SELECT doc_id, body FROM documents")})
            # Failures are remembered so unchanged bad files are not parsed again, unless the parser has changed since.
            self.failures = json.loads(meta.get("failures", "{}")) if meta.get("parser") == str(PARSER_VERSION) else {}
            self.generation = int(meta.get("generation", 0))
        connection.close()

    def _import_legacy(self, legacy: Path) -> None:
        data = json.loads(legacy.read_text(encoding="utf-8"))
        if data.get("version") == 1:
            self.documents = data.get("documents", {})
            self.failures = data.get("failures", {}) if data.get("parser") == PARSER_VERSION else {}

    @staticmethod
    def stamp(store_path: Path) -> int:
        """The catalogue's save counter (0 when there is none): a reader compares it to see that an ingest has saved."""
        return int(Catalogue.saved(store_path).get("generation", 0))

    @staticmethod
    def saved(store_path: Path) -> dict[str, str]:
        """The catalogue's save record ({"generation", "writer": the process id that saved last}; {} when there is none)."""
        path = Path(store_path) / FILE_NAME
        if not path.exists():
            return {}
        connection = sqlite3.connect(path, timeout=30)
        try:
            return dict(connection.execute("SELECT key, value FROM meta WHERE key IN ('generation', 'writer')").fetchall())
        except sqlite3.OperationalError:
            return {}
        finally:
            connection.close()

    def put(self, document, chunks: int | None = None) -> None:
        """Record a parsed document (its facts and outline, and how many chunks the store holds of it), and when it first came into the library."""
        added = self.documents.get(document.doc_id, {}).get("added") or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
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
            "added": added,
        }
        if chunks is not None:
            self.documents[document.doc_id]["chunks"] = chunks

    def counts(self, stored: int) -> bool:
        """Whether every document's chunk count is recorded and they add up to the `stored` chunks the store holds: then
        the catalogue says what the store holds without a read of every chunk (an ingest that died between the two breaks it)."""
        counted = [entry.get("chunks") for entry in self.documents.values()]
        return None not in counted and sum(counted) == stored

    def current(self, doc_id: str) -> bool:
        """True when a document is catalogued and was read by the current parser."""
        return self.documents.get(doc_id, {}).get("parser") == PARSER_VERSION

    def remove(self, doc_id: str) -> None:
        """Forget a document."""
        self.documents.pop(doc_id, None)

    def save(self) -> None:
        """Write the documents changed since the last save (and the failures) in one transaction."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        documents = self._documents
        connection = self._connect()
        try:
            with connection:
                if documents.cleared:
                    connection.execute("DELETE FROM documents")
                for doc_id in documents.dirty:
                    if doc_id in documents:
                        body = json.dumps(dict.__getitem__(documents, doc_id), ensure_ascii=False)
                        connection.execute("INSERT OR REPLACE INTO documents (doc_id, body) VALUES (?, ?)", (doc_id, body))
                    else:
                        connection.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
                stamp = connection.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
                self.generation = (int(stamp[0]) if stamp else 0) + 1
                meta = {"version": CATALOGUE_VERSION, "parser": PARSER_VERSION, "failures": json.dumps(self.failures), "generation": self.generation,
                        "writer": os.getpid()}  # a reader in the writing process need not reopen its store to see the change
                connection.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [(key, str(value)) for key, value in meta.items()])
        finally:
            connection.close()
        documents.dirty.clear()
        documents.cleared = False

    def named(self, question: str, doc_ids: list[str] | None = None, threshold: float = 2.0, *, title_pairs: bool = False) -> str | None:
        """The one document a question names, by its title's distinctive words or a quoted or capitalised name.

        With `title_pairs`, two title words written out together ("the business plan") count once more.
        """
        from index.retrieval import terms

        # A council's name in a title ("Riverton Corporate Plan") names the council, not the document.
        places = " ".join(self.council_places())
        generic = frozenset(terms(f"report reports cabinet paper decision document council plan county {places}"))
        asked = set(terms(question)) - generic
        phrases = [p.lower() for p in re.findall(r"['‘\"“]([^'’\"”]{3,})['’\"”]", question)]
        phrases += [p.lower() for p in re.findall(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b", question)]
        phrases = [phrase for phrase in phrases if phrase not in places]
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
        """The documents of the councils a question names ("Riverton's pools"), and those whose council is unknown; [] if it names none.

        A council is named when every distinctive word of its name stands in the question ("Upper Dale"
        for Upper Dale Metropolitan Borough Council); "Council", "Borough" and the like do not count.
        """
        spoken = set(re.findall(r"[a-z]+", question.lower().replace("’", "'").replace("'s", "")))
        places = self.council_places()
        named = {council for council, place in places.items() if all(word in spoken for word in place.split())}
        if not named:
            named = self._of_kind_named(question.lower(), places)
        if not named:
            return []
        # A document of no known council counts, unless its title names another council's place ("Riverton Plan").
        others = [place for council, place in places.items() if council not in named]
        return [doc["source"] for doc in self.documents.values() if doc.get("council") in named
                or not doc.get("council") and not any(re.search(rf"\b{place}\b", doc.get("title", "").lower()) for place in others)]

    @staticmethod
    def _of_kind_named(question: str, places: dict[str, str]) -> set[str]:
        """'The fire authority's budget': the one known council whose name is of a kind of public body the question
        names (the vocabulary's [titles] authority), when only one is; none when several are, or none."""
        for kind in load_vocabulary().titles.get("authority", []):
            if re.search(rf"\b{re.escape(kind)}\b", question):
                of_kind = {council for council in places if set(kind.split()) <= set(council.lower().split())}
                if len(of_kind) == 1:
                    return of_kind
        return set()

    def council_places(self) -> dict[str, str]:
        """Each known council with the distinctive words of its name, its place ("upper dale" for Upper Dale Borough Council)."""
        councils = {doc.get("council") for doc in self.documents.values() if doc.get("council")}
        return {council: place for council in councils for place in [council_place(council).lower()] if place}

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
