"""`cabinet eval` works only in a store of its own: a user's library is refused and left exactly as it was."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DEMO, TINY

from cabinet.cli import main
from cabinet.errors import StoreError
from index.store import OWNER_MARK, claim_store, clear_owned_store, write_lock


def _digest(folder: Path) -> dict[str, str]:
    """Every file under a folder with the hash of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_library_is_refused_and_left_untouched(settings):
    before = _digest(settings.store_path)
    result = CliRunner().invoke(main, ["eval", "--store", str(settings.store_path), "--no-baseline"])
    assert result.exit_code == 1 and "never writes to a library" in result.output
    assert _digest(settings.store_path) == before


def test_a_library_held_by_an_ingest_is_refused_and_left_untouched(settings):
    before = _digest(settings.store_path)
    with write_lock(settings.store_path):
        result = CliRunner().invoke(main, ["eval", "--store", str(settings.store_path), "--no-baseline"])
    assert result.exit_code == 1 and "never writes to a library" in result.output
    assert {k: v for k, v in _digest(settings.store_path).items() if k != "write.lock"} == {k: v for k, v in before.items() if k != "write.lock"}


def test_eval_ignores_the_configured_library(settings, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / TINY[0].name).write_bytes(TINY[0].read_bytes())
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": "x1", "q": "Who is the lead officer for the New Vision?", "kind": "frontsheet",
                                     "facts": ["Simon Clifford"], "docs": [TINY[0].name], "history": []}) + "\n")
    before = _digest(settings.store_path)
    monkeypatch.setenv("CABINET_STORE_DIR", str(settings.store_path))
    monkeypatch.setenv("CABINET_DATA_DIR", str(tmp_path / "data"))
    result = CliRunner().invoke(main, ["eval", "--no-baseline", "--corpus", str(corpus), "--questions", str(questions), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)  # stderr (a first use's model export) is not part of the JSON
    assert report["cabinet"]["questions"] == 1 and report["cabinet"]["fact_recall"] == 1.0
    assert _digest(settings.store_path) == before


def test_claim_marks_a_new_folder_and_clear_keeps_only_the_mark(tmp_path):
    store = claim_store(tmp_path / "eval-store", "eval")
    (store / "chroma.sqlite3").write_text("x")
    (store / "index").mkdir()
    assert claim_store(store, "eval") == store  # an earlier eval's store is reused
    clear_owned_store(store, "eval")
    assert [p.name for p in store.iterdir()] == [OWNER_MARK]


def test_nothing_unmarked_is_ever_cleared(tmp_path):
    library = tmp_path / "library"
    library.mkdir()
    (library / "catalogue.json").write_text("{}")
    with pytest.raises(StoreError):
        claim_store(library, "eval")
    with pytest.raises(StoreError):
        clear_owned_store(library, "eval")
    with pytest.raises(StoreError):
        claim_store(claim_store(tmp_path / "bench-store", "bench"), "eval")  # another command's store is not the eval's
    assert (library / "catalogue.json").exists() and DEMO.is_dir()
