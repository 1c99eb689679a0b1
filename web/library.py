"""The Documents tab: the library newest first, a row opens its actions, upload, precedents as cards, and removal behind a confirmation."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import gradio as gr

from cabinet.errors import CabinetError
from cabinet.settings import Settings
from web.sources import TYPE_LABELS, document_url

HEADERS = ["Title", "Type", "Council", "Meeting date", "Added", "Pages", "File"]


def added_on(row) -> str:
    """When a document came into the library (the catalogue's record; a catalogue older than that: its file's date), YYYY-MM-DD."""
    if getattr(row, "added", None):
        return row.added[:10]
    path = row.path
    if not path or not Path(path).exists():
        return ""
    return datetime.fromtimestamp(Path(path).stat().st_mtime, UTC).strftime("%Y-%m-%d")


def newest_first(rows: list) -> list:
    """Dated documents newest first, then undated ones by title."""
    dated = sorted((row for row in rows if row.date), key=lambda row: (row.date, row.title), reverse=True)
    return dated + sorted((row for row in rows if not row.date), key=lambda row: row.title)


def table_rows(rows: list, new: set[str] | frozenset = frozenset()) -> list[list]:
    """The library table's rows; those whose source is in `new` (just uploaded here) say so in the Added column."""
    return [[row.title, TYPE_LABELS.get(row.type or "", row.type or ""), row.council or "", row.date or "",
             ("New · " if row.source in new else "") + added_on(row), row.pages or "", row.source] for row in rows]


def marked_table(rows: list, new: list[str] | None):
    """The library table with the documents just uploaded in this session highlighted (a pandas Styler Gradio draws)."""
    import pandas as pd

    fresh = set(new or [])
    frame = pd.DataFrame(table_rows(rows, fresh), columns=HEADERS)
    if not fresh:
        return frame
    return frame.style.apply(lambda row: ["background-color: #fff4c2; font-weight: 600" if row["File"] in fresh else ""] * len(row), axis=1)


@dataclass
class SharedPassage:
    """A precedent's passage nearest in meaning to one of the chosen document's, and its page."""

    text: str
    page: int | None


def shared_passage(store, doc_id: str, other_id: str) -> SharedPassage | None:
    """The passage of `other_id` closest to any passage of `doc_id`, by the embeddings the store already holds."""
    import numpy as np

    from index.store import passage_texts

    def passages(document: str):
        found = store.collection.get(where={"document_id": document}, include=["embeddings", "documents", "metadatas"])
        vectors = np.asarray(found["embeddings"], dtype=np.float32)
        return (vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9) if len(vectors) else vectors), found

    mine, _ = passages(doc_id)
    theirs, found = passages(other_id)
    if not len(mine) or not len(theirs):
        return None
    best = int(np.argmax((mine @ theirs.T).max(axis=0)))
    return SharedPassage(" ".join(passage_texts(found)[best].split()), int(found["metadatas"][best].get("page") or 0) or None)


def precedent_cards(found: list, ids: dict[str, str], shared: dict[str, SharedPassage] | None = None) -> str:
    """Earlier documents on a similar matter as cards: date, type, title and the passage they share, each opening its document."""
    if not found:
        return "<p class='cabinet-none'>No earlier documents on a similar matter in the library.</p>"
    cards = []
    for precedent in found:
        facts = " · ".join(html.escape(fact) for fact in (precedent.date or "undated", TYPE_LABELS.get(precedent.type or "", precedent.type or ""),
                                                          precedent.council or "") if fact)
        passage = (shared or {}).get(precedent.source)
        at_page = f"#page={passage.page}" if passage and passage.page and precedent.source.lower().endswith(".pdf") else ""
        title = html.escape(precedent.title)
        if precedent.source in ids:
            title = f"<a href='{document_url(ids[precedent.source])}{at_page}' target='_blank' rel='noopener'>{title}</a>"
        quote = ""
        if passage:
            text = passage.text if len(passage.text) <= 320 else passage.text[:320].rsplit(" ", 1)[0] + "…"
            where = f" (page {passage.page})" if passage.page else ""
            quote = f"<blockquote class='cabinet-shared'>{html.escape(text)}<span class='cabinet-meta'>{where}</span></blockquote>"
        cards.append(f"<li class='cabinet-card'><div class='cabinet-meta'>{facts}</div><strong>{title}</strong>"
                     f"<div class='cabinet-meta'>{html.escape(precedent.source)}</div>{quote}</li>")
    return "<ul class='cabinet-cards' id='precedent-cards'>" + "".join(cards) + "</ul>"


@dataclass
class LibraryParts:
    """The Documents tab's components a library change refreshes, and the wiring that needs the rest of the page."""

    settings: Settings
    outputs: list
    events: list = field(default_factory=list)
    ask_about: gr.Button | None = None
    chosen: gr.State | None = None
    remove_section: gr.Accordion | None = None
    table: gr.Dataframe | None = None
    just_added: gr.State | None = None  # sources this session uploaded, highlighted in the table
    admins: set[str] | None = None  # None: no sign-in, so anyone may remove

    def may_remove(self, request: gr.Request | None) -> bool:
        """Whether the signed-in user may remove documents (everyone when the app has no sign-in)."""
        return self.admins is None or getattr(request, "username", None) in self.admins

    def for_user(self, page) -> None:
        """Show the removal section only to those who may remove, once the page knows who signed in."""
        def shown(request: gr.Request) -> gr.Accordion:
            return gr.Accordion(visible=self.may_remove(request))

        page.load(shown, None, [self.remove_section], api_name=False)

    def refresh(self, rows: list) -> tuple:
        """New values for `outputs` from the library's rows."""
        ordered = newest_first(rows)
        return (table_rows(ordered), gr.Dropdown(choices=[(f"{row.title} — {row.source}", row.doc_id) for row in ordered], value=None))

    def changed(self, refresh, outputs: list) -> None:
        """Refresh the page's library views after an upload or a removal, the documents just uploaded highlighted."""
        from index.library import documents

        def highlight(new: list[str]):
            return marked_table(newest_first(documents(self.settings)), new)

        for event in self.events:
            event.then(refresh, None, outputs, api_name=False).then(highlight, [self.just_added], [self.table], api_name=False)

    def asked(self, ask) -> None:
        """'Ask about this document' restricts the Ask tab to the chosen document and moves there."""
        def to_ask(doc_id):
            from index.library import documents

            row = next((row for row in documents(self.settings) if row.doc_id == doc_id), None)
            if row is None:
                return gr.skip(), gr.skip()
            return gr.Dropdown(value=[row.source]), gr.Tabs(selected="ask-tab")

        self.ask_about.click(to_ask, [self.chosen], [ask.docs, ask.tabs], api_name=False).then(
            None, js="() => setTimeout(() => document.querySelector('#question textarea').focus(), 100)")


def documents_tab(settings: Settings, session) -> LibraryParts:
    """Build the Documents tab inside the current Blocks."""
    from cabinet.auth import administrators
    from index import library

    parts = LibraryParts(settings=settings, outputs=[], admins=administrators(Path(settings.auth_file)) if settings.auth_file else None)

    def find(query: str, added: list[str]):
        query = (query or "").strip()
        rows = newest_first(library.documents(settings))
        if not query:
            return marked_table(rows, added), ""
        words = query.lower().split()
        hits = {row.source for row in rows
                if all(word in " ".join(str(cell) for cell in table_rows([row])[0]).lower() for word in words)}
        try:  # the documents' text too: passages that hold every word of the query
            hits |= {hit.source for hit in session.cabinet().search(query, k=30) if all(word in hit.text.lower() for word in words)}
        except CabinetError:
            pass
        kept = [row for row in rows if row.source in hits]
        note = "" if kept else f"No document mentions “{html.escape(query)}”. Try fewer or other words."
        return marked_table(kept, added), note

    def pick(rows_shown, data: gr.SelectData):
        row_index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        try:
            source = rows_shown.iloc[row_index, -1] if hasattr(rows_shown, "iloc") else rows_shown[row_index][-1]
        except (IndexError, KeyError):
            return gr.skip(), gr.skip(), gr.skip()
        row = next((row for row in library.documents(settings) if row.source == source), None)
        if row is None:
            return gr.skip(), gr.skip(), gr.skip()
        opened = f"<a href='{document_url(row.doc_id)}' target='_blank' rel='noopener' id='open-document'>Open {html.escape(row.title)}</a>"
        return row.doc_id, f"**{row.title}** ({row.date or 'undated'}, {row.source})", gr.HTML(opened, visible=True)

    def upload(files, added, progress=gr.Progress()):
        if not files:
            raise gr.Error("Choose one or more files to upload (PDF, DOCX, HTML or TXT).")
        paths = [(Path(f if isinstance(f, str) else f.name), Path(getattr(f, "orig_name", None) or str(f)).name) for f in files]
        done: list = []

        def step(result) -> None:
            done.append(result)
            progress(len(done) / len(paths), desc=f"{result.file}: {result.status}")

        def waiting(why: str) -> None:
            progress(0, desc=f"Waiting: {why}…")
            gr.Info(f"Your upload waits its turn: {why}.")

        progress(0, desc=f"Reading {len(paths)} file(s)…")
        try:
            report = library.add_uploads(settings, paths, on_result=step, on_wait=waiting)
        except CabinetError as exc:
            raise gr.Error(str(exc)) from exc
        finally:
            cache = Path(gr.utils.get_upload_folder()).resolve()
            for temporary, _ in paths:  # Gradio's copy in its upload cache: the library keeps its own, and a removed document must not stay servable
                if temporary.resolve().is_relative_to(cache):
                    temporary.unlink(missing_ok=True)
        session.reload()
        results = [[r.file, r.status, r.reason or (f"{r.pages} pages, {r.chunks} passages" if r.status == "ingested" else "")] for r in report.results]
        failed = [r for r in report.results if r.status == "failed"]
        if failed:
            gr.Warning(f"{len(failed)} file(s) could not be added: " + "; ".join(f"{r.file}: {r.reason}" for r in failed))
        sources = {row.doc_id: row.source for row in library.documents(settings)}
        fresh = [sources[r.doc_id] for r in report.results if r.status == "ingested" and r.doc_id in sources]
        return results, None, list(dict.fromkeys([*(added or []), *fresh]))

    def similar(doc_id: str) -> str:
        """Precedents for an officer: earlier documents on a similar matter, most similar first."""
        if not doc_id:
            raise gr.Error("Choose a document first: click a row of the library.")
        try:
            cabinet = session.cabinet()
            found = cabinet.similar(doc_id, k=10)
        except CabinetError as exc:
            raise gr.Error(str(exc)) from exc
        rows = library.documents(settings)
        ids = {row.source: row.doc_id for row in rows}
        chosen_id = next((row.doc_id for row in rows if doc_id in (row.doc_id, row.source)), doc_id)
        shared = {p.source: passage for p in found if p.source in ids and (passage := shared_passage(cabinet.store, chosen_id, ids[p.source]))}
        return precedent_cards(found, ids, shared)

    def confirm(doc_id):
        row = next((row for row in library.documents(settings) if row.doc_id == doc_id), None) if doc_id else None
        if row is None:
            return gr.Column(visible=False), "Choose a document to remove."
        return gr.Column(visible=True), f"Remove **{row.title}** ({row.source}) from the library? Its passages go too; this cannot be undone."

    def remove_document(doc_id: str, request: gr.Request = None) -> str:
        """Remove one document by id (the page asks first; a script has named it); with sign-in on, administrators only."""
        if not parts.may_remove(request):
            raise gr.Error("Only an administrator can remove documents; ask one to remove it for you.")
        if not doc_id:
            raise gr.Error("Choose a document to remove.")
        try:
            row = library.remove(settings, doc_id, on_wait=lambda why: gr.Info(f"The removal waits its turn: {why}."))
        except CabinetError as exc:
            raise gr.Error(str(exc)) from exc
        session.reload()
        return f"Removed {row.title} ({row.source})."

    def remove(doc_id, request: gr.Request):
        return remove_document(doc_id, request), gr.Column(visible=False)

    with gr.Tab("Documents", id="documents-tab"):
        chosen = gr.State(None)
        just_added = gr.State([])
        find_box = gr.Textbox(label="Search the library", placeholder="words from a title, council, year or the documents' text",
                              elem_id="library-search")
        no_match = gr.Markdown("", elem_id="library-no-match")
        table = gr.Dataframe(headers=HEADERS, interactive=False, wrap=True, elem_id="library",
                             column_widths=["30%", "11%", "14%", "10%", "10%", "6%", "19%"])
        with gr.Row(elem_id="document-actions"):
            selected = gr.Markdown("Click a row to open it, ask about it, or find earlier similar reports.", elem_id="selected-document")
            opened = gr.HTML("", visible=False, elem_id="open-link")
            ask_about = gr.Button("Ask about this document", elem_id="ask-about", size="sm")
            like = gr.Button("Earlier reports on a similar matter", elem_id="similar", size="sm")
        precedents = gr.HTML("", elem_id="precedents")
        with gr.Row(equal_height=False):
            with gr.Column():
                files = gr.File(label=f"Upload PDF, DOCX, HTML or TXT (up to {settings.max_file_mb} MB each)", file_count="multiple",
                                elem_id="upload")
                add = gr.Button("Add to the library", variant="primary", elem_id="add")
                results = gr.Dataframe(headers=["File", "Result", "Detail"], interactive=False, wrap=True, elem_id="upload-results",
                                       column_widths=["30%", "14%", "56%"])
            with gr.Column():
                with gr.Accordion("Remove a document", open=False, elem_id="remove-section", visible=parts.admins is None) as remove_section:
                    doomed = gr.Dropdown(label="Document to remove", choices=[], elem_id="remove-choice")
                    ask_remove = gr.Button("Remove…", variant="stop", elem_id="remove")
                    with gr.Column(visible=False, elem_id="remove-confirm") as confirmation:
                        question = gr.Markdown("", elem_id="remove-question")
                        with gr.Row():
                            yes = gr.Button("Yes, remove it", variant="stop", elem_id="confirm-remove")
                            no = gr.Button("Cancel", elem_id="cancel-remove")
                    removed = gr.Markdown("", elem_id="removed")
        gr.api(similar, api_name="similar")  # officers' scripts name a document id
        gr.api(remove_document, api_name="remove")

    parts.outputs, parts.ask_about, parts.chosen, parts.remove_section = [table, doomed], ask_about, chosen, remove_section
    parts.table, parts.just_added = table, just_added
    find_box.change(find, [find_box, just_added], [table, no_match], api_name=False, trigger_mode="always_last")
    table.select(pick, [table], [chosen, selected, opened], api_name=False)
    like.click(similar, [chosen], [precedents], api_name=False)
    ask_remove.click(confirm, [doomed], [confirmation, question], api_name=False)
    no.click(lambda: gr.Column(visible=False), None, [confirmation], api_name=False)
    # Uploads and removals write the store: one at a time, the rest wait in the queue (their place shown) instead of failing.
    parts.events = [add.click(upload, [files, just_added], [results, files, just_added], api_name="upload", concurrency_limit=1, concurrency_id="library-writer"),
                    yes.click(remove, [doomed], [removed, confirmation], api_name=False, concurrency_limit=1, concurrency_id="library-writer")]
    return parts
