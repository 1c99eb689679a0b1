"""Ingest end to end on a real Chroma store: statuses, idempotence, replacement, locking, model check."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DEMO, SHARED, fresh_settings, needs_shared, outside_writer

from cabinet.cli import main
from cabinet.errors import StoreBusyError, StoreError
from index.build import ingest_paths, open_store
from index.catalogue import Catalogue
from index.store import Store
from ingest.worker import parse_files

EXPECTED_BAD = {
    "empty.pdf": "failed",
    "truncated.pdf": "failed",
    "encrypted.pdf": "failed",
    "scanned.pdf": "failed",
    "not-really-a.pdf": "failed",
    "zero-text.pdf": "failed",
    "huge-line.txt": "failed",
    "unsupported.xlsx": "skipped",
    "duplicate-of-new-vision.pdf": "skipped",
    "latin1-report.txt": "ingested",
    "prompt-injection.pdf": "ingested",
    "northmoor-parish-grants-note.pdf": "ingested",
    "Cabinet report – été 2019.pdf": "ingested",
}


@needs_shared
def test_sample_and_bad_together(tmp_path):
    runner = CliRunner()
    args = ["ingest", str(SHARED / "sample"), str(SHARED / "bad"), "--store", str(tmp_path / "store"), "--json"]
    first = runner.invoke(main, args)
    assert first.exit_code == 1, first.output
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    by_name = {line["file"].rsplit("/", 1)[-1]: line for line in lines if "file" in line}
    for name, status in EXPECTED_BAD.items():
        assert by_name[name]["status"] == status, by_name[name]
        if status != "ingested":
            assert by_name[name]["reason"], name
    assert all(by_name[p.name]["status"] == "ingested" for p in (SHARED / "sample").iterdir())
    assert "duplicate of somerset-cabinet-2017-11-15-new-vision.pdf" in by_name["duplicate-of-new-vision.pdf"]["reason"]
    second = runner.invoke(main, args)
    summary = json.loads(second.stdout.splitlines()[-1])["summary"]
    assert summary["ingested"] == 0 and summary["unchanged"] == 15 and summary["failed"] == 7, summary
    again = {json.loads(line)["file"].rsplit("/", 1)[-1]: json.loads(line) for line in second.stdout.splitlines()[:-1]}
    assert again["encrypted.pdf"]["reason"] == by_name["encrypted.pdf"]["reason"], "a file that failed keeps its reason"


def test_changed_file_replaces_its_chunks(tmp_path):
    settings = fresh_settings(tmp_path)
    document = tmp_path / "docs" / "report.txt"
    document.parent.mkdir()
    document.write_text("Parking review\n\nThe council will review parking charges in Taunton.\n")
    ingest_paths([document.parent], settings)
    document.write_text("Parking review\n\nThe council will freeze parking charges in Wells.\n")
    report = ingest_paths([document.parent], settings)
    assert [r.status for r in report.results] == ["ingested"]
    texts = [node.text for node in open_store(settings).nodes()]
    assert any("Wells" in text for text in texts) and not any("Taunton" in text for text in texts)


def test_second_writer_fails_at_once(tmp_path):
    settings = fresh_settings(tmp_path).model_copy(update={"write_wait": 0})
    with outside_writer(settings.store_path, 30):
        with pytest.raises(StoreBusyError, match="another ingest"):
            ingest_paths([DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf"], settings)


def test_store_built_with_another_model_is_refused(settings):
    with pytest.raises(StoreError, match="cabinet ingest --rebuild"):
        Store(settings.store_path, "some-other-model", 768)


def test_slow_parse_times_out_and_the_rest_go_on(tmp_path):
    slow = tmp_path / "minutes.txt"
    slow.write_text("Item noted by the committee with no further action.\n" * 400_000)
    pdf = DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf"
    results = {r.path.name: r for r in parse_files([slow, pdf], workers=1, timeout=3)}
    assert results["minutes.txt"].error.startswith("timed out"), results["minutes.txt"].error
    assert results[pdf.name].error is None and results[pdf.name].chunks, "the worker stuck on the slow file was replaced"


def test_workers_idle_together_share_the_last_file(tmp_path):
    notes = []
    for number in range(3):
        notes.append(tmp_path / f"note-{number}.txt")
        notes[-1].write_text(f"Parking review {number}\n\nThe council will review parking charges in ward {number}.\n")
    parsed = []
    for result in parse_files(notes, workers=2):
        parsed.append(result)
        time.sleep(2 if len(parsed) == 1 else 0)  # the other worker finishes meanwhile: both are idle, one file is left
    assert sorted(r.path.name for r in parsed) == [n.name for n in notes] and not any(r.error for r in parsed)


def test_a_file_that_runs_a_worker_out_of_memory_fails_alone(tmp_path):
    big = tmp_path / "minutes.txt"
    big.write_text("Item noted by the committee with no further action.\n" * 400_000)
    small = tmp_path / "note.txt"
    small.write_text("Parking review\n\nThe council will review parking charges in the town centre.\n")
    results = [(r.path.name, r.error) for r in parse_files([small, big, small, small], workers=1, memory_mb=400, timeout=60)]
    assert results[1][0] == "minutes.txt" and results[1][1].startswith("out of memory"), results
    assert [error for name, error in results if name == "note.txt"] == [None, None, None], "a fresh worker takes the files after it"


def test_rebuild_empties_the_store(tmp_path):
    settings = fresh_settings(tmp_path)
    one = DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf"
    copy = tmp_path / "copy" / "leicestershire.pdf"
    copy.parent.mkdir()
    shutil.copy(DEMO / "leicestershire-hwb-2017-07-20-strategic-plan.pdf", copy)
    ingest_paths([one, copy.parent], settings)
    report = ingest_paths([one], settings, rebuild=True)
    assert [r.status for r in report.results] == ["ingested"]
    assert {doc.source for doc in open_store(settings).documents()} == {one.name}


def test_a_store_inside_the_ingested_folder_is_not_ingested(tmp_path):
    from cabinet.settings import Settings

    shutil.copy(DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf", tmp_path)
    settings = Settings(data_dir=tmp_path / "data", store_dir=tmp_path / "data" / "store")
    ingest_paths([tmp_path], settings)
    report = ingest_paths([tmp_path], settings)
    assert [(Path(r.file).name, r.status) for r in report.results] == [("somerset-cabinet-2017-11-15-new-vision.pdf", "unchanged")]


def test_killed_ingest_leaves_whole_documents_and_the_next_run_completes(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "docs"
    folder.mkdir()
    for pdf in DEMO.glob("*.pdf"):
        shutil.copy(pdf, folder)
    for number in range(60):
        (folder / f"minutes-{number:02d}.txt").write_text(
            f"Minutes of meeting {number}\n\n" + "\n".join(f"Item {i}: the committee noted report {number}-{i} on budget line {i * 37}." for i in range(40))
        )
    settings = fresh_settings(tmp_path)
    command = [str(Path(sys.executable).parent / "cabinet"), "ingest", str(folder), "--store", str(settings.store_path), "--json"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "CABINET_DATA_DIR": str(tmp_path)})
    deadline = time.monotonic() + 300
    while not Catalogue.stamp(settings.store_path) > 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()

    store = open_store(settings)
    clean = fresh_settings(tmp_path / "clean")  # what a whole ingest stores of each file (the worker reads more than read_document)
    assert not ingest_paths([folder], clean).failed
    expected = {doc.source: doc.chunks for doc in open_store(clean).documents()}
    assert set(expected) == {p.name for p in folder.iterdir()}
    for doc in store.documents():
        assert doc.chunks == expected[doc.source], f"{doc.source} is stored in part"
    report = ingest_paths([folder], settings)
    assert not report.failed
    assert {doc.source for doc in open_store(settings).documents()} == set(expected)


def test_each_highlight_chunk_knows_its_workstream():
    from index.build import _workstream_of_chunks
    from ingest.chunking import Chunk

    chunks = [
        Chunk("Programme report\nAlpha Summary of key proposals\nDo alpha things.", 1, "", 0),
        Chunk("Alpha carried on here.", 1, "", 1),
        Chunk("Last alpha line.\nwith the Alpha team\nBeta\nSummary of key proposals", 2, "", 2),
        Chunk("Beta goes on.", 2, "", 3),
    ]
    streams = [{"name": "Alpha", "page": 1}, {"name": "Beta", "page": 2}]
    assert _workstream_of_chunks(chunks, streams) == ["Alpha", "Alpha", "Alpha", "Beta"]


def test_documents_read_by_an_older_parser_are_read_again(tmp_path):
    from index.catalogue import Catalogue

    settings = fresh_settings(tmp_path)
    pdf = DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf"
    first = ingest_paths([pdf], settings).results[0]
    catalogue = Catalogue(settings.store_path)
    catalogue.documents[first.doc_id]["parser"] = 1  # as an older Cabinet left it
    catalogue.save()
    again = ingest_paths([pdf], settings).results[0]
    assert (again.status, again.chunks) == ("ingested", first.chunks)
    assert open_store(settings).count() == first.chunks  # the old chunks were replaced, not doubled
    assert ingest_paths([pdf], settings).results[0].status == "unchanged"


def test_a_file_the_store_refuses_fails_alone_and_the_rest_of_its_batch_is_stored(tmp_path, monkeypatch):
    settings = fresh_settings(tmp_path)
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf", folder)
    (folder / "refused.txt").write_text("Minutes of the meeting.\n\nThe committee agreed the parking review.\n")
    (folder / "kept.txt").write_text("Cabinet report.\n\nThe council will resurface the ring road in spring.\n")
    calls: list[int] = []
    real_add = Store.add

    def add(store, nodes):
        calls.append(len({node.metadata["source"] for node in nodes}))
        if any(node.metadata["source"] == "refused.txt" for node in nodes):
            raise ValueError("a value the store cannot hold")
        real_add(store, nodes)

    monkeypatch.setattr(Store, "add", add)
    report = ingest_paths([folder], settings.model_copy(update={"ingest_workers": 1}))
    status = {Path(result.file).name: result for result in report.results}
    assert status["refused.txt"].status == "failed" and "could not be stored: a value the store cannot hold" in status["refused.txt"].reason
    assert status["kept.txt"].status == status["somerset-cabinet-2017-11-15-new-vision.pdf"].status == "ingested"
    assert calls[0] == 3, "the three files went to the store in one call"
    stored = {doc.source for doc in open_store(settings).documents()}
    assert stored == {"kept.txt", "somerset-cabinet-2017-11-15-new-vision.pdf"}
    assert {doc["source"] for doc in Catalogue(settings.store_path).documents.values()} == stored


def _notes(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    for number in range(count):
        (folder / f"note-{number}.txt").write_text(f"Parking review {number}\n\nThe council will review parking charges in ward {number}.\n")
    return sorted(folder.iterdir())


def test_an_ingest_knows_the_library_from_its_catalogue_without_reading_every_chunk(tmp_path, monkeypatch):
    settings = fresh_settings(tmp_path)
    notes = _notes(tmp_path / "docs", 3)
    ingest_paths(notes[:2], settings)

    def scan(self):
        raise AssertionError("the store's chunks were read to learn what it holds")

    monkeypatch.setattr(Store, "documents", scan)
    report = ingest_paths(notes, settings)
    assert [r.status for r in report.results] == ["unchanged", "unchanged", "ingested"]


def test_a_library_whose_catalogue_and_store_disagree_is_read_from_the_store_and_repaired(tmp_path):
    settings = fresh_settings(tmp_path)
    notes = _notes(tmp_path / "docs", 3)
    ingest_paths(notes, settings)
    catalogue = Catalogue(settings.store_path)
    lost = next(doc_id for doc_id, doc in catalogue.documents.items() if doc["source"] == "note-1.txt")
    open_store(settings).delete_document(lost)  # an ingest killed between deleting a document's chunks and its catalogue row
    report = ingest_paths(notes, settings)
    assert [(Path(r.file).name, r.status) for r in report.results] == [("note-0.txt", "unchanged"), ("note-2.txt", "unchanged"), ("note-1.txt", "ingested")]
    assert {doc.source for doc in open_store(settings).documents()} == {"note-0.txt", "note-1.txt", "note-2.txt"}
