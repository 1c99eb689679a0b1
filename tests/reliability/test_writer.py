"""One writer, queued: the app's own uploads take turns, an outside writer is waited for within CABINET_WRITE_WAIT, no failed copy is kept."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, TINY, outside_writer
from test_app import free_port

from cabinet.cli import main
from cabinet.errors import StoreBusyError
from index.store import write_lock


@pytest.fixture(scope="module")
def app_settings(settings, tmp_path_factory):
    data = tmp_path_factory.mktemp("writer-app")
    shutil.copytree(settings.store_path, data / "store")
    return settings.model_copy(update={"data_dir": data, "store_dir": data / "store", "port": free_port(), "write_wait": 3.0})


@pytest.fixture(scope="module")
def client(app_settings):
    from gradio_client import Client

    import app

    page = app.launch(app_settings, prevent_thread_lock=True)
    yield Client(f"http://127.0.0.1:{app_settings.port}/", verbose=False)
    page.close()


def _note(folder: Path, n: int) -> Path:
    path = folder / f"ward-note-{n}.txt"
    path.write_text(f"Ward Note {n}\n\nThe ward {n} repairs fund pays {n * 100 + 7} pounds for footpath repairs in 2025.\n")
    return path


def test_ten_simultaneous_uploads_all_end_ingested(client, app_settings, tmp_path):
    from gradio_client import handle_file

    from index.build import open_store
    from index.library import documents

    before = open_store(app_settings).count()
    jobs = [client.submit([handle_file(str(_note(tmp_path, n)))], api_name="/upload") for n in range(10)]
    rows = [row for job in jobs for row in job.result(timeout=300)[0]["data"]]
    assert sorted(row[0] for row in rows) == sorted(f"ward-note-{n}.txt" for n in range(10))
    assert {row[1] for row in rows} == {"ingested"}, rows
    # Every upload's passages are in the store once: writers that overlapped could lose or double some.
    reported = [int(re.search(r"(\d+) passages", row[2]).group(1)) for row in rows]
    assert all(reported) and open_store(app_settings).count() == before + sum(reported), (before, reported)
    assert {f"ward-note-{n}.txt" for n in range(10)} <= {doc.source for doc in documents(app_settings)}
    kept = sorted(p.name for p in (app_settings.data_dir / "uploads").rglob("ward-note-*"))
    assert kept == sorted(f"ward-note-{n}.txt" for n in range(10))


def test_an_upload_waits_for_an_outside_writer_then_goes_in(client, app_settings, tmp_path):
    from gradio_client import handle_file

    with outside_writer(app_settings.store_path, 1.5):
        started = time.monotonic()
        results, *_ = client.predict([handle_file(str(_note(tmp_path, 21)))], api_name="/upload")
    assert time.monotonic() - started >= 1.0  # it waited for the other writer rather than failing at once
    assert [row[:2] for row in results["data"]] == [["ward-note-21.txt", "ingested"]]


def test_an_outside_writer_past_the_wait_fails_the_upload_and_keeps_no_copy(client, app_settings, tmp_path):
    from gradio_client import handle_file
    from gradio_client.exceptions import AppError

    with outside_writer(app_settings.store_path, 30), pytest.raises(AppError, match=r"still holds it after 3 s \(CABINET_WRITE_WAIT\)"):
        client.predict([handle_file(str(_note(tmp_path, 31)))], api_name="/upload")
    assert not list((app_settings.data_dir / "uploads").rglob("ward-note-31*"))


def test_writers_of_one_process_take_turns(tmp_path):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    store, order = tmp_path / "store", []
    inside = threading.Event()

    def write(name: str) -> None:
        with write_lock(store, wait=0):  # a refused writer raises, and result() below raises it again in the test
            order.append(f"{name} in")
            inside.set()
            time.sleep(0.3)
            order.append(f"{name} out")

    with ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(write, "a")
        assert inside.wait(10), "the first writer never got the lock"
        second = pool.submit(write, "b")  # asks while "a" holds the lock: it must queue, not fail or overlap
        first.result(timeout=30)
        second.result(timeout=30)
    assert order == ["a in", "a out", "b in", "b out"]  # overlapping writers would give "a in", "b in", ...


def _ask_for_lock(store: Path, wait: float) -> str:
    """'granted' when this process gets the store's writer lock within `wait` s, else the refusal's message."""
    try:
        with write_lock(store, wait=wait):
            return "granted"
    except StoreBusyError as refused:
        return str(refused)


def test_a_second_process_is_refused_after_the_wait_with_who_holds_it(tmp_path):
    store = tmp_path / "store"
    with outside_writer(store, 30) as holder:
        started = time.monotonic()
        answer = _ask_for_lock(store, wait=1.0)
        waited = time.monotonic() - started
    assert answer != "granted", "the lock was granted while another process held it"
    assert re.search(rf"pid {holder.pid}.*after 1 s", answer), answer
    assert 1.0 <= waited < 5
    code = ("import sys; from pathlib import Path; from index.store import write_lock\n"
            "with write_lock(Path(sys.argv[1])):\n    print('granted')\n")

    def probe() -> subprocess.CompletedProcess:
        """Another process asking for the lock at once (no wait)."""
        return subprocess.run([sys.executable, "-c", code, str(store)], capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)

    free = probe()
    assert free.returncode == 0 and free.stdout.strip() == "granted", free.stderr  # the holder has gone: the lock is free
    with write_lock(store, wait=0):
        held = probe()  # this writer holds it now: another process is refused and told who holds it
    assert held.returncode != 0 and "granted" not in held.stdout, held.stdout
    assert "StoreBusyError" in held.stderr and f"pid {os.getpid()}" in held.stderr, held.stderr
    freed = probe()
    assert freed.returncode == 0 and freed.stdout.strip() == "granted", freed.stderr  # and this writer let it go


def test_cli_ingest_waits_for_an_outside_writer_and_says_so(settings, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(TINY[0], corpus)
    monkeypatch.setenv("CABINET_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CABINET_WRITE_WAIT", "30")
    store = tmp_path / "data" / "store"
    with outside_writer(store, 1.5):
        result = CliRunner().invoke(main, ["ingest", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "waiting up to 30 s" in result.output and "1 ingested" in result.output
