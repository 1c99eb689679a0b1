"""`cabinet eval`: answer the gold questions and measure facts, citations, abstention, latency and retrieval.

The same run measures the plain llama-index tutorial pipeline (SimpleDirectoryReader, SentenceSplitter(1024,
200), Chroma, the same embedding model) on the same questions, so Cabinet's retrieval gain is a ratio.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from cabinet.errors import StoreBusyError, StoreError
from cabinet.settings import REPO_ROOT, Settings
from index.models import Answer, Turn
from index.store import claim_store, clear_owned_store

EVAL_DIR = Path(__file__).resolve().parent
DEFAULT_QUESTIONS = EVAL_DIR / "questions.jsonl"
FLOORS = EVAL_DIR / "floors.json"
SHARED_SAMPLE = REPO_ROOT.parent / "shared" / "corpus" / "sample"
RETRIEVAL_K = 5
TUTORIAL_DEFAULT_K = 2  # as_query_engine()'s default similarity_top_k: the tutorial's answer reads 2 chunks of up to 1024 tokens
LLM_FLOORS = ("citation_validity", "abstention_accuracy")
CEILINGS = frozenset({"distractor_cited", "dropped_questions"})  # figures that must stay at or under their limit
FACTOID_KINDS = frozenset({"fact", "frontsheet", "budget", "contact"})  # questions one line answers
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalise(text: str) -> str:
    """Lower-case, markdown escapes removed, quotes and dashes unified, whitespace collapsed."""
    text = html.unescape(text).replace("\\", "").translate(_QUOTES).lower()
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Gold:
    """One gold question."""

    id: str
    q: str
    kind: str
    facts: list[str]
    docs: list[str]
    history: list[Turn]

    @property
    def answerable(self) -> bool:
        """False for questions the corpus cannot answer."""
        return self.kind != "unanswerable"


def load_questions(path: Path) -> list[Gold]:
    """Read the gold JSONL file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Gold(r["id"], r["q"], r["kind"], r["facts"], r["docs"], [Turn(**t) for t in r.get("history", [])]) for r in rows]


class PageTexts:
    """The text of each cited page, read independently of the store, to check quotes against."""

    def __init__(self, corpus: Path) -> None:
        self.files = {path.name: path for path in corpus.rglob("*") if path.is_file()}
        self.cache: dict[tuple[str, int | None], str] = {}

    def text(self, source: str, page: int | None) -> str:
        key = (source, page)
        if key not in self.cache:
            path = self.files.get(source)
            if path is None:
                self.cache[key] = ""
            elif path.suffix.lower() == ".pdf":
                from pypdf import PdfReader

                reader = PdfReader(path)
                self.cache[key] = normalise(reader.pages[page - 1].extract_text()) if page and page <= len(reader.pages) else ""
            else:
                from ingest.readers import read_document

                self.cache[key] = normalise(" ".join(p.text for p in read_document(path).pages))
        return self.cache[key]

    def quote_valid(self, source: str, page: int | None, quote: str) -> bool:
        """True when the quote stands verbatim (whitespace aside) on the cited page of the cited file."""
        return bool(quote.strip()) and normalise(quote) in self.text(source, page)


def score_answers(questions: list[Gold], answers: list[Answer], pages: PageTexts) -> dict:
    """Quality figures for a list of answers to the gold questions."""
    answerable = [(g, a) for g, a in zip(questions, answers) if g.answerable]
    recalls, complete, doc_cited, distractor, precise = [], [], [], [], []
    for gold, answer in answerable:
        text = normalise(answer.answer)
        found = [normalise(fact) in text for fact in gold.facts]
        if gold.kind in FACTOID_KINDS and answer.citations and gold.facts:
            # Of a factoid answer's citations, the share whose quote holds a fact asked for (padding lowers it).
            holds = [any(normalise(fact) in normalise(c.quote) for fact in gold.facts) for c in answer.citations]
            precise.append(sum(holds) / len(holds))
        recalls.append(sum(found) / len(found) if found else 1.0)
        complete.append(all(found))
        cited = {c.source for c in answer.citations}
        doc_cited.append(bool(cited & set(gold.docs)))
        if not any(doc.startswith("northmoor") for doc in gold.docs):
            distractor.append(any(source.startswith("northmoor") for source in cited))
    citations = [(c.source, c.page, c.quote) for a in answers for c in a.citations]
    valid = [pages.quote_valid(*c) for c in citations]
    abstain_right = [a.abstained == (not g.answerable) for g, a in zip(questions, answers)]
    unanswerable = [a.abstained for g, a in zip(questions, answers) if not g.answerable]
    latencies = sorted(a.timings_ms.total for a in answers)
    return {
        "questions": len(questions),
        "fact_recall": _mean(recalls),
        "complete_answers": _mean(complete),
        "gold_doc_cited": _mean(doc_cited),
        "citation_validity": _mean(valid) if valid else 1.0,
        "citations": len(citations),
        "abstention_accuracy": _mean(abstain_right),
        "unanswerable_abstained": _mean(unanswerable),
        "answerable_answered": _mean([not a.abstained for g, a in answerable]),
        "distractor_cited": _mean(distractor),
        "factoid_citation_precision": _mean(precise),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
    }


def _mean(values: list) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def retrieval_recall(questions: list[Gold], retrieve) -> dict:
    """Share of answerable questions whose gold document is in the top K passages, and of gold facts found there."""
    doc_hits, fact_hits = [], []
    for gold in questions:
        if not gold.answerable:
            continue
        passages = retrieve(gold)
        sources = {source for source, _ in passages}
        text = normalise(" ".join(t for _, t in passages))
        doc_hits.append(bool(sources & set(gold.docs)))
        fact_hits.extend(normalise(fact) in text for fact in gold.facts)
    return {"doc_recall": _mean(doc_hits), "fact_recall": _mean(fact_hits)}


def tutorial_pipeline(corpus: Path, model_path: str, k: int = RETRIEVAL_K):
    """The llama-index starter pipeline over the same corpus and model; returns (retriever, pages ingested, seconds)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from index.embedding import embed_model

    started = time.monotonic()
    documents = SimpleDirectoryReader(str(corpus), recursive=True).load_data()
    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.get_or_create_collection(f"tutorial_{int(time.time() * 1000)}")
    storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
    index = VectorStoreIndex.from_documents(
        documents,
        storage_context=storage,
        embed_model=embed_model(model_path, 10),  # HuggingFaceEmbedding's default batch size
        transformations=[SentenceSplitter(chunk_size=1024, chunk_overlap=200)],
    )
    return index, len(documents), time.monotonic() - started


@dataclass
class EvalRun:
    """What one `cabinet eval` measures: which gold questions, over which corpus, against which floors."""

    questions: Path = DEFAULT_QUESTIONS
    corpus: Path | None = None
    floors: Path = FLOORS
    baseline: bool = True
    check_floors: bool = False
    as_json: bool = False
    modes: list[str] = field(default_factory=lambda: ["extractive"])
    report_name: str = "eval-report.json"


def run_eval(settings: Settings, run: EvalRun, *, store: Path | None = None) -> bool:
    """Ingest the corpus into a store of the eval's own, answer every gold question in each mode, print figures.

    The store is `store` when given (a new or empty folder, or one an earlier eval made) or a temporary folder
    removed afterwards; CABINET_STORE_DIR, the user's library, is never read or written. False if under a floor.
    """
    if run.corpus is None:
        run.corpus = SHARED_SAMPLE if SHARED_SAMPLE.is_dir() else settings.demo_dir
    if store is not None:
        return _run_eval(settings.model_copy(update={"store_dir": claim_store(store, "eval")}), run)
    scratch = Path(tempfile.mkdtemp(prefix="cabinet-eval-"))
    try:
        return _run_eval(settings.model_copy(update={"store_dir": claim_store(scratch, "eval")}), run)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # made by mkdtemp above


def _ingest_eval_store(corpus: Path, settings: Settings) -> None:
    """Ingest the corpus; an eval store built with other settings is cleared (it is the eval's own) and built again."""
    from index.build import ingest_paths

    try:
        ingest_paths([corpus], settings)
    except StoreBusyError:
        raise
    except StoreError:
        clear_owned_store(settings.store_path, "eval")
        ingest_paths([corpus], settings)


def _run_eval(settings: Settings, run: EvalRun) -> bool:
    from index.service import Cabinet

    corpus = run.corpus
    gold = load_questions(run.questions)
    available = {path.name for path in corpus.rglob("*")}
    dropped = [g.id for g in gold if not all(doc in available for doc in g.docs)]
    gold = [g for g in gold if g.id not in dropped]
    _ingest_eval_store(corpus, settings)
    cabinet = Cabinet(settings)
    cabinet.ask("warm up the model")
    pages = PageTexts(corpus)
    figures, answered = {}, {}
    for mode in run.modes:
        answered[mode] = [cabinet.ask(g.q, g.history, qid=g.id, mode=mode) for g in gold]
        figures[mode] = score_answers(gold, answered[mode], pages)
        if mode == "llm":
            figures[mode]["model_written"] = _mean([a.mode == "llm" for a in answered[mode]])
            figures[mode]["fell_back"] = sum("this is the extractive answer" in (a.note or "") for a in answered[mode])
    primary = next(iter(figures))
    answers = answered[primary]
    # A gold question whose document is missing is counted, never silently left out: the demo set alone (no
    # ../shared beside the clone) is the one corpus allowed to lack documents.
    figures[primary]["dropped_questions"] = len(dropped) if corpus != settings.demo_dir else 0
    report = {"corpus": str(corpus), "mode": primary, "cabinet": figures[primary], "modes": figures, "dropped": dropped}
    report["retrieval"] = _retrieval(settings, cabinet, gold, corpus, run.baseline)
    report["failures"] = [
        {"id": g.id, "q": g.q, "abstained": a.abstained, "missing": [f for f in g.facts if normalise(f) not in normalise(a.answer)]}
        for g, a in zip(gold, answers)
        if (g.answerable and (a.abstained or any(normalise(f) not in normalise(a.answer) for f in g.facts))) or (not g.answerable and not a.abstained)
    ]
    ok, verdicts = check(report, json.loads(run.floors.read_text()))
    report["floors"] = verdicts
    Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    (Path(settings.data_dir) / run.report_name).write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2) if run.as_json else render(report, run.report_name))
    return ok or not run.check_floors


def _retrieval(settings: Settings, cabinet, gold: list[Gold], corpus: Path, baseline: bool) -> dict:
    """Gold facts in the passages each pipeline's answerer reads: at its default k, and both at the same k."""
    from index.answer import condense

    def cabinet_retrieve(k: int):
        return lambda g: [(h.metadata.get("source"), h.text) for h in cabinet.retriever.retrieve(condense(g.q, g.history)[0], None, k)]

    figures = {
        "cabinet_default": {"k": settings.top_k, **retrieval_recall(gold, cabinet_retrieve(settings.top_k))},
        "cabinet_at_5": retrieval_recall(gold, cabinet_retrieve(RETRIEVAL_K)),
    }
    if not baseline:
        return figures
    index, _, _ = tutorial_pipeline(corpus, settings.model_path)

    def tutorial_retrieve(k: int):
        retriever = index.as_retriever(similarity_top_k=k)

        def retrieve(g: Gold):
            query = " ".join([t.content for t in g.history if t.role == "user"] + [g.q])
            return [(Path(h.node.metadata.get("file_name", "")).name, h.node.get_content()) for h in retriever.retrieve(query)]

        return retrieve

    figures["tutorial_default"] = {"k": TUTORIAL_DEFAULT_K, **retrieval_recall(gold, tutorial_retrieve(TUTORIAL_DEFAULT_K))}
    figures["tutorial_at_5"] = retrieval_recall(gold, tutorial_retrieve(RETRIEVAL_K))
    figures["gain"] = round(figures["cabinet_default"]["fact_recall"] / (figures["tutorial_default"]["fact_recall"] or 1e-9), 3)
    figures["gain_at_5"] = round(figures["cabinet_at_5"]["fact_recall"] / (figures["tutorial_at_5"]["fact_recall"] or 1e-9), 3)
    return figures


def check(report: dict, floors: dict) -> tuple[bool, dict]:
    """Compare figures with the floors kept in eval/floors.json (p50_ms is a ceiling).

    In LLM mode only the floors Cabinet guarantees whatever the model writes are checked (named `llm:<figure>`
    beside extractive figures): citation validity and abstention. Recall and latency belong to the model.
    """
    verdicts = {}
    primary = report.get("mode", "extractive")
    for mode, measured in (report.get("modes") or {primary: report["cabinet"]}).items():
        figures = dict(measured)
        figures["retrieval_gain"] = report.get("retrieval", {}).get("gain")
        figures["retrieval_gain_at_5"] = report.get("retrieval", {}).get("gain_at_5")
        for name, floor in floors.items():
            if mode == "llm" and name not in LLM_FLOORS:
                continue
            if name.startswith("retrieval_gain") and figures.get(name) is None:
                continue  # --no-baseline: the tutorial pipeline was not measured, so there is no gain to judge
            value = figures.get(name)
            passed = value is not None and (value <= floor if name.endswith("_ms") or name in CEILINGS else value >= floor)
            verdicts[name if mode == primary else f"{mode}:{name}"] = {"value": value, "floor": floor, "ok": passed}
    return all(v["ok"] for v in verdicts.values()), verdicts


def render(report: dict, report_name: str = "eval-report.json") -> str:
    """A plain-text table of the figures."""
    lines = [f"Eval over {report['cabinet']['questions']} questions, corpus {report['corpus']}"]
    modes = report.get("modes") or {report.get("mode", "extractive"): report["cabinet"]}
    if len(modes) > 1:
        lines.append(f"  {'':<24} " + " ".join(f"{mode:>12}" for mode in modes))
    names = list(dict.fromkeys(name for figures in modes.values() for name in figures))
    for name in names:
        lines.append(f"  {name:<24} " + " ".join(f"{str(figures.get(name, '-')):>12}" for figures in modes.values()))
    for name, figures in report["retrieval"].items():
        if isinstance(figures, dict):
            lines.append(f"Retrieval {name:<18} {figures}")
    if "gain" in report["retrieval"]:
        lines.append(f"Retrieval gain (fact recall, each pipeline at its default k): {report['retrieval']['gain']}")
    for name, verdict in report["floors"].items():
        lines.append(f"  floor {name:<22} {verdict['value']} vs {verdict['floor']}: {'ok' if verdict['ok'] else 'BELOW FLOOR'}")
    lines.append(f"{len(report['failures'])} questions with missing facts or wrong abstention (see data/{report_name})")
    return "\n".join(lines)
