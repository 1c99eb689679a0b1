"""`make bench` (load part): simultaneous conversations against the real app through gradio_client.

Each conversation is a question and a follow-up taken from the gold questions whose documents are in the
demo set. An answer under load is correct when it equals the answer the same conversation gets alone (no
cross-talk between sessions, nothing lost in the queue); gold-fact recall is reported beside it.
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

from cabinet.settings import REPO_ROOT, Settings
from eval.bench import publish
from eval.run import DEFAULT_QUESTIONS, load_questions, normalise

FLOORS = Path(__file__).resolve().parent / "load_floors.json"
LOAD_DIR = REPO_ROOT / "data" / "load"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def conversations(demo: Path, count: int) -> list[list[tuple[str, list[str]]]]:
    """`count` two-turn conversations of answerable gold questions about the demo documents, each with its facts."""
    present = {path.name for path in demo.iterdir()}
    usable = [(gold.q, gold.facts) for gold in load_questions(DEFAULT_QUESTIONS) if gold.answerable and not gold.history and set(gold.docs) <= present]
    return [[usable[(2 * i) % len(usable)], usable[(2 * i + 1) % len(usable)]] for i in range(count)]


_ANSWER_ID = re.compile(r"#source-[0-9a-f]{10}-(\d+)")  # each answer's sources are named by its own id, new every time


def _text(message) -> str:
    """An answer's text with its answer id left out of the source links, so two runs of one question compare equal."""
    content = message["content"]
    text = content if isinstance(content, str) else " ".join(part.get("text", "") for part in content)
    return _ANSWER_ID.sub(r"#source-\1", text)


def converse(url: str, turns: list[tuple[str, list[str]]], timings: list[float] | None = None) -> list[str]:
    """Ask each question of a conversation in order, with the history so far; the answers' text."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    chat, answers = [], []
    for question, _ in turns:
        started = time.perf_counter()
        _, chat, _, _ = client.predict(question, chat, [], [], [], "", "", api_name="/ask")
        if timings is not None:
            timings.append((time.perf_counter() - started) * 1000)
        answers.append(_text(chat[-1]))
    return answers


def run_load(url: str, plan: list[list[tuple[str, list[str]]]]) -> dict:
    """Every conversation alone first (the reference), then all at once; figures of the simultaneous run."""
    reference = [converse(url, turns) for turns in plan]
    timings: list[float] = []
    results: list[list[str] | Exception] = [[] for _ in plan]

    def one(index: int) -> None:
        try:
            results[index] = converse(url, plan[index], timings)
        except Exception as exc:  # a failed conversation is counted, not fatal to the measurement
            results[index] = exc

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(plan))]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    failed = [r for r in results if isinstance(r, Exception)]
    same = [got == want for got, want in zip(results, reference) if not isinstance(got, Exception)]
    facts = [normalise(fact) in normalise(answer) for turns, got in zip(plan, results) if not isinstance(got, Exception)
             for (_, wanted), answer in zip(turns, got) for fact in wanted]
    ordered = sorted(timings)
    return {
        "conversations": len(plan),
        "turns": sum(len(turns) for turns in plan),
        "failed": len(failed),
        "errors": sorted({f"{type(e).__name__}: {e}" for e in failed})[:3],
        "correct": round(sum(same) / len(plan), 3),
        "fact_recall": round(sum(facts) / max(1, len(facts)), 3),
        "p50_ms": round(statistics.median(ordered), 1) if ordered else None,
        "p95_ms": round(ordered[max(0, int(round(0.95 * len(ordered))) - 1)], 1) if ordered else None,
        "wall_s": round(wall, 2),
        "turns_per_s": round(len(timings) / wall, 2),
    }


def main() -> None:
    """Launch the app over the demo set, run the simultaneous conversations, print (and save) a JSON report."""
    import app
    from index.build import ingest_paths
    from index.store import claim_store

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=10)
    parser.add_argument("--check-floors", action="store_true", help="Exit 1 when a figure misses eval/load_floors.json.")
    args = parser.parse_args()
    # A fresh store of its own each run: one left by an earlier run (other embedding settings) is never reused.
    with tempfile.TemporaryDirectory(prefix="cabinet-load-") as scratch:
        settings = Settings(data_dir=Path(scratch), store_dir=claim_store(Path(scratch) / "store", "load"), port=_free_port())
        report = ingest_paths([settings.demo_dir], settings)
        if report.failed:
            raise SystemExit(f"load: the demo set did not ingest: {report.results}")
        page = app.launch(settings, prevent_thread_lock=True)
        try:
            figures = run_load(f"http://127.0.0.1:{settings.port}/", conversations(settings.demo_dir, args.conversations))
        finally:
            page.close()
    publish(figures, figures, FLOORS, LOAD_DIR, check_floors=args.check_floors)


if __name__ == "__main__":
    main()
