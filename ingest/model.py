"""The document model every layout fills: blocks in reading order, then a tree, tables, fields and minutes.

Readers (ingest/layout.py) turn a PDF, DOCX, HTML or TXT file into `Block`s from the document's own signals
(typography, styles, numbering, table grids). Structure readers turn blocks into a `DocumentModel`: a tree
of headings and list items, tables with a header row, labelled fields, and minutes' records. Answerers read
only the model (stored in the catalogue); they never re-open files. Every text here is a verbatim span of
the page it names (whitespace aside), so it can be quoted in a citation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item", "table"]


@dataclass
class Block:
    """One piece of a document in reading order, as its layout presents it.

    `level` is a heading's rank (1 = the biggest heading on the document) or a list item's nesting depth
    (1 = top level); 0 when the layout gives none. `marker` is a list item's or heading's own numbering or
    bullet as printed ("2.1", "(a)", "•"), kept out of `text`'s meaning but inside its verbatim span.
    """

    kind: BlockKind
    text: str
    page: int | None
    level: int = 0
    marker: str | None = None
    bold: bool = False
    size: float | None = None
    style: str | None = None
    table: Table | None = None


@dataclass
class Table:
    """A table as a header row and records; a table continued on later pages with its header repeated is one table."""

    header: list[str]
    rows: list[list[str]]
    page: int | None
    row_pages: list[int | None] = field(default_factory=list)
    heading: str | None = None  # the heading or caption the table stands under, when it has one
    row_quotes: list[str] = field(default_factory=list)  # each row as a verbatim span of its page, for citations
    header_quote: str = ""  # the header row as a verbatim span of the table's first page
    status_key: dict[str, str] = field(default_factory=dict)  # the status key printed above it: colour -> meaning ('blue' -> 'complete')

    def records(self) -> list[dict[str, str]]:
        """Each row as {column header: cell}."""
        return [dict(zip(self.header, row)) for row in self.rows]

    def row_text(self, index: int) -> str:
        """A row as one line to read, cells joined by ' | '."""
        return " | ".join(cell for cell in self.rows[index] if cell)

    def row_page(self, index: int) -> int | None:
        """The page a row is printed on (the table's first page when its rows' pages were not read)."""
        page = self.row_pages[index] if index < len(self.row_pages) else None
        return page if page is not None else self.page

    def row_quote(self, index: int) -> str:
        """A row as it stands on its page (cells in order, as printed), to cite; its text when no span was found."""
        quote = self.row_quotes[index] if index < len(self.row_quotes) else ""
        return quote or self.row_text(index)


@dataclass
class Node:
    """A heading or list item of the document's tree, with the label its level goes by (Ambition, Objective, We will)."""

    text: str
    page: int | None
    kind: Literal["heading", "item"]
    label: str | None = None
    children: list[Node] = field(default_factory=list)
    table: int | None = None  # index into DocumentModel.tables of a table standing under this heading
    attributes: dict[str, str] = field(default_factory=dict)  # a table row's other cells by their headers (Lead, When)
    row_of: int | None = None  # index into DocumentModel.tables of the table whose row this node was read from ...
    row: int | None = None  # ... and that row's index, so the row as printed can be cited

    def walk(self, depth: int = 0):
        """(depth, node) for this node and every descendant, in document order."""
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass
class Field:
    """A labelled value of a front sheet or status report ("Report of: Director of Place")."""

    name: str  # the vocabulary's canonical name, e.g. "report_of"; the printed label when the vocabulary has none
    label: str  # the label as printed
    value: str
    page: int | None
    quote: str  # verbatim span holding label and value (or the value alone when the layout separates them)


@dataclass
class Resolution:
    """A decision recorded in minutes ("RESOLVED that ..."), with the item it belongs to."""

    item: str | None
    text: str
    page: int | None
    amended: bool = False


@dataclass
class Vote:
    """A motion or amendment put to a meeting as its minutes record it: who moved and seconded it, how the vote went."""

    item: str | None
    text: str  # the minutes' own sentence(s), verbatim
    page: int | None


@dataclass
class Minutes:
    """The records of a meeting: who was there, who sent apologies, declarations, and what was decided."""

    present: list[Field] = field(default_factory=list)
    apologies: list[Field] = field(default_factory=list)
    declarations: list[Field] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)


@dataclass
class DocumentModel:
    """What was read from one document: title, date, type, and its structure."""

    title: str
    title_page: int | None = None
    date: str | None = None
    doc_type: str = "other"
    council: str | None = None
    tree: list[Node] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    minutes: Minutes | None = None
    status_key: dict[str, str] = field(default_factory=dict)  # a colour its status key defines -> what it means ('blue' -> 'complete')

    def to_dict(self) -> dict:
        """The catalogue's JSON form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> DocumentModel:
        """Read the catalogue's JSON form back into typed records."""

        def node(raw: dict) -> Node:
            return Node(**{**raw, "children": [node(child) for child in raw.get("children", [])]})

        minutes = data.get("minutes")
        return cls(
            **{key: data[key] for key in ("title", "title_page", "date", "doc_type", "council", "status_key") if key in data},
            tree=[node(raw) for raw in data.get("tree", [])],
            tables=[Table(**raw) for raw in data.get("tables", [])],
            fields=[Field(**raw) for raw in data.get("fields", [])],
            minutes=Minutes(
                present=[Field(**f) for f in minutes.get("present", [])],
                apologies=[Field(**f) for f in minutes.get("apologies", [])],
                declarations=[Field(**f) for f in minutes.get("declarations", [])],
                resolutions=[Resolution(**r) for r in minutes.get("resolutions", [])],
                votes=[Vote(**v) for v in minutes.get("votes", [])],
            )
            if minutes
            else None,
        )
