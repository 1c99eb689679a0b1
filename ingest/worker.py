"""Parse files in worker processes with a time and memory limit, so one hostile file cannot stall an ingest.

multiprocessing.Pool cannot kill one task that runs past its time without losing the pool, so each file
gets its own short-lived process from a fork server (cheap, and free of the parent's model threads).
"""

from __future__ import annotations

import multiprocessing
import resource
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from cabinet.errors import IngestError
from ingest.chunking import Chunk, chunk_document
from ingest.documents import ParsedDocument


@dataclass
class Parsed:
    """What a worker sends back: the document and its chunks, or the reason it failed."""

    path: Path
    document: ParsedDocument | None = None
    chunks: list[Chunk] | None = None
    error: str | None = None
    seconds: float = 0.0


def _work(path: str, chunk_chars: int, memory_mb: int, conn: Connection) -> None:
    from ingest.frontsheet import front_sheet
    from ingest.highlight import workstreams
    from ingest.readers import read_document
    from ingest.reading import read_model
    from ingest.structure import plan_outline

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        document = read_document(Path(path))
        document.model = read_model(document)
        document.title = document.model.title  # the document's own title, never a template's metadata
        document.outline = plan_outline(document)
        sheet = front_sheet(document)
        document.front_sheet = sheet.to_dict() if sheet else None
        document.doc_type = document.model.doc_type  # read from the document's own words and structure (ingest/titles.py)
        document.council = document.model.council
        if document.doc_type == "highlight-report":
            document.workstreams = [stream.to_dict() for stream in workstreams(document)]
        conn.send(("ok", document, chunk_document(document, chunk_chars)))
    except IngestError as exc:
        conn.send(("error", str(exc), None))
    except MemoryError:
        conn.send(("error", f"out of memory: parsing needed more than {memory_mb} MiB", None))
    except Exception as exc:  # a reader bug must become a per-file failure, not a crashed ingest
        conn.send(("error", f"could not be read ({type(exc).__name__}: {exc})", None))
    finally:
        conn.close()


def _context():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["ingest.readers", "pypdf", "docx", "bs4"])
    return context


@dataclass
class _Running:
    path: Path
    process: multiprocessing.Process
    conn: Connection
    started: float


def parse_files(
    paths: Iterable[Path], *, workers: int = 2, timeout: float = 60.0, memory_mb: int = 2048, chunk_chars: int = 1200
) -> Iterator[Parsed]:
    """Yield one Parsed per path, in completion order, with at most `workers` processes at a time."""
    context = _context()
    pending = list(paths)
    running: list[_Running] = []
    try:
        while pending or running:
            while pending and len(running) < max(1, workers):
                path = pending.pop(0)
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(target=_work, args=(str(path), chunk_chars, memory_mb, sender), daemon=True)
                process.start()
                sender.close()
                running.append(_Running(path, process, receiver, time.monotonic()))
            ready = multiprocessing.connection.wait([job.conn for job in running] + [job.process.sentinel for job in running], timeout=0.2)
            for job in list(running):
                elapsed = time.monotonic() - job.started
                result = _collect(job, ready, elapsed, timeout, memory_mb)
                if result is not None:
                    running.remove(job)
                    yield result
    finally:  # the caller stopped early (a full disk): workers still parsing are not needed
        for job in running:
            job.process.kill()
            _reap(job)


def _collect(job: _Running, ready: list, elapsed: float, timeout: float, memory_mb: int) -> Parsed | None:
    # Poll rather than trust `ready`: a worker may send and exit between wait() and this check.
    if job.conn.poll():
        try:
            status, payload, chunks = job.conn.recv()
        except (EOFError, OSError):
            status, payload, chunks = "error", _exit_reason(job, memory_mb), None
        _reap(job)
        if status == "ok":
            return Parsed(job.path, document=payload, chunks=chunks, seconds=elapsed)
        return Parsed(job.path, error=payload, seconds=elapsed)
    if job.process.sentinel in ready or not job.process.is_alive():
        _reap(job)
        return Parsed(job.path, error=_exit_reason(job, memory_mb), seconds=elapsed)
    if elapsed > timeout:
        job.process.kill()
        _reap(job)
        return Parsed(job.path, error=f"timed out: parsing took longer than {timeout:g} s (CABINET_INGEST_TIMEOUT)", seconds=elapsed)
    return None


def _exit_reason(job: _Running, memory_mb: int) -> str:
    job.process.join(1)
    code = job.process.exitcode
    if code is not None and code < 0:
        return f"parser crashed (signal {-code}); the file may be malformed or need more than {memory_mb} MiB"
    return f"parser stopped without a result (exit code {code})"


def _reap(job: _Running) -> None:
    job.conn.close()
    job.process.join(5)
    if job.process.is_alive():
        job.process.kill()
        job.process.join()
