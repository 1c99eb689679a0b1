"""What crosses a boundary: questions in, answers and search hits out (one definition each)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from cabinet.errors import AnswerError, FilterError
from ingest.frontsheet import TYPES


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

    @field_validator("since", "until", mode="before")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        value = (value or "").strip() or None
        if value is not None and not is_date(value):
            raise ValueError(f"'{value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (for example 2019, 2019-05 or 2019-05-13)")
        return value

    @field_validator("types")
    @classmethod
    def _known_types(cls, values: list[str]) -> list[str]:
        unknown = [value for value in values if value not in TYPES]
        if unknown:
            raise ValueError(f"no document type {', '.join(unknown)}: choose from {', '.join(TYPES)}")
        return values

    @model_validator(mode="after")
    def _in_order(self) -> Filters:
        if self.since and self.until and self.since[: len(self.until)] > self.until[: len(self.since)]:
            raise ValueError(f"the 'since' date {self.since} is after the 'until' date {self.until}: nothing can be dated between them")
        return self

    @classmethod
    def checked(cls, *, sources: Iterable[str] = (), types: Iterable[str] = (), councils: Iterable[str] = (), since: str | None = None,
                until: str | None = None, documents: Iterable[dict] | None = None) -> Filters:
        """Filters checked in one place for the CLI and the app: real dates in order, known types, and (given the catalogue's
        documents) known file names and councils; a FilterError says what is wrong and what to use instead."""
        try:
            filters = cls(sources=[s.strip() for s in sources if s.strip()], types=list(types), councils=[c.strip() for c in councils if c.strip()],
                          since=since, until=until)
        except ValidationError as exc:
            raise FilterError(str(exc.errors()[0]["msg"]).removeprefix("Value error, ")) from exc
        if documents is not None:
            documents = list(documents)
            unknown = sorted(set(filters.sources) - {str(doc.get("source")) for doc in documents})
            if unknown:
                raise FilterError(f"no document {', '.join(unknown)} in the library: `cabinet docs` (or the Documents tab) lists the file names")
            councils = {str(doc.get("council")) for doc in documents if doc.get("council")}
            missing = [c for c in filters.councils if not any(c.lower() in council.lower() for council in councils)]
            if missing:
                raise FilterError(f"no document of a council named {', '.join(missing)}: the library has {', '.join(sorted(councils)) or 'no council names'}")
        return filters

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


def is_date(text: str) -> bool:
    """True for a real date written YYYY, YYYY-MM or YYYY-MM-DD ("2019-13-45" and "yesterday" are not)."""
    parts = text.split("-")
    if not 1 <= len(parts) <= 3 or not all(part.isdigit() for part in parts) or [len(p) for p in parts] != [4, 2, 2][: len(parts)]:
        return False
    try:
        date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def checked_question(question: str, limit: int) -> str:
    """The question with its whitespace collapsed; AnswerError when it is empty or longer than `limit` (checked before anything loads)."""
    question = " ".join(question.split())
    if not question:
        raise AnswerError("the question is empty: type a question about the documents")
    if len(question) > limit:
        raise AnswerError(f"the question is {len(question)} characters long; the limit is {limit} (CABINET_MAX_QUESTION_CHARS)")
    return question
