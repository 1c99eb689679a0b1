"""Check the councils corpus and its gold questions.

Usage: python -m eval.councils.check [CORPUS_DIR]   (default: data/councils-corpus; build it first with
python -m eval.councils.build CORPUS_DIR)

Checks that:
  * questions.jsonl is well formed (fields, ids, kinds, history turns; unanswerable questions have no facts or docs);
  * every gold doc exists and every fact occurs, normalised as the scorer does, in the extracted text of one of its
    gold docs (PDF via pypdf, DOCX via python-docx paragraphs and cells, HTML via html.parser, TXT as is);
  * the subject of each unanswerable question is not trivially answerable (guard phrases absent from the corpus);
  * every document says it is fictional, PDFs have 1-6 pages and a metadata title that is not the real title;
  * the layout traps hold: the milestones table header repeats on a second page, and one 'We will' list of the
    council plan runs over a page break;
  * the corpus and question mix meet the brief's minimums.
Prints counts per kind and exits non-zero on any error.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

from eval.councils import pellingford_plan
from eval.councils.build import DEFAULT_OUT, all_docs
from eval.councils.extract import normalise, pdf_pages, text_of
from eval.councils.model import FICTION, Title

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
FIELDS = ["id", "q", "kind", "facts", "docs", "history"]
KINDS = {"fact", "frontsheet", "list", "hierarchy", "table", "status", "budget", "minutes", "cross-document",
         "precedent", "change", "contact", "followup", "unanswerable"}
MINIMUMS = {"questions": 70, "unanswerable": 10, "followup": 4, "minutes": 6, "hierarchy": 8,
            "frontsheet+contact": 8, "table+status+budget": 8, "cross-document+precedent+change": 6}
FORMAT_MINIMUMS = {"pdf": 7, "docx": 3, "html": 2, "txt": 2}
HIGHLIGHT = "pellingford-highlight-report-2024-05-town-centre.pdf"
PLAN = "pellingford-council-plan-2024-2028.pdf"

# Unanswerable question id -> phrases whose presence in the corpus would make it answerable after all
# (each phrase is checked in every document whose name starts with the given prefix).
GUARDS: dict[str, list[tuple[str, str]]] = {
    "c111": [("parking charge", ""), ("parking tariff", ""), ("per hour", ""), ("to park", "")],
    "c112": [("subsidy in 2020/21", ""), ("2020/21", "ashcombe-cabinet-2023"), ("2020/21", "ashcombe-performance")],
    "c113": [("visits 2023/24", "wenbury"), ("visits in 2023/24", "wenbury"), ("2022/23", "wenbury")],
    "c114": [("capital programme", "kestrel"), ("capital budget", "kestrel")],
    "c115": [("corporate risk register", "pellingford")],
    "c116": [("housing register", ""), ("waiting list", "")],
    "c117": [("opening hours at kestrel vale central", ""), ("central library", "")],
    "c118": [("spent on the solar", ""), ("solar heating system cost", ""), ("lido solar", "")],
    "c119": [("recycling rate in 2019", "ashcombe"), ("2019/20", "ashcombe-performance")],
    "c120": [("band d", "pellingford")],
    "c121": [("audit committee", "kestrel"), ("audit and governance", "kestrel")],
    "c122": [("against", "pellingford-cabinet-minutes"), ("voted", "pellingford-cabinet-minutes")],
    "c123": [("public health", "kestrel")],
}


def load_questions(path: Path) -> list[dict]:
    """The gold questions, one JSON object per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_record(rec: dict, names: set[str]) -> list[str]:
    """Format errors for one question."""
    where, errors = rec.get("id", "?"), []
    if list(rec) != FIELDS:
        return [f"{where}: fields must be exactly {FIELDS}"]
    if rec["kind"] not in KINDS:
        errors.append(f"{where}: unknown kind {rec['kind']}")
    for turn in rec["history"]:
        if set(turn) != {"role", "content"} or turn["role"] not in ("user", "assistant"):
            errors.append(f"{where}: bad history turn {turn}")
    if (rec["kind"] == "followup") != bool(rec["history"]):
        errors.append(f"{where}: follow-ups (and only follow-ups) need a history")
    if rec["kind"] == "unanswerable":
        if rec["facts"] or rec["docs"]:
            errors.append(f"{where}: unanswerable must have empty facts and docs")
        if rec["id"] not in GUARDS:
            errors.append(f"{where}: unanswerable question has no guard phrases in check.py")
        return errors
    if not rec["facts"] or not rec["docs"]:
        errors.append(f"{where}: answerable question needs facts and docs")
    errors += [f"{where}: unknown doc {d}" for d in rec["docs"] if d not in names]
    errors += [f"{where}: fact too long: {f}" for f in rec["facts"] if len(f.split()) > 12]
    errors += [f"{where}: fact has markup: {f}" for f in rec["facts"] if any(m in f for m in ("<", "**", "&"))]
    return errors


def check_facts(rec: dict, texts: dict[str, str]) -> list[str]:
    """Facts that occur in none of the question's gold docs."""
    gold = [texts[d] for d in rec["docs"] if d in texts]
    return [f"{rec['id']}: fact not in gold docs: {fact!r}" for fact in rec["facts"]
            if not any(normalise(fact) in text for text in gold)]


def check_guards(rec: dict, texts: dict[str, str]) -> list[str]:
    """Guard phrases of an unanswerable question that do appear in the corpus."""
    return [f"{rec['id']}: unanswerable but {phrase!r} occurs in {name}"
            for phrase, prefix in GUARDS.get(rec["id"], []) for name, text in texts.items()
            if name.startswith(prefix) and normalise(phrase) in text]


def check_documents(corpus: Path) -> list[str]:
    """Fiction notice, page counts, misleading PDF titles, layout traps and format mix."""
    errors = []
    docs = all_docs()
    for doc in docs:
        path = corpus / doc.name
        text = normalise(text_of(path))
        if normalise(FICTION) not in text:
            errors.append(f"{doc.name}: no fiction notice")
        title = next(b.text for b in doc.blocks if isinstance(b, Title))
        if normalise(title) not in text:
            errors.append(f"{doc.name}: title not in text")
        if doc.fmt == "pdf":
            reader = PdfReader(path)
            if not 1 <= len(reader.pages) <= 6:
                errors.append(f"{doc.name}: {len(reader.pages)} pages")
            if (reader.metadata.title or "") == title:
                errors.append(f"{doc.name}: metadata title is the real title")
    errors += check_layout(corpus)
    formats = Counter(doc.fmt for doc in docs)
    errors += [f"only {formats[f]} {f} documents" for f, n in FORMAT_MINIMUMS.items() if formats[f] < n]
    return errors


def check_layout(corpus: Path) -> list[str]:
    """The milestones header repeats on a later page, and the chosen plan list runs over a page break."""
    errors = []
    pages = [normalise(p) for p in pdf_pages(corpus / HIGHLIGHT)]
    header = "milestone baseline date forecast date status"
    if sum(header in p for p in pages) < 2:
        errors.append(f"{HIGHLIGHT}: milestones header row is not repeated on a second page")
    plan_pages = [normalise(p) for p in pdf_pages(corpus / PLAN)]
    actions = dict(obj for _, _, objs in pellingford_plan.PLAN for obj in objs)[pellingford_plan.SPILL_OBJECTIVE]
    first = [i for i, p in enumerate(plan_pages) if normalise(actions[0]) in p]
    last = [i for i, p in enumerate(plan_pages) if normalise(actions[-1]) in p]
    if not first or not last or first == last:
        errors.append(f"{PLAN}: the '{pellingford_plan.SPILL_OBJECTIVE}' list does not run over a page break")
    return errors


def check_mix(records: list[dict], texts: dict[str, str]) -> list[str]:
    """The question mix and coverage of every document."""
    kinds = Counter(r["kind"] for r in records)
    counts = {"questions": len(records)}
    for key in MINIMUMS:
        if key != "questions":
            counts[key] = sum(kinds[k] for k in key.split("+"))
    errors = [f"only {counts[k]} {k} questions (need {n})" for k, n in MINIMUMS.items() if counts[k] < n]
    cited = {d for r in records for d in r["docs"]}
    errors += [f"no question cites {name}" for name in texts if name not in cited]
    return errors


def main(argv: list[str] | None = None) -> int:
    """Run every check; print a summary; return the exit status."""
    args = sys.argv[1:] if argv is None else argv
    corpus = Path(args[0]) if args else DEFAULT_OUT
    texts = {p.name: normalise(text_of(p)) for p in sorted(corpus.iterdir()) if p.is_file()}
    records = load_questions(QUESTIONS)
    errors = check_documents(corpus)
    ids = Counter(r.get("id") for r in records)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for rec in records:
        format_errors = check_record(rec, set(texts))
        errors += format_errors or check_facts(rec, texts) + check_guards(rec, texts)
    errors += check_mix(records, texts)
    kinds = Counter(r["kind"] for r in records)
    print(f"{len(texts)} documents, {len(records)} questions, {sum(len(r['facts']) for r in records)} facts")
    print(", ".join(f"{k}: {n}" for k, n in sorted(kinds.items())))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
