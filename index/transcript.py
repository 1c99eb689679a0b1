"""A conversation as Markdown, each answer followed by its numbered sources, for members to download and share."""

from __future__ import annotations

from datetime import UTC, datetime

from index.answer import escape
from index.models import Answer


def answer_markdown(answer: Answer) -> str:
    """One answer with its sources as a Markdown section; the question and the documents' titles and quotes are escaped, so they show as written."""
    lines = [f"**Q:** {escape(answer.question)}", "", answer.answer, ""]
    if answer.citations:
        lines.append("Sources:")
        for citation in answer.citations:
            page = f", page {citation.page}" if citation.page else ""
            section = f" ({escape(citation.section)})" if citation.section else ""
            lines.append(f"{citation.n}. {escape(citation.title or citation.source)} ({escape(citation.source)}{page}){section}")
            lines.append(f"   > {escape(' '.join(citation.quote.split()))}")
        lines.append("")
    return "\n".join(lines)


def conversation_markdown(answers: list[Answer], *, now: datetime | None = None) -> str:
    """The whole conversation, oldest answer first, with a dated heading."""
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    parts = [f"# Cabinet conversation, {stamp}", ""]
    parts += [answer_markdown(answer) for answer in answers]
    return "\n".join(parts).rstrip() + "\n"
