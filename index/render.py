"""Answers as Markdown that is safe to display: text from documents or a model cannot add HTML, links or images.

Statements are already Markdown-escaped when an answer is built; this is the second line of defence at the
edge, so a display never fetches a URL an answer carries (no exfiltration through a Markdown image).
"""

from __future__ import annotations

import html
import re

from index.answer import escape
from index.models import Answer

_LINK = re.compile(r"(!?)(?<!\\)\[([^\]\n]*)\]\(([^)\n]*)\)")
_URL = re.compile(r"\b(?:https?|ftp|file|data|javascript|vbscript|mailto):[^\s<>`\"'()\\]*|\bwww\.[^\s<>`\"'()\\]+", re.IGNORECASE)


def safe_markdown(text: str) -> str:
    """Markdown with raw HTML escaped, link and image syntax made literal, and bare URLs shown as inert code."""
    text = text.replace("\\<", "<").replace("\\>", ">")
    text = html.escape(text, quote=False)
    text = _LINK.sub(lambda m: f"{m.group(1)}\\[{m.group(2)}\\]\\({m.group(3)}\\)", text)
    return _URL.sub(lambda m: "`" + m.group(0).replace("\\", "").replace("`", "") + "`", text)


def render_answer(answer: Answer) -> str:
    """The answer for a chat window: its note (why a model's answer fell back or was trimmed) in italics, then the text."""
    note = f"*{safe_markdown(escape(answer.note))}*\n\n" if answer.note else ""
    return note + safe_markdown(answer.answer)
