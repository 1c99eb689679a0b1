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


TOWN_PLAN = """<html><body><h1>Kelby Town Council Strategic Plan 2025-2029</h1>
<h2>Ambition 1: A lively town centre</h2><h3>Aim 1.1: A Town Hall for everyone</h3><p>We will:</p>
<ul><li>Replace the Town Hall lift by March 2027</li><li>Open the Town Hall as a warm space</li></ul>
<h2>Ambition 2: Green spaces</h2><h3>Aim 2.1: Better parks</h3><p>We will:</p>
<ul><li>Plant 500 trees, including a community orchard at Tanner's Lane</li></ul>
<h2>Ambition 3: A caring community</h2><h3>Aim 3.1: Support for local groups</h3><p>We will:</p><ul><li>Keep community grants at £20,000</li></ul>
<h3>Aim 3.2: Listening to residents</h3><p>We will:</p><ul><li>Publish a quarterly newsletter</li></ul>
</body></html>"""

TOWN_BUDGET = """<html><body><h1>Kelby Town Council Budget 2026/27</h1><h2>3. Budget</h2>
<table><tr><th>Cost centre</th><th>2025/26 £</th><th>2026/27 £</th></tr><tr><td>Staffing</td><td>218,400</td><td>231,900</td></tr>
<tr><td>Town Hall premises</td><td>61,200</td><td>64,800</td></tr></table>
<h2>4. Reserves</h2><table><tr><th>Reserve</th><th>Now £</th><th>March 2027 £</th></tr>
<tr><td>Town Hall lift replacement</td><td>45,000</td><td>60,000</td></tr><tr><td>Community orchard group grant</td><td>850</td><td>0</td></tr></table>
</body></html>"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("town")
    (folder / "kelby-strategic-plan.html").write_text(TOWN_PLAN)
    (folder / "kelby-budget-2026-27.html").write_text(TOWN_BUDGET)
    return read_papers([folder / "kelby-strategic-plan.html", folder / "kelby-budget-2026-27.html"])


def test_where_an_item_sits_in_the_plan_the_question_names_not_in_a_budget_table(town):
    draft = ask_papers(town, "Where does replacing the Town Hall lift sit in the strategic plan?")
    assert "Aim 1.1: A Town Hall for everyone" in draft.text and "Ambition 1: A lively town centre" in draft.text


def test_which_levels_named_choose_the_document_whose_levels_they_are(town):
    draft = ask_papers(town, "Under which Ambition and Aim is the community orchard?")
    assert "Aim 2.1: Better parks" in draft.text and "Ambition 2: Green spaces" in draft.text


def test_a_level_named_with_its_number_is_not_a_section_of_that_number(town):
    draft = ask_papers(town, "What are the Aims under Ambition 3?")
    assert "Aim 3.1: Support for local groups" in draft.text and "Aim 3.2: Listening to residents" in draft.text
    assert "Staffing" not in draft.text


PARK_PLAN = """<html><body><h1>Wenfell National Park Management Plan 2025-2030</h1>
<h2>Objective 2: A landscape for climate</h2><h3>Policy CL1: Net zero Authority</h3>
<table><tr><th>Ref</th><th>Action</th><th>Lead</th><th>By</th></tr>
<tr><td>CL1.1</td><td>Make the Authority's operations net zero</td><td>Authority</td><td>2030</td></tr>
<tr><td>CL1.2</td><td>Replace the Authority's fleet with electric vehicles</td><td>Authority</td><td>2028</td></tr></table>
<h2>Objective 3: Landscape and heritage</h2><h3>Policy LH1: Care for the historic environment</h3>
<table><tr><th>Ref</th><th>Action</th><th>Lead</th><th>By</th></tr>
<tr><td>LH1.1</td><td>Repair 40 traditional field barns with grant aid</td><td>Authority</td><td>2030</td></tr>
<tr><td>LH1.2</td><td>Cut the heritage assets at risk from 57 to 45</td><td>Authority with Historic England</td><td>2030</td></tr></table>
</body></html>"""


@pytest.fixture(scope="module")
def park(tmp_path_factory):
    path = tmp_path_factory.mktemp("park") / "wenfell-management-plan.html"
    path.write_text(PARK_PLAN)
    return read_papers([path])


def test_where_an_action_named_in_other_words_sits(park):
    """'Electrifying the fleet' shares one word with 'fleet with electric vehicles': with the real model's meaning it is
    a clear winner, well ahead of every other action."""
    from cabinet.settings import Settings
    from index.answerers import Matcher, answer_from_model, model_embedder
    from index.embedding import embed_model

    docs = {name: entry for name, (entry, _) in park.items()}
    matcher = Matcher(model_embedder(embed_model(Settings().model_path)))
    draft = answer_from_model("Where does electrifying the Authority's fleet sit in the management plan?", docs, None, "", matcher)
    assert draft is not None and "Policy CL1: Net zero Authority" in draft.text and "Objective 2: A landscape for climate" in draft.text


def test_which_policy_covers_an_action_is_a_where_question(park):
    draft = ask_papers(park, "Which policy covers the field barns?")
    assert "Policy LH1: Care for the historic environment" in draft.text.split("sits under", 1)[-1]
