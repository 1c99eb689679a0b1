"""Blocks in reading order from a document's own signals: headings, paragraphs, list items and tables.

Readers fill `ParsedDocument.blocks` in the same pass that reads the page text (ingest/pdf_layout.py for PDF
typography, ingest/markup_layout.py for DOCX styles and HTML tags, `text_blocks` here for plain text and
markdown). Every block's text is a verbatim span of its page's text, whitespace aside, so it can be quoted.
Run `python -m ingest.layout FILE` to see what a file's layout gives.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ingest.documents import ParsedDocument
from ingest.model import Block

# Bullet glyphs councils' word processors print, including Symbol/Wingdings private-use code points.
BULLETS = "•▪■□◦○●‣⁃∙·◆◇►▶➢›»❯→✓✔–—\\-*\x7f\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8\uf0e0"
_BULLET = re.compile(rf"^[{BULLETS}\ue000-\uf8ff](?=\s|$)\s*")
# Numbering as printed: 1. / 1.1 / 2.1.3 / (a) / a) / a. / iv. / R1 — never a year or a bare amount.
_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[.)]|\(\w{1,4}\)|[a-z][.)]|[ivx]{1,5}[.)]|[A-Z]{1,2}\d{1,2}[.:)]?)(?=\s)\s*"
)
_WORDS = re.compile(r"[A-Za-z]+")
# A line of one adornment character repeated: a plain-text heading's underline, or a rule between parts. Dots and '_'
# are left out: a row of them under "Signed" is a space to sign.
RULE = re.compile(r"^\s{0,3}([=~*#^-])\1{2,}\s*$")
# A row of dots or '_' as long as the line above it is that line's underline ("Strand 1A Food waste" over a row of
# dots); longer, shorter or under a label ("Signed:") it is a space to sign.
_LEADER_ROW = re.compile(r"^\s{0,3}([._])\1{2,}\s*$")


def underlines(line: str, above: str) -> bool:
    """Whether `line` is a rule, or a heading's underline under `above`."""
    if RULE.match(line):
        return True
    return bool(_LEADER_ROW.match(line)) and abs(len(line.strip()) - len(above.strip())) <= 1 and not above.rstrip().endswith(":")


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, as citations compare text."""
    return " ".join(text.split())


def split_marker(text: str) -> tuple[str | None, str, bool]:
    """(marker, text after a bullet, is_bullet): a leading bullet is dropped from the text, numbering kept in it."""
    stripped = text.lstrip()
    bullet = _BULLET.match(stripped)
    if bullet:
        rest = stripped[bullet.end():]
        number = _NUMBER.match(rest)
        return (number.group().strip() if number else bullet.group().strip()), rest, True
    number = _NUMBER.match(stripped)
    if number:
        return number.group().strip(), stripped, False
    return None, stripped, False


def numbering_depth(marker: str | None) -> int:
    """How deep a numbering goes: '2' -> 1, '2.1' -> 2, '2.1.3' -> 3; 0 for bullets and letters."""
    if not marker or not marker[0].isdigit():
        return 0
    return len([part for part in re.split(r"[.)]", marker) if part])


def word_count(text: str) -> int:
    """Words of letters, for telling a short heading or label from a sentence."""
    return len(_WORDS.findall(text))


def title_like(text: str) -> bool:
    """Begins with a capital and does not end a sentence: how a heading or a label is printed."""
    text = text.strip()
    return bool(text) and text[0].isupper() and not text.endswith((".", ";", ","))


def text_blocks(text: str) -> list[Block]:
    """Blocks of plain text or markdown: # and underlined headings, short capitals, numbered headings, bullets, tables."""
    from ingest.text_layout import read_text_blocks

    return read_text_blocks(text)


def read_blocks(document: ParsedDocument) -> list[Block]:
    """The document's blocks in reading order (the readers fill them; plain text is read again when missing)."""
    if document.blocks:
        return document.blocks
    blocks: list[Block] = []
    for page in document.pages:
        for block in text_blocks(page.text):
            block.page = page.number
            blocks.append(block)
    return blocks


def describe(block: Block) -> str:
    """One line for the debug listing."""
    where = f"p{block.page}" if block.page is not None else "-"
    extra = [f"L{block.level}" if block.level else "", block.marker or "", "bold" if block.bold else "",
             f"{block.size:g}pt" if block.size else "", block.style or ""]
    head = f"{where:>4} {block.kind:<9} {' '.join(part for part in extra if part):<22}"
    if block.table is not None:
        table = block.table
        rows = "\n".join(f"{'':>37}| " + " | ".join(row) for row in [table.header, *table.rows])
        return f"{head} table {len(table.rows)} rows, pages {sorted({p for p in table.row_pages if p})}\n{rows}"
    return f"{head} {block.text[:160]}"


def main(argv: list[str] | None = None) -> None:
    """`python -m ingest.layout FILE`: print the blocks a file's layout gives."""
    from ingest.readers import read_document

    for name in argv if argv is not None else sys.argv[1:]:
        document = read_document(Path(name))
        print(f"# {document.source}: {len(document.blocks)} blocks")
        for block in read_blocks(document):
            print(describe(block))


if __name__ == "__main__":
    main()
