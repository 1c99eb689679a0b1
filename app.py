"""The Gradio chat app: wiring of index/ functions, rendering of answers and their numbered sources."""

from __future__ import annotations

import html
import os
import threading

import gradio as gr

from cabinet.errors import CabinetError
from cabinet.settings import Settings

EXAMPLES = [
    "Which activities support 'Fairer life chances'?",
    "Who is the lead officer for the New Vision for Somerset?",
    "What are the five priority outcomes in Leicestershire's strategic plan?",
    "Which Pioneer Somerset workstreams are behind schedule?",
]


class Session:
    """One Cabinet per app process, opened on the first question so an empty store is a message, not a crash."""

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


def render_sources(answer) -> str:
    """HTML of the numbered sources: document, page, section and the quoted passage, highlighted."""
    if answer.abstained:
        return "<p class='cabinet-none'>No sources: the documents do not answer this question.</p>"
    items = []
    for citation in answer.citations:
        page = f", page {citation.page}" if citation.page else ""
        section = f"<div class='cabinet-section'>{html.escape(citation.section)}</div>" if citation.section else ""
        items.append(
            f"<li id='source-{citation.n}'><strong>[{citation.n}] {html.escape(citation.title or citation.source)}</strong>"
            f"<div class='cabinet-file'>{html.escape(citation.source)}{page}</div>{section}"
            f"<blockquote><mark>{html.escape(citation.quote)}</mark></blockquote></li>"
        )
    return "<ol class='cabinet-sources'>" + "".join(items) + "</ol>"


def history_turns(history: list[dict]) -> list:
    """Gradio's message dicts as Cabinet conversation turns."""
    from index.models import Turn

    turns = []
    for message in history or []:
        content = message.get("content")
        if isinstance(content, list):  # Gradio may wrap text in content blocks
            content = " ".join(str(part.get("text", "")) if isinstance(part, dict) else str(part) for part in content)
        if message.get("role") in ("user", "assistant") and isinstance(content, str):
            turns.append(Turn(role=message["role"], content=content))
    return turns


def build(settings: Settings) -> gr.Blocks:
    """The chat page: conversation, sources panel, new-conversation button, example questions."""
    session = Session(settings)

    def respond(message: str, history: list[dict]):
        message = (message or "").strip()
        if not message:
            raise gr.Error("Type a question about the documents.")
        try:
            answer = session.cabinet().ask(message, history_turns(history))
        except CabinetError as exc:
            raise gr.Error(str(exc)) from exc
        history = list(history or []) + [{"role": "user", "content": message}, {"role": "assistant", "content": answer.answer}]
        return "", history, render_sources(answer)

    with gr.Blocks(title="Cabinet") as page:
        gr.Markdown("# Cabinet\nAsk about council plans and reports. Every statement cites its document, page and passage.")
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="Conversation", height=480, elem_id="chat", placeholder="Ask a question, or pick an example below.")
                question = gr.Textbox(label="Question", placeholder="Which activities support 'Fairer life chances'?", elem_id="question", max_lines=4)
                with gr.Row():
                    send = gr.Button("Ask", variant="primary", elem_id="ask")
                    reset = gr.Button("New conversation", elem_id="reset")
                gr.Examples(EXAMPLES, inputs=question)
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML("<p>Sources of the latest answer appear here.</p>", elem_id="sources")
        send.click(respond, [question, chat], [question, chat, sources], api_name="ask")
        question.submit(respond, [question, chat], [question, chat, sources], api_name=False)
        reset.click(lambda: ("", [], "<p>Sources of the latest answer appear here.</p>"), None, [question, chat, sources], api_name="reset")
    return page


def launch(settings: Settings) -> None:
    """Serve the app on the configured host and port (127.0.0.1:7860 by default)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    build(settings).queue(default_concurrency_limit=4).launch(server_name=settings.host, server_port=settings.port, show_error=False)


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        launch(Settings())
    except CabinetError as exc:
        raise SystemExit(f"cabinet: {exc}") from exc
