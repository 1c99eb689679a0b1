"""Plan outlines: outcomes -> priorities -> activities, from the rendered PDF and DOCX, never corpus/text."""

from __future__ import annotations

from collections import Counter

from conftest import DEMO, needs_shared, shared

from ingest.readers import read_document
from ingest.structure import plan_outline


def _roles(path) -> Counter:
    return Counter(item.role for item in plan_outline(read_document(path)))


def test_business_plan_outline_has_every_outcome_and_priority():
    items = plan_outline(read_document(DEMO / "somerset-business-plan-2018-19.pdf"))
    outcomes = [item for item in items if item.role == "outcome"]
    assert [item.page for item in outcomes] == [4, 6, 7, 9]
    assert any(item.text.endswith("Fairer life chances and opportunity for all") for item in outcomes)
    priorities = [item for item in items if item.role == "priority"]
    assert len(priorities) == 19  # four under each of the four outcomes, and three organisational priorities
    fairer = [item for item in items if item.role == "activity" and item.outcome and item.outcome.startswith("Fairer life chances")]
    assert len({item.priority for item in fairer}) == 4
    assert any("University of Somerset" in item.text for item in fairer)


@needs_shared
def test_docx_plan_outline_from_heading_styles():
    assert _roles(shared("sample", "northmoor-corporate-plan-2020-23.docx")) == Counter({"outcome": 4, "priority": 9, "activity": 9})


def test_outcomes_framework_of_a_board_report():
    roles = _roles(DEMO / "leicestershire-hwb-2017-07-20-strategic-plan.pdf")
    assert roles["outcome"] == 5 and roles["activity"] == 0


def test_a_cabinet_report_has_no_outline():
    assert plan_outline(read_document(DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf")) == []
