"""Feedback on answers: appended as JSON lines, exported as eval candidates; conversations as Markdown."""

from __future__ import annotations

import json

from conftest import fresh_settings

from index.models import Answer, Citation, Timings, Turn


def _answer(question: str = "Who is the lead officer?") -> Answer:
    citation = Citation(n=1, source="new-vision.pdf", title="New Vision", page=1, section=None, quote="Lead Officer: Simon Clifford", score=1.0)
    return Answer(question=question, answer="Simon Clifford [1]", abstained=False, citations=[citation], timings_ms=Timings(retrieve=1, answer=1, total=2))


def test_votes_are_appended_and_the_latest_vote_per_question_is_exported(tmp_path):
    from index.feedback import eval_candidates, feedback_path, record

    settings = fresh_settings(tmp_path)
    record(settings, _answer(), "down", comment="wrong person")
    record(settings, _answer(), "up", history=[Turn(role="user", content="earlier")])
    record(settings, _answer("What is the forward plan reference?"), "up")
    feedback_path(settings).open("a").write("{not json\n")  # a damaged line is skipped
    lines = feedback_path(settings).read_text().splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["comment"] == "wrong person"
    candidates = eval_candidates(settings)
    assert len(candidates) == 3  # the same question with another history is another candidate
    liked = [c for c in candidates if c["review"]["vote"] == "up"]
    assert all(c["docs"] == ["new-vision.pdf"] and c["facts"] == [] for c in liked)
    disliked = next(c for c in candidates if c["review"]["vote"] == "down")
    assert disliked["docs"] == [] and disliked["review"]["comment"] == "wrong person"


def test_conversation_markdown_lists_each_answer_with_its_sources():
    from datetime import UTC, datetime

    from index.transcript import conversation_markdown

    text = conversation_markdown([_answer(), _answer("What is the forward plan reference?")], now=datetime(2026, 11, 26, tzinfo=UTC))
    assert text.startswith("# Cabinet conversation, 2026-11-26 00:00 UTC")
    assert text.count("**Q:**") == 2 and "1. New Vision (new-vision.pdf, page 1)" in text and "> Lead Officer: Simon Clifford" in text
