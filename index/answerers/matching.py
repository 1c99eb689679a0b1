"""Scoring a question against candidate texts (node texts, field labels, column headers) by words and by meaning.

Two signals, averaged: lexical overlap of stemmed content words (the way BM25 sees them) and the cosine of
the embedding model Cabinet already loads. Words catch names and numbers the model blurs; the model catches
a paraphrase that shares no word ('whose paper is it' ~ 'Report of'). Without a model, words alone decide.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from index.intents import frame_terms
from index.retrieval import terms

Embed = Callable[[list[str]], np.ndarray]  # texts -> one L2-normalised row per text


def model_embedder(model) -> Embed:
    """An `Embed` over a llama-index embedding model (HuggingFaceEmbedding), rows normalised."""

    def embed(texts: list[str]) -> np.ndarray:
        vectors = np.asarray(model.get_text_embedding_batch(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)

    return embed


class Matcher:
    """Scores texts against a query in 0..1; caches embeddings of texts it has seen (node texts repeat across questions)."""

    def __init__(self, embed: Embed | None = None, dense_weight: float = 0.5, cache_size: int = 50_000) -> None:
        self.embed = embed
        self.dense_weight = dense_weight if embed is not None else 0.0
        self.cache_size = cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    @staticmethod
    def content(text: str) -> frozenset[str]:
        """Stemmed content words of a text, without the words that frame questions."""
        return _content(text)

    def lexical(self, query: str, text: str, recall: float = 0.5, common: frozenset[str] = frozenset()) -> float:
        """Word overlap: F1 of the two word sets, blended with the share of the query's words the text holds (`recall`).

        `common` words (shared by many candidates, so telling none apart) are left out unless the query has no other.
        """
        asked, said = self.content(query), self.content(text)
        if asked - common:
            asked, said = asked - common, said - common
        shared = len(asked & said)
        if not shared:
            return 0.0
        covered = shared / len(asked)
        f1 = 2 * shared / (len(asked) + len(said))
        return (1 - recall) * f1 + recall * covered

    def covered(self, query: str, text: str) -> float:
        """Share of the query's content words the text holds."""
        asked = self.content(query)
        return len(asked & self.content(text)) / len(asked) if asked else 0.0

    def dense(self, query: str, texts: Sequence[str]) -> np.ndarray:
        """Cosine similarity (clipped to 0..1) of the query with each text, or zeros without a model."""
        if self.embed is None or not texts:
            return np.zeros(len(texts))
        vectors = self._vectors([query, *texts])
        return np.clip(vectors[1:] @ vectors[0], 0.0, 1.0)

    def scores(self, query: str, texts: Sequence[str], recall: float = 0.5, common: frozenset[str] = frozenset()) -> list[float]:
        """Each text's score: words and meaning averaged by `dense_weight`."""
        dense = self.dense(query, texts)
        w = self.dense_weight
        return [float((1 - w) * self.lexical(query, text, recall, common) + w * d) for text, d in zip(texts, dense)]

    def best(self, query: str, texts: Sequence[str], minimum: float = 0.0, recall: float = 0.5) -> tuple[int, float] | None:
        """(index, score) of the best text when it reaches `minimum`."""
        if not texts:
            return None
        scored = self.scores(query, texts, recall)
        index = int(np.argmax(scored))
        return (index, scored[index]) if scored[index] >= minimum else None

    def _vectors(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(text for text in texts if text not in self._cache))
        fresh = dict(zip(missing, np.asarray(self.embed(missing), dtype=np.float32))) if missing else {}
        rows = np.stack([fresh[text] if text in fresh else self._cache[text] for text in texts])
        self._cache.update(fresh)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return rows


@lru_cache(maxsize=65_536)  # node texts and labels are scored against every question
def _content(text: str) -> frozenset[str]:
    return frozenset(terms(text)) - frame_terms()
