"""One document read into its model: blocks -> tree, tables, fields, minutes, title, date, type and council.

The readers per format give blocks (ingest/layout.py); until a format has a layout reader, each line of a
page is a paragraph block, so every reader here still sees verbatim spans with their pages.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.documents import ParsedDocument
from ingest.fields import read_fields
from ingest.minutes import read_minutes
from ingest.model import Block, DocumentModel, Table
from ingest.titles import document_date, document_title, document_type
from ingest.vocabulary import load_vocabulary


def line_blocks(document: ParsedDocument) -> list[Block]:
    """Each non-empty line of each page as a paragraph block (for documents no layout reader has read)."""
    return [Block("paragraph", " ".join(line.split()), page.number) for page in document.pages for line in page.text.splitlines() if line.strip()]


def read_model(document: ParsedDocument, blocks: list[Block] | None = None, tree: list | None = None) -> DocumentModel:
    """What the document is and how it is organised, from its blocks."""
    vocabulary = load_vocabulary()
    blocks = blocks if blocks is not None else line_blocks(document)
    tables: list[Table] = [block.table for block in blocks if block.kind == "table" and block.table is not None]
    fields = read_fields(blocks, tables, vocabulary)
    minutes = read_minutes(blocks, tables, vocabulary)
    title, title_page = document_title(blocks, document.title, vocabulary)
    tree = tree or []
    is_plan = sum(1 for node in tree for _ in node.walk()) >= 6 and any(node.children for node in tree)
    return DocumentModel(
        title=title or document.title,
        title_page=title_page,
        date=document_date(blocks, fields) or document.date,
        doc_type=document_type(blocks, fields, minutes, is_plan, vocabulary),
        council=council_of(document),
        tree=tree,
        tables=tables,
        fields=fields,
        minutes=minutes,
    )


# "Kestrel Vale Metropolitan Borough Council", "Corve District Council": capitalised words, a kind of council, Council.
_KINDS = "Metropolitan Borough|County|District|City|Borough|Town|Parish|Unitary"
_KINDED = re.compile(rf"\b((?:[A-Z][a-z]+ ){{1,3}}(?:{_KINDS}) Council|(?:[A-Z]+ ){{1,3}}(?:{_KINDS.upper()}) COUNCIL)\b")
# "Wenbury Council" standing at the start of a line (a letterhead), where a kind word is absent.
_LETTERHEAD = re.compile(r"^((?:[A-Z][a-z]+ ){1,3}Council)\b", re.MULTILINE)


def council_of(document: ParsedDocument) -> str | None:
    """The council a document speaks for: the one it names most, by its full name, else its letterhead's."""
    counts = Counter(name.title() if name.isupper() else name for page in document.pages for name in _KINDED.findall(page.text))
    if counts:
        return counts.most_common(1)[0][0]
    heads = _LETTERHEAD.findall(document.pages[0].text[:2000])
    return heads[0] if heads else None
