"""The Gradio app: chat with clickable sources, filters and a documents library; wiring of index/ functions only."""

from __future__ import annotations

import html
import os
import re
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import gradio as gr

from cabinet.errors import CabinetError
from cabinet.settings import Settings
from web.checks import catalogue, filters_of, question_problems
from web.sources import TYPE_LABELS, chat_markdown, filters_line, render_sources

WEB = Path(__file__).resolve().parent / "web"
NO_SOURCES = "<p class='cabinet-hint'>Each answer's sources appear here, the latest first. Click a [n] marker in an answer to open its source.</p>"
EMPTY_LIBRARY = "**No documents yet.** Upload some in the *Documents* tab, or run `cabinet ingest PATH`, then ask."
PLACEHOLDER = "Ask about the council's plans and reports."


class Session:
    """One Cabinet per app process, opened on the first question (so an empty store is a message) and refreshed when the library changes."""

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
        """Take in added or removed documents before the next question.

        The loaded Cabinet is refreshed, never rebuilt: a new one per upload opened the store, the matcher (with
        its cache of embeddings) and the lexical indexes again, while questions in flight still held the old one.
        """
        with self._lock:
            if self._cabinet is not None:
                self._cabinet.refresh()


def served_files(settings: Settings) -> list[Path]:
    """What Gradio may serve: the rendered page images (documents themselves go through /api/files, by id)."""
    return [(Path(settings.data_dir) / "pages").resolve()]


MAX_ANSWERS = 20  # answers a conversation keeps (their sources, the follow-up context and the export); older ones fall away
SESSIONS_KEPT = 1000  # browser or API sessions whose conversation the app holds; the least recently used beyond are forgotten


def _assistant_count(chat: list | None) -> int:
    return sum(1 for message in chat or [] if (message.get("role") if isinstance(message, dict) else getattr(message, "role", None)) == "assistant")


def ongoing(chat: list | None, answers: list, rendered: list) -> tuple[list, list]:
    """The kept answers of the conversation the chat shows, with room for one more.

    The chat is the conversation: an API caller that sends an empty chat starts a new one, so a session's
    answers cannot pile up behind a conversation nobody sees, and a long one keeps only its last MAX_ANSWERS.
    """
    keep = min(_assistant_count(chat), len(answers), MAX_ANSWERS - 1)
    return (answers[len(answers) - keep:], rendered[len(rendered) - keep:]) if keep else ([], [])


def answer_at(chat: list | None, answers: list, message: int) -> int | None:
    """Which kept answer the chat's message number `message` is (None when it is not an answer, or has fallen away)."""
    messages = list(chat or [])[: message + 1]
    if not messages or _assistant_count(messages[-1:]) != 1:
        return None
    position = len(answers) - (_assistant_count(chat) - _assistant_count(messages)) - 1
    return position if 0 <= position < len(answers) else None


def _turns(answers: list[dict]):
    from index.models import Turn

    turns = []
    for answer in answers:
        turns += [Turn(role="user", content=answer["question"]), Turn(role="assistant", content=answer["answer"])]
    return turns


def sources_panel(answers: list[dict], rendered: list[str]) -> str:
    """Every answer's own sources, the latest first and open; earlier answers folded but their markers still open them."""
    if not answers:
        return NO_SOURCES
    blocks = []
    for number, (answer, inner) in enumerate(zip(answers, rendered), start=1):
        opened = " open" if number == len(answers) else ""
        count = len(answer["citations"])
        blocks.append(f"<details class='cabinet-turn' id='turn-{answer['id']}'{opened}><summary class='cabinet-turn-head'>"
                      f"Answer {number}: {html.escape(answer['question'][:80])}<span class='cabinet-meta'> · {count} source"
                      f"{'s' if count != 1 else ''}</span></summary>{inner}</details>")
    return "".join(reversed(blocks))


def freshness(rows: list) -> str:
    """One line on what the library holds: how many documents, from which councils, their dates, and when it last changed."""
    if not rows:
        return EMPTY_LIBRARY
    councils = sorted({row.council for row in rows if row.council})
    dates = sorted(row.date for row in rows if row.date)
    years = sorted({date[:4] for date in dates})
    span = f", dated {years[0]}" + (f" to {years[-1]}" if len(years) > 1 else "") if years else ""
    who = f" from {', '.join(councils[:4])}{' and others' if len(councils) > 4 else ''}" if councils else ""
    return f"{len(rows)} document{'s' if len(rows) != 1 else ''}{who}{span}. Library updated {_updated_on(rows)}."


def _updated_on(rows: list) -> str:
    stamps = [Path(row.path).stat().st_mtime for row in rows if row.path and Path(row.path).exists()]
    return datetime.fromtimestamp(max(stamps), UTC).strftime("%-d %B %Y") if stamps else "today"


@dataclass
class AskTab:
    """The Ask tab's components other parts of the page update."""

    chat: gr.Chatbot
    question: gr.Textbox
    types: gr.Dropdown
    councils: gr.Dropdown
    docs: gr.Dropdown
    tabs: gr.Tabs | None = None


def ask_tab(settings: Settings, session: Session) -> AskTab:
    """The chat, its filters and every answer's sources; one conversation state that clearing resets."""
    from index import feedback
    from index.models import Answer
    from index.render import safe_markdown
    from index.transcript import conversation_markdown

    exports = Path(tempfile.mkdtemp(prefix="cabinet-exports-"))
    def check(message, chat, answers, rendered, types, councils, docs, since, until):
        problems = question_problems(settings, message, types, docs, since, until)
        named = {"question": message, "types": types, "docs": docs, "since": since, "until": until}
        return [gr.validate(name not in problems, problems.get(name, "")) if name in named else None
                for name in ("question", "chat", "answers", "rendered", "types", "councils", "docs", "since", "until")]

    def respond(message, chat, answers, rendered, types, councils, docs, since, until, request: gr.Request = None):
        message = " ".join((message or "").split())
        answers, rendered = ongoing(chat, answers, rendered)
        filters = filters_of(types, councils, docs, since, until)
        try:
            cabinet = session.cabinet()
        except CabinetError as exc:
            raise gr.Error(str(exc)) from exc
        chat = list(chat or []) + [{"role": "user", "content": message},
                                   {"role": "assistant", "content": f"Searching {cabinet.document_count} documents…"}]
        # The sources panel is sent as it stands, never as gr.skip(): Gradio (6.31) keeps a new copy of a component in
        # the session for every update followed by a value, so skipping it while streaming leaked one panel a question.
        panel = sources_panel(answers, rendered)
        yield "", chat, panel, answers, rendered, gr.skip(), gr.Button(interactive=False)
        answer = None
        try:
            for item in cabinet.ask_stream(message, _turns(answers), filters=None if filters.empty else filters, qid=uuid.uuid4().hex[:10]):
                if isinstance(item, str):  # a model's verified answer so far
                    chat[-1] = {"role": "assistant", "content": safe_markdown(item) + " ▍"}
                    yield "", chat, panel, answers, rendered, gr.skip(), gr.skip()
                else:
                    answer = item
        except CabinetError as exc:
            raise gr.Error(str(exc)) from exc
        answers = list(answers) + [answer.model_dump()]
        rendered = list(rendered) + [render_sources(answer, settings, cabinet.catalogue.documents)]
        chat[-1] = {"role": "assistant", "content": filters_line(filters) + chat_markdown(answer)}
        export = export_file(exports, getattr(request, "session_hash", None))
        export.write_text(conversation_markdown([Answer(**a) for a in answers]), encoding="utf-8")
        yield "", chat, sources_panel(answers, rendered), answers, rendered, gr.DownloadButton(value=str(export), interactive=True), gr.skip()

    def vote(answers, which: int, up: bool | None, comment: str | None = None, request: gr.Request | None = None) -> str:
        answer = Answer(**answers[which])
        feedback.record(settings, answer, "up" if up else "down", comment=comment, history=_turns(answers[:which]),
                        user=getattr(request, "username", None))
        return "Thank you: your feedback on this answer was saved." + (" (with your comment)" if comment else "")

    def on_like(chat, answers, data: gr.LikeData, request: gr.Request):
        if not answers:
            return gr.skip()
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        which = answer_at(chat, answers, int(index))
        if which is None:
            gr.Info(f"Only the latest {MAX_ANSWERS} answers of a conversation can be rated.")
            return gr.skip()
        saved = vote(answers, which, bool(data.liked), request=request)
        gr.Info(saved + " Add a comment under 'Feedback on the latest answer'.")
        return saved

    def check_feedback(answers, verdict, comment):
        return [None, gr.validate(verdict in ("up", "down") or not answers, "Choose Helpful or Not helpful first."), None]

    def on_feedback(answers, verdict, comment, request: gr.Request):
        if not answers:
            return "There is no answer to give feedback on yet.", comment
        return vote(answers, len(answers) - 1, verdict == "up", comment or "", request), ""

    def new_conversation():
        return "", [], NO_SOURCES, [], [], gr.DownloadButton(value=None, interactive=False), gr.Button(interactive=False), ""

    def pick_example(data: gr.SelectData) -> str:
        return data.value["text"] if isinstance(data.value, dict) else str(data.value)

    with gr.Tab("Ask", id="ask-tab"):
        answers = gr.State([])
        rendered = gr.State([])  # each answer's sources HTML, drawn once
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                chat = gr.Chatbot(value=[], label="Conversation", height=520, elem_id="chat", buttons=["copy", "copy_all"],
                                  placeholder=f"**{PLACEHOLDER}** Pick an example, or type below.")
                question = gr.Textbox(label="Question", placeholder=PLACEHOLDER, elem_id="question", max_lines=4, autofocus=True)
                with gr.Row():
                    send = gr.Button("Ask", variant="primary", elem_id="ask", interactive=False)
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
                    types = gr.Dropdown(value=[], label="Document type", multiselect=True, allow_custom_value=True, elem_id="filter-type")
                    councils = gr.Dropdown(value=[], label="Council", multiselect=True, allow_custom_value=True, elem_id="filter-council")
                    docs = gr.Dropdown(value=[], label="Only these documents", multiselect=True, allow_custom_value=True, elem_id="filter-docs")
                    with gr.Row():
                        since = gr.Textbox(value="", label="From (YYYY-MM-DD)", max_lines=1, elem_id="filter-since")
                        until = gr.Textbox(value="", label="To (YYYY-MM-DD)", max_lines=1, elem_id="filter-until")
                gr.Markdown("### Sources")
                sources = gr.HTML(NO_SOURCES, elem_id="sources")

    ask_inputs = [question, chat, answers, rendered, types, councils, docs, since, until]
    ask_outputs = [question, chat, sources, answers, rendered, download, send]
    # Bring the new answer into view, unless a source was opened meanwhile (a tap on a marker within the delay).
    scroll = "() => setTimeout(() => { if (Date.now() - (window.cabinetOpenedAt || 0) < 2000) return;" \
             " const rows = document.querySelectorAll('#chat .message-row.bot-row, #chat .bot-row');" \
             " const last = rows[rows.length - 1]; if (last) last.scrollIntoView({block: 'start', behavior: 'instant'}); }, 200)"
    send.click(respond, ask_inputs, ask_outputs, api_name="ask", validator=check).then(None, js=scroll)
    question.submit(respond, ask_inputs, ask_outputs, api_name=False, validator=check).then(None, js=scroll)
    question.change(lambda text: gr.Button(interactive=bool((text or "").strip())), [question], [send], queue=False,
                   show_progress="hidden", api_name=False)
    cleared = [question, chat, sources, answers, rendered, download, send, thanks]
    reset.click(new_conversation, None, cleared, api_name="reset")
    chat.clear(new_conversation, None, cleared, api_name=False)  # the chat's own clear icon is New conversation too
    chat.like(on_like, [chat, answers], [thanks], api_name=False)
    chat.example_select(pick_example, None, [question], api_name=False).then(respond, ask_inputs, ask_outputs, api_name=False).then(
        None, js=scroll)
    send_feedback.click(on_feedback, [answers, verdict, comment], [thanks, comment], api_name="feedback", validator=check_feedback)
    return AskTab(chat=chat, question=question, types=types, councils=councils, docs=docs)


def documents_tab(settings: Settings, session: Session) -> list:
    """The library (newest first), upload, precedents and removal; returns the components a library change refreshes."""
    from web.library import documents_tab as build_documents

    return build_documents(settings, session)


EXPORT_KEEP_SECONDS = 24 * 3600


def export_file(exports: Path, session: str | None) -> Path:
    """The conversation file of one browser session, rewritten after each answer; sessions idle for a day lose theirs."""
    now = time.time()
    for folder in exports.iterdir():
        if folder.is_dir() and now - folder.stat().st_mtime > EXPORT_KEEP_SECONDS:
            for file in folder.iterdir():
                file.unlink(missing_ok=True)
            folder.rmdir()
    name = re.sub(r"[^\w-]", "", session or "")[:64] or uuid.uuid4().hex[:12]  # sessions never share a file
    folder = exports / name
    folder.mkdir(exist_ok=True)
    os.utime(folder)
    return folder / "cabinet-conversation.md"


def build(settings: Settings, served: list[Path] | None = None, session: Session | None = None) -> gr.Blocks:  # noqa: ARG001
    """The page: an Ask tab (chat, filters, sources) and a Documents tab (library, upload, precedents, removal)."""
    from index import library
    from index.examples import example_questions

    session = session or Session(settings)
    # Gradio keeps its own copy of each upload and download; copies older than a day are deleted hourly.
    with gr.Blocks(title="Cabinet", fill_width=True, delete_cache=(3600, EXPORT_KEEP_SECONDS)) as page:
        gr.Markdown("# Cabinet\nAsk about council plans and reports. Every statement cites its document, page and passage.")
        fresh = gr.Markdown("", elem_id="freshness")
        with gr.Tabs(elem_id="tabs") as tabs:
            ask = ask_tab(settings, session)
            library_parts = documents_tab(settings, session)
        ask.tabs = tabs

        def refresh():
            rows = library.documents(settings)
            examples = example_questions(catalogue(settings))
            types = sorted({row.type for row in rows if row.type})
            councils = sorted({row.council for row in rows if row.council})
            newest = sorted(rows, key=lambda row: row.date or "", reverse=True)
            return (
                freshness(rows),
                gr.Chatbot(examples=[{"text": example} for example in examples] or None),
                gr.Textbox(placeholder=examples[0] if examples else PLACEHOLDER),
                gr.Dropdown(choices=[(TYPE_LABELS.get(t, t), t) for t in types]),
                gr.Dropdown(choices=councils),
                gr.Dropdown(choices=[(f"{row.title} ({row.date or 'undated'})", row.source) for row in newest]),
            ) + library_parts.refresh(rows)

        outputs = [fresh, ask.chat, ask.question, ask.types, ask.councils, ask.docs] + library_parts.outputs
        library_parts.changed(refresh, outputs)
        library_parts.asked(ask)
        library_parts.for_user(page)
        page.load(refresh, None, outputs, api_name=False)
    return page


def launch(settings: Settings, *, prevent_thread_lock: bool = False) -> gr.Blocks:
    """Serve the app and its JSON API on the configured host and port (127.0.0.1:7860), behind a sign-in when CABINET_AUTH_FILE is set."""
    from starlette.middleware import Middleware

    from cabinet.auth import SignInGate, SignInGuard, checker
    from web.api import mount_api

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    auth = checker(Path(settings.auth_file)) if settings.auth_file else None
    guard = SignInGuard(free=settings.auth_free_failures, free_address=4 * settings.auth_free_failures, max_lock=settings.auth_max_lock)
    # With sign-in on, every route but the sign-in page needs a session (Gradio leaves some open, the heartbeat among them).
    gate = {"middleware": [Middleware(SignInGate, guard=guard)]} if auth else None
    served = served_files(settings)
    session = Session(settings)
    page = build(settings, served, session)
    page.queue(default_concurrency_limit=4).launch(state_session_capacity=SESSIONS_KEPT,
        app_kwargs=gate, server_name=settings.host, server_port=settings.port, show_error=False, auth=auth, prevent_thread_lock=True,
        allowed_paths=[str(path) for path in served], max_file_size=f"{settings.max_file_mb}mb",
        head="<script>" + (WEB / "page.js").read_text(encoding="utf-8") + "</script>", css=(WEB / "page.css").read_text(encoding="utf-8"),
        favicon_path=str(WEB / "icon.svg"), footer_links=[], auth_message="Sign in with your Cabinet account." if auth else None,
    )
    mount_api(page, settings, session, auth)
    if not prevent_thread_lock:
        page.block_thread()
    return page


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        launch(Settings())
    except CabinetError as exc:
        raise SystemExit(f"cabinet: {exc}") from exc
