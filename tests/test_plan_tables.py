"""A plan set out as one table, read as a tree: the leading columns' group labels (repeated, merged or blank while they
continue) are levels named by their headers, the long-text column gives the items, and the other cells are each item's
attributes, cited to its row. Read from DOCX, HTML and PDF papers of invented councils.
"""

from __future__ import annotations

import pytest
from model_papers import ask_papers, read_papers
from plan_table_documents import KELSBY_ROWS, PENNOCK_ROWS, THORNLEA_ROWS, build

from ingest.model import DocumentModel, Table
from ingest.table_tree import outline_columns


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, tuple[dict, object]]:
    return read_papers(build(tmp_path_factory.mktemp("plan-tables")))


def ask(plans, question: str, *names: str):
    return ask_papers(plans, question, *names)


def _outline(entry: dict) -> list[tuple[int, str | None, str]]:
    model = DocumentModel.from_dict(entry["model"])
    return [(depth, node.label, node.text) for root in model.tree for depth, node in root.walk()]


def _expected(rows, labels: tuple[str, str, str], depth: int) -> list[tuple[int, str, str]]:
    """The outline a plan table's rows should give: a group node per new label, an item per row."""
    found, last = [], (None, None)
    for first, second, action, *_ in rows:
        if first != last[0]:
            found.append((depth, labels[0], first))
            last = (first, None)
        if second and second != last[1]:
            found.append((depth + 1, labels[1], second))
            last = (first, second)
        found.append((depth + 2, labels[2], action))
    return found


@pytest.mark.parametrize("name, rows, labels", [
    ("thornlea-council-plan-2025-2028.docx", THORNLEA_ROWS, ("Theme", "Priority", "What we will do")),
    ("pennock-vale-corporate-plan-2025-2029.html", PENNOCK_ROWS, ("Outcome", "Focus area", "Commitment")),
    ("kelsby-town-plan-2025-2027.pdf", KELSBY_ROWS, ("Strand", "Objective", "Action")),
])
def test_a_plan_table_is_a_tree_whose_levels_are_named_by_its_headers(plans, name, rows, labels):
    outline = _outline(plans[name][0])
    levels = [row for row in outline if row[1] in labels]
    assert levels == _expected(rows, labels, levels[0][0])
    assert levels[0][0] == 2  # under the heading the table stands under, under the title


def test_rows_merged_across_the_table_head_the_rows_below_them(plans):
    outline = _outline(plans["wexholme-delivery-plan-2025-26.docx"][0])
    tree = [row for row in outline if row[0] >= 2]
    assert tree == [(2, "Priority", "Priority 1: Safer streets"), (3, "What we will do", "Light every alley in the Barrow estate"),
                    (3, "What we will do", "Open a youth hub at Saltmarket"), (2, "Priority", "Priority 2: A busy harbour"),
                    (3, "What we will do", "Dredge the inner harbour"), (3, "What we will do", "Rebuild the fish market roof")]
    draft = ask(plans, "What will Wexholme do under priority 2?")
    assert "Dredge the inner harbour" in draft.text and "Harbour Master" in draft.text and "Barrow" not in draft.text


def test_each_item_keeps_its_other_cells_and_its_row(plans):
    model = DocumentModel.from_dict(plans["thornlea-council-plan-2025-2028.docx"][0]["model"])
    items = [node for root in model.tree for _, node in root.walk() if node.kind == "item" and node.row is not None]
    assert [node.text for node in items] == [row[2] for row in THORNLEA_ROWS]
    orchard = items[5]
    assert orchard.attributes == {"Lead": "Parks Officer", "When": "2025 to 2027"}
    table = model.tables[orchard.row_of]
    assert table.rows[orchard.row][2] == "Plant an orchard in every ward park"
    assert "Parks Officer" in table.row_quote(orchard.row)


def test_tables_of_records_stay_tables(plans):
    model = DocumentModel.from_dict(plans["pennock-vale-corporate-plan-2025-2029.html"][0]["model"])
    texts = [node.text for root in model.tree for _, node in root.walk()]
    assert "Review the constitution" not in texts  # a lead recurring apart is no group label
    model = DocumentModel.from_dict(plans["thornlea-council-plan-2025-2028.docx"][0]["model"])
    paying = next(node for root in model.tree for _, node in root.walk() if node.text == "Paying for the plan")
    assert paying.table is not None and not paying.children  # a budget by service stands under its heading as a table
    assert outline_columns(Table(["Ref", "Risk", "Owner"], [["R1", "Loss of data", "Head of IT"], ["R2", "Fraud", "Head of Finance"],
                                                            ["R3", "Flooding of the depot", "Head of Fleet"]], 1)) is None


def test_blank_labels_below_a_group_continue_it_but_a_new_group_starts_its_levels_again():
    table = Table(["Aim", "Area", "Step", "By"], [
        ["Safer roads", "Speed", "Put 20mph limits round every school", "2025"],
        ["", "", "Add speed cameras on the bypass", "2026"],
        ["Cleaner air", "", "Plant street trees on the ring road", "2027"],
        ["", "Idling", "Enforce no-idling zones outside schools", "2025"],
    ], 1)
    from ingest.table_tree import outline_nodes

    roots = outline_nodes(table, 0)
    shape = [(depth, node.text) for root in roots for depth, node in root.walk()]
    assert shape == [(0, "Safer roads"), (1, "Speed"), (2, "Put 20mph limits round every school"), (2, "Add speed cameras on the bypass"),
                     (0, "Cleaner air"), (1, "Plant street trees on the ring road"), (1, "Idling"), (2, "Enforce no-idling zones outside schools")]


def test_the_column_a_header_names_as_a_plan_level_gives_the_items_whatever_is_longer():
    table = Table(["Ref", "Theme", "Key actions", "Measure of success", "Lead"], [
        ["1.1", "Safer roads", "Cut speeds near schools", "Fewer than ten injuries a year on roads within 400 metres of a school gate", "Highways"],
        ["1.2", "Safer roads", "Light the canal towpath", "Towpath use after dark up by a quarter on the 2024 count", "Parks"],
        ["2.1", "Cleaner air", "Buy electric refuse lorries", "Nitrogen dioxide below the legal limit at every monitoring site", "Fleet"],
    ], 1)
    assert outline_columns(table) == ([1], 2)  # the reference before the levels, and the longer measure after, are attributes


def test_what_is_under_a_theme_lists_its_priorities_and_actions_with_lead_and_date(plans):
    draft = ask(plans, "What are the priorities and actions under the Greener Thornlea theme?")
    for text in ("Cleaner air", "Wilder verges", "Switch the refuse fleet to electric vehicles", "Plant an orchard in every ward park",
                 "Parks Officer", "2025 to 2027"):
        assert text in draft.text, text
    assert "Carvel Street" not in draft.text
    rows = [c.quote for c in draft.citations if "Plant an orchard" in c.quote]
    assert rows and "Parks Officer" in rows[0]  # the action is cited to its row as printed


def test_where_an_action_sits_gives_its_groups(plans):
    draft = ask(plans, "Under which outcome and focus area does the carers' hub in the Vale Centre sit?")
    assert "Carers" in draft.text and "Older people live well at home" in draft.text
    assert "Carers Lead" in draft.text and "Early years" not in draft.text


def test_a_level_of_a_plan_table_is_listed(plans):
    draft = ask(plans, "What are the strands of the Kelsby town plan?", "kelsby-town-plan-2025-2027.pdf")
    assert "Vibrant town" in draft.text and "Well run council" in draft.text
    assert "Hold a summer food festival" not in draft.text


@pytest.mark.parametrize("question, said", [
    ("Who leads the work to build homes for social rent at Ferrers Quay?", "Lead: Director of Housing"),
    ("When will the Sunday craft market be added?", "Due: 2026"),
    ("Which officer is responsible for the smart sensors, and by when?", "Responsible officer: Assistive Technology Lead; Target date: 2026/27"),
])
def test_who_leads_an_action_and_when_are_its_rows_cells(plans, question, said):
    draft = ask(plans, question)
    assert said in draft.text


@pytest.mark.parametrize("question", ["When was the Sunday craft market added?", "When did the council finish buying the former Hallam's department store?"])
def test_when_something_was_done_is_not_answered_with_the_date_it_was_due(plans, question):
    from model_papers import MATCHER

    from index.answerers import answer_from_model

    draft = answer_from_model(question, {name: entry for name, (entry, _) in plans.items()}, None, "", MATCHER)
    assert draft is None or draft.abstained or not any(due in draft.text for due in ("Due: 2026", "By March 2027")), draft.text
