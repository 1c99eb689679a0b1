"""The document tree: headings nested by rank, list items under their heading and lead-in, each level with its label.

Written here because no library knows the levels council plans use. A level's LABEL is read from the document
itself, never from a list of one council's words: a word or two before a number, colon or dash that repeats
across headings ("Ambition 1: ...", "Priority 3 - ..."); a short line repeated above each name ("Strategic
Outcome" then the name); a short lead-in repeated above each list ("Key activities", "We will:"); or, for a
line standing once, a level name from ingest/vocabulary.toml. Run `python -m ingest.tree FILE` to see a tree.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ingest.fields import labels_of, letterhead
from ingest.layout import collapse, numbering_depth, split_marker, title_like, word_count
from ingest.model import Block, Node, Table
from ingest.table_tree import item_column, outline_nodes
from ingest.vocabulary import fold, load_vocabulary

# "Ambition 1: name", "Objective 2.1 name", "Theme: name", "Priority 3 - name", "Priority 2A: name", "O1 - name",
# "Well-being Objective 4: name": a label of up to three words (hyphenated ones whole), then a number (a letter may
# follow it) and/or a separator, then the name.
_INLINE_LABEL = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z'’&]*(?:-[A-Za-z]+)*(?:\s+[A-Za-z][A-Za-z'’&]*(?:-[A-Za-z]+)*){0,2}?)"
    r"(?=\s*(?:\d|[IVX]{1,4}[\s:.\-–—]|[:\-–—]|\.\s))\s*"  # the label ends where its number or separator starts
    r"(?P<number>\d{1,2}[A-Za-z]?(?:\.\d{1,2}[a-z]?){0,3}(?![\w/])|[IVX]{1,4}(?=[\s:.\-–—]))?\s*"
    r"(?P<sep>[:\-–—]|\.(?=\s))?\s+(?P<name>\S.*)$"
)
_LABEL_WORDS = 6  # a label standing alone is a short phrase ("Activity to deliver this priority")
_PROSE = 400  # a paragraph this long with several sentences (and no inline bullets) is prose: it ends a list of paragraphs
_LEAD_IN_WORDS = 10  # a lead-in this short ("Over the next two years we will:") labels the list under its heading
_FRONT_SHEET_PAIRS = 3  # label/value pairs in a row, some of them known field labels, make a front sheet (fields, not headings)
_VALUE_BLOCKS = 3  # a front-sheet value runs over at most this many paragraphs (a contact's name, telephone, email)
_VALUE_WORDS = 30  # and each is short: a section's paragraph of prose under a bold heading is no front-sheet value


@dataclass
class _Labels:
    """What the document's repeated short lines and heading prefixes turned out to be."""

    names: dict[str, int] = field(default_factory=dict)  # label key -> order of first appearance (a level above a name)
    lists: set[str] = field(default_factory=set)  # label keys that introduce a list of items
    inline: set[str] = field(default_factory=set)  # prefixes repeated before numbers or separators
    printed: dict[str, str] = field(default_factory=dict)  # label key -> the label as first printed
    owners: dict[str, str] = field(default_factory=dict)  # list label key -> the name label whose nodes hold those lists


def label_key(text: str) -> str:
    """A label's identity: its words folded, numbers and trailing colon aside."""
    return " ".join(word for word in fold(text).split() if not word.isdigit())


def _inline(text: str) -> tuple[str, str] | None:
    match = _INLINE_LABEL.match(text)
    if not match or not (match.group("number") or match.group("sep")):
        return None
    if " " in match.group("label") and not match.group("number"):
        return None  # 'Lead member: Cllr Ann Bell' is a field's line; a level of several words is numbered ('Strategic Outcome 2:')
    return match.group("label"), match.group("name")


def _vocabulary_level(text: str) -> bool:
    """Whether a line names a level the vocabulary lists (singular or plural), alone or leading a phrase; a numbered
    or separated name ("Priority 1: Better playgrounds") is that level's node, not a label standing above one."""
    if _inline(text):
        return False
    words = fold(text).split()
    for name in load_vocabulary().level_names:
        forms = {fold(name), fold(name) + "s", re.sub(r"y$", "ies", fold(name))}
        for form in forms:
            size = len(form.split())
            if " ".join(words[:size]) == form and len(words) <= size + 3:
                return True
    return False


def _standalone(block: Block) -> bool:
    """A short title-like line standing alone; a definition list's term is a field's label, not a level's."""
    return block.kind in {"heading", "paragraph"} and block.style not in ("dt", "dd") and block.marker is None and 0 < word_count(block.text) <= _LABEL_WORDS and title_like(block.text)


def _top_blocks(run: list[Block]) -> int:
    """Blocks in a run that stand at its top level (items under a lead-in or indented further do not count)."""
    top, lead, base = 0, None, None
    for block in run:
        if block.kind == "item" and lead is not None and (block.level > lead.level or _nests(block, lead)):
            continue
        if block.kind == "item" and base is not None and block.level > base:
            continue
        top += 1
        lead = block if block.text.endswith(":") else None
        base = block.level if block.kind == "item" else 0
    return top


def _nests(block: Block, lead: Block) -> bool:
    """An item goes under a lead-in ending ':' when deeper, or at its level but with another kind of marker."""
    if lead.kind != "item":
        return True
    return block.level > lead.level or (block.level == lead.level and _numbered(block) != _numbered(lead))


def _numbered(block: Block) -> bool:
    return bool(block.marker) and block.marker[0].isalnum()


def find_labels(blocks: list[Block]) -> _Labels:
    """Classify the document's repeated short lines: labels above one name, or lead-ins above a list."""
    labels = _Labels()
    counts = Counter(label_key(block.text) for block in blocks if _standalone(block))
    inline_counts = Counter()
    for block in blocks:
        found = _inline(block.text) if block.kind == "heading" or block.kind == "paragraph" else None
        if found:
            inline_counts[(label_key(found[0]), block.kind, block.level)] += 1
    labels.inline = {key for (key, _kind, _level), count in inline_counts.items() if count >= 2 and key}
    stops = [i for i, block in enumerate(blocks) if block.kind == "heading" or (_standalone(block) and counts[label_key(block.text)] >= 2)]
    for position, i in enumerate(stops):
        block = blocks[i]
        key = label_key(block.text)
        if not _standalone(block) or not key or (counts[key] < 2 and not _vocabulary_level(block.text)):
            continue
        end = stops[position + 1] if position + 1 < len(stops) else len(blocks)
        run = blocks[i + 1:end]
        if not run:
            continue
        if block.text.endswith(":") or run[0].kind == "table" or (counts[key] >= 2 and _top_blocks(run) > 1):
            if counts[key] >= 2 or run[0].kind in {"item", "table"}:
                labels.lists.add(key)
        elif _top_blocks(run) == 1 and run[0].kind != "table":
            labels.names.setdefault(key, len(labels.names))
    labels.names = {key: order for key, order in labels.names.items() if key not in labels.lists}
    for block in blocks:
        if _standalone(block):
            labels.printed.setdefault(label_key(block.text), block.text.rstrip(":").strip())
    owners: dict[str, Counter] = {}
    last_name: str | None = None
    for block in blocks:
        key = label_key(block.text) if _standalone(block) else ""
        if key in labels.names:
            last_name = key
        elif key in labels.lists and last_name:
            owners.setdefault(key, Counter())[last_name] += 1
    labels.owners = {key: counter.most_common(1)[0][0] for key, counter in owners.items()}
    return labels


@dataclass
class _Frame:
    rank: float
    node: Node


class _Builder:
    """Walks the blocks once with a stack of open headings and a stack of open list items."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.labels = find_labels(blocks)
        self.roots: list[Node] = []
        self.stack: list[_Frame] = []
        self.name_rank: dict[str, float] = {}
        self.items: list[tuple[Block, Node]] = []
        self.list_label: str | None = None
        self.list_kind: str | None = None  # kind of the first block of the open list: "item" or "paragraph"
        self.pending_name: tuple[str, str] | None = None  # (key, printed label) waiting for its name
        self.table_index = 0
        self.term: str | None = None  # a definition list's term waiting for its value
        self.previous: tuple[Block, Node | None, Node | None] | None = None  # last block, its node, that node's parent

    def remember(self, block: Block, node: Node | None, parent: Node | None) -> None:
        self.previous = (block, node, parent)

    def build(self) -> list[Node]:
        skipped = front_sheet_blocks(self.blocks)
        for index, block in enumerate(self.blocks):
            if index in skipped:
                continue
            self.previous_before = self.previous
            self.previous = None
            self.add(block)
        return self.roots

    def attach(self, node: Node, parent: Node | None) -> None:
        (parent.children if parent else self.roots).append(node)

    def open_heading(self, node: Node, rank: float) -> None:
        while self.stack and self.stack[-1].rank >= rank:
            self.stack.pop()
        self.attach(node, self.stack[-1].node if self.stack else None)
        self.stack.append(_Frame(rank, node))
        self.items, self.list_label, self.list_kind = [], None, None

    def add(self, block: Block) -> None:
        key = label_key(block.text) if _standalone(block) else ""
        if block.kind == "table":
            self.add_table(block)
            return
        if block.style == "dt":  # a definition list's term labels the value below it: one item under the heading above
            self.term = block.text.rstrip(":").strip()
            return
        if block.style == "dd" and self.term:
            self.attach(Node(text=block.text, page=block.page, kind="item", label=self.term), self.stack[-1].node if self.stack else None)
            self.term = None
            return
        if self.pending_name is not None:
            self.add_name(block)
            return
        if key and key in self.labels.names:
            self.pending_name = (key, block.text.rstrip(":").strip())
            return
        if key and key in self.labels.lists:
            self.promote_owner(key)
            self.items, self.list_label, self.list_kind = [], block.text.rstrip(":").strip(), None
            return
        prefixed = self.name_prefix(block)
        if prefixed:
            node = Node(text=block.text, page=block.page, kind="heading", label=self.labels.printed[prefixed])
            self.open_heading(node, self.rank_of(prefixed))
            return
        if block.kind == "heading" and self.list_label and self.list_kind == "paragraph" and word_count(block.text) > 10 \
                and self.node_for(block, "heading").label is None:
            # A sentence set in heading type inside a list is an entry; one led by a level's label ("Goal 2: ...") is not.
            block = Block("paragraph", block.text, block.page)
        if block.kind == "heading" and letterhead(block.text, load_vocabulary()):
            return  # the letterhead's council name heads the page, not a section the document's headings nest under
        if block.kind == "heading":
            node = self.node_for(block, "heading")
            self.open_heading(node, block.level + 0.1 * max(numbering_depth(block.marker) - 1, 0))
            self.remember(block, node, None)
            return
        found = _inline(block.text)
        if block.kind == "paragraph" and found and label_key(found[0]) in self.labels.inline and not self.list_label:
            self.open_heading(self.node_for(block, "heading"), self.rank_of(label_key(found[0])))
            return
        self.add_item(block)

    def name_prefix(self, block: Block) -> str | None:
        """The name label a heading or paragraph begins with ("Strategic Outcome A greener borough"), if any."""
        if block.kind not in {"heading", "paragraph"} or block.marker:
            return None
        words = fold(block.text).split()
        for key in self.labels.names:
            size = len(key.split())
            if words[:size] == key.split() and len(words) > size + 1:
                return key
        return None

    def promote_owner(self, list_key: str) -> None:
        """A title-like line just above a list label, where its level's label is missing, is that level's node."""
        owner = self.labels.owners.get(list_key)
        if not owner or self.previous_before is None:
            return
        block, node, parent = self.previous_before
        context = self.stack[-1].node if self.stack else None
        if block.kind not in {"paragraph", "item"} or block.text.endswith((".", ":", ";", ",")) or word_count(block.text) > 16:
            return
        if node is not None and (node.children or parent is not context):
            return
        if context is not None and context.label == self.labels.printed[owner] and (node is None or node.label != self.list_label):
            return
        if node is not None:
            (parent.children if parent else self.roots).remove(node)
        self.open_heading(Node(text=block.text, page=block.page, kind="heading", label=self.labels.printed[owner]), self.rank_of(owner))

    def rank_of(self, key: str) -> float:
        """A label level ranks just below the heading it first appeared under, in order of first appearance."""
        if key not in self.name_rank:
            base = max((frame.rank for frame in self.stack if frame.node.label is None), default=0.0)
            self.name_rank[key] = int(base) + 0.5 + 0.01 * (self.labels.names.get(key, len(self.name_rank)))
        return self.name_rank[key]

    def add_name(self, block: Block) -> None:
        key, printed = self.pending_name
        self.pending_name = None
        node = Node(text=block.text, page=block.page, kind="heading", label=printed)
        self.open_heading(node, self.rank_of(key))
        self.remember(block, node, None)
        if block.text.endswith(":"):
            self.items = [(block, node)]  # the name's own list ("1. Ensure all our services:") hangs under it

    def node_for(self, block: Block, kind: str) -> Node:
        found = _inline(block.text)
        label = found[0] if found and label_key(found[0]) in self.labels.inline else None
        return Node(text=block.text, page=block.page, kind=kind, label=label)  # type: ignore[arg-type]

    def add_item(self, block: Block) -> None:
        parent = self.stack[-1].node if self.stack else None
        if block.kind == "paragraph" and word_count(block.text) <= 2 and block.text.isupper():
            return  # a lone word in capitals ("DRAFT") is a stamp on the page, not an entry
        if block.kind == "paragraph":
            if self.list_label is not None and self.ends_list(block):
                self.items, self.list_label, self.list_kind = [], None, None
            if self.list_label is None:
                self.add_paragraph(block, parent)
                return
        self.list_kind = self.list_kind or block.kind
        while self.items and not self.nests_under(block, self.items[-1][0]):
            self.items.pop()
        node = Node(text=block.text, page=block.page, kind="item")
        if self.items:
            self.attach(node, self.items[-1][1])
            self.remember(block, node, self.items[-1][1])
        else:
            node.label = self.list_label
            self.attach(node, parent)
            self.remember(block, node, parent)
        self.items.append((block, node))

    def add_paragraph(self, block: Block, parent: Node | None) -> None:
        """Outside a labelled list a paragraph is no node, unless it leads in to a list ("We will:")."""
        if not block.text.endswith(":"):
            self.items = []  # a paragraph closes the bullets above it
            self.remember(block, None, parent)
        elif word_count(block.text) <= _LEAD_IN_WORDS:
            self.items, self.list_label, self.list_kind = [], block.text.rstrip(":").strip(), None
        else:
            node = Node(text=block.text, page=block.page, kind="item")
            self.attach(node, parent)
            self.items = [(block, node)]

    def ends_list(self, block: Block) -> bool:
        """A paragraph ends a list of bullets, and prose ends a list of paragraphs."""
        if self.list_kind == "item":
            return True
        sentences = len(re.findall(r"[.!?](?:\s|$)", block.text))
        return len(block.text) > _PROSE and sentences >= 3 and not re.search(r"\s[•▪■]\s", block.text)

    def nests_under(self, block: Block, above: Block) -> bool:
        if above.text.endswith(":") and (block.kind == "item") and (above.kind != "item" or _nests(block, above)):
            return True
        if above.kind == "item" and block.kind == "item":
            return block.level > above.level
        return False

    def add_table(self, block: Block) -> None:
        index = self.table_index
        self.table_index += 1
        parent = self.stack[-1].node if self.stack else None
        outline = outline_nodes(block.table, index) if block.table is not None else []
        if outline:  # a plan set out as one table: its groups and items are the tree's, under the heading above it
            for node in outline:
                self.attach(node, parent)
            self.items, self.list_label, self.list_kind = [], None, None
            return
        if parent is not None and parent.table is None:
            parent.table = index
        if self.list_label and block.table is not None and parent is not None:
            column = item_column(block.table)
            for row, page in zip(block.table.rows, block.table.row_pages or [block.page] * len(block.table.rows)):
                if column < len(row) and row[column]:
                    self.attach(Node(text=row[column], page=page, kind="item", label=self.list_label), parent)
        self.items, self.list_label, self.list_kind = [], None, None


def front_sheet_blocks(blocks: list[Block]) -> set[int]:
    """The blocks of a front sheet printed as label lines over their values ("Report to" in bold, "Cabinet" below):
    a run of such pairs at one heading rank, with known field labels among them. They are fields, not the tree's
    headings; a section heading over a numbered or bulleted body is never one of them."""
    labels = labels_of(load_vocabulary())
    pairs: list[tuple[int, int, int]] = []  # (label block, end of its value, rank)
    index = 0
    while index < len(blocks):
        block = blocks[index]
        end = index + 1
        while end < len(blocks) and end - index <= _VALUE_BLOCKS and blocks[end].kind == "paragraph" and word_count(blocks[end].text) <= _VALUE_WORDS:
            end += 1
        is_pair = (
            block.kind == "heading"
            and block.marker is None
            and not split_marker(block.text)[0]
            and end > index + 1
            and (end == len(blocks) or blocks[end].kind == "heading")
            and 0 < word_count(block.text) <= _LABEL_WORDS
            and not block.text.endswith((".", ";", ","))
        )
        if is_pair:
            pairs.append((index, end, block.level))
            index = end
        else:
            index += 1
    skipped: set[int] = set()
    run: list[tuple[int, int, int]] = []
    for pair in [*pairs, None]:
        if pair is not None and run and pair[0] == run[-1][1] and pair[2] == run[-1][2]:
            run.append(pair)
            continue
        known = sum(1 for start, _end, _rank in run if labels.name(blocks[start].text))
        if len(run) >= _FRONT_SHEET_PAIRS and known >= 2:
            skipped.update(i for start, end, _rank in run for i in range(start, end))
        run = [pair] if pair is not None else []
    return skipped


def build_tree(blocks: list[Block]) -> list[Node]:
    """The document's headings and list items as a tree, each node with the label its level goes by."""
    tree = _Builder(blocks).build()
    for block in blocks:
        if block.kind == "table" and block.table is not None:
            _labels_from_table(tree, block.table)
    return tree


def _labels_from_table(tree: list[Node], table: Table) -> None:
    """An overview table whose column lists headings' names ("Our ambitions": ...) gives those headings its label."""
    headings = [node for root in tree for _depth, node in root.walk() if node.kind == "heading" and node.label is None]
    for column, header in enumerate(table.header):
        names = {fold(part) for row in table.rows if column < len(row) for part in re.split(r"[;\n]", row[column]) if part.strip()}
        matched = [node for node in headings if fold(node.text) in names]
        if len(matched) >= 2 and header:
            for node in matched:
                node.label = _level_name(header)


def _level_name(header: str) -> str:
    """A column header as a level label: the vocabulary's level name it contains ("Our ambitions" -> Ambition), else as printed."""
    words = fold(header).split()
    for name in load_vocabulary().level_names:
        forms = {fold(name), fold(name) + "s", re.sub(r"y$", "ies", fold(name))}
        if any(" ".join(words[i:i + len(form.split())]) == form for form in forms for i in range(len(words))):
            return name
    return header


def tables(blocks: list[Block]) -> list[Table]:
    """The document's tables in order, each with the nearest heading above it."""
    found: list[Table] = []
    heading: str | None = None
    for block in blocks:
        if block.kind == "heading":
            heading = block.text
        elif block.kind == "table" and block.table is not None:
            block.table.heading = block.table.heading or heading
            found.append(block.table)
    return found


def render(tree: list[Node]) -> str:
    """The tree as indented lines: label, text and page."""
    lines = []
    for root in tree:
        for depth, node in root.walk():
            label = f"[{node.label}] " if node.label else ""
            page = f"  (p{node.page})" if node.page is not None else ""
            table = f"  <table {node.table}>" if node.table is not None else ""
            cells = f"  ({'; '.join(f'{k}: {v}' for k, v in node.attributes.items())})" if node.attributes else ""
            lines.append(f"{'  ' * depth}{'-' if node.kind == 'item' else '#'} {label}{collapse(node.text)[:120]}{cells}{page}{table}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """`python -m ingest.tree FILE`: print the tree a file's layout gives."""
    from ingest.layout import read_blocks
    from ingest.readers import read_document

    for name in argv if argv is not None else sys.argv[1:]:
        blocks = read_blocks(read_document(Path(name)))
        print(f"# {name}")
        print(render(build_tree(blocks)))


if __name__ == "__main__":
    main()
