"""Nothing an unlucky operator does loses the library: kill -9 mid-ingest, hostile files, many conversations at once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from click.testing import CliRunner
from conftest import DEMO, REPO, SHARED, fresh_settings, needs_shared
from test_app import free_port

from cabinet.cli import main
from index.build import ingest_paths, open_store
from index.store import passage_texts

QUERIES = ["lead officer", "priority outcomes", "budget line", "forward plan reference", "minutes of the meeting"]


def _state(settings) -> tuple[dict, str]:
    """Every stored vector by chunk id, and the search output for a few queries: what a user could tell apart."""
    found = open_store(settings).collection.get(include=["embeddings", "documents", "metadatas"])
    vectors = {key: (text, np.asarray(vector).tobytes()) for key, text, vector in zip(found["ids"], passage_texts(found), found["embeddings"])}
    runner = CliRunner()
    return vectors, "".join(runner.invoke(main, ["search", q, "--json", "--store", str(settings.store_path)]).output for q in QUERIES)


def test_kill_9_mid_ingest_then_rerun_equals_a_clean_ingest(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for pdf in DEMO.glob("*.pdf"):
        shutil.copy(pdf, folder)
    for number in range(30):
        (folder / f"minutes-{number:02d}.txt").write_text(
            f"Minutes of meeting {number}\n\n" + "\n".join(f"Item {i}: the committee noted report {number}-{i} on budget line {i * 37}." for i in range(40))
        )
    killed = fresh_settings(tmp_path / "killed")
    command = [sys.executable, "-c", "from cabinet.cli import main; main()", "ingest", str(folder), "--store", str(killed.store_path), "--json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1", "CABINET_DATA_DIR": str(tmp_path / "killed")})
    ingested = 0
    deadline = time.monotonic() + 300
    while ingested < 3 and time.monotonic() < deadline:  # some documents stored, most still to come
        line = process.stdout.readline()
        if not line:
            break
        ingested += json.loads(line).get("status") == "ingested"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert ingested == 3, "the ingest ended before it could be killed mid-way"
    assert len(open_store(killed).documents()) < 35  # it was stopped part-way, and the store opens

    assert not ingest_paths([folder], killed).failed
    clean = fresh_settings(tmp_path / "clean")
    assert not ingest_paths([folder], clean).failed
    assert _state(killed) == _state(clean)


@needs_shared
def test_hostile_files_never_stop_the_rest(tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(SHARED / "bad", folder)
    shutil.copy(DEMO / "leicestershire-hwb-2017-07-20-strategic-plan.pdf", folder / "zz-good.pdf")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--store", str(tmp_path / "store"), "--json"])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    by_name = {line["file"].rsplit("/", 1)[-1]: line for line in lines if "file" in line}
    assert by_name["zz-good.pdf"]["status"] == "ingested"
    assert all(line["reason"] for line in by_name.values() if line["status"] in ("failed", "skipped"))
    assert len(by_name) == sum(1 for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_many_conversations_at_once_each_get_their_own_answers(settings, tmp_path):
    from gradio_client import Client

    import app

    data = tmp_path / "data"
    shutil.copytree(settings.store_path, data / "store")
    served = settings.model_copy(update={"data_dir": data, "store_dir": data / "store", "port": free_port()})
    page = app.launch(served, prevent_thread_lock=True)
    turns = [("Who is the lead officer for the New Vision for Somerset?", "Simon Clifford"),
             ("and what is its forward plan reference?", "FP/17/08/12")]

    def converse(n: int) -> list[str]:
        client = Client(f"http://127.0.0.1:{served.port}/", verbose=False)
        chat, answers = [], []
        for question, _ in turns:
            _, chat, _, _ = client.predict(question, chat, [], [], [], "", "", api_name="/ask")
            answers.append(str(chat[-1]["content"]))
        return answers

    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            conversations = list(pool.map(converse, range(8)))
    finally:
        page.close()
    for answers in conversations:  # a follow-up answered from its own conversation, every time
        assert all(expected in answer for answer, (_, expected) in zip(answers, turns)), answers
