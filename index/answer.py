"""Extractive answers: pick the passages (units) of the retrieved chunks that answer the question, cite each.

No generative model is involved: every statement of the answer is a verbatim span of a page, so every
citation's quote can be checked against the page it names. When the evidence does not cover the question's
key terms, the answer says the documents do not cover it and cites nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.injection import is_instruction, quotes_instructions
from index.intents import (
    ACROSS,
    ASKS_CURRENT,
    ASKS_EARLIER,
    CALENDAR,
    COMPARES,
    COMPARING_WORDS,
    COUNCIL_SYNONYMS,
    DESIGNATED,
    DESIGNATOR,
    FACTOID,
    FOLLOW_UP,
    GIVES_REASON,
    HOW_MANY,
    LIST_QUESTION,
    MONTH_SPAN,
    MONTHS,
    NOW,
    OURS,
    PART_BREAK,
    PASSAGE_FRAME_TERMS,
    PASSAGE_FRAME_WORDS,
    PERSONISH,
    QUARTER,
    SERIES_SHARE,
    SINCE,
    WANTS_DATE,
    WANTS_MONEY,
    WANTS_NUMBER,
    WANTS_PERSON,
    WANTS_REASON,
    WEEKDAYS,
    same_titles,
)
from index.models import Citation, Turn
from index.retrieval import Hit, Retriever, terms
from ingest.chunking import is_heading
from ingest.vocabulary import council_place

_MARKDOWN = re.compile(r"([\\`*_\[\]<>#|])")


@dataclass
class Unit:
    """One candidate statement: a span of a retrieved chunk, with how well it answers."""

    hit: Hit
    position: int
    text: str
    coverage: float
    score: float
    own: float = 0.0  # weight of the question's words the statement itself says (not its title or heading)
    said: frozenset[str] = frozenset()  # those words


@dataclass
class Draft:
    """An answer before it becomes JSON: markdown text, its citations, whether it abstained."""

    text: str
    citations: list[Citation]
    abstained: bool
    strength: float = 0.0  # how well the best statement answers (passage answers only), to weigh one scope against another
    said: frozenset[str] = frozenset()  # the question's words its statements say themselves (passage answers only)


def condense(question: str, history: list[Turn]) -> tuple[str, str]:
    """(retrieval query, earlier question): a follow-up is searched together with the last user question."""
    earlier = next((turn.content for turn in reversed(history) if turn.role == "user"), "")
    if earlier and (FOLLOW_UP.search(question) or len(terms(question)) <= 3):
        return expand(f"{earlier} {question}"), earlier
    return expand(question), ""


def conversation_context(question: str, history: list[Turn]) -> str:
    """For a follow-up, what it refers to: the last user question and the answer it got ('' otherwise)."""
    earlier = next((turn.content for turn in reversed(history) if turn.role == "user"), "")
    if not earlier or not (FOLLOW_UP.search(question) or len(terms(question)) <= 3):
        return ""
    reply = next((turn.content for turn in reversed(history) if turn.role == "assistant"), "")
    return f"{earlier} {reply}".strip()




def expand(question: str) -> str:
    """The question with the documents' words added for the council words members use instead."""
    extra = [COUNCIL_SYNONYMS[word] for word in re.findall(r"[\w-]+", question.lower()) if word in COUNCIL_SYNONYMS]
    return f"{question} {' '.join(extra)}" if extra else question


def aliases(question: str) -> dict[str, set[str]]:
    """Each question word that council documents say otherwise ('fine' -> 'penalty charge'), as stems: a statement
    saying the documents' words says the question's word."""
    found: dict[str, set[str]] = {}
    for word in re.findall(r"[\w-]+", question.lower()):
        if word in COUNCIL_SYNONYMS and terms(word):
            found.setdefault(terms(word)[0], set()).update(terms(COUNCIL_SYNONYMS[word]))
    return found


def query_weights(question: str, earlier: str, retriever: Retriever) -> dict[str, float]:
    """Each key term of the question weighted by its rarity; terms of an earlier question count half."""
    weights: dict[str, float] = {}
    for text, factor in ((question, 1.0), (earlier, 0.5)):
        for term in terms(text):
            if term in PASSAGE_FRAME_TERMS:
                continue
            weights[term] = max(weights.get(term, 0.0), factor * retriever.idf(term))
    return weights


NUMBER_COVERAGE = 0.45
_HAS_NUMBER = re.compile(r"\d|£|\b(one|two|three|four|five|six|seven|eight|nine|ten|twice|annually|quarterly|monthly|weekly)\b", re.IGNORECASE)
_HAS_DATE = re.compile(r"\b(19|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


_REFERENCE = re.compile(r"\b(?:step|section|paragraph|para|item|recommendation|appendix|annex|objective|priority|outcome|action|minute|"
                        r"part|schedule|table|figure|page|regulation|article)s?\s+\d+(?:\.\d+)*[a-z]?\b", re.IGNORECASE)
_UNIT = re.compile(r"[£$€]\s?'?000s?\b|[£$€]\s?(?:m|k|bn)\b", re.IGNORECASE)
_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


def has_quantity(text: str) -> bool:
    """True when a passage states an amount: a number that is not a year, a date or a paragraph number."""
    if re.search(r"(^|[|:]\s*)1[.)]\s", text):  # '1. Audits completed 2. Limited reports': a numbered list's markers are no amounts
        text = re.sub(r"(^|\s)\d{1,2}[.)]\s(?=[A-Z])", " ", text)
    text = re.sub(r"^\d{1,2}(\.\d{1,2})*\.?\s", "", text)
    text = _REFERENCE.sub("", text)  # 'step 3.1 of the plan', 'paragraph 14': a reference, not an amount
    text = re.sub(r"\b(19|20)\d\d(/\d{2,4})?\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}", "", text)
    text = _DAY_MONTH.sub("", _UNIT.sub("", text))  # '31 March', and '£000' or '£m' printed as a column's unit, are no sums
    return bool(_HAS_NUMBER.search(text))


def named_terms(question: str) -> set[str]:
    """Stems of the names the question asks about (capitalised words inside it), which an answer must concern."""
    names = [word for word in _SPECIFIC.findall(question)
             if not word[0].isdigit() and word.lower() not in PASSAGE_FRAME_WORDS and not CALENDAR.fullmatch(word)]
    return set(terms(" ".join(names)))




TITLE_LINE = 0.6  # a line whose words are mostly the title's is the title printed again ("... Report to"), not a statement
TOPIC_SHARE, TOPIC_LINES, TOPIC_SPREAD = 0.3, 3, 0.15  # a word many of a document's lines say frames the rest of them (_topics)
TITLE_SHARE = 0.7  # a question word in the document's title or council counts for this much of one in the statement
# A question word in the heading of the section a statement stands in counts for this much of one in it when deciding
# whether the documents answer, and SECTION_SHARE when choosing among the statements ('the risks' of a budget: the
# lines under '5. Reserves and risks').
SECTION_FRAMES, SECTION_SHARE = 0.5, 0.75


_AMOUNT = r"(?:£\s?)?\d[\d,.]*(?:\s?(?:%|per ?cent|million|m|k|bn))?"
COUNTED_BONUS = 0.25
# A question's 'days' or 'months' is said by a statement naming one ('closes on Tuesdays', 'opens in May 2026').
_KINDS_NAMED = {
    "day": re.compile(rf"\b({WEEKDAYS})s?\b", re.I),
    "month": re.compile(rf"\b({MONTHS.replace('may|', '')})\b", re.I),  # 'may' is a verb as often as a month
}
REASON_BONUS = 0.12  # a statement giving a reason, for a question asking why


def names_someone(text: str, asked: set[str]) -> bool:
    """Whether a statement names a person, post or body (a councillor, 'the Director of Place', a trust) the question does not."""
    return any(not set(terms(match.group(0))) <= asked for match in PERSONISH.finditer(text))


def counted_pattern(question: str) -> re.Pattern | None:
    """For "how many X", a pattern for a number right before X ("74 staff", "2,874 responses", "30 Warm spaces")."""
    match = HOW_MANY.search(question)
    if not match:
        return None
    noun = match.group(1).lower()
    stem = noun[:-3] if noun.endswith("ies") else noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    return re.compile(rf"{_AMOUNT}\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(stem)}", re.IGNORECASE)


def score_units(hits: list[Hit], weights: dict[str, float], question: str) -> list[Unit]:
    """Score every unit of the retrieved chunks by the share of key terms it (or its heading) contains.

    A unit that lacks what the question asks for (a number for "how many", a date for "when") or that is
    about none of the names in the question counts for less: it can be context, not the answer.
    """
    total = sum(weights.values()) or 1.0
    bigrams = set(zip(terms(question), terms(question)[1:]))
    best_hit = max((hit.score for hit in hits), default=1.0) or 1.0
    quoting = quotes_instructions(question)
    names = named_terms(question)
    wants_number, wants_date = bool(WANTS_NUMBER.search(question)), bool(WANTS_DATE.search(question))
    counted = counted_pattern(question)
    alias = aliases(question)
    wants_person, asked = bool(WANTS_PERSON.search(question)), set(terms(question))
    wants_reason = bool(WANTS_REASON.search(question))
    topics = _topics(hits, weights)
    units: list[Unit] = []
    for hit in hits:
        # Title words name the document, so every unit of it has them; a section heading frames its units.
        # The title and council name the document, so every unit of it has them (at less than a word the unit says
        # itself); a section heading frames its units.
        council = set(terms(str(hit.metadata.get("council") or "")))
        title = set(terms(str(hit.metadata.get("title", "")))) | council
        section = set(terms(f"{hit.metadata.get('section', '')} {hit.metadata.get('workstream', '')}"))
        topic = topics.get(str(hit.metadata.get("source")), set()) - title
        for position, text in enumerate(hit.text.split("\n")):
            if is_instruction(text) and not quoting:
                continue  # a sentence addressed to an assistant is never an answer, only a quote when asked what the text says
            unit_terms = terms(text)
            # The council's banner and the title printed again say nothing the document's name does not.
            printed = set(unit_terms)
            printed |= {term for term, others in alias.items() if others and others <= printed}
            printed |= {kind for kind, named in _KINDS_NAMED.items() if kind in asked and named.search(text)}  # 'which days': 'Tuesdays'
            said = set() if len(printed & title) >= TITLE_LINE * len(printed) else printed - council
            own = sum(weight for term, weight in weights.items() if term in said)
            named = sum(weight for term, weight in weights.items() if term in title and term not in unit_terms)
            framed = sum(weight for term, weight in weights.items() if term not in unit_terms and term not in title and term in section)
            about = sum(weight for term, weight in weights.items() if term in topic and term not in unit_terms and term not in section)
            coverage = (own + TITLE_SHARE * named + SECTION_FRAMES * framed) / total
            present = set(unit_terms) | title
            if names and not names <= (present | section):
                coverage *= 0.6
            if not own:
                coverage *= 0.5  # a line that says none of the question's words (a banner, a page header) frames, never answers
            if (wants_number and not has_quantity(text)) or (wants_date and not _HAS_DATE.search(text)) or (wants_person and not names_someone(text, asked)):
                coverage *= 0.7
            elif counted and not counted.search(text):
                coverage *= 0.8  # "how many staff": a row of scores that mentions staff is not the count of them
            # The question's phrases a statement repeats, not those of the document's title ('Riverside Transport Hub'
            # names every statement of its report).
            phrase = 0.08 * min(3, len({pair for pair in bigrams if not set(pair) <= title} & set(zip(unit_terms, unit_terms[1:]))))
            if counted and counted.search(text):
                phrase += COUNTED_BONUS  # "how many staff" meets "74 staff": the number is of the thing asked about
            if wants_reason and GIVES_REASON.search(text):
                phrase += REASON_BONUS  # "why has it slipped" meets "... because the supplier went into administration"
            # The document's topic frames a line for choosing it, never for deciding that the documents answer at all.
            score = (coverage + TOPIC_SHARE * about / total + (SECTION_SHARE - SECTION_FRAMES) * framed / total + phrase
                     + 0.15 * hit.score / best_hit - 0.015 * len(text) / 200)
            units.append(Unit(hit, position, text, coverage, score, own, frozenset(term for term in weights if term in said)))
    return units


def _topics(hits: list[Hit], weights: dict[str, float]) -> dict[str, set[str]]:
    """Per document, the question's words that many of its retrieved lines say: what the document is about, context for
    every line of it ('damp and mould' across a decision record), as its title is."""
    lines: dict[str, list[set[str]]] = {}
    for hit in hits:
        lines.setdefault(str(hit.metadata.get("source")), []).extend(set(terms(text)) for text in hit.text.split("\n"))
    return {source: {term for term in weights if sum(term in said for said in said_by) >= max(TOPIC_LINES, TOPIC_SPREAD * len(said_by))}
            for source, said_by in lines.items()}


MEANING_SHARE = 0.5  # how much the statement's similarity in meaning to the question adds to its word score
MEANING_CANDIDATES = 24


def rerank_by_meaning(units: list[Unit], question: str, retriever: Retriever) -> list[Unit]:
    """The best-scoring units, each scored also by how close in meaning it is to the question.

    Words alone miss a paraphrase ("how did they gather evidence" / "we held four evidence sessions"); the
    embedding model Cabinet already loads reads the few dozen best candidates, so the cost stays small.
    """
    if not units:
        return units
    ranked = sorted(units, key=lambda unit: unit.score, reverse=True)
    top = ranked[:MEANING_CANDIDATES]
    for unit, similarity in zip(top, retriever.similarities(question, [unit.text for unit in top])):
        unit.score += MEANING_SHARE * similarity
    return top + ranked[MEANING_CANDIDATES:]


PARTS_FLOOR = 0.7  # of the best line's score, what a line must reach to answer a question in parts (0.75 for one question)
ADDS = 0.2  # a factoid answer's second statement must say this share of the question's weight that the first does not


def select_units(units: list[Unit], question: str, limit: int, is_list: bool | None = None,
                 weights: dict[str, float] | None = None) -> list[Unit]:
    """The best units, near the top score, without repeats; a list's lead-in brings its items."""
    ranked = sorted(units, key=lambda unit: unit.score, reverse=True)
    if not ranked:
        return []
    is_list = bool(LIST_QUESTION.search(question)) if is_list is None else is_list
    parts = in_parts(question, "\n".join(unit.text for unit in ranked[:MEANING_CANDIDATES]).lower())
    factoid = not is_list and not parts and bool(FACTOID.search(question))
    cap = limit * 2 if is_list else 2 if factoid else limit
    # One line answers "who/when/how much": a second only when it answers about as well, never padding. A question
    # in parts may be answered by a line for each, one less like the whole question than the other.
    floor = ranked[0].score * (0.6 if is_list else 0.9 if factoid else PARTS_FLOOR if parts else 0.75)
    weighed = any(unit.own for unit in ranked)
    chosen: list[Unit] = []
    seen: set[str] = set()
    for unit in ranked:
        if len(chosen) >= cap or unit.score < floor:
            break
        if unit.text in seen or (not unit.own and weighed):
            continue  # a statement that says none of the question's words comes only as an item under a lead-in
        if factoid and chosen and weights and not _adds(unit, chosen[0], weights, question):
            continue  # one line answers 'who/when/how much': a second must say something asked that the first does not
        seen.add(unit.text)
        if unit.own and is_list and _NAMED_ABOVE.search(unit.text):
            # 'The five ways of working above shape every step': a list named after its items brings them, in their order.
            items = [item for item in _items_above(units, unit) if item.text not in seen]
            seen.update(item.text for item in items)
            chosen += items
        chosen.append(unit)
        if unit.own and _leads_in(unit.text) and (is_list or len(chosen) <= 2):
            # A lead-in or heading that matches the question does not answer it: what stands under it does.
            followers = _followers(units, unit) if is_list else _followers(units, unit)[:4]
            for follower in followers:
                if follower.text not in seen and len(chosen) < cap + 10:
                    seen.add(follower.text)
                    chosen.append(follower)
    if parts:
        chosen += _other_parts(ranked, chosen, weights or {}, ranked[0].score * 0.5, question)
    return chosen


# A minute's or paper's own reference before its heading ('FC/25-26/102 Community grants', 'NPA 38/25 Car parks').
_REFERENCE_LEAD = re.compile(r"^(?:[A-Z]{1,6}[ /-]?)?\d+(?:[/.-]\d+)+[A-Za-z]?\s+(?=[A-Z])")


def _leads_in(text: str) -> bool:
    """Whether a line leads in to what stands under it: a lead-in ending in a colon, or a heading, its reference aside."""
    return text.endswith(":") or is_heading(text) or is_heading(_REFERENCE_LEAD.sub("", text))


def _adds(unit: Unit, lead: Unit, weights: dict[str, float], question: str) -> bool:
    """Whether a second statement adds to a factoid answer's lead: what the question asks that the lead does not say
    (ADDS of its weight), or the kind of answer asked for ('74 staff', a sum, a date) when the lead lacks it."""
    if sum(weights.get(term, 0.0) for term in unit.said - lead.said) >= ADDS * sum(weights.values()):
        return True
    counted = counted_pattern(question)
    kind = (counted.search if counted else _MONEY.search if WANTS_MONEY.search(question) else has_quantity if WANTS_NUMBER.search(question)
            else _HAS_DATE.search if WANTS_DATE.search(question) else None)
    return bool(kind and kind(unit.text) and not kind(lead.text))


_AND = re.compile(r"(\S+) and (\S+)")


def in_parts(question: str, said: str = "") -> bool:
    """Whether a question asks two things ("X, and how many Y?", "cost and carbon"); "Brennan and Hale" is one name, and
    so is "damp and mould" where the documents (`said`, their text in lower case) print it as one."""
    if question.count("?") > 1:
        return True
    return any(not (before[:1].isupper() and after[:1].isupper()) and f"{before} and {after}".lower().strip(",;:") not in said
               for before, after in _AND.findall(question))


def _other_parts(ranked: list[Unit], chosen: list[Unit], weights: dict[str, float], floor: float, question: str) -> list[Unit]:
    """For a question in parts ("how long did it run, and how many responses"), the best statement for each part the answer misses.

    A part is missed when the chosen statements (with their document's title) say less than half of its words'
    weight; the statement added for it must say at least half.
    """
    covered = set().union(*(unit.said | set(terms(str(unit.hit.metadata.get("title", "")))) for unit in chosen)) if chosen else set()
    added: list[Unit] = []
    for part in PART_BREAK.split(question):
        part_weights = {term: weights[term] for term in terms(part) if term in weights}
        need = sum(part_weights.values())
        missed = {term for term in part_weights if term not in covered}
        if not need or sum(part_weights[term] for term in missed) < 0.5 * need:
            continue
        candidates = [unit for unit in ranked if unit.score >= floor and unit not in chosen and unit not in added]
        best = max(candidates, key=lambda unit: (sum(part_weights[t] for t in unit.said & missed), unit.score), default=None)
        if best is not None and sum(part_weights[t] for t in best.said & missed) >= 0.5 * sum(part_weights[t] for t in missed):
            added.append(best)
            covered |= best.said
    return added


# A statement naming the list above it, or a table's total row ('Total earmarked reserves | 112,000'): its items stand above.
_NAMED_ABOVE = re.compile(r"\b(above|listed before)\b|^total\b.*\|", re.IGNORECASE)
_ITEM_CHARS = 80  # a list item is a short line without a sentence's end


def _items_above(units: list[Unit], trailer: Unit) -> list[Unit]:
    """The short item lines right before a statement that names them as the list above it, in their chunk, in order."""
    before = sorted((u for u in units if u.hit is trailer.hit and u.position < trailer.position), key=lambda u: u.position, reverse=True)
    items: list[Unit] = []
    for unit in before[:14]:
        if (len(unit.text) > _ITEM_CHARS and " | " not in unit.text) or re.search(r"[.!?:]$", unit.text):
            break
        items.append(unit)
    return items[::-1] if len(items) >= 2 else []


def _followers(units: list[Unit], lead: Unit) -> list[Unit]:
    """The units after a list's lead-in, in its chunk and then the next chunk of the same document."""
    doc_id, _, ordinal = lead.hit.node_id.rpartition(":")
    following = [f"{doc_id}:{int(ordinal) + step}" for step in (1, 2)] if ordinal.isdigit() else []
    same_chunk = sorted((u for u in units if u.hit is lead.hit and u.position > lead.position), key=lambda u: u.position)
    next_chunks = sorted((u for u in units if u.hit.node_id in following), key=lambda u: (following.index(u.hit.node_id), u.position))
    items = []
    numbered = _numbering(lead.text)
    for unit in (same_chunk + next_chunks)[:14]:
        if unit.text.endswith(":") and items and len(unit.text) > 40:
            break  # a new paragraph's lead-in; a short one ("Inequalities in:") is an item with its own sub-items
        if numbered and _numbering(unit.text) == numbered and _leads_in(unit.text):
            break  # the next heading numbered alike ('5. Risks' after '4. Reserves', the next minute after 'FC/25-26/102')
        items.append(unit)
    return items


def _numbering(text: str) -> str:
    """The shape of a line's own number or reference ('0.' for '4. Reserves', 'FC/00-00/000'), '' when it has none."""
    found = _REFERENCE_LEAD.match(text) or re.match(r"\d+(?:\.\d+)*\.?\s", text)
    return re.sub(r"\d+", "0", found.group().strip()) if found else ""


ACROSS_DOCUMENTS = 6


def asks_across(question: str) -> bool:
    """True for a question about several documents over time ('is there a precedent', 'how has X changed')."""
    return bool(ACROSS.search(question))


def select_across(units: list[Unit], question: str, min_coverage: float) -> list[Unit]:
    """The best passages of each document that answers, so every relevant document is cited, not only the best one."""
    by_doc: dict[str, list[Unit]] = {}
    for unit in units:
        by_doc.setdefault(str(unit.hit.metadata.get("source")), []).append(unit)
    best = {source: max(doc_units, key=lambda unit: unit.score) for source, doc_units in by_doc.items()}
    top = max((unit.score for unit in best.values()), default=0.0)
    answering = [source for source, unit in best.items() if unit.coverage >= min_coverage and unit.score >= 0.6 * top]
    answering = sorted(answering, key=lambda source: best[source].score, reverse=True)
    home = _home_places(question, [best[source].hit.metadata for source in answering], [unit.hit.metadata for unit in units])
    if home:
        answering = [source for source in answering if _place(best[source].hit.metadata, home) in home | {""}]
    answering = answering[:ACROSS_DOCUMENTS]
    chosen: list[Unit] = []
    for source in answering:
        chosen.extend(select_units(by_doc[source], question, 2, is_list=True)[:8])
    return chosen




def _home_places(question: str, metas: list[dict], known: list[dict]) -> set[str]:
    """The councils (by place name) a cross-document question is about: those it names, else 'we' = the best answer's.

    Places are those of every council among the `known` passages, so a document of no known council is placed
    by its title ('Riverton programme report') even when no other Riverton document answers.
    """
    places = {council_place(str(meta.get("council"))) for meta in known if meta.get("council")}
    named = {place for place in places if re.search(rf"\b{re.escape(place)}\b", question)}
    if named:
        return named
    if OURS.search(question) and metas:
        first = _place(metas[0], places)
        return {first} if first else set()
    return set()


def _place(meta: dict, places: set[str]) -> str:
    """A document's council by place name: its own council, else a known place in its title ('' when neither)."""
    council = str(meta.get("council") or "")
    if council:
        return council_place(council)
    title = str(meta.get("title") or "")
    return next((place for place in places if re.search(rf"\b{re.escape(place)}\b", title)), "")


_BULLET = re.compile(r"^[-•*–]\s+")


def compose(chosen: list[Unit], by_date: bool = False) -> tuple[str, list[Citation]]:
    """Markdown grouped by document (best document first, or oldest first), each statement with its [n] marker."""
    order: list[str] = []
    by_doc: dict[str, list[Unit]] = {}
    for unit in chosen:
        key = str(unit.hit.metadata.get("source"))
        if key not in by_doc:
            order.append(key)
            by_doc[key] = []
        by_doc[key].append(unit)
    if by_date:
        order.sort(key=lambda key: str(by_doc[key][0].hit.metadata.get("date") or "9999"))
    lines: list[str] = []
    citations: list[Citation] = []
    for key in order:
        doc_units = sorted(by_doc[key], key=lambda unit: (int(unit.hit.metadata.get("ordinal", 0)), unit.position))
        meta = doc_units[0].hit.metadata
        date = f" ({meta['date']})" if meta.get("date") else ""
        lines.append(f"**{escape(str(meta.get('title') or key))}**{date}")
        for unit in doc_units:
            citations.append(_citation(len(citations) + 1, unit))
            lines.append(f"- {escape(_BULLET.sub('', unit.text))} [{len(citations)}]")  # the document's own bullet is not repeated
        lines.append("")
    return "\n".join(lines).strip(), citations


def _citation(n: int, unit: Unit) -> Citation:
    meta = unit.hit.metadata
    page = int(meta.get("page") or 0) or None
    return Citation(
        n=n,
        source=str(meta.get("source", "")),
        title=str(meta.get("title", "")),
        page=page,
        section=str(meta.get("section") or "") or None,
        quote=unit.text,
        score=round(unit.score, 4),
    )


_MARKER = re.compile(r"(?<!\\)\[(\d+)\]")


def without_instructions(draft: Draft, question: str) -> Draft:
    """The draft without any statement that addresses an assistant or cites one; an abstention when nothing is left.

    The last check wherever a statement comes from (passages, the catalogue, a model), so a prompt injection in a
    document is never given as an answer; a question about what a document says about instructions may quote it.
    """
    if draft.abstained or quotes_instructions(question):
        return draft
    bad = {citation.n for citation in draft.citations if is_instruction(citation.quote)}
    lines = [line for line in draft.text.split("\n")
             if not is_instruction(line) and not {int(n) for n in _MARKER.findall(line)} & bad]
    if len(lines) == len(draft.text.split("\n")) and not bad:
        return draft
    used = [n for n in dict.fromkeys(int(n) for line in lines for n in _MARKER.findall(line)) if n not in bad]
    if not used:
        return Draft("The documents don't say. The only passages that match this question are instructions written to an "
                     "assistant, which Cabinet never gives as an answer.", [], True)
    number = {old: new for new, old in enumerate(used, start=1)}
    text = _MARKER.sub(lambda m: f"[{number.get(int(m.group(1)), 0)}]", "\n".join(lines)).strip()
    citations = [c.model_copy(update={"n": number[c.n]}) for c in draft.citations if c.n in number]
    return Draft(text, sorted(citations, key=lambda c: c.n), False)


def escape(text: str) -> str:
    """Markdown-escape document text so it shows as written (no links, images or emphasis from a document)."""
    return _MARKDOWN.sub(r"\\\1", text)


def abstention(question: str, weights: dict[str, float], hits: list[Hit], documents: int, missing: list[str]) -> str:
    """An honest 'the documents don't say', naming what was searched and where the nearest text was."""
    words = re.findall(r"[\w'’-]+", question)
    key_terms = [word for word in words if any(stem in weights for stem in terms(word))][:6]
    nearest: list[str] = []
    for hit in hits[:5]:
        title = str(hit.metadata.get("title") or hit.metadata.get("source"))
        if title not in nearest:
            nearest.append(title)
    text = (
        f"The documents don't say. I searched {documents} document{'s' if documents != 1 else ''} for "
        f"{', '.join(escape(term) for term in key_terms) or 'this question'} and found no passage that answers it."
    )
    if missing:
        text += f" No passage mentions {', '.join(missing)}."
    if nearest:
        text += " The nearest passages, which do not answer it, were in: " + "; ".join(escape(t) for t in nearest[:3]) + "."
    return text


def extractive_answer(
    question: str,
    earlier: str,
    hits: list[Hit],
    retriever: Retriever,
    *,
    documents: int,
    min_coverage: float,
    min_similarity: float,
    limit: int = 4,
) -> Draft:
    """Build the cited extractive answer, or abstain when the evidence is weak."""
    weights = query_weights(question, earlier, retriever)
    units = rerank_by_meaning(score_units(hits, weights, question), question, retriever)
    best_dense = max((hit.dense for hit in hits), default=0.0)
    best_coverage = max((unit.coverage for unit in units), default=0.0)
    missing = missing_specifics(question, hits)
    if WANTS_NUMBER.search(question):
        # "How many ...?" is answered only by a passage that has a number and most of the question's terms.
        best_coverage = max((unit.coverage for unit in units if has_quantity(unit.text)), default=0.0)
        min_coverage = max(min_coverage, NUMBER_COVERAGE)
    money = bool(WANTS_MONEY.search(question)) and not in_parts(question)
    if money:
        # "How much does it cost / charge / save" is answered by a sum of money, not by another number.
        best_coverage = max((unit.coverage for unit in units if _MONEY.search(unit.text)), default=0.0)
    if not units or best_coverage < min_coverage or best_dense < min_similarity or missing:
        return Draft(abstention(question, weights, hits, documents, missing), [], True)
    unspoken = _unspoken_subject(question, weights, units, hits)
    if unspoken:
        return Draft(abstention(question, weights, hits, documents, unspoken), [], True)
    period = asked_period(question)
    if period and not _period_met(units, period, question):
        measured = [word for word in re.findall(r"[A-Za-z][\w’'-]*", question) if set(terms(word)) & _measured(question, _named_by(units[0].hit.metadata))]
        return Draft(f"The documents don't say: no passage I found gives {escape(' '.join(measured) or 'this')} "
                     f"for {_period_text(period)}. The nearest passages are about other years.", [], True)
    if period:
        for unit in units:  # a figure for the year asked leads, not the same figure for another year
            if _names_period(unit.hit.metadata, period) or _gives_period(unit.text, _measured(question, _named_by(unit.hit.metadata)), period):
                unit.score += PERIOD_BONUS
    if not asks_across(question) and not ASKS_EARLIER.search(question):
        _prefer_current(units, bool(ASKS_CURRENT.search(question)))
    if asks_across(question):
        text, citations = compose(select_across(units, question, min_coverage), by_date=True)
        count = len({citation.source for citation in citations})
        if count > 1:
            text = f"{count} documents, oldest first:\n\n{text}"
        return Draft(text, citations, False)
    if money:
        units = [unit for unit in units if _MONEY.search(unit.text)]
    chosen = select_units(units, question, limit, weights=weights)
    if not chosen:  # a sum asked for and no passage that gives one
        return Draft(abstention(question, weights, hits, documents, []), [], True)
    text, citations = compose(chosen)
    return Draft(text, citations, False, max(unit.score for unit in chosen), frozenset().union(*(unit.said for unit in chosen)))


SUPERSEDED = 0.75  # what a statement of an edition that a later one replaces counts for, when no earlier time is asked


def _prefer_current(units: list[Unit], now: bool = False) -> None:
    """A question that names no year or earlier time asks where things stand now: statements of a report that a later
    one of the same series (same kind, titles alike but for the years) replaces count for less; when it says 'now' or
    'at the moment', those of any paper a later one among the passages replaces do."""
    metas = {str(unit.hit.metadata.get("source")): unit.hit.metadata for unit in units}
    replaced = {source for source, meta in metas.items()
                if any(str(other.get("date") or "") > str(meta.get("date") or "~")
                       and (now or other.get("doc_type") == meta.get("doc_type") and same_titles(meta, other, SERIES_SHARE))
                       for other in metas.values() if other is not meta)}
    for unit in units:
        if str(unit.hit.metadata.get("source")) in replaced:
            unit.score *= SUPERSEDED


_SPECIFIC = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]+[A-Za-z]*|\d{2,4}(?:/\d{2,4})?)\b")


def missing_specifics(question: str, hits: list[Hit]) -> list[str]:
    """Names and numbers of the question (capitalised words inside it, years) that no retrieved passage contains."""
    evidence = " ".join(f"{hit.text} {hit.metadata.get('title', '')}" for hit in hits).lower()
    found = []
    for word in _SPECIFIC.findall(question):
        token = word.lower()
        if token in PASSAGE_FRAME_WORDS or len(token) < 3:
            continue
        if not re.search(rf"\b{re.escape(token)}", evidence):
            found.append(word)
    return found


# A year or financial year, never digits of a reference code ('ODR-2025-117' names a decision, not 2025/17).
_YEAR = re.compile(r"(?<![\w/-])((?:19|20)\d\d)(?:\s*[/–-]\s*(\d{4}|\d{2}))?(?![\w/-])")
_MONEY = re.compile(r"[£$€]\s?\d|\d\s?(million|billion|bn|m|k)\b|\b\d[\d,]*\s?(pounds|pence|p)\b", re.IGNORECASE)
PERIOD_REACH = 12  # words: a figure's year is the year written nearest to the thing it measures
PERIOD_BONUS = 0.15  # added to the score of a statement that gives the year a question asks about




def asked_period(question: str) -> tuple[str, str] | None:
    """The one year or financial year a question asks a figure for, as (start year, two-digit end or ''), else None.

    "Since 2019" or "up to 2027/28" names a span to compare or run over, not the one year a figure must be for.
    """
    question = MONTH_SPAN.sub(r"in \1", question)
    if SINCE.search(question):
        return None
    asked = {(m.group(1), (m.group(2) or "")[-2:]) for m in _YEAR.finditer(question)}
    return asked.pop() if len(asked) == 1 else None


def _is_period(token: str, period: tuple[str, str]) -> bool | None:
    """True when a word is the asked period, False when it is another year, None when it is no year."""
    match = _YEAR.fullmatch(token.strip(".,;:()"))
    if not match:
        return None
    return match.group(1) == period[0] and (not period[1] or (match.group(2) or "")[-2:] == period[1])


SUBJECT_WORDS = 3  # the question's rarest words; a passage answer must say at least one of them (an idiom's words are rare too)


def _unspoken_subject(question: str, weights: dict[str, float], units: list[Unit], hits: list[Hit]) -> list[str]:
    """The question's rarest words when no candidate statement (nor its title or heading) says any of them, else [].

    "What is the capital programme?" answered from a revenue budget says neither "capital" nor "programme": it is
    the nearest passage, not an answer. Council names and years are left to the scope and period checks.
    """
    councils = {term for hit in hits for term in terms(str(hit.metadata.get("council") or ""))}
    subject = sorted((term for term in weights if term not in councils and not term[:1].isdigit()), key=lambda t: -weights[t])
    rarest = subject[:SUBJECT_WORDS]
    best = sorted(units, key=lambda unit: unit.score, reverse=True)[:MEANING_CANDIDATES]
    for unit in best:
        framing = set(terms(f"{unit.hit.metadata.get('title', '')} {unit.hit.metadata.get('section', '')}"))
        if any(term in unit.said or term in framing for term in rarest):
            return []
    words = [word for word in re.findall(r"[\w’'-]+", question) if set(terms(word)) & set(rarest)]
    return list(dict.fromkeys(words)) if len(rarest) >= 2 else []


def _names_period(meta: dict, period: tuple[str, str]) -> bool:
    """Whether a document is of the asked period: its title states it, or (for a calendar year) it is dated in it."""
    if any(_is_period(word, period) for word in str(meta.get("title", "")).split()):
        return True
    return not period[1] and str(meta.get("date") or "").startswith(period[0])


def _period_met(units: list[Unit], period: tuple[str, str], question: str) -> bool:
    """Whether some statement gives the asked year for what the question measures (the year nearest that word).

    "Visits 2021/22 ... Forecast energy cost 2023/24" does not give visits for 2023/24: the year nearest "Visits" is
    2021/22. When every key word of the question names the document, the year need only be stated.
    """
    for unit in units:
        if _names_period(unit.hit.metadata, period):
            return True  # "the 2025/26 budget", "in 2019" of a 2019 report: the year picks the document
        if _gives_period(unit.text, _measured(question, _named_by(unit.hit.metadata)), period):
            return True
    return False


def _named_by(meta: dict) -> set[str]:
    """The words a document's title and council give it: they name the document, not what a figure measures."""
    return set(terms(f"{meta.get('title', '')} {meta.get('council') or ''}"))


def _measured(question: str, named: set[str]) -> set[str]:
    """The question's words for what is measured: not the document's `named` words, a name in it, a year or a frame word.

    "Upton Pool's visits in 2023/24": the name picks the row, the year is asked, "visits" is what is measured.
    """
    return {term for term in terms(question)
            if term not in named | named_terms(question) | PASSAGE_FRAME_TERMS and not term[:1].isdigit()}


def _period_text(period: tuple[str, str]) -> str:
    return f"{period[0]}/{period[1]}" if period[1] else period[0]


def _gives_period(text: str, measure: set[str], period: tuple[str, str]) -> bool:
    """Whether a text states the asked period, and (when there are measure words) states it nearest one of them."""
    words = text.split()
    years = [(index, asked) for index, word in enumerate(words) if (asked := _is_period(word, period)) is not None]
    if not any(asked for _, asked in years):
        return False
    if not measure:
        return True
    for index, word in enumerate(words):
        if set(terms(word)) & measure:
            distance, asked = min((abs(at - index), asked) for at, asked in years)
            if asked and distance <= PERIOD_REACH:
                return True
    return False


def period_unmet_by(question: str, draft: Draft, documents: list[dict]) -> str | None:
    """For an answer from the document models: the year asked when no line gives it for what the question measures."""
    period = asked_period(question)
    if period is None or draft.abstained:
        return None
    cited = [doc for doc in documents if doc.get("source") in {citation.source for citation in draft.citations}]
    if any(_names_period(doc, period) for doc in cited):
        return None
    measure = _measured(question, set().union(*(_named_by(doc) for doc in cited)))
    if any(_gives_period(line, measure, period) for line in draft.text.split("\n")):
        return None
    return _period_text(period)


def unmet_period(question: str, answer: str) -> str | None:
    """The one year or financial year a question names ("in 2023/24") when the answer never states it, else None.

    A figure for another year is not an answer: "visits in 2023/24" answered with 2021/22's is a wrong answer.
    """
    period = asked_period(question)
    if period is None:
        return None
    year, end = period
    for m in _YEAR.finditer(answer):
        if m.group(1) == year and (not end or (m.group(2) or "")[-2:] == end):
            return None
    if not end and re.search(rf"\b{year}-\d\d-\d\d\b", answer):
        return None
    return _period_text(period)


def unmet_designator(question: str, answer: str) -> str | None:
    """'phase 3' when the answer speaks of the same kind of thing under other designators ('phase 2') but never this one.

    "Which schools are in phase 3?" answered with phase 2's schools, or "Block B" with Block A's start date, is the
    nearest passage, not an answer.
    """
    answer = QUARTER.sub(r"quarter \1", answer)
    for kind, mark in DESIGNATED.findall(QUARTER.sub(r"quarter \1", question)):
        said = {m.upper() for m in re.findall(rf"\b{re.escape(kind)}s? {DESIGNATOR}", answer, re.I)}
        if said and mark.upper() not in said:
            others = " and ".join(f"{kind.lower()} {other}" for other in sorted(said))
            return f"{kind.lower()} {mark}: the nearest passages are about {others}"
    return None


# A reference code a question names ('risk SR14', 'QV-IP-05', 'IA24-07.1', 'KD/2025/0388'): two capitals or more, then figures.
# One capital and a figure or two ('recommendation R8', 'saving S12') is a code too, but for a quarter ('Q3').
_CODE = re.compile(r"(?<![\w/-])(?:[A-Z]{2,}(?:[-/][A-Z]+)*[-/]?\d+(?:[-/.]\w+)*|(?!Q[1-4]\b)[A-Z]\d{1,2}[A-Z]?)(?![\w/-])")


def unmet_reference(question: str, answer: str) -> str | None:
    """A reference code the question names that the answer never gives: 'SR14' answered with SR09's score is the
    nearest passage, not an answer."""
    said = answer.upper()
    return next((code for code in _CODE.findall(question) if code.upper() not in said), None)


_PERIOD = re.compile(r"\b(?:19|20)\d\d(?:\s*/\s*\d{2,4})?\b")


def compared_periods(question: str) -> list[tuple[str, str, str | None]]:
    """Each period a comparing question names, oldest first, as (label, the question asked of it alone, for 'now': the
    year the documents must be dated after); [] for a question that compares no periods.

    "How have visits changed between 2022 and 2024?" is asked as "How have visits in 2022?" and "... in 2024?": the
    words are what the answerers score, so the comparison's own words are left out, not rephrased.
    """
    periods = sorted(dict.fromkeys(" ".join(m.group(0).split()) for m in _PERIOD.finditer(question)))
    now = NOW.search(question) or re.search(r"\bsince\b", question, re.IGNORECASE)  # 'changed since 2019': then and now
    if not COMPARES.search(question) or not (len(periods) >= 2 or (len(periods) == 1 and now)):
        return []
    stripped = NOW.sub(" ", COMPARING_WORDS.sub(" ", _PERIOD.sub(" ", question)))
    stripped = re.sub(r"(\s*\b(and|in|at|to|with|of|for|by)\b)+\s*(?=[,?.!]|$)", "", stripped)  # 'between and' left behind
    base = " ".join(re.sub(r"\s*,\s*(?=,|$)|[?.!]", " ", stripped).split()).strip(" ,")
    parts: list[tuple[str, str, str | None]] = [(period, f"{base} in {period}?", None) for period in periods]
    if len(periods) == 1:
        parts.append(("now", f"{base}?", periods[0][:4] + "-12-31"))
    return parts


def merge_drafts(drafts: list[Draft]) -> Draft:
    """One answer of several, in order, their citations renumbered so each marker still points at its quote.

    A statement an earlier part already gave is not given again; a document heading left with nothing under it goes too.
    """
    texts: list[str] = []
    citations: list[Citation] = []
    given: set[str] = set()  # statements already given, markers aside: a row's other cell, cited by the same row, is not one
    last = ""  # the last document heading given

    def given_words(line: str) -> set[str]:
        """The words of the given statement that holds most of this line's (every word, when one says it all)."""
        return max((_words(said) for said in given), key=lambda words: len(words & _words(line)), default=set())
    for draft in drafts:
        numbers: dict[int, int] = {}
        repeated: set[int] = set()
        for citation in draft.citations:
            same = next((c for c in citations if (c.source, c.page, c.quote) == (citation.source, citation.page, citation.quote)), None)
            if same is not None:
                numbers[citation.n] = same.n
                repeated.add(citation.n)
            else:
                numbers[citation.n] = len(citations) + 1
                citations.append(citation.model_copy(update={"n": len(citations) + 1}))
        lines = []
        for index, line in enumerate(draft.text.split("\n")):
            cited = [int(n) for n in _MARKER.findall(line)]
            if line.lstrip().startswith("-") and cited and all(n in repeated for n in cited) and _words(line) <= given_words(line):
                continue
            if line.startswith("**") and not cited:
                if line == last and any(later.lstrip().startswith("-") for later in _until_heading(draft.text.split("\n")[index + 1:])):
                    continue  # the heading of the document the answer ends with: its new statements follow under it
                last = line
            lines.append(_MARKER.sub(lambda m, numbers=numbers: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", line))
        given |= {_statement(line) for line in lines if line.lstrip().startswith("-")}
        kept = [line for index, line in enumerate(lines)
                if not (line.startswith("**") and not any(later.lstrip().startswith("-") for later in _until_heading(lines[index + 1:])))]
        if any(line.strip() for line in kept):
            texts.append("\n".join(kept).strip())
    return Draft("\n\n".join(texts), citations, False, max(draft.strength for draft in drafts))


def statements(text: str) -> set[str]:
    """The bulleted statements of an answer, markers aside."""
    return {_statement(line) for line in text.split("\n") if line.lstrip().startswith("-")}


def _words(line: str) -> set[str]:
    """A statement's words and figures, lower-cased, markers and punctuation aside."""
    return set(re.findall(r"[\w£$€%]+(?:[.,/][\w]+)*", _statement(line).lower()))


def _statement(line: str) -> str:
    """A line of an answer without its citation markers, to tell one statement from another."""
    return " ".join(_MARKER.sub(" ", line).split())


def _until_heading(lines: list[str]) -> list[str]:
    """The lines before the next document heading ('**Title** (date)')."""
    for index, line in enumerate(lines):
        if line.startswith("**"):
            return lines[:index]
    return lines
