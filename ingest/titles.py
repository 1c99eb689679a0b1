"""A document's title, date and type, read from its own blocks (never from a file name or a template's metadata).

Written here because council papers put their title in different places: the biggest heading, a front sheet's
"Title" or "Subject" field, or the line after "Report to ... / Date ..."; and their first lines are often the
council's name, a logo, or "Agenda item 7". The words that rule lines out and the type cues are vocabulary data.
"""

from __future__ import annotations

import re

from ingest.dates import _MONTHS, find_date
from ingest.fields import Labels, council_name, labels_of, lines_of, read_fields, split_number
from ingest.frontsheet import TYPES
from ingest.model import Block, Field, Minutes
from ingest.vocabulary import Vocabulary, fold, load_vocabulary

_TOP = 12  # a title stands among a document's first blocks
_SHEET_BLOCKS = 40  # a front sheet's title field stands among its first blocks, before the first numbered section
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b")
_TITLE_CHARS = 250  # a plan's title, with the council's line above it, names it within this many characters of the top
_STATUS = ("overall_rag", "approved_budget", "spend_to_date", "forecast_outturn", "variance")
_FRONT_SHEET = (
    "report_of",
    "director",
    "portfolio_holder",
    "key_decision",
    "forward_plan",
    "report_to",
    "recommendations",
    "contact",
    "wards",
    "seen_by",
    "author",
)


def document_title(blocks: list[Block], pdf_metadata_title: str | None, vocabulary: Vocabulary | None = None) -> tuple[str, int | None]:
    """The document's title and its page: a front sheet's title field, the biggest heading near the top, the first
    title-like line after the front sheet's labels, else metadata that is not a template's; ("", None) if none."""
    vocabulary = vocabulary or load_vocabulary()
    labels = labels_of(vocabulary)
    top = [block for block in blocks if block.kind != "table"][:_TOP]
    for item in read_fields(_front_sheet(blocks), [], vocabulary):
        if item.name == "title" and is_title(item.value, vocabulary):
            return item.value, item.page
    headings = [
        block
        for block in top
        if block.kind == "heading" and is_title(block.text, vocabulary) and not labels.name(block.text) and not split_number(block.text)[0]
    ]
    if headings:
        best = max(headings, key=lambda block: (block.size or 0, -(block.level or 99), block.bold))
        return _joined(best, top), best.page
    for line in lines_of(top):
        if (
            line.kind == "paragraph"
            and is_title(line.text, vocabulary)
            and not _is_label_line(line.text, labels)
            and len(line.text.split()) <= 20
        ):
            return line.text, line.page
    if pdf_metadata_title and is_title(pdf_metadata_title, vocabulary) and not is_template(pdf_metadata_title, vocabulary):
        return " ".join(pdf_metadata_title.split()), None
    return "", None


def _front_sheet(blocks: list[Block]) -> list[Block]:
    """The blocks a front sheet can take: the first ones, up to the first numbered section heading ('1. Purpose')."""
    end = next((i for i, block in enumerate(blocks[:_SHEET_BLOCKS]) if block.kind == "heading" and split_number(block.text)[0]), None)
    return blocks[: max(end if end is not None else _SHEET_BLOCKS, _TOP)]


def _joined(best: Block, top: list[Block]) -> str:
    """A title heading wrapped over two or three heading blocks of the same size, read as one."""
    start = top.index(best)
    parts = [" ".join(best.text.split())]
    for block in top[start + 1 : start + 3]:
        same = block.kind == "heading" and block.size == best.size and block.level == best.level and block.page == best.page
        if not same or parts[-1].endswith(".") or sum(map(len, parts)) > 150:
            break
        parts.append(" ".join(block.text.split()))
    return " ".join(parts)


def _is_label_line(text: str, labels: Labels) -> bool:
    """A front sheet's "Label: value" line or bare label; "Minutes: Cabinet - 4 May" is a title, not a label."""
    match = re.match(r"^(?P<label>[^:]{1,60}):(?P<value>.*)", text)
    if match and labels.vocabulary.minutes_marker(match.group("label")) == "title":
        return False
    if match and not labels.name(match.group("label")) and _names_a_kind(match.group("value"), labels.vocabulary):
        return False  # 'Riverside Programme: Status Report, Quarter 2': a subject and the kind of paper, a title
    return bool(match) or bool(labels.name(text))


def _names_a_kind(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a text starts by naming a kind of council paper ('Status report', 'Annual report', 'Strategy')."""
    folded = fold(text).strip()
    return any(folded.startswith(fold(form)) for forms in vocabulary.types.values() for form in forms)


def is_title(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a line can be a title: not a council's name, a logo, 'Agenda item 7', 'Appendix B', 'Executive report',
    a date or a page number (a line made only of the vocabulary's generic words, numbers and letters)."""
    words = fold(text).split()
    if not words or len(text) > 250:
        return False
    titles = vocabulary.titles
    boilerplate = {word for form in titles.get("boilerplate", []) for word in fold(form).split()}
    if all(
        word in boilerplate
        or word.isdigit()
        or len(word) == 1  # an appendix's or paper's letter ("Appendix B", "Paper C")
        or word in _MONTHS
        or word in _WEEKDAYS
        or re.fullmatch(r"\d+(st|nd|rd|th)", word)
        for word in words
    ):
        return False
    # A bilingual letterhead names the council in each language, split by a rule ('X COUNCIL | CYNGOR X').
    return not any(council_name(part, vocabulary) for part in [text, *re.split(r"\s[|/–—]\s", text)])


def is_template(text: str, vocabulary: Vocabulary) -> bool:
    """File metadata left by a template or an editor ('Cabinet Report Template v4', 'Microsoft Word - ...')."""
    folded = fold(text)
    return bool(re.search(r"\.(docx?|pdf|rtf|odt)\s*$", text.lower())) or any(
        fold(word) in folded for word in vocabulary.titles.get("template", [])
    )


def document_date(blocks: list[Block], fields: list[Field]) -> str | None:
    """The date the document speaks for (ISO): its meeting-date field, the minutes' meeting date, or a dated line near the top."""
    for item in fields:
        if item.name == "meeting_date" and len(item.value) <= 80:  # a date field's value is short; longer is a misread
            found = date_in(item.value)
            if found:
                return found
    for item in fields:  # 'Meeting: Cabinet, 15 July 2025'
        found = date_in(item.value) if item.name == "report_to" and len(item.value) <= 80 else None
        if found and len(found) == 10:
            return found
    lines = [line for line in lines_of(blocks[:_TOP]) if line.table is None]
    # An agenda's item 'Minutes of the meeting held on ...', or the minutes of it 'approved as a correct record', dates
    # an earlier meeting; 'the meeting held on 10 March' otherwise dates this one.
    lines = [line for line in lines if not (re.search(r"\bheld\b", line.text, re.IGNORECASE)
                                            and (line.kind == "item" or _EARLIER_MEETING.search(line.text)))]
    held = [line for line in lines if re.search(r"\bheld\b", line.text, re.IGNORECASE)]
    for line in held + [line for line in lines if line.kind == "heading"] + lines:
        if re.search(r"\b(held|meeting)\b", line.text, re.IGNORECASE) or line.kind == "heading":
            found = date_in(line.text)
            if found and len(found) == 10:
                return found
    for line in lines:
        found = date_in(line.text)
        if found and len(found) >= 7:
            return found
    return None


_EARLIER_MEETING = re.compile(r"\b(approved|confirmed|signed|agreed|correct record)\b", re.IGNORECASE)


def date_in(text: str) -> str | None:
    """A day-month-year date in words or figures ("12 March 2024", "12/03/2024", UK order), else month or year."""
    found = find_date(text, window=400)
    if found and len(found) == 10:
        return found
    numeric = _NUMERIC_DATE.search(text)
    if numeric:
        day, month, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
        year = year + 2000 if year < 100 else year
        if 1 <= day <= 31 and 1 <= month <= 12:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return found


def document_type(
    blocks: list[Block], fields: list[Field], minutes: Minutes | None, tree_is_plan: bool, vocabulary: Vocabulary | None = None,
    first_page: str = "",
) -> str:
    """The kind of council document (one of ingest.frontsheet.TYPES), from its own words and structure; `first_page` is
    its first page's text as printed, running header and footer included ('Programme Highlight Report November 2008')."""
    vocabulary = vocabulary or load_vocabulary()
    top = fold(" ".join(line.text for line in lines_of(blocks[:8]) if line.table is None))[:600]
    first = blocks[0].page if blocks else None
    head = fold(" ".join(line.text for line in lines_of([b for b in blocks[:200] if b.page == first]) if line.table is None))[:4000]
    head += " " + fold(first_page)[:4000]
    names = {item.name for item in fields}

    def cue(kind: str, text: str = top) -> bool:
        return first_cue(kind, text) is not None

    def first_cue(kind: str, text: str = top) -> int | None:
        found = [m.start() for form in vocabulary.types.get(kind, []) for m in [re.search(rf"\b{re.escape(fold(form))}\b", text)] if m]
        return min(found) if found else None

    if minutes is not None:
        return "minutes"
    for kind in ("minutes", "risk-register", "highlight-report", "decision-report"):
        if cue(kind):
            return kind
    if len(names & set(_STATUS)) >= 2:
        return "highlight-report"
    if _risk_table(blocks, vocabulary) and len(names & set(_FRONT_SHEET)) < 2:
        return "risk-register"
    plan_at = first_cue("plan")
    plan_at = plan_at if plan_at is not None and plan_at <= _TITLE_CHARS else None  # in the title, not 'an agreed action plan' below it
    # A plan naming each objective's lead member and a contact has people, not a report's front sheet: no meeting,
    # no report of anyone, no recommendations.
    plan_people = tree_is_plan and plan_at is not None and not names & {"report_to", "meeting_date", "report_of", "recommendations", "key_decision"}
    if len(names & set(_FRONT_SHEET)) >= 2 and not plan_people:
        meeting = fold(" ".join(item.value for item in fields if item.name == "report_to"))
        if cue("board-report") or re.search(r"\b(board|committee|scrutiny|panel)\b", meeting):
            return "board-report"
        return "cabinet-report"
    meeting_at = min((at for at in (first_cue("cabinet-report"), first_cue("board-report")) if at is not None), default=None)
    if tree_is_plan and plan_at is not None and (meeting_at is None or plan_at < meeting_at):
        return "plan"  # a plan's title names it first; its foreword may name the committees it reports to
    for kind in ("cabinet-report", "board-report", "other"):
        if cue(kind):
            return kind
    for kind in ("highlight-report", "risk-register"):
        if cue(kind, head):  # named further down the first page, as a running footer or caption does
            return kind
    if tree_is_plan or cue("plan"):
        return "plan"
    return "other" if "other" in TYPES else TYPES[-1]


def _risk_table(blocks: list[Block], vocabulary: Vocabulary) -> bool:
    """A table scoring risks by likelihood and impact, the shape of a risk register."""
    for block in blocks:
        if block.table is not None:
            meanings = {vocabulary.column_name(header) for header in block.table.header}
            if {"likelihood", "impact"} <= meanings or ("score" in meanings and "owner" in meanings and len(block.table.rows) >= 3):
                return True
    return False
