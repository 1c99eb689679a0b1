"""The lexical (BM25) indexes over a store's chunks and units, and the chunks themselves, saved beside the store and loaded at start.

Tokenising every passage, and reading every passage back from Chroma, were most of a cold start at 100,000
passages (14 s of Chroma reads alone), so ingest saves what the indexes need with a fingerprint of the chunk ids
they cover; a reader loads them when the fingerprint matches the store, and builds them from the store otherwise.

What is saved is a list of segments, each the term counts (index.bm25) and passages (JSON) of the chunks one ingest
added: an ingest writes a segment of its own chunks and never reads or rewrites the others, so adding a document
costs its own tokenising, not the library's. Scores use every segment's statistics together, so they equal those
of one index of the whole library. A new segment at least half the size of the one before is merged with it (from
the saved passages), which keeps a library's segments few (about log2 of its size). Removing chunks voids the saved
copy first, since a document read again comes back under the same ids with other text; the next writer rebuilds it.
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

LEXICAL_VERSION = 3  # 2 was one bm25s index (precomputed scores) for the whole store; readers still load it, writers replace it
FOLDER = "lexical"
MANIFEST = "manifest.json"


@dataclass
class LexicalIndexes:
    """BM25 over chunks, BM25 over units (a chunk's lines) with each unit's chunk, and chunk document frequencies."""

    chunks: object  # a bm25s.BM25 over chunk tokens (as llama-index's BM25Retriever tokenises them)
    units: object  # a bm25s.BM25 over unit terms
    unit_owner: list[str]
    document_frequency: Counter
    passages: list  # the chunks indexed (llama-index TextNodes), in id order


@dataclass
class Segment:
    """The term counts of a batch of chunks and of their units, with the chunks (in id order) and their document frequencies."""

    passages: list
    chunks: object  # index.bm25.Postings, a row per passage
    units: object  # index.bm25.Postings, a row per unit, passage by passage
    units_per_passage: list[int]
    document_frequency: Counter


def fingerprint(node_ids: list[str]) -> str:
    """A digest of the set of chunk ids (ids are content hashes plus ordinals, so the same ids mean the same text).

    A sum of the ids' hashes, so an ingest can add its own ids' digest to the saved one without reading the others.
    """
    return f"{sum(int.from_bytes(hashlib.sha256(node_id.encode()).digest()) for node_id in set(node_ids)) % 2**256:064x}"


def _plus(first: str, second: str) -> str:
    return f"{(int(first, 16) + int(second, 16)) % 2**256:064x}"


def index(nodes: list) -> Segment:
    """Tokenise and count the terms of every chunk and unit."""
    import bm25s
    from llama_index.core.schema import MetadataMode

    from index.bm25 import Postings
    from index.retrieval import _stemmer, terms

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets its own logger to DEBUG on import
    # The same tokenisation as llama-index's BM25Retriever.from_defaults, so its retrieve reads this index unchanged.
    tokens = bm25s.tokenize([node.get_content(metadata_mode=MetadataMode.EMBED) for node in nodes], stopwords="en",
                            stemmer=_stemmer(), token_pattern=r"(?u)\b\w\w+\b", show_progress=False)
    words = [""] * len(tokens.vocab)
    for word, number in tokens.vocab.items():
        words[number] = word
    document_frequency: Counter[str] = Counter()
    unit_terms: list[list[str]] = []
    units_per_passage = []
    for node in nodes:
        framing = terms(f"{node.metadata.get('title', '')} {node.metadata.get('section', '')}")
        seen = set(framing)
        units = node.get_content().split("\n")
        for unit in units:
            unit_terms.append(terms(unit))
            seen.update(unit_terms[-1])
        units_per_passage.append(len(units))
        document_frequency.update(seen)
    return Segment(nodes, Postings.of_ids(tokens.ids, words), Postings.of_tokens(unit_terms), units_per_passage, document_frequency)


def combine(segments: list[Segment]) -> LexicalIndexes:
    """The indexes over the segments' chunks together, rows in id order as one index of them all would have them."""
    from itertools import chain, repeat

    import numpy as np

    from index.bm25 import SegmentedBM25

    passages = [node for segment in segments for node in segment.passages]
    ids = [node.node_id for node in passages]
    order = np.asarray(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.int64)
    place = np.empty(len(ids), dtype=np.int64)
    place[order] = np.arange(len(ids))
    counts = np.asarray([count for segment in segments for count in segment.units_per_passage], dtype=np.int64)
    first_unit = np.zeros(len(ids), dtype=np.int64)  # by place: where a passage's units start among all units
    np.cumsum(counts[order][:-1], out=first_unit[1:])
    chunk_parts, unit_parts, start = [], [], 0
    for segment in segments:
        rows = place[start:start + len(segment.passages)]
        own = np.asarray(segment.units_per_passage, dtype=np.int64)
        owner = np.repeat(np.arange(len(own)), own)  # each unit's passage in the segment
        within = np.arange(len(owner)) - (np.cumsum(own) - own)[owner]
        chunk_parts.append((segment.chunks, rows))
        unit_parts.append((segment.units, first_unit[rows[owner]] + within))
        start += len(segment.passages)
    document_frequency: Counter[str] = Counter()
    for segment in segments:
        document_frequency.update(segment.document_frequency)
    unit_owner = list(chain.from_iterable(repeat(ids[number], int(counts[number])) for number in order))
    return LexicalIndexes(SegmentedBM25(chunk_parts), SegmentedBM25(unit_parts), unit_owner, document_frequency, [passages[number] for number in order])


def build(nodes: list) -> LexicalIndexes:
    """Tokenise and index every chunk and unit."""
    return combine([index(nodes)])


def load(store_path: Path, node_ids: list[str]) -> LexicalIndexes | None:
    """The saved indexes when they cover exactly these chunk ids, else None."""
    folder = Path(store_path) / FOLDER
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
        if manifest.get("version") == 2:
            return _load_version_2(folder, manifest, node_ids)
        if manifest.get("version") != LEXICAL_VERSION or manifest.get("fingerprint") != fingerprint(node_ids):
            return None
        return combine([_read_segment(folder / entry["name"]) for entry in manifest["segments"]])
    except (OSError, ValueError, KeyError, TypeError):  # missing, damaged, or removed by a writer while read: build again
        return None


def _read_segment(folder: Path) -> Segment:
    from index.bm25 import Postings

    extra = json.loads((folder / "terms.json").read_text(encoding="utf-8"))
    passages = _read_passages(folder)
    chunks, units = Postings.load(folder / "chunks.npz", extra["chunks"]), Postings.load(folder / "units.npz", extra["units"])
    if not len(chunks.lengths) == len(passages) == len(extra["units_per_passage"]) or sum(extra["units_per_passage"]) != len(units.lengths):
        raise ValueError(f"the segment at {folder} is not whole")
    return Segment(passages, chunks, units, extra["units_per_passage"], Counter(extra["document_frequency"]))


def _read_passages(folder: Path) -> list:
    return [_node(*row) for row in json.loads((folder / "passages.json").read_text(encoding="utf-8"))]


def _write_segment(folder: Path, segment: Segment) -> dict:
    """Write a segment into a folder of its own under `folder`; its manifest entry."""
    folder.mkdir(parents=True, exist_ok=True)
    target = Path(tempfile.mkdtemp(prefix="segment-", dir=folder))  # listed by no manifest until whole, so never read half-written
    segment.chunks.save(target / "chunks.npz")
    segment.units.save(target / "units.npz")
    extra = {"chunks": segment.chunks.terms, "units": segment.units.terms, "units_per_passage": segment.units_per_passage,
             "document_frequency": dict(segment.document_frequency)}
    (target / "terms.json").write_text(json.dumps(extra, ensure_ascii=False), encoding="utf-8")
    passages = [[node.node_id, node.text, node.metadata, node.excluded_embed_metadata_keys, node.excluded_llm_metadata_keys, node.ref_doc_id]
                for node in segment.passages]
    (target / "passages.json").write_text(json.dumps(passages, ensure_ascii=False), encoding="utf-8")
    return {"name": target.name, "passages": len(segment.passages)}


def _write_manifest(folder: Path, digest: str, segments: list[dict]) -> None:
    """Point the saved indexes at these segments in one rename, then remove what no longer belongs."""
    scratch = folder / f".{MANIFEST}.{os.getpid()}"
    scratch.write_text(json.dumps({"version": LEXICAL_VERSION, "fingerprint": digest, "passages": sum(entry["passages"] for entry in segments),
                                   "segments": segments}))
    os.replace(scratch, folder / MANIFEST)
    kept = {MANIFEST} | {entry["name"] for entry in segments}
    for child in folder.iterdir():  # segments merged or replaced, half-written ones of a killed writer, version 2 files
        if child.name not in kept:
            shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)


def _manifest(folder: Path) -> dict | None:
    """The saved manifest when it is whole and of this version."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
        whole = manifest["version"] == LEXICAL_VERSION and isinstance(manifest["passages"], int) and isinstance(manifest["segments"], list)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return manifest if whole else None


def _node(node_id: str, text: str, metadata: dict, embed_excluded: list[str], llm_excluded: list[str], source: str | None):
    from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

    return TextNode(id_=node_id, text=text, metadata=metadata, excluded_embed_metadata_keys=embed_excluded, excluded_llm_metadata_keys=llm_excluded,
                    relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=source)} if source else {})


def _load_version_2(folder: Path, manifest: dict, node_ids: list[str]) -> LexicalIndexes | None:
    """A store saved by a Cabinet before segments: one bm25s index, whose scores are the same as the segments'."""
    import bm25s

    digest = hashlib.sha256()
    for node_id in sorted(node_ids):
        digest.update(node_id.encode())
        digest.update(b"\n")
    if manifest.get("fingerprint") != digest.hexdigest():
        return None
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    chunks = bm25s.BM25.load(str(folder / "chunks"))
    units = bm25s.BM25.load(str(folder / "units"))
    extra = json.loads((folder / "terms.json").read_text(encoding="utf-8"))
    owners = extra["owners"]
    return LexicalIndexes(chunks, units, [owners[number] for number in extra["unit_owner"]], Counter(extra["document_frequency"]), _read_passages(folder))


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
    (Path(store_path) / FOLDER / MANIFEST).unlink(missing_ok=True)


def current(store_path: Path, node_ids: list[str]) -> bool:
    """True when the saved indexes cover exactly these chunk ids (and are of this version)."""
    manifest = _manifest(Path(store_path) / FOLDER)
    return manifest is not None and manifest.get("fingerprint") == fingerprint(node_ids)


def refresh(store, written: dict | None = None) -> None:
    """Bring the saved indexes up to the store's chunks (writers call this under the lock, after storing `written`).

    `written` maps the ids of chunks the caller has just stored to their nodes. When the saved indexes covered the
    store before those were added (nothing is removed without voiding them, so the count tells), only they are
    indexed, as a new segment; otherwise everything is built again, and only chunks not written are read back.
    """
    folder = Path(store.path) / FOLDER
    written = written or {}
    manifest = _manifest(folder)
    if manifest is not None and store.count() == manifest["passages"] + len(written):
        try:
            if written:
                _append(folder, manifest, sorted(written.values(), key=lambda node: node.node_id))
            return
        except (OSError, ValueError, KeyError, TypeError):  # a saved segment to merge with is missing or damaged: build it all again
            pass
    ids = store.ids()
    nodes = sorted([written[node_id] for node_id in ids if node_id in written] + store.nodes([node_id for node_id in ids if node_id not in written]),
                   key=lambda node: node.node_id)
    if nodes:
        _write_manifest(folder, fingerprint([node.node_id for node in nodes]), [_write_segment(folder, index(nodes))])
    else:
        shutil.rmtree(folder, ignore_errors=True)


def _append(folder: Path, manifest: dict, nodes: list) -> None:
    """Save `nodes` as a new segment, first merged with the newest saved ones while they are less than twice its size."""
    segments = list(manifest["segments"])
    tail = nodes
    while segments and 2 * len(tail) >= segments[-1]["passages"]:
        tail = sorted(_read_passages(folder / segments.pop()["name"]) + tail, key=lambda node: node.node_id)
    segments.append(_write_segment(folder, index(tail)))
    _write_manifest(folder, _plus(manifest["fingerprint"], fingerprint([node.node_id for node in nodes])), segments)
