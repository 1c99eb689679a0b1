"""The document model read at ingest: every quote a citation may use stands verbatim on its page."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DEMO

from ingest.chunking import collapse
from ingest.readers import read_document
from ingest.reading import council_of, read_model, verbatim


def _quotes(model):
    """(page, quote) of every field, minutes record, resolution, tree node and table row of a model."""
    yield from ((f.page, f.quote) for f in model.fields)
    if model.minutes:
        records = model.minutes.present + model.minutes.apologies + model.minutes.declarations
        yield from ((r.page, r.quote) for r in records)
        yield from ((r.page, r.text) for r in model.minutes.resolutions)
    for root in model.tree:
        yield from ((node.page, node.text) for _, node in root.walk())
    for table in model.tables:
        for index in range(len(table.rows)):
            if index < len(table.row_quotes) and table.row_quotes[index]:
                yield (table.row_pages[index] if index < len(table.row_pages) else table.page), table.row_quotes[index]


def _check(paths: list[Path]) -> list[str]:
    wrong = []
    for path in paths:
        document = read_document(path)
        texts = {page.number: collapse(page.text) for page in document.pages}
        model = read_model(document)
        wrong += [f"{path.name} p{page}: {quote[:60]}" for page, quote in _quotes(model) if collapse(quote) not in texts.get(page, "")]
    return wrong


def test_every_quote_of_the_demo_models_is_verbatim():
    assert _check(sorted(DEMO.iterdir())) == []


def test_every_quote_of_the_invented_councils_models_is_verbatim(councils):
    assert _check(sorted(councils.iterdir())) == []


@pytest.mark.parametrize(
    "quote,value,text,expected",
    [
        ("Purpose: To agree the plan", "To agree the plan", "Purpose: To agree the plan.", "Purpose: To agree the plan"),
        ("RECOMMENDATIONS The group recommends", "The group recommends", "4. RECOMMENDATIONS ----- The group recommends that", "The group recommends"),
        ("Achievements Planning applications submitted", "Planning applications submitted", "Achievements \x7f Planning applications submitted", "Planning applications submitted"),
    ],
)
def test_a_quote_read_across_a_dropped_line_is_cut_to_what_the_page_says(quote, value, text, expected):
    assert verbatim(quote, value, text) == expected


def test_the_council_is_read_from_its_full_name_or_letterhead(tmp_path):
    from ingest.documents import Page, ParsedDocument

    def named(text: str) -> str | None:
        return council_of(ParsedDocument(path="x", source="x", doc_id="x", kind="text", title="", pages=[Page(None, text)]))

    assert named("KESTREL VALE METROPOLITAN BOROUGH COUNCIL\nLibrary strategy") == "Kestrel Vale Metropolitan Borough Council"
    assert named("Wenbury Council\nExecutive 22 November 2022\nThe council will consult.") == "Wenbury Council"
    assert named("A report to Full Council from the district council.") is None
    assert named("PELLOWAY COUNCIL\nPerformance report, quarter 1") == "Pelloway Council"
    # A name of two places joined by 'and' is the whole name, not its last place.
    assert named("Corby and Wenmoor District Council\nCorporate Plan\nCorby and Wenmoor District Council agreed it.") == (
        "Corby and Wenmoor District Council")
    assert named("CORBY AND WENMOOR BOROUGH COUNCIL\nBudget") == "Corby and Wenmoor Borough Council"
    assert named("REPORT OF WENMOOR COUNTY COUNCIL\nThe Wenmoor County Council plan") == "Wenmoor County Council"


def test_a_public_body_that_is_not_a_council_is_read_as_the_papers_author(tmp_path):
    """Fire, combined and national park authorities publish the same papers; a council named in them still wins."""
    from ingest.documents import Page, ParsedDocument
    from ingest.vocabulary import council_place

    def named(text: str) -> str | None:
        return council_of(ParsedDocument(path="x", source="x", doc_id="x", kind="text", title="", pages=[Page(None, text)]))

    assert named("ASHBY AND DALE FIRE AND RESCUE AUTHORITY\nMedium-term financial plan") == "Ashby and Dale Fire and Rescue Authority"
    assert named("The Ashby and Dale Fire and Rescue Authority approved the budget. The Authority meets in March.") == (
        "Ashby and Dale Fire and Rescue Authority")
    assert named("Report to the Board of the Northvale Combined Authority, 3 March 2025") == "Northvale Combined Authority"
    assert named("Marsh District Council collects the precept for the Ashby Fire Authority.") == "Marsh District Council"
    assert named("The Fire and Rescue Authority sets its budget.") is None
    assert council_place("Ashby and Dale Fire and Rescue Authority") == "Ashby Dale"
    assert council_place("Northvale Combined Authority") == "Northvale"


def test_the_letterhead_names_the_body_whose_paper_it_is_however_often_others_are_named():
    from ingest.documents import Page, ParsedDocument

    text = ("NORTHVALE COMBINED AUTHORITY\nForward plan of key decisions\nMarsh District Council will lead the scheme. "
            "Marsh District Council owns the land. Marsh District Council consulted residents.")
    document = ParsedDocument(path="x", source="x", doc_id="x", kind="text", title="", pages=[Page(None, text)])
    assert council_of(document) == "Northvale Combined Authority"
