"""Units and chunks: front-sheet labels keep their values, every unit is a verbatim span of its page."""

from __future__ import annotations

from conftest import DEMO, SHARED, needs_shared

from ingest.chunking import chunk_document, collapse, split_units
from ingest.readers import read_document
from ingest.reading import read_model

FRONT_SHEET = """Seen by:
Name
Date
County Solicitor
Honor Clarke
06/11/17
Monitoring Officer
Julian Gale
06/11/17
Forward Plan
Reference:
FP/17/08/12
Summary:
Somerset County Council is setting out a new collaborative and high level Vision to
provide strategic direction to deliver the best quality of life we can to our residents.
Lead Officer: Simon Clifford - Director, Corporate Affairs
"""


def test_labels_keep_their_values_and_rows_stay_together():
    units = split_units(FRONT_SHEET)
    assert "Forward Plan Reference: FP/17/08/12" in units
    assert "Monitoring Officer Julian Gale 06/11/17" in units
    assert "Lead Officer: Simon Clifford - Director, Corporate Affairs" in units
    assert any(unit.startswith("Summary: Somerset County Council") and unit.endswith("residents.") for unit in units)


def test_bullets_are_split_and_stripped():
    units = split_units("Barriers to progress\n\uf0b7 Political mix\n\uf0b7 Differing political and management cultures\n")
    assert units == ["Barriers to progress", "Political mix", "Differing political and management cultures"]


@needs_shared
def test_every_unit_is_verbatim_on_its_page_and_chunks_stay_on_one_page():
    paths = sorted(DEMO.glob("*.pdf")) + sorted((SHARED / "sample").glob("northmoor-*.pdf"))
    for path in paths:
        document = read_document(path)
        pages = {page.number: collapse(page.text) for page in document.pages}
        chunks = chunk_document(document, 1100)
        assert chunks, path
        for chunk in chunks:
            for unit in chunk.text.split("\n"):
                assert unit in pages[chunk.page], (path.name, chunk.page, unit)


def test_running_footers_are_not_units():
    document = read_document(DEMO / "somerset-business-plan-2018-19.pdf")
    texts = [chunk.text for chunk in chunk_document(document)]
    assert not any("Page 4 of 11" in text for text in texts)


def test_running_headers_that_number_their_pages_are_boilerplate():
    from ingest.chunking import boilerplate_lines

    pages = [f"Planning Committee 4 May 2021 - Item 6 Page {n}\n{body}\nPage {n} of 2" for n, body in
             ((1, "1. Purpose\nThe report sets out the options."), (2, "2. Options\nOption A keeps the depot open."))]
    noise = boilerplate_lines(pages)
    assert "Planning Committee 4 May 2021 - Item 6 Page 1" in noise and "Planning Committee 4 May 2021 - Item 6 Page 2" in noise
    assert not noise & {"1. Purpose", "2. Options", "Option A keeps the depot open."}


def test_a_table_header_repeated_on_the_next_page_is_not_boilerplate():
    from ingest.chunking import boilerplate_lines

    body = "\n".join(f"{n}.1 The service kept within its budget in quarter {n}." for n in range(1, 9))
    pages = [f"Budget monitoring\n{body}\nService | Budget | Forecast\nAdults | 10 | 11",
             f"Service | Budget | Forecast\nChildren | 12 | 12\n{body}\nThe overall position is balanced."]
    assert "Service | Budget | Forecast" not in boilerplate_lines(pages)


def test_a_short_bullet_item_does_not_take_the_sentence_after_the_list():
    page = ("Each objective has a lead member, the national goals it contributes to, a numbered list of steps and\n"
            "the measures we will report. Progress is reported to Cabinet every six months and the Governance and\n"
            "Audit Committee reviews our annual self-assessment, which is published on the council's website each\n"
            "autumn with the measures for the year.\n●\nLong term\n●\nPrevention\n●\nInvolvement\n"
            "The three ways of working above shape every step.\n")
    units = split_units(page)
    assert units[-4:] == ["Long term", "Prevention", "Involvement", "The three ways of working above shape every step."]


def test_each_record_of_a_plain_text_register_is_one_passage(tmp_path):
    """Records print their labels in each one ('> 1.2 Fence the pond' / '    Status: Done'): no header row stands above
    them, and each record (name, status and comment) is one passage, so a question about one finds its status."""
    path = tmp_path / "play.txt"
    path.write_text("PLAY AREAS PLAN\n===============\n\nSafer play\n----------\n\n"
                    "> 1.1 Replace the swings at Orchard Green\n    Status: Late\n    Comment: Parts due in May\n"
                    "> 1.2 Fence the pond\n    Status: Done\n    Comment: Finished in March\n\n"
                    "Greener play\n------------\n\n"
                    "> 2.1 Plant a hedge at Mill Lane\n    Status: On schedule\n    Comment: Whips ordered\n"
                    "> 2.2 Sow a meadow\n    Status: Done\n    Comment: Sown in April\n", encoding="utf-8")
    document = read_document(path)
    document.model = read_model(document)
    assert [table.header_quote for table in document.model.tables] == ["", ""]
    units = [unit for chunk in chunk_document(document) for unit in chunk.text.split("\n")]
    assert "1.2 Fence the pond Status: Done Comment: Finished in March" in units
    assert "2.1 Plant a hedge at Mill Lane Status: On schedule Comment: Whips ordered" in units
