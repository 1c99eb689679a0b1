"""The BM25 indexes are saved by ingest, loaded by readers when they match the store, and rebuilt when not."""

from __future__ import annotations

import shutil

from conftest import TINY, fresh_settings

from index import lexical
from index.build import ingest_paths, open_store
from index.embedding import settings_model
from index.retrieval import Retriever


def _ranked(retriever: Retriever, question: str) -> list[tuple[str, float]]:
    return [(hit.node_id, round(hit.score, 6)) for hit in retriever.retrieve(question)]


def test_ingest_saves_indexes_that_a_reader_loads_and_that_answer_as_built(settings, tmp_path):
    store = open_store(settings)
    ids = store.ids()
    assert lexical.current(settings.store_path, ids)
    nodes = store.nodes()
    loaded = lexical.load(settings.store_path, ids)
    assert loaded is not None
    built = lexical.build(nodes)
    assert loaded.unit_owner == built.unit_owner and loaded.document_frequency == built.document_frequency
    # Ingest indexed the nodes it had just written; the files equal those of the nodes read back from the store.
    lexical.save(built, tmp_path, ids)
    saved, again = settings.store_path / lexical.FOLDER, tmp_path / lexical.FOLDER
    files = sorted(path.relative_to(saved) for path in saved.rglob("*") if path.is_file())
    assert len(files) > 5 and all((saved / name).read_bytes() == (again / name).read_bytes() for name in files)
    model = settings_model(settings)
    from_disk, from_scratch = Retriever(store, model, lexical=loaded), Retriever(store, model, lexical=built)
    for question in ("What is the forward plan reference?", "health and wellbeing priorities", "new vision for the council"):
        assert _ranked(from_disk, question) == _ranked(from_scratch, question)


def test_saved_indexes_that_do_not_match_the_store_are_not_used(tmp_path):
    settings = fresh_settings(tmp_path)
    ingest_paths([TINY[0]], settings)
    first = open_store(settings).ids()
    assert lexical.current(settings.store_path, first)
    folder = tmp_path / "second"
    folder.mkdir()
    shutil.copy(TINY[1], folder)
    ingest_paths([folder], settings)  # a second document: the saved indexes are refreshed to cover it
    both = open_store(settings).ids()
    assert len(both) > len(first)
    assert lexical.load(settings.store_path, first) is None
    assert lexical.current(settings.store_path, both)
    retriever = Retriever(open_store(settings), settings_model(settings))
    assert len(retriever.unit_owner) >= len(both) and set(retriever.unit_owner) == set(both)


def test_a_damaged_index_folder_is_rebuilt_not_trusted(tmp_path):
    settings = fresh_settings(tmp_path)
    ingest_paths([TINY[0]], settings)
    (settings.store_path / lexical.FOLDER / "terms.json").write_text("{not json")
    ids = open_store(settings).ids()
    assert lexical.load(settings.store_path, ids) is None
    retriever = Retriever(open_store(settings), settings_model(settings))
    assert retriever.retrieve("vision")  # built again from the chunks


def test_the_store_is_read_a_page_at_a_time_without_losing_a_row(settings):
    store = open_store(settings)
    paged = [node_id for node_id, _, _ in store._rows([], page=3)]
    assert len(paged) == store.count() and sorted(paged) == sorted(store.ids())
    assert [node.node_id for node in store.nodes()] == sorted(paged)
