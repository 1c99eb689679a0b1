"""Readers per format: PDF (pypdf, page by page), DOCX, HTML and plain text, each to a ParsedDocument.

The format is decided by the file's content, not its name, so a 404 page saved as .pdf is reported as such.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from cabinet.errors import IngestError
from ingest.dates import find_date
from ingest.documents import SUPPORTED_SUFFIXES, Page, ParsedDocument, content_hash
from ingest.layout import RULE, text_blocks
from ingest.markup_layout import docx_layout, html_layout
from ingest.model import Block
from ingest.pdf_layout import PageRuns, pdf_blocks
from ingest.pdf_tables import page_tables

MAX_LINE_CHARS = 100_000
# A Word package is refused from its zip directory, before python-docx unpacks it, when it would expand beyond
# what any council document needs (a zip bomb): in all, or in one part compressed far more than text compresses.
MAX_DOCX_UNPACKED_MB = 512
MAX_DOCX_RATIO = 200
_MB = 1024 * 1024
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<\?xml)", re.IGNORECASE)


def sniff_kind(path: Path) -> str:
    """Decide the reader from the file's first bytes and name; raise IngestError when they disagree."""
    size = path.stat().st_size
    if size == 0:
        raise IngestError("empty file (0 bytes): nothing to read; re-download or re-export it")
    with open(path, "rb") as handle:
        head = handle.read(2048)
    suffix = path.suffix.lower()
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        if suffix == ".docx" or _is_docx(path):
            return "docx"
        raise IngestError("unsupported format: a ZIP-based file that is not a Word .docx document")
    looks_html = bool(_HTML_START.match(head))
    if suffix == ".pdf":
        what = "an HTML page (perhaps a saved error page)" if looks_html else "not PDF data"
        raise IngestError(f"not a PDF: the file is named .pdf but contains {what}")
    if suffix == ".docx":
        raise IngestError("not a Word document: the file is named .docx but is not a DOCX (ZIP) file")
    if suffix in {".html", ".htm"} or looks_html:
        return "html"
    if suffix in {".txt", ".md"}:
        return "text"
    raise IngestError(f"unsupported format '{suffix or 'no extension'}': Cabinet reads {', '.join(sorted(SUPPORTED_SUFFIXES))}")


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def read_document(path: Path) -> ParsedDocument:
    """Read one file into a ParsedDocument, raising IngestError with a reason a user understands."""
    kind = sniff_kind(path)
    reader = {"pdf": read_pdf, "docx": read_docx, "html": read_html, "text": read_text}[kind]
    title, pages, warnings, blocks = reader(path)
    pages = [page for page in pages if page.text.strip()]
    if not pages:
        raise IngestError("no extractable text: the document is blank")
    return ParsedDocument(
        path=str(path),
        source=path.name,
        doc_id=content_hash(path),
        kind=kind,
        title=title or _first_line(pages) or path.stem,
        pages=pages,
        date=find_date(pages[0].text),
        warnings=warnings,
        blocks=blocks,
    )


def _first_line(pages: list[Page]) -> str:
    for line in pages[0].text.splitlines():
        if len(line.strip()) > 3:
            return line.strip()[:120]
    return ""


def read_pdf(path: Path) -> tuple[str, list[Page], list[str], list[Block]]:
    """Extract each page's text with pypdf, keeping page numbers, and its layout blocks from the same pass."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError("password-protected PDF: Cabinet does not guess passwords; save an unprotected copy and ingest that")
        pages, runs = [], []
        for i, page in enumerate(reader.pages):
            box = page.mediabox
            seen = PageRuns(number=i + 1, height=float(box.height), width=float(box.width))
            text = page.extract_text(visitor_text=seen.visit_text, visitor_operand_before=seen.visit_operator) or ""
            pages.append(Page(number=i + 1, text=text))
            runs.append(seen)
    except FileNotDecryptedError as exc:
        raise IngestError("password-protected PDF: save an unprotected copy and ingest that") from exc
    except IngestError:
        raise
    except (PdfStreamError, PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise IngestError(f"corrupt or truncated PDF: pypdf could not read it ({exc}); re-download or re-export it") from exc
    if not any(page.text.strip() for page in pages):
        if _has_images(reader):
            raise IngestError("no extractable text: the PDF holds only images (scanned?); run OCR on it first")
        raise IngestError("no extractable text: every page of the PDF is blank")
    meta_title = ""
    try:
        meta_title = str((reader.metadata or {}).get("/Title") or "").strip()
    except (PdfReadError, ValueError):
        pass
    try:
        blocks, warnings = pdf_layout_blocks(path, runs, pages), []
    except Exception as exc:  # an unreadable layout must not lose a document whose text was read
        blocks, warnings = [], [f"layout not read ({type(exc).__name__}: {exc}); its text is searchable, its structure is not"]
    return meta_title, pages, warnings, blocks


def pdf_layout_blocks(path: Path, runs: list[PageRuns], pages: list[Page]) -> list[Block]:
    """Blocks from the runs pypdf reported, with tables from the pages that draw a grid."""
    texts = {page.number: page.text for page in pages}
    return pdf_blocks(runs, page_tables(path, runs, texts))


def _has_images(reader) -> bool:
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") if hasattr(resources, "get") else None
        if xobjects:
            return True
    return False


def read_docx(path: Path) -> tuple[str, list[Page], list[str], list[Block]]:
    """Read paragraphs and tables in document order; heading styles become section headings."""
    import docx

    _check_package(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types for a damaged package
        raise IngestError(f"corrupt Word document: {exc}") from exc
    lines, headings, blocks = docx_layout(document)
    title = (document.core_properties.title or "").strip() or (headings[0] if headings else "")
    return title, [Page(number=None, text="\n".join(lines), headings=headings)], [], blocks


def _check_package(path: Path) -> None:
    """Refuse a Word file that would expand to a huge size (a zip bomb), judged from the sizes its zip directory declares."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise IngestError(f"corrupt Word document: the file is not a readable ZIP package ({exc})") from exc
    unpacked = sum(part.file_size for part in parts)
    size = f"the Word file expands to {unpacked / _MB:,.0f} MB when unpacked (it is {path.stat().st_size / _MB:,.1f} MB)"
    if unpacked > MAX_DOCX_UNPACKED_MB * _MB:
        raise IngestError(f"{size}, more than the {MAX_DOCX_UNPACKED_MB} MB any document needs: refused as a possible zip bomb")
    for part in parts:
        ratio = part.file_size / max(1, part.compress_size)
        if part.file_size > _MB and ratio > MAX_DOCX_RATIO:
            raise IngestError(f"{size}; its part {part.filename} is compressed {ratio:,.0f} to 1, far beyond real text: refused as a possible zip bomb")


def read_html(path: Path) -> tuple[str, list[Page], list[str], list[Block]]:
    """Read block elements in order (headings, paragraphs, list items, table rows), tags and scripts removed."""
    from bs4 import BeautifulSoup

    raw, warnings = _decode(path.read_bytes())
    soup = BeautifulSoup(raw, "lxml")
    for element in soup(["script", "style", "noscript", "template", "head"]):
        element.decompose()
    title = ""
    if soup.title and soup.title.string:
        title = soup.title.string.strip()
    lines, headings, blocks = html_layout(soup)
    title = title or (headings[0] if headings else "")
    if not lines:
        lines = [" ".join(soup.get_text(" ").split())]
        blocks = [Block("paragraph", lines[0], None)] if lines[0] else []
    return title, [Page(number=None, text="\n".join(lines), headings=headings)], warnings, blocks


def read_text(path: Path) -> tuple[str, list[Page], list[str], list[Block]]:
    """Read a UTF-8 (or, failing that, Windows-1252) text file; refuse lines too long to be prose."""
    text, warnings = _decode(path.read_bytes())
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise IngestError(
            f"a line of {longest:,} characters (limit {MAX_LINE_CHARS:,}): this does not look like a document; split it into lines or paragraphs"
        )
    headings = [line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#") and not RULE.match(line)]  # '####' underlines one
    return "", [Page(number=None, text=text, headings=headings)], warnings, text_blocks(text)


def _decode(raw: bytes) -> tuple[str, list[str]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), ["not UTF-8: decoded as Windows-1252 (Latin-1)"]
