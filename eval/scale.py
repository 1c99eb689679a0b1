"""`make bench-scale`: a library of 100,000 (or 1,000,000) passages, with warm ask/search p50/p95, start-up, memory and disk.

The passages are generated: sentences of the demo (and shared sample) documents shuffled with a fixed seed, 40 passages to a
document. Their vectors are computed in bulk: every distinct sentence is embedded once by the configured
model, and a passage's vector is the normalised mean of its sentences' vectors (a transformer over every
passage would take hours on two cores). Needle documents carry one invented fact each (a fund, a ward and
a sum); their passages are embedded whole by the model, as ingest would, and each needle question must find
its document among the top 10 passages (`search`) and state its sum (`ask`).

Each measurement runs in a fresh process (a cold start, as the app has): embedded store, then a Chroma server. A server
library is built by the embedded client in the folder the server then serves (HTTP adds ran at 75 passages/s).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from cabinet.settings import REPO_ROOT, Settings

SCALE_DIR = REPO_ROOT / "data" / "scale"
PASSAGES_PER_DOCUMENT = 40
SENTENCES_PER_PASSAGE = 8
NEEDLES = 20
ADD_BATCH = 20_000  # passages made before each store call (Store.add sends them in Chroma's largest batches)
SYLLABLES = ["quil", "bar", "wen", "dor", "mid", "stan", "ash", "fen", "hol", "brig", "kel", "mor", "tarn", "vel", "orm", "pell"]
FUNDS = ["Harbour Lighting", "Hedgerow Renewal", "Bridge Strengthening", "Library Reopening", "Flood Gauge", "Bus Shelter", "Play Area"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def needles(seed: int = 11) -> list[dict]:
    """Invented facts: each a sentence to plant, the question that asks for it, and the sum the answer must state."""
    rng = random.Random(seed)
    found = []
    for number in range(NEEDLES):
        fund, ward, sum_ = rng.choice(FUNDS), _name(rng), f"£{rng.randint(10, 99)},{rng.randint(100, 999)}"
        found.append({"doc": f"needle-{number:03d}", "sum": sum_,
                      "fact": f"The {fund} Fund grant for {ward} ward was set at {sum_} in the capital programme.",
                      "question": f"What was the {fund} Fund grant for {ward} ward?"})
    return found


def _sentences(demo: Path) -> list[str]:
    from eval.run import SHARED_SAMPLE
    from ingest.readers import read_document

    sentences: list[str] = []
    folders = [demo, SHARED_SAMPLE] if SHARED_SAMPLE.is_dir() else [demo]
    for path in sorted({path for folder in folders for path in folder.glob("*.pdf")}):
        text = " ".join(page.text for page in read_document(path).pages)
        sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if 40 < len(s) < 300)
    return sorted(set(sentences))


def build_library(settings: Settings, passages: int, seed: int = 7) -> dict:
    """Write `passages` generated passages (and the needles) into the configured store, catalogue and lexical indexes.

    Returns the counts and where the time went (embed the sentence pool, make passages, Chroma adds, catalogue, BM25).
    """
    import numpy as np
    from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

    from index.build import open_store
    from index.catalogue import Catalogue
    from index.embedding import settings_model
    from index.lexical import refresh
    from ingest.documents import PARSER_VERSION

    started = time.monotonic()
    model = settings_model(settings)
    pool = _sentences(settings.demo_dir)
    vectors = np.asarray(model.get_text_embedding_batch(pool), dtype=np.float32)
    embedded = time.monotonic() - started
    rng = random.Random(seed)
    store = open_store(settings, create=True)
    catalogue = Catalogue(settings.store_path)
    planted = {needle["doc"]: needle for needle in needles()}
    documents = passages // PASSAGES_PER_DOCUMENT
    # The needle documents sit at scattered places among the others: rare, not first or last.
    needle_at = dict(zip(sorted(rng.sample(range(documents), len(planted))), planted))
    batch: list = []
    written: dict = {}  # node id -> node (its vector dropped once stored), so BM25 need not read a million passages back
    adding = 0.0
    for number in range(documents):
        doc_id = needle_at.get(number) or f"generated-{number:07d}"
        needle = planted.get(doc_id)
        title = f"Report {number + 1} of the {_name(rng)} committee"
        for ordinal in range(PASSAGES_PER_DOCUMENT):
            chosen = rng.sample(range(len(pool)), SENTENCES_PER_PASSAGE)
            text = " ".join(pool[index] for index in chosen)
            if needle and ordinal == PASSAGES_PER_DOCUMENT // 2:
                text = f"{needle['fact']} {text}"
                vector = model.get_text_embedding(text)  # a needle passage is embedded whole, as ingest would
            else:
                mean = vectors[chosen].mean(axis=0)
                vector = (mean / np.linalg.norm(mean)).tolist()
            metadata = {"source": f"{doc_id}.pdf", "path": f"/generated/{doc_id}.pdf", "title": title, "kind": "pdf", "doc_type": "report",
                        "council": "", "date": f"20{10 + number % 15}-0{1 + number % 9}-15", "page": 1 + ordinal // 4, "page_count": 10,
                        "section": "", "workstream": "", "ordinal": ordinal}
            batch.append(TextNode(id_=f"{doc_id}:{ordinal}", text=text, metadata=metadata, embedding=vector,
                                  relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=doc_id)}))
        catalogue.documents[doc_id] = {"source": f"{doc_id}.pdf", "path": f"/generated/{doc_id}.pdf", "title": title, "date": metadata["date"],
                                       "kind": "pdf", "doc_type": "report", "council": "", "front_sheet": None, "workstreams": [], "pages": 10,
                                       "outline": [], "model": None, "parser": PARSER_VERSION, "chunks": PASSAGES_PER_DOCUMENT}
        if len(batch) >= ADD_BATCH:
            adding += _add(store, batch, written)
            batch = []
            print(f"{len(written)} passages stored, {time.monotonic() - started:.0f} s, adds {adding:.0f} s", file=sys.stderr, flush=True)
    if batch:
        adding += _add(store, batch, written)
    made = time.monotonic() - started - embedded - adding
    catalogue.save()
    catalogued = time.monotonic() - started - embedded - made - adding
    refresh(store, written)
    return {"passages": store.count(), "documents": documents, "sentences_embedded": len(pool), "build_s": round(time.monotonic() - started, 1),
            "embed_pool_s": round(embedded, 1), "make_passages_s": round(made, 1), "chroma_add_s": round(adding, 1),
            "catalogue_s": round(catalogued, 1), "lexical_s": round(time.monotonic() - started - embedded - made - adding - catalogued, 1),
            "add_passages_per_s": round(passages / max(adding, 1e-9))}


def _add(store, batch: list, written: dict) -> float:
    """Store a batch (Store.add splits it at Chroma's own batch limit); the seconds it took. Vectors are dropped after."""
    begun = time.monotonic()
    store.add(batch)
    for node in batch:
        node.embedding = None
        written[node.node_id] = node
    return time.monotonic() - begun


def measure(settings: Settings, count: int = 30) -> dict:
    """In this (fresh) process: start-up, warm search and ask p50/p95, needles found, peak resident memory."""
    import resource

    from index.service import Cabinet

    started = time.monotonic()
    cabinet = Cabinet(settings)
    ready = time.monotonic() - started
    planted = needles()
    generic = ["What are the priorities for adult social care?", "How is the budget gap to be closed?", "What did the cabinet decide about waste?",
               "Which risks are rated red?", "What is the plan for school places?"]
    cabinet.search("warm up")
    cabinet.ask("warm up question about the budget")
    search_ms, ask_ms, found_search, found_ask = [], [], 0, 0
    for needle in planted:
        begun = time.perf_counter()
        hits = cabinet.search(needle["question"], k=10)
        search_ms.append((time.perf_counter() - begun) * 1000)
        found_search += any(hit.source == f"{needle['doc']}.pdf" for hit in hits)
        begun = time.perf_counter()
        answer = cabinet.ask(needle["question"])
        ask_ms.append((time.perf_counter() - begun) * 1000)
        found_ask += needle["sum"] in answer.answer
    for question in generic * max(1, count // len(generic)):
        begun = time.perf_counter()
        cabinet.search(question, k=10)
        search_ms.append((time.perf_counter() - begun) * 1000)
        begun = time.perf_counter()
        cabinet.ask(question)
        ask_ms.append((time.perf_counter() - begun) * 1000)

    def percentiles(values: list[float]) -> dict:
        values = sorted(values)
        return {"p50_ms": round(statistics.median(values), 1), "p95_ms": round(values[int(0.95 * (len(values) - 1))], 1)}

    return {"ready_s": round(ready, 1), "search": percentiles(search_ms), "ask": percentiles(ask_ms),
            "needles_found_search": round(found_search / len(planted), 3), "needles_found_ask": round(found_ask / len(planted), 3),
            "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def _disk_mb(path: Path) -> float:
    return round(sum(file.stat().st_size for file in path.rglob("*") if file.is_file()) / 1024 / 1024, 1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _in_fresh_process(step: str, settings_args: dict, **extra) -> dict:
    """Run one step in a fresh Python; its progress and errors go to STEP.log beside the library."""
    payload = json.dumps({"step": step, "settings": settings_args, **extra})
    log = Path(settings_args["data_dir"]) / f"{step}.log"
    with log.open("w") as errors:
        done = subprocess.run([sys.executable, "-m", "eval.scale", "--child", payload], stdout=subprocess.PIPE, stderr=errors, text=True, cwd=REPO_ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{step} failed:\n{log.read_text()[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_mode(mode: str, passages: int, root: Path = SCALE_DIR, *, reuse: bool = False, query_backend: str | None = None,
             build_over_http: bool = False) -> dict:
    """Build a library of `passages` in one mode (embedded or server) and measure it in a fresh process.

    A server library is written by the embedded client into the folder the server then serves (`chroma run
    --path`), so the build skips HTTP and the server only reads; `build_over_http` sends the adds through the
    server instead (about 75 passages/s at 100,000). With `reuse`, a library an earlier run finished building in
    the same folder is measured again, not rebuilt.
    """
    folder = root / f"{mode}-{passages}"
    build_record = folder / "build.json"
    built = json.loads(build_record.read_text()) if reuse and build_record.exists() else None
    if built is None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    settings_args = {"data_dir": str(folder), "store_dir": str(folder / "store")}
    served = folder / ("chroma" if build_over_http or (folder / "chroma").is_dir() else "store")
    server = None
    load = {"load_at_start": _load_average()}
    try:
        if mode == "server" and (built is None and build_over_http):
            server, settings_args["chroma_url"] = _serve(served)
        if built is None:
            built = _in_fresh_process("build", settings_args, passages=passages)
            built["built_via"] = "http" if server else "embedded client" if mode == "server" else "embedded"
            build_record.write_text(json.dumps(built))
            load["load_after_build"] = _load_average()
        if mode == "server" and server is None:
            server, settings_args["chroma_url"] = _serve(served)
        measured = _in_fresh_process("measure", {**settings_args, **({"query_backend": query_backend} if query_backend else {})})
        load["load_after_measure"] = _load_average()
        if server:
            measured["server_max_rss_mb"] = _peak_rss_mb(server.pid)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=120)
    return {**built, **measured, "disk_mb": _disk_mb(folder), **load}


def _serve(path: Path) -> tuple[subprocess.Popen, str]:
    """A Chroma server over `path` on a free local port, started and answering; the process and its URL."""
    port = _free_port()
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    server = subprocess.Popen([chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for(port)
    return server, f"http://127.0.0.1:{port}"


def _load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _peak_rss_mb(pid: int) -> int | None:
    """A process's peak resident memory (VmHWM), from /proc."""
    try:
        found = re.search(r"VmHWM:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
    except OSError:
        return None
    return round(int(found.group(1)) / 1024) if found else None


def _wait_for(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the Chroma server on port {port} did not start")


def main() -> None:
    """Build and measure each size in each mode; print one JSON report (also report.json in --dir)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passages", type=int, nargs="+", default=[100_000])
    parser.add_argument("--modes", nargs="+", choices=["embedded", "server"], default=["embedded", "server"])
    parser.add_argument("--dir", type=Path, default=SCALE_DIR, help="where the libraries and report.json go (default data/scale)")
    parser.add_argument("--server-only", action="store_true", help="the Chroma server mode alone (the same as --modes server)")
    parser.add_argument("--reuse", action="store_true", help="measure a library an earlier run built in --dir again instead of rebuilding it")
    parser.add_argument("--build-over-http", action="store_true",
                        help="server mode: send the adds through the server (slow) instead of writing the served folder with the embedded client")
    parser.add_argument("--query-backend", choices=["onnx", "torch", "none"], help="CABINET_QUERY_BACKEND for the measurement only")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        payload = json.loads(args.child)
        settings = Settings(**payload["settings"])
        if payload["step"] == "build":
            import resource

            result = build_library(settings, payload["passages"])
            result["build_max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        else:
            result = measure(settings)
        print(json.dumps(result))
        return
    report = {}
    for passages in args.passages:
        for mode in ["server"] if args.server_only else args.modes:
            report[f"{mode}-{passages}"] = run_mode(mode, passages, args.dir, reuse=args.reuse, query_backend=args.query_backend,
                                                       build_over_http=args.build_over_http)
            print(json.dumps({f"{mode}-{passages}": report[f"{mode}-{passages}"]}), flush=True)
    args.dir.mkdir(parents=True, exist_ok=True)
    (args.dir / "report.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
