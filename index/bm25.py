"""BM25 over segments of raw term counts, scored with the statistics of all segments together, exactly as bm25s scores one index.

bm25s keeps every (passage, term) score precomputed with the corpus's document frequencies and mean passage length,
so one added passage changes every stored score: its index cannot be appended to. Term counts can be: each ingest
saves the counts of what it added as a segment, and a query's terms are scored when asked, with bm25s's own formulas
and the same float32 arithmetic over all segments, so a library scores the same however its passages were split.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import bm25s
import numpy as np
from bm25s.scoring import _select_idf_scorer, _select_tfc_scorer


@dataclass
class Postings:
    """The term counts of a batch of texts, by term: term i occurs in texts rows[indptr[i]:indptr[i + 1]], tf times each."""

    terms: list[str]
    indptr: np.ndarray  # int64, one more than the terms
    rows: np.ndarray  # int32, the texts (0-based within the batch)
    tf: np.ndarray  # int32
    lengths: np.ndarray  # int32, tokens per text (the length BM25 normalises by)

    @classmethod
    def of_ids(cls, token_ids: list[list[int]], terms: list[str]) -> Postings:
        """Postings of texts given as term numbers into `terms`."""
        lengths = np.fromiter((len(ids) for ids in token_ids), dtype=np.int32, count=len(token_ids))
        total = int(lengths.sum())
        flat = np.fromiter(chain.from_iterable(token_ids), dtype=np.int64, count=total)
        texts = np.repeat(np.arange(len(token_ids), dtype=np.int64), lengths)
        width = max(1, len(token_ids))
        # One sort of (term, text) keys gives the counts already grouped by term, texts ascending.
        keys, tf = np.unique(flat * width + texts, return_counts=True)
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(keys // width, minlength=len(terms)), out=indptr[1:])
        return cls(terms, indptr, (keys % width).astype(np.int32), tf.astype(np.int32), lengths)

    @classmethod
    def of_tokens(cls, tokens: list[list[str]]) -> Postings:
        """Postings of texts given as lists of terms."""
        number: dict[str, int] = {}
        token_ids = [[number.setdefault(token, len(number)) for token in text] for text in tokens]
        return cls.of_ids(token_ids, list(number))

    def save(self, path: Path) -> None:
        """Write the arrays to `path` (an .npz: numpy's own format, no pickle); the terms are the caller's to keep."""
        np.savez(path, indptr=self.indptr, rows=self.rows, tf=self.tf, lengths=self.lengths)

    @classmethod
    def load(cls, path: Path, terms: list[str]) -> Postings:
        """Read arrays `save` wrote."""
        with np.load(path, allow_pickle=False) as arrays:
            postings = cls(terms, arrays["indptr"], arrays["rows"], arrays["tf"], arrays["lengths"])
        if len(postings.indptr) != len(terms) + 1:
            raise ValueError(f"{path} does not match its terms")
        return postings


class SegmentedBM25(bm25s.BM25):
    """A bm25s.BM25 whose scores are made at query time from segments' counts (see the module's docstring).

    `parts` pairs each segment's postings with where its texts stand in the whole: the row numbers of a single index
    of the texts in that order, which decide the order of ties as that index would.
    """

    def __init__(self, parts: list[tuple[Postings, np.ndarray]]) -> None:
        super().__init__()  # bm25s's defaults (Lucene BM25, k1 1.5, b 0.75, float32), as every index here is built with
        self.parts = [(postings, {term: index for index, term in enumerate(postings.terms)}, places) for postings, places in parts]
        size = sum(len(postings.lengths) for postings, _ in parts)
        self.lengths = np.zeros(size, dtype=np.int64)
        for postings, places in parts:
            self.lengths[places] = postings.lengths
        self.average_length = self.lengths.mean() if size else np.float64(0)
        self.scores = {"num_docs": size}
        self._idf = _select_idf_scorer(self.idf_method)
        self._tfc = _select_tfc_scorer(self.method)

    def get_scores(self, query_tokens_single: list[str], weight_mask=None) -> np.ndarray:
        """Each text's BM25 score for the query's terms, as bm25s computes it (float32 terms, summed in query order)."""
        size = self.scores["num_docs"]
        scores = np.zeros(size, dtype=self.dtype)
        for token in query_tokens_single:
            spans = [(postings, places, postings.indptr[term], postings.indptr[term + 1])
                     for postings, terms, places in self.parts if (term := terms.get(token)) is not None]
            frequency = sum(int(end - start) for _, _, start, end in spans)
            if not frequency:
                continue
            idf = np.asarray([self._idf(frequency, N=size)], dtype=self.dtype)
            for postings, places, start, end in spans:
                rows = places[postings.rows[start:end]]
                tfc = self._tfc(tf_array=postings.tf[start:end].astype(self.dtype), l_d=self.lengths[rows], l_avg=self.average_length,
                                k1=self.k1, b=self.b, delta=self.delta)
                np.add.at(scores, rows, (idf * tfc).astype(self.dtype))
        if weight_mask is not None:
            scores *= weight_mask
        return scores
