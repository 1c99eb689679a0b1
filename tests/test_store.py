"""The vector store: the same rows give the same dense candidates, whatever order and batches they arrived in."""

from __future__ import annotations

import numpy as np

from index.store import SEARCH_EF, Store

ROWS, DIMENSION, CANDIDATES = 400, 32, 96  # fewer rows than SEARCH_EF: the search must be exact


def _rows() -> tuple[list[str], np.ndarray]:
    rng = np.random.default_rng(5)
    centres = rng.normal(size=(8, DIMENSION))  # clustered, as passages of a few documents are
    vectors = centres[rng.integers(0, 8, ROWS)] + 0.6 * rng.normal(size=(ROWS, DIMENSION))
    return [f"doc-{number // 40:02d}:{number % 40}" for number in range(ROWS)], vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _add(store: Store, ids: list[str], vectors: np.ndarray, order: list[int], batch: int) -> None:
    for start in range(0, len(order), batch):
        chosen = order[start:start + batch]
        store.collection.add(ids=[ids[i] for i in chosen], embeddings=vectors[chosen].tolist(), documents=[ids[i] for i in chosen])


def test_a_library_built_in_another_order_after_a_kill_gives_the_exact_nearest_candidates(tmp_path):
    ids, vectors = _rows()
    clean = Store(tmp_path / "clean", "test-model", DIMENSION, create=True)
    _add(clean, ids, vectors, list(range(ROWS)), 256)
    # As a killed ingest and its rerun: some documents first, one half-written one deleted, then the rest in other batches.
    rerun = Store(tmp_path / "rerun", "test-model", DIMENSION, create=True)
    _add(rerun, ids, vectors, list(range(120, 200)), 80)
    rerun.collection.delete(ids=ids[160:200])
    _add(rerun, ids, vectors, list(range(ROWS - 1, 159, -1)) + list(range(0, 120)), 37)
    assert rerun.count() == clean.count() == ROWS
    queries = np.random.default_rng(9).normal(size=(12, DIMENSION))
    for query in queries:
        exact = [ids[i] for i in np.argsort(-(vectors @ query), kind="stable")[:CANDIDATES]]
        for store in (clean, rerun):
            found = store.collection.query(query_embeddings=[query.tolist()], n_results=CANDIDATES)["ids"][0]
            assert sorted(found) == sorted(exact)


def test_a_library_made_with_chromas_default_search_breadth_is_widened_by_the_next_writer(tmp_path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    client.create_collection("cabinet", metadata={"embed_model": "test-model", "embed_dim": DIMENSION, "hnsw:space": "cosine"})
    assert Store(tmp_path, "test-model", DIMENSION).collection.configuration["hnsw"]["ef_search"] == 100  # a reader leaves it
    widened = Store(tmp_path, "test-model", DIMENSION, create=True).collection.configuration["hnsw"]
    assert widened["ef_search"] == SEARCH_EF and widened["space"] == "cosine"


def test_passages_stored_as_chroma_documents_by_an_older_version_read_as_those_stored_in_metadata(tmp_path):
    from llama_index.core.schema import TextNode
    from llama_index.core.vector_stores.utils import node_to_metadata_dict

    store = Store(tmp_path / "store", "test-model", 3, create=True)
    old = TextNode(id_="old:0", text="The harbour wall was completed on 30 June 2025.", metadata={"source": "old.pdf", "document_id": "old"},
                   embedding=[1.0, 0.0, 0.0])
    store.collection.add(ids=[old.node_id], embeddings=[old.embedding], documents=[old.text],  # the layout written before 3 December 2026
                         metadatas=[node_to_metadata_dict(old, remove_text=True, flat_metadata=True)])
    store.add([TextNode(id_="new:0", text="The promenade is 10 weeks behind schedule.", metadata={"source": "new.pdf", "document_id": "new"},
                        embedding=[0.0, 1.0, 0.0])])
    assert store.collection.get(ids=["new:0"], include=["documents"])["documents"] == [None]  # no full-text index written
    texts = {node_id: text for node_id, text, _ in store.rows_of(["old:0", "new:0"])}
    assert texts == {"old:0": old.text, "new:0": "The promenade is 10 weeks behind schedule."}
    assert {node.node_id: node.text for node in store.nodes()} == texts
