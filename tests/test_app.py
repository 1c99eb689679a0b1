"""The Gradio app, launched for real on a free port and driven through gradio_client: ask, follow-up, filters, upload, feedback."""

from __future__ import annotations

import json
import re
import shutil
import socket

import pytest
from conftest import needs_shared, shared


def free_port() -> int:
    """A TCP port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def app_settings(settings, tmp_path_factory):
    """A copy of the session store, so uploads and removals here leave other tests' store alone."""
    data = tmp_path_factory.mktemp("app-data")
    shutil.copytree(settings.store_path, data / "store")
    return settings.model_copy(update={"data_dir": data, "store_dir": data / "store", "port": free_port()})


@pytest.fixture(scope="module")
def page(app_settings):
    import app

    launched = app.launch(app_settings, prevent_thread_lock=True)
    yield launched
    launched.close()


@pytest.fixture(scope="module")
def client(page, app_settings):
    from gradio_client import Client

    return Client(f"http://127.0.0.1:{app_settings.port}/", verbose=False)


def _text(message) -> str:
    content = message["content"]
    return content if isinstance(content, str) else " ".join(part.get("text", "") for part in content)


def marker_ids(text: str) -> list[str]:
    """The source ids an answer's [n] markers link to."""
    return re.findall(r"\]\(#(source-[0-9a-f]+-\d+)\)", text)


def ask(client, question: str, history=None, *, types=(), councils=(), docs=(), since="", until="", every=False):
    """One turn through the /ask endpoint: (chat history, the latest answer's sources HTML, or `every` answer's, conversation file)."""
    _, chat, sources, download = client.predict(question, history or [], list(types), list(councils), list(docs), since, until, api_name="/ask")
    sources = sources if every else sources.split("<details class='cabinet-turn'")[1]  # the latest answer's block comes first
    return chat, sources, download["value"] if isinstance(download, dict) else download  # the button's update carries the file


def test_app_answers_with_numbered_sources_and_a_markdown_export(client):
    client.predict(api_name="/reset")
    chat, sources, download = ask(client, "Who is the lead officer for the New Vision for Somerset?")
    answer = _text(chat[-1])
    first = marker_ids(answer)[0]
    assert "Simon Clifford" in answer and answer.count("[[1]]") == 1 and first.endswith("-1")
    assert f"id='{first}'" in sources and "<mark>" in sources and "page 1" in sources
    assert "<img" in sources and "cabinet-mark" in sources  # the cited PDF page, with the quote boxed
    exported = open(download, encoding="utf-8").read()
    assert "**Q:** Who is the lead officer" in exported and "Simon Clifford" in exported and "somerset-cabinet-2017-11-15-new-vision.pdf, page 1" in exported


def test_app_answers_a_bare_question(client):
    """Officers' scripts call /ask with the question alone: every other input has a default."""
    _, chat, sources, _ = client.predict("Who is the lead officer for the New Vision for Somerset?", api_name="/ask")
    assert "Simon Clifford" in _text(chat[-1]) and "new-vision.pdf" in sources


def test_app_keeps_each_answers_own_sources(client):
    client.predict(api_name="/reset")
    chat, _, _ = ask(client, "Who is the lead officer for the New Vision for Somerset?")
    chat, sources, _ = ask(client, "What are the priority outcomes?", chat, docs=["leicestershire-hwb-2017-07-20-strategic-plan.pdf"], every=True)
    first, second = marker_ids(_text(chat[-3]))[0], marker_ids(_text(chat[-1]))[0]
    assert first != second
    source = sources.split(f"id='{first}'", 1)[1].split("</details>", 1)[0]  # the first answer's [1], still in the panel
    assert "new-vision.pdf" in source and "page 1" in source and "leicestershire" not in source
    assert sources.index("Answer 2:") < sources.index("Answer 1:")  # the latest answer's sources first


def test_app_an_empty_chat_starts_a_new_conversation(client):
    """An API caller that sends no chat starts afresh: the session's earlier answers neither follow nor pile up."""
    client.predict(api_name="/reset")
    ask(client, "Who is the lead officer for the New Vision for Somerset?")
    _, sources, download = ask(client, "What are the priority outcomes?", every=True)
    assert "Answer 1:" in sources and "Answer 2:" not in sources and "New Vision" not in sources
    assert open(download, encoding="utf-8").read().count("**Q:**") == 1


def test_app_session_keeps_no_copy_per_question(client, page):
    """Asking again in one session leaves its stored components as they were (a gr.skip() while streaming added one a question)."""
    from gradio_client import Client

    own = Client(client.src, verbose=False)
    ask(own, "Who is the lead officer for the New Vision for Somerset?")
    state = page.state_holder.session_data[own.session_hash]
    before = (len(state.blocks_config.blocks), len(state.config_values))
    for question in ["What are the priority outcomes?", "Who is the lead officer?", "What is the forward plan reference?"]:
        ask(own, question)
    assert (len(state.blocks_config.blocks), len(state.config_values)) == before


def test_app_follow_up_uses_the_conversation(client):
    client.predict(api_name="/reset")
    chat, _, _ = ask(client, "Who is the lead officer for the New Vision for Somerset?")
    chat, _, download = ask(client, "and what is its forward plan reference?", chat)
    assert "FP/17/08/12" in _text(chat[-1])
    assert open(download, encoding="utf-8").read().count("**Q:**") == 2


def test_app_filters_restrict_the_documents_cited(client):
    client.predict(api_name="/reset")
    question = "What are the priority outcomes?"
    _, sources, _ = ask(client, question, docs=["leicestershire-hwb-2017-07-20-strategic-plan.pdf"])
    assert "leicestershire-hwb-2017-07-20-strategic-plan.pdf" in sources and "new-vision" not in sources
    _, sources, _ = ask(client, "Who is the lead officer?", types=["cabinet-report"])
    assert "new-vision" in sources and "leicestershire" not in sources


def test_app_shows_the_active_filters_above_the_answer(client):
    client.predict(api_name="/reset")
    chat, _, _ = ask(client, "Who is the lead officer?", types=["cabinet-report"], since="2017", until="2018")
    assert _text(chat[-1]).startswith("*Filtered: cabinet reports; 2017 to 2018*")
    chat, _, _ = ask(client, "Who is the lead officer?")
    assert "Filtered:" not in _text(chat[-1])


def test_filters_line_names_every_filter_in_words():
    from index.models import Filters
    from web.sources import filters_line

    line = filters_line(Filters(councils=["Eastfold"], sources=["plan_2019.pdf"], since="2019", until="2023"))
    assert line == "*Filtered: council Eastfold; document plan\\_2019.pdf; 2019 to 2023*\n\n"
    assert filters_line(Filters(until="2020-03")).startswith("*Filtered: up to 2020-03*") and filters_line(Filters()) == ""


def test_app_rejects_bad_filters_with_a_message(client):
    from gradio_client.exceptions import ValidationError

    with pytest.raises(ValidationError, match="'last year' is not a date. Write it as 2019"):
        ask(client, "What are the priority outcomes?", since="last year")
    with pytest.raises(ValidationError, match="'2019-13-45' is not a date"):
        ask(client, "What are the priority outcomes?", since="2019-13-45")
    with pytest.raises(ValidationError, match="is before the 'from' date"):
        ask(client, "What are the priority outcomes?", since="2020", until="2010")
    with pytest.raises(ValidationError, match="No document type"):
        ask(client, "What are the priority outcomes?", types=["cabinet"])
    with pytest.raises(ValidationError, match="No document named no-such-file.pdf"):
        ask(client, "What are the priority outcomes?", docs=["no-such-file.pdf"])


def test_app_feedback_is_stored_and_exported(client, app_settings):
    from index.feedback import eval_candidates, feedback_path

    client.predict(api_name="/reset")
    ask(client, "Who is the lead officer for the New Vision for Somerset?")
    message, _ = client.predict("down", "It should also say who wrote it", api_name="/feedback")
    assert "saved" in message
    message, _ = client.predict("up", "", api_name="/feedback")  # a change of mind updates the one record of this answer
    stored = [json.loads(line) for line in feedback_path(app_settings).read_text().splitlines()]
    assert len([entry for entry in stored if entry["answer_id"] == stored[-1]["answer_id"]]) == 1
    assert stored[-1]["vote"] == "up" and stored[-1]["comment"] == ""
    client.predict("down", "It should also say who wrote it", api_name="/feedback")
    stored = [json.loads(line) for line in feedback_path(app_settings).read_text().splitlines()]
    assert stored[-1]["vote"] == "down" and stored[-1]["comment"] == "It should also say who wrote it"
    assert stored[-1]["question"] == "Who is the lead officer for the New Vision for Somerset?" and stored[-1]["citations"]
    candidate = next(c for c in eval_candidates(app_settings) if c["q"] == stored[-1]["question"])
    assert candidate["review"]["vote"] == "down" and candidate["facts"] == []


def test_app_upload_ingests_a_new_file_which_can_then_be_asked_about(client, tmp_path):
    from gradio_client import handle_file

    note = tmp_path / "parish-grants.txt"
    note.write_text("Eastfold Parish Grants Note\n\nThe parish grants scheme awards up to 4,500 pounds to village hall repairs in 2024.\n")
    results, *_ = client.predict([handle_file(str(note))], api_name="/upload")
    assert [row[:2] for row in results["data"]] == [["parish-grants.txt", "ingested"]]
    chat, sources, _ = ask(client, "How much does the parish grants scheme award to village hall repairs?")
    assert "4,500" in _text(chat[-1]) and "parish-grants.txt" in sources


def test_app_never_serves_an_uploaded_html_page(client, app_settings, tmp_path):
    import urllib.error
    import urllib.parse
    import urllib.request

    from gradio_client import handle_file

    page = tmp_path / "minutes.html"
    page.write_text("<html><body><h1>Allotments committee minutes</h1><script>alert(1)</script><p>The committee met on 3 May 2024.</p></body></html>")
    results, *_ = client.predict([handle_file(str(page))], api_name="/upload")
    assert results["data"][0][1] == "ingested"
    stored = next((app_settings.data_dir / "uploads").rglob("minutes.html"))
    with pytest.raises(urllib.error.HTTPError) as refused:  # an HTML page served from the app's origin could run script there
        urllib.request.urlopen(client.src.rstrip("/") + "/gradio_api/file=" + urllib.parse.quote(str(stored.resolve())))
    assert refused.value.code == 403


@needs_shared
def test_app_upload_of_a_bad_file_says_which_and_why(client, app_settings):
    from gradio_client import handle_file

    results, *_ = client.predict([handle_file(str(shared("bad", "not-really-a.pdf")))], api_name="/upload")
    (name, status, detail), = results["data"]
    assert (name, status) == ("not-really-a.pdf", "failed") and "not a PDF" in detail
    assert not list((app_settings.data_dir / "uploads").glob("not-really-a*"))  # a rejected file is not kept


def test_app_lists_earlier_reports_on_a_similar_matter(client, app_settings):
    import html

    from conftest import DEMO

    from index.library import documents
    from ingest.readers import read_document

    vision = next(doc for doc in documents(app_settings) if doc.source == "somerset-cabinet-2017-11-15-new-vision.pdf")
    cards = client.predict(vision.doc_id, api_name="/similar")
    dates = re.findall(r"<div class='cabinet-meta'>(\d{4}-\d{2}-\d{2})", cards)
    assert dates and all(date < "2017-11-15" for date in dates)  # earlier ones only, dated
    assert "leicestershire-hwb-2017-07-20-strategic-plan.pdf" in cards and "/api/files/" in cards  # each card opens its document
    card = cards.split("leicestershire-hwb-2017-07-20-strategic-plan.pdf", 1)[1].split("</li>", 1)[0]
    shared = re.search(r"<blockquote class='cabinet-shared'>(.+?)(?:…)?<span", card).group(1)  # the passage it shares with the chosen one
    text = " ".join(" ".join(page.text for page in read_document(DEMO / "leicestershire-hwb-2017-07-20-strategic-plan.pdf").pages).split())
    assert len(shared) > 40 and html.unescape(shared)[:60] in text  # a real passage of the precedent


def test_app_removes_a_document(client, app_settings):
    from index.library import documents

    row = next(doc for doc in documents(app_settings) if doc.source == "leicestershire-hwb-2017-07-20-strategic-plan.pdf")
    message = client.predict(row.doc_id, api_name="/remove")
    assert "Removed" in message
    assert row.doc_id not in {doc.doc_id for doc in documents(app_settings)}
    _, sources, _ = ask(client, "What are the five priority outcomes in Leicestershire's strategic plan?")
    assert "leicestershire-hwb" not in sources


def test_app_on_an_empty_store_says_what_to_do(tmp_path):
    from conftest import fresh_settings
    from gradio_client import Client
    from gradio_client.exceptions import ValidationError

    import app

    settings = fresh_settings(tmp_path).model_copy(update={"port": free_port()})
    page = app.launch(settings, prevent_thread_lock=True)
    try:
        client = Client(f"http://127.0.0.1:{settings.port}/", verbose=False)
        with pytest.raises(ValidationError, match="There are no documents yet. Upload some in the Documents tab"):
            ask(client, "Who is the lead officer?")
    finally:
        page.close()


def test_app_refuses_a_question_that_is_too_long_in_plain_words(client, app_settings):
    from gradio_client.exceptions import ValidationError

    with pytest.raises(ValidationError, match=f"Please shorten it to {app_settings.max_question_chars:,} characters or fewer") as refused:
        ask(client, "Who is the lead officer? " * 100)
    assert "CABINET_" not in str(refused.value)  # no setting names for members
    with pytest.raises(ValidationError, match="Type a question"):
        ask(client, "   ")


def test_app_streams_a_model_answer_and_shows_why_it_fell_back(settings):
    from gradio_client import Client
    from scripted_llm import ScriptedLLM

    import app

    question = "When is the final Strategic Plan going to the County Council?"
    with ScriptedLLM() as endpoint:
        served = settings.model_copy(update={"mode": "llm", "llm_url": endpoint.openai_url, "llm_model": "scripted", "llm_kind": "openai",
                                             "llm_timeout": 5.0, "port": free_port()})
        page = app.launch(served, prevent_thread_lock=True)
        try:
            client = Client(f"http://127.0.0.1:{served.port}/", verbose=False)
            updates = list(client.submit(question, [], [], [], [], "", "", api_name="/ask"))
            texts = [_text(update[1][-1]) for update in updates if update[1]]
            assert any(text.endswith("▍") for text in texts)  # verified text arrived while the model wrote
            final = texts[-1]
            assert marker_ids(final) and "▍" not in final and endpoint.requests[-1]["stream"] is True
            assert f"id='{marker_ids(final)[0]}'" in updates[-1][2]

            endpoint.mode = "error"
            client.predict(api_name="/reset")
            _, chat, _, _ = client.predict(question, [], [], [], [], "", "", api_name="/ask")
            assert "extractive" in _text(chat[-1]).lower()  # the note says the model failed and this is the extractive answer
        finally:
            page.close()


def _post(url: str, body: dict, headers: dict | None = None):
    import urllib.request

    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())


def test_api_ask_returns_what_cabinet_ask_json_prints(client, app_settings):
    from click.testing import CliRunner

    from cabinet.cli import main

    question = "Who is the lead officer for the New Vision for Somerset?"
    served = _post(client.src.rstrip("/") + "/api/ask", {"question": question})
    printed = CliRunner().invoke(main, ["ask", "--store", str(app_settings.store_path), "--json", question])
    expected = json.loads(printed.output.strip().splitlines()[-1])
    assert set(served) == set(expected) and served["timings_ms"].keys() == expected["timings_ms"].keys()
    assert {k: v for k, v in served.items() if k != "timings_ms"} == {k: v for k, v in expected.items() if k != "timings_ms"}
    assert "Simon Clifford" in served["answer"] and served["citations"][0]["page"] == 1

    follow = _post(client.src.rstrip("/") + "/api/ask", {"question": "and what is its forward plan reference?",
                                                          "history": [{"role": "user", "content": question},
                                                                      {"role": "assistant", "content": served["answer"]}]})
    assert "FP/17/08/12" in follow["answer"]
    only = _post(client.src.rstrip("/") + "/api/ask", {"question": "What are the priorities?",
                                                        "filters": {"sources": ["somerset-cabinet-2017-11-15-new-vision.pdf"]}})
    assert {c["source"] for c in only["citations"]} == {"somerset-cabinet-2017-11-15-new-vision.pdf"}


def test_api_lists_documents_describes_itself_and_refuses_bad_questions(client):
    import urllib.error
    import urllib.request

    base = client.src.rstrip("/") + "/api"
    with urllib.request.urlopen(base + "/documents") as response:
        rows = json.loads(response.read())
    vision = next(row for row in rows if row["source"] == "somerset-cabinet-2017-11-15-new-vision.pdf")
    with urllib.request.urlopen(f"{base}/documents/{vision['doc_id']}") as response:
        assert json.loads(response.read())["title"] == vision["title"]
    with urllib.request.urlopen(f"{base}/files/{vision['doc_id']}") as response:  # the original, behind a URL without its path
        assert response.headers["content-type"] == "application/pdf" and response.read(5) == b"%PDF-"
    with urllib.request.urlopen(base + "/openapi.json") as response:
        paths = json.loads(response.read())["paths"]
    assert {"/ask", "/documents", "/documents/{doc_id}"} <= set(paths)
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{base}/documents/nothing-here")
    assert missing.value.code == 404
    with pytest.raises(urllib.error.HTTPError) as refused:
        _post(base + "/ask", {"question": "x" * 5000})
    assert refused.value.code == 422 and "Please shorten it" in refused.value.read().decode()


@needs_shared
def test_app_shows_a_docx_source_as_its_text_with_the_quote_highlighted_and_the_original_downloadable(client):
    import html
    import urllib.request

    _, sources, _ = ask(client, "What will the council do for thriving towns?", docs=["northmoor-corporate-plan-2020-23.docx"])
    assert "northmoor-corporate-plan-2020-23.docx" in sources and "<img" not in sources
    quote = html.unescape(re.search(r"<blockquote><mark>(.*?)</mark>", sources).group(1))
    shown = html.unescape(re.search(r"<mark class='cabinet-quote'>(.*?)</mark>", sources, re.S).group(1))
    assert " ".join(shown.split()).lower() == " ".join(quote.split()).lower()  # the quote, highlighted where it stands in the text
    link = re.search(r"href='(/api/files/[0-9a-f]+)'[^>]*download>Download the original", sources).group(1)
    with urllib.request.urlopen(client.src.rstrip("/") + link) as response:
        assert "attachment" in response.headers["content-disposition"] and response.read(2) == b"PK"  # the .docx itself


def test_a_conversation_keeps_the_answers_its_chat_shows_and_at_most_max_answers():
    import app

    answers, rendered = [{"id": str(n)} for n in range(30)], [f"<p>{n}</p>" for n in range(30)]
    chat = [{"role": role, "content": "x"} for _ in range(3) for role in ("user", "assistant")]
    kept, shown = app.ongoing(chat, answers, rendered)
    assert [a["id"] for a in kept] == ["27", "28", "29"] and shown == ["<p>27</p>", "<p>28</p>", "<p>29</p>"]
    assert app.ongoing([], answers, rendered) == ([], [])  # a caller that sends no chat starts afresh
    long_chat = [{"role": role, "content": "x"} for _ in range(40) for role in ("user", "assistant")]
    kept, _ = app.ongoing(long_chat, answers, rendered)
    assert len(kept) == app.MAX_ANSWERS - 1 and kept[-1]["id"] == "29"  # room for the answer about to come


def test_a_rated_message_is_the_kept_answer_it_shows():
    import app

    chat = [{"role": role, "content": "x"} for _ in range(5) for role in ("user", "assistant")]  # five answers shown
    answers = [{"id": n} for n in ("c", "d", "e")]  # the last three kept
    assert app.answer_at(chat, answers, 9) == 2 and app.answer_at(chat, answers, 5) == 0
    assert app.answer_at(chat, answers, 3) is None  # fallen away
    assert app.answer_at(chat, answers, 4) is None  # a question, not an answer


def test_session_refreshes_its_one_cabinet_when_the_library_changes(app_settings):
    import app

    session = app.Session(app_settings)
    first = session.cabinet()
    session.reload()
    assert session.cabinet() is first
