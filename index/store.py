"""The vector store: a Chroma collection on disk (through llama-index's ChromaVectorStore), one writer at a time (the app's own writers queue; another process is waited for, within a bound).

The collection's own metadata records the embedding model and its dimension, so a store built with one
model is never searched with another. Each file's chunks go in with one `add` call, so a killed ingest
leaves whole documents or none of them.

Chroma's vector index (HNSW) is approximate, and its graph depends on the order and batches chunks arrived in:
a library rebuilt after a killed ingest holds the same rows as a clean one but a different graph. With Chroma's
default search breadth (100) a search for the 96 candidates Cabinet asks for missed some of the true nearest
(2 of 96 in one run), so the same question over the same rows found different passages. SEARCH_EF searches
wide enough that the candidates are the exact nearest in a small library and nearly so in a large one.

A passage's text is stored inside its node's metadata, not as a Chroma document: Chroma's local store puts every
document into a trigram full-text index that Cabinet never queries (its BM25 is its own), and writing that index
was over half of the time an ingest spent storing. Libraries written before hold their text as documents; both read alike.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cabinet.errors import EmptyStoreError, StoreBusyError, StoreError, StoreFullError
from index import lexical

COLLECTION = "cabinet"
SCHEMA_VERSION = 1
SEARCH_EF = 512  # HNSW search breadth: over 5x the 96 dense candidates asked for (192 with a filter); see the module docstring
OWNER_MARK = ".cabinet-owner"  # written into a store a command made for itself (the eval's); only such a store may be cleared


@dataclass
class StoredDocument:
    """One ingested document as the store knows it."""

    doc_id: str
    source: str
    path: str
    title: str
    kind: str
    date: str | None
    pages: int
    chunks: int


class Store:
    """A Chroma collection of chunks, with the model it was built with."""

    def __init__(self, path: Path, model_name: str, dimension: int, *, create: bool = False, url: str | None = None,
                 collection: str = COLLECTION) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.model = (model_name, dimension)
        self.url = url
        self.path = Path(path)  # the catalogue and lexical indexes live here in both modes; Chroma's files only when embedded
        self.name = collection
        self.where = f"{url} (library {collection})" if url else str(self.path)
        if not url and not create and not (self.path / "chroma.sqlite3").exists():
            raise EmptyStoreError(f"no documents yet: the store at {self.path} is empty; upload some or run `cabinet ingest PATH`")
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            self.client = _server_client(url) if url else chromadb.PersistentClient(path=str(self.path), settings=ChromaSettings(anonymized_telemetry=False))
            if url and not create and collection not in {c.name for c in self.client.list_collections()}:
                raise EmptyStoreError(f"no documents yet: library {collection} on {url} is empty; run `cabinet ingest PATH` with the same --chroma-url")
            self.collection = self.client.get_or_create_collection(
                collection,
                metadata={"embed_model": model_name, "embed_dim": dimension, "schema": SCHEMA_VERSION, "hnsw:space": "cosine"},
                configuration={"hnsw": {"space": "cosine", "ef_search": SEARCH_EF}},
            )
            if create:
                self._widen_search()
            self.collection.count()  # a store that opens but cannot be read fails here, with a message, not on the first question
        except StoreError:
            raise
        except Exception as exc:  # chromadb raises bare exceptions for a damaged directory, a full disk or an unreachable server
            if url:
                raise StoreError(f"cannot reach the Chroma server at {url} ({exc}); start it with `chroma run --path DIR --port N` or check CABINET_CHROMA_URL") from exc
            if disk_full(exc, self.path):
                raise StoreFullError(f"cannot use the store at {self.path}: the disk holding it is full ({_free_bytes(self.path) / 2**20:.1f} MB free); "
                                     "free some space (or move the store with CABINET_STORE_DIR) and try again") from exc
            raise StoreError(f"cannot open the store at {self.path} ({exc}); move it aside and run `cabinet ingest --rebuild`") from exc
        self._check_model(model_name, dimension)
        self.vector_store = ChromaVectorStore(chroma_collection=self.collection)

    def _widen_search(self) -> None:
        """Give a library made before SEARCH_EF (Chroma's default breadth) the wider search; only writers change a collection."""
        hnsw = (self.collection.configuration or {}).get("hnsw") or {}
        if int(hnsw.get("ef_search") or 0) < SEARCH_EF:
            self.collection.modify(configuration={"hnsw": {"ef_search": SEARCH_EF}})

    def _check_model(self, model_name: str, dimension: int) -> None:
        meta = self.collection.metadata or {}
        if meta.get("embed_model") != model_name or meta.get("embed_dim") != dimension:
            raise StoreError(
                f"the store at {self.where} was built with model {meta.get('embed_model')} ({meta.get('embed_dim')} dimensions), "
                f"not {model_name} ({dimension}); run `cabinet ingest --rebuild PATH` to re-embed it"
            )

    def reopened(self) -> Store:
        """This store opened again, so it sees what other processes wrote since it opened.

        An embedded Chroma client keeps its vector index in memory per process and never reads another writer's
        additions into it; dropping the process's cached system makes the next client load the index afresh
        (clients already made look their system up by path, so they move to the new one too).
        """
        if self.url is None:
            from chromadb.api.shared_system_client import SharedSystemClient

            SharedSystemClient._identifier_to_system.pop(self.client._identifier, None)
            SharedSystemClient._identifier_to_refcount.pop(self.client._identifier, None)
        return Store(self.path, *self.model, url=self.url, collection=self.name)

    def count(self) -> int:
        """Chunks in the store."""
        return self.collection.count()

    def documents(self) -> list[StoredDocument]:
        """Every document in the store, from its chunks' metadata, sorted by date then title."""
        found: dict[str, StoredDocument] = {}
        for _, _, meta in self._rows(["metadatas"]):
            doc_id = str(meta.get("document_id"))
            if doc_id not in found:
                found[doc_id] = StoredDocument(
                    doc_id=doc_id,
                    source=str(meta.get("source", "")),
                    path=str(meta.get("path", "")),
                    title=str(meta.get("title", "")),
                    kind=str(meta.get("kind", "")),
                    date=str(meta.get("date") or "") or None,
                    pages=int(meta.get("page_count", 0) or 0),
                    chunks=0,
                )
            found[doc_id].chunks += 1
        return sorted(found.values(), key=lambda doc: (doc.date or "", doc.title))

    def nodes(self, ids: list[str] | None = None) -> list:
        """All chunks (or those of `ids`) as llama-index nodes in id order (for BM25 and term statistics; saved indexes rely on the order)."""
        from llama_index.core.vector_stores.utils import metadata_dict_to_node

        rows = self._rows(["documents", "metadatas"]) if ids is None else self.rows_of(ids)
        return sorted((metadata_dict_to_node(meta, text=text) for _, text, meta in rows), key=lambda node: node.node_id)

    def rows_of(self, ids: list[str], page: int = 5000) -> Iterator[tuple[str, str, dict]]:
        """(id, text, metadata) of the chunks with these ids, a page of ids at a time."""
        for start in range(0, len(ids), page):
            found = self.collection.get(ids=ids[start:start + page], include=["documents", "metadatas"])
            yield from zip(found["ids"], passage_texts(found), found["metadatas"])

    def ids(self) -> list[str]:
        """Every chunk id."""
        return [node_id for node_id, _, _ in self._rows([])]

    def _rows(self, include: list[str], page: int = 5000) -> Iterator[tuple[str, str | None, dict]]:
        """(id, text, metadata) of every chunk, a page at a time (one get of 100,000 rows is too many SQL variables for Chroma)."""
        offset = 0
        while True:
            found = self.collection.get(limit=page, offset=offset, include=include)
            texts = passage_texts(found) if "documents" in include else [None] * len(found["ids"])
            metas = found.get("metadatas") or [{}] * len(found["ids"])
            yield from zip(found["ids"], texts, metas)
            if len(found["ids"]) < page:
                return
            offset += page

    def add(self, nodes: list) -> None:
        """Add embedded chunks (of one document or several), in as few Chroma calls as its batch limit allows."""
        size = self.client.get_max_batch_size()
        for start in range(0, len(nodes), size):
            batch = nodes[start:start + size]
            self.collection.add(  # the text inside the metadata, not as a document (see the module docstring)
                ids=[node.node_id for node in batch],
                embeddings=[node.embedding for node in batch],
                metadatas=[_flat_metadata(node) for node in batch],
            )

    def delete_document(self, doc_id: str) -> None:
        """Remove every chunk of one document."""
        lexical.void(self.path)
        self.vector_store.delete(doc_id)

    def reset(self) -> None:
        """Drop all chunks (for --rebuild), keeping the directory."""
        lexical.void(self.path)
        self.client.delete_collection(self.name)


def _server_client(url: str):
    """A client of a Chroma server at `url` (http[s]://host:port)."""
    from urllib.parse import urlparse

    import chromadb
    from chromadb.config import Settings as ChromaSettings

    parsed = urlparse(url if "://" in url else f"http://{url}")
    if not parsed.hostname:
        raise StoreError(f"CABINET_CHROMA_URL {url!r} is not a URL such as http://127.0.0.1:8000")
    ssl = parsed.scheme == "https"
    return chromadb.HttpClient(host=parsed.hostname, port=parsed.port or (443 if ssl else 8000), ssl=ssl,
                               settings=ChromaSettings(anonymized_telemetry=False))


def _flat_metadata(node) -> dict:
    from llama_index.core.vector_stores.utils import node_to_metadata_dict

    meta = node_to_metadata_dict(node, remove_text=False, flat_metadata=True)
    return {key: value for key, value in meta.items() if value is not None}


def passage_texts(found: dict) -> list[str]:
    """The passages' texts in a Chroma `get` result that included documents and metadatas (either place, see the module docstring)."""
    documents = found.get("documents") or [None] * len(found["ids"])
    return [text if text is not None else json.loads(meta.get("_node_content") or "{}").get("text") or ""
            for text, meta in zip(documents, found.get("metadatas") or [{}] * len(found["ids"]))]


class _Writer:
    """This process's turn at one store: a reentrant lock, and how deep the holding thread is."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.depth = 0


_WRITERS: dict[str, _Writer] = {}
_WRITERS_LOCK = threading.Lock()


def _writer(path: Path) -> _Writer:
    with _WRITERS_LOCK:
        return _WRITERS.setdefault(str(path.resolve()), _Writer())


@contextmanager
def write_lock(path: Path, *, wait: float = 0.0, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the store's writer lock: writers of this process take turns; a writer in another process is waited for up to `wait` s.

    `on_wait` is told, once, in words a user can read, when this writer has to wait and for whom.
    """
    path.mkdir(parents=True, exist_ok=True)
    writer = _writer(path)
    if not writer.lock.acquire(blocking=False):
        if on_wait:
            on_wait("waiting for this app's earlier ingest to finish")
        writer.lock.acquire()  # the app's own writers: each ingest ends (parsing is time-limited), so the queue moves
    try:
        if writer.depth:  # this thread already holds the store (a write inside a write)
            writer.depth += 1
            yield
            return
        with _file_lock(path, wait, on_wait):
            writer.depth = 1
            try:
                yield
            finally:
                writer.depth = 0
    finally:
        writer.lock.release()


@contextmanager
def _file_lock(path: Path, wait: float, on_wait: Callable[[str], None] | None) -> Iterator[None]:
    """The fcntl lock other processes see; a holder is polled for until `wait` seconds have passed."""
    lock_path = path / "write.lock"
    handle = open(lock_path, "a+")
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            if time.monotonic() >= deadline:
                handle.close()
                waited = f" still holds it after {wait:g} s (CABINET_WRITE_WAIT)" if wait else " holds it"
                raise StoreBusyError(f"another ingest (pid {holder}) is writing to the store at {path} and{waited}; "
                                     "wait for it to finish and try again") from exc
            if on_wait and not told:
                on_wait(f"another ingest (pid {holder}) is writing to the store at {path}; waiting up to {wait:g} s for it to finish")
                told = True
            time.sleep(min(0.25, max(0.0, deadline - time.monotonic())))
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


LOW_SPACE = 64 * 2**20  # below this much free space, a failed store write is taken for a full disk


def disk_full(exc: BaseException, path: Path | None = None) -> bool:
    """True when an error says the disk is full (ENOSPC, SQLite's words for it), or it came while the store's disk was nearly full.

    Chroma reports a full disk as "Failed to apply logs to the metadata segment", hence the look at free space.
    """
    if path is not None and _free_bytes(path) < LOW_SPACE:
        return True
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if any(words in str(exc).lower() for words in ("database or disk is full", "no space left on device", "disk quota exceeded")):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _free_bytes(path: Path) -> int:
    import shutil

    for folder in (Path(path), *Path(path).parents):
        if folder.exists():
            try:
                return shutil.disk_usage(folder).free
            except OSError:
                return 0
    return 0


def full_disk_error(path: Path, needed_bytes: int) -> StoreFullError:
    """The one message for a full disk: where the store is, what is free, and about how much more it needs."""
    free = _free_bytes(path)
    return StoreFullError(
        f"the disk holding the store at {path} is full ({free / 2**20:.1f} MB free): the ingest stopped at the first write that failed; "
        f"free about {max(needed_bytes, 64 * 2**20) / 2**20:.0f} MB (or move the store with CABINET_STORE_DIR) and run it again. "
        "Documents stored before the failure are kept."
    )


def claim_store(path: Path, owner: str) -> Path:
    """Make `path` a store that `owner` (say 'eval') owns: a new or empty directory is marked; a marked one is reused.

    Any other directory (a user's library) is refused, so a command that builds scratch stores can never
    write to, or clear, a store it did not create.
    """
    path = Path(path)
    mark = path / OWNER_MARK
    if mark.is_file() and mark.read_text(encoding="utf-8").strip() == owner:
        return path
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise StoreError(
            f"{path} is not an {owner} store (it has files that {owner} did not create, perhaps a library): "
            f"{owner} never writes to a library; give --store a new or empty folder, or leave --store out to use a temporary one"
        )
    path.mkdir(parents=True, exist_ok=True)
    mark.write_text(owner, encoding="utf-8")
    return path


def clear_owned_store(path: Path, owner: str) -> None:
    """Empty a store `claim_store` marked for `owner`, keeping the mark; anything unmarked is left alone."""
    import shutil

    path = Path(path)
    mark = path / OWNER_MARK
    if not (mark.is_file() and mark.read_text(encoding="utf-8").strip() == owner):
        raise StoreError(f"{path} was not created by {owner}; it is left as it is")
    for child in path.iterdir():
        if child.name == OWNER_MARK:
            continue
        shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
