"""The model answerers over three invented councils in different house styles: routing, answers and verbatim citations."""

from __future__ import annotations

import pytest
from model_councils import catalogue, fake_embed, item

from index.answerers import REGISTRY, WANT_MIN, Ask, Matcher, answer_from_model, first_answer, load
from index.models import Filters
from ingest.model import DocumentModel, Field, Node, Table

DOCS = catalogue()
MATCHER = Matcher(fake_embed)


def asked(question: str, filters: Filters | None = None, context: str = ""):
    """(answerer name, draft) of the first answerer that answers, or (None, None)."""
    found = first_answer(Ask(question, load(DOCS, filters), MATCHER, context))
    return (found[0].name, found[1]) if found else (None, None)


def spans(source: str) -> set[tuple[int | None, str]]:
    """Every (page, verbatim text) the model of a source holds: field quotes, node texts, row texts, minutes records."""
    doc = next(doc for doc in DOCS.values() if doc["source"] == source)
    model = DocumentModel.from_dict(doc["model"])
    found = {(f.page, f.quote) for f in model.fields}
    for root in model.tree:
        found |= {(node.page, node.text) for _, node in root.walk()}
    for table in model.tables:
        found |= {(table.row_pages[i] if i < len(table.row_pages) else table.page, table.row_text(i)) for i in range(len(table.rows))}
    if model.minutes:
        for kind in (model.minutes.present, model.minutes.apologies, model.minutes.declarations):
            found |= {(f.page, f.quote) for f in kind}
        found |= {(r.page, r.text) for r in model.minutes.resolutions}
    return found


def assert_verbatim(draft) -> None:
    """Every citation's quote is a span the model holds, on the page the model gives, and every marker is cited."""
    assert draft.citations
    for citation in draft.citations:
        assert (citation.page, citation.quote) in spans(citation.source), citation
        assert f"[{citation.n}]" in draft.text


# Paraphrases (none of them an eval question) and the family that must answer each.
ROUTES = {
    "fields": [
        "Whose report is the leisure centre refurbishment?",
        "Who wrote the housing allocations policy update?",
        "Who is the cabinet member for the housing allocations policy update?",
        "Which wards does the leisure centre refurbishment affect?",
        "Which reports are key decisions?",
        "Who do I contact about the leisure centre refurbishment?",
        "Tell me about the leisure centre refurbishment",
        "Author of the harbour wall repairs",
    ],
    "tree": [
        "What is under objective 1.2?",
        "What will the council do under objective 2.1?",
        "Which actions support bringing empty shops back into use?",
        "Under which theme does the handyperson service sit?",
        "How many objectives are in the Fernbrook council plan?",
        "What sits under Outcome 1 of the climate action plan?",
        "Which priorities sit under Theme A?",
    ],
    "tables": [
        "Which milestones have slipped?",
        "Which risks are red?",
        "What are the highest risks?",
        "What is the status of the market hall milestone?",
        "Who owns the cyber attack risk?",
        "Which milestones are complete?",
        "Which risks does the Head of HR own?",
    ],
    "status": [
        "What is the overall RAG status of the town centre regeneration programme?",
        "What is the budget position of the harbour wall project?",
        "How much has been spent so far on town centre regeneration?",
        "What is the forecast outturn for the harbour wall project?",
        "Is the town centre regeneration programme over budget?",
    ],
    "minutes": [
        "Who sent apologies to the cabinet meeting in March?",
        "Who was present at the Quillon cabinet?",
        "Were any interests declared at the Quillon cabinet?",
        "What did cabinet decide about the housing allocations policy?",
        "What was resolved on the Riverside community centre lease?",
    ],
}
# Questions no model answerer may claim: retrieval's, or about something no document holds.
NOBODY = [
    "What is the council's approach to climate change?",
    "How much did the council spend on potholes last year?",
    "Why did the leisure centre close in the first place?",
    "Describe the history of the harbour",
    "What does the public think about parking?",
]


@pytest.mark.parametrize("family,question", [(family, q) for family, questions in ROUTES.items() for q in questions])
def test_each_paraphrase_is_answered_by_its_family(family, question):
    name, draft = asked(question)
    assert name == family, (question, name, draft and draft.text)
    assert not draft.abstained
    assert_verbatim(draft)


@pytest.mark.parametrize("family", list(ROUTES))
def test_no_family_claims_the_others_questions(family):
    others = [q for other, questions in ROUTES.items() if other != family for q in questions][:5] + NOBODY
    for question in others:
        name, _ = asked(question)
        assert name != family, question


@pytest.mark.parametrize("question", NOBODY)
def test_questions_about_nothing_in_the_models_fall_through_to_retrieval(question):
    assert answer_from_model(question, DOCS, None, "", MATCHER) is None


def test_each_answerer_wants_little_of_questions_outside_its_family():
    for answerer in REGISTRY:
        for question in NOBODY:
            assert answerer.wants(Ask(question, load(DOCS, None), MATCHER)) < 0.8, (answerer.name, question)
    assert WANT_MIN > 0


def test_whose_report_is_its_report_of_else_its_author_never_a_director_beside_them():
    _, draft = asked("Whose report is the leisure centre refurbishment?")
    assert draft.text.startswith("**Leisure Centre Refurbishment** (2024-06-12)")
    assert [c.quote for c in draft.citations] == ["Report of: Director of Communities"]
    # A 'Responsible Director' or 'Lead Director' answers for the matter; the report is its author's.
    _, draft = asked("Whose paper is the harbour wall repairs?")
    assert [c.quote for c in draft.citations] == ["Prepared by\nJo Marsh, Coastal Engineer"]
    _, draft = asked("Whose report is this housing allocations policy update?")
    assert [c.quote for c in draft.citations] == ["Written by: Sam Lindqvist, Policy Officer"]
    _, draft = asked("Which director is responsible for the harbour wall repairs?")
    assert [c.quote for c in draft.citations] == ["Responsible Director\nDirector of Environment"]
    _, draft = asked("Who is the lead director for the housing allocations policy update?")
    assert "Lead Director: Executive Director of Housing" in [c.quote for c in draft.citations]


def test_contact_question_gives_contact_report_of_and_author_together():
    _, draft = asked("Who do I contact about the leisure centre refurbishment?")
    assert [c.quote.split(":")[0] for c in draft.citations] == ["Contact", "Report of", "Report author"]


def test_tell_me_about_gives_purpose_then_recommendations_whole():
    _, draft = asked("Tell me about the leisure centre refurbishment")
    assert [c.quote.split(":")[0] for c in draft.citations] == ["Purpose of report", "Recommendations"]
    assert "  - 1. Approve a capital budget of £2.4m for the refurbishment." in draft.text
    assert "  - 2. Delegate award of the works contract to the Director of Communities." in draft.text


def test_key_decisions_across_councils_oldest_first_and_never_a_no():
    _, draft = asked("Which reports are key decisions?")
    assert draft.text.startswith("3 documents (oldest first)")
    assert [c.title for c in draft.citations] == ["Harbour Wall Repairs", "Housing Allocations Policy Update", "Leisure Centre Refurbishment"]
    assert "Car Parking Charges Review" not in draft.text


def test_reports_affecting_a_ward():
    name, draft = asked("Which reports affect Riverside ward?")
    assert name == "fields"
    assert [c.quote for c in draft.citations] == ["Ward(s) affected: Eastgate, Riverside"]


def test_a_field_the_named_document_lacks_is_an_honest_abstention():
    name, draft = asked("What is the forward plan reference of the car parking charges review?")
    assert name == "fields" and draft.abstained and not draft.citations
    assert "Car Parking Charges Review" in draft.text and "forward plan reference" in draft.text


def test_under_an_objective_counts_first_and_cites_every_action():
    _, draft = asked("What will the council do under objective 2.1?")
    assert draft.text.startswith("3 Key actions under Objective: 2.1 Bring empty shops back into use [1]")
    assert [c.quote for c in draft.citations[1:]] == [
        "Offer grants for shopfront improvements", "Run a meanwhile-use scheme for vacant units", "Review business rates relief for new tenants"]
    assert [c.page for c in draft.citations[1:]] == [5, 6, 6]


def test_under_a_theme_groups_by_the_documents_own_labels():
    _, draft = asked("What is under the healthy independent lives theme?")
    assert draft.text.startswith("3 “We will” items and 2 Priorities under Theme A – Healthy, independent lives")
    assert "- *Priority: Support older residents to live at home* [2]\n  - Expand the handyperson service to every ward [3]" in draft.text


def test_a_heading_with_a_table_gives_its_rows():
    _, draft = asked("What sits under Outcome 1 of the climate action plan?")
    assert draft.text.startswith("2 rows under Outcome 1: Net zero council operations")
    assert [c.quote for c in draft.citations[1:]] == ["Switch the fleet to electric vans | Fleet Manager | 2026", "Buy 100% renewable electricity | Energy Officer | 2025"]


def test_where_an_item_sits_names_its_ancestors_with_their_labels():
    _, draft = asked("Where does planting hedges along school boundaries fit in the plan?")
    lines = draft.text.splitlines()
    assert lines[0].startswith("**Fernbrook Council Plan 2024-2028** (2024-04): Plant hedges along school boundaries [1] sits under")
    assert lines[1:] == ["- Objective: 1.2 Improve air quality near schools [2]", "- Ambition 1: A cleaner, greener Fernbrook [3]"]


def test_counts_of_a_level_and_of_the_doing_level_under_a_node():
    _, draft = asked("How many objectives are in the Fernbrook council plan?")
    assert draft.text.startswith("4 Objectives in **Fernbrook Council Plan 2024-2028**")
    _, draft = asked("How many things will Quillon do to tackle loneliness?")
    assert draft.text.startswith("1 “We will” item under Priority: Tackle loneliness")


def test_slipped_milestones_by_status_word_or_by_later_forecast_date():
    _, draft = asked("Which milestones have slipped?")
    quotes = [c.quote for c in draft.citations]
    assert quotes == [
        "M2 | Demolition of former bus station | June 2024 | September 2024 | Amber",
        "M3 | Market hall reopens | 01/12/2024 | 01/12/2024 | Delayed",
        "Contractor appointed | May 2024 | August 2024 | In progress",
    ]
    assert "2 of 4 milestones have slipped" in draft.text and "forecast September 2024, after the baseline June 2024" in draft.text


def test_what_a_status_word_means_is_left_to_the_sentence_that_defines_it():
    """'What does "Delayed" mean?' asks for the rating key in prose, not the rows rated Delayed."""
    assert asked("Which milestones are delayed?")[1] is not None
    assert asked("What does 'Delayed' mean in the highlight report?") == (None, None)
    assert asked("What is meant by a red risk?") == (None, None)


def test_red_and_highest_risks_show_reference_owner_and_score():
    _, draft = asked("Which risks are red?")
    assert "2 of 7 risks are rated red" in draft.text
    assert "- CR1 Cyber attack disrupts services (owner: Head of Digital; status: Red; score: 20) [1]" in draft.text
    _, draft = asked("What are the highest risks?")
    assert [c.quote.split(" | ")[0] for c in draft.citations] == ["CR1", "CR6", "CR2", "CR7", "CR3"]


def test_one_rows_status_and_owner_lead_with_the_cell():
    _, draft = asked("What is the status of the market hall milestone?")
    assert draft.text.startswith("Status: Delayed [1]")
    _, draft = asked("Who owns the cyber attack risk?")
    assert draft.text.startswith("Risk owner: Head of Digital [1]")
    _, draft = asked("What is the score of risk CR6?")
    assert draft.text.startswith("Current score: 16 [1]")


def test_overall_status_and_budget_lines_in_two_house_styles():
    _, draft = asked("What is the overall RAG status of the town centre regeneration programme?")
    assert [c.quote for c in draft.citations] == ["Overall RAG status: Amber"]
    _, draft = asked("What is the budget position of the harbour wall project?")
    assert [c.quote for c in draft.citations] == ["Approved capital budget: £3.0m", "Expenditure to date: £1.1m", "Projected outturn: £2.9m", "Over/(under) spend: (£0.1m)"]
    _, draft = asked("How much has been spent so far on town centre regeneration?")
    assert [c.quote for c in draft.citations] == ["Spend to date: £4.1m"]


def test_minutes_decisions_say_when_amended():
    _, draft = asked("What did cabinet decide about the housing allocations policy?")
    assert "- RESOLVED that the revised allocations policy be adopted. (as amended) [1]" in draft.text
    assert "Riverside Trust" not in draft.text


def test_a_decision_asked_after_a_sentence_setting_the_scene_is_the_item_the_question_names():
    """'The housing strategy promised a new lettings approach for families. What did cabinet decide on the allocations
    policy?': the first sentence's words the minutes never say name no item; the policy does."""
    _, draft = asked("The housing strategy promised a fairer lettings approach for families. What did cabinet decide on the allocations policy?")
    assert draft is not None and "revised allocations policy be adopted" in draft.text
    from index.answerers.minutes import _preamble_only

    assert _preamble_only("Was there an amendment on the rate? What happened to it?", []) == set()  # two questions, no scene


def test_summarise_what_a_meeting_decided_gives_its_resolutions():
    name, draft = asked("Summarise what cabinet decided.")
    assert name == "minutes" and "revised allocations policy be adopted" in draft.text, (name, draft and draft.text)
    name, draft = asked("What happened at the cabinet meeting in March 2024?")
    assert name == "minutes" and "revised allocations policy be adopted" in draft.text, (name, draft and draft.text)


def test_minutes_people_and_declarations():
    _, draft = asked("Who sent apologies to the cabinet meeting in March?")
    assert draft.citations[0].quote == "Apologies for absence were received from Cllr Lena Hart."
    assert "Planning Committee" not in draft.text
    name, draft = asked("Were any interests declared at the planning committee?")
    assert name == "minutes" and draft.abstained and "Planning Committee Minutes 2 May 2024" in draft.text


def test_a_decision_asked_of_a_month_no_minutes_cover_is_left_to_the_other_papers():
    _, draft = asked("What did cabinet decide about the housing allocations policy in March 2024?")
    assert draft is not None and "revised allocations policy be adopted" in draft.text
    name, draft = asked("What did cabinet decide about the housing allocations policy in June 2024?")
    assert name != "minutes"  # the March minutes are not June's; a record of that decision elsewhere may say


def test_filters_narrow_the_documents_answered_from():
    _, draft = asked("Which milestones have slipped?", Filters(councils=["Tarnmouth"]))
    assert {c.source for c in draft.citations} == {"tarnmouth-status.pdf"}


def test_a_follow_up_names_its_document_through_the_context():
    _, draft = asked("Who wrote it?", context="Tell me about the leisure centre refurbishment")
    assert [c.quote for c in draft.citations] == ["Report author: Priya Okafor, Leisure Manager"]


def test_documents_without_a_model_are_not_answered_from():
    bare = {doc_id: {k: v for k, v in doc.items() if k != "model"} for doc_id, doc in DOCS.items()}
    assert answer_from_model("Which milestones have slipped?", bare, None, "", MATCHER) is None


def _plan_with_rows() -> dict[str, dict]:
    """A plan whose Priority headings hold both their actions as items and a table of the same actions with lead and date."""
    rows = [["Open two warm hubs each winter", "Head of Communities", "Each winter"], ["Double benefit take-up checks", "Head of Revenues", "2027"]]
    plan = DocumentModel(
        title="Upper Orling Corporate Plan 2026-2030", date="2026-04", doc_type="plan",
        tree=[Node("Theme: Fair Upper Orling", 3, "heading", "Theme", children=[
            Node("Priority 1.1: Ease the cost of living", 3, "heading", "Priority", table=0,
                 children=[Node(row[0], 3, "item", "Key actions") for row in rows]),
        ])],
        tables=[Table(["Action", "Lead", "By when"], rows, 3, [3, 3], heading="Key actions")],
    )
    budget = DocumentModel(title="Revenue Budget and Medium Term Financial Strategy 2026/27", date="2026-02-10", doc_type="cabinet-report",
                           council="Upper Orling Metropolitan Borough Council",
                           fields=[Field("contact", "Contact officer", "Ama Boateng, Chief Finance Officer", 1, "Contact officer: Ama Boateng, Chief Finance Officer")])
    return {doc_id: {"source": f"{doc_id}.pdf", "title": model.title, "date": model.date, "doc_type": model.doc_type,
                     "council": model.council, "model": model.to_dict()} for doc_id, model in {"plan": plan, "budget": budget}.items()}


def test_where_a_row_sits_gives_the_row_with_its_cells_and_its_ancestors():
    draft = answer_from_model("Who leads the warm hubs action, and under which priority is it?", _plan_with_rows(), matcher=MATCHER)
    text = draft.text.replace("\\", "")
    assert "Open two warm hubs each winter | Head of Communities | Each winter" in text
    assert "Priority 1.1: Ease the cost of living" in text and "Theme: Fair Upper Orling" in text


@pytest.mark.parametrize("question", ["Who can answer questions on Upper Orling's 2026/27 budget?", "Who is the contact for the MTFS?"])
def test_a_title_named_by_its_initials_and_not_by_the_council_name_it_shares_with_a_plan(question):
    draft = answer_from_model(question, _plan_with_rows(), matcher=MATCHER)
    assert draft is not None and "Ama Boateng" in draft.text and draft.citations[0].source == "budget.pdf"


def _front_sheets() -> dict[str, dict]:
    """Two reports of one council: one front sheet with a seen-by table and no portfolio-holder line read."""
    def seen(role: str, name: str) -> Field:
        return Field("seen_by", role, f"{name} (02/02/25)", 1, name)

    harbour = DocumentModel(title="Our Harbour - Marine Works Plan 2025", date="2025-02-12", doc_type="cabinet-report", council="Wrenfield Borough Council",
                            fields=[Field("forward_plan", "Forward Plan Reference", "FP/25/031", 1, "Forward Plan Reference: FP/25/031"),
                                    Field("meeting_date", "Date", "12th February 2025", 1, "12th February 2025"),
                                    seen("County Solicitor", "Ruth Ames"), seen("Monitoring Officer", "Omar Faris"), seen("Corporate Finance", "Lena Ortiz"),
                                    seen("Human Resources", "Tom Vey"), seen("Cabinet Member", "Cllr Ada Frost, Lead Member for Coast")])
    parks = DocumentModel(title="Parks Strategy", date="2024-06-01", doc_type="cabinet-report", council="Wrenfield Borough Council",
                          fields=[Field("author", "Author", "Ian Bell", 1, "Author: Ian Bell")])
    return {doc_id: {"source": f"{doc_id}.pdf", "title": model.title, "date": model.date, "doc_type": model.doc_type,
                     "council": model.council, "model": model.to_dict()} for doc_id, model in {"harbour": harbour, "parks": parks}.items()}


def test_sign_off_questions_give_the_roles_they_name_by_the_vocabularys_sign_off_words():
    draft = answer_from_model("Who gave the legal sign-off on Our Harbour?", _front_sheets(), matcher=MATCHER)
    assert "Ruth Ames" in draft.text and "Omar Faris" in draft.text
    assert "Lena Ortiz" not in draft.text and "Tom Vey" not in draft.text
    draft = answer_from_model("Was Our Harbour seen by Tom Vey?", _front_sheets(), matcher=MATCHER)
    assert "Tom Vey" in draft.text and "Ruth Ames" not in draft.text


def test_a_seen_by_cabinet_member_row_stands_in_for_a_missing_portfolio_holder():
    draft = answer_from_model("Which cabinet member is responsible for Our Harbour?", _front_sheets(), matcher=MATCHER)
    assert "Cllr Ada Frost, Lead Member for Coast" in draft.text
    assert [c.quote for c in draft.citations] == ["Cllr Ada Frost, Lead Member for Coast"]


def test_a_label_spoken_whole_is_asked_though_the_title_has_its_words_and_a_bare_when_asks_the_date():
    draft = answer_from_model("Forward plan number for Our Harbour, and when?", _front_sheets(), matcher=MATCHER)
    assert "FP/25/031" in draft.text and "12th February 2025" in draft.text


def test_which_level_is_it_under_places_a_row_but_which_lead_member_is_it_under_asks_a_field():
    from index.answerers.tree import _where_level
    from index.intents import TREE_CUES, cues

    docs = load(_plan_with_rows(), None)
    for question, where in (("Who leads the warm hubs action, and which priority is it under?", True),
                            ("Whose report is the MTFS, and which lead member is it under?", False)):
        assert ("where" in _where_level(cues(TREE_CUES, question), Ask(question, docs, MATCHER))) is where


def _a_plan_and_its_refresh() -> dict[str, dict]:
    """A plan whose title repeats the council's name, and the report refreshing it (two reports with fields, one without)."""
    def report(title: str, date: str, fields: list[Field]) -> DocumentModel:
        return DocumentModel(title=title, date=date, doc_type="cabinet-report", council="Ostermere Borough Council", fields=fields)

    models = {
        "plan": DocumentModel(title="Ostermere Forward: Council Plan 2023-2027", date="2023-03-01", doc_type="plan",
                              council="Ostermere Borough Council", tree=[item("Mission 1: Homes for everyone", 2, "Mission", kind="heading",
                                                                             children=[item("Build 200 council homes", 2, "We will")])]),
        "refresh": report("Council Plan 2023-2027: annual refresh", "2025-06-10", [
            Field("contact", "Contact", "Rhian Dobbs, Policy Lead, 01632 555018", 1, "Contact: Rhian Dobbs, Policy Lead, 01632 555018"),
            Field("portfolio_holder", "Lead Member", "Councillor Ivo Pratt, Lead Member for Resources", 1, "Lead Member: Councillor Ivo Pratt, Lead Member for Resources"),
            Field("forward_plan", "Forward Plan ref", "FP/25/007", 1, "Forward Plan ref: FP/25/007"),
            Field("report_to", "Meeting", "Overview and Scrutiny Board", 1, "Meeting: Overview and Scrutiny Board"),
            Field("meeting_date", "Date", "10 June 2025", 1, "Date: 10 June 2025")]),
        "parks": report("Parks maintenance contract 2024-2034", "2024-01-16", [
            Field("author", "Report author", "Sol Marsh, Parks Manager", 1, "Report author: Sol Marsh, Parks Manager")]),
        "review": report("Parks contract: first year review", "2025-02-20", []),
    }
    return {doc_id: {"source": f"{doc_id}.pdf", "title": model.title, "date": model.date, "doc_type": model.doc_type,
                     "council": model.council, "model": model.to_dict()} for doc_id, model in models.items()}


def test_a_title_repeating_the_council_name_is_not_named_more_than_its_sibling():
    draft = answer_from_model("Who do I ring about the Ostermere council plan refresh?", _a_plan_and_its_refresh(), matcher=MATCHER)
    assert draft is not None and not draft.abstained and "01632 555018" in draft.text
    assert {c.source for c in draft.citations} == {"refresh.pdf"}


def test_each_clause_asks_its_own_field_though_another_clause_says_a_label_word():
    draft = answer_from_model("Which Lead Member is responsible for the council plan refresh, and what is its Forward Plan ref?",
                              _a_plan_and_its_refresh(), matcher=MATCHER)
    assert "Ivo Pratt" in draft.text and "FP/25/007" in draft.text


def test_a_clause_asking_when_a_named_body_looked_at_a_report_asks_its_meeting_date():
    """'When did the Overview and Scrutiny Board look at ...': the body's name is dropped as a name, leaving 'when'."""
    draft = answer_from_model("When did the Overview and Scrutiny Board look at the council plan refresh, and who was Lead Member then?",
                              _a_plan_and_its_refresh(), matcher=MATCHER)
    assert "Ivo Pratt" in draft.text and "10 June 2025" in draft.text, draft.text


def test_of_two_documents_named_alike_the_one_with_the_asked_field_answers():
    draft = answer_from_model("Who wrote the parks contract report?", _a_plan_and_its_refresh(), matcher=MATCHER)
    assert draft is not None and "Sol Marsh" in draft.text


def test_a_who_question_is_never_answered_with_a_plans_contents():
    from index.answerers.tree import TreeAnswerer

    ask = Ask("Who leads Mission 1 of the Ostermere council plan?", load(_a_plan_and_its_refresh(), None), MATCHER)
    assert TreeAnswerer().wants(ask) == 0.0


def test_a_document_named_by_its_title_that_lacks_the_asked_field_gives_way_to_one_that_has_it():
    docs = _a_plan_and_its_refresh()
    record = DocumentModel(title="Council Plan refresh: decision record", date="2025-07-01", doc_type="decision-report",
                           council="Ostermere Borough Council", fields=[Field("report_to", "Decision maker", "Councillor Ivo Pratt", 1,
                                                                              "Decision maker: Councillor Ivo Pratt")])
    docs["record"] = {"source": "record.txt", "title": record.title, "date": record.date, "doc_type": record.doc_type,
                      "council": record.council, "model": record.to_dict()}
    draft = answer_from_model("Who do I contact about the council plan refresh decision record?", docs, matcher=MATCHER)
    assert draft is not None and not draft.abstained and "01632 555018" in draft.text


def test_a_title_acronym_is_named_by_the_words_it_stands_for():
    docs = _a_plan_and_its_refresh()
    sites = DocumentModel(title="HWRC Opening Hours Review", date="2025-05-01", doc_type="cabinet-report", council="Ostermere Borough Council",
                          fields=[Field("author", "Report author", "Nia Cole, Waste Manager", 1, "Report author: Nia Cole, Waste Manager")])
    docs["sites"] = {"source": "sites.pdf", "title": sites.title, "date": sites.date, "doc_type": sites.doc_type,
                     "council": sites.council, "model": sites.to_dict()}
    draft = answer_from_model("Who wrote the report on household waste recycling centres?", docs, matcher=MATCHER)
    assert draft is not None and "Nia Cole" in draft.text and {c.source for c in draft.citations} == {"sites.pdf"}


def test_a_node_named_with_its_council_but_not_its_plan_is_found_among_several_plans():
    """Two Fernbrook documents have trees, so no one plan is in scope: the council's name still names no node."""
    import copy

    plan = next(doc for doc in DOCS.values() if doc["source"] == "fernbrook-plan.pdf")
    other = copy.deepcopy(next(doc for doc in DOCS.values() if doc["source"] == "fernbrook-leisure.pdf"))
    other["model"]["tree"] = [{"text": "Background", "page": 1, "kind": "heading", "label": None, "children": [], "table": None}]
    docs = {**DOCS, "fernbrook-leisure.pdf": other}
    found = first_answer(Ask("List everything Fernbrook has committed to for pupils' air quality.", load(docs, None), MATCHER, ""))
    assert found is not None and found[0].name == "tree", found
    assert "Improve air quality near schools" in found[1].text.splitlines()[0] and plan["title"] in found[1].text


def test_an_outline_number_with_a_capital_letter_is_read_as_the_question_says_it():
    from index.answerers.tree import _LEADING_NUMBER

    assert _LEADING_NUMBER.match("Objective 3B: Protect and restore nature").group(1).lower() == "3b"
    assert _LEADING_NUMBER.match("Priority 2a Active communities").group(1) == "2a"


def _report(doc_id: str, title: str, date: str, kind: str = "highlight-report"):
    from index.answerers.base import Document

    return Document(doc_id, {"source": f"{doc_id}.pdf", "title": title, "date": date, "doc_type": kind, "council": "Riverside Council"},
                    DocumentModel(title=title))


def test_a_question_naming_no_year_is_answered_by_the_latest_report_of_its_series():
    from index.answerers.base import named_document

    older = _report("old", "Wharf Regeneration Programme: Highlight Report", "2024-10-15")
    newer = _report("new", "Wharf Regeneration Programme Highlight Report September 2025", "2025-10-14")
    other = _report("pool", "Lido Refurbishment Highlight Report", "2025-11-01")
    documents = [older, newer, other]
    assert named_document("Is the Wharf Regeneration Programme: Highlight Report on track?", documents) is newer
    assert named_document("What was the Wharf Regeneration Programme's status in 2024?", documents) is older
    assert named_document("How has the Wharf Regeneration Programme changed?", documents) is older
    # Editions titled alike: 'last year's' and 'the previous' report are the one before the latest.
    editions = [_report(f"q{year}", "Quarter 3 performance report", f"{year}-02-05") for year in (2024, 2025, 2026)]
    assert named_document("Who signed off the quarter 3 performance report?", editions) is editions[2]
    assert named_document("Who signed off last year's quarter 3 performance report?", editions) is editions[1]
    assert named_document("What did the previous quarter 3 performance report say about costs?", editions) is editions[1]
    plans = [_report("p1", "Riverside Corporate Plan 2022-2026", "2022-02-01", "plan"), _report("p2", "Riverside Corporate Plan 2022-2026: refresh", "2024-07-01", "plan")]
    assert named_document("What does the Riverside Corporate Plan 2022-2026 promise on housing?", plans) is plans[0]


def test_a_meeting_s_record_has_no_doing_level_for_actions_asked_of_a_plan():
    """'Which commitments ...' of a plan whose doing-level is unlabelled gives its leaves; the minutes' items are no commitments."""
    from index.answerers.base import Document
    from index.answerers.tree import _labels_matching

    def paper(doc_id, kind):
        tree = [Node("Heading", None, "heading", children=[Node("Apologies", None, "item"), Node("Declarations", None, "item")])]
        return Document(doc_id, {"source": f"{doc_id}.pdf", "title": doc_id, "date": "2026-02-01", "doc_type": kind, "council": None},
                        DocumentModel(title=doc_id, tree=tree))

    assert _labels_matching(paper("plan", "plan"), ["commitments"], None) == {None}
    assert _labels_matching(paper("minutes", "minutes"), ["commitments"], None) is None


def test_a_question_calling_the_paper_a_plan_names_no_minutes():
    from index.answerers.base import Document, named_document

    def paper(doc_id, title, kind):
        return Document(doc_id, {"source": f"{doc_id}.pdf", "title": title, "date": "2026-02-01", "doc_type": kind,
                                 "council": "Brackwater Fire and Rescue Authority"}, DocumentModel(title=title))

    minutes = paper("minutes", "Minutes of the meeting of the Fire Authority", "minutes")
    documents = [minutes, paper("plan", "Community Risk Management Plan 2025-2029", "plan"), paper("audit", "Internal audit annual opinion", "audit")]
    assert named_document("Which commitment in the fire plan covers road safety?", documents) is None
    assert named_document("What did the Fire Authority decide about road safety?", documents) is minutes


def _one_matter_of_a_london_borough() -> dict[str, dict]:
    """A London borough's report and the record of its decision under one title, and its two budget reports."""
    council = "London Borough of Fenmarsh"
    report = DocumentModel(title="Play Streets Programme: Phase 2", date="2025-06-10", doc_type="cabinet-report", council=council,
                           fields=[Field("contact", "Contact", "Lina Ostrova, Head of Healthy Streets, 020 7946 0999", 1, "Lina Ostrova, Head of Healthy Streets, 020 7946 0999"),
                                   Field("report_of", "Report of", "Strategic Director of Place", 1, "Strategic Director of Place")])
    record = DocumentModel(title="Play Streets Programme: Phase 2", date="2025-06-12", doc_type="decision", council=council,
                           fields=[Field("contact", "Contact", "Democratic Services", 1, "Democratic Services")])
    older = DocumentModel(title="Revenue Budget 2025/26 and Medium Term Financial Plan 2025/26 to 2027/28", date="2025-02-26",
                          doc_type="budget", council=council, fields=[Field("report_to", "Report to", "Council", 1, "Report to: Council")])
    newer = DocumentModel(title="Revenue Budget 2026/27 and Medium Term Financial Plan 2026/27 to 2028/29", date="2026-02-25",
                          doc_type="budget", council=council, fields=[Field("report_to", "Report to", "Council", 1, "Report to: Council")])
    models = {"report": report, "record": record, "older": older, "newer": newer}
    return {doc_id: {"source": f"{doc_id}.pdf", "title": model.title, "date": model.date, "doc_type": model.doc_type,
                     "council": model.council, "model": model.to_dict()} for doc_id, model in models.items()}


def test_of_a_report_and_its_decision_record_under_one_title_the_fuller_front_sheet_answers_who_to_ring():
    draft = answer_from_model("Who do I ring about the play streets programme in Fenmarsh?", _one_matter_of_a_london_borough(), matcher=MATCHER)
    assert draft is not None and "Lina Ostrova" in draft.text and draft.citations[0].source == "report.pdf"


def test_a_year_given_with_its_month_dates_the_question_and_names_no_title():
    from index.answerers.base import named_document

    documents = load(_one_matter_of_a_london_borough(), None)
    assert named_document("What will Fenmarsh's reserves be by March 2027?", documents) is None  # not the plan running '... to 2027/28'
    assert named_document("What went to Council with Fenmarsh's 2025/26 revenue budget?", documents).doc["source"] == "older.pdf"


def test_a_title_in_initials_is_named_by_the_words_its_document_spells_them_out_in():
    from index.answerers.base import named_document

    def paper(title: str, purpose: str) -> dict:
        model = DocumentModel(title=title, date="2025-07-15", doc_type="cabinet-report", council="Kelworth County Council",
                              fields=[Field("purpose", "Purpose", purpose, 1, purpose)])
        return {"source": f"{title}.pdf", "title": title, "date": model.date, "doc_type": model.doc_type, "council": model.council, "model": model.to_dict()}

    documents = load({"hwrc": paper("HWRC Future Service Model", "A new model for the six household waste recycling centres (HWRCs)."),
                      "plan": paper("Kelworth Council Strategy 2025 to 2029", "What the council will do; recycling matters too."),
                      "fleet": paper("FTP Fleet Review", "For the fleet: the vans have few trips planned.")}, None)
    assert named_document("What is the Kelworth recycling centres report about?", documents).doc["source"] == "HWRC Future Service Model.pdf"
    assert named_document("What does the fleet transport plan say?", documents).doc["source"] == "FTP Fleet Review.pdf"  # its own words


def test_a_front_sheet_set_as_a_three_column_table_is_no_table_of_records():
    """'Item | Detail | Notes' holds the front sheet: 'when will the depot be finished' is not its title row."""
    sheet = Table(["Item", "Detail", "Notes"], [["Report title", "Harbour Depot: full business case", ""],
                                                ["Meeting", "Cabinet, 15 July 2025", "Agenda item 6"],
                                                ["Report author", "Ann Lowe, Project Manager", "Tel 01632 960111"],
                                                ["Decision type", "Key decision", "Forward plan reference FP/2025/031"],
                                                ["Wards affected", "Quayside", ""]], None)
    depot = DocumentModel(title="Harbour Depot: full business case", date="2025-07-15", doc_type="cabinet-report",
                          tables=[sheet], tree=[Node("Timetable", None, "heading", children=[Node("Completion of the depot: March 2028", None, "item")])])
    docs = {"depot": {"source": "depot.docx", "title": depot.title, "date": depot.date, "doc_type": depot.doc_type, "council": None,
                      "model": depot.to_dict()}}
    draft = answer_from_model("When will the Harbour Depot be finished?", docs, matcher=MATCHER)
    assert draft is None or "Report title" not in draft.text


def test_editions_whose_titles_differ_only_by_their_years_are_one_series():
    from index.intents import same_titles

    one = {"title": "Medium-Term Financial Plan 2025/26 to 2028/29 and Revenue Budget 2025/26", "council": "Ellersby Borough Council"}
    other = {"title": "Medium-Term Financial Plan 2026/27 to 2029/30 and Revenue Budget 2026/27", "council": "Ellersby Borough Council"}
    assert same_titles(one, other, 0.5)
    assert not same_titles(one, {"title": "Local Plan Review 2025/26 to 2028/29", "council": "Ellersby Borough Council"}, 0.5)
    # The period a report covers dates an edition too: two reports of one quarter on different matters are no series.
    assert not same_titles({"title": "Library strategy: action plan progress, quarter 2 2025/26"}, {"title": "Performance report: quarter 2 2025/26"}, 0.5)
    assert same_titles({"title": "Quarter 2 performance report 2024/25"}, {"title": "Performance report: quarter 2 2025/26"}, 0.5)


def test_editions_of_one_report_named_alike_answer_from_the_latest(tmp_path):
    """Two quarterly reports whose titles the question names alike: who holds a post now is the latest's to say."""
    from model_papers import read_papers

    first, second = tmp_path / "marlow-2024.html", tmp_path / "marlow-2025.html"
    first.write_text("<h1>Marlow Programme Highlight Report: Quarter 1 2024/25</h1><p>Date: 30 June 2024</p>"
                     "<p>Senior Responsible Owner: Ann Lowe, Director of Place</p><p>Overall status: Green</p>")
    second.write_text("<h1>Marlow Programme Highlight Report Q1 2025/26</h1><p>Date: 30 June 2025</p>"
                      "<p>Senior Responsible Owner: Ben Hart, Director of Growth</p><p>Overall status: Amber</p>")
    docs = {name: entry for name, (entry, _) in read_papers([first, second]).items()}
    draft = answer_from_model("Who is the senior responsible owner for the Marlow programme?", docs, None, "", MATCHER)
    assert draft is not None and "Ben Hart" in draft.text and "Ann Lowe" not in draft.text


def test_a_label_of_the_documents_own_with_capitals_is_asked_for_by_its_words(tmp_path):
    """'Section 75' is no person or place: it names the label the front sheet prints, so the field is asked for."""
    from model_papers import read_papers

    path = tmp_path / "pool.html"
    path.write_text("<h1>Kelby Pool Charges 2026/27</h1><p><b>Report of:</b> Ann Lowe, Director of Leisure</p>"
                    "<p><b>Date of meeting:</b> 3 March 2026</p><p><b>Section 75 equality screening:</b> Screened in for a full assessment</p>"
                    "<p><b>Key decision:</b> No</p><h2>1. Purpose</h2><p>To set pool charges for 2026/27.</p>")
    docs = {name: entry for name, (entry, _) in read_papers([path]).items()}
    draft = answer_from_model("What was the outcome of the Section 75 screening on the pool charges report?", docs, None, "", MATCHER)
    assert draft is not None and "Screened in for a full assessment" in draft.text


def test_a_plan_with_no_contact_lines_gives_its_own_sentence_on_whom_to_contact(tmp_path):
    """The plan the question names says whom to ask in a sentence; another paper's contact officer is not the answer."""
    from model_papers import ask_papers, read_papers

    plan, report = tmp_path / "kelby-plan.html", tmp_path / "kelby-budget.html"
    plan.write_text("<h1>Kelby Council Plan 2025-2029</h1><h2>Our priorities</h2><ul><li>Mend every pothole within 28 days</li></ul>"
                    "<h2>Reporting</h2><p>Progress is reported every six months. For questions about the plan contact the Policy "
                    "Officer, Ann Lowe, on 01632 960111 or at policy@kelby.example.</p>")
    report.write_text("<h1>Kelby Budget 2025/26</h1><p><b>Report of:</b> Ben Hart, Director of Finance</p>"
                      "<p><b>Contact officer:</b> Cara Bell, 01632 960222</p><h2>1. Purpose</h2><p>To set the budget.</p>")
    draft = ask_papers(read_papers([plan, report]), "Who do I contact with a question about the Kelby council plan?")
    assert "Ann Lowe" in draft.text and "01632 960111" in draft.text and "Cara Bell" not in draft.text


def test_what_a_meeting_is_asked_to_do_gives_the_recommendations(tmp_path):
    """'What is the committee asked to do with X': its recommendation, not the 'Report to' line naming the committee."""
    from model_papers import ask_papers, read_papers

    path = tmp_path / "register.html"
    path.write_text("<h1>Corporate Risk Register: Quarter 1</h1><p><b>Report to:</b> Audit Committee, 22 July 2025</p>"
                    "<p><b>Report of:</b> Director of Resources</p><p><b>Recommendation:</b> That the Committee notes the register "
                    "and refers the cyber risk to Cabinet.</p><h2>1. Introduction</h2><p>The register is reviewed each quarter.</p>")
    draft = ask_papers(read_papers([path]), "What is the Audit Committee asked to do with the corporate risk register?")
    assert "refers the cyber risk to Cabinet" in draft.text


def test_how_do_i_get_hold_of_someone_gives_the_contact_lines():
    name, draft = asked("How do I get hold of the Director of Communities about the leisure centre refurbishment?")
    assert name == "fields" and "01234 567890" in draft.text


def test_who_wrote_a_report_that_prints_only_report_by_gives_that_line(tmp_path):
    from model_papers import ask_papers, read_papers

    path = tmp_path / "precept.html"
    path.write_text("<h1>Kelby Precept 2026/27</h1><p><b>Report to:</b> Full Council</p><p><b>Date of meeting:</b> 15 January 2026</p>"
                    "<p><b>Report by:</b> Nora Vale, Town Clerk</p><h2>1. Purpose</h2><p>To set the precept for 2026/27.</p>")
    draft = ask_papers(read_papers([path]), "Who wrote the Kelby precept report?")
    assert "Nora Vale, Town Clerk" in draft.text


KELBY_PACK = ("<h1>Kelby Scrutiny Panel agenda pack, 4 March 2026</h1><p>Contact: Ann Lowe, Scrutiny Officer, 01632 555100</p>"
              "<h2>Agenda</h2><ol><li>Apologies</li><li>Library charges 2026/27 (pages 2-3)</li><li>Parks delivery report (page 4)</li></ol>"
              "<p>Item 2: Library charges 2026/27</p><p>Report of: Dan Rush, Director of Communities</p>"
              "<p>Author: Priya Castellan, Head of Libraries</p><p>Purpose: To set the charges for library room hire and late returns.</p>"
              "<p>Item 3: Parks delivery report, quarter 3</p><p>Report of: Oskar Lindqvist, Head of Parks</p>"
              "<p>Author: Mina Holt, Parks Performance Officer</p><p>Purpose: To report progress on the parks strategy.</p>")
KELBY_REVIEW = ("<h1>Library opening hours: scrutiny review</h1><p>Date: 10 December 2025</p>"
                "<p>Report of: Kelby Scrutiny Panel</p><p>Author: Ann Lowe, Scrutiny Officer</p><p>The Panel reviewed the hours of the libraries.</p>")


def test_a_report_inside_an_agenda_pack_is_asked_of_by_its_own_front_sheet(tmp_path):
    """A pack prints each report's front sheet under its item ('Item 2: Library charges 2026/27'): who wrote the
    library charges report is that item's author, not the pack's contact nor another paper's author."""
    from model_papers import read_papers

    (tmp_path / "pack.html").write_text(KELBY_PACK)
    (tmp_path / "review.html").write_text(KELBY_REVIEW)
    docs = {name: entry for name, (entry, _) in read_papers([tmp_path / "pack.html", tmp_path / "review.html"]).items()}
    draft = answer_from_model("Who wrote the library charges report for the Panel?", docs, matcher=MATCHER)
    assert draft is not None and "Priya Castellan" in draft.text and "Mina Holt" not in draft.text and "Ann Lowe" not in draft.text, draft and draft.text
    draft = answer_from_model("Who wrote the library opening hours review?", docs, matcher=MATCHER)
    assert draft is not None and "Ann Lowe" in draft.text, draft and draft.text
