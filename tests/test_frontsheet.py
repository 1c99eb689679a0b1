"""Front sheets, document types and councils, read from the rendered reports (gold: eval/gold_frontsheets.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DEMO, SHARED, needs_shared

from ingest.frontsheet import front_sheet
from ingest.readers import read_document
from ingest.reading import council_of, read_model

GOLD = json.loads((Path(__file__).resolve().parent.parent / "eval" / "gold_frontsheets.json").read_text())


def _path(name: str) -> Path:
    return DEMO / name if (DEMO / name).exists() else SHARED / "sample" / name


@needs_shared
@pytest.mark.parametrize("name", sorted(GOLD))
def test_front_sheet_fields_match_the_gold_file(name):
    gold = GOLD[name]
    document = read_document(_path(name))
    sheet = front_sheet(document)
    assert sheet is not None
    for field, value in gold["fields"].items():
        assert sheet.fields[field][0] == value, field
    assert [(row.role, row.name, row.date) for row in sheet.seen_by] == [tuple(row) for row in gold["seen_by"]]
    assert read_model(document).doc_type == gold["type"]
    assert council_of(document) == gold["council"]


def test_every_quote_is_verbatim_on_its_page():
    from ingest.chunking import collapse

    document = read_document(DEMO / "somerset-cabinet-2019-05-13-our-plan.pdf")
    sheet = front_sheet(document)
    pages = {page.number: collapse(page.text) for page in document.pages}
    for _, page, quote in sheet.fields.values():
        assert quote in pages[page]
    for row in sheet.seen_by:
        assert row.quote in pages[row.page]


def test_a_plan_has_no_front_sheet_and_is_typed_as_a_plan():
    document = read_document(DEMO / "somerset-business-plan-2018-19.pdf")
    assert front_sheet(document) is None
    assert read_model(document).doc_type == "plan"
