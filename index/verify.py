"""Check a model's answer against the numbered passages it was given, statement by statement.

A statement is kept only when a sentence of a passage supports it: enough of its key terms, and every number
it states, stand in that sentence. Its [n] markers are rewritten to citations whose quote is that sentence,
verbatim; a marker that points to no passage, or to one that does not support the statement, is corrected
or removed, and a statement no passage supports is left out. Sentences that read as instructions to an
assistant (prompt injection) never count as support.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from index.answer import escape
from index.injection import is_instruction
from index.models import Citation
from index.retrieval import Hit, terms

_MARKERS = re.compile(r"\s*\[(\d+(?:\s*,\s*\d+)*)\]")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
# A sentence ends at . ! or ? (and any closing quote or bracket and [n] markers after it) before a space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s*\[\d+(?:\s*,\s*\d+)*\])*(?=\s|$)")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


# Auxiliaries and pronouns BM25 keeps but that say nothing a passage must support: "The council has been abolished"
# shares "has been" with any sentence in the perfect tense, which must not make it supported.
_FUNCTION_WORDS = (
    "has have had having been being do does did done were would should could can might must shall its our ours we us "
    "you your yours he she him his her hers them which who whom what from so than very"
)  # "may" stays: it is also a month


@lru_cache(maxsize=1)
def _function_terms() -> frozenset[str]:
    return frozenset(terms(_FUNCTION_WORDS))


def _content_terms(text: str) -> set[str]:
    """The terms of a text that carry its content (BM25's terms without auxiliaries and pronouns)."""
    return set(terms(text)) - _function_terms()


_PAGE_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“‘(])")
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}(\.\d{1,3})*\.?$")


def _merge_numbers(pieces: list[str]) -> list[str]:
    """Sentences with a bare paragraph number ("18.") joined to the sentence it numbers."""
    merged: list[str] = []
    for piece in pieces:
        if merged and _PARAGRAPH_NUMBER.match(merged[-1]):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def numbers(text: str) -> set[str]:
    """The numbers a text states, without thousands separators (186,000 and 186000 are one number)."""
    return {match.replace(",", "").rstrip(".") for match in _NUMBER.findall(text)}


@dataclass
class Passage:
    """One numbered passage the model was given, split into the sentences (units) a quote may be."""

    n: int
    hit: Hit
    units: list[str] = field(init=False)
    unit_terms: list[set[str]] = field(init=False)
    unit_numbers: list[set[str]] = field(init=False)

    def __post_init__(self) -> None:
        # Each sentence of a line, then the line itself: a quote is the one sentence that supports a statement,
        # or the whole line when the statement joins its sentences. Both stand verbatim on the page.
        self.units = []
        for line in self.hit.text.split("\n"):
            sentences = _PAGE_SENTENCE.split(line.strip())
            self.units.extend(sentence for sentence in (_merge_numbers(sentences) if len(sentences) > 1 else []) + [line.strip()]
                              if sentence and not is_instruction(sentence))
        self.unit_terms = [_content_terms(unit) for unit in self.units]
        self.unit_numbers = [numbers(unit) for unit in self.units]

    def best(self, claim_terms: set[str], claim_numbers: set[str]) -> tuple[float, int]:
        """(support, unit index) of the sentence that best supports a claim; support 0 when a number is missing."""
        best = (0.0, -1)
        for index, (unit_terms, unit_numbers) in enumerate(zip(self.unit_terms, self.unit_numbers)):
            if not claim_numbers <= unit_numbers:
                continue
            support = len(claim_terms & unit_terms) / len(claim_terms)
            if support > best[0]:
                best = (support, index)
        return best


def complete_end(text: str) -> int:
    """Where the complete sentences of an unfinished line end: text other than a marker must follow a full stop,
    so markers that arrive after it in the stream still belong to its sentence."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if re.match(r"\s+[^\s\[]", text[m.end():])]
    return ends[-1] if ends else 0


def _sentences(line: str) -> list[str]:
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        pieces.append(line[start : match.end()])
        start = match.end()
    pieces.append(line[start:])
    return _merge_numbers([piece.strip() for piece in pieces if piece.strip()])


class Checker:
    """Verifies statements as they arrive and keeps the checked answer: text with renumbered markers, citations."""

    def __init__(self, hits: list[Hit], threshold: float) -> None:
        self.passages = [Passage(n, hit) for n, hit in enumerate(hits, start=1)]
        self.threshold = threshold
        self.citations: list[Citation] = []
        self._numbered: dict[tuple[int, int], int] = {}
        self.lines: list[list[str]] = []
        self.bullets: list[bool] = []
        self.kept = self.dropped = self.corrected = 0
        self._buffer = ""
        self._line_start = True

    def feed(self, delta: str, final: bool = False) -> bool:
        """Add streamed text; True when a new checked statement was added."""
        self._buffer += delta
        added = False
        while "\n" in self._buffer:
            line, self._buffer = self._buffer.split("\n", 1)
            added |= self._line_part(line, complete=True)
        if final:
            added |= self._line_part(self._buffer, complete=True)
            self._buffer = ""
        else:
            cut = complete_end(self._buffer)
            added |= self._line_part(self._buffer[:cut], complete=False)
            self._buffer = self._buffer[cut:].lstrip()
        return added

    def finish(self) -> bool:
        """Check whatever is left at the end of the stream."""
        return self.feed("", final=True)

    def _line_part(self, text: str, *, complete: bool) -> bool:
        added = False
        for statement in _sentences(text):
            if self.check(statement, new_line=self._line_start):
                added, self._line_start = True, False
        if complete:
            self._line_start = True
        return added

    def check(self, statement: str, *, new_line: bool = True) -> bool:
        """Verify one statement; keep it (with corrected markers) or leave it out. True when kept."""
        cited = [int(n) for group in _MARKERS.findall(statement) for n in group.split(",")]
        bullet = bool(_BULLET.match(statement))
        claim = _BULLET.sub("", _MARKERS.sub("", statement)).strip()
        claim = re.sub(r"[*_`#>]+", "", claim).strip()
        claim_terms = _content_terms(claim)
        if not any(term.isalpha() for term in claim_terms) or (not cited and (statement.lstrip().startswith("#") or claim.endswith(":"))):
            return False  # a connective, heading, lead-in, bare number or marker: not a statement to cite
        claim_numbers = numbers(claim)
        scored = {p.n: p.best(claim_terms, claim_numbers) for p in self.passages}
        support = [(n, scored[n]) for n in dict.fromkeys(cited) if n in scored and scored[n][0] >= self.threshold]
        if not support:
            n, best = max(scored.items(), key=lambda item: item[1][0], default=(0, (0.0, -1)))
            if best[0] < self.threshold:
                self.dropped += 1
                return False
            support = [(n, best)]
        if cited and [n for n, _ in support] != cited:
            self.corrected += 1
        markers = " ".join(f"[{self._cite(n, index, score)}]" for n, (score, index) in support)
        self.kept += 1
        self._write(claim, markers, new_line=new_line, bullet=bullet)
        return True

    def _cite(self, n: int, unit: int, score: float) -> int:
        key = (n, unit)
        if key not in self._numbered:
            passage = self.passages[n - 1]
            meta = passage.hit.metadata
            self.citations.append(
                Citation(
                    n=len(self.citations) + 1,
                    source=str(meta.get("source", "")),
                    title=str(meta.get("title", "")),
                    page=int(meta.get("page") or 0) or None,
                    section=str(meta.get("section") or "") or None,
                    quote=passage.units[unit],
                    score=round(score, 4),
                )
            )
            self._numbered[key] = len(self.citations)
        return self._numbered[key]

    def _write(self, claim: str, markers: str, *, new_line: bool, bullet: bool) -> None:
        end = claim[-1] if claim[-1] in ".!?" else ""
        sentence = f"{escape(claim[: len(claim) - len(end)].rstrip())} {markers}{end}"
        if any(sentence in line for line in self.lines):
            return  # said once already
        if new_line or not self.lines:
            self.lines.append([])
            self.bullets.append(bullet)
        self.lines[-1].append(sentence)

    def text(self) -> str:
        """The checked answer so far, as Markdown."""
        return "\n".join(("- " if bullet else "") + " ".join(line) for line, bullet in zip(self.lines, self.bullets))
