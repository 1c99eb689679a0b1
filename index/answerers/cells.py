"""A table read as rows named by a label and columns named by a header: which rows and columns a question names,
which columns hold numbers, and which rows are totals.

Any table serves (a budget by service and year, a list of pools with their visits, an options appraisal): a row
is named when the question holds most of its label's words ('Adult Social Care', 'Caddon Vale Pool'); a column
when the question holds its header's words or its period ('2023/24'); a superlative ('fewest visits') is read
over the numeric column the question names.
"""

from __future__ import annotations

import re

from index.intents import TOTAL_WORDS, frame_terms
from index.retrieval import terms
from ingest.model import Table

ROW_NAMED = 0.6  # share of a row label's words a question must hold to name the row (0.5 with two words or more)
_PERIOD = re.compile(r"\b((?:19|20)\d\d)(?:\s*[/-]\s*(\d{4}|\d{2}))?\b")
_REFERENCE = re.compile(r"^(?=\S*\d)[A-Z][A-Za-z0-9]*(?:[-./][A-Za-z0-9]+)*$")  # one token of a capital and a figure: 'R1', 'CL1.2', 'HSF-S01'
_NUMBER = re.compile(r"^[£$€(\-–−]*\d[\d,]*(?:\.\d+)?\s*(?:%|[km]|bn|m\b)?\)?$", re.IGNORECASE)


def periods(text: str) -> set[str]:
    """The years and financial years a text names, as '2023/24' or '2023' ('2023-2024' -> '2023/24')."""
    found = set()
    for start, end in _PERIOD.findall(text):
        found.add(f"{start}/{end[-2:]}" if end else start)
    return found


def words(text: str) -> set[str]:
    """Stemmed content words of a text, without frame words and bare numbers (years are matched as periods)."""
    return {term for term in terms(text) if not term.isdigit()} - frame_terms()


def value(cell: str) -> float | None:
    """A cell's amount when the cell is a number ('£1,130,000', '41,000', '(250)', '4.5%'); None otherwise."""
    text = cell.strip()
    if not text or not _NUMBER.match(text):
        return None
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not digits:
        return None
    amount = float(digits[0].replace(",", ""))
    return -amount if text.startswith(("(", "-", "–", "−")) else amount


def numeric(table: Table, column: int) -> bool:
    """Whether most filled cells of a column are numbers."""
    cells = [row[column] for row in table.rows if column < len(row) and row[column].strip()]
    return bool(cells) and sum(value(cell) is not None for cell in cells) >= 0.6 * len(cells)


def label_column(table: Table) -> int | None:
    """The column that names each row: the first whose cells are mostly words, not references or numbers."""
    width = max((len(row) for row in table.rows), default=0)
    for column in range(width):
        cells = [row[column] for row in table.rows if column < len(row) and row[column].strip()]
        if not cells:
            continue
        # A label starts with a word or a lettered/numbered option ('C. New build', 'Option 2: ...'), not a figure ('46% of ...').
        wordy = [cell for cell in cells if words(cell) and not _REFERENCE.match(cell.strip()) and value(cell) is None and not cell.strip()[0].isdigit()
                 and cell.strip()[0] not in "£$€%"]
        if len(wordy) >= 0.6 * len(cells):
            return column
    return None


def label(table: Table, row: int) -> str:
    """A row's label cell; when it is empty, the row's first cell of words (a 'Total new savings' row whose name stands
    in the reference column); '' when the table has no label column."""
    column = label_column(table)
    cells = table.rows[row]
    if column is None or column >= len(cells):
        return ""
    return cells[column] if cells[column].strip() else next((cell for cell in cells if words(cell) and value(cell) is None), "")


def is_total(text: str) -> bool:
    """A totals row ('Total savings', 'Sub-total'), which no superlative or listing of rows counts."""
    return bool(set(terms(text)) & set(terms(TOTAL_WORDS)))


_BODY_NAME = re.compile(r"\s+(?:(?:metropolitan\s+)?(?:borough|district|county|city|town|parish)\s+)?(?:council|authority)\s*$", re.I)


def named_rows(question: str, table: Table, title: str = "") -> list[tuple[float, int]]:
    """(score, row) of each row whose label the question names, best first.

    The document's `title` words name the document, not a row ('leisure centre' in a leisure centre report's
    options), so a label's own words decide unless it has no others.
    """
    asked = words(question)
    column = label_column(table)
    known = words(title)
    found = []
    for row, cells in enumerate(table.rows):
        cell = cells[column] if column is not None and column < len(cells) else ""
        said = words(_BODY_NAME.sub("", cell)) or words(cell)  # 'Ashgrove Borough Council' is named by 'Ashgrove'
        if said - known:
            said -= known
        elif not said or not said <= asked:
            continue
        shared = len(said & asked)
        share = shared / len(said)
        if share >= ROW_NAMED or (share >= 0.5 and shared >= 2):
            found.append((share + 0.01 * shared, row))
    return sorted(found, reverse=True)


def names_column(question: str, table: Table, skip: set[int], ignore: set[str] = frozenset()) -> bool:
    """Whether the question names a column by its header's words (a period alone names a column of many tables)."""
    asked = words(question) - ignore
    return any(words(header) & asked for column, header in enumerate(table.header) if column not in skip)


def column_score(question: str, header: str, ignore: set[str] = frozenset()) -> float:
    """How well a question names a column: the header's words it holds, and its period (a period it does not name counts against)."""
    said, asked = words(header) - ignore, words(question) - ignore
    score = len(said & asked) / len(said) if said else 0.0
    named, printed = periods(question), periods(header)
    if named and printed:
        score += 1.0 if named & printed else -1.0
    return score


def asked_columns(question: str, table: Table, skip: set[int], ignore: set[str] = frozenset()) -> list[int]:
    """The columns a question names, best first (none when it names no header's words or period)."""
    scored = [(column_score(question, header, ignore), column) for column, header in enumerate(table.header) if column not in skip]
    top = max((score for score, _ in scored), default=0.0)
    if top <= 0:
        return []
    return [column for score, column in sorted(scored, key=lambda item: -item[0]) if score >= max(top - 0.25, 0.34)]


def described(table: Table, row: int, first: list[int] | None = None, label: int | None = None) -> str:
    """A row as its label, then 'Header: cell' pairs, the asked columns first ('Caddon Vale Pool; Opened: 1968; ...')."""
    cells = table.rows[row]
    first = [c for c in first or [] if c != label]
    order = [*first, *[c for c in range(len(cells)) if c not in first and c != label]]
    pairs = [f"{table.header[c].strip() if c < len(table.header) and table.header[c].strip() else ''}: {cells[c]}".lstrip(": ")
             for c in order if c < len(cells) and cells[c].strip()]
    name = cells[label] if label is not None and label < len(cells) else ""
    return "; ".join([name, *pairs] if name else pairs)
