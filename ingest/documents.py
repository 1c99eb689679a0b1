"""The parsed form of a council document: pages of text plus what the reader knew about them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ingest.model import Block, DocumentModel

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".txt", ".md"}
# Raise when what ingest extracts from a file changes (chunks, outline, front sheet, workstreams): stores then
# re-read their documents on the next ingest instead of keeping what the older code made of them.
PARSER_VERSION = 39


@dataclass
class Page:
    """One page of text; `number` is 1-based, or None for formats without pages (DOCX, HTML, TXT)."""

    number: int | None
    text: str
    headings: list[str] = field(default_factory=list)


@dataclass
class ParsedDocument:
    """A file read into pages, with the facts every chunk of it carries."""

    path: str
    source: str
    doc_id: str
    kind: str
    title: str
    pages: list[Page]
    date: str | None = None
    warnings: list[str] = field(default_factory=list)
    outline: list = field(default_factory=list)
    front_sheet: dict | None = None
    doc_type: str = "other"
    council: str | None = None
    workstreams: list = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)  # headings, paragraphs, items and tables in reading order
    model: DocumentModel | None = None

    @property
    def page_count(self) -> int:
        """Pages for paged formats; 1 for a single flowing text."""
        return len(self.pages)


def content_hash(path: Path) -> str:
    """The document id: a hash of the file's bytes, so a renamed copy is recognised as the same document."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:32]
