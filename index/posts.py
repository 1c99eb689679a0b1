"""Posts a question names ('the Cabinet Member for Libraries', 'who chairs the Audit Committee'), and whether a passage
names them.

The kinds of post, in the words councils print for each, are ingest/vocabulary.toml's [posts]; what a post covers (its
remit) is read from the question. Written here because a who-question about a post no document names must be told so:
the field matcher and the passages would each find the nearest person instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.intents import POST_DOCUMENT_WORDS, POST_PLACE_WORDS, POST_STOPS, POST_VERBS
from index.retrieval import terms
from ingest.vocabulary import Vocabulary, fold

REMIT_WORDS = 6  # what a post covers takes a few words ('for Adult Social Care', 'of the Audit and Governance Committee')
NEAR = 8  # words of a passage after (or before) a post's kind within which its remit is said
_LINKS = ("for", "of", "the")  # 'Portfolio Holder for the Environment'
_JOINS = ("the", "and", "of", "&", "for")  # small words inside a post's name ('Audit and Governance Committee')
_BREAK = re.compile(r"[.;:()\[\]|\n]")  # a post and its remit stand in one phrase, never across a sentence or a label


@dataclass(frozen=True)
class Post:
    """A post a question names: its kind (a [posts] name), the words the question said, and its remit's stemmed words."""

    kind: str
    said: str
    remit: frozenset[str]


def asked_posts(question: str, vocabulary: Vocabulary, places: set[str] | frozenset[str] = frozenset()) -> list[Post]:
    """The posts a question names by their remit ('Cabinet Member for Libraries', 'chairs the Licensing Committee');
    `places` are stemmed words that name a council, never part of what a post covers."""
    kinds = {fold(form): kind for kind, forms in vocabulary.posts.items() for form in forms}
    if not kinds:
        return []
    forms = "|".join(r"[\s-]+".join(map(re.escape, form.split())) for form in sorted(kinds, key=len, reverse=True))
    verbs = "|".join(verb for words in POST_VERBS.values() for verb in words)
    found: list[Post] = []
    patterns = [(re.compile(rf"\b(?P<form>{forms})\s+(?P<link>for|of)\s+(?P<remit>[^?.,;:!()]+)", re.I), None)]
    if verbs:
        patterns.append((re.compile(rf"\bwho\s+(?P<form>{verbs})\s+(?P<remit>[^?.,;:!()]+)", re.I), "verb"))
    for pattern, how in patterns:
        for match in pattern.finditer(question):
            if _plan_node(match.group("remit"), vocabulary):
                continue  # 'the Cabinet Member for Goal 1': a plan's node, whose lead its own line names
            said = _remit(match.group("remit"))
            remit = frozenset(terms(said)) - set(places) - set(terms(POST_PLACE_WORDS))
            if not remit or set(_remit(match.group("remit"), names=False).lower().split()) & set(POST_DOCUMENT_WORDS):
                continue  # 'the lead member for the Dunmere parking report' asks that report's front sheet, not a post
            if how == "verb":
                kind = next(kind for kind, words in POST_VERBS.items() if match.group("form").lower() in words)
                found.append(Post(kind, f"{kind} of {said}", remit))
            else:
                found.append(Post(kinds[fold(match.group("form"))], f"{match.group('form')} {match.group('link')} {said}", remit))
    return found


def _plan_node(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a remit is a plan level with its number or letter ('Goal 1', 'the Priority 2A', 'Objective 3.1', 'Theme B')."""
    levels = "|".join(re.escape(name) for name in sorted(vocabulary.level_names, key=len, reverse=True))
    return bool(levels) and bool(re.match(rf"\s*(?:the\s+)?(?:{levels})\s+(?:\d{{1,2}}(?:\.\d{{1,2}})*[A-Za-z]?|[A-Z])\b", text, re.I))


def _remit(text: str, names: bool = True) -> str:
    """What a post covers, as the question says it: a capitalised name whole ('the Audit and Governance Committee'),
    else (or without `names`) its first words, up to a word that starts the question's next part ('adult social care in Dunmere')."""
    words: list[str] = []
    named = False
    for word in text.split():
        bare = re.sub(r"['’]s$", "", word).lower()
        if bare in POST_STOPS or sum(1 for w in words if w.lower() not in _JOINS) >= REMIT_WORDS:
            break
        if word[:1].isupper():
            named = True
        elif names and named and bare not in _JOINS:
            break  # 'the Head of Planning lead': a name ends at its first lower-case word
        words.append(word)
    while words and words[-1].lower() in _JOINS:
        words.pop()
    return " ".join(words)


def names_post(post: Post, text: str, vocabulary: Vocabulary, framing: str = "", idf: Callable[[str], float] | None = None) -> bool:
    """Whether a passage names the post: one of its kind's words with its remit said beside it ('Portfolio Holder for
    Libraries, Culture and Heritage', 'Libraries Cabinet Member') or by the passage's `framing` (its document's title,
    its section: '(Chair)' in the Present list of the Planning Committee's minutes).

    With `idf`, half the remit's words are enough when they include its most distinctive one ('the housing repairs task
    and finish group' is named by 'Chair of the Task and Finish Group'); without, every word must be said.
    """
    forms = [fold(form).split() for form in vocabulary.posts.get(post.kind, [])]
    folded = f" {fold(text)} "
    if not any(f" {' '.join(form)} " in folded for form in forms if form):
        return False  # most passages name no post of the kind: one scan of the text settles them
    framed = post.remit & set(terms(framing))
    rarest = max(sorted(post.remit), key=idf) if idf else None
    for phrase in _BREAK.split(text):
        words = re.findall(r"[a-z0-9]+", phrase.lower())
        for start in range(len(words)):
            for form in forms:
                end = start + len(form)
                if not form or words[start:end] != form:
                    continue
                said = framed | _beside(words, start, end, post.remit)
                if said == post.remit or (rarest in said and 2 * len(said) >= len(post.remit)):
                    return True
    return False


def _beside(words: list[str], start: int, end: int, remit: frozenset[str]) -> frozenset[str]:
    """The remit's words said right after the post's kind (past 'for', 'of', 'the'), or right before it."""
    after = end
    while after < len(words) and after - end < 2 and words[after] in _LINKS:
        after += 1
    found: set[str] = set()
    following = words[after : after + NEAR]
    if following and set(terms(following[0])) & remit:
        found |= remit & set(terms(" ".join(following)))
    preceding = words[max(0, start - NEAR) : start]
    if preceding and set(terms(preceding[-1])) & remit:
        found |= remit & set(terms(" ".join(preceding)))
    return frozenset(found)
