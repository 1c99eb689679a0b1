"""Plan structure: strategic outcomes -> priorities -> activities, read from a plan's units in order.

Written here because no library knows council plans. It is a small state machine over the same units that
chunks and citations use, so every outline item is a verbatim span of a known page. It reads plans whose
levels are labelled in words ("Strategic Outcome" / "Priority" / "Activity to deliver this priority",
"O1 - ..." outcomes, "Outcome 1: ..." / "Priorities" / "Key activities"), and a plan's organisational
priorities (a heading followed at once by an activity label). Plans in any other layout are read by
ingest/tree.py from their typography and numbering; this outline is kept while its answers are better.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from ingest.chunking import INLINE_BULLET, STRUCTURE_LABEL, boilerplate_lines, is_heading, page_openings, split_units
from ingest.documents import ParsedDocument

_OUTCOME = re.compile(r"^(?:strategic outcome|outcome\s*\d+\s*[:.\-–]|O\d\s*[-–])\s*(?P<name>.*)$", re.IGNORECASE)
_PRIORITY_LABEL = re.compile(r"^(key )?priorit(y|ies):?$", re.IGNORECASE)
_ACTIVITY_LABEL = re.compile(r"^(key )?activit(y|ies)", re.IGNORECASE)
_NUMBERED = re.compile(r"^\d{1,2}\.\s+\S")


@dataclass
class OutlineItem:
    """One outcome, priority or activity of a plan, with where it stands."""

    role: str
    text: str
    page: int | None
    outcome: str | None
    priority: str | None

    def to_dict(self) -> dict:
        """The catalogue's JSON form."""
        return asdict(self)


def plan_outline(document: ParsedDocument) -> list[OutlineItem]:
    """The outcomes, priorities and activities of a plan, in document order (empty for other documents)."""
    boilerplate = boilerplate_lines([page.text for page in document.pages])
    units = [
        (page.number, unit, unit in page.headings)
        for page, following in zip(document.pages, page_openings(document, boilerplate))
        for unit in split_units(page.text, page.headings, boilerplate, following)
    ]
    items: list[OutlineItem] = []
    outcome: str | None = None
    priority: str | None = None
    mode: str | None = None
    awaiting_outcome_name = False
    previous: tuple[int | None, str, bool] | None = None
    for page, unit, heading in units:
        match = _OUTCOME.match(unit)
        if awaiting_outcome_name:
            outcome, priority, mode, awaiting_outcome_name = unit, None, None, False
            items.append(OutlineItem("outcome", unit, page, outcome, None))
        elif match and match.group("name") and unit.lower().startswith("strategic outcome"):
            outcome, priority, mode = match.group("name"), None, None
            items.append(OutlineItem("outcome", unit, page, outcome, None))
        elif match and (match.group("name") or unit.lower().startswith("strategic outcome")):
            priority, mode = None, None
            if match.group("name"):
                outcome = unit  # "O1 - Growth", "Outcome 1: Thriving towns": the label is part of the name
                items.append(OutlineItem("outcome", unit, page, outcome, None))
            else:
                awaiting_outcome_name = True  # the label stood on its own line; the name follows
        elif _PRIORITY_LABEL.match(unit):
            mode = "priorities" if unit.lower().rstrip(":").endswith("ies") else "priority"
            priority = None
        elif _ACTIVITY_LABEL.match(unit) and STRUCTURE_LABEL.match(unit):
            if mode is None and previous and _is_title(previous):
                # "Our culture and approach" then "Activity to deliver this priority": an organisational priority.
                outcome, priority = None, previous[1]
                items.append(OutlineItem("priority", previous[1], previous[0], None, priority))
            mode = "activities"
        elif mode == "priority" and (priority is None or _NUMBERED.match(unit)):
            priority = unit
            items.append(OutlineItem("priority", unit, page, outcome, priority))
        elif mode == "priorities":
            items.append(OutlineItem("priority", unit, page, outcome, unit))
        elif mode == "activities" and (outcome or priority):
            if (_is_title((page, unit, heading)) and not unit.endswith(":")) or _is_prose(unit):
                mode = None  # a new heading, or a paragraph of prose, ends the list of activities
            else:
                items.append(OutlineItem("activity", unit, page, outcome, priority))
        elif outcome and items and items[-1].role == "outcome" and items[-1].text == outcome and not heading and not _OUTCOME.match(unit):
            items.append(OutlineItem("description", unit, page, outcome, None))
        previous = (page, unit, heading)
    return items if sum(item.role == "outcome" for item in items) >= 2 or sum(item.role == "activity" for item in items) >= 3 else []


def _is_title(entry: tuple[int | None, str, bool]) -> bool:
    _, unit, heading = entry
    return heading or (is_heading(unit) and len(unit) < 60 and not _NUMBERED.match(unit))


def _is_prose(unit: str) -> bool:
    """A paragraph of several sentences with no bullets of its own: an introduction, never one activity."""
    return len(unit) > 250 and not INLINE_BULLET.search(unit) and len(re.findall(r"[.!?](?:\s|$)", unit)) >= 2
