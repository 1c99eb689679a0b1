"""Front-sheet fields: a named document's fields (whoever's report it is, its recommendations whole, what it is about),
and the same field across documents ('which reports are key decisions', 'which reports affect ward X').

Which field a question asks for is decided by the matcher against the vocabulary's printed labels and the
example questions of intents.FIELD_QUESTIONS, so any house style's label and any paraphrase meet.
"""

from __future__ import annotations

import re
from collections import Counter

from index.answer import Draft, escape
from index.answerers.base import Ask, Cited, Document, heading, named_document
from index.answerers.intents import (
    ABOUT_FIELDS,
    ACROSS_WORDS,
    BARE_CLAUSE_FIELDS,
    CONTACT_FIELDS,
    FIELD_CUES,
    FIELD_QUESTIONS,
    STATUS_FIELDS,
    YES,
    cues,
    document_terms,
)
from index.retrieval import terms
from ingest.model import Field
from ingest.vocabulary import fold

FIELD_MIN = 0.5  # a field is asked for when a question scores this against its labels or example questions
MARGIN = 0.05  # fields within this of the best are asked for too ('who wrote it and who is the contact')
COMMON_FIELDS = 3  # a word in the labels or example questions of this many fields is common to them
_NUMBERED = re.compile(r"(?:^|\s)(?=(?:\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s)")  # where '1. ', '(b) ' starts the next numbered part
_CLAUSES = re.compile(r"\s*(?:,|;|\band\b|\balso\b|\bplus\b)\s*", re.I)


def candidates(ask: Ask, documents: list[Document], exclude: tuple[str, ...] = STATUS_FIELDS) -> dict[str, list[str]]:
    """Each field name the documents or vocabulary know, with the texts a question about it may resemble."""
    texts: dict[str, list[str]] = {}
    for name, labels in ask.vocabulary.fields.items():
        texts[name] = [*labels, *FIELD_QUESTIONS.get(name, [])]
    for document in documents:
        for item in document.model.fields:
            texts.setdefault(item.name, []).append(item.label)
    return {name: list(dict.fromkeys(found)) for name, found in texts.items() if name not in exclude}


def field_scores(ask: Ask, question: str, texts: dict[str, list[str]]) -> dict[str, float]:
    """How well the question matches each field (its best label or example question)."""
    flat = [(name, text) for name, found in texts.items() for text in found]
    # A word in the texts of many fields ('report', 'officer') tells none of them apart.
    spread = Counter(term for name, found in texts.items() for term in {t for text in found for t in terms(text)})
    common = frozenset(term for term, n in spread.items() if n >= COMMON_FIELDS)
    scored = ask.matcher.scores(question, [text for _, text in flat], common=common)
    best: dict[str, float] = {}
    for (name, _), score in zip(flat, scored):
        best[name] = max(best.get(name, 0.0), score)
    return best


def asked_fields(ask: Ask, question: str, texts: dict[str, list[str]], drop: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, float]]:
    """The fields a question asks for, clause by clause, best first; `drop` are words that name the document, not a field.

    Clauses are cut on the question as asked (its commas and 'and's), so each part of 'which meeting, on what date,
    and what reference' finds its own field.
    """
    chosen: dict[str, float] = {}
    clauses = [c for c in _CLAUSES.split(question) if c.strip()] or [question]
    for clause in dict.fromkeys(without(part, drop) for part in [question, *clauses]):
        if not clause.strip():
            continue
        bare = fold(clause)
        if bare in BARE_CLAUSE_FIELDS:  # '..., and when?': the word alone says which field
            chosen.update({name: max(chosen.get(name, 0.0), FIELD_MIN) for name in BARE_CLAUSE_FIELDS[bare] if name in texts})
            continue
        scores = field_scores(ask, clause, texts)
        top = max(scores.values(), default=0.0)
        for name, score in scores.items():
            if score >= FIELD_MIN and score >= top - MARGIN:
                chosen[name] = max(chosen.get(name, 0.0), score)
    return sorted(chosen.items(), key=lambda item: item[1], reverse=True)


def without(question: str, drop: set[str]) -> str:
    """The question without the words whose stems are in `drop` (a document's title words name it, they ask nothing)."""
    return " ".join(word for word in re.findall(r"[\w'’-]+", question) if not (set(terms(word)) and set(terms(word)) <= drop))


def render_fields(cited: Cited, document: Document, found: list[Field], section: str = "front sheet") -> None:
    """One cited line per field, its printed label and value; numbered parts of a value (recommendations) one per line."""
    for item in found:
        marker = cited.cite(document, item.page, item.quote, section)
        label = item.label.strip().rstrip(":?").strip()
        parts = [p.strip() for p in _NUMBERED.split(" ".join(item.value.split())) if p.strip()]
        if len(parts) > 1:
            cited.add(f"- {escape(label)} {marker}:")
            cited.lines += [f"  - {escape(part)}" for part in parts]
        else:
            cited.add(f"- {escape(label)}: {escape(' '.join(item.value.split()))} {marker}")


class FieldAnswerer:
    """A named document's front-sheet fields, or one field across documents."""

    name = "fields"

    def wants(self, ask: Ask) -> float:
        """High for 'who do I contact', 'tell me about'; otherwise as well as the question matches some field."""
        found = cues(FIELD_CUES, ask.question)
        if found & {"contact", "about"}:
            return 0.85
        named = ask.named()
        question = without(ask.question, ask.title_terms(named))
        best = max(field_scores(ask, question, candidates(ask, ask.documents)).values(), default=0.0)
        return min(0.8, max(best, 0.5 if "who" in found else 0.0))

    def answer(self, ask: Ask) -> Draft | None:
        """The fields asked of the named document, the same field across documents, or an honest 'does not say'."""
        found = cues(FIELD_CUES, ask.question)
        explicit = named_document(ask.question, ask.documents)
        if "across" in found and explicit is None:
            return self._across(ask)
        document = ask.named()
        if document is None:
            return None
        if "contact" in found:
            return self._fields(document, list(CONTACT_FIELDS), ask)
        if "about" in found:
            return self._fields(document, list(ABOUT_FIELDS), ask, abstain=False)
        asked = asked_fields(ask, ask.question, candidates(ask, [document]), ask.title_terms(document))
        if not asked:
            return None
        return self._fields(document, [name for name, _ in asked], ask)

    def _fields(self, document: Document, names: list[str], ask: Ask, abstain: bool = True) -> Draft | None:
        found = sorted((f for f in document.model.fields if f.name in names), key=lambda f: names.index(f.name))
        if not found:
            if not abstain:
                return None
            label = ask.vocabulary.fields.get(names[0], [names[0].replace("_", " ")])[0]
            return Draft(f"The document does not say. I checked {heading(document)}: it gives no {escape(label.lower())}.", [], True)
        cited = Cited()
        cited.add(heading(document))
        render_fields(cited, document, found)
        return cited.draft()

    def _across(self, ask: Ask) -> Draft | None:
        """Documents whose field holds what the question names (or says yes, for a yes/no field), oldest first."""
        texts = candidates(ask, ask.documents)
        asked = asked_fields(ask, ask.question, texts)
        if not asked:
            return None
        name = asked[0][0]
        said = {t for text in texts[name] for t in terms(text)}
        value = ask.matcher.content(ask.question) - said - document_terms() - set(terms(ACROSS_WORDS))
        cited = Cited()
        rows = []
        for document in ask.documents:
            for item in document.model.fields:
                if item.name != name:
                    continue
                holds = value <= set(terms(item.value)) if value else bool(YES.match(item.value)) if _yes_no(document, name) else True
                if holds:
                    rows.append((document, item))
        if not rows:
            return None
        label = ask.vocabulary.fields.get(name, [name])[0]
        cited.add(f"{len(rows)} document{'s' if len(rows) != 1 else ''} (oldest first), by {escape(label.lower())}:")
        cited.add()
        for document, item in rows:
            cited.add(f"- {heading(document)}: {escape(' '.join(item.value.split()))} {cited.cite(document, item.page, item.quote, 'front sheet')}")
        return cited.draft()


def _yes_no(document: Document, name: str) -> bool:
    """True when the field's values are answers to a yes/no question (its value starts yes or no)."""
    return any(re.match(r"^\W*(yes|no|y|n)\b", f.value, re.I) for f in document.model.fields if f.name == name)

