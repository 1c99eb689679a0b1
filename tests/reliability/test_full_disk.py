"""A full disk: the ingest stops at the first failed write with one message; reading commands say so instead of a traceback."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import uuid

import pytest
from click.testing import CliRunner
from conftest import DEMO, REPO, fresh_settings

from cabinet.cli import main
from cabinet.errors import StoreFullError
from index.build import ingest_paths
from index.store import Store


def test_the_first_failed_write_stops_the_ingest_with_one_message(tmp_path, monkeypatch):
    settings = fresh_settings(tmp_path)
    tried = []

    def full(self, nodes):
        tried.append(nodes[0].metadata["source"])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Store, "add", full)
    seen = []
    with pytest.raises(StoreFullError, match=rf"the disk holding the store at {settings.store_path} is full .* free about \d+ MB"):
        ingest_paths([DEMO], settings, on_result=seen.append)
    assert len(tried) == 1  # not one attempt (and one failure line) per remaining file
    assert not [r for r in seen if r.status == "failed"]


# Mounting a tmpfs needs root, as this project's CI runs; a user's own run leaves the real full disk to the unit test above.
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a 3 MB tmpfs needs root")


@pytest.fixture
def tiny_disk(tmp_path):
    """A 3 MB tmpfs."""
    folder = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], capture_output=True, text=True)
    assert mounted.returncode == 0, f"root could not mount a tmpfs: {mounted.stderr}"
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


@needs_root
def test_a_really_full_disk_stops_once_and_reading_commands_say_so(tiny_disk, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(30):  # about 1 MB of distinct text: more than a 3 MB disk holds once embedded and indexed
        lines = [f"Ward {n} budget line {i}: the council set aside {n * 1000 + i} pounds for repairs to route {i * 7 + n}." for i in range(400)]
        (corpus / f"ward-{n}-budget.txt").write_text(f"Ward {n} Budget\n\n" + "\n".join(lines), encoding="utf-8")
    store = str(tiny_disk / "store")

    def cabinet(*args: str) -> subprocess.CompletedProcess:
        # A process per command, as a user runs them (Chroma, once it has hit a full disk, may hang in the same process).
        return subprocess.run([sys.executable, "-c", "from cabinet.cli import main; main()", *args, "--store", store], capture_output=True,
                              text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(REPO), "CABINET_DATA_DIR": str(tmp_path / "data")})

    result = cabinet("ingest", str(corpus))
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.count("is full") == 1 and "the ingest stopped at the first write that failed" in result.stderr
    assert "could not be stored" not in result.stdout and "Traceback" not in result.stderr
    # Files are stored 8 at a time: when the disk fills during the first flush, nothing was stored, and they say so.
    empty = not any(line.startswith("ingested ") for line in result.stdout.splitlines())
    said = ("the disk holding it is full",) + (("no documents yet",) if empty else ())
    for command in (["docs"], ["search", "budget"], ["ask", "What is the budget?"]):  # they work, or say the disk is full
        read = cabinet(*command)
        assert read.returncode == 0 or (read.returncode == 1 and any(words in read.stderr for words in said)), (command, read.stderr)
        assert "Traceback" not in read.stderr, (command, read.stderr)
    subprocess.run(["mount", "-o", "remount,size=200m", str(tiny_disk)], check=True)  # space freed: the same ingest completes
    again = cabinet("ingest", str(corpus))
    assert again.returncode == 0 and ", 0 failed;" in again.stdout, again.stdout + again.stderr
    listed = cabinet("docs")
    assert listed.returncode == 0 and listed.stdout.count("Budget") == 30, listed.stdout + listed.stderr

def test_reading_commands_report_a_store_they_cannot_read_on_a_full_disk(settings, monkeypatch):
    import chromadb.api.models.Collection as collection

    import index.store

    def broken(self):
        raise RuntimeError("Error executing plan: Error sending backfill request to compactor: Failed to apply logs to the metadata segment")

    monkeypatch.setattr(collection.Collection, "count", broken)  # what Chroma said after SQLite ran out of space mid-write
    monkeypatch.setattr(index.store, "_free_bytes", lambda path: 200 * 1024)
    for command in (["docs"], ["search", "budget"], ["ask", "What is the budget?"]):
        read = CliRunner().invoke(main, [*command, "--store", str(settings.store_path)])
        assert read.exit_code == 1 and "the disk holding it is full (0.2 MB free)" in read.output, (command, read.output)
    monkeypatch.setattr(index.store, "_free_bytes", lambda path: 10 * 2**30)
    read = CliRunner().invoke(main, ["docs", "--store", str(settings.store_path)])
    assert read.exit_code == 1 and "cannot open the store" in read.output and "Traceback" not in read.output
