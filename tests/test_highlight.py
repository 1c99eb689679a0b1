"""Highlight-report grids: a workstream's schedule status is read from the column its YES stands under."""

from __future__ import annotations

import pytest
from conftest import DEMO, needs_shared, shared

from ingest.chunking import collapse
from ingest.highlight import workstreams
from ingest.readers import read_document


def test_schedule_status_of_each_workstream_as_printed():
    document = read_document(DEMO / "pioneer-somerset-highlight-report-2008-11.pdf")
    status = {stream.name: stream.schedule for stream in workstreams(document)}
    assert status["Strategic Leadership (Political)"] == "on schedule"  # its YES stands under "On schedule"
    behind = {name for name, value in status.items() if value == "behind schedule"}
    assert behind == {"Enhanced Strategic Partnership", "Service Devolution", "Community Engagement and Empowerment",
                      "Workforce Development", "Sector Led Support", "Shared Services"}
    assert status["Customer Access"] == "not stated"  # the grid has no YES: nothing is invented


def test_status_quotes_are_verbatim_on_their_page():
    document = read_document(DEMO / "pioneer-somerset-highlight-report-2008-11.pdf")
    pages = {page.number: collapse(page.text) for page in document.pages}
    for stream in workstreams(document):
        if stream.quote:
            assert stream.quote in pages[stream.status_page], stream


@needs_shared
def test_rag_table_rows_are_read_as_printed():
    document = read_document(shared("sample", "northmoor-programme-status-2022-q2.pdf"))
    streams = {stream.name: stream for stream in workstreams(document)}
    assert list(streams) == ["Digital front door", "Shared revenues and benefits service", "Office accommodation review", "Workforce and culture", "Commercial income"]
    assert streams["Digital front door"].rag == {"time": "Red", "cost": "Amber", "quality": "Green"}
    assert streams["Digital front door"].lead == "Declan Rourke"
    assert {name for name, stream in streams.items() if stream.schedule == "behind schedule"} == {"Digital front door", "Office accommodation review"}
    pages = {page.number: collapse(page.text) for page in document.pages}
    for stream in streams.values():
        assert stream.quote in pages[stream.status_page] and stream.quote.endswith((".", "%."))


def test_a_question_naming_one_workstream_is_answered_for_it_alone(tmp_path):
    from conftest import fresh_settings

    from index.build import ingest_paths
    from index.service import Cabinet

    settings = fresh_settings(tmp_path)
    ingest_paths([DEMO / "pioneer-somerset-highlight-report-2008-11.pdf"], settings)
    answer = Cabinet(settings).ask("What is the schedule status of the Service Devolution workstream?")
    assert "Service Devolution: behind schedule" in answer.answer
    assert "Shared Services" not in answer.answer and len(answer.citations) == 1


def test_budget_status_of_each_workstream_as_printed():
    document = read_document(DEMO / "pioneer-somerset-highlight-report-2008-11.pdf")
    streams = {stream.name: stream for stream in workstreams(document)}
    budget = {name: stream.budget for name, stream in streams.items()}
    # YES stands under "ON BUDGET" in three grids; three grids print N/A in every cell; one grid has only "£-".
    assert {name for name, value in budget.items() if value == "on budget"} == {"Strategic Leadership (Political)", "Service Devolution", "Shared Services"}
    assert {name for name, value in budget.items() if value == "N/A"} == {"Enhanced Strategic Partnership", "Community Engagement and Empowerment",
                                                                          "Workforce Development", "Sector Led Support"}
    assert budget["Customer Access"] == "not stated" and budget["Strategic Management"] == "not stated"
    assert all(stream.resources == "not stated" for stream in streams.values())  # the grids have no resources row
    pages = {page.number: collapse(page.text) for page in document.pages}
    for stream in streams.values():
        if stream.budget_quote:
            assert stream.budget_quote in pages[stream.budget_page] and stream.budget_quote.startswith("UNDERSPEND"), stream


def test_text_sections_of_each_workstream_are_verbatim_spans_of_their_pages():
    document = read_document(DEMO / "pioneer-somerset-highlight-report-2008-11.pdf")
    streams = {stream.name: stream for stream in workstreams(document)}
    pages = {page.number: collapse(page.text) for page in document.pages}
    for stream in streams.values():
        for section in stream.sections:
            assert section["text"] in pages[section["page"]], section

    def text(name: str, kind: str) -> str:
        return " ".join(section["text"] for section in streams[name].sections if section["kind"] == kind)

    assert "extend the deadline for responses to 12 December" in text("Service Devolution", "issues")
    assert "the final report cannot be presented in November" in text("Service Devolution", "problems")
    assert "Risks are being managed satisfactorily" not in text("Service Devolution", "problems")
    # "Barriers to progress with the work-stream" is this workstream's problems section
    assert "Differing political and management cultures" in text("Strategic Leadership (Managerial)", "problems")
    # a problems section that runs over a page keeps both parts, each with its own page
    assert [s["page"] for s in streams["Enhanced Strategic Partnership"].sections if s["kind"] == "problems"] == [3, 4]
    assert "Regeneration / Major Applications" in text("Shared Services", "completed")
    assert "SWOne to two of the Councils" in text("Customer Access", "risks")
    assert "Risk update" not in text("Sector Led Support", "problems")  # headings inside a paragraph still end a section
    assert text("Sector Led Support", "risks") == "As per PID."
    assert not text("Strategic Leadership (Political)", "summary").endswith("Stage: 1")  # the grid is not part of the summary


@needs_shared
def test_rag_rows_give_cost_rating_and_key_activity():
    document = read_document(shared("sample", "northmoor-programme-status-2022-q2.pdf"))
    streams = {stream.name: stream for stream in workstreams(document)}
    assert streams["Digital front door"].budget == "cost Amber" and streams["Commercial income"].budget == "cost Green"
    assert streams["Workforce and culture"].sections[0]["text"] == "Hybrid working policy adopted; staff survey response rate 58%."


@pytest.fixture(scope="module")
def pioneer(tmp_path_factory):
    """A store holding only the Pioneer Somerset highlight report."""
    from conftest import fresh_settings

    from index.build import ingest_paths
    from index.service import Cabinet

    settings = fresh_settings(tmp_path_factory.mktemp("pioneer"))
    ingest_paths([DEMO / "pioneer-somerset-highlight-report-2008-11.pdf"], settings)
    document = read_document(DEMO / "pioneer-somerset-highlight-report-2008-11.pdf")
    return Cabinet(settings), {page.number: collapse(page.text) for page in document.pages}


def _verbatim(answer, pages) -> None:
    assert answer.citations
    for citation in answer.citations:
        assert citation.quote in pages[citation.page], citation


def test_budget_question_groups_workstreams_by_what_their_grids_mark(pioneer):
    cabinet, pages = pioneer
    answer = cabinet.ask("Which Pioneer Somerset workstreams are over budget?")
    assert "No workstream is marked overspend" in answer.answer
    assert "on budget: Shared Services" in answer.answer or "Shared Services [" in answer.answer
    assert "gives no budget status for: Strategic Management" in answer.answer and "Customer Access" in answer.answer
    _verbatim(answer, pages)


def test_problems_of_a_named_workstream_are_its_own_section(pioneer):
    cabinet, pages = pioneer
    answer = cabinet.ask("What problems does the Service Devolution workstream report?")
    assert "the final report cannot be presented in November" in answer.answer
    assert "Risks are being managed" not in answer.answer and {c.section for c in answer.citations} == {"Service Devolution"}
    assert {c.page for c in answer.citations} == {4}
    _verbatim(answer, pages)


def test_completed_products_over_two_pages_are_cited_per_page(pioneer):
    cabinet, pages = pioneer
    answer = cabinet.ask("What has the Shared Services workstream completed this period?")
    assert "Prioritisation matrix developed" in answer.answer and "ED / Tourism / Rural Development" in answer.answer
    assert sorted({c.page for c in answer.citations}) == [10, 11]
    assert next(c.quote for c in answer.citations if c.page == 11).startswith("Communications / Consultation / Marketing")
    _verbatim(answer, pages)


def test_status_of_every_workstream_cites_budget_and_schedule(pioneer):
    cabinet, pages = pioneer
    answer = cabinet.ask("Give me the status of every workstream")
    assert "- Service Devolution: budget on budget [" in answer.answer and "schedule behind schedule [" in answer.answer
    assert "- Customer Access: budget not stated; schedule not stated; resources not stated" in answer.answer
    _verbatim(answer, pages)


def test_a_heading_the_report_does_not_have_is_left_to_retrieval(pioneer):
    cabinet, _ = pioneer
    assert cabinet.reports.programmes.answer("What are the next steps for the Service Devolution workstream?") is None
