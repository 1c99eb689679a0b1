"""One document read into its model: blocks -> tree, tables, fields, minutes, title, date, type and council.

The readers per format give blocks (ingest/layout.py); until a format has a layout reader, each line of a
page is a paragraph block, so every reader here still sees verbatim spans with their pages.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ingest.chunking import collapse
from ingest.documents import ParsedDocument
from ingest.fields import letterhead, read_fields
from ingest.highlight import record_tables
from ingest.minutes import read_minutes
from ingest.model import Block, DocumentModel, Table
from ingest.titles import document_date, document_title, document_type, is_template, is_title
from ingest.tree import build_tree
from ingest.tree import tables as table_list
from ingest.vocabulary import council_place, fold, load_vocabulary


def line_blocks(document: ParsedDocument) -> list[Block]:
    """Each non-empty line of each page as a paragraph block (for documents no layout reader has read)."""
    return [Block("paragraph", " ".join(line.split()), page.number) for page in document.pages for line in page.text.splitlines() if line.strip()]


def read_model(document: ParsedDocument) -> DocumentModel:
    """What the document is and how it is organised, from its layout blocks (or its lines, when it has none)."""
    vocabulary = load_vocabulary()
    blocks = document.blocks or line_blocks(document)
    tables: list[Table] = table_list(blocks)
    key = status_key(blocks)
    _keyed(blocks)
    records = record_tables(blocks)  # after the grids, so the tree's table numbers still point at them
    for table in records:
        table.status_key = dict(key)  # plain-text records stand apart from the blocks: the document's key is theirs
    tables += records
    for table in tables:
        table.row_quotes = row_quotes(document, table)
        table.header_quote = header_quote(document, table)
    tree = build_tree(blocks)
    fields = read_fields(blocks, tables, vocabulary)
    minutes = read_minutes(blocks, tables, vocabulary)
    title, title_page = document_title(blocks, document.title, vocabulary)
    titled = any(field.name == "title" and field.value == title for field in fields)  # the front sheet says 'Title: ...'
    if not titled and _metadata_is_title(document, vocabulary) and fold(document.title) not in fold(title):  # keep the fuller of the two
        title, title_page = document.title, document.pages[0].number
    is_plan = sum(1 for node in tree for _ in node.walk()) >= 6 and any(node.children for node in tree)
    texts = {page.number: collapse(page.text) for page in document.pages}
    for field in fields:
        field.quote = verbatim(field.quote, field.value, texts.get(field.page, ""))
    subject = next((f.value for f in fields if f.name == "programme" and len(f.value) < 120), None)
    if subject and title and fold(subject) not in fold(title):
        title = f"{subject} - {title}"  # "Programme Highlight Report" says what it is, not what it reports on
    return DocumentModel(
        title=title or document.title,
        title_page=title_page,
        date=document_date(blocks, fields) or document.date,
        doc_type=document_type(blocks, fields, minutes, is_plan, vocabulary, document.pages[0].text if document.pages else ""),
        council=council_of(document),
        tree=tree,
        tables=tables,
        fields=fields,
        minutes=minutes,
        status_key=key,
    )


def verbatim(quote: str, value: str, text: str) -> str:
    """The quote when it stands on its page as is; else the longest opening of it (or of the value) that does.

    A field read across a dropped line (an underline, a bullet glyph) is not one span of the page, but its
    opening words are, and a citation must quote the page exactly.
    """
    for candidate in (collapse(quote), collapse(value)):
        if candidate and candidate in text:
            return candidate
    best = ""
    for candidate in (collapse(quote), collapse(value)):
        words = candidate.split(" ")
        low, high = 0, len(words)
        while low < high:  # the longest run of opening words found on the page
            middle = (low + high + 1) // 2
            if " ".join(words[:middle]) in text:
                low = middle
            else:
                high = middle - 1
        opening = " ".join(words[:low])
        best = opening if len(opening) > len(best) else best
    return best if len(best) >= 8 else collapse(quote)


def row_quotes(document: ParsedDocument, table: Table) -> list[str]:
    """Each row's verbatim span on its page: from its first cell to its last, in the page's own spacing and order."""
    texts = {page.number: collapse(page.text) for page in document.pages}
    quotes, ends = [], {}
    for index, row in enumerate(table.rows):
        page = table.row_page(index)
        quote, ends[page] = _span(texts.get(page, ""), row, ends.get(page, 0), with_end=True)
        quotes.append(quote)
    return quotes


def header_quote(document: ParsedDocument, table: Table) -> str:
    """The header row's verbatim span, printed above the first row; records whose labels stand in each one ('> Parks',
    '  Status: Done') print no header row, and the labels' first places are no span of one."""
    text = collapse(next((page.text for page in document.pages if page.number == table.page), ""))
    first = text.find(table.row_quotes[0]) if table.row_quotes and table.row_quotes[0] and table.row_page(0) == table.page else -1
    if first < 0:
        return _span(text, table.header)
    quote, end = _span(text, table.header, max(0, first - _HEADER_REACH), with_end=True)
    return quote if quote and 0 <= first - end <= _HEADER_GAP else ""


def _span(text: str, cells: list[str], after: int = 0, *, with_end: bool = False):
    """The verbatim span of `text` from the first of `cells` to the last, found in order from `after` ('' if not).

    A short first cell ("1") also stands in the prose above the table, so the tightest of its first few places wins.
    """
    # A cell wrapped round its row's other cells ("Footway 95 120 renewals") is found word by word, anywhere in the row.
    pieces = [(piece, not whole) for cell in cells if cell.strip()
              for whole in [collapse(cell) in text] for piece in ([collapse(cell)] if whole else collapse(cell).split(" "))]
    best: tuple[int, int] | None = None
    start = text.find(pieces[0][0], after) if pieces else -1
    for _ in range(_SPAN_TRIES):
        if start < 0:
            break
        end = _row_end(text, pieces, start)
        if end is not None and end - start <= 600 and (best is None or end - start < best[1] - best[0]):
            best = (start, end)
        start = text.find(pieces[0][0], start + 1)
    quote = text[best[0]:best[1]] if best else ""
    return (quote, best[1] if best else after) if with_end else quote


_HEADER_REACH = 400  # a header row is looked for this far above its first row ...
_HEADER_GAP = 40  # ... and ends this close to it (a caption or a unit line may stand between)
_SPAN_TRIES = 4  # places of a row's first cell tried


def _row_end(text: str, pieces: list[tuple[str, bool]], start: int) -> int | None:
    """Where a row starting at `start` ends, each cell in order (a loose word anywhere) within 200 characters; None if not."""
    end = cursor = start
    for cell, loose in pieces:
        found = text.find(cell, start if loose else cursor)
        if found < 0 or found - max(cursor, start) > 200:  # a cell far away is not this row's
            return None
        cursor = cursor if loose else found + len(cell)
        end = max(end, found + len(cell))
    return end


def _metadata_is_title(document: ParsedDocument, vocabulary) -> bool:
    """A file's own title (PDF metadata) stands when it is no template's and its words are the document's own."""
    words = [word for word in fold(document.title).split() if len(word) > 2 and not word.isdigit()]
    if not words or not is_title(document.title, vocabulary) or is_template(document.title, vocabulary):
        return False
    text = fold(" ".join(page.text for page in document.pages[:3]))
    return sum(f" {word} " in f" {text} " for word in words) / len(words) >= 0.75


# "Upper Dale Metropolitan Borough Council", "Marsh District Council": capitalised words, a kind of council, Council.
_KINDS = "Metropolitan Borough|County|District|City|Borough|Town|Parish|Unitary"
# Places may be joined by 'and' ("Corby and Wenmoor District Council").
_KINDED = re.compile(rf"\b((?:[A-Z][a-z]+ (?:and )?){{1,3}}(?:{_KINDS}) Council|(?:(?!(?:OF|TO|FROM|FOR|BY|THE) )[A-Z]+ (?:AND )?){{1,3}}(?:{_KINDS.upper()}) COUNCIL)\b")
# "Riverton Council" standing at the start of a line (a letterhead), where a kind word is absent.
_LETTERHEAD = re.compile(r"^((?:[A-Z][a-z]+ ){1,3}Council)\b", re.MULTILINE)
_SMALL = {"of", "and", "upon", "on", "the"}


# A status key's colours ('Key: Blue = complete; Green = on track; Amber = behind schedule'): names of colours, not council wording.
_COLOUR = r"(?:blue|green|amber|red|purple|grey|gray|black|white|yellow|orange|pink)"
_KEY_PAIR = re.compile(rf"(?:^|[;:,]\s*|\bkey\b\W*)(?P<colour>{_COLOUR})\s*(?:=|:|–|—|-)\s*(?P<meaning>[^;=\n]+)", re.I)


def status_key(blocks: list[Block]) -> dict[str, str]:
    """What each colour of the document's status keys means, from the blocks that define two or more ('Blue = complete;
    Amber = behind schedule, recoverable'), so a status column of colours answers 'which are complete'."""
    key: dict[str, str] = {}
    for block in blocks:
        if block.kind != "table":
            for colour, meaning in _key_of(block.text).items():
                key.setdefault(colour, meaning)
    return key


def _key_of(text: str) -> dict[str, str]:
    """The colours a line defines, when it defines two or more."""
    pairs = list(_KEY_PAIR.finditer(text))
    if len(pairs) < 2:
        return {}
    return {pair["colour"].lower(): re.split(r"\.\s|\.$", pair["meaning"].strip())[0].strip(" .") for pair in pairs}


def _keyed(blocks: list[Block]) -> None:
    """Each table's status key: the last one printed above it (a table above every key, a performance table with a
    plain red/amber/green, has none)."""
    key: dict[str, str] = {}
    for block in blocks:
        if block.kind == "table" and block.table is not None:
            block.table.status_key = dict(key)
        elif found := _key_of(block.text):
            key = found


def council_of(document: ParsedDocument) -> str | None:
    """The council a document speaks for: the one council or public body its first lines name (its letterhead), else
    the one it names most, by its full name, else its letterhead's, else the
    public body it names most (a fire or combined authority's own papers), else a line naming it in any case or form
    the vocabulary knows ("RIVERTON COUNCIL", "London Borough of Ashby")."""
    top = [" ".join(line.split()) for line in document.pages[0].text.splitlines() if line.strip()][:3]
    for line in top:  # the letterhead: a combined authority's paper names its constituent councils more often
        if _KINDED.fullmatch(line) or (_authorities().fullmatch(line) and council_place(line)):
            return _proper(line)
    counts = Counter(_proper(name) for page in document.pages for name in _KINDED.findall(page.text))
    if counts:
        return counts.most_common(1)[0][0]
    heads = _LETTERHEAD.findall(document.pages[0].text[:2000])
    if heads:
        return heads[0]
    vocabulary = load_vocabulary()
    named = (_proper(re.sub(r"^(?:(?i:the|this|our|each|every) )+", "", name)) for page in document.pages for name in _authorities().findall(page.text))
    bodies = Counter(name for name in named if council_place(name))  # a place before the kind, not 'The Fire Authority'
    if bodies:
        return bodies.most_common(1)[0][0]
    opening = [" ".join(line.split()) for line in document.pages[0].text[:2000].split("\n")]
    return next((_proper(line) for line in opening if line and letterhead(line, vocabulary)), None)


@lru_cache(maxsize=1)
def _authorities() -> re.Pattern:
    """A public body's name: capitalised words (joined by 'and'), then a kind of body the vocabulary knows, in any case."""
    kinds = "|".join(re.escape(kind) for kind in sorted(load_vocabulary().titles.get("authority", []), key=len, reverse=True))
    return re.compile(rf"\b((?:[A-Z][A-Za-z'’-]+ (?:(?i:and|upon|on) )?){{1,4}}(?i:{kinds}))\b") if kinds else re.compile(r"(?!)")


def _proper(name: str) -> str:
    """A council's name as a title: 'ROYAL BOROUGH OF KELSING' -> 'Royal Borough of Kelsing'; a name in mixed case stands."""
    if not name.isupper():
        return name
    return " ".join(word.lower() if word.lower() in _SMALL and index else word.capitalize() for index, word in enumerate(name.split()))
