"""The document library the CLI and the app share: list, upload (checked, safely named) and remove documents."""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from cabinet.errors import IngestError, StoreError
from cabinet.settings import Settings
from index.build import FileResult, IngestReport, ingest_paths, open_store
from index.catalogue import Catalogue
from index.lexical import refresh as refresh_lexical
from index.pages import forget_pages
from index.store import write_lock
from ingest.documents import content_hash
from ingest.readers import sniff_kind

SUFFIX_OF_KIND = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "text": ".txt"}


class LibraryDocument(BaseModel):
    """One row of the library: what a document is and where it came from."""

    doc_id: str
    title: str
    source: str
    path: str | None
    type: str | None
    council: str | None
    date: str | None
    pages: int | None
    chunks: int
    lead_officer: str | None
    added: str | None = None  # when the document first came into the library (UTC, ISO 8601)


def documents(settings: Settings) -> list[LibraryDocument]:
    """Every catalogued document, oldest first, with its chunk count: the catalogue's when it counts as many chunks as
    the store holds, else the store's own (a library catalogued before the catalogue counted them)."""
    catalogue = Catalogue(settings.store_path)
    if not catalogue.documents:
        return []
    store = open_store(settings)  # a store that cannot be read says so here, not on the first question
    counted = catalogue.counts(store.count())
    stored = {} if counted else {doc.doc_id: doc for doc in store.documents()}
    rows = []
    for doc_id, doc in catalogue.documents.items():
        lead = (((doc.get("front_sheet") or {}).get("fields") or {}).get("lead_officer") or [None])[0]
        chunks = doc["chunks"] if counted else stored[doc_id].chunks if doc_id in stored else 0
        path = doc.get("path") or (stored[doc_id].path if doc_id in stored else None)
        rows.append(
            LibraryDocument(
                doc_id=doc_id, title=doc["title"], source=doc["source"], path=path, type=doc.get("doc_type"), council=doc.get("council"),
                date=doc.get("date"), pages=doc.get("pages") or None, chunks=chunks, lead_officer=lead, added=doc.get("added"),
            )
        )
    return sorted(rows, key=lambda row: (row.date or "", row.title))


def uploads_dir(settings: Settings) -> Path:
    """Where uploaded files are kept (under the data directory)."""
    return Path(settings.data_dir) / "uploads"


def pages_dir(settings: Settings) -> Path:
    """Where rendered page images of cited PDFs are cached (under the data directory)."""
    return Path(settings.data_dir) / "pages"


def safe_name(name: str, kind: str) -> str:
    """A file name that cannot escape the uploads folder or confuse a shell, with the suffix its content has."""
    stem = Path(unicodedata.normalize("NFC", name.replace("\\", "/"))).name
    stem = Path(stem).stem if Path(stem).suffix.lower() in {".pdf", ".docx", ".html", ".htm", ".txt", ".md"} else stem
    stem = re.sub(r"[^\w]+", "-", stem, flags=re.UNICODE).strip("-")[:100] or "document"
    return stem + SUFFIX_OF_KIND[kind]


def save_upload(settings: Settings, temporary: Path, name: str) -> Path:
    """Check an uploaded file (size, type by content) and copy it under the uploads folder; IngestError says why not."""
    return _save_upload(settings, temporary, name)[0]


def _save_upload(settings: Settings, temporary: Path, name: str) -> tuple[Path, bool]:
    """The saved copy, and whether this call created it (False: the same bytes were already kept under that name)."""
    size_mb = temporary.stat().st_size / 1024 / 1024
    if size_mb > settings.max_file_mb:
        raise IngestError(f"file is {size_mb:.0f} MB, over the {settings.max_file_mb} MB upload limit (CABINET_MAX_FILE_MB)")
    claimed = Path(name).suffix.lower() or ".txt"
    probe = temporary.with_name(temporary.stem + claimed) if temporary.suffix.lower() != claimed else temporary
    if probe != temporary:
        shutil.copyfile(temporary, probe)  # the reader sniffs content but also weighs the name the user gave
    try:
        kind = sniff_kind(probe)
    finally:
        if probe != temporary:
            probe.unlink(missing_ok=True)
    folder = uploads_dir(settings) / kind  # by kind, so the app can serve the PDFs and never an uploaded HTML page
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / safe_name(name, kind)
    if target.exists() and content_hash(target) != content_hash(temporary):
        target = target.with_name(f"{target.stem}-{content_hash(temporary)[:8]}{target.suffix}")  # same name, other content: keep both
    created = not target.exists()
    shutil.copyfile(temporary, target)
    return target, created


def add_uploads(settings: Settings, files: list[tuple[Path, str]], on_result: Callable[[FileResult], None] | None = None,
                on_wait: Callable[[str], None] | None = None) -> IngestReport:
    """Save each uploaded (path, original name) and ingest the ones that pass; every file gets a result; no failed copy is kept."""
    emit = on_result or (lambda result: None)
    rejected, saved, names, created = [], [], {}, set()
    for temporary, name in files:
        try:
            path, new = _save_upload(settings, Path(temporary), name)
        except (IngestError, OSError) as exc:
            result = FileResult(name, "failed", str(exc))
            rejected.append(result)
            emit(result)
            continue
        saved.append(path)
        names[str(path)] = name
        if new:
            created.add(str(path))

    def named(result: FileResult) -> None:
        result.file = names.get(result.file, result.file)  # report the name the user uploaded, not the stored copy's
        emit(result)

    kept: set[str] = set()

    def keep(result: FileResult) -> None:
        if result.status in ("ingested", "unchanged"):
            kept.add(result.file)  # the stored copy's path, before `named` gives it the user's name
        named(result)

    try:
        report = ingest_paths(saved, settings, on_result=keep, on_wait=on_wait) if saved else IngestReport(results=[], seconds=0.0)
    finally:  # a copy this upload made that was not stored (failed, a duplicate, the ingest never ran: store busy, disk full) goes
        for path in saved:
            if str(path) in created and str(path) not in kept:
                path.unlink(missing_ok=True)
    return IngestReport(results=rejected + report.results, seconds=report.seconds)


def remove(settings: Settings, doc_id: str, on_wait: Callable[[str], None] | None = None) -> LibraryDocument:
    """Remove a document's chunks, catalogue entry, cached page images and uploaded copy; the originals elsewhere are untouched."""
    row = next((doc for doc in documents(settings) if doc.doc_id == doc_id), None)
    if row is None:
        raise StoreError(f"no document {doc_id!r} in the store; the library lists what is there")
    with write_lock(settings.store_path, wait=settings.write_wait, on_wait=on_wait):
        store = open_store(settings)
        store.delete_document(doc_id)
        refresh_lexical(store)
        catalogue = Catalogue(settings.store_path)
        catalogue.remove(doc_id)
        catalogue.save()
    if row.path:
        forget_pages(Path(row.path), pages_dir(settings))  # rendered pages would otherwise stay servable
        if Path(row.path).resolve().is_relative_to(uploads_dir(settings).resolve()):
            Path(row.path).unlink(missing_ok=True)
    return row
