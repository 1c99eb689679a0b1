"""Members' thumbs up/down on answers, kept as JSON lines in the data directory and exported as eval candidates."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from cabinet.settings import Settings
from index.models import Answer, Turn

FILE_NAME = "feedback.jsonl"
_append = threading.Lock()


class Feedback(BaseModel):
    """One vote on one answer, with the answer and sources as they were shown."""

    at: str = Field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    answer_id: str | None = None
    user: str | None = None
    vote: Literal["up", "down"]
    comment: str = ""
    question: str
    history: list[Turn] = Field(default_factory=list)
    answer: str
    abstained: bool
    mode: str
    sources: list[str]
    citations: list[dict]


def feedback_path(settings: Settings) -> Path:
    """The feedback file under the data directory."""
    return Path(settings.data_dir) / FILE_NAME


def record(settings: Settings, answer: Answer, vote: str, *, comment: str | None = None, history: list[Turn] | None = None,
           user: str | None = None) -> Feedback:
    """Record a vote (and optional comment) on an answer; a later vote or comment on the same answer id updates its one record."""
    entry = Feedback(
        answer_id=answer.id, user=user, vote=vote, comment=(comment or "").strip()[:2000], question=answer.question, history=history or [],
        answer=answer.answer, abstained=answer.abstained, mode=answer.mode, sources=sorted({c.source for c in answer.citations}),
        citations=[c.model_dump(include={"n", "source", "page", "quote"}) for c in answer.citations],
    )
    path = feedback_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _append:
        kept = entries(settings) if answer.id and path.exists() else None
        earlier = next((e for e in kept or [] if e.answer_id == answer.id), None)
        if earlier is None:
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(entry.model_dump_json() + "\n")
            return entry
        if comment is None:  # a thumb after a comment keeps the comment
            entry.comment = earlier.comment
        lines = [(entry if e.answer_id == answer.id else e).model_dump_json() for e in kept]
        temporary = path.with_suffix(".tmp")
        temporary.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        temporary.replace(path)
    return entry


def entries(settings: Settings) -> list[Feedback]:
    """Every recorded vote, oldest first (a damaged line is skipped, not fatal)."""
    path = feedback_path(settings)
    if not path.exists():
        return []
    kept = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            kept.append(Feedback.model_validate_json(line))
        except ValueError:
            continue
    return kept


def eval_candidates(settings: Settings) -> list[dict]:
    """Votes as lines in eval/questions.jsonl form, for a person to complete with gold facts.

    A liked answer proposes its cited documents as gold; a disliked one is marked for review, with the
    comment, and an abstention the member disliked suggests the documents do hold an answer.
    """
    latest: dict[str, Feedback] = {}
    for entry in entries(settings):
        latest[" ".join(entry.question.lower().split()) + json.dumps([t.content for t in entry.history])] = entry
    candidates = []
    for key, entry in latest.items():
        candidates.append({
            "id": "fb-" + hashlib.sha256(key.encode()).hexdigest()[:10],
            "q": entry.question,
            "kind": "fact",
            "facts": [],
            "docs": entry.sources if entry.vote == "up" else [],
            "history": [turn.model_dump() for turn in entry.history],
            "review": {"vote": entry.vote, "comment": entry.comment, "answer": entry.answer, "abstained": entry.abstained, "at": entry.at},
        })
    return candidates
