"""The document library: safe upload names, type checked by content, size limit, removal."""

from __future__ import annotations

import shutil

import pytest
from conftest import DEMO, fresh_settings, needs_shared, shared

from cabinet.errors import IngestError


def test_safe_name_keeps_letters_and_drops_paths_and_shell_characters():
    from index.library import safe_name

    assert safe_name("../../etc/passwd.pdf", "pdf") == "passwd.pdf"
    assert safe_name("Cabinet report – été 2019.pdf", "pdf") == "Cabinet-report-été-2019.pdf"
    assert safe_name("a;rm -rf $HOME`.txt", "text") == "a-rm-rf-HOME.txt"
    assert safe_name("report.pdf", "html") == "report.html"  # the suffix follows the content
    assert safe_name("...", "text") == "document.txt"


def test_save_upload_checks_type_by_content_not_by_name(tmp_path):
    from index.library import save_upload

    settings = fresh_settings(tmp_path)
    fake = tmp_path / "upload-1"
    fake.write_text("<!doctype html><html><body>404 Not Found</body></html>")
    with pytest.raises(IngestError, match="not a PDF"):
        save_upload(settings, fake, "minutes.pdf")
    pdf = tmp_path / "upload-2"
    shutil.copy(DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf", pdf)
    saved = save_upload(settings, pdf, "New Vision (final).pdf")
    assert saved.parent == settings.data_dir / "uploads" / "pdf" and saved.name == "New-Vision-final.pdf"
    assert saved.read_bytes() == pdf.read_bytes()


def test_save_upload_refuses_a_file_over_the_size_limit(tmp_path):
    from index.library import save_upload

    settings = fresh_settings(tmp_path).model_copy(update={"max_file_mb": 1})
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (2 * 1024 * 1024))
    with pytest.raises(IngestError, match="over the 1 MB upload limit"):
        save_upload(settings, big, "big.txt")
    assert not (settings.data_dir / "uploads").exists() or not list((settings.data_dir / "uploads").iterdir())


def test_same_name_other_content_keeps_both(tmp_path):
    from index.library import save_upload

    settings = fresh_settings(tmp_path)
    first, second = tmp_path / "one", tmp_path / "two"
    first.write_text("Allotments review one")
    second.write_text("Allotments review two")
    assert save_upload(settings, first, "review.txt") != save_upload(settings, second, "review.txt")


@needs_shared
def test_add_uploads_reports_every_file_and_keeps_only_the_good_ones(tmp_path):
    from index.library import add_uploads, documents, remove

    settings = fresh_settings(tmp_path)
    files = [(shared("bad", "not-really-a.pdf"), "not-really-a.pdf"), (shared("bad", "empty.pdf"), "empty.pdf"),
             (DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf", "new-vision.pdf")]
    seen = []
    report = add_uploads(settings, files, on_result=seen.append)
    status = {result.file: (result.status, result.reason) for result in report.results}
    assert status["not-really-a.pdf"][0] == "failed" and "not a PDF" in status["not-really-a.pdf"][1]
    assert status["empty.pdf"][0] == "failed" and "empty file" in status["empty.pdf"][1]
    assert status["new-vision.pdf"][0] == "ingested" and len(seen) == 3
    assert sorted(p.name for p in (settings.data_dir / "uploads").rglob("*.*")) == ["new-vision.pdf"]
    (row,) = documents(settings)
    assert row.chunks > 0 and row.type == "cabinet-report"
    remove(settings, row.doc_id)
    assert documents(settings) == [] and not (settings.data_dir / "uploads" / "pdf" / "new-vision.pdf").exists()


def test_the_library_list_counts_chunks_from_the_catalogue_the_same_as_the_store(tmp_path, monkeypatch):
    from index.build import ingest_paths, open_store
    from index.library import documents
    from index.store import Store

    settings = fresh_settings(tmp_path)
    ingest_paths([DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf"], settings)
    (stored,) = open_store(settings).documents()

    def scan(self):
        raise AssertionError("the store's chunks were read to count them")

    monkeypatch.setattr(Store, "documents", scan)
    (row,) = documents(settings)
    assert row.chunks == stored.chunks > 0
