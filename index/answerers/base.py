"""What every model answerer shares: the asked question with its documents, the document a question names, and cited Markdown."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from index.answer import Draft, escape
from index.answerers.matching import Matcher
from index.intents import ASKS_EARLIER, ASKS_PREVIOUS, SERIES_SHARE, SINGLE_KINDS, document_terms, frame_terms, same_titles
from index.models import Citation, Filters
from index.retrieval import terms
from ingest.model import DocumentModel, Node
from ingest.vocabulary import Vocabulary, council_place, load_vocabulary

_ACRONYM = re.compile(r"\b([A-Z]{3,6})s?\b")  # 'MTFS', 'SEND': a question naming a document by its title's initials
_CAPITALISED = re.compile(r"(?<!^)(?<![.?!] )\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b")
_MONTH_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? ((?:19|20)\d\d)\b", re.I)
_QUOTED = re.compile(r"['‘\"“]([^'’\"”]{3,})['’\"”]")
TIE_MARGIN = 1.5  # of documents their titles name alike, one whose text says the question's other words this much more is meant
_DOCUMENTS: dict[str, Document] = {}  # document id -> its typed model, for the catalogue entry it was read from


@dataclass
class Document:
    """One catalogued document with its typed model."""

    doc_id: str
    doc: dict  # the catalogue's entry: source, title, date, doc_type, council, ...
    model: DocumentModel

    @property
    def title(self) -> str:
        """The catalogue's title, else the model's."""
        return str(self.doc.get("title") or self.model.title)

    @property
    def date(self) -> str | None:
        """The date the document speaks for, if known."""
        return self.doc.get("date") or self.model.date

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word (stemmed) the model read from the document: title, fields, tree, tables, minutes."""
        return frozenset(self.counts)

    @cached_property
    def counts(self) -> Counter:
        """How often the model's text says each word (stemmed)."""
        return Counter(terms(self.text))

    @cached_property
    def text(self) -> str:
        """Every string the model read from the document, run together."""

        def strings(value):
            if isinstance(value, str):
                yield value
            elif isinstance(value, dict):
                for item in value.values():
                    yield from strings(item)
            elif isinstance(value, list | tuple):
                for item in value:
                    yield from strings(item)

        return " ".join(strings(self.doc.get("model") or {}))

    @cached_property
    def named_as(self) -> str:
        """The title, with what its acronyms stand for where the document spells them out ('PROW Improvement Plan public
        rights of way'): the words that name the document."""
        spelled = " ".join(_defined(self.text, acronym) for acronym in _ACRONYM.findall(self.title))
        return f"{self.title} {spelled}".strip()

    @cached_property
    def title_words(self) -> frozenset[str]:
        """The words (stemmed) that name the document: its title's, and those its acronyms stand for."""
        return frozenset(terms(self.named_as))

    @cached_property
    def headed_levels(self) -> frozenset[str]:
        """The level labels of a plan set out as a table, as its column headers print them ('Strand', 'Focus area')."""
        return frozenset(node.label for _, node in self.nodes() if node.label and node.row_of is not None)

    @cached_property
    def list_labels(self) -> frozenset[str]:
        """The labels the tree's items carry ('How we will measure it', 'Lead officer'), none holding a figure ('Year 3')."""
        return frozenset(node.label for _, node in self.nodes() if node.label and not node.children and not re.search(r"\d", node.label))

    @cached_property
    def attributes(self) -> frozenset[str]:
        """The headers of the cells the tree's items keep from the table rows they were read from ('Lead', 'When')."""
        return frozenset(name for _, node in self.nodes() for name in node.attributes)

    def nodes(self):
        """(ancestors, node) for every node of the tree, in document order; ancestors run from the root down."""

        def visit(node: Node, above: list[Node]):
            yield above, node
            for child in node.children:
                yield from visit(child, [*above, node])

        for root in self.model.tree:
            yield from visit(root, [])


def load(catalogue_docs: dict[str, dict], filters: Filters | None) -> list[Document]:
    """The catalogued documents that have a model and pass `filters`, in date order."""
    allowed = filters or Filters()
    found = []
    for doc_id, doc in catalogue_docs.items():
        raw = doc.get("model")
        if not raw or not allowed.allows(doc):
            continue
        document = _DOCUMENTS.get(doc_id)
        if document is None or document.doc is not doc:
            # One typed model per document id, replaced when the catalogue is read again: a running app that
            # reloads after every upload keeps one copy of each document's model, not one per reload.
            document = _DOCUMENTS[doc_id] = Document(doc_id, doc, DocumentModel.from_dict(raw))
        found.append(document)
    return sorted(found, key=lambda d: d.date or "")


@dataclass
class Ask:
    """A question with everything an answerer may read: its documents, the conversation's context, matcher and vocabulary."""

    question: str
    documents: list[Document]
    matcher: Matcher
    context: str = ""
    vocabulary: Vocabulary = field(default_factory=load_vocabulary)
    # A document's running text as (page, text) pieces, where the caller has it (the store's passages): what a table's
    # figures are said as in words ('£312.4 million' for a £000 table's 312,400).
    prose: Callable[[Document], list[tuple[int | None, str]]] | None = None

    @cached_property
    def councils(self) -> str:
        """The names of the councils its documents speak for: words that name a council, never a row or a field."""
        return " ".join(sorted({d.doc.get("council") or "" for d in self.documents}))

    def named(self, documents: list[Document] | None = None) -> Document | None:
        """The one document the question names (else the context names), or the only document there is."""
        pool = self.documents if documents is None else documents
        if len(pool) == 1:
            return pool[0]
        return named_document(self.question, pool) or (named_document(self.context, pool) if self.context else None)

    def title_terms(self, document: Document | None) -> set[str]:
        """A document's title and council words, which name it and so say nothing about what is asked of it (with the
        question's words a title's acronym stands for: 'household waste recycling centres' for 'HWRC')."""
        if document is None:
            return set()
        named = set(terms(f"{document.title} {document.doc.get('council') or ''}"))
        for acronym in {word.lower() for word in _ACRONYM.findall(document.title)}:
            named |= set(terms(_spelled(self.question, acronym)))
        return named


class Answerer(Protocol):
    """A question family: how much it wants a question, and its cited answer (None when the model does not answer it)."""

    name: str

    def wants(self, ask: Ask) -> float: ...

    def answer(self, ask: Ask) -> Draft | None: ...


def named_document(question: str, documents: list[Document], keep: frozenset[str] = frozenset(), least: int = 2,
                   break_ties: bool = False) -> Document | None:
    """The document a question names by its title's distinctive words (or a quoted part of it, or its council), if one stands out.

    `keep` are document words that do name a document among these ('cabinet' among minutes of several bodies); `least`
    is the score that names one outright (one word will do among documents already chosen for what they hold); documents
    their titles name alike name none ('which reports ...' asks across them) unless `break_ties` lets their text decide.
    """
    if not question or not documents:
        return None
    titles = [set(d.title_words) for d in documents]
    common = Counter(term for title in titles for term in title)
    generic = (document_terms() - keep) | frame_terms() | ({t for t, n in common.items() if n > len(documents) / 2} if len(documents) >= 4 else set())
    # A year the question gives with its month ('by March 2027') dates what is asked; it names no title ('... to 2027/28').
    asked = set(terms(question)) - generic - set(_MONTH_YEAR.findall(question))
    quoted = [phrase.lower() for phrase in _QUOTED.findall(question)]
    ranked = []
    spoken = {word.lower() for word in _ACRONYM.findall(question)}
    said_initials = _run_initials(question)
    councils = {council_place(document.doc.get("council") or "") for document in documents}
    places = set(terms(" ".join(councils))) - document_terms() - frame_terms()
    # A capitalised name ('Better Together', 'Fair Start') names a title as a quote does, unless it is a council's name.
    capitalised = [p.lower() for p in _CAPITALISED.findall(question) if not set(terms(p)) <= places]
    calls_plan = bool(_CALLS_PLAN.search(question))
    for document, title in zip(documents, titles):
        if calls_plan and document.doc.get("doc_type") == "minutes" and not _CALLS_PLAN.search(document.title):
            continue  # 'the fire plan' is no record of a meeting, though the Fire Authority's minutes share 'fire'
        council = set(terms(council_place(document.doc.get("council") or ""))) - document_terms() - frame_terms()
        distinct = title - generic
        # A council's name in a title ('Riverton Corporate Plan') counts once, as one word: it names the council more than the document.
        by_council = bool(council and council <= asked)
        # The council's name in a title ('Riverton Together') names the document less than a word of its own: it breaks a tie.
        in_title = 0.5 if asked & distinct & places else 0.0
        spelled = {word.lower() for word in _ACRONYM.findall(document.title)} & said_initials  # 'HWRC' for 'household waste recycling centres'
        shared = len(asked & distinct - places) + in_title + 2 * len(spoken & _initials(document.title)) + 2 * len(spelled)
        score = shared + sum(2 for phrase in quoted + capitalised if phrase in document.title.lower()) + by_council
        share = shared / len(distinct) if distinct else 0.0
        # A title's own words (its council's place and years such as '2025-2029' aside, as every paper is titled so)
        # name it when the question says them all ('the management plan') or says those no other title has ('the
        # complaints report' of 'Complaints and Compliments 2024/25'); not one word every budget's title shares.
        naming = {term for term in distinct - places if not any(ch.isdigit() for ch in term)}
        if naming:
            own = {term for term in naming if common[term] == 1}
            share = max(share, 1.0 if naming <= asked else len(asked & own) / len(naming))
        if score >= least or (score >= 1 and (share >= 0.5 or by_council)):
            ranked.append((score, share, document))
    ranked.sort(key=lambda row: (row[0], row[1]), reverse=True)
    if len(ranked) > 1 and ranked[1][:2] == ranked[0][:2]:
        tied = [row[2] for row in ranked if row[:2] == ranked[0][:2]]
        kinds = {document.doc.get("doc_type") for document in tied}
        by_title = all(asked & (set(document.title_words) - generic) - places for document in tied)  # not by the council alone
        if by_title and len(kinds) == 1 and not kinds & SINGLE_KINDS and all(same_series(tied[0], document) for document in tied[1:]):
            editions = sorted(tied, key=lambda document: document.date or "")
            if ASKS_PREVIOUS.search(question):
                return editions[-2]  # 'last year's report', 'the previous report': the edition before the latest
            if not ASKS_EARLIER.search(question):
                return editions[-1]  # editions of one report named alike: the latest
        if not break_ties:
            return None
        # Named alike by their titles ('the leisure contract report'): the one whose own words say more of the question
        # ('the scrutiny panel's ...') is meant, if one does.
        tied = [row[2] for row in ranked if row[:2] == ranked[0][:2]]
        # The council's place names none of its own papers over another.
        said = sorted(((_says(document, asked - places), document) for document in tied), key=lambda row: row[0], reverse=True)
        return said[0][1] if said[0][0] > TIE_MARGIN * said[1][0] else None
    return latest_of_series(ranked[0][2], documents, question) if ranked else None


_CALLS_PLAN = re.compile(r"\b(plan|strategy)\b", re.I)


def latest_of_series(document: Document, documents: list[Document], question: str) -> Document:
    """A question that names no year or earlier time asks where things stand now: among reports of one series (the same
    kind of report, on the same programme), the latest answers for the one its title names best."""
    if document.doc.get("doc_type") in SINGLE_KINDS or ASKS_EARLIER.search(question):
        return document
    series = [d for d in documents if d.doc.get("doc_type") == document.doc.get("doc_type") and same_series(document, d)]
    return max([document, *series], key=lambda d: d.date or "")


def same_series(one: Document, other: Document) -> bool:
    """Whether two reports report on one thing (see same_titles)."""
    return same_titles({**one.doc, "title": one.title}, {**other.doc, "title": other.title}, SERIES_SHARE)



def _says(document: Document, asked: set[str]) -> float:
    """How much of a document's own text is the question's words its title does not have, per thousand words."""
    total = sum(document.counts.values()) or 1
    return 1000 * sum(document.counts[term] for term in asked - set(terms(document.title))) / total


def _spelled(text: str, acronym: str) -> str:
    """The run of a text's words whose initials spell an acronym ('' when none does)."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    for start in range(len(words) - len(acronym) + 1):
        if "".join(word[0].lower() for word in words[start:start + len(acronym)]) == acronym:
            return " ".join(words[start:start + len(acronym)])
    return ""


def _defined(text: str, acronym: str) -> str:
    """What a text says an acronym stands for, where it defines it ('household waste recycling centres (HWRCs)'); '' if it does not."""
    for found in re.finditer(rf"\(\s*{re.escape(acronym)}s?\s*\)", text):
        run = _spelled(" ".join(re.findall(r"[A-Za-z][\w’'-]*", text[:found.start()])[-len(acronym):]), acronym.lower())
        if run:
            return run
    return ""


def _run_initials(text: str) -> set[str]:
    """The initials of every run of three to six words of a text, lower-cased ('household waste recycling centres' -> 'hwrc')."""
    letters = [word[0].lower() for word in re.findall(r"[A-Za-z][\w’'-]*", text)]
    return {"".join(letters[i:j]) for i in range(len(letters)) for j in range(i + 3, min(len(letters), i + 6) + 1)}


def _initials(title: str) -> set[str]:
    """Acronyms a title's runs of capitalised words make ('Medium Term Financial Strategy' -> 'mtfs'), lower-cased."""
    found: set[str] = set()
    for run in re.findall(r"(?:\b[A-Z][\w’'-]*\s+){1,7}[A-Z][\w’'-]*", title):
        letters = [word[0].lower() for word in run.split()]
        found |= {"".join(letters[i:j]) for i in range(len(letters)) for j in range(i + 2, len(letters) + 1)}
    return found


def heading(document: Document) -> str:
    """A document's bold title with its date, as answers name it."""
    return f"**{escape(document.title)}**" + (f" ({document.date})" if document.date else "")


class Cited:
    """Markdown lines and their numbered citations, built together so every marker points at its quote."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.citations: list[Citation] = []

    def cite(self, document: Document, page: int | None, quote: str, section: str | None = None) -> str:
        """The marker ('[3]') of a verbatim quote, reusing the number of the same quote already cited."""
        for citation in self.citations:
            if citation.source == document.doc["source"] and citation.page == page and citation.quote == quote:
                return f"[{citation.n}]"
        self.citations.append(Citation.of_document(len(self.citations) + 1, document.doc, page, quote, section))
        return f"[{len(self.citations)}]"

    def add(self, line: str = "") -> None:
        """Append a line of Markdown."""
        self.lines.append(line)

    def draft(self) -> Draft | None:
        """The answer, or None when nothing was cited."""
        return Draft("\n".join(self.lines).strip(), self.citations, False) if self.citations else None


def counted(n: int, label: str | None) -> str:
    """'10 Key actions', '1 Objective', '3 “We will” items': a count with the document's own label for what it counts."""
    label = (label or "item").strip().rstrip(":")
    words = label.split()
    if label.lower().endswith("ies"):
        return f"{n} {label if n != 1 else label[:-3] + 'y'}"
    if label.lower().endswith("s"):
        return f"{n} {label if n != 1 else label[:-1]}"
    if len(words) == 1 or words[0].lower() in ("key", "strategic", "priority", "main", "corporate"):
        plural = label[:-1] + "ies" if label.endswith("y") and label[-2:-1].lower() not in "aeiou" else label + "s"
        return f"{n} {plural if n != 1 else label}"
    return f"{n} “{escape(label)}” item{'s' if n != 1 else ''}"


def labelled(node: Node) -> str:
    """A node's text with its level's label in front unless the text already starts with it."""
    if node.label and not node.text.lower().startswith(node.label.lower().rstrip(":")):
        return f"{node.label.rstrip(':')}: {node.text}"
    return node.text
