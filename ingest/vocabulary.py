"""Council wording as data: field labels and synonyms, level names, column meanings, status and minutes words.

Loaded from ingest/vocabulary.toml once per process; a council edits that file (or passes its own path).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent / "vocabulary.toml"


def fold(text: str) -> str:
    """Lower-case words only, for comparing a printed label with the vocabulary's."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@lru_cache(maxsize=16_384)  # every lookup folds each of the vocabulary's forms again
def label_key(text: str) -> str:
    """A label folded for lookup: "(s)" plurals and a trailing plural s ignored ("Cabinet Member(s)" = "Cabinet Members")."""
    words = fold(re.sub(r"\(s\)", "", text, flags=re.IGNORECASE)).split()
    return " ".join(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word for word in words)


@dataclass(frozen=True)
class Vocabulary:
    """The loaded word lists, each a mapping of a canonical name to its printed forms."""

    fields: dict[str, list[str]]
    level_names: list[str]
    columns: dict[str, list[str]]
    status: dict[str, list[str]]
    minutes: dict[str, list[str]]
    field_parts: dict[str, list[str]] = field(default_factory=dict)
    consultees: dict[str, list[str]] = field(default_factory=dict)
    types: dict[str, list[str]] = field(default_factory=dict)
    titles: dict[str, list[str]] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    sign_off: dict[str, list[str]] = field(default_factory=dict)
    meetings: dict[str, list[str]] = field(default_factory=dict)
    posts: dict[str, list[str]] = field(default_factory=dict)
    finance: dict[str, list[str]] = field(default_factory=dict)
    trend: dict[str, list[str]] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)  # a question's word -> the words council papers use for it

    def field_name(self, label: str) -> str | None:
        """The canonical field a printed label stands for, or None."""
        return _lookup(self.fields, label)

    def column_name(self, header: str) -> str | None:
        """What a table column means ('status', 'owner', ...), from its printed header, or None."""
        return _lookup(self.columns, header)

    def status_of(self, word: str) -> str | None:
        """The status a cell's word gives ('red', 'slipped', 'complete', ...), or None."""
        return _lookup(self.status, word)

    def money_column(self, header: str) -> str | None:
        """What a finance table's header means ('forecast', 'variance', 'gap', ...): its exact form, else the longest
        form it contains ('Forecast outturn 2025/26' -> forecast), or None."""
        exact = _lookup(self.finance, header)
        if exact:
            return exact
        spoken = f" {fold(header)} "
        found = [(len(fold(form)), name) for name, forms in self.finance.items() for form in forms if len(fold(form)) > 2 and f" {fold(form)} " in spoken]
        return max(found)[1] if found else None

    def trend_of(self, cell: str, scored: bool = False) -> str | None:
        """Which way a trend cell says a row is going, 'better' or 'worse' (None when steady or unsaid); in a table that
        scores its rows (a risk register) a rising score is worse and a falling one better."""
        said = cell.strip()
        spoken = f" {fold(said)} "
        for name, forms in self.trend.items():
            if any(form == said or (fold(form) and f" {fold(form)} " in spoken) for form in forms):
                way = {"up": "worse", "down": "better"}.get(name, name) if scored else name
                return way if way in ("better", "worse") else None
        return None

    def minutes_marker(self, label: str) -> str | None:
        """Which minutes' record a printed label or item heading starts ('present', 'apologies', ...), or None."""
        return _lookup(self.minutes, label)


def _lookup(table: dict[str, list[str]], printed: str) -> str | None:
    wanted = label_key(printed)
    for name, forms in table.items():
        if any(label_key(form) == wanted for form in forms):
            return name
    return None


@lru_cache(maxsize=4)
def load_vocabulary(path: str | None = None) -> Vocabulary:
    """The vocabulary at `path`, or the packaged file."""
    source = Path(path or DEFAULT_PATH)
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return Vocabulary(
        fields=data.get("fields", {}),
        level_names=data.get("levels", {}).get("names", []),
        columns=data.get("columns", {}),
        status=data.get("status", {}),
        minutes=data.get("minutes", {}),
        field_parts=data.get("field_parts", {}),
        consultees=data.get("consultees", {}),
        types=data.get("types", {}),
        titles=data.get("titles", {}),
        roles=data.get("roles", {}).get("seen_by", []),
        sign_off=data.get("sign_off", {}),
        meetings=data.get("meetings", {}),
        posts=data.get("posts", {}),
        finance=data.get("finance", {}),
        trend=data.get("trend", {}),
        synonyms=data.get("synonyms", {}),
    )


_COUNCIL_WORDS = frozenset("council county district city borough metropolitan town parish unitary royal the of and".split())


@lru_cache(maxsize=1024)
def council_place(council: str) -> str:
    """The place a council's name names, as printed: 'Ashby' for London Borough of Ashby, 'Upper Dale' for Upper
    Dale Metropolitan Borough Council (the vocabulary's council prefixes and the kinds of council aside)."""
    name = council.strip()
    for prefix in load_vocabulary().titles.get("council_prefix", []):
        if name.lower().startswith(prefix.lower() + " "):
            name = name[len(prefix):]
            break
    kinds = {word for kind in load_vocabulary().titles.get("authority", []) for word in kind.split()}
    return " ".join(word for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", name) if word.lower() not in _COUNCIL_WORDS | kinds)
