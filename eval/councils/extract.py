"""Plain-text extraction of the councils corpus, the way the gold check reads it.

PDF: pypdf page text; DOCX: python-docx paragraphs and table cells; HTML: text outside tags via html.parser;
TXT: as is.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import docx
from pypdf import PdfReader

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def normalise(text: str) -> str:
    """Lower-case, quotes and dashes unified, whitespace collapsed (as the scorer does)."""
    text = html.unescape(text).replace("\\", "").translate(QUOTES).lower()
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(path: Path) -> list[str]:
    """The extracted text of each PDF page."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def docx_text(path: Path) -> str:
    """Paragraphs and table cells of a Word document, in body order."""
    d = docx.Document(str(path))
    out = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            out.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(out)


class _TextParser(HTMLParser):
    """Collects the text of an HTML page (not script/style), with block tags as line breaks."""

    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "td", "th", "dt", "dd", "br", "caption", "title", "footer"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("style", "script"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    """Visible text of an HTML page."""
    parser = _TextParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return "".join(parser.parts)


def text_of(path: Path) -> str:
    """The extracted text of any corpus document."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "\n".join(pdf_pages(path))
    if suffix == ".docx":
        return docx_text(path)
    if suffix in (".html", ".htm"):
        return html_text(path)
    return path.read_text(encoding="utf-8")
