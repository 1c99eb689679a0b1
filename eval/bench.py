"""`make bench`: ingest pages/s and query p50/p95, Cabinet beside the llama-index tutorial pipeline, same run.

Two corpora: the sample corpus, and a synthetic corpus of at least 2,000 PDF pages typeset here (reportlab)
from sentences of the real documents, shuffled with a fixed seed. Twenty pages of it carry a planted fact each
(eval.scale's needles); after each ingest every needle question is searched, and the share whose page is among
the top 10 passages is reported (a faster ingest must still find them).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import statistics
import time
from pathlib import Path

from cabinet.settings import REPO_ROOT, Settings
from eval.run import DEFAULT_QUESTIONS, SHARED_SAMPLE, load_questions, tutorial_pipeline
from index.store import claim_store, clear_owned_store

FLOORS = Path(__file__).resolve().parent / "bench_floors.json"
TUTORIAL_BATCH = 10  # HuggingFaceEmbedding's default batch size, as the tutorial uses it
BENCH_DIR = REPO_ROOT / "data" / "bench"  # not a hidden folder: SimpleDirectoryReader skips those
NEEDLE_K = 10


def synthetic_corpus(folder: Path, pages: int, source: Path, pages_per_file: int = 20, seed: int = 7) -> Path:
    """Typeset `pages` pages of council-like text into PDFs of `pages_per_file` pages each, with the needles planted (listed beside it)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from eval.scale import needles
    from ingest.readers import read_document

    if _needles_file(folder).exists() and len(list(folder.glob("*.pdf"))) * pages_per_file >= pages:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    files = pages // pages_per_file
    # Each needle on its own page, scattered; chosen apart from the text's own random stream.
    spots = random.Random(seed + 1).sample(range(files * pages_per_file), len(needles()))
    planted = {spot: needle | {"file": f"synthetic-{spot // pages_per_file + 1:03d}.pdf", "page": spot % pages_per_file + 1}
               for spot, needle in zip(spots, needles())}
    sentences: list[str] = []
    for path in sorted(source.glob("*.pdf")):
        text = " ".join(page.text for page in read_document(path).pages)
        sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if 40 < len(s) < 400)
    rng = random.Random(seed)
    styles = getSampleStyleSheet()
    for number in range(files):
        story = []
        for page in range(pages_per_file):
            story.append(Paragraph(f"Synthetic council report {number + 1}, section {page + 1}", styles["Heading2"]))
            for paragraph in range(5):  # about 2,700 characters a page, as dense as the sample reports
                said = [rng.choice(sentences) for _ in range(4)]
                needle = planted.get(number * pages_per_file + page)
                if needle and paragraph == 2:  # mid-page, inside a paragraph of ordinary text
                    said.insert(2, needle["fact"])
                story.append(Paragraph(" ".join(said).replace("&", "&amp;").replace("<", "&lt;"), styles["BodyText"]))
            story.append(PageBreak())
        SimpleDocTemplate(str(folder / f"synthetic-{number + 1:03d}.pdf"), pagesize=A4).build(story)
    _needles_file(folder).write_text(json.dumps(list(planted.values()), indent=1))
    return folder


def _needles_file(corpus: Path) -> Path:
    return corpus.parent / f"{corpus.name}-needles.json"  # outside the corpus: SimpleDirectoryReader would read it as a document


def planted(corpus: Path) -> list[dict]:
    """The needles planted in a synthetic corpus (none in the sample)."""
    path = _needles_file(corpus)
    return json.loads(path.read_text()) if path.exists() else []


def _share(found: list[bool]) -> float | None:
    return round(sum(found) / len(found), 3) if found else None


def _timed(run, questions: list[str]) -> dict:
    """p50/p95 milliseconds of `run(question)` over the questions, after one warm-up call."""
    run("warm up")
    values = []
    for question in questions:
        started = time.perf_counter()
        run(question)
        values.append((time.perf_counter() - started) * 1000)
    values.sort()
    return {"p50_ms": round(statistics.median(values), 1), "p95_ms": round(values[int(0.95 * (len(values) - 1))], 1)}


def bench_cabinet(corpus: Path, questions: list[str]) -> dict:
    """Cold ingest into a fresh store, then warm query latencies (one process, model loaded once)."""
    from index.build import ingest_paths
    from index.service import Cabinet

    store = claim_store(BENCH_DIR / "store" / corpus.name, "bench")
    clear_owned_store(store, "bench")  # a cold ingest every run, in the bench's own store
    settings = Settings(data_dir=BENCH_DIR, store_dir=store)
    report = ingest_paths([corpus], settings).summary()
    cabinet = Cabinet(settings)
    found = [any((hit.source, hit.page) == (needle["file"], needle["page"]) for hit in cabinet.search(needle["question"], k=NEEDLE_K))
             for needle in planted(corpus)]
    return {"pages": report["pages"], "chunks": report["chunks"], "ingest_s": report["seconds"],
            "pages_per_s": round(report["pages"] / report["seconds"], 2), "needles_found": _share(found), **_timed(cabinet.ask, questions)}


def bench_tutorial(corpus: Path, questions: list[str], model_path: str) -> dict:
    """The tutorial pipeline's ingest and retrieval-only query latency on the same corpus."""
    index, pages, seconds = tutorial_pipeline(corpus, model_path)
    retriever = index.as_retriever(similarity_top_k=2)
    wide = index.as_retriever(similarity_top_k=NEEDLE_K)
    found = [any((hit.node.metadata.get("file_name"), str(hit.node.metadata.get("page_label"))) == (needle["file"], str(needle["page"]))
                 for hit in wide.retrieve(needle["question"])) for needle in planted(corpus)]
    return {"pages": pages, "ingest_s": round(seconds, 2), "pages_per_s": round(pages / seconds, 2), "needles_found": _share(found),
            **_timed(retriever.retrieve, questions)}


def judge(figures: dict, floors_file: Path) -> dict:
    """Each figure against its floor in a JSON file; milliseconds and failure counts are ceilings."""
    verdicts = {}
    for name, floor in json.loads(floors_file.read_text()).items():
        value = figures.get(name)
        ceiling = name.endswith(("_ms", "failed"))
        verdicts[name] = {"value": value, "floor": floor, "ok": value is not None and (value <= floor if ceiling else value >= floor)}
    return verdicts


def publish(report: dict, figures: dict, floors_file: Path, folder: Path, *, check_floors: bool) -> None:
    """Judge the figures, print the report and save it as FOLDER/report.json; exit 1 below a floor when asked to."""
    report["floors"] = judge(figures, floors_file)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    if check_floors and not all(verdict["ok"] for verdict in report["floors"].values()):
        raise SystemExit(f"{folder.name}: a figure misses its floor in {floors_file.relative_to(REPO_ROOT)}")


def main() -> None:
    """Run both pipelines on both corpora and print one JSON report (also written to data/bench/report.json)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=2000, help="Pages of the synthetic corpus.")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--check-floors", action="store_true", help="Exit 1 when a figure misses eval/bench_floors.json.")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)  # before llama-index's file readers call basicConfig(level=DEBUG)
    settings = Settings()
    import chromadb  # noqa: F401

    from index.embedding import embed_model, settings_model, settings_query_model

    # Load both pipelines' models once, outside every timing; and Chroma above, which both store in (its import
    # takes seconds, and would be timed in whichever pipeline ran first).
    settings_model(settings)
    settings_query_model(settings)
    embed_model(settings.model_path, TUTORIAL_BATCH)
    sample = SHARED_SAMPLE if SHARED_SAMPLE.is_dir() else settings.demo_dir
    questions = [gold.q for gold in load_questions(DEFAULT_QUESTIONS)]
    corpora = {"sample": sample}
    if not args.skip_synthetic:
        corpora["synthetic"] = synthetic_corpus(BENCH_DIR / f"synthetic-{args.pages}", args.pages, settings.demo_dir)
    report: dict = {}
    for name, corpus in corpora.items():
        report[name] = {"corpus": str(corpus)}
        for pipeline, run in (("cabinet", bench_cabinet), ("tutorial", lambda c, q: bench_tutorial(c, q, settings.model_path))):
            report[name][pipeline] = run(corpus, questions)
            print(json.dumps({name: {pipeline: report[name][pipeline]}}), flush=True)
    if "synthetic" in report:
        report["synthetic_ingest_ratio"] = round(report["synthetic"]["cabinet"]["pages_per_s"] / report["synthetic"]["tutorial"]["pages_per_s"], 3)
    figures = {"synthetic_ingest_ratio": report.get("synthetic_ingest_ratio"), "sample_query_p50_ms": report["sample"]["cabinet"]["p50_ms"],
               "synthetic_needles_found": report.get("synthetic", {}).get("cabinet", {}).get("needles_found")}
    publish(report, figures, FLOORS, BENCH_DIR, check_floors=args.check_floors)


if __name__ == "__main__":
    main()
