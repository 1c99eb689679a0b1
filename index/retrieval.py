"""Hybrid retrieval: dense (Chroma) and BM25 (bm25s) retrievers from llama-index, fused by relative score.

Each ranking's scores are scaled to 0..1 and summed, so a passage that one retriever finds far better than
the rest is not drowned by another retriever's flat, noisy order (rank fusion would). The fusion is written
here rather than taken from QueryFusionRetriever because the answerer needs each retriever's own score,
which that class discards.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from cabinet.errors import EmptyStoreError
from index.injection import is_instruction
from index.lexical import LexicalIndexes, load_or_build
from index.models import Filters
from index.rerank import Rescorer, VectorCache
from index.store import Store

RESCORE_WIDTH = 2  # 2 and 4 gave the same three gold sets and planted-fact ranks; each candidate costs a transformer run
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN)


def terms(text: str) -> list[str]:
    """Stemmed content words, the same way BM25 sees them."""
    return list(_terms(text))


@lru_cache(maxsize=65_536)  # the answerers score the same headings, labels and lines against every question
def _terms(text: str) -> tuple[str, ...]:
    stop = _stopwords()
    return tuple(_stemmer().stemWords([word for word in _TOKEN.findall(text.lower()) if word not in stop]))


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").split())


@dataclass
class Hit:
    """One retrieved chunk with its fused score and the scores that led to it."""

    node_id: str
    text: str
    metadata: dict
    score: float
    dense: float
    bm25: float


class NodeDicts(Sequence):
    """The BM25 corpus as llama-index reads it (each node as its metadata dict), made for a hit when it is read rather
    than for every passage at start-up (about 4 s at 100,000 passages)."""

    def __init__(self, nodes: list) -> None:
        self.nodes = nodes

    def __len__(self) -> int:
        return len(self.nodes)

    def __getitem__(self, index):
        from llama_index.core.vector_stores.utils import node_to_metadata_dict

        node = self.nodes[index]
        return node_to_metadata_dict(node) | {"node_id": node.node_id}


STATEMENT_VECTORS_KEPT = 20_000  # about 30 MB of statement vectors, so a question asked again embeds nothing


class Retriever:
    """Dense and BM25 over chunks, BM25 over units (passages), with term statistics for the answerer.

    The unit-level BM25 finds a front-sheet line such as "Forward Plan Reference: FP/17/08/12" that a
    chunk-level score dilutes among a dozen seen-by rows; it points at the chunk that holds the unit.
    """

    def __init__(self, store: Store, embed_model, retrieve_k: int = 24, documents: set[str] | None = None, *,
                 lexical: LexicalIndexes | None = None, rescore_with=None) -> None:
        from llama_index.core import VectorStoreIndex
        from llama_index.retrievers.bm25 import BM25Retriever

        self.store = store
        self.retrieve_k = retrieve_k
        # Only chunks of the given (catalogued) documents are searched; None searches every stored chunk.
        self.documents = documents
        lexical, self.orphans = (lexical, 0) if lexical else load_or_build(store, documents)
        nodes = lexical.passages
        if not nodes:
            raise EmptyStoreError(f"no documents yet: the store at {store.path} has no passages of a catalogued document; run `cabinet ingest PATH`")
        self.nodes = {node.node_id: node for node in nodes}
        self._in_order = sorted(nodes, key=lambda node: int(node.metadata.get("ordinal") or 0))  # for mentions, read in order
        self.size = len(nodes)
        self.index = VectorStoreIndex.from_vector_store(store.vector_store, embed_model=embed_model)
        # With a query-time transformer (a static store), the static ranking proposes RESCORE_WIDTH times the candidates kept.
        self.rescorer = Rescorer(rescore_with) if rescore_with is not None else None
        self.dense_k = retrieve_k * (RESCORE_WIDTH if self.rescorer else 1)
        self.dense = self.index.as_retriever(similarity_top_k=self.dense_k)
        lexical.chunks.corpus = None  # bm25s then gives row numbers, which the retriever reads from the corpus below
        self.bm25 = BM25Retriever(existing_bm25=lexical.chunks, similarity_top_k=min(retrieve_k * 3, max(1, len(nodes))), stemmer=_stemmer())
        self.bm25.corpus = NodeDicts(nodes)
        self.document_frequency = lexical.document_frequency
        self.unit_owner = lexical.unit_owner
        self.units = lexical.units
        self.statements = VectorCache(rescore_with or embed_model, STATEMENT_VECTORS_KEPT)

    def idf(self, term: str) -> float:
        """Inverse document frequency over chunks; a word the corpus never uses weighs as a word it uses once."""
        return math.log((self.size + 1) / (max(1, self.document_frequency.get(term, 0)) + 0.5))

    def retrieve(self, query: str, filters: Filters | None = None, k: int | None = None) -> list[Hit]:
        """The best `k` chunks for a query, fused from the three rankings, passing `filters`."""
        from llama_index.core.schema import QueryBundle

        filters = filters or Filters()
        bundle = QueryBundle(query_str=query)
        dense_hits = self._dense(bundle, filters)
        bm25_hits = [hit for hit in self.bm25.retrieve(bundle) if filters.allows(hit.node.metadata)][: self.retrieve_k]
        fused: dict[str, Hit] = {}
        rankings = [(dense_hits, "dense"), (bm25_hits, "bm25"), (self._unit_hits(query, filters), None)]
        for hits, kind in rankings:
            scores = [float(found.score or 0.0) for found in hits]
            low, high = (min(scores), max(scores)) if scores else (0.0, 1.0)
            for found, score in zip(hits, scores):
                hit = fused.setdefault(found.node.node_id, Hit(found.node.node_id, found.node.get_content(), found.node.metadata, 0.0, 0.0, 0.0))
                hit.score += (score - low) / (high - low) if high > low else 1.0
                if kind:
                    setattr(hit, kind, float(found.score or 0.0))
        ranked = sorted(fused.values(), key=lambda hit: (-hit.score, hit.node_id))  # ties by id, not by the order files were ingested
        return ranked[: k or self.retrieve_k]

    def similarities(self, question: str, texts: list[str]) -> list[float]:
        """Cosine similarity of the question to each text, by the transformer that scores questions (vectors kept, bounded).

        Every backend gives unit vectors, and the ONNX encoder reads one text per run, so a text's vector never
        depends on what it was embedded with.
        """
        import numpy as np

        distinct = list(dict.fromkeys(texts))  # a statement may stand in two retrieved chunks
        found = dict(zip(distinct, self.statements.vectors({text: text for text in distinct})))
        asked = np.asarray(self.statements.model.get_query_embedding(question), dtype=np.float32)
        return [float(found[text] @ asked) for text in texts]

    def passages(self, doc_id: str) -> list[tuple[int | None, str]]:
        """(page, text) of a document's chunks, in reading order."""
        found = []
        while (node := self.nodes.get(f"{doc_id}:{len(found)}")) is not None:
            found.append((int(node.metadata.get("page") or 0) or None, node.get_content()))
        return found

    def mentions(self, phrase: str, per_document: int = 1) -> list[tuple[dict, str]]:
        """The first units (up to `per_document`) of each document that contain `phrase` (case and quote marks aside), with their chunk's metadata."""
        wanted = _fold(phrase)
        found: dict[str, list[tuple[dict, str]]] = {}
        for node in self._in_order:
            text = node.get_content()
            rows = found.setdefault(str(node.metadata.get("source")), [])
            if len(rows) >= per_document or wanted not in _fold(text):
                continue
            for unit in text.split("\n"):
                # A sentence addressed to an assistant is never cited as a mention.
                if len(rows) < per_document and wanted in _fold(unit) and unit not in [said for _, said in rows] and not is_instruction(unit):
                    rows.append((node.metadata, unit))
        return sorted((row for rows in found.values() for row in rows), key=lambda item: str(item[0].get("date") or ""))

    def _unit_hits(self, query: str, filters: Filters) -> list:
        """Chunks in the order of their best-matching unit."""
        from llama_index.core.schema import NodeWithScore

        query_terms = terms(query)
        if not query_terms or not self.unit_owner:
            return []
        found = min(len(self.unit_owner), self.retrieve_k * 4)
        indexes, scores = self.units.retrieve([query_terms], k=found, show_progress=False)
        hits, seen = [], set()
        for index, score in zip(indexes[0], scores[0]):
            owner = self.unit_owner[int(index)]
            if score <= 0 or owner in seen or not filters.allows(self.nodes[owner].metadata):
                continue
            seen.add(owner)
            hits.append(NodeWithScore(node=self.nodes[owner], score=float(score)))
            if len(hits) >= self.retrieve_k:
                break
        return hits

    def with_neighbours(self, hits: list[Hit], top: int = 3) -> list[Hit]:
        """The hits plus the chunk after each of the best `top` (and after any hit ending in a list), where a list or table often continues."""
        present = {hit.node_id for hit in hits}
        wanted = []
        for rank, hit in enumerate(hits):
            if rank >= top and not any(line.endswith(":") for line in hit.text.split("\n")[-4:]):
                continue
            doc_id, _, ordinal = hit.node_id.rpartition(":")
            neighbour = f"{doc_id}:{int(ordinal) + 1}" if ordinal.isdigit() else ""
            if neighbour and neighbour not in present:
                wanted.append((neighbour, hit.score * 0.5))
                present.add(neighbour)
        if not wanted:
            return hits
        scores = dict(wanted)
        extra = [Hit(node_id, text, meta or {}, scores[node_id], 0.0, 0.0) for node_id, text, meta in self.store.rows_of([node_id for node_id, _ in wanted])]
        # A short chunk at a page's end is often a list the next page carries on: bring that page's opening too.
        short = [hit for hit in extra if len(hit.text) < 300]
        return hits + extra + (self.with_neighbours(short, len(short))[len(short):] if short and top > 0 else [])

    def _dense(self, bundle, filters: Filters) -> list:
        """Dense hits that pass the filters; with a rescorer, the transformer's best of RESCORE_WIDTH times as many static candidates."""
        hits, keep = (self.dense.retrieve(bundle), self.retrieve_k) if filters.empty and not self.orphans else self._dense_filtered(bundle, filters)
        return self.rescorer.rescore(bundle.query_str, hits)[:keep] if self.rescorer else hits

    def _dense_filtered(self, bundle, filters: Filters) -> tuple[list, int]:
        from llama_index.core.vector_stores import FilterOperator, MetadataFilter, MetadataFilters

        conditions = []
        if filters.sources:
            conditions.append(MetadataFilter(key="source", value=filters.sources, operator=FilterOperator.IN))
        if filters.types:
            conditions.append(MetadataFilter(key="doc_type", value=filters.types, operator=FilterOperator.IN))
        if self.orphans and self.documents:
            conditions.append(MetadataFilter(key="document_id", value=sorted(self.documents), operator=FilterOperator.IN))
        retriever, keep = self.dense, self.retrieve_k
        if conditions:
            retriever, keep = self.index.as_retriever(similarity_top_k=self.dense_k * 2, filters=MetadataFilters(filters=conditions)), self.retrieve_k * 2
        return [hit for hit in retriever.retrieve(bundle) if filters.allows(hit.node.metadata) and hit.node.node_id in self.nodes], keep
