"""Highlight-report grids: a workstream's schedule status is read from the column its YES stands under."""

from __future__ import annotations

from conftest import DEMO

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
