"""The Gradio app, launched for real on a free port and driven through gradio_client."""

from __future__ import annotations

import socket

import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def client(settings):
    from gradio_client import Client

    import app

    page = app.build(settings)
    port = _free_port()
    page.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, show_error=False)
    yield Client(f"http://127.0.0.1:{port}/", verbose=False)
    page.close()


def _text(message) -> str:
    content = message["content"]
    return content if isinstance(content, str) else " ".join(part.get("text", "") for part in content)


def test_app_answers_with_numbered_sources(client):
    _, history, sources = client.predict("Who is the lead officer for the New Vision for Somerset?", [], api_name="/ask")
    assert "Simon Clifford" in _text(history[-1]) and "[1]" in _text(history[-1])
    assert "<mark>" in sources and "page 1" in sources


def test_app_follow_up_uses_history(client):
    _, history, _ = client.predict("Who is the lead officer for the New Vision for Somerset?", [], api_name="/ask")
    _, history, _ = client.predict("and what is its forward plan reference?", history, api_name="/ask")
    assert "FP/17/08/12" in _text(history[-1])
