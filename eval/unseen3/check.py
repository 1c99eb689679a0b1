"""Check the third unseen corpus against its gold questions.

Usage: python -m eval.unseen3.check CORPUS_DIR   (build it first with python -m eval.unseen3.build CORPUS_DIR)

Checks that questions.jsonl is well formed; that every fact of an answerable question occurs, normalised as the scorer
does, in the extracted text of one of its gold docs (PDF via pypdf, DOCX via python-docx, HTML via html.parser, TXT as
is) and not in the question or its history; that the subject of each unanswerable question is absent from the papers it
would come from; that every document says it is fictional; that each format is used at least twice; and that Goal 2's
commitments list in the Stourwick corporate plan runs over a page break. Prints counts per kind and exits non-zero on
any error.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eval.councils.blind import command, describe, load_rows, question_errors
from eval.councils.extract import normalise, pdf_pages, text_of
from eval.councils.model import FICTION
from eval.unseen3.build import all_docs

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
# (phrase, document-name prefix): the subject of each unanswerable question, in the order of questions.jsonl, is absent
# from the papers it would come from
ABSENT = (
    ("2027/28 budget", "halbeck"),
    ("quarter 3", "orrinford"),
    ("q3", "orrinford"),
    ("riverside", "stourwick"),
    ("cabinet member for finance", ""),
    ("1 october to 31 december", "orrinford"),
    ("leisure", "halbeck"),
    ("band d", "orrinford"),
    ("chair", "halbeck"),
    ("responded", "halbeck"),
    ("responses", "halbeck"),
    ("phase 3", "stourwick"),
)
UNANSWERABLE_MIN = 8
PLAN = "stourwick-corporate-plan-2025-2029.pdf"
SPLIT_FIRST, SPLIT_LAST = "2.1 Make the council's own operations", "2.5 Open two new public swimming sessions"


def _corpus_errors(corpus: Path, texts: dict[str, str]) -> list[str]:
    """Problems with the documents: guards, fiction notice, formats, the page-break trap."""
    errors: list[str] = []
    for phrase, prefix in ABSENT:
        for name, text in texts.items():
            if name.startswith(prefix) and phrase in text:
                errors.append(f"unanswerable guard {phrase!r} found in {name}")
    for name, text in texts.items():
        if normalise(FICTION) not in text:
            errors.append(f"{name}: does not say it is fictional")
    formats = Counter(name.rsplit(".", 1)[-1] for name in texts)
    for fmt in ("pdf", "docx", "html", "txt"):
        if formats[fmt] < 2:
            errors.append(f"fewer than two {fmt} documents")
    pages = pdf_pages(corpus / PLAN)
    if not any(SPLIT_FIRST in p and SPLIT_LAST not in p and SPLIT_LAST in q for p, q in zip(pages, pages[1:])):
        errors.append("plan: the Goal 2 commitments list does not run over a page break")
    return errors


def check(corpus: Path) -> list[str]:
    """Every problem found, as messages."""
    texts = {d.name: normalise(text_of(corpus / d.name)) for d in all_docs()}
    rows = load_rows(QUESTIONS)
    describe(rows, texts)
    return question_errors(rows, texts, UNANSWERABLE_MIN) + _corpus_errors(corpus, texts)


def main() -> None:
    """Command-line entry point."""
    command(check, "data/unseen3-corpus")


if __name__ == "__main__":
    main()
