"""Finance tables read row by row: the forecast outturn, the variance on a service, what the savings come to in a year,
the budget gap in a year.

Columns are read by what they mean (ingest/vocabulary.toml's [finance] forms: 'Projected outturn', 'Over/(under)spend',
'Gap in year'), years by the periods printed in headers or row labels; a row the question names answers for itself,
and the Total row answers for the whole ('what is the forecast outturn?'). Every answer names the row label and the
header of each cell it gives, and cites the row as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.answer import Draft, escape
from index.answerers import cells as grid
from index.answerers.base import Ask, Cited, Document, heading, named_document
from index.intents import (
    CHANGE_WORDS,
    DOCUMENT_WORDS,
    FINANCE_CUES,
    LISTED,
    MONEY_CHANGE,
    OVERALL,
    STATUS_WORDS,
    SUPERLATIVE_CUES,
    TABLE_WORDS,
    cues,
    subject,
)
from index.retrieval import terms
from ingest.layout import split_marker
from ingest.model import Table
from ingest.vocabulary import Vocabulary

# The status lines of a report (ingest's fields) that state a money meaning for the whole report.
FIELD_OF = {"budget": "approved_budget", "actual": "spend_to_date", "forecast": "forecast_outturn", "variance": "variance"}
UNDER = re.compile(r"\b(under ?spen\w*|under budget)\b", re.I)  # the variance asked for is below the budget
UNIT = re.compile(r"[£$€]|\b(000|k|m|millions?|thousands?)\b", re.I)  # a label column's header that gives the figures' unit ('£000')
MOST_ROWS = 12  # rows listed when the question names several
# A figure is read against the others of its kind: a forecast beside its budget and variance, and the other way round.
TOGETHER = {"forecast": ("budget", "variance"), "variance": ("budget", "forecast"), "actual": ("budget",), "gap": (), "saving": (),
            "budget": (), "funding": ()}


@dataclass
class Reading:
    """The rows and columns of one table of one document that answer a finance question, and how well."""

    document: Document
    table: Table
    rows: list[int]
    columns: list[int]
    named: bool  # the question names the rows (a service, a scheme, a year), not the table's total
    extreme: str  # ', the most of 4' when the question asks which row has the most or least
    about: int  # words of the question the document and table hold
    said: int  # words of the question the given rows' labels and columns' headers hold ('budget gap' over 'funding gap')

    def key(self) -> tuple:
        """Better readings first: named rows, then the question's words, then its wording, then every asked meaning, then the latest."""
        return (self.named or bool(self.extreme), self.about, self.said, len(self.columns), self.document.date or "")


class FinanceAnswerer:
    """Budget, actual, forecast, variance, savings and gap figures read from finance tables."""

    name = "finance"

    def wants(self, ask: Ask) -> float:
        """High when the question asks a money figure a finance table of its documents gives."""
        asked = cues(FINANCE_CUES, ask.question)
        if not asked or not any(d.model.tables for d in ask.documents) or MONEY_CHANGE.search(ask.question):
            return 0.0  # how a figure changed between reports is the passages' (and the report lines') to tell
        return 0.8 if self._best(ask, asked) else 0.0

    def answer(self, ask: Ask) -> Draft | None:
        """The asked cells of the rows the question names (else the Total row), each named by its row label and header."""
        asked = cues(FINANCE_CUES, ask.question)
        reading = self._best(ask, asked) if asked else None
        if reading is None:
            return None
        table = reading.table
        label = grid.label_column(table)
        cited = Cited()
        under = table.heading if table.heading and table.heading != reading.document.title else ""
        cited.add(f"{heading(reading.document)}{f', {escape(under)}' if under else ''}:")
        unit = table.header[label].strip() if label is not None and label < len(table.header) and UNIT.search(table.header[label]) else ""
        for row in reading.rows:
            cells = table.rows[row]
            name = _row_name(table, row, label) + (f" ({unit})" if unit else "")  # 'Budget gap (£000)': the corner's unit
            pairs = [f"{escape(table.header[c].strip() or 'Value')}: {escape(cells[c])}" for c in reading.columns if c < len(cells) and cells[c].strip()]
            said = "; ".join([pairs[0] + reading.extreme, *pairs[1:]] if pairs else [])
            cited.add(f"- {escape(name)}: {said} {cited.cite(reading.document, table.row_page(row), table.row_quote(row), table.heading)}")
        return cited.draft()

    def _best(self, ask: Ask, asked: set[str]) -> Reading | None:
        """The table reading that answers best: of the document the question names, else of any document."""
        documents = [d for d in ask.documents if d.model.tables]
        named = named_document(ask.question, documents) or (named_document(ask.context, documents) if ask.context else None)
        scope = [named] if named else documents  # named_document gives the latest report of a series unless a period is asked
        readings = [r for d in scope for t in d.model.tables for r in [_read(ask, d, t, asked)] if r]
        if named and not readings and grid.words(ask.question) & grid.words(named.title) <= grid.words(named.doc.get("council") or ""):
            # A question can name a document by its council alone ('Riverside's budget gap'), which names the wrong paper.
            named, readings = None, [r for d in documents for t in d.model.tables for r in [_read(ask, d, t, asked)] if r]
        if not named and readings:
            # A table of a document the question says nothing of ('the forecast outturn' of an unnamed report aside) is no answer.
            top = max(r.about for r in readings)
            readings = [r for r in readings if r.about == top and (top > 0 or not _subject(ask))]
        return max(readings, key=Reading.key) if readings else None


def _subject(ask: Ask) -> set[str]:
    """What the question names beyond money, table, document and period words."""
    money = " ".join(form for forms in ask.vocabulary.finance.values() for form in forms)
    question = ask.question
    for pattern in [*FINANCE_CUES.values(), OVERALL]:
        question = pattern.sub(" ", question)
    return grid.words(subject(question, money, STATUS_WORDS, TABLE_WORDS, DOCUMENT_WORDS, CHANGE_WORDS))


def _read(ask: Ask, document: Document, table: Table, asked: set[str]) -> Reading | None:
    """The rows and columns of a table that answer the question, or None when it gives none of the asked money."""
    if not table.rows or len(table.header) < 2:
        return None
    stated = {FIELD_OF[name] for name in asked if name in FIELD_OF} <= {f.name for f in document.model.fields} and asked <= set(FIELD_OF)
    vocabulary = ask.vocabulary
    label = grid.label_column(table)
    meanings = _meanings(table, vocabulary)
    wanted = {name for name in asked if name in meanings.values()}
    periods = grid.periods(ask.question)
    columns = [c for c, name in meanings.items() if name in wanted]
    period_columns = [c for c in range(len(table.header)) if grid.numeric(table, c) and grid.periods(table.header[c]) & periods]
    if columns and any(grid.periods(table.header[c]) for c in columns) and periods:
        # 'the forecast for 2026/27' of a table with a forecast per year; a year the table has no column of is not its to give.
        columns = [c for c in columns if c in period_columns]
        if not columns:
            return None
    rows: list[int] = []
    named = False
    superlative = any(pattern.search(ask.question) for pattern in SUPERLATIVE_CUES.values())
    if not columns and superlative:
        return None  # 'which saving is worth the most in 2025/26': a column of years is the tables answerer's to rank
    if not columns and period_columns and _about(table, asked, vocabulary):
        columns = period_columns  # a savings table by year ('2026/27 £000'), asked 'how much is saved in 2026/27'
    listed = LISTED.search(ask.question)
    if not columns and listed and set(terms(listed.group(3))) & set(terms(" ".join([table.heading or "", *table.header]))):
        # 'what cost pressures does the budget absorb': the table headed so, in its columns of figures
        columns = period_columns or [c for c in range(len(table.header)) if c != label and grid.numeric(table, c)]
    if not columns:
        # Rows that say what they are ('Budget gap', 'Total savings'), in columns of years.
        rows = [r for r in range(len(table.rows)) if vocabulary.money_column(_row_name(table, r, label)) in asked]
        years = [c for c in range(len(table.header)) if grid.numeric(table, c) and grid.periods(table.header[c])]
        columns = [c for c in years if grid.periods(table.header[c]) & periods] or ([] if periods else years)
        if not rows or not columns or _subject(ask) - _table_words(document, table) - grid.words(" ".join(_row_name(table, r, label) for r in rows)):
            return None  # 'the library review's saving' is not the whole table's 'Total savings'
        named = True
    else:
        extra = [c for name in asked for kin in TOGETHER.get(name, ()) for c, m in meanings.items() if m == kin and c not in columns]
        columns += [c for c in dict.fromkeys(extra) if not period_columns or c in period_columns or not grid.periods(table.header[c])]
        rows, named = _rows(ask, document, table, label, periods)
        extreme = _extreme(ask, table, label, columns[0]) if not named else None
        if extreme:
            rows, note = extreme
            return Reading(document, table, rows, columns, False, note, _held(ask, document, table, label), 0)
        if not rows or (stated and not named):
            return None  # the report's own status lines ('Approved budget: £24.6 million') give its overall figures
    given = grid.words(" ".join([*(table.header[c] for c in columns), *(_row_name(table, r, label) for r in rows)]))
    return Reading(document, table, rows, columns, named, "", _held(ask, document, table, label), len(grid.words(ask.question) & given))


def _held(ask: Ask, document: Document, table: Table, label: int | None) -> int:
    """How many of the question's own words the document's title and council and the table's heading, headers and row labels hold."""
    held = _table_words(document, table) | grid.words(" ".join(_row_name(table, r, label) for r in range(len(table.rows))))
    return len(_subject(ask) & held)


def _table_words(document: Document, table: Table) -> set[str]:
    """The words of a document's title and council and of a table's heading and headers: what the whole table is about."""
    return grid.words(" ".join([document.title, document.doc.get("council") or "", table.heading or "", *table.header]))


def _extreme(ask: Ask, table: Table, label: int | None, column: int) -> tuple[list[int], str] | None:
    """(rows, ', the most of N') of the row with the most (or least) in the asked column ('which service is most over
    budget'); an underspend is the most below nothing, so 'most underspent' asks the least."""
    found = sorted((m.start(), name, m[0].lower()) for name, pattern in SUPERLATIVE_CUES.items() for m in [pattern.search(ask.question)] if m)
    if not found:
        return None
    _, direction, word = found[0]  # the first superlative asked decides
    most = direction == "most"
    under = UNDER.search(ask.question)
    if under:
        most, word = not most, f"{word} {under[0].lower()}"
    values = [(grid.value(cells[column]), row) for row, cells in enumerate(table.rows)
              if column < len(cells) and not grid.is_total(_row_name(table, row, label))]
    values = [(amount, row) for amount, row in values if amount is not None]
    if not values:
        return None
    best = max(amount for amount, _ in values) if most else min(amount for amount, _ in values)
    return [row for amount, row in values if amount == best], f", the {word} of {len(values)}"


def _rows(ask: Ask, document: Document, table: Table, label: int | None, periods: set[str]) -> tuple[list[int], bool]:
    """(rows, named): the rows the question names by label or year, else the Total row (unless the question names
    something neither the document nor the table speaks of: 'the budget for public health' has no row, not a total)."""
    overall = bool(OVERALL.search(ask.question))
    by_label = [row for _, row in grid.named_rows(ask.question, table, document.title)]
    totals = [row for row in range(len(table.rows)) if grid.is_total(_row_name(table, row, label))]
    named = [row for row in by_label if row not in totals or overall]
    if named:
        return named[:MOST_ROWS], True
    if LISTED.search(ask.question) and not overall:
        listed = [row for row in range(len(table.rows)) if row not in totals]
        if listed:
            return listed[:MOST_ROWS], True  # 'what savings are proposed': the proposals, each with its figures
    years = [row for row in range(len(table.rows)) if periods and grid.periods(table.rows[row][0] if table.rows[row] else "") & periods]
    if years:
        return years, True
    if totals and not _subject(ask) - _table_words(document, table):
        return totals[-1:], False  # the grand total when a table has several
    return [], False  # no row named and no total to give: which of its rows is meant is not for this table to guess


def _meanings(table: Table, vocabulary: Vocabulary) -> dict[int, str]:
    """Column -> money meaning, for the columns whose header names one and whose cells are figures."""
    found = {}
    for column, header in enumerate(table.header):
        name = vocabulary.money_column(header)
        if name and grid.numeric(table, column):
            found[column] = name
    return found


def _about(table: Table, asked: set[str], vocabulary: Vocabulary) -> bool:
    """Whether a table's heading, headers or row labels say it is of the asked money ('Savings proposals', 'Total savings')."""
    said = set(terms(" ".join([table.heading or "", *table.header, *(row[0] for row in table.rows if row), *(r[1] for r in table.rows if len(r) > 1)])))
    return any(set(terms(form)) <= said for name in asked for form in vocabulary.finance.get(name, []) if terms(form))


def _row_name(table: Table, row: int, label: int | None) -> str:
    """A row's label ('Total', 'Waste collection', '2027/28'), else its first filled cell; a bullet it was printed with aside."""
    cells = table.rows[row]
    if label is not None and label < len(cells) and cells[label].strip():
        return cells[label]
    first = next((cell for cell in cells if cell.strip()), "")
    _, rest, bullet = split_marker(first)
    return rest.strip() if bullet and rest.strip() else first
