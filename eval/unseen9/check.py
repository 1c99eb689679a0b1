"""Check the ninth unseen corpus against its gold questions.

Usage: python -m eval.unseen9.check CORPUS_DIR   (build it first with python -m eval.unseen9.build CORPUS_DIR)

Checks that questions.jsonl is well formed; that every fact of an answerable question occurs, normalised as the scorer
does, in the extracted text of one of its gold docs (PDF via pypdf, DOCX via python-docx, HTML via html.parser, TXT as
is) and not in the question or its history; that the subject of each unanswerable question is absent from the papers it
would come from; that every document says it is fictional; that there are at least three documents of each format; and
that the three page-break traps hold: Commitment C5's actions in Ravensgarth's community risk management plan, the
revenue budget table of Fernhythe's budget report (its header repeated) and the money-by-scheme table of Wrayburn's
highlight report (its header repeated), each run over a page break. Prints counts per kind and exits non-zero on any error.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eval.councils.blind import command, describe, load_rows, question_errors
from eval.councils.extract import normalise, pdf_pages, text_of
from eval.councils.model import FICTION
from eval.unseen9.build import all_docs

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
PLAN = "ravensgarth-fra-community-risk-management-plan-2025-2029.pdf"
BUDGET = "fernhythe-tc-2026-01-20-budget-and-precept-2026-27.pdf"
HIGHLIGHT = "wrayburn-ca-capital-programme-highlight-q2-2025-26.pdf"
# (phrase, document-name prefix): the subject of each unanswerable question, in the order of questions.jsonl, is absent
# from the papers it would come from
ABSENT = (
    ("2021/22", "ravensgarth"),
    ("skelderwick station", "ravensgarth"),
    ("assistant chief", "ravensgarth"),
    ("c9", "ravensgarth"),
    ("2024/25", "fernhythe"),
    ("scouts", "fernhythe"),
    ("christmas market", "fernhythe"),
    ("g25-14", "fernhythe"),
    ("tram", "wrayburn"),
    ("s15", "wrayburn"),
    ("deputy mayor", "wrayburn"),
    ("adult education", "wrayburn"),
    ("2025/16", "wrayburn"),
)
UNANSWERABLE_MIN = 12
MIN_FORMATS = {"pdf": 3, "docx": 3, "html": 3, "txt": 3}
# (PDF, text of the first item of a list or table, text of its last item): the list starts on one page and ends on the next
SPLITS = (
    (PLAN, "Inspect every care home and hospital ward", "Review the risk-based inspection list"),
    (BUDGET, "Staff salaries and on-costs", "Net budget (precept)"),
    (HIGHLIGHT, "Quarrington Bus Priority Corridor\n18.40", "Fellgarth College Engineering Wing\n6.60"),
)
# (PDF, text of a row after the break, text that must be on that page too): the header row is repeated after the break
REPEATED_HEADER = (
    (BUDGET, "Net budget (precept)", "Cost centre\nBudget 2025/26"),
    (HIGHLIGHT, "Fellgarth College Engineering Wing\n6.60", "Ref\nScheme\nApproved budget"),
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
    command(check, "data/unseen9-corpus")


if __name__ == "__main__":
    main()
