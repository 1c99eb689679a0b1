"""Papers of invented councils read into catalogue entries with their models, and answers over them whose every
citation is checked verbatim against its page: shared by the status, finance and plan-table tests."""

from __future__ import annotations

from pathlib import Path

from model_councils import fake_embed

from index.answerers import Matcher, answer_from_model
from ingest.layout import collapse
from ingest.readers import read_document
from ingest.reading import read_model

MATCHER = Matcher(fake_embed)


def read_papers(paths: list[Path]) -> dict[str, tuple[dict, object]]:
    """Each paper's catalogue entry (with its model) and its parsed document, by file name."""
    found = {}
    for path in paths:
        parsed = read_document(path)
        model = read_model(parsed)
        entry = {"source": path.name, "title": model.title, "date": model.date, "doc_type": model.doc_type,
                 "council": model.council, "model": model.to_dict()}
        found[path.name] = (entry, parsed)
    return found


def ask_papers(papers: dict[str, tuple[dict, object]], question: str, *names: str):
    """The model's answer over the named papers (all when none are named); every citation verbatim on its page."""
    docs = {name: entry for name, (entry, _) in papers.items() if not names or name in names}
    draft = answer_from_model(question, docs, None, "", MATCHER, prose=lambda document: [(page.number, page.text) for page in papers[document.doc["source"]][1].pages])
    assert draft is not None and not draft.abstained, question
    for citation in draft.citations:
        parsed = papers[citation.source][1]
        pages = [p for p in parsed.pages if citation.page is None or p.number == citation.page]
        text = collapse(" ".join(p.text for p in pages)).lower()
        assert len(citation.quote) >= 8 and collapse(citation.quote).lower() in text, citation
        assert f"[{citation.n}]" in draft.text
    return draft
