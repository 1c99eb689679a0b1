"""A table's figures as the document's own prose says them: '£312.4 million' for a £000 table's 312,400.

Budget papers give a figure twice, in a table in its unit ('£000', '£m') and in a sentence in words; members ask in
the sentence's words. An answer citing table rows is led by the document's sentence that states one of the rows'
figures (the same sum, within the sentence's rounding), else by one that names a cited row and states a sum.
"""

from __future__ import annotations

import re

from index.answer import Draft, escape
from index.answerers import cells as grid
from index.answerers.base import Ask, Document
from index.models import Citation
from ingest.model import Table

# A sum in figures or words ('£312.4 million', '£15m', '£4,210,000'), and the unit a header prints ('£000', "£'000", '£m').
SUM = re.compile(r"[£$€]\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(bn|billion|m|million|k|thousand)\b)?", re.I)
SCALE = [(re.compile(r"[£$€]\s?'?000\b|\b000s\b|[£$€]k\b|\bthousands\b", re.I), 1e3),
         (re.compile(r"[£$€]\s?m\b|[£$€]\s?millions?\b|\(m\)|\bmillions\b", re.I), 1e6),
         (re.compile(r"[£$€]\s?bn\b|\bbillions\b", re.I), 1e9)]
MULTIPLIER = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(])|(?<=[;:])\s+")  # a sentence, or a clause of a list run into one ('...: approve X; approve Y')
WRAPPED = 60  # a line this long that ends without a stop was wrapped: the next line carries on its sentence
PROSE_WORDS = 80  # a longer 'sentence' is text run together, not one statement
_MARKER = re.compile(r"(?<!\\)\[(\d+)\]")


def led_by_prose(ask: Ask, draft: Draft) -> Draft:
    """The answer with the document's sentence that states its cited rows' figures leading it (the draft unchanged when none does)."""
    if ask.prose is None or draft.abstained:
        return draft
    cited = _cited_rows(ask, draft)
    if not cited:
        return draft
    document, table, rows = cited
    found = _sentence(ask, document, table, rows, draft.text)
    if found is None or any(citation.quote == found[1] for citation in draft.citations):
        return draft
    page, sentence = found
    lines = _MARKER.sub(lambda m: f"[{int(m[1]) + 1}]", draft.text).split("\n")
    lines.insert(1, f"- {escape(sentence)} [1]")
    lead = Citation.of_document(1, document.doc, page, sentence, None)
    return Draft("\n".join(lines), [lead, *(c.model_copy(update={"n": c.n + 1}) for c in draft.citations)], False, draft.strength, draft.said)


def _cited_rows(ask: Ask, draft: Draft) -> tuple[Document, Table, list[int]] | None:
    """The first cited table of the answer, with the rows of it the answer cites."""
    for citation in draft.citations:
        document = next((d for d in ask.documents if d.doc.get("source") == citation.source), None)
        for table in document.model.tables if document else []:
            rows = [row for row in range(len(table.rows)) if any(c.source == citation.source and c.quote == table.row_quote(row) for c in draft.citations)]
            if rows:
                return document, table, rows
    return None


def _sentence(ask: Ask, document: Document, table: Table, rows: list[int], shown: str) -> tuple[int | None, str] | None:
    """(page, sentence) stating one of the rows' figures that the answer `shown` gives, else naming one of the rows and stating a sum; the question's words break ties."""
    label = grid.label_column(table)
    # The figures the answer gives (a finance answer gives the asked cells of a row, not its other years).
    given = [(row, column) for row in rows for column, cell in enumerate(table.rows[row]) if column != label and cell.strip() and cell in shown]
    figures = [amount for row, column in given for amount in [_sum(table, row, column, label)] if amount]
    names = [grid.words(grid.label(table, row)) for row in rows]
    # A sentence giving the same sum may speak of the row in its column's or table's words ('a gap of £4.6 million by
    # 2028/29' for the Gap column of a row named '2028/29'; 'the savings proposals would save' for a Total row).
    context = [grid.words(f"{table.header[column] if column < len(table.header) else ''} {table.heading or ''}") for _, column in given]
    asked = grid.words(ask.question)
    best = None
    for page, sentence in sentences(ask, document):
        sums = [(_amount(m), _rounding(m)) for m in SUM.finditer(sentence) if _amount(m)]  # '£000' is a unit, not a sum
        if sums and reads_as_prose(sentence) and not sentence.endswith(":"):  # a label before its value says nothing
            said = grid.words(sentence)
            # The same sum in a sentence about the row ('net revenue budget ... £312.4 million'), not one that happens
            # to equal it ('an increase of £2.1 million' is not the 2,100 of a row the sentence never names).
            same = any(name & said for name in names + context) and any(abs(stated - figure) <= rounding for stated, rounding in sums for figure in figures)
            named = any(name and name <= said for name in names)
            key = (same, named, len(asked & said))
            if (same or named) and (best is None or key > best[0]):
                best = (key, page, sentence)
    return (best[1], best[2]) if best else None


def sentences(ask: Ask, document: Document) -> list[tuple[int | None, str]]:
    """(page, sentence) of a document's running text: its passages' lines joined into paragraphs and split into
    sentences, the lines that are table rows or headers left out (a row is stored as its cells run together, not as printed)."""
    rows = {" ".join(text.split()) for table in document.model.tables
            for text in [" | ".join(cell for cell in table.header if cell), table.header_quote,
                         *(part for row in range(len(table.rows)) for part in (table.row_text(row), table.row_quote(row)))]}
    found = []
    for page, text in ask.prose(document):
        # A row left out breaks the paragraph: the lines either side of a table are not one sentence.
        lines = ["" if " ".join(line.split()) in rows else line for line in text.split("\n")]
        found += [(page, sentence) for paragraph in paragraphs("\n".join(lines)) for sentence in SENTENCE.split(paragraph)]
    return found


def paragraphs(text: str) -> list[str]:
    """A page's lines joined into paragraphs: a long line without a stop runs on (a wrapped line); a short one is a heading."""
    found: list[str] = []
    running = False
    for line in (line.strip() for line in text.split("\n")):
        if not line:
            running = False
            continue
        if running and (line[:1].islower() or line[:1].isdigit() or _RUNS_ON.search(found[-1])):
            found[-1] += f" {line}"
        else:
            found.append(line)
        running = len(line) >= WRAPPED and not line.endswith((".", "!", "?", ":", ";"))
    return found


# A line that stops on a word a sentence never ends with runs on to the next, whatever its first letter ('... agreed
# with' / 'Ashby Council ...'); a title stopping on a year or a name is followed by a new sentence ('This is ...').
_RUNS_ON = re.compile(r"(,|\b(and|or|of|the|a|an|to|for|with|by|in|on|at|from|that|which|is|are|was|were|be|as|than|its|their|our))$", re.I)


def reads_as_prose(sentence: str) -> bool:
    """Whether a piece of text is a sentence, not a table's rows run together: words, a few figures, no cell rules."""
    tokens = sentence.split()
    figures = sum(any(ch.isdigit() for ch in token) for token in tokens)
    return 6 <= len(tokens) <= PROSE_WORDS and figures * 3 <= len(tokens) and "|" not in sentence


def _sum(table: Table, row: int, column: int, label: int | None) -> float | None:
    """A cell's sum in units: by its own sign and words, else by the unit its header, label header or table heading prints; 0 is no sum."""
    cells = table.rows[row]
    cell = cells[column] if column < len(cells) else ""
    amount = grid.value(cell)
    if not amount:
        return None
    stated = SUM.search(cell)
    if stated:
        return _amount(stated)
    headers = [table.header[index] if index is not None and index < len(table.header) else "" for index in (column, label)]
    for text in [*headers, table.heading or ""]:
        for pattern, scale in SCALE:
            if pattern.search(text):
                return abs(amount) * scale
    return None


def _amount(stated: re.Match) -> float:
    return float(stated[1].replace(",", "")) * MULTIPLIER.get((stated[2] or "").lower(), 1)


def _rounding(stated: re.Match) -> float:
    """Half the last printed digit of a sum: '£312.4 million' stands for anything within £50,000 of it."""
    places = len(stated[1].partition(".")[2])
    return 0.5 * 10 ** -places * MULTIPLIER.get((stated[2] or "").lower(), 1)
