"""Reproducible ingest: the same files give the same vectors and the same `cabinet search --json`, however they were batched."""

from __future__ import annotations

import numpy as np
from click.testing import CliRunner
from conftest import fresh_settings

import index.build
from cabinet.cli import main
from index.build import ingest_paths, open_store

QUERIES = ["lead officer", "priority outcomes", "forward plan reference", "health and wellbeing", "financial implications",
           "recommendations", "consultation", "corporate plan", "minutes of the meeting", "decision date"]


def _search(store) -> str:
    runner = CliRunner()
    return "".join(runner.invoke(main, ["search", query, "--json", "--store", str(store)]).output for query in QUERIES)


def _vectors(settings) -> dict[str, np.ndarray]:
    found = open_store(settings).collection.get(include=["embeddings"])
    return dict(zip(found["ids"], np.asarray(found["embeddings"])))


def test_one_batch_or_one_file_at_a_time_give_identical_vectors_and_search(corpus, tmp_path, monkeypatch):
    together = fresh_settings(tmp_path / "together")
    monkeypatch.setattr(index.build, "EMBED_FLUSH_CHUNKS", 10_000)  # every file's chunks pending at once
    assert not ingest_paths([corpus], together).failed
    apart = fresh_settings(tmp_path / "apart")
    monkeypatch.setattr(index.build, "EMBED_FLUSH_CHUNKS", 1)
    for path in sorted(corpus.iterdir(), reverse=True):  # one file per run, in the other order
        assert not ingest_paths([path], apart.model_copy(update={"ingest_workers": 1})).failed
    first, second = _vectors(together), _vectors(apart)
    assert first.keys() == second.keys() and len(first) > 20
    assert all(np.array_equal(first[key], second[key]) for key in first)
    assert _search(together.store_path) == _search(apart.store_path) != ""
