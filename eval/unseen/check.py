"""Check the unseen corpus against its gold questions.

Usage: python -m eval.unseen.check CORPUS_DIR   (build it first with python -m eval.unseen.build CORPUS_DIR)

Checks that questions.jsonl is well formed; that every fact of an answerable question occurs, normalised as the scorer
does, in the extracted text of one of its gold docs (PDF via pypdf, DOCX via python-docx, HTML via html.parser, TXT as
is); that the subjects of the unanswerable questions are absent from the corpus; that PDFs have 2-6 pages; and that
the two PDF layout traps hold (a plan list over a page break, a capital table header repeated on page 2).
Prints counts per kind and exits non-zero on any error.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from eval.councils.blind import command
from eval.councils.extract import normalise, pdf_pages, text_of
from eval.councils.model import FICTION
from eval.unseen.build import all_docs

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
KINDS = {"fact", "frontsheet", "budget", "contact", "list", "tree", "status", "minutes", "cross", "summary", "unanswerable"}
ABSENT = ("quarter 3", "phase 3", "block b", "footbridge will cost", "2027/28 £000")  # subjects of unanswerable questions


def check(corpus: Path) -> list[str]:
    """Every problem found, as messages."""
    errors: list[str] = []
    texts = {d.name: normalise(text_of(corpus / d.name)) for d in all_docs()}
    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("duplicate question ids")
    for r in rows:
        if r["kind"] not in KINDS:
            errors.append(f"{r['id']}: unknown kind {r['kind']}")
        if r["kind"] == "unanswerable":
            if r["facts"] or r["docs"]:
                errors.append(f"{r['id']}: unanswerable with facts or docs")
            continue
        if not 1 <= len(r["facts"]) <= 8:
            errors.append(f"{r['id']}: {len(r['facts'])} facts")
        for doc in r["docs"]:
            if doc not in texts:
                errors.append(f"{r['id']}: unknown doc {doc}")
        for fact in r["facts"]:
            if not any(normalise(fact) in texts.get(doc, "") for doc in r["docs"]):
                errors.append(f"{r['id']}: fact not in its docs: {fact!r}")
        for turn in r.get("history", []):
            if turn.get("role") not in ("user", "assistant") or not turn.get("content"):
                errors.append(f"{r['id']}: bad history turn")
    for phrase in ABSENT:
        for name, text in texts.items():
            if phrase in text:
                errors.append(f"unanswerable guard {phrase!r} found in {name}")
    for name, text in texts.items():
        if normalise(FICTION) not in text:
            errors.append(f"{name}: does not say it is fictional")
        if name.endswith(".pdf") and not 2 <= len(pdf_pages(corpus / name)) <= 6:
            errors.append(f"{name}: page count out of range")
    plan = pdf_pages(corpus / "fernhallow-corporate-plan-2022-2026.pdf")
    first, last = "Reopen the Millbrook Lido by summer 2024", "Keep Green Flag status"
    if not any(first in p and last not in p and last in q for p, q in zip(plan, plan[1:])):
        errors.append("corporate plan: the Mission 4 list does not run over a page break")
    capital = pdf_pages(corpus / "fernhallow-capital-programme-2024-2027.pdf")
    if len(capital) < 2 or "Scheme\nMission" not in capital[1] or "Station Quarter cycle hub" not in capital[1]:
        errors.append("capital programme: the scheme table does not continue on page 2 with its header")
    print(f"{len(rows)} questions: " + ", ".join(f"{k} {n}" for k, n in sorted(Counter(r['kind'] for r in rows).items())))
    return errors


def main() -> None:
    """Command-line entry point."""
    command(check, "data/unseen-corpus")


if __name__ == "__main__":
    main()
