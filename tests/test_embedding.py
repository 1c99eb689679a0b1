"""The embedding backends: the ONNX export is cached, batch-independent and close to the float model."""

from __future__ import annotations

import numpy as np
import pytest

from cabinet.settings import Settings
from index.embedding import embed_model, model_identity, settings_identity

TEXTS = [
    "The Cabinet is recommended to approve the waste strategy for consultation.",
    "Highlight report: the programme is amber; two milestones have slipped to the next quarter.",
    "Outcome 2: people live healthy lives. Priority: reduce smoking in pregnancy.",
    "Risk register: the likelihood of a data breach is rated high and the owner is the director of finance.",
] * 16  # a batch of 64 with repeats and different lengths


@pytest.fixture(scope="module")
def onnx_model(tmp_path_factory):
    return embed_model(Settings().model_path, 64, False, 128, "onnx", str(tmp_path_factory.mktemp("cache")))


def test_onnx_vector_is_the_same_alone_and_inside_a_batch(onnx_model):
    batch = np.asarray(onnx_model.get_text_embedding_batch(TEXTS))
    for index in (0, 1, 2, 3):
        alone = np.asarray(onnx_model.get_text_embedding(TEXTS[index]))
        assert np.array_equal(alone, batch[index])


def test_onnx_vectors_are_close_to_the_float_model(onnx_model):
    float_model = embed_model(Settings().model_path, 64, False, 128, "torch")
    exact = np.asarray(float_model.get_text_embedding_batch(TEXTS[:4]))
    fast = np.asarray(onnx_model.get_text_embedding_batch(TEXTS[:4]))
    cosines = (exact * fast).sum(axis=1)
    assert cosines.min() > 0.97, cosines
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    # The ranking of the texts for a query holds: the waste question finds the waste passage.
    query = np.asarray(onnx_model.get_query_embedding("what does the waste strategy recommend?"))
    assert int(np.argmax(fast @ query)) == 0


def test_export_is_made_once_and_reused(tmp_path):
    from index.exported import onnx_int8

    model_path = Settings().model_path
    folder = onnx_int8(model_path, tmp_path)
    stamp = (folder / "model.onnx").stat().st_mtime_ns
    assert onnx_int8(model_path, tmp_path) == folder
    assert (folder / "model.onnx").stat().st_mtime_ns == stamp
    assert [path.name for path in tmp_path.iterdir()] == [folder.name]  # no scratch folder left behind


def test_a_store_records_the_backend():
    model_path = Settings().model_path
    names = {backend: model_identity(model_path, True, 128, backend)[0] for backend in ("onnx", "torch", "static")}
    assert names == {"onnx": "all-MiniLM-L6-v2+onnx-int8@128", "torch": "all-MiniLM-L6-v2+int8@128", "static": "all-MiniLM-L6-v2+static256"}
    assert model_identity(model_path, backend="static")[1] == 256
    assert settings_identity(Settings(embed_backend="torch")) == ("all-MiniLM-L6-v2+int8@128", 384)


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown embedding backend"):
        embed_model(Settings().model_path, backend="gpu")
