"""Row-by-row answers from tables: what has slipped, the red or highest-scoring risks, a row's status or owner, and
the rows of a table whose column holds a value. Each row is cited by its verbatim row text and page.

Columns are read by what they mean (the vocabulary's column names: status, baseline, forecast, owner, score),
so any register's or tracker's headers serve; a milestone has slipped when its status word says so or when its
forecast date is later than its baseline date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from index.answer import Draft, escape, named_terms
from index.answerers import cells as grid
from index.answerers.base import Ask, Cited, Document, heading, named_document
from index.answerers.fields import without
from index.intents import (
    CHANGE_WORDS,
    COLUMN_QUESTIONS,
    COMPARE_CUES,
    DOCUMENT_WORDS,
    DOING,
    DONE_ASKED,
    ON_TRACK,
    OWNER_ASKED,
    OWNS_ROWS,
    ROW_NOUNS,
    SUPERLATIVE_CUES,
    TABLE_CUES,
    TABLE_WORDS,
    TOTAL_WORDS,
    TREND_CUES,
    WANTS_MONEY,
    WHOLE_TABLE_CUES,
    cues,
    document_terms,
    statuses_named,
    subject,
)
from index.retrieval import terms
from ingest.model import Field, Table
from ingest.vocabulary import Vocabulary, fold

ROW_MIN = 0.45  # the matcher's score a row needs to count as named
COLUMN_MIN = 0.45  # ... and a column, to count as asked for
TOP = 5  # rows shown for 'the highest risks' (more when scores tie)
_MONTHS = {name.lower(): number for number in range(1, 13) for name in (calendar.month_name[number], calendar.month_abbr[number])} | {"sept": 9}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATES = [
    (re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b"), lambda m: (int(m[1]), int(m[2]), int(m[3]) if m[3] else None)),
    (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b"), lambda m: (_year(m[3]), int(m[2]), int(m[1]))),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}}|\d{{2}})\b", re.I), lambda m: (_year(m[3]), _MONTHS[m[2].lower()], int(m[1]))),
    (re.compile(rf"\b({_MONTH})\.?[\s'’-]*(\d{{4}}|\d{{2}})\b", re.I), lambda m: (_year(m[2]), _MONTHS[m[1].lower()], None)),
    (re.compile(r"\bQ([1-4])\s*(\d{4})\b", re.I), lambda m: (int(m[2]), 3 * int(m[1]), None)),
]
_REFERENCE = re.compile(r"\b([A-Z]{1,3}-?\d{1,3}(?:\.\d{1,2})?)\b")


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def parse_date(text: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of the first date a cell gives, in the forms councils print."""
    for pattern, read in _DATES:
        match = pattern.search(text)
        if match:
            year, month, day = read(match)
            if 1 <= month <= 12:
                return year, month, day
    return None


def later(forecast: tuple[int, int, int | None], baseline: tuple[int, int, int | None]) -> bool:
    """True when a forecast date falls after a baseline date (a month without a day covers the whole month)."""
    if forecast[:2] != baseline[:2]:
        return forecast[:2] > baseline[:2]
    return forecast[2] is not None and baseline[2] is not None and forecast[2] > baseline[2]


def meaning(header: str, vocabulary: Vocabulary) -> str | None:
    """What a column means, by its header: the vocabulary's exact form, else the longest form the header contains."""
    exact = vocabulary.column_name(header)
    if exact:
        return exact
    spoken = f" {fold(header)} "
    found = [(len(fold(form)), name) for name, forms in vocabulary.columns.items() for form in forms if len(fold(form)) > 2 and f" {fold(form)} " in spoken]
    return max(found)[1] if found else None


def statuses(cell: str, vocabulary: Vocabulary, loose: bool = True) -> set[str]:
    """The statuses a cell's words give ('Delayed - now May' -> slipped); `loose=False` takes only a whole-cell status word."""
    exact = vocabulary.status_of(cell)
    if exact or not loose:
        return {exact} if exact else set()
    spoken = f" {fold(cell)} "
    return {name for name, forms in vocabulary.status.items() for form in forms if len(fold(form)) > 1 and f" {fold(form)} " in spoken}


def keyed_statuses(cell: str, table: Table, vocabulary: Vocabulary) -> set[str]:
    """A status cell's statuses, with what the status key printed above its table says its colour means ('Blue' -> complete)."""
    colour = next((word for word in fold(cell).split() if word in table.status_key), None)
    return statuses(cell, vocabulary) | (statuses(table.status_key[colour], vocabulary) if colour else set())


def _number(cell: str) -> float | None:
    """A cell's score: its number, or the product of 'L x I' ('4 x 5' -> 20)."""
    product = re.search(r"(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)", cell)
    if product:
        return float(product[1]) * float(product[2])
    number = re.search(r"-?\d+(?:\.\d+)?", cell.replace(",", ""))
    return float(number[0]) if number else None


@dataclass
class Sheet:
    """A table of a document with what each of its columns means."""

    document: Document
    table: Table
    meanings: list[str | None]

    def column(self, name: str) -> int | None:
        """The first column meaning `name`."""
        return next((i for i, m in enumerate(self.meanings) if m == name), None)

    def cell(self, row: int, name: str) -> str:
        """A row's cell in the column meaning `name` ('' when there is none)."""
        index = self.column(name)
        cells = self.table.rows[row]
        return cells[index] if index is not None and index < len(cells) else ""

    def page(self, row: int) -> int | None:
        """The page a row is printed on."""
        return self.table.row_page(row)

    def describe(self, row: int) -> str:
        """A row as reference, its main text, owner and score when the table has them; else the row's text."""
        cells = self.table.rows[row]
        free = [c for c, m in zip(cells, self.meanings) if m is None and c]
        # What the row is about stands first among the free columns (a risk before its controls), when it says enough.
        main = next((c for c in free if len(c) >= 15), max(free, key=len) if free else "")
        # A column of codes ('NR2.2', 'CR-04') is the row's reference, whatever its header ('Action', 'Promise') says.
        ref = self.cell(row, "reference") or next((c.strip() for c, m in zip(cells, self.meanings) if m is None and _CODE_CELL.fullmatch(c.strip())), "")
        # A measure's result goes by its table's own header ('Rate: 84.38%'); the others by what they mean.
        extras = [f"{self.table.header[self.column(name)] if name == 'actual' else name}: {self.cell(row, name)}"
                  for name in DESCRIBED if self.cell(row, name)]
        if not main:
            return self.table.row_text(row)
        return " ".join(part for part in (ref, main) if part) + (f" ({'; '.join(extras)})" if extras else "")


DESCRIBED = ("owner", "status", "actual", "baseline", "forecast", "due", "score")  # the cells a row's description names
_CODE_CELL = re.compile(r"[A-Z]{1,4}[-/]?\d{1,3}(?:\.\d{1,3})*[a-z]?")


class TableAnswerer:
    """Answers read row by row from the tables of documents."""

    name = "tables"

    def __init__(self, across: bool = False) -> None:
        # Across documents ('how have visits changed since 2019') a table answers only with rows that compare figures.
        self.across = across

    def wants(self, ask: Ask) -> float:
        """High for slipped or highest rows, and for rows by a status word; middling for one row's status or owner."""
        if not any(d.model.tables for d in ask.documents):
            return 0.0
        if self.across:
            return 0.6 if any(self._named(ask, sheets) for sheets in self._plain(ask)) else 0.0
        found = cues(TABLE_CUES, ask.question)
        named = _statuses_asked(ask)
        nouns = _nouns(ask.question)
        if "slipped" in found or ("highest" in found and nouns):
            return 0.85
        if "rows" in found and _trend_asked(ask.question) and any(s.column("trend") is not None for s in self._sheets(ask)):
            return 0.8  # 'which risks are getting worse': a table's trend column says
        if "rows" in found and named:
            return 0.8
        if _printed_statuses(ask, [sheet for sheet in self._sheets(ask) if sheet.column("status") is not None] or self._status_sheets(ask)):
            return 0.8  # 'which promises are Behind': the rows whose status cell prints that word
        if named - {"slipped"} and self._status_rows(ask, self._status_sheets(ask), named - {"slipped"}):
            return 0.8  # 'which pledges were rated red': a table's status column gives that word
        if _TOTAL.search(ask.question) and self._total_row(ask):
            return 0.7
        if "lookup" in found:
            return 0.7
        if OWNS_ROWS.search(ask.question) and self._owner_named(ask):
            return 0.65  # 'which decisions is Priya Castellan leading on': the rows whose owner cell names them
        return max(0.45 if "rows" in found or named else 0.0, self._cells_want(ask))

    def _cells_want(self, ask: Ask) -> float:
        """How much a question asks for a table's cells: a superlative over a column it names, rows it names, a whole table."""
        sheets = self._plain(ask)[-1]
        if cues(SUPERLATIVE_CUES, ask.question) and _extreme_column(ask, sheets):
            return 0.75
        named = self._named(ask, sheets)
        if named:
            # A row asked for two of its columns ('the approved budget and forecast outturn for X') is the table's to give whole.
            return 0.7 if any(len(_columns_named(ask.question, sheet)) >= 2 for _, sheet, _ in named) else 0.6
        return 0.55 if WHOLE_TABLE_CUES.search(ask.question) and _whole_sheet(ask, sheets) else 0.0

    def answer(self, ask: Ask) -> Draft | None:
        """The rows the question asks for, grouped by document, each cited by its row text."""
        sheets = self._sheets(ask)
        if not sheets:
            return None
        if self.across:
            return next((d for d in (self._rows_named(ask, plain) for plain in self._plain(ask)) if d), None)
        found = cues(TABLE_CUES, ask.question)
        named = _statuses_asked(ask)
        if "lookup" in found:
            drafted = self._lookup(ask, sheets)
            if drafted or _yes_no_whole(ask.question):
                return drafted  # 'is the programme on track' names no row: its status lines answer, not rows on track
        if not _nouns(ask.question):  # 'missed repair appointments' asks nothing of a milestone table about a town centre
            sheets = _on_subject(ask, sheets)
        way = _trend_asked(ask.question)
        if way and "rows" in found and sheets:
            drafted = self._trending(ask, sheets, way)
            if drafted:
                return drafted
        statused = [sheet for sheet in self._sheets(ask) if sheet.column("status") is not None] or self._status_sheets(ask)
        printed = _printed_statuses(ask, statused)
        if printed:
            drafted = self._with_printed(ask, statused, printed)
            if drafted:
                return drafted
        if "slipped" in named and sheets:
            drafted = self._slipped(ask, sheets) or self._slipped(ask, [s for s in self._status_sheets(ask) if s not in sheets])
            if drafted:
                return drafted
        if "highest" in found and _nouns(ask.question) and sheets:
            drafted = self._highest(ask, sheets)
            if drafted:
                return drafted
        tries = self._plain(ask)
        for plain in tries if cues(SUPERLATIVE_CUES, ask.question) else []:
            drafted = self._extreme(ask, plain)
            if drafted:
                return drafted
        if "highest" in found and sheets:
            drafted = self._highest(ask, sheets)
            if drafted:
                return drafted
        if named - {"slipped"}:
            drafted = self._with_status(ask, self._status_sheets(ask), named - {"slipped"})
            if drafted:
                return drafted
            if named & _RAG and sheets:  # a register that scores its risks rather than colouring them: the highest first
                scored = [s for s in sheets if s.column("score") is not None or s.column("likelihood") is not None]
                drafted = self._highest(ask, scored, "are not rated red, amber or green; by score, the highest first")
                if drafted:
                    return drafted
        if _TOTAL.search(ask.question):
            drafted = self._total(ask)
            if drafted:
                return drafted
        for plain in tries:
            drafted = self._rows_named(ask, plain) or (self._whole(ask, plain) if WHOLE_TABLE_CUES.search(ask.question) else None)
            if drafted:
                return drafted
        if not sheets:
            return None
        return self._with_value(ask, sheets) or (self._lookup(ask, sheets) if "rows" not in found else None)

    def _extreme(self, ask: Ask, sheets: list[Sheet]) -> Draft | None:
        """The row with the most or least in the numeric column the question names ('the fewest visits in 2021/22')."""
        picked = _extreme_column(ask, sheets)
        if picked is None:
            return None
        sheet, column = picked
        found = sorted((m.start(), name, m[0]) for name, pattern in SUPERLATIVE_CUES.items() for m in [pattern.search(ask.question)] if m)
        _, direction, said = found[0]  # the first superlative asked decides ('the most, and the least?' asks the most first)
        most = direction == "most"
        said = said.lower().removeprefix("worth the ")
        rows = [(grid.value(row_cells[column]), row) for row, row_cells in enumerate(sheet.table.rows)
                if column < len(row_cells) and not grid.is_total(" ".join(row_cells))]
        rows = [(amount, row) for amount, row in rows if amount is not None]
        if not rows:
            return None
        if all(amount <= 0 for amount, _ in rows):  # savings printed in brackets: the biggest is the largest sum saved
            rows = [(-amount, row) for amount, row in rows]
        best = max(amount for amount, _ in rows) if most else min(amount for amount, _ in rows)
        label = grid.label_column(sheet.table)
        cited = Cited()
        header = sheet.table.header[column]
        cited.add(f"{heading(sheet.document)}{_under(sheet)}:")
        for _, row in [(a, r) for a, r in rows if a == best]:
            marker = cited.cite(sheet.document, sheet.page(row), sheet.table.row_quote(row), sheet.table.heading)
            name = grid.label(sheet.table, row) or sheet.table.row_text(row)
            cited.add(f"- {escape(name)}: {escape(header)} {escape(sheet.table.rows[row][column])}, the {said} of {len(rows)} {marker}")
            cited.add(f"- {escape(grid.described(sheet.table, row, [column], label))} {marker}")
        total = next((row for row, cells in enumerate(sheet.table.rows) if grid.is_total(" ".join(cells))), None)
        if total is not None and _TOTAL.search(ask.question):  # 'what do they add up to, and which is the biggest': the totals row too
            marker = cited.cite(sheet.document, sheet.page(total), sheet.table.row_quote(total), sheet.table.heading)
            cited.add(f"- {escape(grid.described(sheet.table, total, [column], label))} {marker}")
        return cited.draft()

    def _rows_named(self, ask: Ask, sheets: list[Sheet]) -> Draft | None:
        """The rows whose labels the question names, each as its cells under their headers, the asked columns first."""
        hits = self._named(ask, sheets)
        if not hits:
            return None
        if self.across and len({sheet.document.doc_id for _, sheet, _ in hits}) > 1:
            return self._each_edition(ask, hits)
        by_document: dict[str, float] = {}
        for score, sheet, _ in hits:
            by_document[sheet.document.doc_id] = by_document.get(sheet.document.doc_id, 0.0) + score
        dates = {sheet.document.doc_id: sheet.document.date or "" for _, sheet, _ in hits}
        # Among reports naming the rows alike, the latest says where they stand now.
        of_period = {sheet.document.doc_id: _of_period(ask.question, sheet.document) for _, sheet, _ in hits}
        top = max(by_document, key=lambda doc_id: (by_document[doc_id], max(s for s, sh, _ in hits if sh.document.doc_id == doc_id), of_period[doc_id], dates[doc_id]))
        ranked = sorted([hit for hit in hits if hit[1].document.doc_id == top], key=lambda hit: -hit[0])
        asked = grid.words(ask.question)
        chosen, said = [], set()
        for hit in ranked:
            shared = grid.words(grid.label(hit[1].table, hit[2])) & asked
            if shared <= said:
                continue  # 'Social Care Grant' names nothing 'Adult Social Care' has not named already
            chosen.append(hit)
            said |= shared
        chosen = chosen[:_MOST_ROWS]
        cited = Cited()
        cited.add(f"{heading(chosen[0][1].document)}:")
        for _, sheet, row in chosen:
            label = grid.label_column(sheet.table)
            ignore = grid.words(" ".join(grid.label(sheet.table, r) for _, sh, r in chosen if sh is sheet)) | grid.words(CHANGE_WORDS)
            asked = grid.asked_columns(ask.question, sheet.table, {label} if label is not None else set(), ignore)
            marker = cited.cite(sheet.document, sheet.page(row), sheet.table.row_quote(row), sheet.table.heading)
            cited.add(f"- {escape(grid.described(sheet.table, row, asked, label))}{escape(_under(sheet, ' (in '))} {marker}")
        return cited.draft()

    def _each_edition(self, ask: Ask, hits: list[tuple[float, Sheet, int]]) -> Draft | None:
        """'How has X changed' across reports: the row each document gives for what the question names, oldest first."""
        best: dict[str, tuple[float, Sheet, int]] = {}
        for hit in sorted(hits, key=lambda hit: -hit[0]):
            best.setdefault(hit[1].document.doc_id, hit)
        cited = Cited()
        for _, sheet, row in sorted(best.values(), key=lambda hit: hit[1].document.date or ""):
            label = grid.label_column(sheet.table)
            asked = grid.asked_columns(ask.question, sheet.table, {label} if label is not None else set(), grid.words(CHANGE_WORDS))
            marker = cited.cite(sheet.document, sheet.page(row), sheet.table.row_quote(row), sheet.table.heading)
            cited.add(f"{heading(sheet.document)}:")
            cited.add(f"- {escape(grid.described(sheet.table, row, asked, label))}{escape(_under(sheet, ' (in '))} {marker}")
            cited.add()
        return cited.draft()

    def _named(self, ask: Ask, sheets: list[Sheet]) -> list[tuple[float, Sheet, int]]:
        """(score, table, row) of the rows the question names; across documents, only rows holding two figures or more."""
        hits = [(score, sheet, row) for sheet in sheets for score, row in grid.named_rows(ask.question, sheet.table, sheet.document.title)]
        comparing = bool(COMPARE_CUES.search(ask.question))
        if self.across:  # 'how has X changed': rows comparing two figures or more
            return [hit for hit in hits if comparing and sum(grid.value(cell) is not None for cell in hit[1].table.rows[hit[2]]) >= 2]
        if comparing:
            return hits
        if WANTS_MONEY.search(ask.question):  # 'how much is allocated to X': the row's sums, whatever its headers say ...
            # ... unless the question asks a sum the row does not speak of ('how much will it save', 'how much was raised').
            verbs = {term for term in terms(" ".join(m.group(0) for m in _OWN_SUM.finditer(ask.question)))}
            return [hit for hit in hits if any(grid.value(cell) is not None for cell in hit[1].table.rows[hit[2]])
                    and all(_SUM_KINDS.get(verb, {verb}) & set(terms(f"{hit[1].table.heading or ''} {' '.join(hit[1].table.header)} {grid.label(hit[1].table, hit[2])}"))
                            for verb in verbs)]
        # A fact the text states as well ('how many visits in 2018/19') is the passages' to quote; a row answers when the
        # question also names one of its columns by words ('the forecast energy cost of X'), a lookup only a table answers.
        return [hit for hit in hits if grid.names_column(ask.question, hit[1].table, _label_set(hit[1]), grid.words(grid.label(hit[1].table, hit[2])))
                or _named_by_name_and_period(ask.question, hit[1], hit[2])]

    def _whole(self, ask: Ask, sheets: list[Sheet]) -> Draft | None:
        """Every row of the one table the question names by its heading and headers ('the options and what each brings in')."""
        sheet = _whole_sheet(ask, sheets)
        if sheet is None:
            return None
        cited = Cited()
        rows = [row for row in range(len(sheet.table.rows)) if not grid.is_total(grid.label(sheet.table, row))][:_WHOLE_ROWS]
        cited.add(f"{heading(sheet.document)}{_under(sheet)}: {len(rows)} rows")
        for row in rows:
            marker = cited.cite(sheet.document, sheet.page(row), sheet.table.row_quote(row), sheet.table.heading)
            cited.add(f"- {escape(grid.described(sheet.table, row, [], grid.label_column(sheet.table)))} {marker}")
        return cited.draft()

    def _sheets(self, ask: Ask) -> list[Sheet]:
        """The tables of the named document (else all), narrowed to those about the rows the question names ('risks')."""
        documents = [d for d in ask.documents if d.model.tables]
        named = named_document(ask.question, documents)
        sheets = [Sheet(d, t, _meanings(t, ask.vocabulary)) for d in ([named] if named else documents) for t in d.model.tables if t.rows]
        sheets = [sheet for sheet in sheets if not _is_form(sheet, ask)]  # a front sheet set as a table is the fields' to answer
        if named and (cues(TABLE_CUES, ask.question) & {"slipped"} or _statuses_asked(ask)) and \
                not any(sheet.column(meaning) is not None for sheet in sheets for meaning in ("status", "forecast")):
            # 'which management plan actions have slipped': the plan has no statuses; the report on its delivery does
            sheets = [Sheet(d, t, _meanings(t, ask.vocabulary)) for d in documents for t in d.model.tables if t.rows]
            sheets = [sheet for sheet in sheets if not _is_form(sheet, ask)]
        nouns = _nouns(ask.question)
        about = [s for s in sheets if nouns & set(terms(f"{s.table.heading or ''} {' '.join(s.table.header)}"))]
        return about or sheets

    def _plain(self, ask: Ask) -> list[list[Sheet]]:
        """Tables of records (front sheets set as tables left out): the named document's first, then every document's.

        A question can name a document by its council alone, which names the wrong one of that council's papers.
        """
        documents = [d for d in ask.documents if d.model.tables]
        named = named_document(ask.question, documents)
        tries = [[named]] if named else []
        found = []
        for group in [*tries, documents]:
            sheets = [Sheet(d, t, _meanings(t, ask.vocabulary)) for d in group for t in d.model.tables if t.rows]
            found.append([sheet for sheet in sheets if not _is_form(sheet, ask)])
        return found

    def _slipped(self, ask: Ask, sheets: list[Sheet]) -> Draft | None:
        """Rows whose status says slipped, or whose forecast date is later than their baseline date."""
        picked = []
        for sheet in sheets:
            for row in range(len(sheet.table.rows)):
                said = sheet.cell(row, "status")
                position = _position(sheet, row, ask.vocabulary)  # a progress table's words for the row: 'slipped to October 2024'
                why = f" ({sheet.table.header[position[0]]}: {position[1]})" if position else ""
                if "slipped" in keyed_statuses(said, sheet.table, ask.vocabulary):
                    picked.append((sheet, row, why))
                    continue
                forecast, baseline = parse_date(sheet.cell(row, "forecast")), parse_date(sheet.cell(row, "baseline"))
                if forecast and baseline and later(forecast, baseline):
                    reason = f" (forecast {sheet.cell(row, 'forecast')}, after the baseline {sheet.cell(row, 'baseline')})"
                    picked.append((sheet, row, reason))
                    continue
                if position:
                    picked.append((sheet, row, why))
        return _render(ask, picked, sheets, "have slipped")

    @staticmethod
    def _trending(ask: Ask, sheets: list[Sheet], way: str) -> Draft | None:
        """Rows whose trend column says they are getting better or worse (a risk's rising score is worse)."""
        picked = []
        for sheet in sheets:
            column = sheet.column("trend")
            if column is None:
                continue
            scored = sheet.column("score") is not None or sheet.column("likelihood") is not None
            for row in range(len(sheet.table.rows)):
                said = sheet.cell(row, "trend")
                if ask.vocabulary.trend_of(said, scored) == way:
                    picked.append((sheet, row, f" ({sheet.table.header[column]}: {said})"))
        return _render(ask, picked, sheets, "are getting worse" if way == "worse" else "are improving")

    def _highest(self, ask: Ask, sheets: list[Sheet], what: str = "score highest") -> Draft | None:
        """Rows by score, highest first (likelihood times impact when no score column); by red, amber, green without numbers."""
        ranked = []
        # Red before amber ranks risks and issues; 'the biggest scheme' asks a size, which no colour gives.
        by_colour = bool(_nouns(ask.question) & _RATED_NOUNS)
        for sheet in _of_nouns(ask, sheets):
            for row in range(len(sheet.table.rows)):
                score = _number(sheet.cell(row, "score"))
                if score is None:
                    likelihood, impact = _number(sheet.cell(row, "likelihood")), _number(sheet.cell(row, "impact"))
                    score = likelihood * impact if likelihood is not None and impact is not None else None
                if score is None and by_colour:
                    rag = statuses(sheet.cell(row, "status"), ask.vocabulary, loose=False)
                    score = 3.0 if "red" in rag else 2.0 if "amber" in rag else None
                if score is not None:
                    ranked.append((score, sheet, row))
        if not ranked:
            return None
        ranked.sort(key=lambda item: -item[0])
        cut = ranked[min(TOP, len(ranked)) - 1][0]
        picked = [(sheet, row, "") for score, sheet, row in ranked if score >= cut]
        return _render(ask, picked, sheets, what)

    def _with_status(self, ask: Ask, sheets: list[Sheet], wanted: set[str]) -> Draft | None:
        """Rows whose status column (any cell, when the table has none) gives one of the wanted statuses."""
        picked = []
        for sheet in sheets:
            has_status = sheet.column("status") is not None
            for row, cells in enumerate(sheet.table.rows):
                said = (keyed_statuses(sheet.cell(row, "status"), sheet.table, ask.vocabulary) if has_status
                        else set().union(*(statuses(c, ask.vocabulary, loose=False) for c in cells)))
                if said & wanted:
                    picked.append((sheet, row, _commentary(sheet, row) if _WHY.search(ask.question) else ""))
        words = " or ".join(sorted(wanted)).replace("_", " ")
        return _render(ask, picked, sheets, f"are rated {words}" if wanted <= _RAG else f"are {words}")

    @staticmethod
    def _with_printed(ask: Ask, sheets: list[Sheet], printed: set[str]) -> Draft | None:
        """Rows whose status cell is a word the question says as the table prints it ('which promises are Behind')."""
        picked = [(sheet, row, _commentary(sheet, row) if _WHY.search(ask.question) else "") for sheet in sheets
                  for row in range(len(sheet.table.rows)) if fold(sheet.cell(row, "status")) in printed]
        return _render(ask, picked, sheets, f"are {' or '.join(sorted(printed))}")

    def _status_sheets(self, ask: Ask) -> list[Sheet]:
        """Tables with a status column: the named document's when they have one, else those of every document about
        what the question names (a plan's progress report answers 'which of the plan's commitments are red')."""
        narrowed = self._sheets(ask)
        sheets = [sheet for sheet in narrowed if sheet.column("status") is not None]
        nouns = _nouns(ask.question)
        if not sheets and not any(nouns & set(terms(f"{s.table.heading or ''} {' '.join(s.table.header)}")) for s in narrowed):
            # Not when the question's rows ('risks') are a table without a status column: that table answers it.
            every = [Sheet(d, t, _meanings(t, ask.vocabulary)) for d in ask.documents for t in d.model.tables if t.rows]
            sheets = _on_subject(ask, [sheet for sheet in every if sheet.column("status") is not None])
        # 'Which pledges are complete' asks of the table whose headers say 'Pledge', not of the milestones.
        asked = grid.words(subject(ask.question, TABLE_WORDS, DOCUMENT_WORDS)) - grid.words(" ".join(f for forms in ask.vocabulary.status.values() for f in forms))
        about = [sheet for sheet in sheets if asked & grid.words(f"{sheet.table.heading or ''} {' '.join(sheet.table.header)}")]
        return about or sheets

    @staticmethod
    def _status_rows(ask: Ask, sheets: list[Sheet], wanted: set[str]) -> list[tuple[Sheet, int]]:
        """The rows whose status column gives one of the wanted statuses."""
        return [(sheet, row) for sheet in sheets for row in range(len(sheet.table.rows))
                if keyed_statuses(sheet.cell(row, "status"), sheet.table, ask.vocabulary) & wanted]

    def _total_row(self, ask: Ask) -> tuple[Sheet, int] | None:
        """The totals row of the table the question is about: the named document's (else the one whose document and
        heading hold most of the question's words), the grand total when a table has several."""
        best, best_key = None, None
        asked = grid.words(ask.question) - grid.words(TOTAL_WORDS)
        for plain in self._plain(ask):
            for sheet in plain:
                totals = [row for row in range(len(sheet.table.rows)) if grid.is_total(grid.label(sheet.table, row))]
                if not totals:
                    continue
                # What the table totals: its document, heading, headers and the totals row's own label ('Total capital programme').
                about = grid.words(" ".join([sheet.document.title, sheet.table.heading or "", *sheet.table.header, grid.label(sheet.table, totals[-1]),
                                             sheet.document.doc.get("council") or ""]))
                printed = grid.periods(f"{sheet.document.title} {sheet.table.heading or ''} {' '.join(sheet.table.header)}")
                shared = len(asked & about) + (1.0 if grid.periods(ask.question) & printed else 0.0)
                key = (shared, len(sheet.table.rows), sheet.document.date or "")
                if shared >= _TOTAL_NAMED and (best_key is None or key > best_key):
                    best, best_key = (sheet, totals[-1]), key
            if best is not None:
                return best
        return None

    def _total(self, ask: Ask) -> Draft | None:
        """The totals row of the table the question is about, each cell under its header, the asked columns first."""
        found = self._total_row(ask)
        if found is None:
            return None
        sheet, row = found
        cited = Cited()
        marker = cited.cite(sheet.document, sheet.page(row), sheet.table.row_quote(row), sheet.table.heading)
        cited.add(f"{heading(sheet.document)}{_under(sheet)}:")
        cited.add(f"- {escape(grid.described(sheet.table, row, [], grid.label_column(sheet.table)))} {marker}")  # every column, in the table's order
        return cited.draft()

    def _owner_named(self, ask: Ask) -> bool:
        """Whether the question names, by two words or more, whom some table's owner column gives for its rows."""
        asked = ask.matcher.content(ask.question)
        for sheet in self._sheets(ask):
            column = sheet.column("owner")
            if column is not None and any(len(said) >= 2 and said <= asked for said in
                                          (ask.matcher.content(cells[column]) for cells in sheet.table.rows if column < len(cells))):
                return True
        return False

    def _with_value(self, ask: Ask, sheets: list[Sheet]) -> Draft | None:
        """Rows holding a cell the question names ('owned by the Head of Highways'), the most specific cell value first."""
        asked = ask.matcher.content(ask.question) - set(terms(TABLE_WORDS)) - set(terms(" ".join(ROW_NOUNS)))
        matches = []
        for sheet in sheets:
            for row, cells in enumerate(sheet.table.rows):
                for column, cell in enumerate(cells):
                    said = ask.matcher.content(cell)
                    # One common word ("Councils.") names no row; two words, or a status word ("Red"), may.
                    if said and said <= asked and sheet.meanings[column] != "reference" and (len(said) >= 2 or ask.vocabulary.status_of(cell)):
                        matches.append((len(said), sheet, row, column))
        if not matches:
            return None
        most = max(m[0] for m in matches)
        picked = list({(id(sheet), row): (sheet, row, "") for n, sheet, row, _ in matches if n == most}.values())
        sheet, row, column = next((sheet, row, column) for n, sheet, row, column in matches if n == most)
        return _render(ask, picked, sheets, f"with {escape(sheet.table.header[column])} {escape(sheet.table.rows[row][column])}")

    def _lookup(self, ask: Ask, sheets: list[Sheet]) -> Draft | None:
        """One row the question names (by reference or words), leading with the cell of the column asked for."""
        if ON_TRACK.search(ask.question):  # 'is the leisure centre on course to open on time': a row with a status or a date says
            sheets = [sheet for sheet in sheets if any(sheet.column(meaning) is not None for meaning in ("status", "due", "forecast", "baseline"))]
        refs = set(_REFERENCE.findall(ask.question))
        # A council's name names the documents, not a row, and 'how is it doing', 'getting better' ask how, not about what.
        question = ask.question
        for pattern in [DOING, *TREND_CUES.values()]:
            question = pattern.sub(" ", question)
        naming = subject(question, TABLE_WORDS, DOCUMENT_WORDS, " ".join(ROW_NOUNS), " ".join(h for s in sheets for h in s.table.header), ask.councils)
        # A row is named when it holds most of what the question names, headers' words included ("due", "Council").
        named = subject(question, TABLE_WORDS, DOCUMENT_WORDS, " ".join(ROW_NOUNS), ask.councils)
        rows = [(sheet, row) for sheet in sheets for row in range(len(sheet.table.rows))]
        texts = [sheet.table.row_text(row) for sheet, row in rows]
        scores = ask.matcher.scores(naming, texts) if naming.strip() else [0.0] * len(texts)
        covered = [ask.matcher.covered(named, text) for text in texts]
        # A long row (a measure's label with its figures) scores low against a short question however well it is named;
        # the one row holding every word the question names is named all the same.
        whole = covered.count(1.0) == 1
        found = []
        for (sheet, row), score, share in zip(rows, scores, covered):
            if refs and sheet.cell(row, "reference") in refs:
                score += 1.0
            elif (score < ROW_MIN and not (whole and share == 1.0)) or share < 0.5:
                continue
            found.append((score, sheet, row))
        if not found:
            return None
        _, best_sheet, best_row = max(_of_council_first(ask.question, found), key=lambda hit: hit[0])
        said = grid.words(grid.label(best_sheet.table, best_row))
        # The same row in several reports (a milestone in the 2023 update and in the 2025 highlight report): the
        # latest report says where it stands now.
        same = [(score, sheet, row) for (sheet, row), score in zip(rows, scores) if said and _same_label(said, grid.words(grid.label(sheet.table, row)))]
        same = _of_council_first(ask.question, same) or [(0.0, best_sheet, best_row)]
        _, sheet, row = max(same, key=lambda hit: (_of_period(ask.question, hit[1].document), hit[1].document.date or "", hit[0]))
        if OWNER_ASKED.search(ask.question) and sheet.column("owner") is None:
            # Who answers for a row without an owner cell is whom its note names ('Responsible officer: ...'), else the
            # table does not say: never the front sheet's contact, nor the row alone.
            owner = _note_owner(ask, sheet, row)
            return _with_owner(sheet, row, owner) if owner else None
        # The row's own words and the row noun ('the market hall milestone') name the row, not the column asked for.
        column = self._column(ask, sheet, without(ask.question, ask.matcher.content(sheet.table.row_text(row)) | set(terms(" ".join(ROW_NOUNS)))))
        promised = [c for c, meaning in enumerate(sheet.meanings) if meaning in _PROMISED]
        if DONE_ASKED.search(ask.question) and promised and (column is None or column in promised):
            return None  # 'when was it completed': the date it was due is not when it was done; a statement of the event answers
        cited = Cited()
        marker = cited.cite(sheet.document, sheet.page(row), sheet.table.row_quote(row), sheet.table.heading)
        # 'How is X doing' names no column: a measure's status, what it came to and its target say how it is doing.
        cells = sheet.table.rows[row]
        doing = [sheet.column(name) for name in _DOING_COLUMNS] if DOING.search(ask.question) and sheet.column("status") is not None else []
        leads = list(dict.fromkeys(c for c in (doing or [column]) if c is not None and c < len(cells) and cells[c]))
        if leads:
            lead = "; ".join(f"{escape(sheet.table.header[c])}: {escape(cells[c])}" for c in leads)
            # A date now expected is read against the date first promised, and the other way round.
            pair = {"forecast": "baseline", "baseline": "forecast"}.get(sheet.meanings[column] or "") if column is not None and not doing else None
            other = sheet.column(pair) if pair else None
            if other is not None and sheet.cell(row, pair):
                lead += f" ({escape(sheet.table.header[other])}: {escape(sheet.cell(row, pair))})"
            cited.add(f"{lead} {marker}, in {heading(sheet.document)}:")
            cited.add(f"- {escape(grid.described(sheet.table, row, [], grid.label_column(sheet.table)))} {marker}")
        else:
            cited.add(f"{heading(sheet.document)}:")
            cited.add(f"- {escape(grid.described(sheet.table, row, [], grid.label_column(sheet.table)))} {marker}")
        return cited.draft()

    @staticmethod
    def _column(ask: Ask, sheet: Sheet, question: str) -> int | None:
        """The column a question (without the row's own words) asks about: by its header, or by the example questions of its meaning."""
        texts = [(i, text) for i, (header, name) in enumerate(zip(sheet.table.header, sheet.meanings)) for text in [header, *COLUMN_QUESTIONS.get(name or "", [])]]
        best = ask.matcher.best(question, [text for _, text in texts], COLUMN_MIN)
        return texts[best[0]][0] if best else None


def _named_by_name_and_period(question: str, sheet: Sheet, row: int) -> bool:
    """'How much is Ashgrove contributing in 2026/27': a row its name names (a capitalised word the text would not
    state alone) and a column its period heads — a cell only the table gives."""
    label = grid.words(grid.label(sheet.table, row))
    return bool(named_terms(question) & label) and any(grid.periods(question) & grid.periods(header) for header in sheet.table.header)


def _note_owner(ask: Ask, sheet: Sheet, row: int) -> Field | None:
    """The owner line ('Responsible officer: ...') of the note on a row (an exception note on a measure), found by the
    row's reference: the line right after a note whose first reference is the row's, or, when the document sets its notes
    under headings that start with references, the owner line standing in the same place among owner lines."""
    ref = sheet.cell(row, "reference") or _first_reference(grid.label(sheet.table, row))
    if not ref:
        return None
    fields = sheet.document.model.fields
    owners = [i for i, f in enumerate(fields) if ask.vocabulary.column_name(f.label) == "owner"]  # printed whole: not "Lead Member"
    for i in owners:
        if i and i - 1 not in owners and _first_reference(f"{fields[i - 1].label} {fields[i - 1].value}") == ref:
            return fields[i]
    heads = [node.text for _, node in sheet.document.nodes() if node.kind == "heading" and _first_reference(node.text)]
    if len(heads) == len(owners):
        return next((fields[i] for i, text in zip(owners, heads) if _first_reference(text) == ref), None)
    return None


def _first_reference(text: str) -> str:
    """The first reference a text gives ('PI-04 Care assessments ...' -> 'PI-04'), '' when none."""
    found = _REFERENCE.search(text)
    return found[1] if found else ""


def _with_owner(sheet: Sheet, row: int, owner: Field) -> Draft | None:
    """The owner line of a row's note, then the row, each cited."""
    cited = Cited()
    cited.add(f"{escape(owner.label)}: {escape(' '.join(owner.value.split()))} {cited.cite(sheet.document, owner.page, owner.quote)}, in {heading(sheet.document)}:")
    marker = cited.cite(sheet.document, sheet.page(row), sheet.table.row_quote(row), sheet.table.heading)
    cited.add(f"- {escape(grid.described(sheet.table, row, [], grid.label_column(sheet.table)))} {marker}")
    return cited.draft()


def _position(sheet: Sheet, row: int, vocabulary: Vocabulary) -> tuple[int, str] | None:
    """(column, cell) of a progress table's words that say the row slipped ('delayed to 2026'): a free column, not the
    row's label, of a table with a status column (a register's risk 'consent is delayed' says no such thing)."""
    if sheet.column("status") is None:
        return None
    cells = sheet.table.rows[row]
    for column, name in enumerate(sheet.meanings):
        if name is None and column not in _label_set(sheet) and column < len(cells) and "slipped" in statuses(cells[column], vocabulary):
            return column, cells[column]
    return None


def _commentary(sheet: Sheet, row: int) -> str:
    """' (Commentary: ...)': the row's first free cell of words (no column meaning, not its label), which says why it stands where it does."""
    cells = sheet.table.rows[row]
    for column, name in enumerate(sheet.meanings):
        if name is None and column not in _label_set(sheet) and column < len(cells) and len(cells[column].split()) >= 2 and grid.value(cells[column]) is None:
            return f" ({sheet.table.header[column]}: {cells[column]})"
    return ""


def _of_period(question: str, document: Document) -> bool:
    """Whether the question names the year the document was written ('the planned date in 2022'): then it, not the latest, speaks."""
    named = grid.periods(question)
    return bool(named and document.date and any(period[:4] == document.date[:4] for period in named))


def _of_council_first(question: str, hits: list[tuple[float, Sheet, int]]) -> list[tuple[float, Sheet, int]]:
    """The rows of documents of the council the question names ('how is Riverton doing on recycling', by a word of its
    name other than 'Council'), when there are any: not those of another or no known council its scope also holds."""
    named = named_terms(question)
    return [hit for hit in hits if named & (set(terms(hit[1].document.doc.get("council") or "")) - document_terms())] or hits


def _same_label(said: set[str], other: set[str]) -> bool:
    """Whether two row labels name the same row ('Start on site: Block A' and 'Start on site: Block A (180 homes)')."""
    return bool(other) and (said <= other or other <= said)


_RAG = frozenset(("red", "amber", "green"))
_DOING_COLUMNS = ("status", "actual", "target", "trend")  # the cells that say how a measure is doing, in the order given
_WHY = re.compile(r"\b(why|reasons?|explain\w*)\b", re.I)
_PROMISED = ("due", "baseline", "forecast")  # a row's dates that say when it should or may be done, never when it was
# Sums a row must name to give them: a saving, takings, a charge or a payment is not a row of spending or allocations.
_OWN_SUM = re.compile(r"\b(sav(e|es|ed|ing|ings)|rais(e|es|ed|ing)|earn\w*|charg\w*|pay|pays|paid|income|fees?|prices?)\b", re.I)
# The words a table uses for the sum a question's verb asks: what a precept 'raises' is a funding table's income.
_INCOME = frozenset(terms("raise raised earn earned income funding funded receipts yield precept grant revenue"))
_SUM_KINDS = {verb: _INCOME for verb in ("rais", "earn", "incom")}
_RATED_NOUNS = frozenset(terms("risk risks issue issues"))
_TOTAL = re.compile(r"\b(total|totals|altogether|in all|overall cost|add(?:s|ed)? up|sum of)\b", re.I)  # a question after a table's totals row
_TOTAL_NAMED = 2  # words (or a period) the question must share with a table to ask for its total
_MOST_ROWS = 6  # rows a question naming several rows is answered with
_WHOLE_ROWS = 15  # rows listed for a question about a whole table


def _under(sheet: Sheet, lead: str = ", ") -> str:
    """', under <the table's heading>' when the table has one."""
    if not sheet.table.heading:
        return ""
    return f"{lead}{sheet.table.heading})" if lead.endswith("(in ") else f"{lead}{sheet.table.heading}"


def _on_subject(ask: Ask, sheets: list[Sheet]) -> list[Sheet]:
    """The tables of documents that hold at least half of what the question names beyond table, status and row words."""
    statuses_said = " ".join(form for forms in ask.vocabulary.status.values() for form in forms)
    question = ask.question
    for pattern in [*TABLE_CUES.values(), *SUPERLATIVE_CUES.values(), COMPARE_CUES]:  # the cue words ask how, not about what
        question = pattern.sub(" ", question)
    asked = ask.matcher.content(subject(question, TABLE_WORDS, DOCUMENT_WORDS, " ".join(ROW_NOUNS), statuses_said, CHANGE_WORDS))
    if not asked:
        return sheets
    held: dict[str, set[str]] = {}
    for sheet in sheets:
        document = sheet.document
        if document.doc_id not in held:
            tables = " ".join(f"{t.heading or ''} {' '.join(t.header)} {' '.join(' '.join(r) for r in t.rows)}" for t in document.model.tables)
            held[document.doc_id] = ask.matcher.content(f"{document.title} {document.doc.get('council') or ''} {tables}")
    return [sheet for sheet in sheets if len(asked & held[sheet.document.doc_id]) >= 0.5 * len(asked)]


def _columns_named(question: str, sheet: Sheet) -> list[int]:
    """The columns (the label column aside) whose header words the question holds."""
    asked = grid.words(question)
    return [column for column, header in enumerate(sheet.table.header) if column not in _label_set(sheet) and grid.words(header) & asked]


def _label_set(sheet: Sheet) -> set[int]:
    column = grid.label_column(sheet.table)
    return {column} if column is not None else set()


_READ: dict[int, tuple[Table, list[str | None], bool | None]] = {}  # id(table) -> (table, column meanings, is a form); tables live as long as their cached model


def _meanings(table: Table, vocabulary: Vocabulary) -> list[str | None]:
    """What each column of a table means, read once per table (vocabulary lookups are many per question otherwise)."""
    cached = _READ.get(id(table))
    if cached is None or cached[0] is not table:
        if len(_READ) > 20_000:
            _READ.clear()
        cached = _READ[id(table)] = (table, _by_cells(table, [meaning(h, vocabulary) for h in table.header], vocabulary), None)
    return cached[1]


def _by_cells(table: Table, meanings: list[str | None], vocabulary: Vocabulary) -> list[str | None]:
    """Header meanings corrected by the cells: a column of status words ('Rating': Red, Amber) is the status column,
    and a column its header calls status ('Progress at 30 September') whose cells are sentences is not."""
    worded = []
    for column in range(len(meanings)):
        cells = [row[column] for row in table.rows if column < len(row) and row[column].strip()]
        if cells and sum(bool(vocabulary.status_of(cell)) for cell in cells) >= 0.6 * len(cells):
            worded.append(column)
    if not worded:
        return meanings
    status = next((c for c in worded if meanings[c] == "status"), worded[0])
    return ["status" if c == status else None if m == "status" else m for c, m in enumerate(meanings)]


def _is_form(sheet: Sheet, ask: Ask) -> bool:
    """A front sheet or status box set out as a table of labels and values (and notes: 'Item | Detail | Notes'), not a
    table of records."""
    table = sheet.table
    if len(table.header) > 3:
        return False
    cached = _READ.get(id(table))
    if cached is not None and cached[0] is table and cached[2] is not None:
        return cached[2]
    labels = [row[0] for row in table.rows if row]
    known = sum(1 for text in [*labels, table.header[0] if table.header else ""] if ask.vocabulary.field_name(text))
    form = known >= max(2, len(labels) // (3 if len(table.header) <= 2 else 2))  # a third column asks for more labels known
    _READ[id(table)] = (table, _meanings(table, ask.vocabulary), form)
    return form


def _extreme_column(ask: Ask, sheets: list[Sheet]) -> tuple[Sheet, int] | None:
    """The (table, numeric column) a superlative question names: by the header's words and period, then by the row noun."""
    noun = re.search(r"\b(?:which|what)\s+(?:\w+\s+)?(\w+)\b", ask.question, re.I)
    noun_words = grid.words(noun[0]) if noun else set()
    asked = grid.words(ask.question)
    best, best_key = None, None
    for sheet in _of_nouns(ask, sheets):
        label = grid.label_column(sheet.table)
        about = grid.words(f"{sheet.table.heading or ''} {' '.join(sheet.table.header)}")
        figures = [column for column in range(len(sheet.table.header)) if column != label and grid.numeric(sheet.table, column)]
        # 'the biggest of the savings': the table its heading names, whose one column of figures is the one asked
        headed = bool(grid.words(sheet.table.heading or "") & asked)
        for column in figures:
            score = grid.column_score(ask.question, sheet.table.header[column])
            if score <= 0 and not (headed and len(figures) == 1 and score == 0):
                continue
            key = (headed, round(score, 2), len(noun_words & about), len(asked & (about | grid.words(sheet.document.title))))
            if best_key is None or key > best_key:
                best, best_key = (sheet, column), key
    return best


def _of_nouns(ask: Ask, sheets: list[Sheet]) -> list[Sheet]:
    """The tables whose heading, headers or document title say the row noun the question asks of ('the biggest scheme'
    is not the biggest of a table of performance measures or of savings); all of them when it says none."""
    nouns = _nouns(ask.question)
    return [sheet for sheet in sheets if not nouns or nouns & set(terms(f"{sheet.table.heading or ''} {' '.join(sheet.table.header)} {sheet.document.title}"))]


def _whole_sheet(ask: Ask, sheets: list[Sheet]) -> Sheet | None:
    """The one table a question names by its heading and headers (two of their words, one of them the heading's)."""
    asked = grid.words(ask.question)
    ranked = []
    for sheet in sheets:
        heading_words = grid.words(sheet.table.heading or "") & asked
        about = grid.words(f"{sheet.table.heading or ''} {' '.join(sheet.table.header)}") & asked
        if heading_words and len(about) >= 2:
            ranked.append((len(about) + len(asked & grid.words(sheet.document.title)), sheet))
    ranked.sort(key=lambda item: -item[0])
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _printed_statuses(ask: Ask, sheets: list[Sheet]) -> set[str]:
    """The status words of these tables that no vocabulary knows (their own: 'Behind', 'Paused', 'On course') that the
    question asks rows by: said after 'are', 'is', 'rated' or 'marked', or capitalised as the table prints them."""
    printed = {fold(sheet.cell(row, "status")) for sheet in sheets if sheet.column("status") is not None
               for row in range(len(sheet.table.rows)) if 0 < len(sheet.cell(row, "status").split()) <= 3
               and not keyed_statuses(sheet.cell(row, "status"), sheet.table, ask.vocabulary)}  # a word the vocabulary knows is read by its meaning
    spoken = fold(ask.question)
    # The few words right after each 'are', 'flagged as' ... ('what is the overall status ... when will it open' asks no row 'Open')
    afters = [{_SAME_STATUS_WORD.get(term, term) for term in terms(" ".join(spoken[verb.end():].split()[:_STATUS_WORDS]))}
              for verb in _STATUS_VERB.finditer(spoken)]
    return {word for word in printed if (said := {_SAME_STATUS_WORD.get(term, term) for term in terms(word)}) and (
        re.search(rf"{_STATUS_VERB.pattern}( now| still| currently)? {re.escape(word)}\b", spoken)  # 'which promises are behind'
        or (len(said) > 1 and any(said <= after for after in afters))  # 'flagged as needing action': 'Action required'
        or re.search(rf"(?<!^)\b{re.escape(word[:1].upper() + word[1:])}\b", ask.question))}


# After these words a question says the status it asks rows by ('which promises are Behind', 'flagged as needing action').
_STATUS_WORDS = 4  # a status is said within this many words after its verb
_STATUS_VERB = re.compile(r"\b(are|is|were|was|rated|marked|flagged|reported|shown|listed)\b( as)?")
_SAME_STATUS_WORD = {term: "need" for term in terms("need needs needed needing require requires required requiring")}


def _statuses_asked(ask: Ask) -> set[str]:
    """The statuses whose rows a question asks for: not 'on track' in 'is the programme on track?'."""
    named = statuses_named(ask.question, ask.vocabulary)
    return named - {"on_track"} if _yes_no_whole(ask.question) else named


def _yes_no_whole(question: str) -> bool:
    """Whether a question asks yes or no if one thing is on track (no row noun): of a row it names, or of the whole
    programme, never which of a table's rows are on track."""
    return bool(ON_TRACK.search(question)) and not _nouns(question)


def _trend_asked(question: str) -> str | None:
    """'worse' or 'better' when a question asks which rows are going one way (not 'better or worse', which asks both)."""
    found = cues(TREND_CUES, question)
    return found.pop() if len(found) == 1 else None


def _nouns(question: str) -> set[str]:
    """Stems of the row nouns a question uses ('risks' -> risk)."""
    return set(terms(question)) & set(terms(" ".join(ROW_NOUNS)))


_VERBS = frozenset("are is were was have has had will would".split())


def _render(ask: Ask, picked: list[tuple[Sheet, int, str]], sheets: list[Sheet], what: str) -> Draft | None:
    """The picked rows grouped by document, each with its count first and each row cited by its row text."""
    if not picked:
        return None
    # The question's own word for the rows: a row noun, or the header of the rows' label column ('pledges' for 'Pledge').
    headers = {word for sheet in sheets for column in _label_set(sheet) for word in terms(sheet.table.header[column])} if sheets else set()
    said = re.findall(r"[a-z]+", ask.question.lower())
    nouns = [(i, w) for i, w in enumerate(said) if w in ROW_NOUNS or (set(terms(w)) & headers)]
    # The rows' noun is the one the verb follows ('which Community Risk Management Plan actions are complete': actions).
    noun = next((w for i, w in nouns if i + 1 < len(said) and said[i + 1] in _VERBS), nouns[0][1] if nouns else "rows")
    printed = {term for sheet, row, _ in picked for term in terms(f"{sheet.table.heading or ''} {' '.join(sheet.table.header)} {sheet.describe(row)}")}
    if not set(terms(noun)) & (printed | headers):
        noun = "rows"  # the question's 'schemes' echoed over rows no table calls so would claim an answer it is not
    cited = Cited()
    documents = list(dict.fromkeys(sheet.document.doc_id for sheet, _, _ in picked))
    for doc_id in documents:
        rows = [(sheet, row, reason) for sheet, row, reason in picked if sheet.document.doc_id == doc_id]
        # Of the rows of the tables set out like the ones picked from ('3 of 12 actions', not of every table in the paper)
        headers = {tuple(sheet.table.header) for sheet, _, _ in rows}
        total = sum(len(s.table.rows) for s in sheets if s.document.doc_id == doc_id and tuple(s.table.header) in headers)
        document = rows[0][0].document
        tables = {id(sheet.table): sheet for sheet, _, _ in rows}
        under = _under(next(iter(tables.values()))) if len(tables) == 1 else ""  # the table's heading says what the rows are
        cited.add(f"{heading(document)}{under}: {len(rows)} of {total} {noun} {what}:")
        cited.add()
        for sheet, row, reason in rows:
            quote = sheet.table.row_quote(row)
            cited.add(f"- {escape(sheet.describe(row))}{escape(reason)} {cited.cite(document, sheet.page(row), quote, sheet.table.heading)}")
        cited.add()
    return cited.draft()
