"""The small document model shared by the councils corpus content modules and renderers.

A document is a list of blocks (council line, title, headings, paragraphs, lists, tables, front sheets,
page breaks). Each renderer (PDF, DOCX, HTML, TXT) turns the same blocks into its own format, and a
house style chooses fonts, colours and conventions so that the councils do not look alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FICTION = "This is a fictional document for testing."

Value = str | tuple[str, ...]


@dataclass(frozen=True)
class Council:
    """A council-name line printed above the real title (a title-extraction trap)."""

    text: str


@dataclass(frozen=True)
class Title:
    """The document's real title."""

    text: str


@dataclass(frozen=True)
class Subtitle:
    """A line under the title (meeting, date, strapline)."""

    text: str


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 is the largest. keep=False lets a following table start on the same page and split."""

    text: str
    level: int = 1
    keep: bool = True


@dataclass(frozen=True)
class Para:
    """A paragraph, optionally numbered (num='2.1' hangs in the margin) or with a bold lead label."""

    text: str
    num: str = ""
    label: str = ""
    small: bool = False


@dataclass(frozen=True)
class Bullets:
    """A bulleted list; marker 'a' gives (a), (b) ...; marker '1' gives 1., 2. ..."""

    items: tuple[str, ...]
    marker: str = "bullet"


@dataclass(frozen=True)
class Table:
    """A table with a header row; rag_col colours a Red/Amber/Green column in PDF and HTML."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    rag_col: int = -1
    font_size: float = 0.0
    caption: str = ""


@dataclass(frozen=True)
class FrontSheet:
    """Report front sheet. layout: 'table' (two columns), 'lines' (Label: value), 'bold' (label line, value line), 'dl',
    'margin' (PDF), 'grid' (PDF and DOCX: four columns, two label/value pairs to a row)."""

    pairs: tuple[tuple[str, Value], ...]
    layout: str = "table"


@dataclass(frozen=True)
class PageBreak:
    """Force a new page (PDF and DOCX only)."""


@dataclass(frozen=True)
class Space:
    """Vertical space in points (PDF only)."""

    height: float


Block = Council | Title | Subtitle | Heading | Para | Bullets | Table | FrontSheet | PageBreak | Space


@dataclass(frozen=True)
class Doc:
    """One document of the corpus."""

    name: str
    blocks: tuple[Block, ...]
    style: str
    meta_title: str = ""
    author: str = ""
    footer: str = ""
    landscape: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def fmt(self) -> str:
        """The file format, from the extension."""
        return self.name.rsplit(".", 1)[-1]


def lines(*parts: str) -> tuple[str, ...]:
    """A multi-line front-sheet value."""
    return tuple(parts)
