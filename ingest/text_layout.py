"""Plain-text and markdown layout: headings, paragraphs, bullets with their indentation, pipe and aligned tables.

Written here because plain text has no styles: a heading is a markdown '#', a line underlined with a row of one
adornment character (=, -, ~, *, #, ^; ranked by the order the document first uses each, as reStructuredText reads
them), a short line in capitals, or a short numbered line standing alone ("3. Recommendations"). An underline, or
a rule standing alone, is never a block of its own.
"""

from __future__ import annotations

import re

from ingest.layout import RULE, collapse, numbering_depth, split_marker, underlines, word_count
from ingest.model import Block, Table

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_UNDERLINE = RULE
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_COLUMNS = re.compile(r"\S+(?: \S+)*")  # runs of text separated by two or more spaces
_LABEL_LINE = re.compile(r"^\s{0,3}[A-Z][A-Za-z()/&'’ -]{1,40}:\s+\S")  # "Report author: ...", "DATE OF MEETING: ..."
# "Change: 150", "2025/26 budget: 1,200", "Proposal:" at any indent: a label and its value, which may be empty.
_LABEL_PAIR = re.compile(r"^\s*([A-Za-z0-9][^:]{0,40}):(?:\s+(.*))?$")
_LABEL_WORDS = 5
_SHORT_LINE = 50  # a line this short ends no wrapped sentence: what follows it starts afresh
_BARE_LABEL = re.compile(r"^\s{0,3}[A-Z][A-Za-z()/&'’ -]{1,40}:\s*$")  # "Signed:" left blank on a form
_NUMBERED_HEADING = 40  # rank offset: numbered headings sit below markdown and capitals headings of the same depth


def read_text_blocks(text: str) -> list[Block]:
    """Blocks of a plain-text or markdown page, in order."""
    lines = text.splitlines()
    blocks: list[Block] = []
    indents: list[int] = []
    adornments: dict[str, int] = {}  # underline character -> heading level, in the order the document first uses them
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        consumed = _records(lines, i, blocks) or _heading(lines, i, blocks, adornments) or _table(lines, i, blocks)
        if consumed:
            i += consumed
            continue
        if _UNDERLINE.match(line):  # a rule standing alone between paragraphs separates them; it says nothing
            i += 1
            continue
        marker, rest, bullet = split_marker(line)
        standalone = (i + 1 >= len(lines) or not lines[i + 1].strip()) and (i == 0 or not lines[i - 1].strip())
        if marker and not bullet and standalone and _heading_like(rest, marker):
            blocks.append(Block("heading", collapse(rest), None, level=_NUMBERED_HEADING + numbering_depth(marker), marker=marker))
            i += 1
            continue
        end = _paragraph_end(lines, i, marker is not None)
        body = collapse(" ".join([rest] + lines[i + 1:end]))
        if marker is not None:
            indent = len(line) - len(line.lstrip())
            indents.append(indent)
            blocks.append(Block("item", body, None, level=indent, marker=marker))
        else:
            blocks.append(Block("paragraph", body, None))
        i = end
    _rank(blocks, sorted(set(indents)))
    return blocks


def _heading(lines: list[str], i: int, blocks: list[Block], adornments: dict[str, int]) -> int:
    """Lines taken by a heading starting at line i (0 when none); `adornments` ranks underline characters by first use."""
    line = lines[i]
    atx = _ATX.match(line)
    if atx and atx.group(2):
        blocks.append(Block("heading", collapse(atx.group(2)), None, level=len(atx.group(1)), style="#" * len(atx.group(1))))
        return 1
    if i + 1 < len(lines) and underlines(lines[i + 1], line) and 0 < word_count(line) <= 15 and not _UNDERLINE.match(line):
        marker, _rest, bullet = split_marker(line)
        if not bullet:
            level = adornments.setdefault(lines[i + 1].strip()[0], len(adornments) + 1)
            blocks.append(Block("heading", collapse(line), None, level=level, marker=marker, style="underlined"))
            return 2
    stripped = line.strip()
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    # A capitals line stands alone, or opens a block whose next line is ordinary prose ("FC/12 GRANTS" over its minute).
    opens = (i == 0 or not lines[i - 1].strip()) and any(ch.islower() for ch in following)
    standalone = not following or opens
    letters = [ch for ch in stripped if ch.isalpha()]
    if standalone and len(letters) >= 3 and stripped.upper() == stripped and word_count(stripped) <= 10 and not split_marker(line)[2]:
        # Over prose it runs into, a capitals line is a block of its own but no heading the title could be taken from.
        blocks.append(Block("paragraph" if following else "heading", collapse(stripped), None, level=0 if following else 1, style="capitals"))
        return 1
    return 0


def _heading_like(rest: str, marker: str) -> bool:
    """A numbered line that names a section rather than says something: short, no full stop."""
    words = rest[len(marker):].strip() if rest.startswith(marker) else rest
    return 0 < word_count(words) <= 10 and not words.endswith((".", ":", ";", ",")) and numbering_depth(marker) > 0


def _paragraph_end(lines: list[str], start: int, item: bool) -> int:
    """The line after a paragraph (or list item) that starts at `start`."""
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if not line.strip() or split_marker(line)[0] is not None or _ATX.match(line) or _UNDERLINE.match(line):
            break
        if end + 1 < len(lines) and underlines(lines[end + 1], line):
            break
        if item and len(line) - len(line.lstrip()) <= indent and not line.startswith(" "):
            break  # an item's continuation lines are indented; a flush-left line starts a new paragraph
        if _LABEL_LINE.match(lines[start]) and _LABEL_LINE.match(line):
            break  # a run of "Label: value" lines (a front sheet) is one line per label; a wrapped value stays with its label
        if _labelled(line) and (_labelled(lines[end - 1]) or len(lines[end - 1].strip()) <= _SHORT_LINE):
            break  # a record: a short name line, then its labelled lines one by one ("  2025/26 budget: 1,200")
        if _labelled(lines[end - 1]) and _indent(line) < _indent(lines[end - 1]):
            break  # a line set left of the labelled line before it names the next record; a wrapped value sits under it
        if (_LABEL_LINE.match(lines[start]) and _BARE_LABEL.match(line)) or (_BARE_LABEL.match(lines[end - 1]) and _LABEL_LINE.match(line)):
            break  # a label left blank in that run ("Signed:") is a line of its own: neither the value above nor the label below
        end += 1
    return end


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _label(line: str) -> tuple[str, str] | None:
    """(label, value) of a "Label: value" line whose label is a few words; the value may be empty."""
    found = _LABEL_PAIR.match(line)
    if not found or word_count(found.group(1)) > _LABEL_WORDS:
        return None
    return found.group(1).strip(), (found.group(2) or "").strip()


def _labelled(line: str) -> bool:
    """A "Label: value" line with a value."""
    found = _label(line)
    return bool(found and found[1])


def _records(lines: list[str], i: int, blocks: list[Block]) -> int:
    """Lines taken by records starting at line i (0 when none): each a name line, then its labelled lines indented
    under it ("> SP-01" / "    Proposal: Merge two depots" / "    2026/27: 300"), two records or more with the same
    labels, read as one table (a name column, then a column per label). Records may stand apart by blank lines."""
    rows: list[tuple[str, dict[str, str]]] = []
    labels: list[str] = []
    end = i
    while end < len(lines) and lines[end].strip() and _label(lines[end]) is None:
        indent, values, last = _indent(lines[end]), {}, None
        name = split_marker(lines[end])[1].lstrip(">#").strip()  # "> SP-01", "# PI-01 ...": a plain-text or markdown marker
        j = end + 1
        while j < len(lines) and lines[j].strip() and _indent(lines[j]) > indent:
            pair = _label(lines[j])
            if pair and pair[0] not in values:
                last = pair[0]
                values[last] = collapse(pair[1])
            elif last is not None and _indent(lines[j]) >= _indent(lines[j - 1]):
                values[last] = collapse(f"{values[last]} {lines[j]}")  # a value wrapped onto the next line
            elif last is None and _wraps_name(lines, j):
                name = collapse(f"{name} {lines[j]}")  # the name wrapped onto the next line, above the first label
            else:
                break
            j += 1
        if len(values) < 2 or (labels and set(values) != set(labels)) or not name:
            break
        labels = labels or list(values)
        rows.append((name, values))
        end = j
        following = end
        while following < len(lines) and not lines[following].strip():
            following += 1
        if following > end and (following >= len(lines) or _indent(lines[following]) != indent):
            break  # the blank line ends the run unless another record follows at the same indent
        end = following
    if len(rows) < 2:
        return 0
    table = Table(header=["", *labels], rows=[[name, *(values[label] for label in labels)] for name, values in rows], page=None,
                  row_pages=[None] * len(rows))
    blocks.append(Block("table", collapse(lines[i]), None, table=table))
    return end - i


def _wraps_name(lines: list[str], j: int) -> bool:
    """Whether line j carries on a record's name: set left of the labels that follow it, as a wrapped line is ('> 1.1
    Replace the swings at Mill' / '  Lane' / '    Status: Late'); a line at the labels' indent says something of its own."""
    following = next((line for line in lines[j + 1:] if line.strip()), "")
    return _label(following) is not None and _indent(lines[j]) < _indent(following) and not lines[j - 1].rstrip().endswith((".", ":"))


def _table(lines: list[str], i: int, blocks: list[Block]) -> int:
    """Lines taken by a pipe table or a column-aligned table starting at line i (0 when none)."""
    rows: list[list[str]] = []
    end = i
    if lines[i].count("|") >= 2:
        while end < len(lines) and lines[end].count("|") >= 2:
            if not _PIPE_SEPARATOR.match(lines[end]):
                cells = [collapse(cell) for cell in lines[end].strip().strip("|").split("|")]
                rows.append(cells)
            end += 1
    else:
        starts: list[tuple[int, int]] | None = None
        while end < len(lines) and lines[end].strip():
            if split_marker(lines[end])[2]:
                break
            found = list(_COLUMNS.finditer(lines[end]))
            wrapped = _wrapped_cell(found, starts)
            if wrapped is None and "  " not in lines[end].strip():
                break
            if rows and wrapped is not None:  # a long cell wrapped onto a line of its own, under its column
                rows[-1][wrapped] = f"{rows[-1][wrapped]} {collapse(found[0].group())}"
                end += 1
                continue
            if len(found) < 2:
                break
            spots = [(match.start(), match.end()) for match in found]
            # A column lines up by its left edge, or by its right edge when its figures are set flush right.
            if starts is not None and (len(spots) != len(starts) or any(abs(a[0] - b[0]) > 2 and abs(a[1] - b[1]) > 2 for a, b in zip(spots, starts))):
                break
            starts = starts or spots
            rows.append([collapse(match.group()) for match in found])
            end += 1
        if len(rows) < 3:  # two aligned lines are as likely a wrapped sentence with a double space
            return 0
    if len(rows) < 2 or max(len(row) for row in rows) < 2:
        return 0
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    table = Table(header=rows[0], rows=rows[1:], page=None, row_pages=[None] * (len(rows) - 1))
    blocks.append(Block("table", collapse(lines[i]), None, table=table))
    return end - i


def _wrapped_cell(found: list[re.Match], starts: list[tuple[int, int]] | None) -> int | None:
    """The column a one-run line continues: it starts under a column other than the first (within two spaces)."""
    if starts is None or len(found) != 1:
        return None
    column = next((index for index, (start, _) in enumerate(starts) if abs(found[0].start() - start) <= 2), None)
    return column if column else None


def _rank(blocks: list[Block], indents: list[int]) -> None:
    """Heading ranks made consecutive from 1; item levels from indentation, leftmost first."""
    ranks = sorted({block.level for block in blocks if block.kind == "heading"})
    order = {rank: number for number, rank in enumerate(ranks, start=1)}
    for block in blocks:
        if block.kind == "heading":
            block.level = order[block.level]
        elif block.kind == "item":
            block.level = 1 + indents.index(block.level)
