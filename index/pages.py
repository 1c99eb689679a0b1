"""Images of cited PDF pages (rendered once, cached under the data directory) and where a quote stands on them.

pypdfium2 renders and locates characters; matching the quote on letters and digits only makes it immune to the
line breaks, hyphens and spacing that differ between pypdf's text (which the quote comes from) and pdfium's.
"""

from __future__ import annotations

import hashlib
import threading
from functools import lru_cache
from pathlib import Path

# PDFium is not thread-safe: one call at a time in a process (the app answers several conversations at once).
_PDFIUM = threading.Lock()


def _letters(text: str) -> tuple[str, list[int]]:
    """Lower-case letters and digits of a text, and the index in the text of each."""
    kept, where = [], []
    for index, char in enumerate(text):
        if char.isalnum():
            kept.append(char.lower())
            where.append(index)
    return "".join(kept), where


def quote_span(page_text: str, quote: str) -> tuple[int, int] | None:
    """Character range (start, end) of the quote in the page's text, ignoring spacing and punctuation."""
    wanted, _ = _letters(quote.rstrip("…").rstrip("."))
    have, where = _letters(page_text)
    if len(wanted) < 4:
        return None
    start = have.find(wanted)
    if start < 0:
        return None
    return where[start], where[start + len(wanted) - 1] + 1


def _document_folder(pdf_path: Path, cache: Path) -> Path:
    """The cache folder of one document's pages (one per file, so removing a document removes its pages)."""
    return cache / hashlib.sha256(str(pdf_path.resolve()).encode()).hexdigest()[:24]


def page_image(pdf_path: Path, page: int, cache: Path, *, width: int = 900) -> Path | None:
    """A PNG of one page of a PDF (1-based), rendered once and cached; None when the page cannot be drawn."""
    key = hashlib.sha256(f"{pdf_path.stat().st_mtime_ns}|{page}|{width}".encode()).hexdigest()[:24]
    target = _document_folder(pdf_path, cache) / f"{key}.png"
    if target.exists():
        return target
    with _PDFIUM:
        return _render(pdf_path, page, target, width)


def forget_pages(pdf_path: Path, cache: Path) -> int:
    """Delete the cached page images of one document (it was removed from the library); how many were deleted."""
    folder = _document_folder(pdf_path, cache)
    images = list(folder.glob("*.png")) + list(folder.glob("*.tmp")) if folder.is_dir() else []
    for image in images:
        image.unlink(missing_ok=True)
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return len(images)


def _render(pdf_path: Path, page: int, target: Path, width: int) -> Path | None:
    import pypdfium2 as pdfium

    if target.exists():  # another thread drew it while this one waited
        return target
    try:
        document = pdfium.PdfDocument(str(pdf_path))
    except pdfium.PdfiumError:
        return None
    try:
        if not 1 <= page <= len(document):
            return None
        sheet = document[page - 1]
        image = sheet.render(scale=width / sheet.get_size()[0]).to_pil()
        temporary = target.with_suffix(".tmp")
        target.parent.mkdir(parents=True, exist_ok=True)
        image.convert("RGB").save(temporary, format="PNG", optimize=True)
        temporary.replace(target)
        return target
    finally:
        document.close()


def quote_boxes(pdf_path: Path, page: int, quote: str) -> list[tuple[float, float, float, float]]:
    """Where the quote stands on the page, as (left, top, width, height) fractions of the page, one box per line."""
    return list(_boxes(str(pdf_path.resolve()), pdf_path.stat().st_mtime_ns, page, quote))


@lru_cache(maxsize=4096)
def _boxes(path: str, mtime_ns: int, page: int, quote: str) -> tuple[tuple[float, float, float, float], ...]:
    """quote_boxes, once per file version, page and quote (an answer's sources are drawn again on every answer)."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            return ()
        try:
            if not 1 <= page <= len(document):
                return ()
            sheet = document[page - 1]
            page_width, page_height = sheet.get_size()
            text_page = sheet.get_textpage()
            try:
                span = quote_span(text_page.get_text_range(), quote)
                if span is None:
                    return ()
                start, end = span
                rects = [text_page.get_rect(index) for index in range(text_page.count_rects(start, end - start))]
            finally:
                text_page.close()
        finally:
            document.close()
    return tuple((left / page_width, 1 - top / page_height, (right - left) / page_width, (top - bottom) / page_height)
                 for left, bottom, right, top in rects)
