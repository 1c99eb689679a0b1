"""`python -m eval.soak`: ask 1,000 questions of the real app while files are uploaded, and fail when its memory grows.

The app runs as its own process (`cabinet serve`) on a temporary library seeded with the demo documents; client
threads ask the gold questions in short conversations while an uploader adds a new document every few seconds.
Resident memory (VmRSS) of the app process is read from /proc after a warm-up that runs the same mix (every
client at once and uploads), at each tenth of the questions, and at the end; the run fails when it grew by more
than --max-growth percent. `--questions 300` is the short version (about a minute and a half).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from cabinet.settings import REPO_ROOT
from eval.run import DEFAULT_QUESTIONS, load_questions

DEMO = REPO_ROOT / "examples" / "documents"
MAX_GROWTH_PCT = 20.0  # resident memory may grow this much over the soak (after the warm-up), no more


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MiB, from /proc/PID/status."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def _wait_for(url: str, server: subprocess.Popen, timeout: float = 600) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the app exited with code {server.returncode} before it served")
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"the app did not answer at {url} within {timeout:g} s")


class Soak:
    """Counters shared by the asking and uploading threads."""

    def __init__(self, url: str, questions: list[str], total: int, *, offset: int = 0, label: str = "soak") -> None:
        self.url, self.questions, self.total, self.offset, self.label = url, questions, total, offset, label
        self.asked = 0
        self.errors: list[str] = []
        self.uploads = 0
        self.upload_errors: list[str] = []
        self.lock = threading.Lock()
        self.done = threading.Event()

    def next_question(self) -> str | None:
        with self.lock:
            if self.asked >= self.total:
                return None
            self.asked += 1
            return self.questions[(self.offset + self.asked) % len(self.questions)]

    def ask(self, turns: int = 3) -> None:
        """One client: conversations of up to `turns` questions, until the total is reached."""
        from gradio_client import Client

        client = Client(self.url, verbose=False)
        chat: list = []
        while (question := self.next_question()) is not None:
            try:
                _, chat, _, _ = client.predict(question, chat if len(chat) < 2 * turns else [], [], [], [], "", "", api_name="/ask")
                if not chat or not str(chat[-1].get("content")):
                    raise RuntimeError("empty answer")
            except Exception as exc:  # every failure is counted and reported, the soak goes on
                with self.lock:
                    self.errors.append(f"{question[:60]}: {type(exc).__name__}: {str(exc)[:160]}")
                chat = []

    def upload(self, folder: Path, every: float) -> None:
        """Add a new small document every `every` seconds while questions are asked."""
        from gradio_client import Client, handle_file

        client = Client(self.url, verbose=False)
        n = 0
        while not self.done.wait(every):
            n += 1
            note = folder / f"{self.label}-note-{n}.txt"
            note.write_text(f"{self.label.title()} Note {n}\n\nThe {self.label} fund {n} pays {n * 13 + 5} pounds for bench repairs in ward {n}.\n",
                            encoding="utf-8")
            try:
                results, *_ = client.predict([handle_file(str(note))], api_name="/upload")
                if results["data"][0][1] != "ingested":
                    raise RuntimeError(str(results["data"][0]))
                with self.lock:
                    self.uploads += 1
            except Exception as exc:
                with self.lock:
                    self.upload_errors.append(f"{note.name}: {type(exc).__name__}: {str(exc)[:160]}")


def _drive(soak: Soak, clients: int, folder: Path, upload_every: float, on_tick=None) -> None:
    """Run `clients` askers and one uploader until the questions are asked; `on_tick` is called every second meanwhile."""
    askers = [threading.Thread(target=soak.ask) for _ in range(clients)]
    uploader = threading.Thread(target=soak.upload, args=(folder, upload_every))
    for thread in [*askers, uploader]:
        thread.start()
    while any(thread.is_alive() for thread in askers):
        if on_tick:
            on_tick()
        time.sleep(1)
    soak.done.set()
    uploader.join()


def run(total: int, clients: int, upload_every: float, warmup: int) -> dict:
    """Serve a temporary library, warm it up with the soak's own mix, soak it, and return the figures."""
    questions = [gold.q for gold in load_questions(DEFAULT_QUESTIONS) if not gold.history]
    with tempfile.TemporaryDirectory(prefix="cabinet-soak-") as scratch:
        data, port = Path(scratch) / "data", _free_port()
        env = {key: value for key, value in os.environ.items() if key != "CABINET_AUTH_FILE"}  # no sign-in on the scratch app
        env.update({"CABINET_DATA_DIR": str(data), "CABINET_STORE_DIR": str(data / "store"), "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"})
        server = subprocess.Popen([sys.executable, "-c", "from cabinet.cli import main; main()", "serve", "--port", str(port),
                                   "--ingest-if-empty", str(DEMO)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        url = f"http://127.0.0.1:{port}/"
        try:
            _wait_for(url, server)
            # The warm-up is the soak's own mix, so one-off costs (each worker thread's first question, the first
            # upload's parser and page renders) are paid before memory is first read and are not counted as growth.
            warm = Soak(url, questions, warmup, label="warm")
            _drive(warm, clients, Path(scratch), min(upload_every, 2.0))
            start_mb = rss_mb(server.pid)
            soak = Soak(url, questions, total, offset=warmup)
            started = time.monotonic()
            samples: list[tuple[int, float]] = []
            peak = [start_mb]

            def sample() -> None:
                now = rss_mb(server.pid)
                peak[0] = max(peak[0], now)
                if soak.asked >= (len(samples) + 1) * total / 10:
                    samples.append((soak.asked, round(now, 1)))

            _drive(soak, clients, Path(scratch), upload_every, sample)
            end_mb = rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(30)
    return {
        "questions": soak.asked, "errors": len(soak.errors) + len(warm.errors), "first_errors": (warm.errors + soak.errors)[:5],
        "uploads": soak.uploads, "upload_errors": len(soak.upload_errors) + len(warm.upload_errors),
        "first_upload_errors": (warm.upload_errors + soak.upload_errors)[:5], "warmup_questions": warm.asked, "warmup_uploads": warm.uploads,
        "seconds": round(time.monotonic() - started, 1), "rss_start_mb": round(start_mb, 1), "rss_end_mb": round(end_mb, 1),
        "rss_peak_mb": round(peak[0], 1), "rss_growth_pct": round(100 * (end_mb - start_mb) / start_mb, 1),
        "rss_by_questions": samples,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=1000, help="Questions to ask in all.")
    parser.add_argument("--clients", type=int, default=4, help="Conversations at once.")
    parser.add_argument("--upload-every", type=float, default=5.0, help="Seconds between uploads.")
    parser.add_argument("--warmup", type=int, default=80, help="Questions asked (by every client at once, with uploads) before memory is first read.")
    parser.add_argument("--max-growth", type=float, default=MAX_GROWTH_PCT, help="Fail when resident memory grew by more than this percent.")
    args = parser.parse_args()
    report = run(args.questions, args.clients, args.upload_every, args.warmup)
    report["max_growth_pct"] = args.max_growth
    print(json.dumps(report, indent=2))
    failed = [why for why, bad in (("errors", report["errors"]), ("upload errors", report["upload_errors"]),
                                   (f"memory grew by more than {args.max_growth:g}%", report["rss_growth_pct"] > args.max_growth)) if bad]
    if failed:
        print("soak failed: " + ", ".join(failed), file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
