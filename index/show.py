"""What Cabinet read from one document (title, type, council, date, fields, tree, tables, resolutions), for `cabinet show`.

So an officer can see why an answer is what it is: every field with its page and verbatim quote.
"""

from __future__ import annotations

from cabinet.errors import AnswerError
from index.catalogue import Catalogue
from ingest.model import DocumentModel
from ingest.tree import render

MAX_ROWS = 12  # rows of each table printed; --json gives them all


def read_back(catalogue: Catalogue, document: str) -> tuple[dict, DocumentModel]:
    """The catalogue entry and model of a document named by file name, id or title words; AnswerError when none."""
    entry = next((doc for doc_id, doc in catalogue.documents.items() if document in (doc["source"], doc_id)), None)
    if entry is None:
        named = catalogue.named(document, threshold=1.0)
        entry = catalogue.documents.get(named) if named else None
    if entry is None:
        raise AnswerError(f"no document {document!r} in the library: `cabinet docs` lists them")
    if not entry.get("model"):
        raise AnswerError(f"{entry['source']} was read by an older Cabinet: run `cabinet ingest` on it again to see its structure")
    return entry, DocumentModel.from_dict(entry["model"])


def describe(entry: dict, model: DocumentModel) -> str:
    """The model as plain text: facts, fields with page and quote, the tree, tables (first rows) and minutes."""
    lines = [
        f"{model.title}",
        f"  file: {entry['source']}   type: {model.doc_type}   council: {model.council or '-'}   date: {model.date or '-'}",
        "",
        f"Fields ({len(model.fields)}):",
    ]
    for field in model.fields:
        page = f"p{field.page}" if field.page else "-"
        lines.append(f"  {field.name:<18} {page:>4}  {field.label}: {' '.join(field.value.split())[:160]}")
    count = sum(1 for root in model.tree for _ in root.walk())
    lines += ["", f"Tree ({count} headings and items):", render(model.tree) if model.tree else "  (none)"]
    if model.status_key:
        lines += ["", "Status key: " + "; ".join(f"{colour} = {meaning}" for colour, meaning in model.status_key.items())]
    lines += ["", f"Tables ({len(model.tables)}):"]
    for number, table in enumerate(model.tables):
        lines.append(f"  <table {number}> {table.heading or ''} (p{table.page or '-'}, {len(table.rows)} rows)")
        lines.append(f"    {' | '.join(table.header)}")
        lines += [f"    {table.row_text(row)[:160]}" for row in range(min(MAX_ROWS, len(table.rows)))]
    if model.minutes:
        minutes = model.minutes
        lines += ["", "Minutes:"]
        for name, records in (("present", minutes.present), ("apologies", minutes.apologies), ("declarations", minutes.declarations)):
            lines += [f"  {name:<12} {record.value[:160]}" for record in records]
        for resolution in minutes.resolutions:
            amended = " (amended)" if resolution.amended else ""
            lines.append(f"  resolved     [{resolution.item or '-'}]{amended} {' '.join(resolution.text.split())[:160]}")
        lines += [f"  vote         [{vote.item or '-'}] {vote.text[:160]}" for vote in minutes.votes]
    return "\n".join(lines)
