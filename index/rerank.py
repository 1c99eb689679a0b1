"""Dense candidates scored again at query time by the transformer, for a store embedded with the static table.

A static (model2vec) table embeds a library many times faster than the transformer but ranks passages less
well. So ingest stores static vectors; at query time the static ranking proposes candidates and the
transformer's cosine orders them, and a hit's dense score is the transformer's similarity (the one the
abstention threshold was set on). A passage's vector is kept by chunk id, so it is embedded once per process
however often it is a candidate; the transformer embeds one text per run, so the vector does not depend on
which passages were embedded with it.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict

import numpy as np


class VectorCache:
    """Vectors of texts by key, embedded by `model` on first need and kept up to `size` (oldest dropped), across threads."""

    def __init__(self, model, size: int) -> None:
        self.model = model
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()  # the app answers several conversations at once

    def vectors(self, texts: dict[str, str]) -> list[np.ndarray]:
        """The vector of each text (by its key), in the order given."""
        with self._lock:
            missing = {key: text for key, text in texts.items() if key not in self._vectors}
        fresh = {}
        if missing:
            fresh = dict(zip(missing, np.asarray(self.model.get_text_embedding_batch(list(missing.values())), dtype=np.float32)))
        with self._lock:
            self._vectors.update(fresh)
            rows = [fresh.get(key, self._vectors.get(key)) for key in texts]
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return rows


class Rescorer:
    """Orders dense candidates (llama-index NodeWithScore) by a transformer's cosine with the query."""

    def __init__(self, model, cache_size: int = 50_000) -> None:
        self.model = model
        self.cache = VectorCache(model, cache_size)

    def rescore(self, query: str, hits: list) -> list:
        """The hits scored by the transformer's cosine, best first (ties by chunk id).

        The score is exp(cosine - 1), what llama-index reports for a Chroma cosine collection (exp of minus the
        distance), so fusion and the abstention threshold see the numbers a transformer-built store gives.
        """
        if not hits:
            return hits
        vectors = self.vectors(hits)
        asked = np.asarray(self.model.get_query_embedding(query), dtype=np.float32)
        for hit, vector in zip(hits, vectors):
            hit.score = math.exp(float(vector @ asked) - 1.0)
        return sorted(hits, key=lambda hit: (-hit.score, hit.node.node_id))

    def vectors(self, hits: list) -> np.ndarray:
        """Each hit's passage vector, as ingest would have embedded it (title and section with the text)."""
        from llama_index.core.schema import MetadataMode

        return np.stack(self.cache.vectors({hit.node.node_id: hit.node.get_content(metadata_mode=MetadataMode.EMBED) for hit in hits}))
