"""A plan set out as one table (Theme | Priority | What we will do | Lead | When) read as a tree.

Written here because no library reads a table as an outline. A table is one when its first columns hold short group
labels that repeat down the rows, or stand blank below where a cell is merged or the group goes on, and a later column
holds the longest texts (or is headed by a plan level's name): each leading label column is a level named by its
header, that column gives the items, and every other column is an attribute of its row's item (Lead, When). Rows that
print one label alone across the table ('Priority 1: Safer streets' in a merged row) group the rows below them too.
Each node remembers its row, so an answer can cite the row as printed.
"""

from __future__ import annotations

import re

from ingest.layout import word_count
from ingest.model import Node, Table
from ingest.vocabulary import fold, load_vocabulary

MIN_ROWS = 3  # fewer rows than this make a list, not an outline
MIN_GROUPS = 2  # the first level must name at least two groups ...
LABEL_WORDS = 12  # ... each a short label, not a sentence
HEADER_WORDS = 8  # a level's header is a short label too ('Theme', 'What we will do')
_NUMBERED_LABEL = re.compile(r"^([A-Z][A-Za-z]+(?: [A-Za-z]+)?)\s+(?:\d{1,2}(?:\.\d{1,2})?|[A-Z])\s*[:.\-–—]\s+\S")  # 'Priority 1: ...'
_FIGURE = re.compile(r"^[\W\d£$€%.,kmb]*$|^\W*(?:19|20)\d\d\b", re.IGNORECASE)  # '£1,200', '12%', '2025/26', '2026 Q1'


def _wordy(cell: str) -> bool:
    """A cell of words (a label or an action), not a figure, reference or date."""
    return word_count(cell) >= 1 and not _FIGURE.match(cell.strip()) and not re.fullmatch(r"[A-Z]{0,4}-?\d+(?:\.\d+)*[a-z]?", cell.strip())


def item_column(table: Table) -> int:
    """The column that says what each row is: the one with the longest texts."""
    width = len(table.header)
    lengths = [sum(len(row[i]) for row in table.rows if i < len(row)) for i in range(width)]
    return max(range(width), key=lambda i: lengths[i]) if width else 0


def _level_named(header: str) -> bool:
    """Whether a header names a plan level the vocabulary knows ('Key actions', 'What we will do', 'Commitments')."""
    spoken = f" {fold(header)} "
    for name in load_vocabulary().level_names:
        singular = fold(name)[:-1] if fold(name).endswith("s") else fold(name)
        if any(f" {form} " in spoken for form in {singular, singular + "s", re.sub(r"y$", "ies", singular)}):
            return True
    return False


def _doing_column(table: Table, first: int = 1) -> int:
    """The column of what will be done: the last one from `first` on whose header names a plan level ('Theme | Priority
    | What we will do | Measure of success'); else the column with the longest texts."""
    named = [column for column, header in enumerate(table.header) if column >= first and _level_named(header)]
    if named and sum(_wordy(cell) for cell in _cells(table, named[-1]) if cell) >= MIN_ROWS:
        return named[-1]
    return item_column(table)


def _cells(table: Table, column: int) -> list[str]:
    return [row[column].strip() if column < len(row) else "" for row in table.rows]


def _groups(cells: list[str]) -> bool:
    """Whether a column's cells are group labels: the first filled, each label in one run of rows (repeated, or blank
    below it), at least two groups, and fewer groups than rows."""
    if not cells or not cells[0]:
        return False
    runs: list[str] = []
    for cell in cells:
        if cell and (not runs or fold(cell) != runs[-1]):
            runs.append(fold(cell))
    return MIN_GROUPS <= len(runs) < len(cells) and len(set(runs)) == len(runs)


def _labels(cells: list[str]) -> bool:
    """Whether a column's filled cells are all short labels of words."""
    filled = [cell for cell in cells if cell]
    return bool(filled) and all(_wordy(cell) and word_count(cell) <= LABEL_WORDS for cell in filled)


def _heads(table: Table, column: int) -> bool:
    """Whether a column's header names a level: a short label of words ('Theme', 'What we will do'), not blank, not a
    form's label ('Project:') and not a paragraph."""
    header = table.header[column].strip() if column < len(table.header) else ""
    return _wordy(header) and word_count(header) <= HEADER_WORDS and not header.endswith((":", ".", ";", ","))


def section_rows(table: Table) -> list[int]:
    """The rows that print one label alone across the table (a merged row: 'Priority 1: Safer streets') and head the
    rows below them, in a table whose items column names a plan level ('Key actions'); [] for any other table."""
    if len(table.header) < 3 or len(table.rows) < MIN_ROWS:
        return []
    alone = [row for row, cells in enumerate(table.rows) if _alone(cells)]
    body = [row for row in range(len(table.rows)) if row not in alone]
    if len(alone) < MIN_GROUPS or not alone or alone[0] != 0 or len(body) < MIN_ROWS:
        return []
    item = _doing_column(_rows_of(table, body), first=0)
    filled = [row for row in body if item < len(table.rows[row]) and _wordy(table.rows[row][item])]
    return alone if _level_named(table.header[item]) and len(filled) >= 0.8 * len(body) else []


def _alone(cells: list[str]) -> bool:
    """A row whose only text is a short label in its first cell."""
    filled = [cell for cell in cells if cell.strip()]
    return len(filled) == 1 and bool(cells) and cells[0].strip() == filled[0].strip() and _wordy(filled[0]) and word_count(filled[0]) <= 2 * LABEL_WORDS


def _rows_of(table: Table, rows: list[int]) -> Table:
    return Table(header=table.header, rows=[table.rows[row] for row in rows], page=table.page)


def outline_columns(table: Table, grouped: bool = True) -> tuple[list[int], int] | None:
    """(level columns, item column) of a table laid out as an outline, or None when it is a table of records. Without
    `grouped` (rows already grouped by section rows) the first level's labels need not repeat, and there may be none."""
    if len(table.rows) < MIN_ROWS or len(table.header) < 2:
        return None
    item = _doing_column(table, first=1 if grouped else 0)
    items = [cell for cell in _cells(table, item) if cell]
    if (item == 0 and grouped) or len(items) < MIN_ROWS or sum(_wordy(cell) for cell in items) < 0.8 * len(items):
        return None
    levels = []
    for column in range(item):
        cells = _cells(table, column)
        if not _labels(cells):
            if levels:
                break  # a reference or figure between the levels and the items is an attribute, and ends the levels
            continue  # a reference column before the levels ('Ref') is an attribute of the row
        levels.append(column)
    if not grouped:
        return (levels, item) if all(_heads(table, column) for column in [*levels, item]) else ([], item)
    if not levels or not _groups(_cells(table, levels[0])) or not all(_heads(table, column) for column in [*levels, item]):
        return None
    shorter = sum(len(cell) for column in levels for cell in _cells(table, column)) / len(levels)
    if shorter >= sum(len(cell) for cell in items):
        return None  # the items say more than the labels that group them
    return levels, item


def outline_nodes(table: Table, index: int) -> list[Node]:
    """The table's groups and items as nodes: one node per group label under the group above it, each row's item
    under its deepest group, with its other cells as attributes; each node keeps the row it was first printed in
    (`row_of`, `row`) to cite."""
    sections = section_rows(table)
    found = outline_columns(_rows_of(table, [r for r in range(len(table.rows)) if r not in sections]), grouped=False) if sections else outline_columns(table)
    if found is None:
        return []
    levels, item = found
    others = [c for c in range(len(table.header)) if c != item and c not in levels and table.header[c].strip()]
    roots: list[Node] = []
    section: Node | None = None
    path: list[Node | None] = [None] * len(levels)
    pages = table.row_pages or [table.page] * len(table.rows)
    for row, cells in enumerate(table.rows):
        page = pages[row] if row < len(pages) else table.page
        if row in sections:
            text = cells[0].strip()
            section = Node(text=text, page=page, kind="heading", label=_printed_label(text), row_of=index, row=row)
            roots.append(section)
            path = [None] * len(levels)
            continue
        fresh = False  # a level above started a new group in this row: a label below it starts one too
        for depth, column in enumerate(levels):
            cell = cells[column].strip() if column < len(cells) else ""
            if cell and (fresh or path[depth] is None or fold(cell) != fold(path[depth].text)):
                node = Node(text=cell, page=page, kind="heading", label=_label(table, column), row_of=index, row=row)
                _hang(roots, [section, *path[:depth]], node)
                path[depth] = node
                fresh = True
            elif fresh:
                path[depth] = None  # a new group above with nothing printed at this level
        text = cells[item].strip() if item < len(cells) else ""
        if text:
            attributes = {table.header[c].strip(): cells[c].strip() for c in others if c < len(cells) and cells[c].strip()}
            node = Node(text=text, page=page, kind="item", label=_label(table, item), attributes=attributes, row_of=index, row=row)
            _hang(roots, [section, *path], node)
    return roots


def _printed_label(text: str) -> str | None:
    """The level a section row names before its number ('Priority 1: Safer streets' -> Priority), if it does."""
    found = _NUMBERED_LABEL.match(text)
    return found.group(1) if found else None


def _label(table: Table, column: int) -> str | None:
    header = table.header[column].strip() if column < len(table.header) else ""
    return header or None


def _hang(roots: list[Node], path: list[Node | None], node: Node) -> None:
    """Attach a node under the deepest open group of `path`, or as a root."""
    parent = next((above for above in reversed(path) if above is not None), None)
    (parent.children if parent else roots).append(node)
