"""Labelled fields of front sheets and status reports, read from blocks in any of three layouts.

A council prints "Report of: Director of Place" on a line, "Report of" in bold over its value, or a two-column
label/value table; the labels come from ingest/vocabulary.toml, so a council's own wording is data. Written here
because no parser knows front sheets. A quote is a verbatim span: consecutive lines of one page joined by a space
(the eval compares whitespace-collapsed text), or one table cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.model import Block, Field, Table
from ingest.vocabulary import Vocabulary, fold, label_key

MAX_VALUE = 2000  # a field is a front-sheet entry or one section, never a whole report
_NUMBER = re.compile(r"^\s*(\(?\d{1,2}(?:\.\d{1,2})*[.)]?|\([a-z]{1,2}\)|\([ivx]{1,5}\)|[a-z][.)]|[ivx]{1,5}[.)])\s+", re.IGNORECASE)
_LABEL_VALUE = re.compile(r"^(?P<label>[^:?]{1,80}?)\s*(?P<sep>[:?])(?:\s+(?P<value>.*))?$")
_DANGLING = re.compile(r"(\b(for|of|and|the|to|in|with|at|by|on)|[,–-])$", re.IGNORECASE)  # a value that stops mid-phrase
_HEADER = 8  # unlabelled header lines are read among this many lines above a front sheet's first label
_DATE_LINE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{4}",
    re.IGNORECASE,
)
_BLANKABLE = {"signed"}  # labels often printed bare, a space to sign: they never take the next label's line as their value
_NEAR = 3  # an unknown label counts when a known one is this many lines away (a front sheet's run of labels)
_BLANK = re.compile(r"(?:\.{4,}|_{4,}|…{2,})")  # dots or a rule left to fill in ("Date: ..........."): a form, not a value
_SENTENCE_END = re.compile(r"[.!?]$")


@dataclass
class Line:
    """One line of a block in reading order (a heading is one line); a table block is one line holding its table."""

    text: str
    page: int | None
    block: int
    kind: str
    level: int = 0
    bold: bool = False
    table: Table | None = None
    term: bool = False  # a definition list's term (<dt>): a label by its markup, whatever its words


@dataclass
class _Label:
    """A label found at the start of a line: known (name) or a short unknown label in a label/value layout."""

    start: int  # first line of the label
    after: int  # first line after the label's own line(s)
    name: str | None
    label: str
    quote: str  # the label line(s) from the label on, verbatim
    value: str  # the value printed on the label's line, if any
    heading: int | None = None  # the heading's rank when the label is a section heading
    marker: str | None = None  # a section heading's own number ("2."), whose numbered paragraphs ("2.1.") belong to it


@dataclass
class _Open:
    """A field being read: its label and the lines of its value so far."""

    label: _Label
    page: int | None
    values: list[str] = field(default_factory=list)
    quote: list[str] = field(default_factory=list)
    quote_page_open: bool = True


def lines_of(blocks: list[Block]) -> list[Line]:
    """Blocks as lines: paragraphs and items split at line breaks, a heading kept whole."""
    lines: list[Line] = []
    for index, block in enumerate(blocks):
        if block.kind == "table":
            lines.append(Line("", block.page, index, "table", table=block.table))
            continue
        texts = [" ".join(block.text.split())] if block.kind == "heading" else [" ".join(t.split()) for t in block.text.splitlines()]
        for text in texts:
            if text:
                lines.append(Line(text, block.page, index, block.kind, block.level, block.bold, term=block.style == "dt"))
    return lines


def split_number(text: str) -> tuple[str | None, str]:
    """A line's own numbering ("2.1", "(a)", "3.") and the rest."""
    match = _NUMBER.match(text)
    return (match.group(1), text[match.end() :]) if match else (None, text)


def is_sub_number(marker: str | None) -> bool:
    """A numbered paragraph's marker ("2.1", "(a)", "ii)"), as opposed to a section's ("3.", "3")."""
    return bool(marker) and not re.fullmatch(r"\d{1,2}[.)]?", marker)


def labels_of(vocabulary: Vocabulary) -> Labels:
    """The vocabulary's Labels, built once per vocabulary (its pattern of every label is costly to compile per document)."""
    cached = _LABELS.get(id(vocabulary))
    if cached is None or cached.vocabulary is not vocabulary:
        cached = _LABELS[id(vocabulary)] = Labels(vocabulary)
    return cached


class Labels:
    """The vocabulary's field labels, for matching printed labels (whole or at a line's start)."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.names = {label_key(form): name for name, forms in vocabulary.fields.items() for form in forms}
        self.parts = {name: {label_key(form) for form in forms} for name, forms in vocabulary.field_parts.items()}
        forms = sorted({form.rstrip("?: ") for forms in vocabulary.fields.values() for form in forms}, key=len, reverse=True)
        self.inline = re.compile(r"(?<![\w(])(?:" + "|".join(_form_pattern(form) for form in forms) + r")\s*[:?](?=\s)", re.IGNORECASE)

    def name(self, label: str) -> str | None:
        """The canonical field a printed label stands for."""
        return self.names.get(label_key(label))

    def is_part(self, name: str | None, label: str) -> bool:
        """Whether a label continues the field `name` ("Tel" under a contact) instead of starting its own."""
        return bool(name) and label_key(label) in self.parts.get(name, set())


_LABELS: dict[int, Labels] = {}


def _form_pattern(form: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"\(s\)", "", form))
    return r"[^A-Za-z0-9:\n]{1,4}".join(re.escape(word) + r"(?:\(s\)|s)?" for word in words)


def read_fields(blocks: list[Block], tables: list[Table], vocabulary: Vocabulary) -> list[Field]:
    """Every labelled value of the document: label/value tables, "Label: value" lines, labels over their values, sections."""
    labels = labels_of(vocabulary)
    lines = _split_inline(lines_of(blocks), labels)
    found = _find_labels(lines, labels)
    fields: list[Field] = []
    seen_tables: set[int] = set()
    current: _Open | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        here = found.get(index)
        if current and here and labels.is_part(current.label.name, here.label):
            _extend(current, line)
        elif line.table is not None:
            wants_table = current is not None and current.label.name == "seen_by" and not current.values
            fields += _close(current)
            current = None
            seen_tables.add(id(line.table))
            fields += table_fields(line.table, labels, seen_by=wants_table)
        elif here and not _value_of(current, here, line):
            fields += _close(current)
            current = _Open(here, line.page, [here.value] if here.value else [], [here.quote])
            index = here.after
            continue
        elif current and current.values and _DANGLING.search(current.values[-1]) and line.page == current.page:
            _extend(current, line)  # 'Lead Member for' / 'Children and Families': a value cut mid-phrase goes on whatever the next line's style
        elif line.kind == "heading" and not _inside(current, line):
            fields += _close(current)
            current = None
        elif current and _continues(current, line, lines[index - 1], labels):
            _extend(current, line)
        else:
            fields += _close(current)
            current = None
        index += 1
    fields += _close(current)
    for table in tables:
        if id(table) not in seen_tables:
            fields += table_fields(table, labels)
    first = min((index for index, label in found.items() if label.name), default=len(lines))
    return _unique(fields + header_fields(lines[: min(first, _HEADER)], fields, vocabulary))


def header_fields(top: list[Line], fields: list[Field], vocabulary: Vocabulary) -> list[Field]:
    """A front sheet's unlabelled header lines above its first label: a line that is only a date (the meeting's), the
    meeting body named on a line of its own beside it ('Cabinet' over '15th November 2017'), a 'Key Decision' line."""
    have = {f.name for f in fields}
    bodies = {fold(body) for body in vocabulary.meetings.get("bodies", [])}
    keyed = [fold(form) for form in vocabulary.fields.get("key_decision", [])[:1]]
    found: list[Field] = []
    for index, line in enumerate(top):
        if line.table is not None:
            continue
        if "meeting_date" not in have and _DATE_LINE.fullmatch(line.text):
            found.append(Field("meeting_date", "Date", line.text, line.page, line.text))
            have.add("meeting_date")
            beside = [top[i] for i in (index - 1, index + 1) if 0 <= i < len(top) and top[i].table is None]
            body = next((b for b in beside if fold(b.text) in bodies), None)
            if body and "report_to" not in have:
                found.append(Field("report_to", "Meeting", body.text, body.page, body.text))
                have.add("report_to")
        elif "key_decision" not in have and len(line.text.split()) <= 8 and any(form in fold(line.text) for form in keyed):
            found.append(Field("key_decision", "Key decision", line.text, line.page, line.text))
            have.add("key_decision")
    return found


def _split_inline(lines: list[Line], labels: Labels) -> list[Line]:
    """A line holding two known "Label: value" pairs ("Budget: £2m Forecast: £2.1m") as two lines."""
    out: list[Line] = []
    for line in lines:
        first_colon = line.text.find(":")
        if line.kind in ("table", "item") or first_colon < 0:
            out.append(line)
            continue
        cuts = [
            m.start() for m in labels.inline.finditer(line.text)
            if (m.start() > first_colon and _starts_pair(line.text, m.start(), labels)) or (m.start() > 0 and _whole_label(m.group(0), line.text, m.start()))
            or _after_sentence(m.group(0), line.text, m.start())
        ]
        for start, end in zip([0, *cuts], [*cuts, len(line.text)]):
            out.append(Line(line.text[start:end].strip(), line.page, line.block, line.kind, line.level, line.bold, term=line.term))
    return out


def _starts_pair(text: str, start: int, labels: Labels) -> bool:
    """Whether a known label inside a line starts a new pair: the word before it is a value (a figure, a status word,
    a lower-case word), not the first word of a longer label ("Report date:" is not "Report" + "date:")."""
    before = text[:start].split()
    if not before or text[start - 1] != " ":
        return False
    word = before[-1]
    return not (word[:1].isupper() and word.isalpha()) or labels.vocabulary.status_of(word) is not None


def _after_sentence(found: str, text: str, start: int) -> bool:
    """A known label with its colon right after a sentence's end ('... each month. Enquiries: Democratic Services'): a
    plain-text paragraph that ran a labelled line on after its prose."""
    return found.rstrip().endswith(":") and re.search(r"[a-z0-9)][.!?] $", text[max(0, start - 3):start]) is not None


def _whole_label(found: str, text: str, start: int) -> bool:
    """A known label of two words or more ('Date of meeting:', 'Portfolio Holder:') after a space starts a pair whatever
    word ends the value before it: a layout that ran a front sheet's lines together ('Report to: Cabinet Date of meeting: ...')."""
    return text[start - 1 : start] == " " and len(re.findall(r"[A-Za-z]+", found)) >= 2


def _find_labels(lines: list[Line], labels: Labels) -> dict[int, _Label]:
    """Labels at line starts: known ones always; unknown short ones only beside known ones (a front sheet's run)."""
    found: dict[int, _Label] = {}
    for index in range(len(lines)):
        label = _label_at(lines, index, labels)
        if label:
            found[label.start] = label
    known = [i for i, label in found.items() if label.name]
    order = sorted(found)
    keep: dict[int, _Label] = {}
    for position, index in enumerate(order):
        label = found[index]
        # A bold label on its own line is typography's own signal: it counts beside a known label however long the
        # value between them; a "Label: value" line counts only close to a known one (not a colon in body text).
        neighbours = [order[i] for i in (position - 1, position + 1) if 0 <= i < len(order)]
        beside = any(found[i].name for i in neighbours) if not label.value and lines[index].bold else False
        if label.name or (len(known) >= 2 and (beside or any(abs(index - k) <= _NEAR for k in known))):
            keep[index] = label
    # A run of bold labels over their values goes on past the known ones: a bare bold label next to a kept bare bold
    # label, one value line between them, is the run's too ('Section 75 equality screening' after 'Is it eligible for call-in?').
    bare = [index for index in order if not found[index].value and lines[index].bold]
    grown = True
    while grown:
        grown = False
        for before, after in zip(bare, bare[1:]):
            if after - before <= 2 and (before in keep) != (after in keep) and any(keep[i].name for i in keep):
                keep.setdefault(before, found[before])
                keep.setdefault(after, found[after])
                grown = True
    return keep


def _label_at(lines: list[Line], index: int, labels: Labels) -> _Label | None:
    """The label a line starts with, if any."""
    line = lines[index]
    if line.kind in ("table", "item") or _BLANK.search(line.text) or letterhead(line.text, labels.vocabulary):
        return None
    marker, rest = split_number(line.text)
    if is_sub_number(marker):
        return None
    offset = len(line.text) - len(rest)
    heading = (line.level or 0) if line.kind == "heading" else None
    match = _LABEL_VALUE.match(rest)
    if match and not match.group("value") and not marker and heading is None:
        joined = _joined_label(lines, index, match.group("label").strip(), labels)
        if joined:
            return joined
    name = labels.name(rest)
    if name and len(rest) <= 100:
        return _Label(index, index + 1, name, rest.rstrip(":? "), rest, "", heading, marker)
    if match:
        label, value = match.group("label").strip(), (match.group("value") or "").strip()
        name = labels.name(label)
        if heading == 1 and value and not name:
            return None  # the document's title heading ("Harbour Walls: phase 3 repairs"), not a label and its value
        if name or (match.group("sep") == ":" and _looks_like_label(label, bool(value) or line.bold or heading is not None)):
            return _Label(index, index + 1, name, label, line.text[offset:], value, heading)
    if (line.bold or heading is not None) and _looks_like_label(rest, True) and not marker:
        return _Label(index, index + 1, None, rest, rest, "", heading)
    return None


def council_name(text: str, vocabulary: Vocabulary) -> bool:
    """A letterhead line naming the council or public body ("Marsh District Council", "Northvale Combined Authority"), never a label."""
    words = fold(text).split()
    joined = " ".join(words)
    titles = vocabulary.titles
    return 0 < len(words) <= 6 and (
        any(joined == fold(end) or joined.endswith(" " + fold(end)) for end in [*titles.get("council", []), *titles.get("authority", [])])
        or any(joined.startswith(fold(start)) for start in titles.get("council_prefix", []))
    )


def letterhead(text: str, vocabulary: Vocabulary) -> bool:
    """A line that is only a council's proper name ("Marsh District Council", "LONDON BOROUGH OF ASHBY"), every word
    capitalised; "A modern, well-run council" or "Theme: A Modern Council" is a heading that ends in the word, not a name."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    return (
        council_name(text, vocabulary)
        and bool(words)
        and not re.search(r"[:;,|–—]", text)
        and words[0].lower() not in {"the", "our", "your", "one", "every"}
        and not {word.lower() for word in words} & {"a", "an"}
        and all(word[0].isupper() or word.lower() in {"of", "and", "upon", "on", "the"} for word in words)
    )


def _joined_label(lines: list[Line], index: int, last: str, labels: Labels) -> _Label | None:
    """A label wrapped over lines ("Reasons for" / "Recommendations:"), known only when read whole."""
    for back in (1, 2):
        start = index - back
        if start < 0 or any(not _label_fragment(lines[i], lines[index]) for i in range(start, index)):
            return None
        words = " ".join(lines[i].text for i in range(start, index))
        name = labels.name(f"{words} {last}")
        if name and len(words.split()) <= 6:
            label = f"{words} {last}"
            return _Label(start, index + 1, name, label, f"{words} {lines[index].text}", "")
    return None


def _label_fragment(line: Line, last: Line) -> bool:
    """A line that may be the first part of a wrapped label: short, no colon, no sentence end, same page."""
    return line.page == last.page and line.kind == last.kind and len(line.text.split()) <= 4 and not re.search(r"[:.;]$|:", line.text)


def _looks_like_label(text: str, has_value: bool) -> bool:
    """A short title-like phrase (not a sentence), as front sheets print labels."""
    words = text.split()
    return (
        has_value
        and 1 <= len(words) <= 6
        and len(text) <= 50
        and text[0].isupper()
        and not re.search(r"[.;,!\"“”]|\d{3}", text)
        and fold(words[0]) not in {"that", "the", "this", "it", "we", "a", "to", "and", "if", "please"}
    )


def _value_of(current: _Open | None, here: _Label, line: Line) -> bool:
    """Whether an unknown 'X: y' line is the value of a known label standing bare above it ("Public/Exempt" over
    "Exempt in part: Appendix B ..."), not a label of its own. A definition list's term is a label by its markup: a
    term whose own <dd> is empty or missing has no value, and never takes the next term as one."""
    if current is None or here.name is not None or line.term:
        return False
    dangling = bool(current.values) and bool(_DANGLING.search(current.values[-1]))  # 'Lead Member for' / 'Children and Families'
    taking = current.label.name is not None and current.label.name not in _BLANKABLE and not current.values
    return taking or dangling


def _inside(current: _Open | None, line: Line) -> bool:
    """A sub-heading within a section field ('3.1 Background' under '3. Reasons'): ranked below it, or numbered under it
    where the layout gives both one rank ('2.1. No options were considered.' under '2. Options considered')."""
    rank = current.label.heading if current else None
    if not rank:
        return False
    section, number = current.label.marker, split_number(line.text)[0]
    if section and number and is_sub_number(number) and number.startswith(section.rstrip(".)") + "."):
        return True
    return bool(line.level) and line.level > rank


def _continues(current: _Open, line: Line, previous: Line, labels: Labels) -> bool:
    """Whether a line goes on with the open field: a section's body, the label's own paragraph, a list under it,
    the lines after a bare label, or a contact's short lines (job title, telephone, email)."""
    label = current.label
    if line.kind == "item" and line.block != previous.block and label.heading is None and label.value and not label.value.endswith(":"):
        return False  # 'Contact officer: Dan Ng' is whole on its line; the numbered list after it is the report's body
    if label.name in labels.parts and current.values and line.block != previous.block and _sentence(line.text):
        return False  # a contact's own lines are short (job title, telephone, email); a sentence after them is the report's
    if label.heading is not None or line.block == previous.block or line.kind == "item":
        return True
    if label.name in labels.parts and len(line.text) <= 80:
        return True
    return not label.value or label.value.endswith(":")


def _sentence(text: str) -> bool:
    """A line of prose: several words ending a sentence, with no telephone number or email address in it."""
    return bool(_SENTENCE_END.search(text)) and len(text.split()) >= 5 and "@" not in text and not re.search(r"\d{4,}", text)


def _extend(current: _Open, line: Line) -> None:
    if sum(len(value) for value in current.values) >= MAX_VALUE:
        return
    current.values.append(line.text)
    if current.quote_page_open and line.page == current.page:
        current.quote.append(line.text)
    else:
        current.quote_page_open = False  # a quote never crosses a page


def _close(current: _Open | None) -> list[Field]:
    if current is None or not current.values:
        return []
    label = current.label
    return [
        Field(
            label.name or fold(label.label),
            label.label,
            _bounded(" ".join(current.values)),
            current.page,
            _bounded(" ".join(current.quote)),
        )
    ]


def _bounded(text: str) -> str:
    """At most MAX_VALUE characters, cut at a word (a prefix of a verbatim span is still verbatim)."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE].rsplit(" ", 1)[0]


def table_fields(table: Table, labels: Labels, seen_by: bool = False) -> list[Field]:
    """Fields of a label/value table (two or four columns), a one-row table headed by labels, or a seen-by table."""
    if seen_by or _consultee_columns(table, labels.vocabulary):
        return _seen_by(table, labels.vocabulary) + _labelled_rows(table, labels)
    header_known = [labels.name(cell) for cell in table.header]
    # A header row of labels over one row of values (a status table: budget | spend | forecast | variance).
    if len(table.rows) == 1 and sum(1 for name in header_known if name) >= 2 and not any(labels.name(cell) for cell in table.rows[0]):
        cells = table.rows[0]
        return [
            Field(name, " ".join(label.split()), " ".join(value.split()), table.page, " ".join(value.split()))
            for name, label, value in zip(header_known, table.header, cells)
            if name and value.strip()
        ]
    rows = list(zip(table.rows, table.row_pages or [table.page] * len(table.rows)))
    if table.header and (labels.name(table.header[0]) or (len(table.header) == 2 and _colon_label(table.header[0]))):
        # the reader took the first label/value row for a header
        rows.insert(0, (table.header, table.page))
    width = max((len(row) for row, _ in rows), default=0)
    if width not in (2, 4):  # a wide grid whose first column holds labels ('Risk Implications: | text | | ...')
        known = sum(1 for row, _ in rows if row and labels.name(row[0]))
        return _labelled_rows(table, labels, notes=width == 3) if known >= 2 else []
    if width in (2, 4):
        pairs = [(row[i], row[i + 1], page) for row, page in rows for i in range(0, len(row) - 1, 2)]
        pairs = [(" ".join(a.split()), " ".join(b.split()), page) for a, b, page in pairs if a.strip() and b.strip()]
        known = sum(1 for label, _, _ in pairs if labels.name(label))
        colons = width == 2 and len(pairs) >= 2 and all(_colon_label(label) for label, _, _ in pairs)
        if known >= 2 or (known and known * 2 >= len(pairs)) or colons:
            return _merge_parts(
                [(labels.name(label), label.rstrip(":? "), value, page) for label, value, page in pairs if len(label.split()) <= 8], labels
            )
    return []


def _colon_label(text: str) -> bool:
    """A cell printed as a label: a short title-like phrase ending ':' ("Panel chair:")."""
    return text.endswith(":") and _looks_like_label(text.rstrip(": "), True)


def _merge_parts(pairs: list[tuple[str | None, str, str, int | None]], labels: Labels) -> list[Field]:
    """Rows as fields; a row whose label is part of the row above's field ("Email" under "Contact officer") joins it."""
    fields: list[Field] = []
    for name, label, value, page in pairs:
        if fields and labels.is_part(fields[-1].name, label):
            fields[-1].value = _bounded(f"{fields[-1].value} {label}: {value}")
            continue
        fields.append(Field(name or fold(label), label, _bounded(value), page, _bounded(value)))
    return fields


def _labelled_rows(table: Table, labels: Labels, notes: bool = False) -> list[Field]:
    """Rows of a seen-by grid that are front-sheet fields after all ('Forward Plan Reference: | FP/18/12/05'): a known
    label in the first cell, its value in the next cell that has one. With `notes` (Item | Detail | Notes) the notes
    go with the value ('Tel 01632 960111' beside the author), quoted as the row stands on its page."""
    fields = []
    for index, (row, page) in enumerate(zip(table.rows, table.row_pages or [table.page] * len(table.rows))):
        cells = [" ".join(cell.split()) for cell in row]
        name = labels.name(cells[0]) if cells and cells[0] else None
        values = [cell for cell in cells[1:] if cell][: 2 if notes else 1]
        if name and name != "seen_by" and values:
            quote = table.row_quote(index) if len(values) > 1 else values[0]
            fields.append(Field(name, cells[0].rstrip(":? "), _bounded("; ".join(values)), page, _bounded(quote)))
    return fields


def _consultee_columns(table: Table, vocabulary: Vocabulary) -> dict[str, int]:
    """Which column of a table holds a consultee's role, name and date; empty unless it reads as a seen-by table."""
    columns: dict[str, int] = {}
    for index, header in enumerate(table.header):
        for meaning, forms in vocabulary.consultees.items():
            if meaning not in columns and label_key(header) in {label_key(form) for form in forms}:
                columns[meaning] = index
                break
    return columns if "name" in columns and len(columns) >= 2 else {}


def _seen_by(table: Table, vocabulary: Vocabulary) -> list[Field]:
    """One 'seen_by' field per row: label the role, value the name (and date), quoted from the name cell."""
    columns = _consultee_columns(table, vocabulary)
    role = columns.get("role", 0)
    name = columns.get("name", 1 if role == 0 else 0)
    date = columns.get("date", 2 if 2 not in (role, name) else None)
    rows = list(zip(table.rows, table.row_pages or [table.page] * len(table.rows)))
    if not columns:  # no header row: the header is the first consultee
        rows.insert(0, (table.header, table.page))
    fields = []
    for row, page in rows:
        cells = [" ".join(cell.split()) for cell in row]
        who, what = _cell(cells, name), _cell(cells, role)
        if who and what:
            when = _cell(cells, date)
            fields.append(Field("seen_by", what, f"{who} ({when})" if when else who, page, who))
    return fields


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def _unique(fields: list[Field]) -> list[Field]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for item in fields:
        key = (item.name, item.label, item.value)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
