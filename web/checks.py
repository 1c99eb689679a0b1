"""What the app and its API check before a question reaches the answer step, in plain words."""

from __future__ import annotations

from cabinet.settings import Settings
from index.models import is_date
from web.sources import TYPE_LABELS


def catalogue(settings: Settings) -> dict[str, dict]:
    """The catalogue's documents by id (read from disk: cheap, and current after uploads)."""
    from index.catalogue import Catalogue

    return Catalogue(settings.store_path).documents


def filters_of(types, councils, docs, since, until):
    """The Filters the inputs name (already checked by question_problems)."""
    from index.models import Filters

    return Filters(sources=list(docs or []), types=list(types or []), councils=list(councils or []),
                   since=(since or "").strip() or None, until=(until or "").strip() or None)


def question_problems(settings: Settings, message: str, types, docs, since, until) -> dict[str, str]:
    """What is wrong with a question and its filters, in plain words, by the input it concerns ({} when it can be asked)."""
    problems: dict[str, str] = {}
    message = " ".join((message or "").split())
    documents = catalogue(settings)
    if not message:
        problems["question"] = "Type a question about the documents."
    elif len(message) > settings.max_question_chars:
        problems["question"] = (f"That question is {len(message):,} characters long. Please shorten it to "
                                f"{settings.max_question_chars:,} characters or fewer.")
    elif not documents:
        problems["question"] = "There are no documents yet. Upload some in the Documents tab, then ask."
    for name, value in (("since", since), ("until", until)):
        if value and not is_date(value.strip()):
            problems[name] = f"'{value}' is not a date. Write it as 2019, 2019-07 or 2019-07-15."
    if since and until and "since" not in problems and "until" not in problems and since.strip() > until.strip()[: len(since.strip())]:
        problems["until"] = f"The 'to' date {until} is before the 'from' date {since}."
    unknown_types = set(types or []) - set(TYPE_LABELS)
    if unknown_types:
        problems["types"] = f"No document type {', '.join(sorted(unknown_types))}. Choose from the list."
    unknown = set(docs or []) - {doc["source"] for doc in documents.values()}
    if unknown and documents:
        problems["docs"] = f"No document named {', '.join(sorted(unknown))} in the library. Pick one from the list."
    return problems
