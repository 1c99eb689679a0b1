"""What the blind corpora's checks share: their gold questions' rules and their command line."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from eval.councils.extract import normalise

KINDS = {"fact", "frontsheet", "budget", "contact", "list", "tree", "status", "minutes", "cross", "summary", "unanswerable"}


def load_rows(path: Path) -> list[dict]:
    """The gold questions of a JSONL file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def describe(rows: list[dict], texts: dict[str, str]) -> None:
    """Print the questions by kind and the documents by format."""
    print(f"{len(rows)} questions: " + ", ".join(f"{k} {n}" for k, n in sorted(Counter(r['kind'] for r in rows).items())))
    formats = Counter(name.rsplit(".", 1)[-1] for name in texts)
    print(f"{sum(1 for r in rows if r.get('history'))} with history; {len(texts)} documents: "
          + ", ".join(f"{f} {n}" for f, n in sorted(formats.items())))


def question_errors(rows: list[dict], texts: dict[str, str], unanswerable_min: int = 0) -> list[str]:
    """Problems with a blind corpus's gold questions: ids, kinds, facts not in their docs or given away by the question,
    cross questions with one document, history turns, too few unanswerable questions."""
    errors: list[str] = []
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
        if r["kind"] == "cross" and len(r["docs"]) < 2:
            errors.append(f"{r['id']}: a cross question needs two gold docs")
        for doc in r["docs"]:
            if doc not in texts:
                errors.append(f"{r['id']}: unknown doc {doc}")
        asked = normalise(" ".join([r["q"]] + [t.get("content", "") for t in r.get("history", [])]))
        for fact in r["facts"]:
            if not any(normalise(fact) in texts.get(doc, "") for doc in r["docs"]):
                errors.append(f"{r['id']}: fact not in its docs: {fact!r}")
            if normalise(fact) in asked:
                errors.append(f"{r['id']}: the question gives away its fact {fact!r}")
        for turn in r.get("history", []):
            if turn.get("role") not in ("user", "assistant") or not turn.get("content"):
                errors.append(f"{r['id']}: bad history turn")
    if sum(r["kind"] == "unanswerable" for r in rows) < unanswerable_min:
        errors.append(f"fewer than {unanswerable_min} unanswerable questions")
    return errors



def command(check: Callable[[Path], list[str]], default: str) -> None:
    """A check's command line: check the corpus in argv[1] (or `default`), print each problem, exit 1 on any."""
    errors = check(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(default))
    for error in errors:
        print("ERROR", error)
    sys.exit(1 if errors else 0)
