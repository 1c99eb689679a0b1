"""Check the second unseen corpus against its gold questions.

Usage: python -m eval.unseen2.check CORPUS_DIR   (build it first with python -m eval.unseen2.build CORPUS_DIR)

Checks that questions.jsonl is well formed; that every fact of an answerable question occurs, normalised as the scorer
does, in the extracted text of one of its gold docs (PDF via pypdf, DOCX via python-docx, HTML via html.parser, TXT as
is); that the subjects of the unanswerable questions are absent from the documents they would come from; that every
document says it is fictional; that PDFs have 2-6 pages; that the formats are each used at least twice; and that the
strategy's Objective 3B key-action list runs over a page break. Prints counts per kind and exits non-zero on any error.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eval.councils.blind import command, describe, load_rows, question_errors
from eval.councils.extract import normalise, pdf_pages, text_of
from eval.councils.model import FICTION
from eval.unseen2.build import all_docs

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
# (phrase, document-name prefix): the subject of each unanswerable question is absent from the papers it would come from
ABSENT = (
    ("quarter 2", "haverleigh"),
    ("2026/27", "brindlecombe-council-tax"),
    ("station road", "corrowdale"),
    ("cabinet member for adult", ""),
    ("phase 2", "corrowdale"),
    ("revenue budget of", "brindlecombe-council-tax"),
    ("chair", "haverleigh"),
)
STRATEGY = "haverleigh-council-strategy-2025-2029.pdf"
SPLIT_FIRST, SPLIT_LAST = "3.4 Plant 250,000 trees", "3.8 Open the Coldharbour reuse shop"


def _corpus_errors(corpus: Path, texts: dict[str, str]) -> list[str]:
    """Problems with the documents: guards, fiction notice, page counts, formats, the page-break trap."""
    errors: list[str] = []
    for phrase, prefix in ABSENT:
        for name, text in texts.items():
            if name.startswith(prefix) and phrase in text:
                errors.append(f"unanswerable guard {phrase!r} found in {name}")
    for name, text in texts.items():
        if normalise(FICTION) not in text:
            errors.append(f"{name}: does not say it is fictional")
        if name.endswith(".pdf") and not 2 <= len(pdf_pages(corpus / name)) <= 6:
            errors.append(f"{name}: page count out of range")
    formats = Counter(name.rsplit(".", 1)[-1] for name in texts)
    for fmt in ("pdf", "docx", "html", "txt"):
        if formats[fmt] < 2:
            errors.append(f"fewer than two {fmt} documents")
    pages = pdf_pages(corpus / STRATEGY)
    if not any(SPLIT_FIRST in p and SPLIT_LAST not in p and SPLIT_LAST in q for p, q in zip(pages, pages[1:])):
        errors.append("strategy: the Objective 3B key-action list does not run over a page break")
    return errors


def check(corpus: Path) -> list[str]:
    """Every problem found, as messages."""
    texts = {d.name: normalise(text_of(corpus / d.name)) for d in all_docs()}
    rows = load_rows(QUESTIONS)
    describe(rows, texts)
    return question_errors(rows, texts) + _corpus_errors(corpus, texts)


def main() -> None:
    """Command-line entry point."""
    command(check, "data/unseen2-corpus")


if __name__ == "__main__":
    main()
