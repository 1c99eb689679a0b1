"""Plan outlines: outcomes -> priorities -> activities, from the rendered PDF and DOCX, never corpus/text."""

from __future__ import annotations

from collections import Counter

import pytest
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


GOLD_OUTLINES = __import__("json").loads((DEMO.parent.parent / "eval" / "gold_outlines.json").read_text(encoding="utf-8"))


@needs_shared
@pytest.mark.parametrize("name", sorted(GOLD_OUTLINES))
def test_outline_counts_match_the_gold_file(name):
    """Counts verified by reading each rendered document (eval/gold_outlines.json), for plans and non-plans alike."""
    gold = GOLD_OUTLINES[name]
    items = plan_outline(read_document(shared("sample", name)))
    roles = Counter(item.role for item in items)
    assert (roles["outcome"], roles["priority"], roles["activity"]) == (gold["outcomes"], gold["priorities"], gold["activities"])
    by_outcome: dict[str, Counter] = {}
    for item in items:
        if item.outcome and item.role in ("priority", "activity"):
            by_outcome.setdefault(item.outcome, Counter())[item.role] += 1
    expected = {outcome: Counter({"priority": c["priorities"], "activity": c["activities"]}) for outcome, c in gold.get("by_outcome", {}).items()}
    assert {k: +v for k, v in by_outcome.items()} == {k: +v for k, v in expected.items()}


def test_wrapped_lines_stay_one_activity():
    """'... sector,' wrapped onto 'by:', and '• Kilve Court.' wrapped from an inline list, are not activities of their own."""
    texts = [item.text for item in plan_outline(read_document(DEMO / "somerset-business-plan-2018-19.pdf")) if item.role == "activity"]
    assert "Increase the effectiveness of the voluntary, community and social enterprise sector, by:" in texts
    assert not any(text in ("by:", "through:", "Kilve Court.") or text.startswith("education or training") for text in texts)
    assert not any(text.startswith("Meeting the Council") for text in texts)
