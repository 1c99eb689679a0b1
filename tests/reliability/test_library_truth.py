"""The catalogue is the truth for what is in the library; --rebuild asks first; a removed document leaves nothing servable behind."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TINY, fresh_settings

from cabinet.cli import main
from index.catalogue import Catalogue

LEICESTERSHIRE = TINY[1].name


@pytest.fixture
def library_copy(settings, tmp_path):
    """Settings over a copy of the session's library, for a test that changes it."""
    shutil.copytree(settings.store_path, tmp_path / "store", ignore=shutil.ignore_patterns("write.lock"))
    return fresh_settings(tmp_path)


def test_passages_without_a_catalogue_entry_are_never_answered_or_searched(library_copy):
    from index.service import Cabinet

    catalogue = Catalogue(library_copy.store_path)
    doc_id = next(doc_id for doc_id, doc in catalogue.documents.items() if doc["source"] == LEICESTERSHIRE)
    catalogue.remove(doc_id)  # as a kill between storing the chunks and saving the catalogue leaves it
    catalogue.save()
    cabinet = Cabinet(library_copy)
    assert cabinet.retriever.orphans > 0
    answer = cabinet.ask("What are the priority outcomes in the Leicestershire strategic plan?")
    assert all(c.source != LEICESTERSHIRE for c in answer.citations)
    assert all(hit.source != LEICESTERSHIRE for hit in cabinet.search("Leicestershire strategic plan single outcomes framework", k=20))
    listed = CliRunner().invoke(main, ["docs", "--store", str(library_copy.store_path), "--json"])
    assert LEICESTERSHIRE not in listed.output and TINY[0].name in listed.output


def test_an_empty_catalogue_is_an_empty_library_for_ask_as_for_docs(library_copy):
    from cabinet.errors import EmptyStoreError
    from index.service import Cabinet

    catalogue = Catalogue(library_copy.store_path)
    catalogue.documents.clear()
    catalogue.save()
    with pytest.raises(EmptyStoreError, match="no documents yet"):
        Cabinet(library_copy)
    assert "no documents yet" in CliRunner().invoke(main, ["docs", "--store", str(library_copy.store_path)]).output


def test_rebuild_of_a_library_asks_first_and_yes_goes_ahead(library_copy):
    store = library_copy.store_path
    before = set(Catalogue(store).documents)
    refused = CliRunner().invoke(main, ["ingest", "--rebuild", str(TINY[0]), "--store", str(store)], input="n\n")
    assert refused.exit_code == 1 and f"holds {len(before)} documents" in refused.output and "Aborted" in refused.output
    assert set(Catalogue(store).documents) == before
    done = CliRunner().invoke(main, ["ingest", "--rebuild", str(TINY[0]), "--store", str(store), "--yes", "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output.splitlines()[-1])["summary"]["ingested"] == 1
    assert [doc["source"] for doc in Catalogue(store).documents.values()] == [TINY[0].name]


def test_rebuild_of_an_empty_store_does_not_ask(tmp_path):
    result = CliRunner().invoke(main, ["ingest", "--rebuild", str(TINY[0]), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0 and "Continue?" not in result.output


def test_a_removed_document_loses_its_upload_copy_and_page_images(tmp_path):
    from index.library import add_uploads, documents, pages_dir, remove
    from index.pages import page_image

    settings = fresh_settings(tmp_path)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for path in TINY:
        shutil.copy(path, incoming / path.name)
    report = add_uploads(settings, [(incoming / path.name, path.name) for path in TINY])
    assert not report.failed
    rows = {row.source: row for row in documents(settings)}
    images = {source: page_image(Path(row.path), 1, pages_dir(settings), width=200) for source, row in rows.items()}
    assert all(image is not None and image.exists() for image in images.values())
    removed = remove(settings, rows[TINY[0].name].doc_id)
    assert not Path(removed.path).exists()
    assert not images[TINY[0].name].exists() and images[LEICESTERSHIRE].exists()
    assert [row.source for row in documents(settings)] == [LEICESTERSHIRE]
