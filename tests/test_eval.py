"""Eval metrics on hand-made answers: each figure moves with the answers it is given."""

from __future__ import annotations

from conftest import DEMO

from eval.run import Gold, PageTexts, check, score_answers
from index.models import Answer, Citation, Timings

GOLD = [
    Gold("1", "Lead officer?", "frontsheet", ["Simon Clifford"], ["somerset-cabinet-2017-11-15-new-vision.pdf"], []),
    Gold("2", "Potholes?", "unanswerable", [], [], []),
]


def _answer(text: str, quote: str, abstained: bool = False, page: int = 1) -> Answer:
    citations = [] if abstained else [Citation(n=1, source="somerset-cabinet-2017-11-15-new-vision.pdf", title="t", page=page, section=None, quote=quote, score=1.0)]
    return Answer(question="q", answer=text, abstained=abstained, citations=citations, timings_ms=Timings(retrieve=1, answer=1, total=2))


def test_good_answers_score_full_marks():
    answers = [_answer("Lead Officer: Simon Clifford [1]", "Lead Officer: Simon Clifford - Director, Corporate Affairs"), _answer("The documents don't say.", "", True)]
    figures = score_answers(GOLD, answers, PageTexts(DEMO))
    assert figures["fact_recall"] == 1.0 and figures["citation_validity"] == 1.0 and figures["abstention_accuracy"] == 1.0


def test_wrong_page_invented_quote_and_missed_abstention_are_caught():
    answers = [_answer("Someone else [1]", "Lead Officer: Simon Clifford - Director, Corporate Affairs", page=2), _answer("Potholes: 12 [1]", "invented")]
    figures = score_answers(GOLD, answers, PageTexts(DEMO))
    assert figures["fact_recall"] == 0.0 and figures["citation_validity"] == 0.0
    assert figures["unanswerable_abstained"] == 0.0 and figures["abstention_accuracy"] == 0.5


def test_floors_fail_below_and_latency_is_a_ceiling():
    ok, verdicts = check({"cabinet": {"fact_recall": 0.5, "p50_ms": 500}}, {"fact_recall": 0.75, "p50_ms": 300})
    assert not ok and not verdicts["fact_recall"]["ok"] and not verdicts["p50_ms"]["ok"]


def test_llm_mode_meets_the_floors_cabinet_guarantees_not_the_models_recall():
    report = {"mode": "extractive", "cabinet": {"fact_recall": 0.9, "citation_validity": 1.0},
              "modes": {"extractive": {"fact_recall": 0.9, "citation_validity": 1.0}, "llm": {"fact_recall": 0.5, "citation_validity": 0.9, "p50_ms": 9000}}}
    ok, verdicts = check(report, {"fact_recall": 0.75, "citation_validity": 0.98, "p50_ms": 300})
    assert not ok and not verdicts["llm:citation_validity"]["ok"]
    assert "llm:fact_recall" not in verdicts and "llm:p50_ms" not in verdicts and verdicts["fact_recall"]["ok"]
