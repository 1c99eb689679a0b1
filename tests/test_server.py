"""A Chroma server (`chroma run` on loopback) as the store: libraries, readers that see new documents (embedded too), one writer."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TINY

from cabinet.cli import main
from cabinet.errors import EmptyStoreError, StoreBusyError, StoreError
from cabinet.settings import Settings
from index.build import ingest_paths, open_store
from index.store import passage_texts

CHROMA = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    assert Path(CHROMA).exists(), f"the chroma CLI should come with the chromadb package: {CHROMA} is missing; run `make install`"
    port = _free_port()
    process = subprocess.Popen([CHROMA, "run", "--path", str(tmp_path_factory.mktemp("chroma")), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=30)


def _settings(tmp_path: Path, url: str | None, library: str = "cabinet") -> Settings:
    return Settings(data_dir=tmp_path, store_dir=tmp_path / "store", chroma_url=url, library=library)


def test_ingest_and_search_through_the_server_with_one_collection_per_library(tmp_path, server):
    first = _settings(tmp_path, server, "ashcombe")
    report = ingest_paths([TINY[0]], first)
    assert not report.failed and report.results[0].status == "ingested"
    assert not (first.store_path / "chroma.sqlite3").exists()  # the chunks are on the server, not in a local store
    store = open_store(first)
    assert store.count() == report.results[0].chunks and store.collection.name == "ashcombe"
    with pytest.raises(EmptyStoreError, match="library kestrel"):
        open_store(_settings(tmp_path, server, "kestrel"))  # another library on the same server is empty
    result = CliRunner().invoke(main, ["search", "new vision", "--json", "--chroma-url", server, "--library", "ashcombe",
                                       "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert TINY[0].name in result.output


@pytest.mark.parametrize("mode", ["embedded", "server"])
def test_a_running_reader_sees_a_document_ingested_by_another_process(tmp_path, request, mode):
    from index.service import Cabinet

    server = request.getfixturevalue("server") if mode == "server" else None
    settings = _settings(tmp_path, server, "reader-test")
    ingest_paths([TINY[0]], settings)
    cabinet = Cabinet(settings)
    assert {hit.source for hit in cabinet.search("health and wellbeing strategy", k=10)} == {TINY[0].name}
    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(TINY[1], folder)
    command = [sys.executable, "-c", "from cabinet.cli import main; main()", "ingest", str(folder), "--store", str(tmp_path / "store"),
               "--library", "reader-test", *(["--chroma-url", server] if server else [])]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert TINY[1].name in {hit.source for hit in cabinet.search("health and wellbeing strategy", k=10)}
    # Found by meaning too, not only by BM25: the reader's vector index has the new chunks.
    dense = cabinet.retriever.dense.retrieve("health and wellbeing strategy")
    assert TINY[1].name in {found.node.metadata["source"] for found in dense}


def test_a_second_writer_is_refused_while_one_writes(tmp_path, server):
    from conftest import outside_writer

    settings = _settings(tmp_path, server, "busy-test").model_copy(update={"write_wait": 1.0})
    settings.store_path.mkdir(parents=True)
    with outside_writer(settings.store_path, 30), pytest.raises(StoreBusyError, match="another ingest"):
        ingest_paths([TINY[0]], settings)


def test_an_unreachable_server_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot reach the Chroma server"):
        open_store(_settings(tmp_path, f"http://127.0.0.1:{_free_port()}"), create=True)


def test_kill_9_of_an_ingest_into_the_server_then_a_rerun_equals_a_clean_ingest(tmp_path, server):
    import json
    import os
    import signal

    import numpy as np
    from conftest import DEMO, REPO

    folder = tmp_path / "docs"
    folder.mkdir()
    for pdf in DEMO.glob("*.pdf"):
        shutil.copy(pdf, folder)
    for number in range(30):
        (folder / f"minutes-{number:02d}.txt").write_text(
            f"Minutes of meeting {number}\n\n" + "\n".join(f"Item {i}: the committee noted report {number}-{i} on budget line {i * 37}." for i in range(40))
        )
    killed = _settings(tmp_path / "killed", server, "killed")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1", "CABINET_DATA_DIR": str(killed.data_dir),
           "CABINET_CHROMA_URL": server, "CABINET_LIBRARY": "killed"}
    command = [sys.executable, "-c", "from cabinet.cli import main; main()", "ingest", str(folder), "--store", str(killed.store_dir), "--json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    ingested, deadline = 0, time.monotonic() + 300
    while ingested < 3 and time.monotonic() < deadline:  # some documents stored in the server, most still to come
        line = process.stdout.readline()
        if not line:
            break
        ingested += json.loads(line).get("status") == "ingested"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert ingested == 3, "the ingest ended before it could be killed mid-way"

    assert not ingest_paths([folder], killed).failed
    clean = _settings(tmp_path / "clean", server, "clean")
    assert not ingest_paths([folder], clean).failed

    def state(settings: Settings, library: str) -> tuple[dict, str]:
        found = open_store(settings).collection.get(include=["embeddings", "documents", "metadatas"])
        vectors = {key: (text, np.asarray(vector).tobytes()) for key, text, vector in zip(found["ids"], passage_texts(found), found["embeddings"])}
        searches = []
        for query in ("lead officer", "priority outcomes", "budget line", "minutes of the meeting"):
            result = CliRunner().invoke(main, ["search", query, "--json", "--store", str(settings.store_dir)],
                                        env={"CABINET_CHROMA_URL": server, "CABINET_LIBRARY": library})
            assert result.exit_code == 0, result.output
            searches.append(result.stdout)
        return vectors, "".join(searches)

    assert state(killed, "killed") == state(clean, "clean")


def test_a_document_ingested_into_the_server_while_the_app_serves_is_answered_with_its_page_within_10_s(tmp_path, server):
    from gradio_client import Client
    from test_app import ask, free_port

    import app

    settings = _settings(tmp_path, server, "live-test").model_copy(update={"port": free_port()})
    ingest_paths([TINY[0]], settings)
    page = app.launch(settings, prevent_thread_lock=True)
    try:
        client = Client(f"http://127.0.0.1:{settings.port}/", verbose=False)
        folder = tmp_path / "more"
        folder.mkdir()
        shutil.copy(TINY[1], folder)
        command = [sys.executable, "-c", "from cabinet.cli import main; main()", "ingest", str(folder), "--store", str(tmp_path / "store"),
                   "--library", "live-test", "--chroma-url", server]
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=Path(__file__).resolve().parent.parent)
        assert done.returncode == 0, done.stderr
        finished = time.monotonic()
        chat, sources = [], ""
        while time.monotonic() - finished < 10:
            chat, sources, _ = ask(client, "What are the five priority outcomes in Leicestershire's strategic plan?")
            if "Strong Economy" in str(chat[-1]["content"]):
                break
        assert "Strong Economy" in str(chat[-1]["content"]) and time.monotonic() - finished < 10
        assert TINY[1].name in sources and "<img" in sources  # the cited page, shown as an image of that page
    finally:
        page.close()
