"""The bench's synthetic corpus: each planted fact stands on the page its needle list names, and nowhere else."""

from __future__ import annotations

from conftest import DEMO
from pypdf import PdfReader

from eval.bench import judge, planted, synthetic_corpus


def test_each_planted_fact_is_on_its_page_only(tmp_path):
    corpus = synthetic_corpus(tmp_path / "synthetic-40", 40, DEMO)
    needles = planted(corpus)
    assert len(needles) == 20 and len({(n["file"], n["page"]) for n in needles}) == 20
    assert not list(corpus.glob("*.json")), "the needle list is beside the corpus, not a document in it"
    texts = {(path.name, number): " ".join(page.extract_text().split())
             for path in corpus.glob("*.pdf") for number, page in enumerate(PdfReader(path).pages, start=1)}
    for needle in needles:
        assert [where for where, text in texts.items() if needle["fact"] in text] == [(needle["file"], needle["page"])]


def test_needles_found_is_a_floor(tmp_path):
    floors = tmp_path / "floors.json"
    floors.write_text('{"synthetic_needles_found": 0.95, "sample_query_p50_ms": 300}')
    verdicts = judge({"synthetic_needles_found": 0.9, "sample_query_p50_ms": 20}, floors)
    assert not verdicts["synthetic_needles_found"]["ok"] and verdicts["sample_query_p50_ms"]["ok"]
