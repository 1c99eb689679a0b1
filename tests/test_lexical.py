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


def test_a_reader_takes_the_passages_from_the_saved_indexes_not_the_store(settings, monkeypatch):
    store = open_store(settings)
    from_store = store.nodes()
    loaded = lexical.load(settings.store_path, store.ids())
    assert loaded is not None
    assert [(node.node_id, node.text, node.metadata, node.ref_doc_id, node.get_content(metadata_mode="embed")) for node in loaded.passages] == \
        [(node.node_id, node.text, node.metadata, node.ref_doc_id, node.get_content(metadata_mode="embed")) for node in from_store]
    model = settings_model(settings)
    built = Retriever(store, model, lexical=lexical.build(from_store))

    def unread(*args, **kwargs):
        raise AssertionError("a reader read every passage back from the store")

    monkeypatch.setattr(type(store), "nodes", unread)
    from_disk = Retriever(store, model)
    for question in ("What is the forward plan reference?", "health and wellbeing priorities"):
        assert _ranked(from_disk, question) == _ranked(built, question)


def test_removing_chunks_voids_the_saved_indexes_since_the_same_ids_may_return_with_other_text(tmp_path):
    settings = fresh_settings(tmp_path)
    ingest_paths([TINY[0]], settings)
    store = open_store(settings)
    nodes = store.nodes()
    assert lexical.current(settings.store_path, store.ids())
    from llama_index.core.schema import TextNode

    doc_id = nodes[0].ref_doc_id
    store.delete_document(doc_id)  # as a re-read by a newer parser does: the same ids come back with new text
    assert not lexical.current(settings.store_path, [node.node_id for node in nodes])
    changed = [TextNode(id_=node.node_id, text=f"rewritten passage {index}", metadata=node.metadata, relationships=node.relationships,
                        embedding=[0.1] * store.model[1]) for index, node in enumerate(nodes)]
    store.add(changed)
    assert lexical.load(settings.store_path, store.ids()) is None
    retriever = Retriever(open_store(settings), settings_model(settings))
    assert retriever.retrieve("rewritten passage")[0].text.startswith("rewritten passage")
