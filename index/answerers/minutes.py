"""Minutes: what a meeting decided about an item (its resolutions, amended ones marked), who sent apologies, who was
present, and what interests were declared, each cited with the minutes' verbatim line.
"""

from __future__ import annotations

import re

from index.answer import Draft, escape
from index.answerers.base import Ask, Cited, Document, heading, named_document
from index.answerers.fields import without
from index.intents import (
    CALENDAR,
    DOCUMENT_WORDS,
    LEFT_MEETING,
    MEETING_BODY_WORDS,
    MINUTES_CUES,
    MINUTES_WORDS,
    PASSAGE_FRAME_TERMS,
    SUMMARY,
    VOTE_CUES,
    VOTE_WORDS,
    cues,
    subject,
)
from index.retrieval import terms
from ingest.dates import named_period
from ingest.model import Field, Resolution, Vote

ITEM_MIN = 0.4  # the matcher's score an item's title and resolutions need to count as the one asked about
_KINDS = {"apologies": "apologies", "present": "attendance", "declarations": "declarations of interest"}
_LEADS = {"apologies": "apologies from {n}", "present": "{n} present", "declarations": "{n} declaration{s} of interest"}
_MOST = 5  # meetings listed when the question names none


class MinutesAnswerer:
    """Answers from the records of meetings."""

    name = "minutes"

    def wants(self, ask: Ask) -> float:
        """High for apologies, attendance, declarations and decisions, when some document holds minutes."""
        if not any(d.model.minutes for d in ask.documents):
            return 0.0
        return 0.9 if cues(MINUTES_CUES, ask.question) or LEFT_MEETING.search(ask.question) or VOTE_CUES.search(ask.question) else 0.0

    def answer(self, ask: Ask) -> Draft | None:
        """The records asked for, from the meeting the question names (else the latest meetings), oldest first."""
        meetings = [d for d in ask.documents if d.model.minutes]
        month = named_period(ask.question)
        if month and len(month) == 7:  # 'in June 2025': the meetings of that month; none, and another paper records it
            meetings = [d for d in meetings if (d.date or "").startswith(month)]
            if not meetings:
                return None
        found = cues(MINUTES_CUES, ask.question)
        keep = frozenset(terms(MEETING_BODY_WORDS))
        named = named_document(ask.question, meetings, keep) or (meetings[0] if len(meetings) == 1 else None)
        if named is None and ask.context:
            named = named_document(ask.context, meetings, keep)
        if LEFT_MEETING.search(ask.question) and "apologies" not in found:
            found.add("declarations")  # a member leaves a meeting for an item when they have declared an interest in it
        for kind in ("apologies", "present", "declarations"):
            if kind in found:
                return self._people(ask, [named] if named else meetings[-_MOST:], kind)
        if "decisions" in found or VOTE_CUES.search(ask.question):
            return self._decisions(ask, [named] if named else meetings)
        return None

    def _people(self, ask: Ask, meetings: list[Document], kind: str) -> Draft | None:
        """Each meeting's list of one kind (apologies, present, declarations); a meeting with none says so uncited."""
        cited = Cited()
        silent: list[Document] = []
        people = _people_named(ask, meetings)
        for document in meetings:
            records: list[Field] = getattr(document.model.minutes, kind)
            if people:  # 'why did Councillor Moss leave': that member's records, when the minutes name them
                records = [record for record in records if people & set(terms(record.value))] or records
            if not records:
                silent.append(document)
                continue
            cited.add(f"{heading(document)}: {_LEADS[kind].format(n=len(records), s='s' if len(records) != 1 else '')}")
            for record in records:
                cited.add(f"- {escape(record.value)} {cited.cite(document, record.page, record.quote, _KINDS[kind])}")
            cited.add()
        if not cited.citations:
            checked = "; ".join(heading(d) for d in silent)
            return Draft(f"The minutes do not record any {_KINDS[kind]}. I checked {checked}.", [], True) if silent else None
        for document in silent:
            cited.add(f"{heading(document)}: the minutes record no {_KINDS[kind]}.")
        return cited.draft()

    def _decisions(self, ask: Ask, meetings: list[Document]) -> Draft | None:
        """The resolutions on the item the question names (every resolution when it names none), amended ones marked."""
        drop = set().union(*(ask.title_terms(d) for d in meetings)) if len(meetings) == 1 else set()
        voting = bool(VOTE_CUES.search(ask.question))
        # Frame words ('actually', 'about') name no item: left in, they dilute the match with the item's resolutions.
        # The meeting's date names the meeting (chosen already), not the item: 'on the rate at its meeting on 10 February 2025'.
        undated = SUMMARY.sub(" ", _DATE_WORDS.sub(" ", ask.question))  # 'summarise what it decided' names no item
        naming = without(subject(undated, MINUTES_WORDS, DOCUMENT_WORDS, VOTE_WORDS if voting else ""), drop | PASSAGE_FRAME_TERMS)
        naming = without(naming, _preamble_only(undated, meetings))
        chosen: list[tuple[Document, Resolution]] = []
        unresolved: set[int] = set()
        if ask.matcher.content(naming):
            scored = [(d, r) for d in meetings for r in d.model.minutes.resolutions]
            if voting:  # an item whose motion was voted on may record no resolution ('the amendment was lost')
                pseudo = [(d, Resolution(v.item, v.text, v.page)) for d in meetings for v in d.model.minutes.votes
                          if not any(r.item == v.item for r in d.model.minutes.resolutions)]
                unresolved |= {id(r) for _, r in pseudo}
                scored += pseudo
            scores = ask.matcher.scores(naming, [f"{r.item or ''} {r.text}" for _, r in scored])
            items = {}
            votes = {(d.doc_id, v.item): " ".join(x.text for x in d.model.minutes.votes if x.item == v.item) for d in meetings for v in d.model.minutes.votes}
            for (document, resolution), score in zip(scored, scores):
                said = f"{resolution.item or ''} {resolution.text} {votes.get((document.doc_id, resolution.item), '') if voting else ''}"
                if score >= ITEM_MIN and ask.matcher.covered(naming, said) >= 0.5:
                    key = (document.doc_id, resolution.item)
                    items[key] = max(items.get(key, 0.0), score)
            if not items:
                return None
            top = max(items.values())
            keys = {key for key, score in items.items() if score >= top - 0.1}
            chosen = [(d, r) for d, r in scored if (d.doc_id, r.item) in keys]
        else:
            chosen = [(d, r) for d in meetings for r in d.model.minutes.resolutions]
        if not chosen:
            return None
        if voting and not any(v.item == r.item for d, r in chosen for v in d.model.minutes.votes):
            return None  # the minutes record no vote on the item: say nothing rather than give the decision as the vote
        cited = Cited()
        for document in dict.fromkeys(d.doc_id for d, _ in chosen):
            rows = [(d, r) for d, r in chosen if d.doc_id == document]
            count = sum(1 for _, r in rows if id(r) not in unresolved)
            cited.add(f"{heading(rows[0][0])}: {count} resolution{'s' if count != 1 else ''}" if count else f"{heading(rows[0][0])}: the motions and votes")
            item = None
            for meeting, resolution in rows:
                if resolution.item != item:
                    if voting and item is not None:
                        _votes(cited, meeting, item)
                    item = resolution.item
                    if item:
                        cited.add(f"\n*{escape(item)}*")
                if id(resolution) in unresolved:
                    if resolution.item is None:  # a motion under no item heading the minutes' reader knew: the motion itself
                        cited.add(f"- Vote: {escape(resolution.text)} {cited.cite(meeting, resolution.page, resolution.text)}")
                    continue  # an item with votes and no resolution: its votes follow
                amended = " (as amended)" if resolution.amended else ""
                cited.add(f"- {escape(resolution.text)}{amended} {cited.cite(meeting, resolution.page, resolution.text, resolution.item)}")
            if voting and item is not None:
                _votes(cited, rows[-1][0], item)
            cited.add()
        return cited.draft()


def _preamble_only(question: str, meetings: list[Document]) -> set[str]:
    """Words of the statements before the question ('The plan promised a review of X. What was decided?') that neither
    the question nor any record of these meetings says: they set the scene and name no item."""
    sentences = re.split(r"(?<=[.!?])\s+", question.strip())
    scene = [sentence for sentence in sentences[:-1] if not sentence.endswith("?")]  # 'Was there an amendment? ...' asks too
    if not scene:
        return set()
    said = {term for d in meetings for r in d.model.minutes.resolutions for term in terms(f"{r.item or ''} {r.text}")}
    return set(terms(" ".join(scene))) - set(terms(sentences[-1])) - said


def _votes(cited: Cited, meeting: Document, item: str) -> None:
    """The item's motions and amendments as the minutes record them (moved, seconded, the vote), each cited."""
    records: list[Vote] = [vote for vote in meeting.model.minutes.votes if vote.item == item]
    for vote in records:
        cited.add(f"- Vote: {escape(vote.text)} {cited.cite(meeting, vote.page, vote.text, item)}")


_DATE_WORDS = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{CALENDAR.pattern}(?:\s+(?:19|20)\d\d)?\b|\b(?:19|20)\d\d\b(?!/)", re.I)
_MONTHS = frozenset(terms("january february march april may june july august september october november december"))


def _people_named(ask: Ask, meetings: list[Document]) -> set[str]:
    """Stems of the names a question gives ('Councillor Moss'): capitalised words inside it that no meeting's title holds."""
    words = re.findall(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", ask.question)
    known = set().union(*(ask.title_terms(d) for d in meetings)) | frozenset(terms(MEETING_BODY_WORDS)) | _MONTHS
    return set(terms(" ".join(words))) - known - frozenset(terms("councillor councillors cllr mayor chair leader member"))
