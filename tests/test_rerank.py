"""Query-time re-scoring of dense candidates: the transformer's cosine orders them, each passage embedded once."""

from __future__ import annotations

import numpy as np
from llama_index.core.schema import NodeWithScore, TextNode

from index.rerank import Rescorer

WORDS = ["budget", "waste", "schools", "roads", "housing", "care", "libraries", "parks"]


class WordCountModel:
    """A fake embedding (unit tests only): counts of a few words, so a text's vector follows from its words."""

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def _vector(self, text: str) -> np.ndarray:
        vector = np.asarray([text.lower().count(word) for word in WORDS], dtype=np.float32) + 0.01
        return vector / np.linalg.norm(vector)

    def get_query_embedding(self, query: str) -> list[float]:
        return self._vector(query).tolist()

    def get_text_embedding_batch(self, texts: list[str]) -> list[list[float]]:
        self.embedded.extend(texts)
        return [self._vector(text).tolist() for text in texts]


def _hits(texts: list[str]) -> list[NodeWithScore]:
    # The static scores say the opposite of the words, as a weak model might.
    return [NodeWithScore(node=TextNode(id_=f"doc:{i}", text=text, metadata={"title": "Plan", "section": ""}), score=1.0 - i / 10)
            for i, text in enumerate(texts)]


TEXTS = ["Parks and libraries open longer.", "The waste contract and the waste depot.", "Budget gap: the budget for schools."]


def test_candidates_are_ordered_by_the_transformer_and_carry_its_cosine():
    model = WordCountModel()
    ranked = Rescorer(model).rescore("What is the waste plan?", _hits(TEXTS))
    assert ranked[0].node.node_id == "doc:1"
    assert ranked[0].score > 0.9 > ranked[-1].score
    assert all(a.score >= b.score for a, b in zip(ranked, ranked[1:]))


def test_a_passage_is_embedded_once_with_its_title_and_the_same_either_way():
    model = WordCountModel()
    rescorer = Rescorer(model)
    first = [hit.score for hit in rescorer.rescore("budget for schools", _hits(TEXTS))]
    again = [hit.score for hit in rescorer.rescore("budget for schools", _hits(TEXTS))]
    assert len(model.embedded) == len(TEXTS)  # the second question found every vector cached
    assert all("Plan" in text for text in model.embedded)  # embedded as ingest embeds: the title with the text
    assert first == again
    alone = Rescorer(WordCountModel()).rescore("budget for schools", _hits(TEXTS)[2:])
    assert alone[0].score == max(first)


def test_the_cache_keeps_at_most_its_size():
    rescorer = Rescorer(WordCountModel(), cache_size=2)
    rescorer.rescore("roads", _hits(TEXTS))
    assert len(rescorer.cache._vectors) == 2


def test_a_static_store_searched_with_the_transformer_ranks_as_a_transformer_store(tmp_path):
    """Real models: while the store has fewer chunks than the candidates re-scored, the two retrievals are the same."""
    from conftest import TINY, fresh_settings

    from index.build import ingest_paths, open_store
    from index.embedding import settings_model, settings_query_model
    from index.retrieval import RESCORE_WIDTH, Retriever

    folder = tmp_path / "docs"
    folder.mkdir()
    for path in TINY:
        (folder / path.name).write_bytes(path.read_bytes())
    built = {}
    for backend in ("onnx", "static"):
        settings = fresh_settings(tmp_path / backend).model_copy(update={"embed_backend": backend, "query_backend": "onnx"})
        assert not ingest_paths([folder], settings).failed
        store = open_store(settings)
        built[backend] = Retriever(store, settings_model(settings), 12, rescore_with=settings_query_model(settings))
    assert built["onnx"].rescorer is None and built["static"].rescorer is not None
    assert built["static"].size <= 12 * RESCORE_WIDTH, "every chunk is a candidate (else the two may differ, and the test says nothing)"
    for question in ("What is the new vision for the council?", "health and wellbeing priorities", "Who is the lead officer?"):
        transformer, static = (built[backend].retrieve(question) for backend in ("onnx", "static"))
        assert [(hit.node_id, round(hit.dense, 4)) for hit in transformer] == [(hit.node_id, round(hit.dense, 4)) for hit in static]


def test_a_statement_in_two_chunks_gets_its_similarity_in_both_places_and_is_embedded_once():
    from index.rerank import VectorCache
    from index.retrieval import Retriever

    retriever = Retriever.__new__(Retriever)  # only the statement vectors: no store needed to score statements
    model = WordCountModel()
    retriever.statements = VectorCache(model, 10)
    scores = retriever.similarities("budget for schools", ["schools budget", "roads", "schools budget"])
    assert len(scores) == 3 and scores[0] == scores[2] and scores[0] > scores[1]
    assert model.embedded == ["schools budget", "roads"]
