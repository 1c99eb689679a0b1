"""The BM25 indexes are saved by ingest, loaded by readers when they match the store, and rebuilt when not."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from conftest import TINY, fresh_settings

from index import lexical
from index.build import ingest_paths, open_store
from index.embedding import settings_model
from index.retrieval import Retriever


def _ranked(retriever: Retriever, question: str) -> list[tuple[str, float]]:
    return [(hit.node_id, round(hit.score, 6)) for hit in retriever.retrieve(question)]


def _manifest(settings) -> dict:
    return json.loads((settings.store_path / lexical.FOLDER / lexical.MANIFEST).read_text())


def test_ingest_saves_indexes_that_a_reader_loads_and_that_answer_as_built(settings, tmp_path):
    store = open_store(settings)
    ids = store.ids()
    assert lexical.current(settings.store_path, ids)
    nodes = store.nodes()
    loaded = lexical.load(settings.store_path, ids)
    assert loaded is not None
    built = lexical.build(nodes)
    assert loaded.unit_owner == built.unit_owner and loaded.document_frequency == built.document_frequency
    # Ingest indexed the nodes it had just written; the files equal those of the nodes read back from the store.
    (saved,) = [settings.store_path / lexical.FOLDER / entry["name"] for entry in _manifest(settings)["segments"]]
    again = tmp_path / lexical._write_segment(tmp_path, lexical.index(nodes))["name"]
    files = sorted(path.relative_to(saved) for path in saved.rglob("*") if path.is_file())
    assert len(files) == 4 and all((saved / name).read_bytes() == (again / name).read_bytes() for name in files)
    model = settings_model(settings)
    from_disk, from_scratch = Retriever(store, model, lexical=loaded), Retriever(store, model, lexical=built)
    for question in ("What is the forward plan reference?", "health and wellbeing priorities", "new vision for the council"):
        assert _ranked(from_disk, question) == _ranked(from_scratch, question)


def test_saved_indexes_that_do_not_match_the_store_are_not_used(tmp_path):
    settings = fresh_settings(tmp_path)
    ingest_paths([TINY[0]], settings)
    first = open_store(settings).ids()
    assert lexical.current(settings.store_path, first)
    folder = tmp_path / "second"
    folder.mkdir()
    shutil.copy(TINY[1], folder)
    ingest_paths([folder], settings)  # a second document: the saved indexes are refreshed to cover it
    both = open_store(settings).ids()
    assert len(both) > len(first)
    assert lexical.load(settings.store_path, first) is None
    assert lexical.current(settings.store_path, both)
    retriever = Retriever(open_store(settings), settings_model(settings))
    assert len(retriever.unit_owner) >= len(both) and set(retriever.unit_owner) == set(both)


def test_a_damaged_index_folder_is_rebuilt_not_trusted(tmp_path):
    settings = fresh_settings(tmp_path)
    ingest_paths([TINY[0]], settings)
    (settings.store_path / lexical.FOLDER / _manifest(settings)["segments"][0]["name"] / "terms.json").write_text("{not json")
    ids = open_store(settings).ids()
    assert lexical.load(settings.store_path, ids) is None
    retriever = Retriever(open_store(settings), settings_model(settings))
    assert retriever.retrieve("vision")  # built again from the chunks
    (settings.store_path / lexical.FOLDER / lexical.MANIFEST).write_text(json.dumps({"version": lexical.LEXICAL_VERSION}))
    assert [result.status for result in ingest_paths([TINY[1]], settings).results] == ["ingested"]  # a writer builds them again
    assert lexical.load(settings.store_path, open_store(settings).ids()) is not None


def test_the_store_is_read_a_page_at_a_time_without_losing_a_row(settings):
    store = open_store(settings)
    paged = [node_id for node_id, _, _ in store._rows([], page=3)]
    assert len(paged) == store.count() and sorted(paged) == sorted(store.ids())
    assert [node.node_id for node in store.nodes()] == sorted(paged)


def test_a_reader_takes_the_passages_from_the_saved_indexes_not_the_store(settings, monkeypatch):
    store = open_store(settings)
    from_store = store.nodes()
    loaded = lexical.load(settings.store_path, store.ids())
    assert loaded is not None
    assert [(node.node_id, node.text, node.metadata, node.ref_doc_id, node.get_content(metadata_mode="embed")) for node in loaded.passages] == \
        [(node.node_id, node.text, node.metadata, node.ref_doc_id, node.get_content(metadata_mode="embed")) for node in from_store]
    model = settings_model(settings)
    built = Retriever(store, model, lexical=lexical.build(from_store))

    def unread(*args, **kwargs):
        raise AssertionError("a reader read every passage back from the store")

    monkeypatch.setattr(type(store), "nodes", unread)
    from_disk = Retriever(store, model)
    for question in ("What is the forward plan reference?", "health and wellbeing priorities"):
        assert _ranked(from_disk, question) == _ranked(built, question)


def test_removing_chunks_voids_the_saved_indexes_since_the_same_ids_may_return_with_other_text(tmp_path):
    settings = fresh_settings(tmp_path)
    ingest_paths([TINY[0]], settings)
    store = open_store(settings)
    nodes = store.nodes()
    assert lexical.current(settings.store_path, store.ids())
    from llama_index.core.schema import TextNode

    doc_id = nodes[0].ref_doc_id
    store.delete_document(doc_id)  # as a re-read by a newer parser does: the same ids come back with new text
    assert not lexical.current(settings.store_path, [node.node_id for node in nodes])
    changed = [TextNode(id_=node.node_id, text=f"rewritten passage {index}", metadata=node.metadata, relationships=node.relationships,
                        embedding=[0.1] * store.model[1]) for index, node in enumerate(nodes)]
    store.add(changed)
    assert lexical.load(settings.store_path, store.ids()) is None
    retriever = Retriever(open_store(settings), settings_model(settings))
    assert retriever.retrieve("rewritten passage")[0].text.startswith("rewritten passage")


TOPICS = ["budget", "library", "highways", "school", "housing", "waste", "recycling", "park", "transport", "consultation", "bridge", "flood",
          "grant", "repairs", "ward", "parking", "care", "leisure", "planning", "tenants"]
QUESTIONS = ["library opening hours budget", "flood repairs on the bridge", "housing grant for tenants", "recycling and waste consultation",
             "school transport", "park leisure planning ward", "What was agreed for parking?", "care"]


def _paper(folder: Path, name: str, items: int, seed: int) -> Path:
    """A plain-text paper of `items` numbered items on council topics (about three items to a chunk)."""
    rng = random.Random(seed)
    lines = [f"Report {name}"]
    for number in range(items):
        topic, other, third = rng.sample(TOPICS, 3)
        lines.append(f"Item {number}: the {topic} and {other} scheme for {third} was agreed at £{rng.randint(10, 999)},000 after the {name} review "
                     f"of {topic} spending, with {other} works to follow in the {third} programme next year.")
    path = folder / f"{name}.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    return path


def _searched(settings) -> list:
    """Every question's fused hits and BM25 rankings (chunks, units), full precision, from a reader of the saved indexes."""
    from llama_index.core.schema import QueryBundle

    from index.models import Filters

    store = open_store(settings)
    loaded = lexical.load(settings.store_path, store.ids())
    assert loaded is not None, "the saved indexes do not match the store"
    retriever = Retriever(store, settings_model(settings), lexical=loaded)
    found = []
    for question in QUESTIONS:
        found.append([(hit.node_id, hit.score, hit.dense, hit.bm25) for hit in retriever.retrieve(question, k=20)])
        found.append([(hit.node.node_id, hit.score) for hit in retriever.bm25.retrieve(QueryBundle(question))])
        found.append([(hit.node.node_id, hit.score) for hit in retriever._unit_hits(question, Filters())])
    return found


def _same(found: list, expected: list) -> None:
    assert len(found) == len(expected)
    for got, wanted in zip(found, expected):
        assert [row[0] for row in got] == [row[0] for row in wanted]  # the same passages in the same order
        assert all(abs(a - b) <= 1e-9 for one, other in zip(got, wanted) for a, b in zip(one[1:], other[1:]))


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> dict[str, Path]:
    """A long paper, a short one and a middling one, each in a folder of its own."""
    root = tmp_path_factory.mktemp("papers")
    found = {}
    for name, items, seed in (("long", 120, 1), ("short", 6, 2), ("middling", 18, 3)):
        (root / name).mkdir()
        found[name] = _paper(root / name, f"{name}-paper", items, seed)
    return found


def _ingested(tmp_path: Path, *batches: list[Path]):
    settings = fresh_settings(tmp_path)
    for batch in batches:
        assert not ingest_paths(batch, settings).failed
    return settings


def test_papers_ingested_one_at_a_time_search_exactly_as_papers_ingested_together(tmp_path, papers):
    together = _ingested(tmp_path / "together", [papers["long"], papers["short"]])
    apart = _ingested(tmp_path / "apart", [papers["long"]], [papers["short"]])
    assert len(_manifest(together)["segments"]) == 1
    chunks = {doc.source: doc.chunks for doc in open_store(apart).documents()}
    assert [entry["passages"] for entry in _manifest(apart)["segments"]] == [chunks["long-paper.txt"], chunks["short-paper.txt"]]  # appended
    _same(_searched(apart), _searched(together))
    apart_indexes = lexical.load(apart.store_path, open_store(apart).ids())
    together_indexes = lexical.load(together.store_path, open_store(together).ids())
    assert apart_indexes.unit_owner == together_indexes.unit_owner and apart_indexes.document_frequency == together_indexes.document_frequency
    assert [node.node_id for node in apart_indexes.passages] == [node.node_id for node in together_indexes.passages]


def test_an_ingest_indexes_only_its_own_passages_and_leaves_the_saved_segments_untouched(tmp_path, papers, monkeypatch):
    settings = _ingested(tmp_path, [papers["long"]])
    (first,) = _manifest(settings)["segments"]
    folder = settings.store_path / lexical.FOLDER / first["name"]
    before = {path.name: (path.stat().st_mtime_ns, path.read_bytes()) for path in folder.iterdir()}
    indexed = []
    real_index = lexical.index

    def counted(nodes):
        indexed.append(len(nodes))
        return real_index(nodes)

    def unread(*args, **kwargs):
        raise AssertionError("an ingest read earlier passages back")

    monkeypatch.setattr(lexical, "index", counted)
    monkeypatch.setattr(type(open_store(settings)), "nodes", unread)
    monkeypatch.setattr(lexical, "_read_passages", unread)
    report = ingest_paths([papers["short"]], settings)
    assert [result.status for result in report.results] == ["ingested"]
    assert indexed == [report.results[0].chunks]
    assert _manifest(settings)["segments"][0] == first
    assert {path.name: (path.stat().st_mtime_ns, path.read_bytes()) for path in folder.iterdir()} == before
    assert lexical.current(settings.store_path, open_store(settings).ids())


def test_a_new_segment_as_big_as_the_one_before_is_merged_with_it_and_still_searches_as_one(tmp_path, papers):
    together = _ingested(tmp_path / "together", list(papers.values()))
    apart = _ingested(tmp_path / "apart", [papers["long"]], [papers["short"]], [papers["middling"]])
    segments = _manifest(apart)["segments"]
    chunks = {doc.source: doc.chunks for doc in open_store(apart).documents()}
    assert [entry["passages"] for entry in segments] == [chunks["long-paper.txt"], chunks["short-paper.txt"] + chunks["middling-paper.txt"]]
    assert sorted(path.name for path in (apart.store_path / lexical.FOLDER).iterdir()) == sorted([lexical.MANIFEST] + [s["name"] for s in segments])
    _same(_searched(apart), _searched(together))


def test_removing_or_replacing_a_paper_searches_exactly_as_a_library_that_never_had_it(tmp_path, papers):
    from index.library import remove

    middling = tmp_path / "middling-paper.txt"
    shutil.copy(papers["middling"], middling)
    settings = _ingested(tmp_path / "library", [papers["long"]], [papers["short"]], [middling])
    short = next(doc for doc in open_store(settings).documents() if doc.source == papers["short"].name)
    remove(settings, short.doc_id)
    _same(_searched(settings), _searched(_ingested(tmp_path / "without", [papers["long"]], [middling])))
    _paper(tmp_path, "middling-paper", 12, 4)  # the same file, rewritten: its old passages go, the new ones come
    assert [result.status for result in ingest_paths([middling], settings).results] == ["ingested"]
    assert lexical.current(settings.store_path, open_store(settings).ids())
    _same(_searched(settings), _searched(_ingested(tmp_path / "fresh", [papers["long"]], [middling])))


def test_a_damaged_segment_to_merge_with_makes_the_writer_build_everything_again(tmp_path, papers):
    settings = _ingested(tmp_path / "library", [papers["long"]], [papers["short"]])
    short = settings.store_path / lexical.FOLDER / _manifest(settings)["segments"][1]["name"]
    (short / "passages.json").write_text("[not json")
    assert [result.status for result in ingest_paths([papers["middling"]], settings).results] == ["ingested"]
    assert len(_manifest(settings)["segments"]) == 1 and not short.exists()
    _same(_searched(settings), _searched(_ingested(tmp_path / "together", list(papers.values()))))


@pytest.mark.parametrize("where", ["refresh", "_write_manifest"])
def test_an_ingest_killed_before_its_indexes_are_saved_leaves_none_a_reader_trusts(tmp_path, papers, where):
    import os
    import subprocess
    import sys

    settings = _ingested(tmp_path / "library", [papers["long"]])
    # The writer dies (kill -9) after storing the short paper's passages: before indexing them, or after writing their segment.
    code = ("import os, signal, sys\nfrom pathlib import Path\nfrom cabinet.settings import Settings\nfrom index import build, lexical\n"
            f"def killed(*args, **kwargs):\n    os.kill(os.getpid(), signal.SIGKILL)\n"
            f"{'build.refresh_lexical' if where == 'refresh' else 'lexical._write_manifest'} = killed\n"
            "build.ingest_paths([Path(sys.argv[1])], Settings(data_dir=sys.argv[2], store_dir=sys.argv[3]))\n")
    killed = subprocess.run([sys.executable, "-c", code, str(papers["short"]), str(settings.data_dir), str(settings.store_path)],
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}, capture_output=True, text=True)
    assert killed.returncode == -9, killed.stderr
    store = open_store(settings).reopened()  # this process's Chroma client would not see the other's vectors
    assert papers["short"].name in {doc.source for doc in store.documents()}
    assert lexical.load(settings.store_path, store.ids()) is None  # the saved indexes cover the long paper alone
    together = _ingested(tmp_path / "together", [papers["long"], papers["short"]])
    reader = Retriever(store, settings_model(settings))  # builds from the store
    assert [hit.node_id for hit in reader.retrieve(QUESTIONS[0], k=20)] == [row[0] for row in _searched(together)[0]]
    assert [result.status for result in ingest_paths([papers["short"]], settings).results] == ["unchanged"]  # the next writer rebuilds
    _same(_searched(settings), _searched(together))
    assert len(list((settings.store_path / lexical.FOLDER).iterdir())) == 2  # the killed writer's segment is gone


def _save_as_version_2(store_path: Path, nodes: list) -> None:
    """Save the indexes as Cabinet did before segments: one bm25s index each (scores precomputed), with a digest of the sorted ids."""
    import hashlib

    import bm25s
    from llama_index.core.schema import MetadataMode

    from index.retrieval import _stemmer, terms

    folder = store_path / lexical.FOLDER
    shutil.rmtree(folder)
    folder.mkdir()
    chunks = bm25s.BM25()
    chunks.index(bm25s.tokenize([node.get_content(metadata_mode=MetadataMode.EMBED) for node in nodes], stopwords="en", stemmer=_stemmer(),
                                token_pattern=r"(?u)\b\w\w+\b", show_progress=False), show_progress=False)
    chunks.save(str(folder / "chunks"))
    owners = [node.node_id for node in nodes]
    unit_owner, unit_terms = [], []
    for number, node in enumerate(nodes):
        for unit in node.get_content().split("\n"):
            unit_owner.append(number)
            unit_terms.append(terms(unit))
    units = bm25s.BM25()
    units.index(unit_terms, show_progress=False)
    units.save(str(folder / "units"))
    frequency = lexical.build(nodes).document_frequency
    (folder / "terms.json").write_text(json.dumps({"owners": owners, "unit_owner": unit_owner, "document_frequency": dict(frequency)}))
    passages = [[node.node_id, node.text, node.metadata, node.excluded_embed_metadata_keys, node.excluded_llm_metadata_keys, node.ref_doc_id]
                for node in nodes]
    (folder / "passages.json").write_text(json.dumps(passages))
    digest = hashlib.sha256()
    for node_id in sorted(owners):
        digest.update(node_id.encode() + b"\n")
    (folder / lexical.MANIFEST).write_text(json.dumps({"version": 2, "fingerprint": digest.hexdigest()}))


def test_indexes_saved_before_segments_still_load_and_the_next_writer_replaces_them(tmp_path, papers):
    settings = _ingested(tmp_path, [papers["long"]], [papers["short"]])
    expected = _searched(settings)
    _save_as_version_2(settings.store_path, open_store(settings).nodes())
    assert not lexical.current(settings.store_path, open_store(settings).ids())
    _same(_searched(settings), expected)  # bm25s's precomputed scores are the segments' scores
    assert [result.status for result in ingest_paths([papers["short"]], settings).results] == ["unchanged"]
    assert _manifest(settings)["version"] == lexical.LEXICAL_VERSION and len(_manifest(settings)["segments"]) == 1
    assert len(list((settings.store_path / lexical.FOLDER).iterdir())) == 2  # version 2's files are gone
    _same(_searched(settings), expected)
