"""Faster forms of the embedding model, made offline from the local model once and cached outside the repository.

Two forms: the transformer exported to ONNX with int8 weights (per output channel) run by onnxruntime, and a
static model distilled from it by model2vec (a token table: no transformer at run time). Each is written to a
temporary folder and renamed, keyed by the model's files and the options, so two processes exporting at once
both end with the same whole folder.

sentence-transformers' own ONNX backend needs optimum, whose releases pin transformers below the 5.x that
sentence-transformers 6 needs; the export here is torch.onnx plus onnxruntime's quantizer, which optimum wraps.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

EXPORT_VERSION = 1  # bump when the export or quantisation recipe changes: the cache key changes with it


def model_key(model_path: str, options: str) -> str:
    """A short key for a model folder's weights and the export options."""
    digest = hashlib.sha256(f"{EXPORT_VERSION}|{options}".encode())
    for path in sorted(Path(model_path).glob("*")):
        if path.is_file() and path.suffix in (".safetensors", ".bin", ".json", ".txt"):
            stat = path.stat()
            digest.update(f"{path.name}|{stat.st_size}|{int(stat.st_mtime)}".encode())
    return f"{Path(model_path).name}-{options}-{digest.hexdigest()[:12]}"


def _publish(build, target: Path) -> Path:
    """Run `build(folder)` into a temporary folder beside `target` and rename it into place (unless another process won)."""
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    try:
        with contextlib.redirect_stdout(sys.stderr):  # what the exporters print must never mix with `--json` output
            build(scratch)
        try:
            os.rename(scratch, target)
        except OSError:  # another process published the same export first; theirs is identical
            pass
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def onnx_int8(model_path: str, cache_dir: Path) -> Path:
    """The folder of the model exported to ONNX with int8 weights (made on first use): model.onnx and tokenizer.json."""
    return _publish(lambda folder: _export_onnx(model_path, folder), Path(cache_dir) / model_key(model_path, "onnx-int8pc"))


def _export_onnx(model_path: str, folder: Path) -> None:
    import warnings

    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(model_path).eval()
    tokenizer = AutoTokenizer.from_pretrained(model_path)

    class Encoder(torch.nn.Module):
        """The transformer's token states, with inputs by keyword (BertModel's positional order changed in transformers 5)."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state

    sample = tokenizer(["a sample", "a longer sample sentence"], padding=True, return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # tracer warnings about Python conditionals on shapes, harmless for a fixed graph
        torch.onnx.export(
            Encoder(), tuple(sample[name] for name in names), str(folder / "float.onnx"), input_names=names,
            output_names=["token_states"], dynamic_axes={name: {0: "batch", 1: "tokens"} for name in [*names, "token_states"]},
            opset_version=17, dynamo=False,
        )
    # Per-channel int8 weights keep the vectors within cosine 0.99 of float; per-tensor ones fall to 0.95.
    quantize_dynamic(str(folder / "float.onnx"), str(folder / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True)
    (folder / "float.onnx").unlink()
    shutil.copy(Path(model_path) / "tokenizer.json", folder / "tokenizer.json")
    (folder / "export.json").write_text(json.dumps({"version": EXPORT_VERSION, "source": str(model_path)}))


class OnnxEncoder:
    """Mean-pooled, normalised sentence vectors from an exported model, one text per run.

    One text per run makes a text's vector independent of what it is batched with: dynamic quantisation scales
    activations by the whole input tensor, so a batch (and its padding) would shift every row's vector. On a
    CPU a batch of one is no slower (no padding to compute).
    """

    def __init__(self, folder: Path, max_tokens: int, threads: int | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or min(4, os.cpu_count() or 1)
        options.log_severity_level = 3
        # Threads that spin while waiting for work steal the cores the parsing workers need (and other processes').
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = onnxruntime.InferenceSession(str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_tokens)
        self.tokenizer.no_padding()

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text."""
        vectors = np.zeros((len(texts), 0), dtype=np.float32)
        rows = []
        for encoding in self.tokenizer.encode_batch(list(texts)):
            ids = np.asarray([encoding.ids], dtype=np.int64)
            states = self.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)})[0]
            rows.append(states[0].mean(axis=0))
        if rows:
            vectors = np.asarray(rows, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True) if rows else 1.0
        return vectors / np.where(norms == 0, 1.0, norms)


def static_model(model_path: str, cache_dir: Path, dimensions: int = 256) -> Path:
    """The folder of a model2vec static model distilled from the model (made on first use, a minute or two on a CPU)."""
    return _publish(lambda folder: _distill(model_path, folder, dimensions), Path(cache_dir) / model_key(model_path, f"static{dimensions}"))


def _distill(model_path: str, folder: Path, dimensions: int) -> None:
    from model2vec.distill import distill

    distill(model_name=model_path, pca_dims=dimensions).save_pretrained(str(folder))


class StaticEncoder:
    """Normalised vectors from a model2vec static model (a mean of token vectors: per text, so batch-independent)."""

    def __init__(self, folder: Path, max_tokens: int) -> None:
        from model2vec import StaticModel

        self.model = StaticModel.from_pretrained(str(folder), normalize=True)
        self.max_tokens = max_tokens

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text."""
        return np.asarray(self.model.encode(list(texts), max_length=self.max_tokens, show_progress_bar=False), dtype=np.float32)
