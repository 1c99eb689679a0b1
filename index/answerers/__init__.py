"""Answers from the typed document model: one ordered registry of question families, each an answerer module.

Each answerer says how much it wants a question (`wants`, 0..1, from intents.py's cues and the matcher) and
gives a cited `Draft` or None. `answer_from_model` tries them strongest first (registry order breaks ties)
and returns the first answer; None means no family answers from the model and retrieval should.
Adding a family is adding a module and a line to REGISTRY.
"""

from __future__ import annotations

from index.answer import Draft, named_terms
from index.answerers.base import Answerer, Ask, load
from index.answerers.fields import FieldAnswerer
from index.answerers.finance import FinanceAnswerer
from index.answerers.matching import Embed, Matcher, model_embedder
from index.answerers.minutes import MinutesAnswerer
from index.answerers.prose import led_by_prose
from index.answerers.status import StatusAnswerer
from index.answerers.summary import SummaryAnswerer
from index.answerers.tables import TableAnswerer
from index.answerers.tree import TreeAnswerer
from index.intents import ASKS_MEANING, document_terms, frame_terms, subject
from index.models import Filters
from index.retrieval import terms

REGISTRY: list[Answerer] = [MinutesAnswerer(), FinanceAnswerer(), TableAnswerer(), StatusAnswerer(), TreeAnswerer(), SummaryAnswerer(), FieldAnswerer()]
# Questions across documents ('how have visits changed') are the passages' to answer, unless one table compares the figures.
ACROSS_REGISTRY: list[Answerer] = [TableAnswerer(across=True)]
WANT_MIN = 0.3  # an answerer that wants a question less than this is not asked
FIRM_WANT = 0.5  # below this, an answer must also hold half the question's own words to be given
FIRM_SPEAKS = 0.2  # at or above it, the answer must still hold this share of them ...
SUBJECT_WORDS = 3  # ... when the question names this many things; "who wrote it?" is matched by meaning alone

__all__ = ["ACROSS_REGISTRY", "REGISTRY", "Ask", "Embed", "Matcher", "answer_from_model", "first_answer", "load", "model_embedder", "ranked"]


def ranked(ask: Ask, registry: list[Answerer] | None = None) -> list[tuple[float, Answerer]]:
    """The answerers that want a question, strongest first (registry order among equals)."""
    registry = REGISTRY if registry is None else registry
    if ASKS_MEANING.search(ask.question):
        return []  # what a word means is said in a sentence, not a row or a field: the passages' to answer
    scored = [(answerer.wants(ask), order, answerer) for order, answerer in enumerate(registry)]
    return [(score, answerer) for score, _, answerer in sorted(scored, key=lambda row: (-row[0], row[1])) if score >= WANT_MIN]


def first_answer(ask: Ask, registry: list[Answerer] | None = None) -> tuple[Answerer, Draft] | None:
    """Of the answers of every answerer that wants the question, the one that speaks to most of what it names.

    Intent cues overlap ("which portfolio holder is it under" reads as a tree question too), so each family that
    wants the question answers, and the answer holding more of the question's own words wins; among equals,
    the stronger intent, then registry order, wins.
    """
    answers = []
    for order, (score, answerer) in enumerate(ranked(ask, registry)):
        drafted = answerer.answer(ask)
        if drafted is None:
            continue
        if not _holds_names(ask, drafted):
            continue  # "the Northgate pool refurbishment" is not answered from another programme's budget lines
        speaks = _speaks_to(ask.question, drafted, _names_of_cited(ask, drafted))
        # Even a firm intent's answer must speak to what the question names: "missed appointments" is not "slipped milestones".
        if (score >= FIRM_WANT and (speaks >= FIRM_SPEAKS or len(_asked(ask.question)) < SUBJECT_WORDS)) or speaks >= 0.5:
            answers.append((speaks, score, -order, answerer, drafted))
    if not answers:
        return None
    # An answer beats "the document does not say" from another family, whatever their words.
    best = max(answers, key=lambda row: (not row[4].abstained, *row[:3]))
    return best[3], led_by_prose(ask, best[4])


def _holds_names(ask: Ask, drafted: Draft) -> bool:
    """Whether the answer, or a document it cites (its words, title or council), holds every name the question asks about."""
    names = named_terms(ask.question) - document_terms() - frame_terms()
    if not names:
        return True
    cited = [d for d in ask.documents if d.doc.get("source") in {citation.source for citation in drafted.citations}]
    held = set(terms(f"{drafted.text} {_names_of_cited(ask, drafted)}"))
    if any(not d.doc.get("council") for d in cited):
        held |= set(terms(ask.councils))  # a document of no known council may be any council's, as the service's scope has it
    return names <= held.union(*(d.words for d in cited))


def _asked(question: str) -> set[str]:
    """The question's own words: what it names, frame and document-kind words aside."""
    return set(terms(subject(question))) - document_terms()


def _names_of_cited(ask: Ask, drafted: Draft) -> str:
    """The titles and councils of the documents an answer cites: what the answer is about without repeating it."""
    cited = {citation.source for citation in drafted.citations}
    return " ".join(f"{d.named_as} {d.doc.get('council') or ''}" for d in ask.documents if d.doc.get("source") in cited)


def _speaks_to(question: str, drafted: Draft, names: str = "") -> float:
    """Share of the question's own words that the answer's text (or the `names` of what it cites) holds."""
    asked = _asked(question)
    if not asked:
        return 0.0
    held = set(terms(f"{drafted.text} {names}"))
    return round(sum(term in held for term in asked) / len(asked), 2)


def answer_from_model(question: str, catalogue_docs: dict[str, dict], filters: Filters | None = None, context: str = "",
                      matcher: Matcher | None = None, registry: list[Answerer] | None = None, prose=None) -> Draft | None:
    """A cited answer from the documents' models (catalogue entries with a "model" key), or None when none answers.

    `prose` gives a document's running text as (page, text) pieces, where the caller has it (see Ask).
    """
    documents = load(catalogue_docs, filters)
    if not documents:
        return None
    found = first_answer(Ask(" ".join(question.split()), documents, matcher or Matcher(), context, prose=prose), registry)
    return found[1] if found else None
