"""Ingest: files -> parsed in isolated workers -> embedded -> stored, with a status for every file."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from queue import Empty, Full, Queue

from cabinet.settings import Settings
from index.catalogue import Catalogue
from index.embedding import settings_identity, settings_model
from index.lexical import refresh as refresh_lexical
from index.store import Store, StoredDocument, disk_full, full_disk_error, write_lock
from ingest.documents import SUPPORTED_SUFFIXES, content_hash
from ingest.worker import Parsed, parse_files, warm_up

EMBED_FLUSH_CHUNKS = 256
EMBED_FLUSH_FILES = 8  # files stored together (one Chroma transaction); a killed ingest loses at most these


@dataclass
class FileResult:
    """What happened to one file: ingested, unchanged, skipped (with why) or failed (with why)."""

    file: str
    status: str
    reason: str | None = None
    doc_id: str | None = None
    title: str | None = None
    pages: int = 0
    chunks: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The JSON form printed by `cabinet ingest --json`."""
        return asdict(self)


@dataclass
class IngestReport:
    """Every file's result and the totals of one ingest run."""

    results: list[FileResult]
    seconds: float

    @property
    def failed(self) -> bool:
        """True when any file failed (skipped files are not failures)."""
        return any(result.status == "failed" for result in self.results)

    def summary(self) -> dict:
        """Totals: files by status, pages and chunks stored, seconds."""
        counts = {status: sum(r.status == status for r in self.results) for status in ("ingested", "unchanged", "skipped", "failed")}
        return {
            "files": len(self.results),
            **counts,
            "pages": sum(r.pages for r in self.results if r.status == "ingested"),
            "chunks": sum(r.chunks for r in self.results if r.status == "ingested"),
            "seconds": round(self.seconds, 2),
        }


def expand_paths(paths: Iterable[Path], exclude: Path | None = None) -> list[Path]:
    """Files as given, and every file under each folder (recursively, hidden files and the store left out)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            files.append(path)
    skip = exclude.resolve() if exclude else None
    seen: set[Path] = set()
    kept = []
    for file in files:
        resolved = file.resolve()
        if resolved in seen or (skip and resolved.is_relative_to(skip)):
            continue
        seen.add(resolved)
        kept.append(file)
    return kept


def open_store(settings: Settings, *, create: bool = False) -> Store:
    """Open the configured store, checking it was built with the configured model."""
    name, dimension = settings_identity(settings)
    return Store(settings.store_path, name, dimension, create=create, url=settings.chroma_url, collection=settings.library)


def ingest_paths(
    paths: Iterable[Path],
    settings: Settings,
    *,
    rebuild: bool = False,
    on_result: Callable[[FileResult], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into the store; one bad file never stops the rest.

    Another writer of the store is waited for (this process's in turn, another process's up to CABINET_WRITE_WAIT
    seconds); `on_wait` hears why, in words for the user.
    """
    started = time.monotonic()
    with write_lock(settings.store_path, wait=settings.write_wait, on_wait=on_wait):
        files = expand_paths(paths, exclude=settings.store_path)
        run = None
        try:
            warm_up()  # the parsers load in the fork server while the store opens
            run = _IngestRun(settings, rebuild, on_result or (lambda result: None))
            to_parse = [path for path in files if run.precheck(path)]
            pending: list[Parsed] = []
            parsing = parse_files(
                to_parse,
                workers=settings.ingest_workers,
                timeout=settings.ingest_timeout,
                memory_mb=settings.ingest_memory_mb,
                chunk_chars=settings.chunk_chars,
            )
            for parsed in _ahead(parsing, settings.ingest_workers * 4):
                if parsed.error:
                    run.failed(parsed)
                    continue
                pending.append(parsed)
                if sum(len(p.chunks or []) for p in pending) >= EMBED_FLUSH_CHUNKS or len(pending) >= EMBED_FLUSH_FILES:
                    run.store_parsed(pending)
                    pending = []
            run.store_parsed(pending)
            run.catalogue.save()
            refresh_lexical(run.store, run.written)  # readers load these instead of tokenising every passage at start
            run.catalogue.save()  # once more, so a reader that refreshes now finds the indexes ready
        except Exception as exc:
            if disk_full(exc, settings.store_path):  # one message, not one failure per remaining file
                done = {result.file for result in run.results} if run else set()
                needed = 2 * sum(path.stat().st_size for path in files if str(path) not in done and path.is_file())
                raise full_disk_error(settings.store_path, needed) from exc
            raise
    return IngestReport(results=run.results, seconds=time.monotonic() - started)


def _ahead(items: Iterator[Parsed], size: int) -> Iterator[Parsed]:
    """The items of `items`, drawn by a thread up to `size` ahead, so files keep parsing while the last ones embed."""
    queue: Queue = Queue(maxsize=max(1, size))
    stop = threading.Event()
    done = object()

    def draw() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        queue.put(item, timeout=0.2)
                        break
                    except Full:
                        continue
                if stop.is_set():
                    break
        except BaseException as exc:  # handed to the consumer, raised there
            queue.put(exc)
        finally:
            queue.put(done)

    thread = threading.Thread(target=draw, name="cabinet-parse", daemon=True)
    thread.start()
    try:
        while (item := queue.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # let the drawing thread see `stop` (it may be blocked on a full queue)
            try:
                queue.get(timeout=0.2)
            except Empty:
                pass
        items.close()


class _IngestRun:
    """The state of one ingest: the store, its catalogue, what is already there, and the results so far."""

    def __init__(self, settings: Settings, rebuild: bool, emit: Callable[[FileResult], None]) -> None:
        self.settings = settings
        self.emit = emit
        self.results: list[FileResult] = []
        self.store = open_store(settings, create=True)
        self.catalogue = Catalogue(settings.store_path)
        if rebuild:
            self.store.reset()
            self.store = open_store(settings, create=True)
            self.catalogue.documents.clear()
            self.catalogue.failures.clear()
            self.catalogue.save()
        self.known = self._stored()
        self.by_path: dict[str, list[str]] = {}
        for doc in self.known.values():
            self.by_path.setdefault(doc.path, []).append(doc.doc_id)
        self.claimed: dict[str, str] = {}
        self.hashes: dict[Path, str] = {}
        self.written: dict[str, object] = {}  # node id -> node stored by this run, so the lexical indexes need not read them back

    def _stored(self) -> dict[str, StoredDocument]:
        """The documents the library holds: the catalogue's, when it counts as many chunks as the store holds (one count,
        not a read of every chunk's metadata, which grows with the library); else the store's own, repaired.

        They disagree only when an ingest died between writing the store and the catalogue: a document stored but not
        catalogued is deleted (its file is read again), and one catalogued but not stored is read again too.
        """
        entries = self.catalogue.documents
        if self.catalogue.counts(self.store.count()):
            return {doc_id: StoredDocument(doc_id=doc_id, source=entry["source"], path=entry["path"], title=entry["title"], kind=entry["kind"],
                                           date=entry.get("date"), pages=entry.get("pages") or 0, chunks=entry["chunks"])
                    for doc_id, entry in entries.items()}
        known = {doc.doc_id: doc for doc in self.store.documents()}
        for doc_id in [doc_id for doc_id in known if doc_id not in entries]:
            self.store.delete_document(doc_id)  # stored but not catalogued: an ingest died between the two; redo it
            del known[doc_id]
        for doc_id in [doc_id for doc_id in entries if doc_id not in known]:
            self.catalogue.remove(doc_id)  # catalogued but not stored: forgotten, so its file is read again
        for doc_id, doc in known.items():
            entries[doc_id]["chunks"] = doc.chunks  # counted once, so the next ingest need not read them
        return known

    def record(self, result: FileResult) -> None:
        """Keep a file's result and report it at once."""
        self.results.append(result)
        self.emit(result)

    def precheck(self, path: Path) -> bool:
        """Decide without parsing (missing, unsupported, too big, unchanged, duplicate); True means parse it."""
        result = self._decide(path)
        if result is not None:
            self.record(result)
        return result is None

    def _decide(self, path: Path) -> FileResult | None:
        if not path.exists():
            return FileResult(str(path), "failed", "file not found")
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            reason = f"unsupported format '{path.suffix or 'no extension'}': Cabinet reads {', '.join(sorted(SUPPORTED_SUFFIXES))}"
            return FileResult(str(path), "skipped", reason)
        size_mb = path.stat().st_size / 1024 / 1024
        if size_mb > self.settings.max_file_mb:
            return FileResult(str(path), "failed", f"file is {size_mb:.0f} MB, over the {self.settings.max_file_mb} MB limit (CABINET_MAX_FILE_MB)")
        doc_id = content_hash(path)
        self.hashes[path] = doc_id
        if doc_id in self.catalogue.failures:
            return FileResult(str(path), "failed", self.catalogue.failures[doc_id])  # the same bytes failed before: not parsed again
        resolved = str(path.resolve())
        if doc_id in self.claimed and self.claimed[doc_id] != resolved:
            return FileResult(str(path), "skipped", f"duplicate of {Path(self.claimed[doc_id]).name} (same content)", doc_id=doc_id)
        self.claimed[doc_id] = resolved
        if doc_id in self.known and not self.catalogue.current(doc_id):
            self.store.delete_document(doc_id)  # read by an older parser: read it again
            self.catalogue.remove(doc_id)
            del self.known[doc_id]
        if doc_id in self.known:
            stored = self.known[doc_id]
            self.drop_stale(resolved, keep=doc_id)
            if stored.path != resolved and Path(stored.path).exists():
                return FileResult(str(path), "skipped", f"duplicate of {stored.source} (same content, already ingested)", doc_id=doc_id)
            return FileResult(str(path), "unchanged", doc_id=doc_id, title=stored.title, pages=stored.pages, chunks=stored.chunks)
        return None

    def failed(self, parsed: Parsed) -> None:
        """Report a file that could not be read, and remember why unless it ran out of time (that may pass)."""
        if not parsed.error.startswith(("timed out", "parser crashed", "parser stopped")) and parsed.path in self.hashes:
            self.catalogue.failures[self.hashes[parsed.path]] = parsed.error
        self.record(FileResult(str(parsed.path), "failed", parsed.error, seconds=round(parsed.seconds, 3)))

    def drop_stale(self, resolved: str, keep: str) -> None:
        """Remove earlier versions of a file (a changed file replaces its old chunks)."""
        stale = [old for old in self.by_path.get(resolved, []) if old != keep]
        for old in stale:
            self.store.delete_document(old)
            self.catalogue.remove(old)
        self.by_path[resolved] = [keep]
        if stale:
            self.catalogue.save()

    def store_parsed(self, pending: list[Parsed]) -> None:
        """Embed each parsed file's chunks as batches of their own, then store all the files with one store call.

        A file is never batched with another: int8 activations are scaled per batch, so a passage's vector would
        depend on which files happened to be pending with it, and two ingests of the same files would rank differently.
        """
        if not pending:
            return
        from llama_index.core.schema import MetadataMode

        started = time.monotonic()
        nodes_per_file = [_nodes(parsed) for parsed in pending]
        all_nodes = [node for nodes in nodes_per_file for node in nodes]
        settings = self.settings
        model = settings_model(settings)
        embedded = []
        for parsed, nodes in zip(pending, nodes_per_file):
            try:
                vectors = model.get_text_embedding_batch([node.get_content(metadata_mode=MetadataMode.EMBED) for node in nodes])
            except Exception as exc:  # a model failure fails this file, not the run
                self.record(FileResult(str(parsed.path), "failed", f"embedding failed: {exc}"))
                continue
            for node, vector in zip(nodes, vectors):
                node.embedding = vector
            embedded.append((parsed, nodes))
        share = (time.monotonic() - started) / max(1, len(all_nodes))
        for parsed, nodes in self._write(embedded):
            document = parsed.document
            self.written.update((node.node_id, node) for node in nodes)
            self.record(
                FileResult(
                    str(parsed.path), "ingested", doc_id=document.doc_id, title=document.title, pages=document.page_count,
                    chunks=len(nodes), seconds=round(parsed.seconds + share * len(nodes), 3), warnings=document.warnings,
                )
            )

    def _write(self, embedded: list[tuple[Parsed, list]]) -> list[tuple[Parsed, list]]:
        """Store and catalogue the embedded files with one Chroma call; the files written.

        One call per flush, not per file: each call is a transaction Chroma syncs to disk, and those waits were
        a third of an ingest. If it fails, each file is tried alone, so a file that cannot be stored fails only itself.
        """
        if not embedded:
            return []
        try:
            self.store.add([node for _, nodes in embedded for node in nodes])
            for parsed, nodes in embedded:
                self.catalogue.put(parsed.document, chunks=len(nodes))
            self.catalogue.save()
        except Exception as exc:  # nothing of these files is left behind
            for parsed, _ in embedded:
                self.catalogue.remove(parsed.document.doc_id)
                try:
                    self.store.delete_document(parsed.document.doc_id)
                except Exception:  # on a full disk the clean-up may fail too; the next ingest redoes an uncatalogued document
                    pass
            if disk_full(exc, self.settings.store_path):
                raise  # the run stops here: every later file would fail the same way
            if len(embedded) > 1:
                return [written for one in embedded for written in self._write([one])]
            self.record(FileResult(str(embedded[0][0].path), "failed", f"could not be stored: {exc}"))
            return []
        for parsed, _ in embedded:
            self.drop_stale(str(Path(parsed.path).resolve()), keep=parsed.document.doc_id)
        return embedded


def _workstream_of_chunks(chunks: list, workstreams: list[dict]) -> list[str]:
    """For each chunk of a highlight report, the workstream it reports on: the last one whose title it has passed."""
    current, found = "", []
    for chunk in chunks:
        # A workstream starts where its title stands before "Summary of key proposals" (see ingest.highlight).
        named = [(re.search(rf"{re.escape(s['name'])}\s+Summary", chunk.text), s["name"]) for s in workstreams if s.get("page") == chunk.page]
        named = [(match.start(), name) for match, name in named if match]
        found.append(current if not named or min(named)[0] > len(chunk.text) // 2 else min(named)[1])
        current = max(named)[1] if named else current
    return found


def _nodes(parsed: Parsed) -> list:
    from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

    document = parsed.document
    nodes = []
    streams = _workstream_of_chunks(parsed.chunks or [], document.workstreams or [])
    for chunk, stream in zip(parsed.chunks or [], streams):
        metadata = {
            "source": document.source,
            "path": str(Path(document.path).resolve()),
            "title": document.title,
            "kind": document.kind,
            "doc_type": document.doc_type,
            "council": document.council or "",
            "date": document.date or "",
            "page": chunk.page if chunk.page is not None else 0,
            "page_count": document.page_count if document.pages[0].number is not None else 0,
            "section": chunk.section,
            "workstream": stream,
            "ordinal": chunk.ordinal,
        }
        node = TextNode(
            id_=f"{document.doc_id}:{chunk.ordinal}",
            text=chunk.text,
            metadata=metadata,
            excluded_embed_metadata_keys=[key for key in metadata if key not in ("title", "section")],
            excluded_llm_metadata_keys=list(metadata),
            relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=document.doc_id)},
        )
        nodes.append(node)
    return nodes
