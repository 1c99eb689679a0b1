"""Shared fixtures: a tiny fixed corpus and one store built from it for the whole session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpus"
DEMO = REPO / "examples" / "documents"
TINY = [
    DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf",
    DEMO / "leicestershire-hwb-2017-07-20-strategic-plan.pdf",
]
DISTRACTORS = ["northmoor-corporate-plan-2020-23.docx", "northmoor-hwb-minutes-2021-06.html"]
# Without ../shared, a later report of the repository's own stands in for the distractors: the corpus still has
# documents after the two TINY ones (precedents look back) and more than two documents to tell terms apart.
STAND_IN = DEMO / "somerset-cabinet-2019-05-13-our-plan.pdf"


# The shared test corpus sits beside the repository in this project's CI; a clone elsewhere lacks it.
needs_shared = pytest.mark.skipif(not (SHARED / "bad").is_dir(), reason="../shared/corpus is not beside the repository")


def shared(*parts: str) -> Path:
    """A file of ../shared/corpus (tests using it carry the `needs_shared` mark)."""
    return SHARED.joinpath(*parts)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """Two real council PDFs plus the DOCX and HTML distractors of ../shared, or the repository's own later report without it."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in TINY:
        shutil.copy(path, folder)
    distractors = [SHARED / "sample" / name for name in DISTRACTORS]
    for path in distractors if all(path.exists() for path in distractors) else [STAND_IN]:
        shutil.copy(path, folder)
    return folder


@pytest.fixture(scope="session")
def settings(tmp_path_factory, corpus):
    """Settings pointing at a store built once from the tiny corpus."""
    from cabinet.settings import Settings
    from index.build import ingest_paths

    data = tmp_path_factory.mktemp("data")
    settings = Settings(data_dir=data, store_dir=data / "store")
    report = ingest_paths([corpus], settings)
    assert not report.failed, report.results
    return settings


@pytest.fixture(scope="session")
def cabinet(settings):
    """One loaded Cabinet over the session store."""
    from index.service import Cabinet

    return Cabinet(settings)


def fresh_settings(tmp_path: Path):
    """Settings for a store of a test's own."""
    from cabinet.settings import Settings

    return Settings(data_dir=tmp_path, store_dir=tmp_path / "store")


@pytest.fixture(scope="session")
def councils(tmp_path_factory) -> Path:
    """The second corpus (invented councils' papers), built by its generator (eval/councils, part of the repository)."""
    from eval.councils.build import build

    folder = tmp_path_factory.mktemp("councils")
    build(folder)
    return folder


@contextmanager
def outside_writer(store: Path, seconds: float):
    """Another process holding the store's write lock for `seconds` (as a CLI ingest would); yields that process."""
    code = ("import sys, time; from pathlib import Path; from index.store import write_lock\n"
            "with write_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(float(sys.argv[2]))\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(store), str(seconds)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait()
