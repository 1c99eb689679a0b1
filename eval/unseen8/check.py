"""Check the eighth unseen corpus against its gold questions.

Usage: python -m eval.unseen8.check CORPUS_DIR   (build it first with python -m eval.unseen8.build CORPUS_DIR)

Checks that questions.jsonl is well formed; that every fact of an answerable question occurs, normalised as the scorer
does, in the extracted text of one of its gold docs (PDF via pypdf, DOCX via python-docx, HTML via html.parser, TXT as
is) and not in the question or its history; that the subject of each unanswerable question is absent from the papers it
would come from; that every document says it is fictional; that there are at least three documents of each format; and
that the three page-break traps hold: Policy VW2's partner actions in Merrowdale's management plan, the schemes table of
Calverleigh's Better Care Fund plan (its header repeated) and the hazard table of Tollmouth's navigational risk register
(its header repeated), each run over a page break. Prints counts per kind and exits non-zero on any error.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eval.councils.blind import command, describe, load_rows, question_errors
from eval.councils.extract import normalise, pdf_pages, text_of
from eval.councils.model import FICTION
from eval.unseen8.build import all_docs

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
PLAN = "merrowdale-npa-management-plan-2024-2029.pdf"
BCF = "calverleigh-hwb-better-care-fund-plan-2025-26.pdf"
REGISTER = "tollmouth-harbour-pmsc-risk-register-2025.pdf"
# (phrase, document-name prefix): the subject of each unanswerable question, in the order of questions.jsonl, is absent
# from the papers it would come from
ABSENT = (
    ("deputy chief executive", "merrowdale"),
    ("thrushgill car park", "merrowdale"),
    ("vw4", "merrowdale"),
    ("2022/23", "merrowdale"),
    ("2026-27", "calverleigh"),
    ("2026/27", "calverleigh"),
    ("director of children's services", "calverleigh"),
    ("3.3.3", "calverleigh"),
    ("progress report 2023", "calverleigh"),
    ("deputy harbour master", "tollmouth"),
    ("h13", "tollmouth"),
    ("pilotage charge", "tollmouth"),
    ("pilotage dues", "tollmouth"),
    ("cruise", "tollmouth"),
    ("appointed", "tollmouth"),
)
UNANSWERABLE_MIN = 10
MIN_FORMATS = {"pdf": 3, "docx": 3, "html": 3, "txt": 3}
# (PDF, text of the first item of a list or table, text of its last item): the list starts on one page and ends on the next
SPLITS = (
    (PLAN, "Introduce a fair charging scheme", "Review the effect of charging"),
    (BCF, "Community rapid response", "Programme management and"),
    (REGISTER, "Collision between commercial vessels", "Wash from passing vessels"),
)
# (PDF, text of a row after the break, text that must be on that page too): the header row is repeated after the break
REPEATED_HEADER = (
    (BCF, "Programme management and", "Ref\nScheme\nProvider"),
    (REGISTER, "Wash from passing vessels", "Ref\nHazard\nInherent"),
)


def _corpus_errors(corpus: Path, texts: dict[str, str]) -> list[str]:
    """Problems with the documents: guards, fiction notice, formats, the page-break traps."""
    errors: list[str] = []
    for phrase, prefix in ABSENT:
        for name, text in texts.items():
            if name.startswith(prefix) and phrase in text:
                errors.append(f"unanswerable guard {phrase!r} found in {name}")
    for name, text in texts.items():
        if normalise(FICTION) not in text:
            errors.append(f"{name}: does not say it is fictional")
    formats = Counter(name.rsplit(".", 1)[-1] for name in texts)
    for fmt, least in MIN_FORMATS.items():
        if formats[fmt] < least:
            errors.append(f"fewer than {least} {fmt} documents")
    for name, first, last in SPLITS:
        pages = pdf_pages(corpus / name)
        if not any(first in p and last not in p and last in q for p, q in zip(pages, pages[1:])):
            errors.append(f"{name}: the list from {first!r} to {last!r} does not run over a page break")
    for name, row, header in REPEATED_HEADER:
        pages = pdf_pages(corpus / name)
        if not any(row in p and header in p for p in pages[1:]):
            errors.append(f"{name}: the table header is not repeated on the page holding {row!r}")
    return errors


def check(corpus: Path) -> list[str]:
    """Every problem found, as messages."""
    texts = {d.name: normalise(text_of(corpus / d.name)) for d in all_docs()}
    rows = load_rows(QUESTIONS)
    describe(rows, texts)
    return question_errors(rows, texts, UNANSWERABLE_MIN) + _corpus_errors(corpus, texts)


def main() -> None:
    """Command-line entry point."""
    command(check, "data/unseen8-corpus")


if __name__ == "__main__":
    main()
