"""A plan's tree: everything under a node ('what will the council do under objective 2.1'), where an item sits
(its ancestors, with the labels the document uses), how many nodes of a level there are, and a level's list.

The node a question names is found across levels and labels by the matcher (words and meaning) and by outline
numbers ('Objective 2.1'); a heading with a table under it gives the table's rows as its items.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from index.answer import Draft, escape
from index.answerers.base import Ask, Cited, Document, counted, heading, labelled, named_document
from index.intents import (
    ACTION_NAMES,
    ACTION_WORDS,
    DOCUMENT_WORDS,
    DONE_ASKED,
    FIELD_CUES,
    SUMMARY,
    TREE_CUES,
    TREE_WORDS,
    WANTS_DATE,
    cues,
    document_terms,
    frame_terms,
    level_words,
    numbers,
    subject,
)
from index.retrieval import terms
from ingest.model import Node
from ingest.vocabulary import fold

NODE_MIN = 0.45  # the matcher's score a node needs to count as named
CLEAR_SLACK = 0.1  # a place this far below NODE_MIN is still named when it is a clear winner ...
CLEAR_LEAD = 2.0  # ... scoring this many times the next place
LABEL_NAMED = 0.1  # added to the score of a node whose level the question names ('the economy outcome')
COVER_MIN = 0.5  # ... and the share of the question's naming words it must hold (the model alone can drift)
_LEADING_NUMBER = re.compile(r"^\W*(?:[A-Za-z][A-Za-z ]{0,24}?\s)?\(?(\d{1,2}(?:\.\d{1,2}){0,3}[a-zA-Z]?|[A-Z])\)?(?=[\s.:)–-]|$)")


@dataclass
class Place:
    """A node (or a row of the table under it) with its document and ancestors from the root down."""

    document: Document = field(repr=False)
    ancestors: list[Node]
    node: Node
    row: int | None = None

    def text(self) -> str:
        """What the place says: the node's text, or the row's."""
        return self.document.model.tables[self.node.table].row_text(self.row) if self.row is not None else self.node.text


DATE_LABEL_WORDS = frozenset({"date", "when", "deadline", "due", "timescale", "timescales"})  # an item label that gives a date
ROW_CELLS = ("owner", "due", "baseline", "forecast")  # column meanings a 'where does it sit' question may also ask of its row
MAX_LISTED = 40  # more nodes of one level than this are counted, not listed, unless the question names a node above them


class TreeAnswerer:
    """Answers that follow a document's tree of headings and items."""

    name = "tree"

    def wants(self, ask: Ask) -> float:
        """High for 'what is under', 'where does X sit', 'how many <level>'; low when the question merely names a level."""
        if not any(d.model.tree for d in ask.documents):
            return 0.0
        found = _where_level(cues(TREE_CUES, ask.question), ask)
        levels = _levels_asked(ask)
        if found & {"where", "under"}:
            return 0.9
        if SUMMARY.search(ask.question):
            return 0.0  # 'the headlines of the report' asks its key statements, not a heading saying 'Headline indicators'
        if DONE_ASKED.search(ask.question):
            return 0.0  # when something was done: a plan says what will be done and by when, never when it was
        if _asks_cells(ask):
            return 0.6  # 'who leads the work on X', 'when will X be done': an item read from a table row keeps its lead and date
        if "who" in cues(FIELD_CUES, ask.question):
            return 0.0  # a person is asked for: a tree holds what is done, not who does it
        if "count" in found and levels:
            return 0.85
        if "levels" in found:
            return 0.7
        return 0.4 if levels else 0.0

    def answer(self, ask: Ask) -> Draft | None:
        """The cited part of a tree the question asks for, or None when it names no node or level of any tree."""
        plans = [d for d in ask.documents if d.model.tree]
        named = named_document(ask.question, plans) or (plans[0] if len(plans) == 1 else None)
        scopes = [[named], plans] if named and len(plans) > 1 else [[named] if named else plans]
        found = _where_level(cues(TREE_CUES, ask.question), ask)
        levels = _levels_asked(ask)
        for scope in scopes:
            drafted = self._answer(ask, scope, found, levels)
            if drafted:
                return drafted
        return None

    def _answer(self, ask: Ask, scope: list[Document], found: set[str], levels: list[str]) -> Draft | None:
        if _asks_cells(ask) and not found & {"where", "under"}:
            placed = self._where(ask, scope, levels, attributed=True)
            if placed:
                return placed
        if "where" in found:
            placed = self._where(ask, scope, levels)
            if placed:
                return placed
        place = self._named(ask, scope, ask.question, parents=True) or (self._named(ask, scope, ask.context, parents=True) if ask.context else None)
        if place is not None:
            if not found and levels and all(set(terms(level)) & set(terms(place.node.label or "")) for level in levels):
                return None  # 'what does the BRT scheme consist of' names a node by its own level and asks nothing beneath it
            return self._under(place, levels, ask)
        if "count" in found or "levels" in found:  # "what are the priorities", "how many actions": a list of one level
            return self._levels(ask, scope, levels, count="count" in found)
        return None

    def _named(self, ask: Ask, scope: list[Document], question: str, parents: bool) -> Place | None:
        """The node (with children, when `parents`) the question names by its words, meaning or outline number."""
        places = [Place(d, above, node) for d in scope for above, node in d.nodes() if not parents or node.children or node.table is not None]
        # level words are no part of a node's name, but doing-words may be ('the shared services work')
        return _best(ask, places, question, scope, [level for level in _levels_asked(ask) if level not in ACTION_NAMES.split()])

    def _where(self, ask: Ask, scope: list[Document], levels: list[str], attributed: bool = False) -> Draft | None:
        """The ancestors of the item or row the question names, nearest first, each with its document's label; only
        items with their row's other cells (lead, date) when `attributed`."""
        places = []
        # 'Under which Ambition and Aim is X': the documents whose levels carry those labels, when any does
        labelled_so = [d for d in scope if levels and _labels_matching(d, [level for level in levels if level not in ACTION_NAMES.split()], ask)]
        for d in labelled_so or scope:
            for above, node in d.nodes():
                if attributed:
                    if above and node.attributes:
                        places.append(Place(d, above, node))
                    continue
                if above:
                    places.append(Place(d, above, node))
                if node.table is not None and node.table < len(d.model.tables):
                    places += [Place(d, [*above, node], node, row) for row in range(len(d.model.tables[node.table].rows))]
        # 'Who leads X and by when': words naming a row's columns ask for its cells, they do not name the row.
        cells = " ".join([*(form for meaning in ROW_CELLS for form in ask.vocabulary.columns.get(meaning, [])), *(h for d in scope for h in d.attributes)])
        places = [place for place in places if ask.vocabulary.field_name(place.text()) is None]  # a front-sheet label is no plan item
        place = _best(ask, places, ask.question, scope, levels, cells)
        if place is None or not place.ancestors:
            return None
        place = _as_row(place)
        cited = Cited()
        document = place.document
        if place.row is None:
            marker = cite_node(cited, document, place.node)
        else:
            table = document.model.tables[place.node.table]
            marker = cited.cite(document, table.row_page(place.row), table.row_quote(place.row), table.heading)
        text = with_attributes(place.node) if place.row is None else place.text()
        cited.add(f"{heading(document)}: {escape(text)} {marker} sits under")
        for node in reversed(place.ancestors):
            cited.add(f"- {escape(labelled(node))} {cite_node(cited, document, node)}")
        return cited.draft()

    def _under(self, place: Place, levels: list[str], ask: Ask) -> Draft | None:
        """Every descendant of a node (only the asked level's, when a level is asked), grouped as the document nests them."""
        document, node = place.document, place.node
        wanted = _labels_matching(document, levels, ask, under=node)
        if wanted is not None and len(levels) > 1 and {child.label for _, child in node.walk() if child is not node} <= wanted:
            wanted = None  # every level under it is asked ('the priorities and actions under X'): all of it, as it nests
        cited = Cited()
        lines: list[str] = []
        tally: Counter[tuple[int, str | None]] = Counter()

        listed: set[str] = set()  # first cells of the rows given: an item read from the same row is not given twice

        def rows(holder: Node, indent: str) -> None:
            if holder.table is None or holder.table >= len(document.model.tables):
                return
            table = document.model.tables[holder.table]
            if wanted is not None and fold(table.heading or "") not in {fold(label) for label in wanted if label}:
                return  # 'what will we do under X' does not want the measures table beside its list
            for index in range(len(table.rows)):
                listed.add(fold(table.rows[index][0]) if table.rows[index] else "")
                tally[(99, "rows")] += 1
                lines.append(f"{indent}- {escape(table.row_text(index))} {cited.cite(document, table.row_page(index), table.row_quote(index), table.heading)}")

        head = cite_node(cited, document, node)
        siblings = {id(child): parent.children for _, parent in node.walk() for child in parent.children}
        rows(node, "")
        for depth, child in node.walk():
            if child is node or (not child.children and fold(child.text) in listed):
                continue
            if wanted is not None:
                if child.label in wanted:
                    tally[(depth, child.label)] += 1
                    lines.append(f"- {escape(_as_record(child, siblings[id(child)]))} {cite_node(cited, document, child)}")
                continue
            tally[(depth, child.label)] += 1
            indent = "  " * (depth - 1)
            text = f"*{escape(labelled(child))}*" if child.children or child.table is not None else escape(_as_record(child, siblings[id(child)]))
            lines.append(f"{indent}- {text} {cite_node(cited, document, child)}")
            rows(child, indent + "  ")
        if not tally:
            return None
        if len(tally) >= 2 and set(tally.values()) == {1} and all(label not in (None, "rows") for _, label in tally):
            cited.add(f"{escape(labelled(node))} {head}, in {heading(document)}:")  # a record: one line of each label
        else:
            summary = " and ".join(counted(n, "row" if label == "rows" else label) for (_, label), n in sorted(tally.items(), key=lambda item: -item[0][0]))
            cited.add(f"{summary} under {escape(labelled(node))} {head}, in {heading(document)}:")
        cited.add()
        cited.lines += lines
        return cited.draft()

    def _levels(self, ask: Ask, scope: list[Document], levels: list[str], count: bool) -> Draft | None:
        """The nodes of the asked level in each document (its leaves for 'actions' a document names otherwise), counted first."""
        cited = Cited()
        for document in scope:
            wanted = _labels_matching(document, levels, ask)
            if wanted is None:
                continue
            nodes = [node for _, node in document.nodes() if node.label in wanted]
            if not nodes or (len(nodes) > MAX_LISTED and not count):
                continue  # a level of a hundred items is not what "what are the priorities" asks; a count of them is
            label = Counter(node.label for node in nodes).most_common(1)[0][0]
            cited.add(f"{counted(len(nodes), label)} in {heading(document)}:")
            cited.add()
            for node in nodes:
                cited.add(f"- {escape(with_attributes(node))} {cite_node(cited, document, node)}")
            cited.add()
        return cited.draft()


def cite_node(cited: Cited, document: Document, node: Node) -> str:
    """The marker of a node's quote: for a plan set out as a table, the row it was read from as printed (a group label
    ('Safer roads') by the row it heads), else its own text."""
    tables = document.model.tables
    if node.row_of is not None and node.row is not None and node.row_of < len(tables) and node.row < len(tables[node.row_of].rows):
        table = tables[node.row_of]
        return cited.cite(document, table.row_page(node.row), table.row_quote(node.row), table.heading)
    return cited.cite(document, node.page, node.text, node.label)


def with_attributes(node: Node) -> str:
    """A node's text with its row's other cells ('Lead: Director of Place; When: 2026'), when it was read from a table."""
    if not node.attributes:
        return node.text
    return f"{node.text} ({'; '.join(f'{name}: {value}' for name, value in node.attributes.items())})"


def _as_record(node: Node, siblings: list[Node]) -> str:
    """An item with its label when the items beside it each carry a label of their own (a forward plan entry's 'Decision
    maker: The Mayor', 'Lead officer: ...'), else as a list item; a table row's other cells follow it."""
    labels = [sibling.label for sibling in siblings if not sibling.children]
    record = bool(node.label) and len(labels) >= 2 and len(set(labels)) == len(labels)
    return f"{node.label}: {with_attributes(node)}" if record else with_attributes(node)


def _best(ask: Ask, places: list[Place], question: str, scope: list[Document], levels: list[str] | None = None, extra: str = "") -> Place | None:
    """The place the question names best, when it is named clearly enough; `extra` words name no place."""
    if not places or not question:
        return None
    drop = set().union(*(ask.title_terms(d) for d in scope)) if len(scope) == 1 else set()
    naming = subject(question, TREE_WORDS, DOCUMENT_WORDS, " ".join(ask.vocabulary.level_names), " ".join(levels or []), extra)
    naming = " ".join(w for w in naming.split() if not (set(terms(w)) and set(terms(w)) <= drop))
    asked_numbers = set(numbers(question, ask.vocabulary))
    spoken = fold(question)
    plan_levels = {fold(name) for name in ask.vocabulary.level_names}
    texts = [place.text() for place in places]
    named_by: dict[int, str] = {}

    def own_naming(document: Document) -> str:
        """The naming words without the council and title words of the place's own document ('Riverside' names no goal)."""
        if id(document) not in named_by:
            own = ask.title_terms(document)
            named_by[id(document)] = " ".join(w for w in naming.split() if not (set(terms(w)) and set(terms(w)) <= own))
        return named_by[id(document)]

    scores = [0.0] * len(texts)
    for document in {id(place.document): place.document for place in places}.values():
        at = [i for i, place in enumerate(places) if place.document is document]
        words = own_naming(document)
        for i, score in zip(at, ask.matcher.scores(words, [texts[i] for i in at]) if words.strip() else [0.0] * len(at)):
            scores[i] = score

    level_numbered = bool(asked_numbers) and _level_numbered(question, ask, {place.node.label for place in places if place.node.label})
    best, best_score = None, 0.0
    for place, text, score in zip(places, texts, scores):
        number = _LEADING_NUMBER.match(text)
        numbered = bool(number and asked_numbers and number.group(1).lower() in asked_numbers)
        if numbered:
            label_named = bool(place.node.label and fold(place.node.label) in spoken) or place.row is not None
            if not label_named and level_numbered:
                continue  # 'Ambition 3' is not section '3. Budget': the number is the level's the question names
            score += 1.0 if label_named or len(asked_numbers) == 1 else 0.5
        else:
            if place.node.label and fold(place.node.label) in spoken and fold(place.node.label) in plan_levels:
                score += LABEL_NAMED  # 'the economy outcome': a node of the plan level the question names
            if score < NODE_MIN or ask.matcher.covered(own_naming(place.document), text) < COVER_MIN:
                continue
        if score > best_score:
            best, best_score = place, score
    if best is None and scores:
        # A clear winner named a little less plainly ('electrifying the fleet' for 'fleet with electric vehicles'):
        # well ahead of every other place, holding half the naming words.
        ranked = sorted(range(len(places)), key=lambda i: -scores[i])
        top, runner = ranked[0], (scores[ranked[1]] if len(ranked) > 1 else 0.0)
        if scores[top] >= NODE_MIN - CLEAR_SLACK and scores[top] >= CLEAR_LEAD * runner and \
                ask.matcher.covered(own_naming(places[top].document), texts[top]) >= COVER_MIN:
            best = places[top]
    return best


def _level_numbered(question: str, ask: Ask, labels: set[str]) -> bool:
    """Whether the question numbers a level by name ('Ambition 3', 'objective 2.1'): a plan level or a label of the places."""
    names = {fold(name) for name in ask.vocabulary.level_names} | {fold(label) for label in labels}
    return any(re.search(rf"\b{re.escape(name)}s?\s+\(?\d", fold(question)) for name in names if name)


def _labels_matching(document: Document, levels: list[str], ask: Ask, under: Node | None = None) -> set[str | None] | None:
    """The document's labels the asked level words stand for; its leaf labels for doing-words ('actions'); None when not asked."""
    if not levels:
        return None
    nodes = [node for _, node in under.walk() if node is not under] if under else [node for _, node in document.nodes()]
    labels = {node.label for node in nodes if node.label}  # under a node, its own level ('the theme X') is not what is asked
    matched: set[str | None] = set()
    for word in levels:
        said = set(terms(word)) - frame_terms()  # 'how we will measure it' is not 'what we will do'
        named = {label for label in labels if said & set(terms(label)) or fold(word) == fold(label)}
        # 'actions' of a plan whose doing-level says 'What we will do'; a meeting's record has items, not a doing-level
        if not named and set(terms(word)) & ACTION_WORDS and document.doc.get("doc_type") != "minutes":
            named = {node.label for node in nodes if not node.children}
            doing = {label for label in named if label and set(fold(label).split()) & set(ACTION_NAMES.split())}
            named = doing or named  # of 'What we will do' and 'How we will measure it', the doing
        matched |= named
    return matched or None


def _levels_asked(ask: Ask) -> list[str]:
    """The plan-level words a question uses: the vocabulary's, the column headers a plan set out as a table gives
    its levels ('strands' of a plan whose table heads a column 'Strand'), and the labels its lists' items carry ('how
    will it be measured' of a plan whose lists are headed 'How we will measure it')."""
    found = level_words(ask.question, ask.vocabulary)
    asked = set(terms(ask.question))
    said = " ".join(found)
    labels = set().union(*(d.headed_levels | d.list_labels for d in ask.documents))
    for label in sorted(labels, key=len, reverse=True):
        words = set(terms(label)) - frame_terms() - document_terms()  # 'Report of' names no list: every question says 'report'
        dated = bool(WANTS_DATE.search(ask.question)) and bool(set(fold(label).split()) & DATE_LABEL_WORDS)
        if words and (words <= asked or dated) and not words <= set(terms(said)):
            found.append(fold(label))  # 'when will the Mayor decide' asks the item labelled 'Date of decision'
            said += f" {label}"
    return found


def _asks_cells(ask: Ask) -> bool:
    """Whether a question asks who or when of an item whose row gave it a lead and a date: some document has such items,
    and the question asks 'who' or 'when', or names one of their headers ('the lead for X')."""
    headers = {name for d in ask.documents for name in d.attributes}
    if not headers:
        return False
    asked = set(terms(ask.question))
    return "who" in cues(FIELD_CUES, ask.question) or bool(WANTS_DATE.search(ask.question)) or any(set(terms(h)) and set(terms(h)) <= asked for h in headers)


def _where_level(found: set[str], ask: Ask) -> set[str]:
    """'Which priority is it under' is a where question when 'priority' is a plan level; 'which lead member is it under' is not."""
    match = TREE_CUES["where_level"].search(ask.question)
    if match and level_words(match.group("level"), ask.vocabulary):
        return found | {"where"}
    return found - {"where_level"}


def _as_row(place: Place) -> Place:
    """An item that is also the first cell of a row of the table under its parent, as that row (its cells say who and when)."""
    parent = place.ancestors[-1]
    tables = place.document.model.tables
    if place.row is not None or parent.table is None or parent.table >= len(tables):
        return place
    for index, row in enumerate(tables[parent.table].rows):
        if row and fold(row[0]) == fold(place.node.text):
            return Place(place.document, place.ancestors, parent, index)
    return place

