"""'Give me the headlines of X', 'summarise X', 'X in a nutshell': the document's key statements, in its own words.

A summary is extractive: the sentences of the document's prose that carry most of what the document keeps saying
(its frequent content words, as in Luhn's method), with a bonus for figures and status words (what members want
from a report's headlines), in document order, led by the document's own purpose, summary and recommendations where
its front sheet gives them, and by a status report's overall status.
Front-sheet lines, headings, contact lines and table rows are not statements.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from index.answer import Draft, escape
from index.answerers import cells as grid
from index.answerers.base import Ask, Cited, Document, heading, named_document
from index.answerers.fields import render_fields
from index.answerers.prose import reads_as_prose, sentences
from index.answerers.tables import statuses
from index.intents import ABOUT_FIELDS, DOCUMENT_WORDS, SUMMARY, subject

KEY_STATEMENTS = 6  # sentences a summary gives
OWN_AND_MORE = 2  # statements chosen from the whole text beside a document's own summary section
# A heading over the document's own summary: what it says is the headline, however plainly it is worded.
OWN_SUMMARY = re.compile(r"\b(summary|key (points|messages|issues|findings)|headlines?|overview|at a glance|in brief)\b", re.I)
SUMMARY_STATUS = ("overall_rag",)  # a status report's headline is its overall status
OFF_TARGET_ROWS = 4  # rows rated red or off target a status report's headlines add
_OFF_TARGET = frozenset({"red", "slipped"})
SUBJECT_WORDS = 2  # a 'summary of X's budget position' may name this much beyond the document; more is a question of its own
FIGURE = re.compile(r"[£$€]\s?\d|\d\s?(%|per ?cent)|\b\d[\d,]*(\.\d+)?\b(?!/)")
_CONTACT = re.compile(r"@|\b(tel|telephone|email|phone)\b|\b0\d{3,4} ?\d{3} ?\d{3,4}\b", re.I)


class SummaryAnswerer:
    """The key statements of the one document a question asks to be summarised."""

    name = "summary"

    def wants(self, ask: Ask) -> float:
        """High for 'summarise / the headlines of / an overview of' one named document, naming little else."""
        return 0.9 if SUMMARY.search(ask.question) and self._document(ask) else 0.0

    def answer(self, ask: Ask) -> Draft | None:
        """Up to KEY_STATEMENTS sentences of the document, in its order, each cited; its summary or purpose line first."""
        document = self._document(ask)
        if document is None or ask.prose is None:
            return None
        fields = {field.name: field for field in document.model.fields}
        leads = [fields[name] for name in (*ABOUT_FIELDS, *SUMMARY_STATUS) if name in fields]
        own = own_summary(document)[:KEY_STATEMENTS]
        given = {text for _, text in own}
        rest = [(page, text) for page, text in key_statements(ask, document) if not any(text in g or g in text for g in given)]
        chosen = own + rest[:max(OWN_AND_MORE, KEY_STATEMENTS - len(own))]
        rows = [row for row in off_target(ask, document) if not any(row[1] in text or text in row[1] for _, text in chosen)]
        if not chosen and not rows:
            return None
        cited = Cited()
        cited.add(f"{heading(document)}, in brief:")
        render_fields(cited, document, leads)
        for page, sentence in chosen:
            cited.add(f"- {escape(sentence)} {cited.cite(document, page, sentence)}")
        for page, quote, said in rows:
            cited.add(f"- {escape(said)} {cited.cite(document, page, quote)}")
        return cited.draft()

    @staticmethod
    def _document(ask: Ask) -> Document | None:
        """The document the question names, when the question names little else about it."""
        document = named_document(ask.question, ask.documents)
        if document is None:
            return None
        council = grid.words(document.doc.get("council") or "")
        asked = grid.words(subject(SUMMARY.sub(" ", ask.question), DOCUMENT_WORDS))
        if not asked & (set(document.title_words) - council):
            return None  # named by its council alone: 'the Riverton recycling centres report' is not the council's strategy
        return document if len(asked - document.title_words - council) <= SUBJECT_WORDS else None


def own_summary(document: Document) -> list[tuple[int | None, str]]:
    """(page, text) of what the document's own summary section says: the items, sub-headings and table rows under a
    heading such as 'Summary of changes', 'Key points' or 'Programme at a glance', in its order."""
    found: list[tuple[int | None, str]] = []
    tables = document.model.tables
    for root in document.model.tree:
        for _, node in root.walk():
            if node.kind != "heading" or not OWN_SUMMARY.search(node.text) or found:
                continue
            if node.table is not None and node.table < len(tables):
                table = tables[node.table]
                found += [(table.row_page(row), table.row_quote(row)) for row in range(len(table.rows))]
            found += [(child.page, child.text) for _, child in node.walk() if child is not node and len(child.text) >= 8]
    return found


def off_target(ask: Ask, document: Document) -> list[tuple[int | None, str, str]]:
    """(page, row quote, row as read) of the rows a status report rates red or off target ('Missed', 'Slipped'): its headlines are what
    went wrong, which its tables say and its prose may not; up to OFF_TARGET_ROWS, in its order."""
    found = []
    for table in document.model.tables:
        label = grid.label_column(table)
        for row, cells in enumerate(table.rows):
            if any(statuses(cell, ask.vocabulary, loose=False) & _OFF_TARGET for cell in cells[1:]):
                found.append((table.row_page(row), table.row_quote(row), grid.described(table, row, None, label)))
    return found[:OFF_TARGET_ROWS]


def key_statements(ask: Ask, document: Document) -> list[tuple[int | None, str]]:
    """(page, sentence) of the document's most telling statements, in document order (its fields and table rows aside)."""
    printed = {field.quote for field in document.model.fields}
    found = []
    for page, sentence in sentences(ask, document):
        sentence = sentence.rstrip(";")
        # A statement ends as one ('.', '?', '!'): a heading, a meeting line or a label before its value does not.
        if reads_as_prose(sentence) and sentence.endswith((".", "!", "?")) and not _CONTACT.search(sentence) \
                and not any(sentence in quote or quote in sentence for quote in printed):
            found.append((page, sentence))
    said = [grid.words(sentence) for _, sentence in found]
    frequency = Counter(word for words in said for word in words)
    asked = grid.words(subject(SUMMARY.sub(" ", ask.question), DOCUMENT_WORDS))
    scored = []
    for index, ((_, sentence), words) in enumerate(zip(found, said)):
        if not words:
            continue
        weight = sum(frequency[word] - 1 for word in words) / math.sqrt(len(words))
        weight *= 1 + 0.5 * min(2, len(FIGURE.findall(sentence))) + 0.5 * len(asked & words)
        scored.append((weight, index))
    best = sorted(scored, reverse=True)[:KEY_STATEMENTS]
    return [found[index] for _, index in sorted(best, key=lambda pair: pair[1])]
