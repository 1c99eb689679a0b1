"""Minutes of a meeting read from blocks: who was present, apologies, declarations, and the decisions per item.

Written here because minutes are a council convention no parser knows: numbered items ("7. Leisure Centre
Refurbishment"), "RESOLVED that ..." or "DECISION:" under them, "Present:" and "Apologies" records. The markers
come from ingest/vocabulary.toml's [minutes] table; every text is a verbatim line or run of lines of one page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.fields import Line, is_sub_number, lines_of, split_number
from ingest.layout import collapse
from ingest.model import Block, Field, Minutes, Resolution, Table, Vote
from ingest.vocabulary import Vocabulary, fold, label_key

MAX_TEXT = 2000
_RECORDS = ("present", "apologies", "declarations")
_ITEM_REF = re.compile(
    r"^(?:(?:agenda\s+)?item|minute)\s+(?:no\.?\s*)?\d+[a-z]?\s*[:.–—-]?\s+(?=\S)|^[A-Z]{1,6}(?:\s?|/)\d+(?:/\d+)?[.:]?\s+(?=[A-Z])",
    re.IGNORECASE,
)


@dataclass
class _Reading:
    """What has been read so far: the records, the item we are under, and each item's lines (for amendments)."""

    minutes: Minutes = field(default_factory=Minutes)
    item: str | None = None
    record: str | None = None  # the record ('present', 'apologies', ...) whose lines we are reading
    record_label: str = ""
    item_lines: dict[str | None, list[str]] = field(default_factory=dict)
    titled: bool = False  # the document calls itself minutes near its top
    item_blocks: dict[int, str | None] = field(default_factory=dict)  # block index -> the item it stands under
    record_blocks: set[int] = field(default_factory=set)  # blocks read as attendance, apologies or declarations
    last: tuple[int, Field] | None = None  # (block, record) of the record line read last, which a wrapped line goes on


def read_minutes(blocks: list[Block], tables: list[Table], vocabulary: Vocabulary) -> Minutes | None:
    """The minutes' records, or None when the blocks are not minutes (no title saying so, no present/resolved markers)."""
    lines = lines_of(blocks)
    reading = _Reading(titled=_titled(lines, vocabulary))
    resolved = _resolved_pattern(vocabulary)
    seen_tables: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind != "heading":
            reading.item_blocks.setdefault(line.block, reading.item)
        if line.table is not None:
            seen_tables.add(id(line.table))
            _attendance(line.table, reading, vocabulary)
        elif resolved.search(line.text) and line.kind != "heading" or _bare_resolution(line, vocabulary):
            index = _resolution(lines, index, reading, resolved, vocabulary)
            continue
        else:
            _line(line, index, reading, vocabulary)
        reading.item_lines.setdefault(reading.item, []).append(line.text)
        index += 1
    for table in tables:
        if id(table) not in seen_tables:
            _attendance(table, reading, vocabulary)
    minutes = reading.minutes
    _mark_amended(minutes, reading.item_lines, vocabulary)
    minutes.votes = _votes(blocks, reading, resolved, vocabulary)
    records = bool(minutes.present or minutes.apologies or minutes.declarations)
    if reading.titled or (minutes.resolutions and records) or len(minutes.resolutions) >= 2:
        return minutes
    return None


def _titled(lines: list[Line], vocabulary: Vocabulary) -> bool:
    """The document names itself minutes in its first lines ("Minutes of the meeting of the Cabinet held on ...")."""
    titles = [fold(form) for form in vocabulary.minutes.get("title", [])]
    for line in [line for line in lines if line.table is None][:4]:
        if split_number(line.text)[0]:
            continue  # an agenda's numbered item ("3. To approve the minutes of ...") names minutes, it is not them
        text = fold(line.text)
        if re.search(r"\bminutes of the (previous|last)\b", text):
            continue
        if any(text.startswith(title) for title in titles) or (re.search(r"\bminutes\b", text) and len(text.split()) <= 25):
            return True
    return False


def _resolved_pattern(vocabulary: Vocabulary) -> re.Pattern[str]:
    """A line that records a decision: it starts with a decision word ("RESOLVED that", "Agreed:"), or shouts one."""
    forms = sorted({form.split()[0] for form in vocabulary.minutes.get("resolved", [])}, key=len, reverse=True)
    starts = "|".join(re.escape(form) for form in forms)
    shouted = "|".join(re.escape(form) for form in forms if form.isupper())
    return re.compile(
        rf"^(?:It was\s+)?(?:{starts})(?=\s*[:–—-]|\s+(?:that|to|unanimously)\b|\s*\(|\s*$)|\b(?:{shouted})\b(?=\s*[:–—-]|\s+(?:that|to)\b)"
    )


def _bare_resolution(line: Line, vocabulary: Vocabulary) -> bool:
    """A heading that is only a decision word ('Decision', 'Resolved:'), with the decision on the lines after it."""
    return line.kind == "heading" and _lookup(vocabulary.minutes.get("resolved", []), line.text)


def _lookup(forms: list[str], text: str) -> bool:
    return label_key(text) in {label_key(form) for form in forms}


def _resolution(lines: list[Line], index: int, reading: _Reading, resolved: re.Pattern[str], vocabulary: Vocabulary) -> int:
    """Read one decision and the lines that go on with it (its numbered parts); the index after it."""
    first = lines[index]
    marker = resolved.search(first.text)
    # A decision word inside a paragraph ("... presented the report. RESOLVED that ...") starts the decision there.
    parts = [first.text[marker.start():] if marker and marker.start() > 0 and first.text[marker.start() - 1] == " " else first.text]
    end = index + 1
    while end < len(lines) and sum(map(len, parts)) < MAX_TEXT:
        line = lines[end]
        if line.table is not None or line.kind == "heading" or resolved.search(line.text) or _is_item(line, vocabulary):
            break
        marker, _ = split_number(line.text)
        expecting = (
            parts[-1].rstrip().endswith((":", ";", " and", ",", "–", "-"))
            or len(parts) == 1
            and label_key(first.text) in {label_key(form) for form in vocabulary.minutes.get("resolved", [])}
        )
        if not (line.block == lines[end - 1].block or line.kind == "item" or is_sub_number(marker) or marker or expecting):
            break
        parts.append(line.text)
        end += 1
    text = " ".join(" ".join(parts).split())[:MAX_TEXT]
    reading.minutes.resolutions.append(Resolution(reading.item, text, first.page))
    reading.item_lines.setdefault(reading.item, []).extend(parts)
    reading.record = None
    return end


def _line(line: Line, index: int, reading: _Reading, vocabulary: Vocabulary) -> None:
    """A line that is not a decision: an item heading, a record's label, or a line of the record being read."""
    record, label, value = _record_start(line, vocabulary)
    if record:
        reading.record, reading.record_label = record, label
        if _is_item(line, vocabulary):
            reading.item = line.text
        if value:
            _add(reading, record, label, value, line, vocabulary)
        return
    if _is_item(line, vocabulary) or line.kind == "heading":
        if not (index < 3 and reading.titled and reading.item is None and line.kind == "heading" and not split_number(line.text)[0]):
            reading.item = line.text  # the document's own title heading is not an item
        reading.record = None
        return
    if line.term:  # a definition list's term that is no record ('Substitutes' with no <dd>) ends the record above it
        reading.record = None
        return
    if reading.record and _ends_record(line, reading):
        reading.record = None
    if reading.record:
        sub = re.match(r"^(?P<label>[A-Z][^:]{0,40}):\s*(?P<value>\S.*)$", line.text)
        if sub:
            _add(reading, reading.record, sub.group("label"), sub.group("value"), line, vocabulary)
        else:
            _add(reading, reading.record, reading.record_label, line.text, line, vocabulary)


_WORDS_PER_NAME = 6  # an attendance list names someone (a comma) at least this often


def _ends_record(line: Line, reading: _Reading) -> bool:
    """Narrative after a record ("The Chair welcomed ...") is not one: attendance lists are not long sentences,
    and apologies or declarations take a few lines at most."""
    taken = reading.minutes.present if reading.record == "present" else getattr(reading.minutes, reading.record or "", [])
    since = sum(1 for record in taken if record.label == reading.record_label)
    if reading.record == "present":
        words = len(line.text.split())
        # A sentence of prose ends the list; a list of names run into one sentence has a comma every few words.
        return line.text.rstrip().endswith(".") and words > 12 and line.text.count(",") < words / _WORDS_PER_NAME or since >= 8
    return since >= 3


def _record_start(line: Line, vocabulary: Vocabulary) -> tuple[str | None, str, str]:
    """The record a line starts ('Present:', '2. Apologies for absence', 'Apologies were received from ...')."""
    if line.kind == "item":
        return None, "", ""
    marker, rest = split_number(line.text)
    if is_sub_number(marker):
        return None, "", ""
    reference = _ITEM_REF.match(rest)
    if reference and not marker:  # "CAB 41/24 DECLARATIONS OF INTEREST": the item's reference, then the record's heading
        marker, rest = reference.group(0).strip(), rest[reference.end():]
    match = re.match(r"^(?P<label>[^:]{1,60}):\s*(?P<value>.*)$", rest)
    if match and vocabulary.minutes_marker(match.group("label")) in (*_RECORDS, "officers"):
        return _record_name(vocabulary.minutes_marker(match.group("label"))), match.group("label").strip(), match.group("value").strip()
    words = label_key(rest).split()
    for record in (*_RECORDS, "officers"):
        for form in vocabulary.minutes.get(record, []):
            key = label_key(form).split()
            if key and words[: len(key)] == key:
                heading = line.kind == "heading" or bool(marker) or len(words) <= len(key) + 3 and not rest.rstrip().endswith(".")
                return _record_name(record), (rest if heading else form).rstrip(": "), "" if heading else rest
    return None, "", ""


def _record_name(record: str | None) -> str | None:
    return "present" if record == "officers" else record


def _is_item(line: Line, vocabulary: Vocabulary) -> bool:
    """A numbered agenda item's heading ("7. Leisure Centre Refurbishment", "Item 7: ...", "CAB 45/23 ...")."""
    if line.kind in ("item", "table"):
        return False
    marker, rest = split_number(line.text)
    if _ITEM_REF.match(line.text):
        return True
    if not marker or is_sub_number(marker) or not rest[:1].isupper():
        return line.kind == "heading" and bool(marker) and not is_sub_number(marker)
    return len(rest.split()) <= 14 and not rest.rstrip().endswith((".", ";", ",", ":"))


def _add(reading: _Reading, record: str, label: str, value: str, line: Line, vocabulary: Vocabulary) -> None:
    """One record line as a Field: present lines are members or officers by their label."""
    minutes = reading.minutes
    reading.record_blocks.add(line.block)
    previous = reading.last
    if record != "present" and previous and previous[0] == line.block and previous[1].name == record and line.text != value:
        # A record wrapped onto the next line of its paragraph (plain-text minutes) goes on with it: one declaration, one record.
        previous[1].value = f"{previous[1].value} {line.text}"
        previous[1].quote = f"{previous[1].quote} {line.text}"
        return
    if record == "present":
        officers = {label_key(form) for form in vocabulary.minutes.get("officers", [])}
        name = "officers" if label_key(label) in officers or "officer" in fold(label) else "members"
        minutes.present.append(Field(name, label, value, line.page, line.text))
    elif record == "apologies":
        minutes.apologies.append(Field("apologies", label, value, line.page, line.text))
        reading.last = (line.block, minutes.apologies[-1])
    elif record == "declarations":
        minutes.declarations.append(Field("declarations", label, value, line.page, line.text))
        reading.last = (line.block, minutes.declarations[-1])


def _attendance(table: Table, reading: _Reading, vocabulary: Vocabulary) -> None:
    """An attendance table (name | role | Present/Apologies): each row a present or apologies record."""
    rows = table.rows
    pages = table.row_pages or [table.page] * len(rows)
    for column in range(max((len(row) for row in rows), default=0)):
        kinds = [_record_name(vocabulary.minutes_marker(row[column])) if column < len(row) else None for row in rows]
        if sum(1 for kind in kinds if kind in ("present", "apologies")) * 2 < len(rows) or not rows:
            continue
        for row, kind, page in zip(rows, kinds, pages):
            who = " ".join(row[0].split()) if column != 0 else ""
            if kind in ("present", "apologies") and who:
                value = ", ".join(" ".join(cell.split()) for i, cell in enumerate(row) if i != column and cell.strip())
                record = Field(
                    "members" if kind == "present" else "apologies",
                    table.header[column] if column < len(table.header) else kind,
                    value,
                    page,
                    who,
                )
                (reading.minutes.present if kind == "present" else reading.minutes.apologies).append(record)
        return


def _mark_amended(minutes: Minutes, item_lines: dict[str | None, list[str]], vocabulary: Vocabulary) -> None:
    """Decisions of an item whose record mentions an amendment (moved, seconded, carried 'as amended')."""
    words = [fold(form) for form in vocabulary.minutes.get("amendment", [])]
    for resolution in minutes.resolutions:
        text = fold(" ".join(item_lines.get(resolution.item, [])) + " " + resolution.text)
        resolution.amended = any(re.search(rf"\b{re.escape(word)}\b", text) for word in words)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


def _votes(blocks: list[Block], reading: _Reading, resolved: re.Pattern[str], vocabulary: Vocabulary) -> list[Vote]:
    """The sentences of each item that record a motion or amendment: moved, seconded, carried or lost, and the count."""
    words = [fold(form) for form in vocabulary.minutes.get("votes", [])]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + r")\b") if words else None
    votes: list[Vote] = []
    for index, item in reading.item_blocks.items():
        if pattern is None or index in reading.record_blocks or index >= len(blocks) or blocks[index].kind == "table":
            continue
        found = [Vote(item, sentence, blocks[index].page) for sentence in _SENTENCE_END.split(collapse(blocks[index].text))
                 if len(sentence) >= 12 and pattern.search(fold(sentence)) and not resolved.search(sentence)]
        votes += found
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if found and found[-1].text.endswith(":") and after is not None and after.kind == "table" and after.table is not None:
            # 'A recorded vote was taken:' over a table of how each member voted: its rows are the vote.
            table = after.table
            votes += [Vote(item, table.row_quote(row), table.row_page(row))
                      for row in range(len(table.rows))]
    return votes
