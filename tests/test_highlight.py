"""Highlight-report grids: a workstream's schedule status is read from the column its YES stands under."""

from __future__ import annotations

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
