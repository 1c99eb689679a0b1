"""Segments of term counts score exactly as one bm25s index of all their texts: the same float32 scores, the same order."""

from __future__ import annotations

import random

import numpy as np
import pytest

from index.bm25 import Postings, SegmentedBM25


def _corpus(seed: int = 3) -> tuple[list[str], list[list[str]]]:
    rng = random.Random(seed)
    words = [f"w{number}" for number in range(300)]
    # Texts of skewed vocabularies and lengths, some empty (bm25s counts them in the mean length).
    return words, [[rng.choice(words[: rng.randint(5, 300)]) for _ in range(rng.randint(0, 60))] for _ in range(400)]


def test_segments_score_bit_for_bit_as_one_bm25s_index_of_all_their_texts():
    import bm25s

    words, texts = _corpus()
    whole = bm25s.BM25()
    whole.index(texts, show_progress=False)
    rng = random.Random(5)
    home = [rng.randrange(4) for _ in texts]  # texts spread over four segments, out of order
    parts = []
    for segment in range(4):
        rows = [number for number, owner in enumerate(home) if owner == segment]
        parts.append((Postings.of_tokens([texts[number] for number in rows]), np.asarray(rows)))
    segmented = SegmentedBM25(parts)
    assert segmented.scores["num_docs"] == whole.scores["num_docs"]
    for number in range(150):
        query = [rng.choice(words) for _ in range(rng.randint(1, 6))] + (["unknown"] if number % 5 == 0 else [])
        assert np.array_equal(segmented.get_scores(query), whole.get_scores(query)), query
        found, expected = segmented.retrieve([query], k=12, show_progress=False), whole.retrieve([query], k=12, show_progress=False)
        assert np.array_equal(found.documents, expected.documents) and np.array_equal(found.scores, expected.scores), query


def test_postings_are_saved_without_pickle_and_refuse_other_terms(tmp_path):
    postings = Postings.of_tokens([["budget", "parks", "budget"], [], ["parks"]])
    assert postings.terms == ["budget", "parks"] and postings.lengths.tolist() == [3, 0, 1]
    assert postings.rows.tolist() == [0, 0, 2] and postings.tf.tolist() == [2, 1, 1] and postings.indptr.tolist() == [0, 1, 3]
    postings.save(tmp_path / "chunks.npz")
    loaded = Postings.load(tmp_path / "chunks.npz", postings.terms)
    assert all(np.array_equal(getattr(loaded, name), getattr(postings, name)) for name in ("indptr", "rows", "tf", "lengths"))
    with pytest.raises(ValueError):
        Postings.load(tmp_path / "chunks.npz", ["budget"])
