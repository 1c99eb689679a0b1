"""A plan whose every outcome has two lists of its own ('What we will do' and 'How we will measure it', one a table):
a question about one outcome gets the list it asks for, and 'which outcome does X come under' finds the outcome.
Read from an invented council's HTML plan."""

from __future__ import annotations

import pytest
from model_papers import ask_papers, read_papers

PLAN = """<html><body>
<h1>Wenmoor Borough Council Plan 2025-2029</h1>
<p>The plan has three outcomes. Under each we say what we will do and how we will measure it.</p>
<h2>Outcome 1: Residents live healthy and active lives</h2>
<h3>What we will do</h3>
<ul><li>Reopen the Fellgate swimming pool after its refit</li><li>Run free walking groups in every ward</li></ul>
<h3>How we will measure it</h3>
<table><tr><th>Measure</th><th>Baseline</th><th>Target</th></tr>
<tr><td>Visits to leisure centres</td><td>610,000</td><td>700,000</td></tr>
<tr><td>Adults who are physically active</td><td>58%</td><td>64%</td></tr></table>
<h2>Outcome 2: A thriving local economy</h2>
<h3>What we will do</h3>
<ul><li>Build the Marlcote enterprise units</li><li>Offer start-up grants to new traders</li><li>Bring empty shops back into use</li></ul>
<h3>How we will measure it</h3>
<table><tr><th>Measure</th><th>Baseline</th><th>Target</th></tr>
<tr><td>New businesses started a year</td><td>210</td><td>260</td></tr>
<tr><td>Shop vacancy rate</td><td>15%</td><td>10%</td></tr></table>
<h2>Outcome 3: Clean and green streets</h2>
<h3>What we will do</h3>
<ul><li>Collect food waste every week</li></ul>
<h3>How we will measure it</h3>
<table><tr><th>Measure</th><th>Baseline</th><th>Target</th></tr>
<tr><td>Waste recycled</td><td>44%</td><td>55%</td></tr></table>
</body></html>
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("sublists") / "wenmoor-council-plan.html"
    path.write_text(PLAN)
    return read_papers([path])


def test_how_an_outcome_is_measured_gives_its_measures_only(plan):
    draft = ask_papers(plan, "How will the council measure whether its economy outcome is working?")
    assert "New businesses started a year" in draft.text and "Shop vacancy rate" in draft.text
    assert "Marlcote" not in draft.text and "Visits to leisure centres" not in draft.text


def test_what_an_outcome_will_do_gives_its_actions_without_the_measures(plan):
    draft = ask_papers(plan, "What will the council do for the healthy and active outcome?")
    assert "Fellgate swimming pool" in draft.text and "walking groups" in draft.text
    assert "Visits to leisure centres" not in draft.text and "Marlcote" not in draft.text


def test_which_outcome_of_the_plan_an_action_comes_under(plan):
    draft = ask_papers(plan, "Which outcome of the Wenmoor council plan do the Marlcote enterprise units come under?")
    assert "Outcome 2: A thriving local economy" in draft.text.split("sits under", 1)[1]


def test_an_ordinal_names_an_outcome_by_its_number(plan):
    draft = ask_papers(plan, "What actions sit under Wenmoor's second outcome?")
    assert "Outcome 2: A thriving local economy" in draft.text.splitlines()[0] and "Marlcote" in draft.text
    assert "Fellgate" not in draft.text
