"""Hostile and piling-up files: a Word zip bomb in plain words, escaped titles in exports, one export per session."""

from __future__ import annotations

import os
import re
import time
import zipfile

import pytest

from cabinet.errors import IngestError
from index.models import Answer, Citation, Timings
from ingest.readers import read_document


def _docx(path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_word_zip_bomb_is_refused_in_plain_words(tmp_path):
    bomb = tmp_path / "minutes.docx"
    _docx(bomb, {"word/document.xml": b"<w:document>" + b" " * (40 * 1024 * 1024) + b"</w:document>"})
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(IngestError, match=r"the Word file expands to 40 MB when unpacked .*refused as a possible zip bomb"):
        read_document(bomb)


def test_a_word_file_declaring_a_huge_size_is_refused(tmp_path, monkeypatch):
    import ingest.readers

    monkeypatch.setattr(ingest.readers, "MAX_DOCX_UNPACKED_MB", 1)
    big = tmp_path / "plan.docx"
    _docx(big, {"word/document.xml": os.urandom(1024 * 1024), "word/media/image1.bin": os.urandom(512 * 1024)})
    with pytest.raises(IngestError, match=r"expands to 2 MB .*more than the 1 MB any document needs"):
        read_document(big)


def test_a_damaged_word_file_is_still_called_corrupt(tmp_path):
    broken = tmp_path / "report.docx"
    _docx(broken, {"word/document.xml": b"<not xml"})
    with pytest.raises(IngestError, match="corrupt Word document"):
        read_document(broken)


def test_exported_conversations_escape_titles_questions_and_quotes():
    from index.transcript import conversation_markdown

    citation = Citation(n=1, source="evil.pdf", title="[click](http://evil.example) <img src=x onerror=alert(1)> **Plan**", page=2,
                        section="# Heading", quote="Costs are *£5m*\nin total", score=1.0)
    answer = Answer(question="What does [this](http://x.example) cost?", answer="Costs are \\*£5m\\* [1]", abstained=False,
                    citations=[citation], timings_ms=Timings(retrieve=1, answer=1, total=2))
    text = conversation_markdown([answer])
    assert not re.search(r"(?<!\\)\[click|(?<!\\)<img|(?<!\\)\*\*Plan", text)  # nothing of the title is live Markdown or HTML
    assert "\\[click\\]" in text and "\\<img" in text and "\\*\\*Plan\\*\\*" in text
    assert "**Q:** What does \\[this\\](http://x.example) cost?" in text and "(\\# Heading)" in text
    assert "   > Costs are \\*£5m\\* in total" in text


def test_one_export_per_session_and_idle_sessions_are_cleared(tmp_path):
    from app import EXPORT_KEEP_SECONDS, export_file

    first = export_file(tmp_path, "session-a")
    first.write_text("one")
    assert export_file(tmp_path, "session-a") == first  # the next answer of the same session rewrites its file
    other = export_file(tmp_path, "../../etc")
    assert other.parent.parent == tmp_path and other != first
    old = time.time() - EXPORT_KEEP_SECONDS - 60
    os.utime(first.parent, (old, old))
    export_file(tmp_path, "session-b")
    assert not first.parent.exists() and other.parent.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["etc", "session-b"])
