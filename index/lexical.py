"""The lexical (BM25) indexes over a store's chunks and units, saved beside the store and loaded at start.

Tokenising and stemming every passage is most of a cold start at 100,000 passages, so ingest saves the
indexes (bm25s's own format: numpy arrays and JSON, no pickle) with a fingerprint of the chunk ids they
cover; a reader loads them when the fingerprint matches the store, and builds them again otherwise.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

LEXICAL_VERSION = 1
FOLDER = "lexical"


@dataclass
class LexicalIndexes:
    """BM25 over chunks, BM25 over units (a chunk's lines) with each unit's chunk, and chunk document frequencies."""

    chunks: object  # bm25s.BM25 over chunk tokens (as llama-index's BM25Retriever tokenises them)
    units: object  # bm25s.BM25 over unit terms
    unit_owner: list[str]
    document_frequency: Counter


def fingerprint(node_ids: list[str]) -> str:
    """A digest of the set of chunk ids (ids are content hashes plus ordinals, so the same ids mean the same text)."""
    digest = hashlib.sha256()
    for node_id in sorted(node_ids):
        digest.update(node_id.encode())
        digest.update(b"\n")
    return digest.hexdigest()


def build(nodes: list) -> LexicalIndexes:
    """Tokenise and index every chunk and unit."""
    import bm25s
    from llama_index.core.schema import MetadataMode

    from index.retrieval import _stemmer, terms

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets its own logger to DEBUG on import
    chunks = bm25s.BM25()
    # The same tokenisation as llama-index's BM25Retriever.from_defaults, so its retrieve reads this index unchanged.
    tokens = bm25s.tokenize([node.get_content(metadata_mode=MetadataMode.EMBED) for node in nodes], stopwords="en",
                            stemmer=_stemmer(), token_pattern=r"(?u)\b\w\w+\b", show_progress=False)
    chunks.index(tokens, show_progress=False)
    document_frequency: Counter[str] = Counter()
    unit_owner: list[str] = []
    unit_terms: list[list[str]] = []
    for node in nodes:
        framing = terms(f"{node.metadata.get('title', '')} {node.metadata.get('section', '')}")
        seen = set(framing)
        for unit in node.get_content().split("\n"):
            words = terms(unit)
            seen.update(words)
            unit_terms.append(words)
            unit_owner.append(node.node_id)
        document_frequency.update(seen)
    units = bm25s.BM25()
    units.index(unit_terms or [[]], show_progress=False)
    return LexicalIndexes(chunks, units, unit_owner, document_frequency)


def save(indexes: LexicalIndexes, store_path: Path, node_ids: list[str]) -> None:
    """Write the indexes under `<store>/lexical`, replacing the old ones whole."""
    target = Path(store_path) / FOLDER
    scratch = Path(tempfile.mkdtemp(prefix=".lexical.", dir=store_path))
    try:
        indexes.chunks.save(str(scratch / "chunks"))
        indexes.units.save(str(scratch / "units"))
        owners = sorted(set(indexes.unit_owner))
        position = {owner: index for index, owner in enumerate(owners)}
        extra = {"owners": owners, "unit_owner": [position[owner] for owner in indexes.unit_owner],
                 "document_frequency": dict(indexes.document_frequency)}
        (scratch / "terms.json").write_text(json.dumps(extra), encoding="utf-8")
        (scratch / "manifest.json").write_text(json.dumps({"version": LEXICAL_VERSION, "fingerprint": fingerprint(node_ids)}))
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=".lexical-old.", dir=store_path))
            os.replace(target, old / FOLDER)
        os.replace(scratch, target)
        if old:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def load(store_path: Path, node_ids: list[str]) -> LexicalIndexes | None:
    """The saved indexes when they cover exactly these chunk ids, else None."""
    import bm25s

    folder = Path(store_path) / FOLDER
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
        if manifest.get("version") != LEXICAL_VERSION or manifest.get("fingerprint") != fingerprint(node_ids):
            return None
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        chunks = bm25s.BM25.load(str(folder / "chunks"))
        units = bm25s.BM25.load(str(folder / "units"))
        extra = json.loads((folder / "terms.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError):  # missing or half-written by an older Cabinet: build again
        return None
    owners = extra["owners"]
    return LexicalIndexes(chunks, units, [owners[index] for index in extra["unit_owner"]], Counter(extra["document_frequency"]))


def load_or_build(store_path: Path, nodes: list, *, save_built: bool = False) -> LexicalIndexes:
    """The saved indexes if they match the nodes, else built now (and saved when `save_built`)."""
    node_ids = [node.node_id for node in nodes]
    found = load(store_path, node_ids)
    if found is not None:
        return found
    built = build(nodes)
    if save_built:
        save(built, store_path, node_ids)
    return built


def current(store_path: Path, node_ids: list[str]) -> bool:
    """True when the saved indexes cover exactly these chunk ids."""
    try:
        manifest = json.loads((Path(store_path) / FOLDER / "manifest.json").read_text())
    except (OSError, ValueError):
        return False
    return manifest.get("version") == LEXICAL_VERSION and manifest.get("fingerprint") == fingerprint(node_ids)


def refresh(store, written: dict | None = None) -> None:
    """Build and save the indexes of a store's current chunks unless the saved ones match (writers call this under the lock).

    `written` maps the ids of chunks the caller has just stored to their nodes: only the others are read back
    from the store (reading a chunk back costs more than indexing it).
    """
    ids = store.ids()
    if current(store.path, ids):
        return
    written = written or {}
    nodes = sorted([written[node_id] for node_id in ids if node_id in written] + store.nodes([node_id for node_id in ids if node_id not in written]),
                   key=lambda node: node.node_id)
    if nodes:
        save(build(nodes), store.path, [node.node_id for node in nodes])
    else:
        shutil.rmtree(Path(store.path) / FOLDER, ignore_errors=True)
