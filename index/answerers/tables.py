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

from index.answer import Draft, escape
from index.answerers.base import Ask, Cited, Document, heading, named_document
from index.answerers.fields import without
from index.answerers.intents import COLUMN_QUESTIONS, DOCUMENT_WORDS, ROW_NOUNS, TABLE_CUES, TABLE_WORDS, cues, statuses_named, subject
from index.retrieval import terms
from ingest.model import Table
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
        pages = self.table.row_pages
        return pages[row] if row < len(pages) and pages[row] is not None else self.table.page

    def describe(self, row: int) -> str:
        """A row as reference, its main text, owner and score when the table has them; else the row's text."""
        cells = self.table.rows[row]
        free = [c for c, m in zip(cells, self.meanings) if m is None and c]
        # What the row is about stands first among the free columns (a risk before its controls), when it says enough.
        main = next((c for c in free if len(c) >= 15), max(free, key=len) if free else "")
        ref = self.cell(row, "reference")
        extras = [f"{name}: {self.cell(row, name)}" for name in DESCRIBED if self.cell(row, name)]
        if not main:
            return self.table.row_text(row)
        return " ".join(part for part in (ref, main) if part) + (f" ({'; '.join(extras)})" if extras else "")


DESCRIBED = ("owner", "status", "baseline", "forecast", "due", "score")  # the cells a row's description names


class TableAnswerer:
    """Answers read row by row from the tables of documents."""

    name = "tables"

    def wants(self, ask: Ask) -> float:
        """High for slipped or highest rows, and for rows by a status word; middling for one row's status or owner."""
        if not any(d.model.tables for d in ask.documents):
            return 0.0
        found = cues(TABLE_CUES, ask.question)
        named = statuses_named(ask.question, ask.vocabulary)
        nouns = _nouns(ask.question)
        if "slipped" in found or ("highest" in found and nouns):
            return 0.85
        if "rows" in found and named:
            return 0.8
        if "lookup" in found:
            return 0.7
        return 0.45 if "rows" in found or named else 0.0

    def answer(self, ask: Ask) -> Draft | None:
        """The rows the question asks for, grouped by document, each cited by its row text."""
        sheets = self._sheets(ask)
        if not sheets:
            return None
        found = cues(TABLE_CUES, ask.question)
        named = statuses_named(ask.question, ask.vocabulary)
        if "lookup" in found:
            drafted = self._lookup(ask, sheets)
            if drafted:
                return drafted
        if "slipped" in named:
            drafted = self._slipped(ask, sheets)
            if drafted:
                return drafted
        if "highest" in found:
            drafted = self._highest(ask, sheets)
            if drafted:
                return drafted
        if named - {"slipped"}:
            drafted = self._with_status(ask, sheets, named - {"slipped"})
            if drafted:
                return drafted
        return self._with_value(ask, sheets) or (self._lookup(ask, sheets) if "rows" not in found else None)

    def _sheets(self, ask: Ask) -> list[Sheet]:
        """The tables of the named document (else all), narrowed to those about the rows the question names ('risks')."""
        documents = [d for d in ask.documents if d.model.tables]
        named = named_document(ask.question, documents)
        sheets = [Sheet(d, t, [meaning(h, ask.vocabulary) for h in t.header]) for d in ([named] if named else documents) for t in d.model.tables if t.rows]
        nouns = _nouns(ask.question)
        about = [s for s in sheets if nouns & set(terms(f"{s.table.heading or ''} {' '.join(s.table.header)}"))]
        return about or sheets

    def _slipped(self, ask: Ask, sheets: list[Sheet]) -> Draft | None:
        """Rows whose status says slipped, or whose forecast date is later than their baseline date."""
        picked = []
        for sheet in sheets:
            for row in range(len(sheet.table.rows)):
                said = sheet.cell(row, "status")
                if "slipped" in statuses(said, ask.vocabulary):
                    picked.append((sheet, row, ""))
                    continue
                forecast, baseline = parse_date(sheet.cell(row, "forecast")), parse_date(sheet.cell(row, "baseline"))
                if forecast and baseline and later(forecast, baseline):
                    reason = f" (forecast {sheet.cell(row, 'forecast')}, after the baseline {sheet.cell(row, 'baseline')})"
                    picked.append((sheet, row, reason))
        return _render(ask, picked, sheets, "have slipped")

    def _highest(self, ask: Ask, sheets: list[Sheet]) -> Draft | None:
        """Rows by score, highest first (likelihood times impact when no score column); by red, amber, green without numbers."""
        ranked = []
        for sheet in sheets:
            for row in range(len(sheet.table.rows)):
                score = _number(sheet.cell(row, "score"))
                if score is None:
                    likelihood, impact = _number(sheet.cell(row, "likelihood")), _number(sheet.cell(row, "impact"))
                    score = likelihood * impact if likelihood is not None and impact is not None else None
                if score is None:
                    rag = statuses(sheet.cell(row, "status"), ask.vocabulary, loose=False)
                    score = 3.0 if "red" in rag else 2.0 if "amber" in rag else None
                if score is not None:
                    ranked.append((score, sheet, row))
        if not ranked:
            return None
        ranked.sort(key=lambda item: -item[0])
        cut = ranked[min(TOP, len(ranked)) - 1][0]
        picked = [(sheet, row, "") for score, sheet, row in ranked if score >= cut]
        return _render(ask, picked, sheets, "score highest")

    def _with_status(self, ask: Ask, sheets: list[Sheet], wanted: set[str]) -> Draft | None:
        """Rows whose status column (any cell, when the table has none) gives one of the wanted statuses."""
        picked = []
        for sheet in sheets:
            has_status = sheet.column("status") is not None
            for row, cells in enumerate(sheet.table.rows):
                said = statuses(sheet.cell(row, "status"), ask.vocabulary) if has_status else set().union(*(statuses(c, ask.vocabulary, loose=False) for c in cells))
                if said & wanted:
                    picked.append((sheet, row, ""))
        words = " or ".join(sorted(wanted)).replace("_", " ")
        return _render(ask, picked, sheets, f"are {words}")

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
        refs = set(_REFERENCE.findall(ask.question))
        naming = subject(ask.question, TABLE_WORDS, DOCUMENT_WORDS, " ".join(ROW_NOUNS), " ".join(h for s in sheets for h in s.table.header))
        # A row is named when it holds most of what the question names, headers' words included ("due", "Council").
        named = subject(ask.question, TABLE_WORDS, DOCUMENT_WORDS, " ".join(ROW_NOUNS))
        rows = [(sheet, row) for sheet in sheets for row in range(len(sheet.table.rows))]
        texts = [sheet.table.row_text(row) for sheet, row in rows]
        scores = ask.matcher.scores(naming, texts) if naming.strip() else [0.0] * len(texts)
        best, best_score = None, 0.0
        for (sheet, row), text, score in zip(rows, texts, scores):
            if refs and sheet.cell(row, "reference") in refs:
                score += 1.0
            elif score < ROW_MIN or ask.matcher.covered(named, text) < 0.5:
                continue
            if score > best_score:
                best, best_score = (sheet, row), score
        if best is None:
            return None
        sheet, row = best
        # The row's own words and the row noun ('the market hall milestone') name the row, not the column asked for.
        column = self._column(ask, sheet, without(ask.question, ask.matcher.content(sheet.table.row_text(row)) | set(terms(" ".join(ROW_NOUNS)))))
        cited = Cited()
        marker = cited.cite(sheet.document, sheet.page(row), sheet.table.row_quote(row), sheet.table.heading)
        if column is not None and column < len(sheet.table.rows[row]) and sheet.table.rows[row][column]:
            lead = f"{escape(sheet.table.header[column])}: {escape(sheet.table.rows[row][column])}"
            cited.add(f"{lead} {marker}, in {heading(sheet.document)}:")
            cited.add(f"- {escape(sheet.table.row_text(row))} {marker}")
        else:
            cited.add(f"{heading(sheet.document)}:")
            cited.add(f"- {escape(sheet.table.row_text(row))} {marker}")
        return cited.draft()

    @staticmethod
    def _column(ask: Ask, sheet: Sheet, question: str) -> int | None:
        """The column a question (without the row's own words) asks about: by its header, or by the example questions of its meaning."""
        texts = [(i, text) for i, (header, name) in enumerate(zip(sheet.table.header, sheet.meanings)) for text in [header, *COLUMN_QUESTIONS.get(name or "", [])]]
        best = ask.matcher.best(question, [text for _, text in texts], COLUMN_MIN)
        return texts[best[0]][0] if best else None


def _nouns(question: str) -> set[str]:
    """Stems of the row nouns a question uses ('risks' -> risk)."""
    return set(terms(question)) & set(terms(" ".join(ROW_NOUNS)))


def _render(ask: Ask, picked: list[tuple[Sheet, int, str]], sheets: list[Sheet], what: str) -> Draft | None:
    """The picked rows grouped by document, each with its count first and each row cited by its row text."""
    if not picked:
        return None
    noun = next((w for w in re.findall(r"[a-z]+", ask.question.lower()) if w in ROW_NOUNS), "rows")
    cited = Cited()
    documents = list(dict.fromkeys(sheet.document.doc_id for sheet, _, _ in picked))
    for doc_id in documents:
        rows = [(sheet, row, reason) for sheet, row, reason in picked if sheet.document.doc_id == doc_id]
        total = sum(len(s.table.rows) for s in sheets if s.document.doc_id == doc_id)
        document = rows[0][0].document
        cited.add(f"{heading(document)}: {len(rows)} of {total} {noun} {what}:")
        cited.add()
        for sheet, row, reason in rows:
            quote = sheet.table.row_quote(row)
            cited.add(f"- {escape(sheet.describe(row))}{escape(reason)} {cited.cite(document, sheet.page(row), quote, sheet.table.heading)}")
        cited.add()
    return cited.draft()
