"""The Answerer seam: the extractive answer (no model), or a model's answer whose every statement is verified.

The LLM answerer gives the model the same retrieved passages the extractive answerer reads, numbered [1]..[n]
inside a delimited block of the user message (document text never enters the system message), streams its
reply through `index.verify.Checker`, and falls back to the extractive answer, with a note saying why, when the
endpoint is down, slow, failing or writes nothing the passages support. The model runs in a worker thread so
a stalled endpoint cannot hold a question past the deadline.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Literal

from cabinet.errors import ConfigError
from cabinet.settings import Settings
from index.answer import Draft
from index.models import Turn
from index.retrieval import Hit
from index.verify import Checker

log = logging.getLogger(__name__)

# Each prompt file and the exact variables it must use; anything else is a start-up error.
PROMPT_VARIABLES = {"system": set(), "answer": {"question", "passages"}, "condense": {"history", "question"}}
_DELIMITER = re.compile(r"<<<\s*PASSAGES|PASSAGES\s*>>>", re.IGNORECASE)
_DONE = object()


@dataclass
class Written:
    """What an answerer wrote: the draft, who wrote it, and a note for the reader (why it fell back, what was left out)."""

    draft: Draft
    mode: Literal["extractive", "llm"]
    note: str | None = None


class Answerer(ABC):
    """Writes the answer to a question from retrieved passages, given the extractive answer as a fallback."""

    mode: Literal["extractive", "llm"]

    @abstractmethod
    def write(self, question: str, hits: list[Hit], fallback: Draft, *, stream: bool, deadline: float) -> Iterator[str | Written]:
        """Yield growing partial answer text (when streaming), then the final `Written`."""

    def standalone(self, question: str, history: list[Turn], deadline: float) -> str | None:
        """A follow-up rewritten as a standalone question, or None to keep Cabinet's own condensing."""
        return None


class ExtractiveAnswerer(Answerer):
    """The documents' own sentences, selected by `index.answer.extractive_answer`: no model at all."""

    mode = "extractive"

    def write(self, question: str, hits: list[Hit], fallback: Draft, *, stream: bool, deadline: float) -> Iterator[str | Written]:
        yield Written(fallback, "extractive")


@dataclass
class Prompts:
    """The system, answer and condense templates, read and checked once."""

    system: str
    answer: Template
    condense: Template


def load_prompts(folder: Path) -> Prompts:
    """Read prompts/*.txt; a missing file or a missing, unknown or malformed $variable is a ConfigError."""
    templates = {}
    for name, expected in PROMPT_VARIABLES.items():
        path = Path(folder) / f"{name}.txt"
        if not path.is_file():
            raise ConfigError(f"prompt template {path} is missing; restore it from the repository or set CABINET_PROMPTS_DIR")
        template = Template(path.read_text(encoding="utf-8"))
        if not template.is_valid():
            raise ConfigError(f"prompt template {path} has a malformed $placeholder; write $$ for a literal dollar sign")
        found = set(template.get_identifiers())
        if found != expected:
            missing, unknown = sorted(expected - found), sorted(found - expected)
            raise ConfigError(
                f"prompt template {path}: "
                + "; ".join(part for part in (f"missing ${', $'.join(missing)}" if missing else "", f"unknown ${', $'.join(unknown)}" if unknown else "") if part)
                + f" (it may use exactly: {', '.join('$' + v for v in sorted(expected)) or 'no variables'})"
            )
        templates[name] = template
    return Prompts(system=templates["system"].template.strip(), answer=templates["answer"], condense=templates["condense"])


def endpoint_kind(settings: Settings) -> Literal["openai", "ollama"]:
    """The API an endpoint speaks: the setting, or Ollama for its default port or an /api URL."""
    if settings.llm_kind != "auto":
        return settings.llm_kind
    url = (settings.llm_url or "").rstrip("/")
    return "ollama" if url.endswith("/api") or ":11434" in url else "openai"


def build_llm(settings: Settings):
    """llama-index's OpenAILike or Ollama client for the configured endpoint (no request is made here)."""
    if not settings.llm_url or not settings.llm_model:
        raise ConfigError("LLM mode needs an endpoint: set CABINET_LLM_URL and CABINET_LLM_MODEL (or use --mode extractive)")
    if endpoint_kind(settings) == "ollama":
        from llama_index.llms.ollama import Ollama

        headers = {"Authorization": f"Bearer {settings.llm_api_key}"} if settings.llm_api_key else None
        base = re.sub(r"/api/?$", "", settings.llm_url.rstrip("/"))
        # context_window is given so the client does not ask the server for it on first use.
        return Ollama(model=settings.llm_model, base_url=base, request_timeout=settings.llm_timeout, temperature=0.0,
                      context_window=8192, headers=headers)
    from llama_index.llms.openai_like import OpenAILike

    return OpenAILike(model=settings.llm_model, api_base=settings.llm_url, api_key=settings.llm_api_key or "not-needed",
                      is_chat_model=True, context_window=8192, temperature=0.0, timeout=settings.llm_timeout, max_retries=0)


class EndpointError(Exception):
    """The model endpoint failed, timed out or answered in a form Cabinet cannot read."""


class LLMAnswerer(Answerer):
    """A model writes the answer; only statements a passage sentence supports reach the reader."""

    mode = "llm"

    def __init__(self, llm, prompts: Prompts, *, timeout: float, support: float, passages: int) -> None:
        self.llm = llm
        self.prompts = prompts
        self.timeout = timeout
        self.support = support
        self.passages = passages

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMAnswerer:
        """Build the client and check the prompt templates (both fail at start-up, not on the first question)."""
        return cls(build_llm(settings), load_prompts(settings.prompts_dir), timeout=settings.llm_timeout,
                   support=settings.llm_support, passages=settings.llm_passages)

    def messages(self, question: str, hits: list[Hit]) -> list:
        """System rules, then the question with the numbered passages in a delimited block of the user message."""
        from llama_index.core.llms import ChatMessage

        blocks = []
        for n, hit in enumerate(hits, start=1):
            meta = hit.metadata
            page = f", page {meta['page']}" if meta.get("page") else ""
            text = _DELIMITER.sub(" ", hit.text)  # a document cannot close the block it is quoted in
            blocks.append(f"[{n}] {meta.get('title') or meta.get('source')}{page}\n{text}")
        user = self.prompts.answer.substitute(question=question, passages="\n\n".join(blocks))
        return [ChatMessage(role="system", content=self.prompts.system), ChatMessage(role="user", content=user)]

    def write(self, question: str, hits: list[Hit], fallback: Draft, *, stream: bool, deadline: float) -> Iterator[str | Written]:
        hits = hits[: self.passages]
        checker = Checker(hits, self.support)
        try:
            for delta in self._reply(self.messages(question, hits), stream=stream, deadline=deadline):
                if checker.feed(delta) and stream:
                    yield checker.text()
            if checker.finish() and stream:
                yield checker.text()
        except EndpointError as exc:
            log.warning("model endpoint failed: %s", exc)
            yield Written(fallback, "extractive", f"{exc}; this is the extractive answer.")
            return
        if not checker.citations:
            yield Written(fallback, "extractive", "No statement of the model's answer was supported by the passages; this is the extractive answer.")
            return
        notes = []
        if checker.dropped:
            notes.append(f"{checker.dropped} statement{'s' if checker.dropped != 1 else ''} of the model's answer "
                         f"{'were' if checker.dropped != 1 else 'was'} left out: no passage supports {'them' if checker.dropped != 1 else 'it'}.")
        if checker.corrected:
            notes.append(f"{checker.corrected} citation{'s' if checker.corrected != 1 else ''} corrected to the passage that supports the statement.")
        yield Written(Draft(checker.text(), checker.citations, False), "llm", " ".join(notes) or None)

    def standalone(self, question: str, history: list[Turn], deadline: float) -> str | None:
        from llama_index.core.llms import ChatMessage

        if not history:
            return None
        conversation = "\n".join(f"{turn.role}: {' '.join(turn.content.split())[:500]}" for turn in history[-4:])
        prompt = self.prompts.condense.substitute(history=conversation, question=question)
        try:
            reply = "".join(self._reply([ChatMessage(role="user", content=prompt)], stream=False, deadline=deadline))
        except EndpointError as exc:
            log.warning("model endpoint failed to condense a follow-up: %s", exc)
            return None
        lines = [line.strip() for line in reply.strip().splitlines() if line.strip()]
        return lines[0][:500] if lines else None

    def _reply(self, messages: list, *, stream: bool, deadline: float) -> Iterator[str]:
        """The model's reply as text deltas; EndpointError when it fails or the deadline passes first."""
        deltas: queue.Queue = queue.Queue()

        def run() -> None:
            try:
                if stream:
                    for chunk in self.llm.stream_chat(messages):
                        deltas.put(chunk.delta or "")
                else:
                    deltas.put(self.llm.chat(messages).message.content or "")
                deltas.put(_DONE)
            except Exception as exc:  # any failure of the client or the server becomes a fallback, never a crash
                deltas.put(exc)

        threading.Thread(target=run, name="cabinet-llm", daemon=True).start()
        while True:
            try:
                item = deltas.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise EndpointError(f"The model endpoint did not answer within {self.timeout:g} s") from None
            if item is _DONE:
                return
            if isinstance(item, Exception):
                raise EndpointError(f"The model endpoint failed ({type(item).__name__}: {str(item)[:120]})") from item
            yield item
