"""Parse files in worker processes with a time and memory limit, so one hostile file cannot stall an ingest.

Each worker is a long-lived process from a fork server (free of the parent's model threads) that parses one
file after another, so the parsers are imported and their vocabulary read once per worker, not once per file.
multiprocessing.Pool cannot kill one task that runs past its time without losing the pool, so this small pool
does what it lacks: a worker that runs out of time is killed, one that crashes or runs out of memory is
retired, and a fresh worker takes the next file.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import resource
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from cabinet.errors import IngestError
from ingest.chunking import Chunk, chunk_document
from ingest.documents import ParsedDocument

# Imported by the fork server before it forks any worker: every module a parse needs.
PARSERS = ["ingest.readers", "ingest.reading", "ingest.frontsheet", "ingest.structure", "ingest.highlight", "ingest.chunking",
           "pypdf", "docx", "bs4"]


@dataclass
class Parsed:
    """What a worker sends back: the document and its chunks, or the reason it failed."""

    path: Path
    document: ParsedDocument | None = None
    chunks: list[Chunk] | None = None
    error: str | None = None
    seconds: float = 0.0


def _serve(chunk_chars: int, memory_mb: int, conn: Connection) -> None:
    """A worker's life: parse each path the parent sends, until it sends None or the worker should retire.

    A worker retires after running out of memory (it may be left inconsistent) or once it has grown past half its
    limit (what a big file left behind must not fail the next file), and says so with its result.
    """
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        while (path := conn.recv()) is not None:
            status, payload, chunks = _parse(Path(path), chunk_chars, memory_mb)
            stays = status != "memory" and _address_space() < limit // 2
            conn.send((status, payload, chunks, stays))
            if not stays:
                return
    except EOFError:  # the parent has gone
        return
    finally:
        conn.close()


def _address_space() -> int:
    """This process's address space in bytes, the measure RLIMIT_AS limits (0 where /proc is not there to say)."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _parse(path: Path, chunk_chars: int, memory_mb: int) -> tuple[str, object, list[Chunk] | None]:
    from ingest.frontsheet import front_sheet
    from ingest.highlight import workstreams
    from ingest.readers import read_document
    from ingest.reading import read_model
    from ingest.structure import plan_outline

    try:
        document = read_document(path)
        document.model = read_model(document)
        document.title = document.model.title  # the document's own title, never a template's metadata
        document.outline = plan_outline(document)
        sheet = front_sheet(document)
        document.front_sheet = sheet.to_dict() if sheet else None
        document.doc_type = document.model.doc_type  # read from the document's own words and structure (ingest/titles.py)
        document.council = document.model.council
        if document.doc_type == "highlight-report":
            document.workstreams = [stream.to_dict() for stream in workstreams(document)]
        return "ok", document, chunk_document(document, chunk_chars)
    except IngestError as exc:
        return "error", str(exc), None
    except MemoryError:
        return "memory", f"out of memory: parsing needed more than {memory_mb} MiB", None
    except Exception as exc:  # a reader bug must become a per-file failure, not a crashed ingest
        return "error", f"could not be read ({type(exc).__name__}: {exc})", None


def _context():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PARSERS)
    return context


def warm_up() -> None:
    """Start the fork server now, so it imports the parsers while the caller does other work (opening the store)."""
    _context()
    multiprocessing.forkserver.ensure_running()


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: Connection
    path: Path | None = None  # the file it is parsing; None when idle
    started: float = 0.0


def parse_files(
    paths: Iterable[Path], *, workers: int = 2, timeout: float = 60.0, memory_mb: int = 2048, chunk_chars: int = 1200
) -> Iterator[Parsed]:
    """Yield one Parsed per path, in completion order, with at most `workers` processes at a time."""
    context = _context()
    pending = deque(paths)
    pool: list[_Worker] = []
    try:
        while pending or any(worker.path for worker in pool):
            for worker in [worker for worker in pool if worker.path is None]:
                if not pending:
                    break
                if not _assign(worker, pending[0]):  # an idle worker that has died: a fresh one takes the file
                    pool.remove(worker)
                    continue
                pending.popleft()
            while pending and len(pool) < max(1, workers):
                worker = _start(context, chunk_chars, memory_mb)
                path = pending.popleft()
                if _assign(worker, path):
                    pool.append(worker)
                else:  # died before its first file: that file fails, so the loop always moves on
                    yield Parsed(path, error=_exit_reason(worker, memory_mb))
            busy = [worker for worker in pool if worker.path]
            ready = multiprocessing.connection.wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=0.2)
            for worker in busy:
                result, alive = _collect(worker, ready, timeout, memory_mb)
                if result is not None:
                    worker.path = None
                    if not alive:
                        pool.remove(worker)
                    yield result
    finally:  # done, or the caller stopped early (a full disk): workers still parsing are not needed
        for worker in pool:
            _retire(worker, kill=worker.path is not None)


def _start(context, chunk_chars: int, memory_mb: int) -> _Worker:
    conn, theirs = context.Pipe()
    process = context.Process(target=_serve, args=(chunk_chars, memory_mb, theirs), daemon=True)
    process.start()
    theirs.close()
    return _Worker(process, conn)


def _assign(worker: _Worker, path: Path) -> bool:
    """Send a worker its next file; False (and the worker retired) when it can no longer take one."""
    try:
        worker.conn.send(str(path))
    except OSError:
        _retire(worker, kill=True)
        return False
    worker.path, worker.started = path, time.monotonic()
    return True


def _collect(worker: _Worker, ready: list, timeout: float, memory_mb: int) -> tuple[Parsed | None, bool]:
    """The worker's result if it has one, and whether the worker lives on to take another file."""
    path, elapsed = worker.path, time.monotonic() - worker.started
    # Poll rather than trust `ready`: a worker may send and exit between wait() and this check.
    if worker.conn.poll():
        try:
            status, payload, chunks, stays = worker.conn.recv()
        except (EOFError, OSError):
            _retire(worker, kill=True)
            return Parsed(path, error=_exit_reason(worker, memory_mb), seconds=elapsed), False
        if not stays:
            _retire(worker, kill=False)
        if status == "ok":
            return Parsed(path, document=payload, chunks=chunks, seconds=elapsed), stays
        return Parsed(path, error=payload, seconds=elapsed), stays
    if worker.process.sentinel in ready or not worker.process.is_alive():
        _retire(worker, kill=True)
        return Parsed(path, error=_exit_reason(worker, memory_mb), seconds=elapsed), False
    if elapsed > timeout:
        _retire(worker, kill=True)
        return Parsed(path, error=f"timed out: parsing took longer than {timeout:g} s (CABINET_INGEST_TIMEOUT)", seconds=elapsed), False
    return None, True


def _exit_reason(worker: _Worker, memory_mb: int) -> str:
    worker.process.join(1)
    code = worker.process.exitcode
    if code is not None and code < 0:
        return f"parser crashed (signal {-code}); the file may be malformed or need more than {memory_mb} MiB"
    return f"parser stopped without a result (exit code {code})"


def _retire(worker: _Worker, *, kill: bool) -> None:
    """End a worker: ask an idle one to stop, kill one that is stuck or gone wrong."""
    if kill:
        worker.process.kill()
    else:
        try:
            worker.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
    worker.conn.close()
    worker.process.join(5)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
