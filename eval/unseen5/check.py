"""Check the fifth unseen corpus against its gold questions.

Usage: python -m eval.unseen5.check CORPUS_DIR   (build it first with python -m eval.unseen5.build CORPUS_DIR)

Checks that questions.jsonl is well formed; that every fact of an answerable question occurs, normalised as the scorer
does, in the extracted text of one of its gold docs (PDF via pypdf, DOCX via python-docx, HTML via html.parser, TXT as
is) and not in the question or its history; that the subject of each unanswerable question is absent from the papers it
would come from; that every document says it is fictional; that there are at least three PDF and three DOCX documents
and two each of HTML and TXT; and that the two page-break traps hold: Outcome 1's "What we will do" list in the
Ballyfinnan and Drumlagh corporate plan, and the scheme table of the combined authority's 2025/26 dashboard (its header
repeated), each run over a page break. Prints counts per kind and exits non-zero on any error.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eval.councils.blind import command, describe, load_rows, question_errors
from eval.councils.extract import normalise, pdf_pages, text_of
from eval.councils.model import FICTION
from eval.unseen5.build import all_docs

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
# (phrase, document-name prefix): the subject of each unanswerable question, in the order of questions.jsonl, is absent
# from the papers it would come from
ABSENT = (
    ("2023/24", "ballyfinnan"),
    ("outcome 5", "ballyfinnan"),
    ("leisure, community and environment committee", "ballyfinnan"),
    ("q3 2025/26", "quenford"),
    ("quarter 3 2025/26", "quenford"),
    ("portfolio lead for housing", "quenford"),
    ("tram", "quenford"),
    ("band d", "quenford"),
    ("phase 2", "quenford"),
    ("2022/23", "stanmarsh"),
    ("sr14", "stanmarsh"),
    ("portfolio holder for housing", "stanmarsh"),
)
UNANSWERABLE_MIN = 10
MIN_FORMATS = {"pdf": 3, "docx": 3, "html": 2, "txt": 2}
# (PDF, the first item of a list or table, its last item): the list starts on one page and ends on the next
SPLITS = (
    ("ballyfinnan-drumlagh-corporate-plan-2024-2028.pdf", "Open the new £24.6 million Tullyvarra",
     "Support 40 community associations"),
    ("quenford-valley-ca-investment-dashboard-2025-26-q2.pdf", "QV-IP-01", "QV-IP-16"),
)
# (PDF, text that must head the page on which a table continues): the header row is repeated after the break
REPEATED_HEADER = (("quenford-valley-ca-investment-dashboard-2025-26-q2.pdf", "QV-IP-16", "Ref\nScheme\nLead council"),)


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
    command(check, "data/unseen5-corpus")


if __name__ == "__main__":
    main()
