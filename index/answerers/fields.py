"""Front-sheet fields: a named document's fields (whoever's report it is, its recommendations whole, what it is about),
and the same field across documents ('which reports are key decisions', 'which reports affect ward X').

Which field a question asks for is decided by the matcher against the vocabulary's printed labels and the
example questions of intents.FIELD_QUESTIONS, so any house style's label and any paraphrase meet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from index.answer import Draft, escape, named_terms
from index.answerers import cells as grid
from index.answerers.base import Ask, Cited, Document, heading, named_document, same_series
from index.answerers.prose import sentences
from index.intents import (
    ABOUT_FIELDS,
    ACROSS_WORDS,
    BARE_CLAUSE_FIELDS,
    CONTACT_FIELDS,
    FIELD_CUES,
    FIELD_FALLBACKS,
    FIELD_QUESTIONS,
    NEGATED,
    NONE_VALUE,
    PERSON_FIELDS,
    STATUS_FIELDS,
    UNASKED_FIELDS,
    YES,
    cues,
    document_terms,
    frame_terms,
    telling_label,
)
from index.retrieval import terms
from ingest.model import Field
from ingest.vocabulary import Vocabulary, fold, label_key

FIELD_MIN = 0.5  # a field is asked for when a question scores this against its labels or example questions
SPOKEN_WANT = 0.92  # a question saying a field's label whole, of a document that has that field
MARGIN = 0.05  # fields within this of the best are asked for too ('who wrote it and who is the contact')
COMMON_FIELDS = 3  # a word in the labels or example questions of this many fields is common to them
_NUMBERED = re.compile(r"(?:^|\s)(?=(?:\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s)")  # where '1. ', '(b) ' starts the next numbered part
_PARTS = re.compile(r"(?<=[.;])\s+|\s+(?=\d{1,2}(?:\.\d{1,2})+\.?\s)")  # a value's sentences and numbered paragraphs ('2.2. No other ...')
_FUNDING = re.compile(r"\b(funding|funded|sources? of (funds|funding)|source)\b", re.I)  # a table of where the money comes from
# A sentence telling readers whom to ask, with a number or address to reach them by.
_REACH = re.compile(r"\b(contact|enquiries|queries|questions about|get in touch|speak to)\b", re.I)
_PHONE_OR_EMAIL = re.compile(r"\b0\d{2,4}[ \d]{5,}\d\b|\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_CLAUSES = re.compile(r"\s*(?:,|;|\band\b|\balso\b|\bplus\b)\s*", re.I)


def candidates(ask: Ask, documents: list[Document], exclude: tuple[str, ...] = (*STATUS_FIELDS, *UNASKED_FIELDS)) -> dict[str, list[str]]:
    """Each field name the documents or vocabulary know, with the texts a question about it may resemble."""
    texts: dict[str, list[str]] = {}
    for name, labels in ask.vocabulary.fields.items():
        texts[name] = [*labels, *FIELD_QUESTIONS.get(name, [])]
    for document in documents:
        for item in document.model.fields:
            texts.setdefault(item.name, []).append(item.label)
    return {name: list(dict.fromkeys(found)) for name, found in texts.items() if name not in exclude}


def field_scores(ask: Ask, question: str, texts: dict[str, list[str]]) -> dict[str, float]:
    """How well the question matches each field (its best label or example question)."""
    flat = [(name, text) for name, found in texts.items() for text in found]
    # A word in the texts of many fields ('report', 'officer') tells none of them apart.
    spread = Counter(term for name, found in texts.items() for term in {t for text in found for t in terms(text)})
    common = frozenset(term for term, n in spread.items() if n >= COMMON_FIELDS)
    scored = ask.matcher.scores(question, [text for _, text in flat], common=common)
    best: dict[str, float] = {}
    for (name, _), score in zip(flat, scored):
        best[name] = max(best.get(name, 0.0), score)
    return best


def asked_fields(ask: Ask, question: str, texts: dict[str, list[str]], drop: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, float]]:
    """The fields a question asks for, clause by clause, best first; `drop` are words that name the document, not a field.

    Clauses are cut on the question as asked (its commas and 'and's), so each part of 'which meeting, on what date,
    and what reference' finds its own field.
    """
    chosen: dict[str, float] = {}
    # Capitalised words that are no label's (a person, a place) name what the field holds, not which field is asked.
    label_words = set(terms(" ".join(form for forms in [*ask.vocabulary.fields.values(), *texts.values()] for form in forms)))  # 'Section 75 screening' printed
    drop = set(drop) | (named_terms(question) - label_words)
    clauses = [c for c in _CLAUSES.split(question) if c.strip()] or [question]
    if "meeting_date" in texts and any(_WHEN_CONSIDERED.match(fold(part)) for part in [question, *clauses]):
        chosen["meeting_date"] = FIELD_MIN  # 'when did the scrutiny board look at it': the date of the meeting that did
    # A label's words said together ask for it in the clause that says them, not in every clause ('the Forward Plan
    # reference' keeps 'plan' there; 'the Member for the corporate plan refresh' still drops it).
    for clause in dict.fromkeys(without(part, drop - spoken_label_terms(ask, part)) for part in [question, *clauses]):
        if not clause.strip():
            continue
        bare = fold(clause)
        if bare in BARE_CLAUSE_FIELDS:  # '..., and when?': the word alone says which field
            chosen.update({name: max(chosen.get(name, 0.0), FIELD_MIN) for name in BARE_CLAUSE_FIELDS[bare] if name in texts})
            continue
        scores = field_scores(ask, clause, texts)
        top = max(scores.values(), default=0.0)
        for name, score in scores.items():
            if score >= FIELD_MIN and score >= top - MARGIN:
                chosen[name] = max(chosen.get(name, 0.0), score)
    return sorted(chosen.items(), key=lambda item: item[1], reverse=True)


_WHEN_CONSIDERED = re.compile(r"^when (did|was|were|will|is|does)\b.{0,80}\b(look(ed)? at|consider\w*|discuss\w*|see|saw|seen|meet|met|take|took)\b")


def spoken_fields(ask: Ask, question: str) -> set[str]:
    """The fields whose printed label the question says whole ('forward plan reference'; one word only for the people
    behind a report: 'portfolio', 'author'), status fields aside."""
    spoken = f" {fold(question)} "
    return {name for name, forms in ask.vocabulary.fields.items() if name not in STATUS_FIELDS for form in forms
            if fold(form) and f" {fold(form)} " in spoken and (len(fold(form).split()) > 1 or name in (*PERSON_FIELDS, "contact")) and telling_label(form)}


def spoken_label_terms(ask: Ask, question: str) -> set[str]:
    """Words of a field label whose first two words the question says together ('forward plan', 'cabinet member'):
    they ask for the field even when the document's title has them too ('the forward plan of Fair Start')."""
    spoken = f" {fold(question)} "
    kept: set[str] = set()
    for forms in ask.vocabulary.fields.values():
        for form in forms:
            words = fold(form).split()
            if len(words) >= 2 and f" {words[0]} {words[1]} " in spoken:
                kept |= set(terms(" ".join(words[:2])))
    return kept


def without(question: str, drop: set[str]) -> str:
    """The question without the words whose stems are in `drop` (a document's title words name it, they ask nothing)
    and without its figures (a year or number names a document or a row, never a field)."""
    words = re.findall(r"[\w'’-]+", question)
    return " ".join(word for word in words if not (set(terms(word)) and set(terms(word)) <= drop) and not re.fullmatch(r"[\d/.-]+", word))


def render_fields(cited: Cited, document: Document, found: list[Field], section: str = "front sheet") -> None:
    """One cited line per field, its printed label and value; numbered parts of a value (recommendations) one per line."""
    for item in found:
        marker = cited.cite(document, item.page, item.quote, section)
        label = item.label.strip().rstrip(":?").strip()
        parts = [p.strip() for p in _NUMBERED.split(" ".join(item.value.split())) if p.strip()]
        if len(parts) > 1:
            cited.add(f"- {escape(label)} {marker}:")
            cited.lines += [f"  - {escape(part)}" for part in parts]
        else:
            cited.add(f"- {escape(label)}: {escape(' '.join(item.value.split()))} {marker}")
        table = _introduced_table(document, item)
        for row in range(len(table.rows)) if table else []:
            said = grid.described(table, row, [], grid.label_column(table))
            cited.lines.append(f"  - {escape(said)} {cited.cite(document, table.row_page(row), table.row_quote(row), table.heading)}")


def _introduced_table(document: Document, item: Field):
    """The table a field's value leads into ('It is funded as follows:'): one under a heading that carries the field's label;
    for the financial implications, the table of funding the report sets out ('Business case and funding', 'Source')."""
    if item.name == "financial":
        funding = next((table for table in document.model.tables if table.rows and _FUNDING.search(" ".join([table.heading or "", *table.header]))), None)
        if funding is not None:
            return funding
    if not item.value.rstrip().endswith(":"):
        return None
    label = set(terms(item.label))
    return next((table for table in document.model.tables if label and label <= set(terms(table.heading or "")) and table.rows), None)


class FieldAnswerer:
    """A named document's front-sheet fields, or one field across documents."""

    name = "fields"

    def wants(self, ask: Ask) -> float:
        """High for 'who do I contact', 'tell me about'; otherwise as well as the question matches some field."""
        found = cues(FIELD_CUES, ask.question)
        if found & {"contact", "about", "asked"}:
            return 0.85
        named = ask.named()
        if named is not None and spoken_fields(ask, ask.question) & {f.name for f in named.model.fields}:
            return SPOKEN_WANT  # 'which portfolio does report X fall under': X's own label, said whole, outweighs a 'where' cue
        question = without(ask.question, ask.title_terms(named))
        best = max(field_scores(ask, question, candidates(ask, ask.documents)).values(), default=0.0)
        return min(0.8, max(best, 0.5 if "who" in found else 0.0))

    def answer(self, ask: Ask) -> Draft | None:
        """The fields asked of the named document, the same field across documents, or an honest 'does not say'."""
        found = cues(FIELD_CUES, ask.question)
        explicit = named_document(ask.question, ask.documents)
        if "across" in found and explicit is None:
            return self._across(ask)
        post = self._post_named(ask) if "contact" in found else None
        if explicit is not None and post is not None and _contact_words(ask, post) <= _contact_words(ask, explicit, titled=True):
            post = None  # 'the capital programme report' names its paper; 'the pest control programme' a contact line naming it
        document = post or _report_in_pack(ask, explicit) or ask.named() or self._holder(ask, found)
        if document is None:
            return None
        if "contact" in found and not {f.name for f in document.model.fields} & set(CONTACT_FIELDS):
            written = prose_contact(ask, document)  # a plan with no front sheet: 'for questions about the plan contact ...'
            if written is not None:
                return written
        drafted = self._asked_of(document, ask, found)
        if drafted is not None and drafted.abstained:
            # The document a question names by its title lacks every field asked: another it names (nearly) as well
            # may have them ('the School Streets report' beside the decision record on School Streets).
            holder = self._holder(ask, found)
            if holder is not None and holder is not document:
                return self._asked_of(holder, ask, found) or drafted
        return drafted

    def _asked_of(self, document: Document, ask: Ask, found: set[str]) -> Draft | None:
        """The fields a question asks of one document (its contact fields, its summary, or the fields it names)."""
        if "contact" in found:
            return self._fields(document, list(CONTACT_FIELDS), ask)
        if "about" in found:
            return self._fields(document, list(ABOUT_FIELDS), ask, abstain=False)
        if "asked" in found:
            return self._fields(document, ["recommendations"], ask)
        asked = asked_fields(ask, ask.question, candidates(ask, [document]), ask.title_terms(document))
        if not asked:
            # A field this front sheet lacks may stand in another it has ('who wrote it' of a report printing only 'Report by')
            have = {f.name for f in document.model.fields}
            wider = asked_fields(ask, ask.question, candidates(ask, ask.documents), ask.title_terms(document))
            asked = [(name, score) for name, score in wider if set(FIELD_FALLBACKS.get(name, ())) & have]
        if not asked:
            return None
        return self._fields(document, [name for name, _ in asked], ask)

    @staticmethod
    def _post_named(ask: Ask) -> Document | None:
        """For 'who is the Treasurer, and what's their number?': the one document whose contact lines name the post asked for."""
        held = [(_contact_words(ask, d), d) for d in ask.documents]
        most = max((count for count, _ in held), default=0)
        if not most:
            return None
        named = [d for count, d in held if count == most]
        latest = max(named, key=lambda d: d.date or "")
        return latest if all(d is latest or same_series(d, latest) for d in named) else None  # a series: its latest names the post now

    def _holder(self, ask: Ask, found: set[str]) -> Document | None:
        """When the question names two documents equally ('the leisure contract report'), the one whose front sheet has
        the fields asked for: a review that has no author line is not the report whose author is asked."""
        if "contact" in found:
            names = set(CONTACT_FIELDS)
        else:
            names = {name for name, _ in asked_fields(ask, ask.question, candidates(ask, ask.documents))}
        pool = [d for d in ask.documents if names & {f.name for f in d.model.fields}]
        if not names or len(pool) >= len(ask.documents):
            return None
        found = named_document(ask.question, pool, least=1, break_ties=True)
        if found is None:
            # Papers of one matter under one title (a report and the record of its decision): of those the question names,
            # the one whose front sheet has the most of the fields asked.
            fullest = sorted(pool, key=lambda d: len(names & {f.name for f in d.model.fields}))
            found = named_document(ask.question, list({d.title: d for d in fullest}.values()), least=1)
        return found

    def _fields(self, document: Document, names: list[str], ask: Ask, abstain: bool = True) -> Draft | None:
        have = {f.name for f in document.model.fields}
        # A field the front sheet lacks is answered by the nearest field it has that stands for it ('contact' -> the author).
        names = list(dict.fromkeys(n for name in names for n in ([name] if name in have else [name, *_stand_in(name, have)])))
        found = sorted((f for f in document.model.fields if f.name in names), key=lambda f: names.index(f.name))
        found += stand_ins(ask, document, [name for name in names if name not in have])
        if "seen_by" in names:
            rows = seen_rows(ask.question, ask.vocabulary, [f for f in found if f.name == "seen_by"], ask.title_terms(document))
            found = [f for f in found if f.name != "seen_by" or f in rows]
        if not found:
            if not abstain:
                return None
            label = ask.vocabulary.fields.get(names[0], [names[0].replace("_", " ")])[0]
            return Draft(f"The document does not say. I checked {heading(document)}: it gives no {escape(label.lower())}.", [], True)
        cited = Cited()
        cited.add(heading(document))
        render_fields(cited, document, found)
        return cited.draft()

    def _across(self, ask: Ask) -> Draft | None:
        """Documents whose field holds what the question names (or says yes, for a yes/no field), oldest first."""
        texts = candidates(ask, ask.documents)
        asked = asked_fields(ask, ask.question, texts)
        if not asked:
            return None
        name = asked[0][0]
        said = {t for text in texts[name] for t in terms(text)}
        value = ask.matcher.content(ask.question) - said - document_terms() - set(terms(ACROSS_WORDS))
        cited = Cited()
        rows = []
        negated = bool(NEGATED.search(ask.question))
        for document in ask.documents:
            for item in document.model.fields:
                if item.name != name:
                    continue
                if negated and not _yes_no(document, name):  # 'reports where no options were considered': the part saying none
                    part = none_part(item)
                    if part:
                        rows.append((document, item, part))
                    continue
                holds = value <= set(terms(item.value)) if value else bool(YES.match(item.value)) if _yes_no(document, name) else True
                if holds:
                    rows.append((document, item, None))
        if not rows:
            return None
        label = ask.vocabulary.fields.get(name, [name])[0]
        cited.add(f"{len(rows)} document{'s' if len(rows) != 1 else ''} (oldest first), by {escape(label.lower())}:")
        cited.add()
        for document, item, part in rows:
            said = part or " ".join(item.value.split())
            cited.add(f"- {heading(document)}: {escape(said)} {cited.cite(document, item.page, part or item.quote, 'front sheet')}")
        return cited.draft()


_ITEM = re.compile(r"^(?:agenda )?item \d{1,2}[a-z]?$", re.I)  # 'Item 5: Proposed police precept 2026/27' heads a report of a pack
PACK_NAMED = 2  # of the question's own words, this many must stand in a pack's report for it to be the one asked of


def _report_in_pack(ask: Ask, named: Document | None) -> Document | None:
    """An agenda pack's report the question names better than any paper's title names it ('who wrote the
    Commissioner's precept report' of a pack whose item 5 is the proposed precept, reported by the Commissioner): the
    item's own front sheet, as a document of its own."""
    label_words = set(terms(" ".join(form for forms in candidates(ask, []).values() for form in forms)))
    asked = set(terms(ask.question)) - frame_terms() - document_terms() - label_words
    best, most = None, PACK_NAMED - 1
    for document in ask.documents:
        for item, fields in _items(document):
            said = len(asked & set(terms(" ".join([item.value, *(field.value for field in fields)]))))
            if said > most:
                best, most = (document, item, fields), said
    if best is None or (named is not None and len(asked & set(named.title_words)) >= most):
        return None
    document, item, fields = best
    return Document(document.doc_id, {**document.doc, "title": f"{document.title}: {item.value}"},
                    replace(document.model, fields=[item, *fields]))


def _items(document: Document) -> list[tuple[Field, list[Field]]]:
    """A pack's reports: each 'Item N: title' field with the front-sheet fields after it, up to the next item."""
    found: list[tuple[Field, list[Field]]] = []
    for field in document.model.fields:
        if _ITEM.match(field.name) and len(field.value.split()) >= 2:
            found.append((field, []))
        elif found:
            found[-1][1].append(field)
    return found


def _contact_words(ask: Ask, document: Document, titled: bool = False) -> int:
    """How many of the question's own words a document's contact lines (and its title, when `titled`) say."""
    asked = set(terms(ask.question)) - frame_terms() - document_terms() - set(terms(ask.councils))
    said = " ".join(f.value for f in document.model.fields if f.name in CONTACT_FIELDS)
    return len(asked & set(terms(f"{said} {document.title}" if titled else said)))


def _stand_in(name: str, have: set[str]) -> list[str]:
    """The first field of FIELD_FALLBACKS[name] the document has ('whose report': the author before the director)."""
    return next(([other] for other in FIELD_FALLBACKS.get(name, ()) if other in have), [])


def stand_ins(ask: Ask, document: Document, missing: list[str]) -> list[Field]:
    """Seen-by rows whose role is a missing field's label: a front sheet whose 'Cabinet Member' line was not read still
    lists the Cabinet Member who saw the report."""
    forms = {label_key(form): name for name in missing for form in ask.vocabulary.fields.get(name, [])}
    return [f for f in document.model.fields if f.name == "seen_by" and label_key(f.label) in forms]


def seen_rows(question: str, vocabulary: Vocabulary, rows: list[Field], drop: set[str] | frozenset[str] = frozenset(), every: bool = True) -> list[Field]:
    """The seen-by rows a question asks about: the person it names, else the roles it names (by their words, or by the
    vocabulary's sign-off words: 'legal' is the County Solicitor), else every row (none, unless `every`); `drop` names the document."""
    labels = set(terms(" ".join(row.label for row in rows)))
    signing = {fold(word)[:5] for word in vocabulary.sign_off}
    people = {t for t in named_terms(question) - labels - set(drop) - document_terms() - frame_terms() if t[:5] not in signing}
    if people:  # a question naming a person is about that person's rows only ('Has Cllr Jane Lock been consulted as ...')
        return [row for row in rows if people <= set(terms(row.value))]
    asked = set(terms(question)) - frame_terms() - document_terms() - set(drop)
    spoken = {word[:5] for word in fold(question).split()}
    signed = {fold(role) for word, roles in vocabulary.sign_off.items() if fold(word)[:5] in spoken for role in roles}
    # A role named whole ('the Monitoring Officer') before one named in part ('which officer').
    whole = [row for row in rows if (set(terms(row.label)) and set(terms(row.label)) <= asked) or fold(row.label) in signed]
    by_role = whole or [row for row in rows if asked & set(terms(row.label))]
    return by_role or (rows if every else [])


def none_part(item: Field) -> str | None:
    """The value, or the numbered part of it, that says there is none, when that part stands in the field's quote."""
    quote = " ".join(item.quote.split())
    value = " ".join(item.value.split())
    for part in [value, *(p.strip() for p in _PARTS.split(value))]:
        if part and NONE_VALUE.match(part) and len(part) >= 8 and part in quote:
            return part
    return None


def _yes_no(document: Document, name: str) -> bool:
    """True when the field's values are answers to a yes/no question (its value starts yes or no)."""
    return any(re.match(r"^\W*(yes|no|y|n)\b", f.value, re.I) for f in document.model.fields if f.name == name)



def prose_contact(ask: Ask, document: Document) -> Draft | None:
    """A document's own sentence saying whom to contact, with their number or address, when it has no contact lines."""
    if ask.prose is None:
        return None
    for page, sentence in sentences(ask, document):
        if _REACH.search(sentence) and _PHONE_OR_EMAIL.search(sentence):
            cited = Cited()
            marker = cited.cite(document, page, sentence)
            cited.add(f"{heading(document)}")
            cited.add(f"- {escape(sentence)} {marker}")
            return cited.draft()
    return None
