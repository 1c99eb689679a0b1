"""The lexical (BM25) indexes over a store's chunks and units, and the chunks themselves, saved beside the store and loaded at start.

Tokenising every passage, and reading every passage back from Chroma, were most of a cold start at 100,000
passages (14 s of Chroma reads alone), so ingest saves the indexes (bm25s's own format: numpy arrays and JSON,
no pickle) and the passages they index (JSON) with a fingerprint of the chunk ids they cover; a reader loads
them when the fingerprint matches the store, and builds them from the store's chunks otherwise. Removing
chunks voids the saved copy first, since a document read again comes back under the same ids with other text.
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

LEXICAL_VERSION = 2
FOLDER = "lexical"


@dataclass
class LexicalIndexes:
    """BM25 over chunks, BM25 over units (a chunk's lines) with each unit's chunk, and chunk document frequencies."""

    chunks: object  # bm25s.BM25 over chunk tokens (as llama-index's BM25Retriever tokenises them)
    units: object  # bm25s.BM25 over unit terms
    unit_owner: list[str]
    document_frequency: Counter
    passages: list  # the chunks indexed (llama-index TextNodes), in id order


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
    return LexicalIndexes(chunks, units, unit_owner, document_frequency, nodes)


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
        passages = [[node.node_id, node.text, node.metadata, node.excluded_embed_metadata_keys, node.excluded_llm_metadata_keys, node.ref_doc_id]
                    for node in indexes.passages]
        (scratch / "passages.json").write_text(json.dumps(passages, ensure_ascii=False), encoding="utf-8")
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
        passages = [_node(*row) for row in json.loads((folder / "passages.json").read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError):  # missing or half-written by an older Cabinet: build again
        return None
    owners = extra["owners"]
    return LexicalIndexes(chunks, units, [owners[index] for index in extra["unit_owner"]], Counter(extra["document_frequency"]), passages)


def _node(node_id: str, text: str, metadata: dict, embed_excluded: list[str], llm_excluded: list[str], source: str | None):
    from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

    return TextNode(id_=node_id, text=text, metadata=metadata, excluded_embed_metadata_keys=embed_excluded, excluded_llm_metadata_keys=llm_excluded,
                    relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=source)} if source else {})


def load_or_build(store, documents: set[str] | None = None) -> tuple[LexicalIndexes, int]:
    """The indexes over the store's chunks of `documents` (all when None): the saved ones when they match, else built now.

    Also gives how many stored chunks belong to no such document (orphans, left by an ingest killed mid-file).
    """
    found = load(store.path, store.ids())
    passages = found.passages if found is not None else store.nodes()
    kept = [node for node in passages if documents is None or (node.ref_doc_id or node.node_id.rpartition(":")[0]) in documents]
    orphans = len(passages) - len(kept)
    return (found if found is not None and not orphans else build(kept)), orphans


def void(store_path: Path) -> None:
    """Mark the saved indexes as no longer describing the store (before its chunks are removed)."""
    (Path(store_path) / FOLDER / "manifest.json").unlink(missing_ok=True)


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
