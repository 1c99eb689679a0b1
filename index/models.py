"""What crosses a boundary: questions in, answers and search hits out (one definition each)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Turn(BaseModel):
    """One earlier message of a conversation."""

    role: Literal["user", "assistant"]
    content: str


class Question(BaseModel):
    """One line of `cabinet ask --questions FILE.jsonl`."""

    id: str | None = None
    q: str
    history: list[Turn] = Field(default_factory=list)


class Citation(BaseModel):
    """A numbered source: the quote stands verbatim on the cited page of the cited file."""

    n: int
    source: str
    title: str
    page: int | None
    section: str | None
    quote: str
    score: float

    @classmethod
    def of_document(cls, n: int, doc: dict, page: int | None, quote: str, section: str | None) -> Citation:
        """A citation of text the catalogue holds for a document (front sheet, outline, workstream)."""
        return cls(n=n, source=doc["source"], title=doc["title"], page=page, section=section, quote=quote, score=1.0)

    @classmethod
    def of_chunk(cls, n: int, metadata: dict, quote: str) -> Citation:
        """A citation of a unit of a stored chunk, from the chunk's metadata."""
        return cls(n=n, source=str(metadata.get("source")), title=str(metadata.get("title")), page=int(metadata.get("page") or 0) or None,
                   section=str(metadata.get("section") or "") or None, quote=quote, score=1.0)


class Timings(BaseModel):
    """Milliseconds spent finding passages, writing the answer, and in all."""

    retrieve: float
    answer: float
    total: float


class Answer(BaseModel):
    """The answer JSON of `cabinet ask --json`."""

    id: str | None = None
    question: str
    answer: str
    abstained: bool
    citations: list[Citation]
    mode: Literal["extractive", "llm"] = "extractive"
    timings_ms: Timings
    note: str | None = None


class SearchHit(BaseModel):
    """One ranked passage of `cabinet search`."""

    rank: int
    source: str
    title: str
    page: int | None
    section: str | None
    score: float
    text: str


class Precedent(BaseModel):
    """A document on a similar matter, for `cabinet similar`."""

    source: str
    title: str
    date: str | None
    type: str | None
    council: str | None
    score: float


class Filters(BaseModel):
    """Restrictions on which documents are searched."""

    sources: list[str] = Field(default_factory=list)
    types: list[str] = Field(default_factory=list)
    councils: list[str] = Field(default_factory=list)
    since: str | None = None
    until: str | None = None

    def allows(self, metadata: dict) -> bool:
        """True when a chunk with this metadata passes every filter."""
        if self.sources and metadata.get("source") not in self.sources:
            return False
        if self.types and metadata.get("doc_type") not in self.types:
            return False
        if self.councils and not any(c.lower() in str(metadata.get("council") or "").lower() for c in self.councils):
            return False
        date = str(metadata.get("date") or "")
        if self.since and (not date or date < self.since):
            return False
        return not (self.until and (not date or date[: len(self.until)] > self.until))

    @property
    def empty(self) -> bool:
        """True when nothing is filtered."""
        return not (self.sources or self.types or self.councils or self.since or self.until)
