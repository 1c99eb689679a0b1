"""The Gradio app: chat with clickable sources, filters and a documents library; wiring of index/ functions only."""

from __future__ import annotations

import html
import os
import re
import tempfile
import threading
import uuid
from pathlib import Path
from urllib.parse import quote as url_quote

import gradio as gr

from cabinet.errors import CabinetError
from cabinet.settings import Settings
from ingest.frontsheet import TYPES

EXAMPLES = [
    "Which activities support 'Fairer life chances'?",
    "Who is the lead officer for the New Vision for Somerset?",
    "What are the five priority outcomes in Leicestershire's strategic plan?",
    "Which Pioneer Somerset workstreams are behind schedule?",
]
NO_SOURCES = "<p class='cabinet-hint'>The sources of the latest answer appear here. Click a [n] marker in an answer to open its source.</p>"
EMPTY_LIBRARY = "**No documents yet.** Upload some in the *Documents* tab, or run `cabinet ingest PATH`, then ask."
TYPE_LABELS = {kind: kind.replace("-", " ").capitalize() for kind in TYPES}  # "cabinet-report" -> "Cabinet report"
MARKER = re.compile(r"(?<!\\)\[(\d{1,3})\](?!\()")

# Clicking a [n] marker in an answer opens and scrolls to its source, in the page rather than a new tab.
HEAD = """<script>
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[href*="#source-"]');
  if (!link) return;
  event.preventDefault(); event.stopPropagation();
  const item = document.getElementById(link.getAttribute('href').split('#')[1]);
  if (!item) return;
  document.querySelectorAll('#sources details[open]').forEach((other) => { if (other !== item) other.open = false; });
  item.open = true;
  requestAnimationFrame(() => {
    const box = document.getElementById('sources');
    const boxTop = box.getBoundingClientRect().top;
    if (box.scrollHeight > box.clientHeight && boxTop >= 0 && boxTop < window.innerHeight) {
      box.scrollBy({top: item.getBoundingClientRect().top - boxTop});  // beside the chat: scroll the panel only
    } else {
      item.scrollIntoView({block: 'start'});  // stacked (phone width): bring the source into view
    }
  });
  item.classList.add('cabinet-flash'); setTimeout(() => item.classList.remove('cabinet-flash'), 1600);
}, true);
</script>"""
CSS = """
#sources { max-height: 78vh; overflow-y: auto !important; }
.cabinet-sources { list-style: none; padding: 0; margin: 0; }
.cabinet-source { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 6px 10px; margin-bottom: 8px; }
.cabinet-source summary { cursor: pointer; font-weight: 600; }
.cabinet-source summary:focus-visible { outline: 2px solid var(--color-accent); }
.cabinet-meta { font-size: 0.85em; opacity: 0.8; }
.cabinet-preview { font-weight: normal; font-size: 0.9em; opacity: 0.85; margin-left: 1.2em; }
.cabinet-source[open] .cabinet-preview { display: none; }
.cabinet-source blockquote { margin: 6px 0; }
.cabinet-source mark { background: #ffe066; color: #111; }
.cabinet-page { position: relative; margin-top: 6px; border: 1px solid var(--border-color-primary); line-height: 0; }
.cabinet-page img { width: 100%; height: auto; display: block; }
.cabinet-mark { position: absolute; background: rgba(255, 214, 0, 0.38); outline: 2px solid rgba(230, 120, 0, 0.9); border-radius: 2px; }
.cabinet-flash { box-shadow: 0 0 0 3px var(--color-accent); }
@media (max-width: 640px) { .cabinet-source { font-size: 0.95em; } }
"""


class Session:
    """One Cabinet per app process, opened on the first question (so an empty store is a message) and reopened when the library changes."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._cabinet = None
        self._lock = threading.Lock()

    def cabinet(self):
        with self._lock:
            if self._cabinet is None:
                from index.service import Cabinet

                self._cabinet = Cabinet(self.settings)
            return self._cabinet

    def reload(self) -> None:
        """Forget the loaded store so the next question sees added or removed documents."""
        with self._lock:
            self._cabinet = None


def served_files(settings: Settings) -> list[Path]:
    """What the app may serve: rendered pages, uploaded PDFs, and each ingested PDF (never HTML, which would run in the page)."""
    from index.library import documents, uploads_dir

    served = [(Path(settings.data_dir) / "pages").resolve(), (uploads_dir(settings) / "pdf").resolve()]
    try:
        served += [Path(doc.path).resolve() for doc in documents(settings) if doc.path and doc.path.lower().endswith(".pdf")]
    except CabinetError:
        pass
    return served


def _file_url(path: Path) -> str:
    return "/gradio_api/file=" + url_quote(str(path.resolve()))


def chat_markdown(answer) -> str:
    """The answer as shown in the chat (HTML, links and images from documents or a model made inert), its [n] markers linked to the sources."""
    from index.render import render_answer

    return MARKER.sub(lambda m: f"[[{m.group(1)}]](#source-{m.group(1)})", render_answer(answer))


def render_sources(answer, settings: Settings, served: list[Path], documents: dict[str, dict]) -> str:
    """HTML of the numbered sources: title, type, date, page, section, the quote highlighted, and the cited page itself."""
    if answer.abstained or not answer.citations:
        return "<p class='cabinet-none'>No sources: the documents do not answer this question.</p>"
    catalogue = _catalogue(settings, documents)
    items = []
    for citation in answer.citations:
        doc = catalogue.get(citation.source, {})
        facts = [TYPE_LABELS.get(doc.get("doc_type"), ""), doc.get("date") or "", f"page {citation.page}" if citation.page else ""]
        meta = " · ".join(html.escape(fact) for fact in facts if fact)
        page = f", page {citation.page}" if citation.page else ""
        section = f"<div class='cabinet-meta'>Section: {html.escape(citation.section)}</div>" if citation.section else ""
        figure = _page_figure(settings, served, doc.get("path"), citation)
        items.append(
            f"<li><details class='cabinet-source' id='source-{citation.n}'{' open' if citation.n == 1 else ''}>"
            f"<summary>[{citation.n}] {html.escape(citation.title or citation.source)}{page}"
            f"<div class='cabinet-preview'>{html.escape(_preview(citation.quote))}</div></summary>"
            f"<div class='cabinet-meta'>{html.escape(citation.source)}{' · ' + meta if meta else ''}</div>{section}"
            f"<blockquote><mark>{html.escape(citation.quote)}</mark></blockquote>{figure}</details></li>"
        )
    return "<ol class='cabinet-sources'>" + "".join(items) + "</ol>"


def _preview(quote: str, limit: int = 90) -> str:
    return quote if len(quote) <= limit else quote[:limit].rsplit(" ", 1)[0] + "…"


def _catalogue(settings: Settings, documents: dict[str, dict] | None) -> dict[str, dict]:
    """Catalogue entries by file name (from the loaded Cabinet when there is one; stores made before paths were kept ask the store)."""
    if documents and all(doc.get("path") for doc in documents.values()):
        return {doc["source"]: doc for doc in documents.values()}
    from index.library import documents as library

    return {doc.source: {"doc_type": doc.type, "date": doc.date, "path": doc.path} for doc in library(settings)}


def _page_figure(settings: Settings, served: list[Path], path: str | None, citation) -> str:
    """The cited page as an image with the quote boxed, and a link to the whole document at that page."""
    from index.pages import page_image, quote_boxes

    if not path or not Path(path).exists():
        return ""
    document = Path(path).resolve()
    servable = document.suffix.lower() == ".pdf" and any(document == root or document.is_relative_to(root) for root in served)
    link = (f"<a href='{_file_url(document)}#page={citation.page or 1}' target='_blank' rel='noopener'>Open the whole document"
            f"{' at page ' + str(citation.page) if citation.page else ''}</a>") if servable else ""
    if not servable or not citation.page:
        return f"<div>{link}</div>"
    image = page_image(document, citation.page, Path(settings.data_dir) / "pages")
    if image is None:
        return f"<div>{link}</div>"
    marks = "".join(
        f"<span class='cabinet-mark' style='left:{left:.2%};top:{top:.2%};width:{width:.2%};height:{height:.2%}'></span>"
        for left, top, width, height in quote_boxes(document, citation.page, citation.quote)
    )
    alt = html.escape(f"Page {citation.page} of {citation.source}, the quoted passage boxed in yellow")
    return (f"<div class='cabinet-page'><img loading='lazy' src='{_file_url(image)}' alt='{alt}'>{marks}</div>"
            f"<div>{link}</div>")


def _filters(types, councils, docs, since, until):
    from pydantic import ValidationError

    from index.models import Filters

    for label, value in (("From", since), ("To", until)):
        if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
            raise gr.Error(f"{label} date '{value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
    try:
        return Filters(sources=list(docs or []), types=list(types or []), councils=list(councils or []),
                       since=(since or "").strip() or None, until=(until or "").strip() or None)
    except ValidationError as exc:
        raise gr.Error(f"The filters are not valid: {exc.errors()[0]['msg']}") from exc


def _turns(answers: list[dict]):
    from index.models import Turn

    turns = []
    for answer in answers:
        turns += [Turn(role="user", content=answer["question"]), Turn(role="assistant", content=answer["answer"])]
    return turns


def build(settings: Settings, served: list[Path]) -> gr.Blocks:
    """The page: an Ask tab (chat, filters, sources) and a Documents tab (library, upload, remove); `served`: the files it may link to."""
    from index import feedback, library
    from index.models import Answer
    from index.render import safe_markdown
    from index.transcript import conversation_markdown

    session = Session(settings)
    exports = Path(tempfile.mkdtemp(prefix="cabinet-exports-"))

    def respond(message, chat, answers, types, councils, docs, since, until):
        message = (message or "").strip()
        if not message:
            raise gr.Error("Type a question about the documents.")
        filters = _filters(types, councils, docs, since, until)
        try:
            cabinet = session.cabinet()
        except CabinetError as exc:
            raise gr.Error(str(exc)) from exc
        unknown = set(filters.sources) - {doc["source"] for doc in cabinet.catalogue.documents.values()}
        if unknown:
            raise gr.Error(f"No document named {', '.join(sorted(unknown))} in the library; pick one from the list.")
        if set(filters.types) - set(TYPE_LABELS):
            raise gr.Error(f"No document type {', '.join(sorted(set(filters.types) - set(TYPE_LABELS)))}; choose from {', '.join(TYPE_LABELS)}.")
        chat = list(chat or []) + [{"role": "user", "content": message}, {"role": "assistant", "content": "Searching the documents…"}]
        yield "", chat, gr.skip(), answers, gr.skip()
        answer = None
        try:
            for item in cabinet.ask_stream(message, _turns(answers), filters=None if filters.empty else filters):
                if isinstance(item, str):  # a model's verified answer so far
                    chat[-1] = {"role": "assistant", "content": safe_markdown(item) + " ▍"}
                    yield "", chat, gr.skip(), answers, gr.skip()
                else:
                    answer = item
        except CabinetError as exc:
            raise gr.Error(str(exc)) from exc
        answers = list(answers) + [answer.model_dump()]
        chat[-1] = {"role": "assistant", "content": chat_markdown(answer)}
        yield "", chat, "<p class='cabinet-hint'>Opening the cited pages…</p>", answers, gr.skip()  # one render, so an opened source stays open
        export = exports / uuid.uuid4().hex[:12] / "cabinet-conversation.md"  # one folder per answer: sessions never share a file
        export.parent.mkdir()
        export.write_text(conversation_markdown([Answer(**a) for a in answers]), encoding="utf-8")
        yield "", chat, render_sources(answer, settings, served, cabinet.catalogue.documents), answers, gr.DownloadButton(value=str(export), interactive=True)

    def vote(answers, which: int, up: bool, comment: str = "", request: gr.Request | None = None) -> str:
        if not answers:
            raise gr.Error("There is no answer to give feedback on yet.")
        answer = Answer(**answers[which])
        feedback.record(settings, answer, "up" if up else "down", comment=comment or "", history=_turns(answers[:which]),
                        user=getattr(request, "username", None))
        return "Thank you: your feedback on this answer was saved." + (" (with your comment)" if comment else "")

    def on_like(answers, data: gr.LikeData, request: gr.Request):
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        saved = vote(answers, min(int(index) // 2, len(answers) - 1), bool(data.liked), request=request)  # messages alternate user, assistant
        gr.Info(saved + " Add a comment under 'Feedback on the latest answer'.")
        return saved

    def on_feedback(answers, verdict, comment, request: gr.Request):
        if verdict not in ("up", "down"):
            raise gr.Error("Choose helpful or not helpful first.")
        return vote(answers, len(answers) - 1, verdict == "up", comment, request), ""

    def pick_example(data: gr.SelectData) -> str:
        return data.value["text"] if isinstance(data.value, dict) else str(data.value)

    def choices():
        rows = library.documents(settings)
        types = sorted({row.type for row in rows if row.type})
        councils = sorted({row.council for row in rows if row.council})
        return (
            gr.Dropdown(choices=[(TYPE_LABELS.get(t, t), t) for t in types]),
            gr.Dropdown(choices=councils),
            gr.Dropdown(choices=[(f"{row.title} ({row.date or 'undated'})", row.source) for row in rows]),
            "" if rows else EMPTY_LIBRARY,
            library_rows("", rows),
            gr.Dropdown(choices=[(f"{row.title} — {row.source}", row.doc_id) for row in rows], value=None),
        )

    def library_rows(query: str, documents: list | None = None) -> list[list]:
        query = (query or "").lower().strip()
        rows = []
        for row in documents if documents is not None else library.documents(settings):
            line = [row.title, TYPE_LABELS.get(row.type or "", row.type or ""), row.council or "", row.date or "", row.pages or "", row.chunks, row.source]
            if not query or query in " ".join(str(cell) for cell in line).lower():
                rows.append(line)
        return rows

    def upload(files, progress=gr.Progress()):
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
        session.reload()
        results = [[r.file, r.status, r.reason or (f"{r.pages} pages, {r.chunks} passages" if r.status == "ingested" else "")] for r in report.results]
        failed = [r for r in report.results if r.status == "failed"]
        if failed:
            gr.Warning(f"{len(failed)} file(s) could not be added: " + "; ".join(f"{r.file}: {r.reason}" for r in failed))
        return (results, None) + choices()

    def similar(doc_id):
        """Precedents for an officer: earlier documents on a similar matter, most similar first."""
        if not doc_id:
            raise gr.Error("Choose a document first.")
        try:
            found = session.cabinet().similar(doc_id, k=10)
        except CabinetError as exc:
            raise gr.Error(str(exc)) from exc
        if not found:
            gr.Info("No earlier documents in the library.")
        return [[p.date or "", TYPE_LABELS.get(p.type or "", p.type or ""), p.title, p.source, round(p.score, 3)] for p in found]

    def remove(doc_id):
        if not doc_id:
            raise gr.Error("Choose a document to remove.")
        try:
            row = library.remove(settings, doc_id, on_wait=lambda why: gr.Info(f"The removal waits its turn: {why}."))
        except CabinetError as exc:
            raise gr.Error(str(exc)) from exc
        session.reload()
        return (f"Removed {row.title} ({row.source}).",) + choices()

    with gr.Blocks(title="Cabinet", fill_width=True) as page:
        answers = gr.State([])
        gr.Markdown("# Cabinet\nAsk about council plans and reports. Every statement cites its document, page and passage.")
        notice = gr.Markdown("", elem_id="notice")
        with gr.Tab("Ask", id="ask-tab"):
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=320):
                    chat = gr.Chatbot(label="Conversation", height=520, elem_id="chat", buttons=["copy", "copy_all"],
                                      placeholder="**Ask about the council's plans and reports.** Pick an example, or type below.",
                                      examples=[{"text": example} for example in EXAMPLES])
                    question = gr.Textbox(label="Question", placeholder="Which activities support 'Fairer life chances'?", elem_id="question",
                                          max_lines=4, autofocus=True)
                    with gr.Row():
                        send = gr.Button("Ask", variant="primary", elem_id="ask")
                        reset = gr.Button("New conversation", elem_id="reset")
                        download = gr.DownloadButton("Download conversation (.md)", interactive=False, elem_id="download")
                    with gr.Accordion("Feedback on the latest answer", open=False, elem_id="feedback"):
                        verdict = gr.Radio([("Helpful", "up"), ("Not helpful", "down")], label="Was the latest answer helpful?", elem_id="verdict")
                        comment = gr.Textbox(label="Comment (optional)", max_lines=3, elem_id="comment")
                        send_feedback = gr.Button("Send feedback", elem_id="send-feedback")
                        thanks = gr.Markdown("", elem_id="thanks")
                with gr.Column(scale=2, min_width=320):
                    with gr.Accordion("Filters", open=False, elem_id="filters"):
                        # Choices follow the library; custom values let API callers name documents added since the page loaded.
                        types = gr.Dropdown(label="Document type", multiselect=True, allow_custom_value=True, elem_id="filter-type")
                        councils = gr.Dropdown(label="Council", multiselect=True, allow_custom_value=True, elem_id="filter-council")
                        docs = gr.Dropdown(label="Only these documents", multiselect=True, allow_custom_value=True, elem_id="filter-docs")
                        with gr.Row():
                            since = gr.Textbox(label="From (YYYY-MM-DD)", max_lines=1, elem_id="filter-since")
                            until = gr.Textbox(label="To (YYYY-MM-DD)", max_lines=1, elem_id="filter-until")
                    gr.Markdown("### Sources")
                    sources = gr.HTML(NO_SOURCES, elem_id="sources")
        with gr.Tab("Documents", id="documents-tab"):
            find = gr.Textbox(label="Search the library", placeholder="title, type, council or year", elem_id="library-search")
            table = gr.Dataframe(headers=["Title", "Type", "Council", "Date", "Pages", "Passages", "File"], interactive=False,
                                 wrap=True, elem_id="library", column_widths=["32%", "11%", "15%", "9%", "6%", "7%", "20%"])
            with gr.Row(equal_height=False):
                with gr.Column():
                    files = gr.File(label=f"Upload PDF, DOCX, HTML or TXT (up to {settings.max_file_mb} MB each)", file_count="multiple",
                                    elem_id="upload")
                    add = gr.Button("Add to the library", variant="primary", elem_id="add")
                    results = gr.Dataframe(headers=["File", "Result", "Detail"], interactive=False, wrap=True, elem_id="upload-results",
                                           column_widths=["30%", "14%", "56%"])
                with gr.Column():
                    chosen = gr.Dropdown(label="Document", choices=[], elem_id="remove-choice")
                    with gr.Row():
                        like = gr.Button("Earlier reports on a similar matter", elem_id="similar")
                        drop = gr.Button("Remove", variant="stop", elem_id="remove")
                    removed = gr.Markdown("", elem_id="removed")
                    precedents = gr.Dataframe(headers=["Date", "Type", "Title", "File", "Similarity"], interactive=False, wrap=True,
                                              elem_id="precedents", column_widths=["14%", "16%", "42%", "18%", "10%"])

        refreshed = [types, councils, docs, notice, table, chosen]
        ask_inputs = [question, chat, answers, types, councils, docs, since, until]
        ask_outputs = [question, chat, sources, answers, download]
        send.click(respond, ask_inputs, ask_outputs, api_name="ask")
        question.submit(respond, ask_inputs, ask_outputs, api_name=False)
        reset.click(lambda: ("", [], NO_SOURCES, [], gr.DownloadButton(value=None, interactive=False)), None,
                    [question, chat, sources, answers, download], api_name="reset")
        chat.like(on_like, [answers], [thanks], api_name=False)
        chat.example_select(pick_example, None, [question], api_name=False).then(respond, ask_inputs, ask_outputs, api_name=False)
        send_feedback.click(on_feedback, [answers, verdict, comment], [thanks, comment], api_name="feedback")
        find.change(library_rows, [find], [table], api_name=False)
        # Uploads and removals write the store: one at a time, the rest wait in the queue (their place shown) instead of failing.
        add.click(upload, [files], [results, files] + refreshed, api_name="upload", concurrency_limit=1, concurrency_id="library-writer")
        drop.click(remove, [chosen], [removed] + refreshed, api_name="remove", concurrency_limit=1, concurrency_id="library-writer")
        like.click(similar, [chosen], [precedents], api_name="similar")
        page.load(choices, None, refreshed, api_name=False)
    return page


def launch(settings: Settings, *, prevent_thread_lock: bool = False) -> gr.Blocks:
    """Serve the app on the configured host and port (127.0.0.1:7860 by default), behind a login when CABINET_AUTH_FILE is set."""
    from starlette.middleware import Middleware

    from cabinet.auth import SignInGate, SignInGuard, checker

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    auth = checker(Path(settings.auth_file)) if settings.auth_file else None
    guard = SignInGuard(free=settings.auth_free_failures, free_address=4 * settings.auth_free_failures, max_lock=settings.auth_max_lock)
    # With sign-in on, every route but the sign-in page needs a session (Gradio leaves some open, the heartbeat among them).
    gate = {"middleware": [Middleware(SignInGate, guard=guard)]} if auth else None
    served = served_files(settings)
    page = build(settings, served)
    page.queue(default_concurrency_limit=4).launch(app_kwargs=gate,
        server_name=settings.host, server_port=settings.port, show_error=False, auth=auth, prevent_thread_lock=prevent_thread_lock,
        allowed_paths=[str(path) for path in served], max_file_size=f"{settings.max_file_mb}mb", head=HEAD, css=CSS,
        footer_links=[], auth_message="Sign in with your Cabinet account." if auth else None,
    )
    return page


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        launch(Settings())
    except CabinetError as exc:
        raise SystemExit(f"cabinet: {exc}") from exc
