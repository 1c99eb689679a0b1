#!/usr/bin/env python3
"""Check the gold evaluation file eval/questions.jsonl against the corpus.

Usage: python3 eval/check_gold.py [CORPUS_DIR]

CORPUS_DIR defaults to ../shared/corpus relative to the repository root
(the parent of this eval/ folder). Standard library only.

Checks:
  * every line is a JSON object with exactly the expected fields and types;
  * ids are unique; kinds are known; history items are well formed;
  * answerable questions have 1-6 facts and at least one gold doc;
    unanswerable questions have no facts and no docs;
  * every gold doc exists in CORPUS_DIR/sample;
  * every fact occurs in the stripped text of at least one of its gold docs
    (real documents: CORPUS_DIR/text/<stem>.txt with markup stripped;
    .docx/.html documents: read from CORPUS_DIR/sample);
  * no fact contains markup (<...>, **, &entity;).
Prints counts per kind and exits non-zero on any error.
"""
import html
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

KINDS = ["fact", "frontsheet", "list", "hierarchy", "cross", "precedent", "followup", "unanswerable"]
FIELDS = ["id", "q", "kind", "facts", "docs", "history"]
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def strip_markup(text):
    """Remove HTML tags, markdown emphasis and headings; unescape entities; collapse whitespace; lower-case."""
    # inline tags (e.g. 13<sup>th</sup>) vanish without a space; other tags become a space
    text = re.sub(r"</?(?:sup|sub|b|i|em|strong|span|a|u)\b[^>]*>", "", text, flags=re.I)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    text = text.replace("**", " ")
    text = re.sub(r"^\s*#+\s*", "", text, flags=re.M)
    # markdown links [label](target) -> label
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip().lower()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>|<w:tab/>|<w:br/>|</w:tc>", " ", xml)
    return re.sub(r"<[^>]+>", "", xml)


def doc_text(corpus, name, cache):
    if name in cache:
        return cache[name]
    stem, ext = Path(name).stem, Path(name).suffix.lower()
    txt = corpus / "text" / (stem + ".txt")
    sample = corpus / "sample" / name
    if txt.exists():
        raw = txt.read_text(encoding="utf-8")
    elif ext == ".docx" and sample.exists():
        raw = docx_text(sample)
    elif ext in (".html", ".htm") and sample.exists():
        raw = sample.read_text(encoding="utf-8")
        raw = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", raw)
    else:
        raw = None
    cache[name] = None if raw is None else strip_markup(raw)
    return cache[name]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    repo = Path(__file__).resolve().parent.parent
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else repo / ".." / "shared" / "corpus"
    corpus = corpus.resolve()
    qfile = repo / "eval" / "questions.jsonl"
    errors = []
    ids = set()
    kinds = Counter()
    cache = {}
    n = 0
    for lineno, line in enumerate(qfile.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        where = "line %d" % lineno
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append("%s: invalid JSON: %s" % (where, e))
            continue
        if not isinstance(rec, dict) or sorted(rec) != sorted(FIELDS):
            errors.append("%s: fields must be exactly %s" % (where, FIELDS))
            continue
        qid = rec["id"]
        where = "%s (%s)" % (where, qid)
        if not isinstance(qid, str) or not re.fullmatch(r"q\d{3}", qid):
            errors.append("%s: bad id" % where)
        if qid in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(qid)
        if not isinstance(rec["q"], str) or not rec["q"].strip():
            errors.append("%s: empty question" % where)
        kind = rec["kind"]
        if kind not in KINDS:
            errors.append("%s: unknown kind %r" % (where, kind))
        kinds[kind] += 1
        facts, docs, hist = rec["facts"], rec["docs"], rec["history"]
        if not (isinstance(facts, list) and all(isinstance(f, str) for f in facts)):
            errors.append("%s: facts must be a list of strings" % where)
            continue
        if not (isinstance(docs, list) and all(isinstance(d, str) for d in docs)):
            errors.append("%s: docs must be a list of strings" % where)
            continue
        if not isinstance(hist, list) or any(
            not isinstance(h, dict) or sorted(h) != ["content", "role"] or h["role"] not in ("user", "assistant")
            or not isinstance(h["content"], str) or not h["content"].strip()
            for h in hist
        ):
            errors.append("%s: history items must be {role: user|assistant, content}" % where)
        if kind == "followup" and not hist:
            errors.append("%s: followup question needs a history" % where)
        if kind != "followup" and hist:
            errors.append("%s: only followup questions have a history" % where)
        if kind == "unanswerable":
            if facts or docs:
                errors.append("%s: unanswerable must have empty facts and docs" % where)
            continue
        if not 1 <= len(facts) <= 6:
            errors.append("%s: answerable question needs 1-6 facts" % where)
        if not docs:
            errors.append("%s: answerable question needs gold docs" % where)
        texts = []
        for d in docs:
            if not (corpus / "sample" / d).exists():
                errors.append("%s: gold doc not in corpus/sample: %s" % (where, d))
                continue
            t = doc_text(corpus, d, cache)
            if t is None:
                errors.append("%s: no readable text for gold doc %s" % (where, d))
                continue
            texts.append(t)
        for f in facts:
            if re.search(r"<[^>]*>|\*\*|&[a-z]+;|&#\d+;", f):
                errors.append("%s: fact contains markup: %r" % (where, f))
            words = len(f.split())
            if words > 8:
                errors.append("%s: fact longer than 8 words: %r" % (where, f))
            nf = norm(f)
            nfq = nf.translate(QUOTES)
            if not any(nf in t or nfq in t.translate(QUOTES) for t in texts):
                errors.append("%s: fact not found in gold docs %s: %r" % (where, docs, f))
    print("questions: %d" % n)
    for k in KINDS:
        print("  %-12s %d" % (k, kinds.get(k, 0)))
    for k in kinds:
        if k not in KINDS:
            print("  %-12s %d (unknown)" % (k, kinds[k]))
    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all gold facts found in their gold documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
