"""Choosing the statements of an extractive answer: the line that answers, not the page furniture around it."""

from __future__ import annotations

import pytest

from index.answer import has_quantity, query_weights, score_units, select_units
from index.retrieval import Hit

META = {"source": "depot.pdf", "title": "Northfield Depot: Future of the Site", "council": "Harrowgate Borough Council",
        "page": 2, "ordinal": 3, "section": "6. Staffing"}


def _hit(text: str, meta: dict = META, score: float = 1.0) -> Hit:
    return Hit(node_id=f"{meta['source']}:{meta['ordinal']}", text=text, metadata=meta, score=score, dense=0.6, bm25=1.0)


class _EvenRarity:
    """Every word equally rare, so a test reads the scoring, not a corpus's statistics."""

    def idf(self, term: str) -> float:
        return 1.0


def _weights(question: str) -> dict[str, float]:
    return query_weights(question, "", _EvenRarity())


def _best(question: str, hits: list[Hit]) -> str:
    units = score_units(hits, _weights(question), question)
    return select_units(units, question, 4)[0].text


def test_a_line_of_banner_or_header_words_never_beats_the_line_that_answers():
    hit = _hit("HARROWGATE BOROUGH COUNCIL\nNorthfield Depot: Future of the Site\n"
               "6.1 About 40 staff will transfer to the new operator at Northfield Depot under TUPE.")
    question = "How many staff will transfer when Harrowgate hands over Northfield Depot?"
    assert _best(question, [hit]).startswith("6.1 About 40 staff")


def test_the_council_a_question_names_is_not_a_name_every_statement_must_repeat():
    other = {**META, "source": "register.pdf", "title": "Corporate Risk Register", "ordinal": 1}
    answering = _hit("6.1 About 40 staff will transfer to the new operator under TUPE.")
    nearby = _hit("R4 Transfer of Northfield Depot staff to the operator disrupts Harrowgate services 3 4 12 Amber", other, score=1.2)
    question = "How many staff will transfer from Harrowgate's Northfield Depot?"
    assert _best(question, [nearby, answering]).startswith("6.1 About 40 staff")


def test_how_many_prefers_the_number_of_the_thing_asked_about():
    from index.answer import counted_pattern

    assert counted_pattern("How many responses did the consultation get?").search("It received 2,874 responses by July.")
    assert counted_pattern("How many libraries will the council run?").search("The council will run 10 council-run libraries.")
    assert not counted_pattern("How many libraries will the council run?").search("Libraries opened 6 days a week.")
    assert counted_pattern("What did it cost?") is None


def test_a_year_the_statement_gives_for_another_measure_is_no_answer():
    table = {**META, "title": "Energy Costs of the Pools", "ordinal": 1}
    header = _hit("Visits rose to 52,000 in 2021/22, and the energy costs of the pools are forecast to reach £497,000 by 2023/24.", table)
    question = "How many visits did the pools get in 2023/24?"
    from index.answer import extractive_answer

    class _Retriever(_EvenRarity):
        def similarities(self, question, texts):
            return [0.5 for _ in texts]

    draft = extractive_answer(question, "", [header], _Retriever(), documents=1, min_coverage=0.1, min_similarity=0.0)
    assert draft.abstained and "2023/24" in draft.text
    budget = _hit("2.2 an increase in council tax of 4.99%, giving a Band D council tax of £2,131.52.",
                  {**META, "title": "Revenue Budget 2025/26", "ordinal": 2})
    draft = extractive_answer("What is the council tax rise in the 2025/26 budget?", "", [budget], _Retriever(),
                              documents=1, min_coverage=0.1, min_similarity=0.0)
    assert not draft.abstained and "4.99%" in draft.text


def test_each_part_of_a_two_part_question_gets_its_statement():
    from index.answer import _other_parts

    carbon = "4.3 Heat pumps and solar panels would cut emissions by an estimated 310 tonnes of carbon dioxide a year."
    saving = "6.2 The scheme costs £1.4 million in total. It is expected to save £52,000 a year in energy costs."
    other = "5.1 The depot heat pumps will be installed in 2026 by the contractor."
    question = "How much energy cost and carbon will the depot heat pumps save?"
    weights = _weights(question)
    units = sorted(score_units([_hit("\n".join([carbon, other, saving]))], weights, question), key=lambda u: -u.score)
    first = next(unit for unit in units if unit.text == carbon)
    assert [unit.text for unit in _other_parts(units, [first], weights, 0.0, question)] == [saving]
    assert _other_parts(units, [first], weights, 0.0, "How much carbon will the depot heat pumps save?") == []


class _Meaning(_EvenRarity):
    def similarities(self, question, texts):
        return [0.5 for _ in texts]


def test_a_passage_that_says_none_of_the_questions_rarest_words_is_no_answer():
    from index.answer import extractive_answer

    budget = _hit("2.1 a net revenue budget of £252,000,000 for 2025/26;\n2.3 the savings proposals, totalling £3,700,000 in 2025/26;",
                  {**META, "title": "Revenue Budget 2025/26", "section": "2. Recommendations"})
    draft = extractive_answer("What is the capital programme for 2025/26?", "", [budget], _Meaning(), documents=1,
                              min_coverage=0.1, min_similarity=0.0)
    assert draft.abstained and "capital" in draft.text
    legal = _hit("6.1 The Controlled Waste Regulations 2012 allow the Council to make a reasonable charge for collecting garden waste.",
                 {**META, "title": "Garden Waste Charges", "section": "6. Legal implications"})
    draft = extractive_answer("What legal power lets the council charge for collecting garden waste?", "", [legal], _Meaning(),
                              documents=1, min_coverage=0.1, min_similarity=0.0)
    assert not draft.abstained and "Controlled Waste" in draft.text


def test_a_question_in_two_parts_is_told_from_a_name_with_and_in_it():
    from index.answer import in_parts

    assert in_parts("How long did it run, and how many responses did it get?")
    assert in_parts("How much energy cost and carbon will the heat pumps save?")
    assert not in_parts("How much does the council pay Brennan and Hale each year?")


def test_a_table_row_answer_must_give_the_year_asked_for_what_is_measured():
    from index.answer import Draft, period_unmet_by
    from index.models import Citation

    pools = {"source": "pools.pdf", "title": "Energy Costs of the Pools", "date": "2022-11-22"}
    row = "Upton Pool; Forecast energy cost 2023/24: £1,130,000; Visits 2021/22: 301,000"
    draft = Draft(row, [Citation(n=1, source="pools.pdf", title=pools["title"], page=2, section=None, quote=row, score=1.0)], False)
    assert period_unmet_by("How many visits did Upton Pool get in 2023/24?", draft, [pools]) == "2023/24"
    assert period_unmet_by("What is Upton Pool's forecast energy cost for 2023/24?", draft, [pools]) is None


@pytest.mark.parametrize("text, amount", [
    ("Reserve | 31 March 2025 £000 | Forecast 31 March 2026 £000", False),  # a table's header: dates and a unit, no sum
    ("Service | 2025/26 £m | 2026/27 £m", False),
    ("General reserve | 3,200 | 3,200", True),
    ("The general reserve stood at £3.2 million on 31 March 2025.", True),
    ("Budget (£'000)", False),
    ("Earmarked reserves total £9.6m.", True),
    ("To award the contract so that work starts in October 2025. The hub delivers step 3.1 of the plan.", False),  # a reference
    ("Appendix C is exempt under paragraph 14 of Part 4 of Schedule 12A.", False),
    ("The hub will take 14 months to build.", True),
    ("1. Audits completed in 2024/25 2. Limited and no assurance reports", False),  # a numbered list's markers
    ("Appendices | 1. Audits completed in 2024/25 2. Limited and no assurance reports", False),
    ("1. Recruit 60 foster carers 2. Open two family hubs", True),
])
def test_a_quantity_is_a_sum_not_a_date_or_a_unit_a_header_prints(text, amount):
    assert has_quantity(text) is amount


def test_the_documents_title_repeated_in_a_statement_does_not_outweigh_the_word_asked_for():
    """Every statement of the hub's report is about the hub: 'contingency' decides, not a line that repeats the title."""
    hub = {**META, "source": "hub.docx", "title": "Harbour Transport Hub: full business case", "ordinal": 2, "section": "Recommendations"}
    hit = _hit("2.1 That Cabinet approves the full business case for the Harbour Transport Hub at a total scheme cost of £18.6 million.\n"
               "The total scheme cost is £18.6 million, including a contingency of £1.4 million.", hub)
    assert "contingency of £1.4 million" in _best("How much contingency is built into the Harbour Transport Hub budget?", [hit])


def test_a_paragraph_reference_is_no_amount_for_a_how_much_question():
    hub = {**META, "source": "hub.docx", "title": "Harbour Transport Hub: contract award", "ordinal": 2, "section": "Purpose"}
    hit = _hit("To ask Cabinet to award the construction contract for the Harbour Transport Hub. It delivers step 3.1 of the plan.\n"
               "2.2 That Cabinet awards the construction contract to Dale Civils Ltd for £14.82 million.", hub)
    assert "£14.82 million" in _best("Who won the construction contract for the Harbour hub, and for how much?", [hit])


def test_when_will_it_be_finished_finds_the_completion_date():
    report = {**META, "source": "bridge.docx", "title": "Ellersby Footbridge: Award of Contract", "section": "7. Timetable", "ordinal": 5}
    hit = _hit("To ask Cabinet to award the Ellersby Footbridge contract so that work can start on site in May 2026.\n"
               "Main span lifted into place: December 2026\n"
               "Completion of the whole footbridge: August 2027", report)
    assert _best("When will the Ellersby footbridge be finished?", [hit]).startswith("Completion of the whole footbridge")


def test_a_list_named_after_its_items_brings_the_items_above_it():
    plan = {**META, "source": "plan.pdf", "title": "Ellersby 2030: Corporate Plan", "section": "How the plan works", "ordinal": 2}
    hit = _hit("Progress is reported to Cabinet every six months.\nThinking long term\nPreventing problems\nWorking with partners\n"
               "The three ways of working above shape every step.\nObjective 1: Give every child the best start in life", plan)
    question = "What are the three ways of working in the Ellersby plan?"
    chosen = [unit.text for unit in select_units(score_units([hit], _weights(question), question), question, 4)]
    assert chosen[:4] == ["Thinking long term", "Preventing problems", "Working with partners", "The three ways of working above shape every step."]


class _ByWords(_EvenRarity):
    """Meaning as word overlap with the question: deterministic, and it depends on its input."""

    def similarities(self, question, texts):
        asked = set(question.lower().split())
        return [len(asked & set(text.lower().split())) / len(asked) for text in texts]


def test_a_question_in_two_parts_takes_a_line_for_the_part_that_says_none_of_its_words():
    from index.answer import extractive_answer

    closure = _hit("Millbrook footbridge replacement | 420 | Slipped | permit delayed; now April to June 2026\n"
                   "The Millbrook footbridge is closed until it is replaced, with a 2.5 kilometre diversion along the river path.\n"
                   "The Wrenfield car park was resurfaced in July.",
                   {**META, "title": "Capital Programme Quarter 2", "section": "Schemes"})
    question = "When will the Millbrook footbridge be replaced, and what happens to walkers meanwhile?"
    draft = extractive_answer(question, "", [closure], _ByWords(), documents=1, min_coverage=0.1, min_similarity=0.0)
    assert "April to June 2026" in draft.text and "2.5 kilometre diversion" in draft.text
    assert "Wrenfield" not in draft.text


def _edition(year: str, date: str, text: str) -> Hit:
    meta = {**META, "source": f"allotments-{year}.pdf", "title": f"Allotments Annual Report {year}", "date": date,
            "doc_type": "report", "section": "3. Waiting list"}
    return _hit(text, meta)


def test_a_question_naming_no_year_is_answered_from_the_latest_edition_of_a_report():
    from index.answer import extractive_answer

    older = _edition("2023/24", "2024-06-10", "3.1 The allotment waiting list stood at 212 households, and the average wait was 26 months.")
    newer = _edition("2024/25", "2025-06-09", "3.1 There are 164 households on the waiting list for an allotment.")
    draft = extractive_answer("How long is the allotment waiting list?", "", [older, newer], _ByWords(), documents=2,
                              min_coverage=0.1, min_similarity=0.0)
    assert draft.text.index("164 households") < draft.text.find("212 households") or "212" not in draft.text
    earlier = extractive_answer("How long was the allotment waiting list in 2023/24?", "", [older, newer], _ByWords(), documents=2,
                                min_coverage=0.1, min_similarity=0.0)
    assert "212 households" in earlier.text.split("\n\n")[0]


def test_at_the_moment_asks_the_latest_paper_saying_it_whatever_its_series():
    """'How long is the wait at the moment?': a later paper of another kind (a panel's pack) says where it stands now."""
    from index.answer import extractive_answer

    review = _hit("The average wait for an allotment was 26 months between April and September 2025.",
                  {**META, "source": "review.txt", "title": "Allotments scrutiny review", "date": "2025-10-01", "doc_type": "scrutiny"})
    pack = _hit("Average wait for an allotment: 19 months in October to December 2025.",
                {**META, "source": "pack.pdf", "title": "Committee agenda pack", "date": "2026-02-03", "doc_type": "agenda"})
    now = extractive_answer("How long is the wait for an allotment at the moment?", "", [review, pack], _ByWords(), documents=2,
                            min_coverage=0.1, min_similarity=0.0)
    assert "19 months" in now.text.split("\n")[1], now.text


def test_the_lines_of_a_section_its_heading_names_answer_what_the_question_asks_of_it():
    """'What are the risks in the budget?': the lines under '5. Reserves and risks' say no 'risk' themselves, but their
    heading frames them nearly as well as their own words would, above lines that merely say 'budget' again."""
    from index.answer import extractive_answer

    meta = {**META, "source": "budget.pdf", "title": "Joint waste budget 2026/27", "doc_type": "budget", "date": "2026-01-22"}
    budget = _hit("1.1 That the Committee approves a net joint waste budget of £18.7 million.",
                  {**meta, "ordinal": 1, "section": "1. Recommendations"})
    risks = _hit("Producer responsibility payments of about £1.9 million are not in the budget until the amount is confirmed.\n"
                 "Every £10 a tonne change in the gate fee changes the budget by about £590,000.", {**meta, "ordinal": 2, "section": "5. Reserves and risks"})
    question = "What are the risks in the joint waste budget?"
    scored = {unit.text[:12]: unit.score for unit in score_units([budget, risks], _weights(question), question)}
    assert scored["Producer res"] > scored["1.1 That the"] and scored["Every £10 a "] > scored["1.1 That the"], scored
    draft = extractive_answer(question, "", [budget, risks], _ByWords(), documents=1, min_coverage=0.1, min_similarity=0.0)
    assert "£1.9 million" in draft.text and "£590,000" in draft.text, draft.text


def test_a_question_asking_why_prefers_the_statement_that_gives_a_reason():
    question = "Why is the splash pad at Orchard Park delayed?"
    hits = [_hit("The splash pad at Orchard Park is delayed to May 2026.", {**META, "ordinal": 1}),
            _hit("The splash pad at Orchard Park is delayed because the water connection failed its test.", {**META, "ordinal": 2})]
    assert _best(question, hits).endswith("failed its test.")
    plain = "When will the splash pad at Orchard Park open?"
    scored = {unit.text[-12:]: unit.score for unit in score_units(hits, _weights(plain), plain)}
    assert scored["ed its test."] <= scored["to May 2026."] + 0.05, "no reason asked: no bonus for one"


def test_a_question_asking_which_days_is_answered_by_a_line_naming_weekdays():
    question = "Which days will the library close?"
    hits = [_hit("The library will close at 5pm instead of 7pm to save money.", {**META, "ordinal": 1}),
            _hit("The library will close on Mondays and Wednesdays from April.", {**META, "ordinal": 2})]
    scored = {unit.text[:30]: unit.score for unit in score_units(hits, _weights(question), question)}
    assert scored["The library will close on Mond"] > scored["The library will close at 5pm "], scored


def test_what_a_document_is_about_frames_every_line_so_the_heading_asked_for_leads():
    from index.answer import extractive_answer

    record = _hit("Award of contract: pest control surveys and treatment\n"
                  "To award a two-year contract for pest control surveys and treatment to Calloway Services Ltd at £212,000.\n"
                  "Reports of pest control problems in council homes rose by 31% over the year.\n"
                  "The pest control contract adds capacity for 40 visits a week.\n"
                  "The cost of the pest control contract is met from the repairs budget.\n"
                  "Alternative options considered\n"
                  "Recruit two more in-house officers: rejected because recruitment would take at least six months.\n"
                  "Do nothing: rejected because the council would keep missing its response standard.",
                  {**META, "title": "Officer Decision Record 2025/117", "section": "Decision"})
    question = "What alternatives to the pest control contract were considered?"
    draft = extractive_answer(question, "", [record], _ByWords(), documents=1, min_coverage=0.1, min_similarity=0.0)
    assert "Recruit two more in-house officers" in draft.text and "Do nothing" in draft.text


def test_a_minute_heading_with_its_reference_brings_its_table_and_stops_at_the_next_minute():
    from index.answer import LIST_QUESTION, extractive_answer

    question = "Which community grants were awarded in March?"
    assert LIST_QUESTION.search(question) and LIST_QUESTION.search("Which bus routes will be cut?")
    assert not LIST_QUESTION.search("Which ward is the school in?")
    minutes = _hit("TC/24-25/061 Allotment rents\nRESOLVED that allotment rents rise from £40 to £42 from 1 October.\n"
                   "TC/24-25/062 Community grants\nApplicant | Purpose | Awarded (£)\nHolt Bowls Club | New mower | 1,500\n"
                   "Friends of Holt Library | Reading event | 400\nRESOLVED that grants totalling £1,900 be awarded as above.\n"
                   "TC/24-25/063 Date of next meeting\nThursday 19 June at 7pm.",
                   {**META, "title": "Minutes of the Town Council, 14 March", "section": "TC/24-25/061 Allotment rents"})
    draft = extractive_answer(question, "", [minutes], _ByWords(), documents=1, min_coverage=0.1, min_similarity=0.0)
    assert "New mower" in draft.text and "Reading event" in draft.text and "£1,900" in draft.text
    assert "19 June" not in draft.text and "allotment rents rise" not in draft.text


def test_a_tables_total_row_brings_the_rows_it_totals_for_a_list_question():
    from index.answer import extractive_answer

    table = _hit("5. Reserves\nReserve (£) | 31 March 2025 | Forecast 31 March 2026\nPavilion roof | 30,000 | 15,000\n"
                 "Play area renewal | 25,000 | 5,000\nElections | 12,000 | 16,000\nTotal earmarked reserves | 67,000 | 36,000\n"
                 "General reserve | 118,000 | 121,500",
                 {**META, "title": "Budget and Precept 2026/27", "section": "5. Reserves"})
    draft = extractive_answer("List the parish council's earmarked reserves.", "", [table], _ByWords(), documents=1,
                              min_coverage=0.1, min_similarity=0.0)
    assert all(item in draft.text for item in ("Pavilion roof", "Play area renewal", "Elections"))


def test_the_budget_report_names_a_paper_not_a_figure_asked_for():
    from index.intents import WANTS_NUMBER

    assert not WANTS_NUMBER.search("What risks does the budget report flag?")
    assert not WANTS_NUMBER.search("Who spoke at the budget meeting?")
    assert WANTS_NUMBER.search("What is the budget for libraries?") and WANTS_NUMBER.search("What budget does the scheme have?")


def test_two_words_the_documents_print_joined_by_and_are_one_thing_asked_not_two_parts():
    from index.answer import in_parts

    question = "What did the scrutiny group find about damp and mould cases in council homes?"
    assert in_parts(question)
    assert not in_parts(question, "new cases of damp and mould rose by 31% between quarter 1 and quarter 2.")
    assert in_parts("How much will it bring in, and what are the set-up costs?", "charging will bring in £1.2 million and set-up costs are")


def test_a_reference_code_holding_a_year_asks_for_no_period():
    from index.answer import asked_period

    assert asked_period("Who took officer decision ODR-2025-117, and on what date?") is None
    assert asked_period("What did decision CAB/2024/031 approve?") is None
    assert asked_period("What is the budget for 2025/26?") == ("2025", "26")
    assert asked_period("What was the figure in 2024-2025?") == ("2024", "25")


def test_months_of_one_year_ask_for_that_year_but_a_span_of_years_asks_for_none():
    from index.answer import asked_period, unmet_period

    assert asked_period("How many dwelling fires were there between April and December 2022?") == ("2022", "")
    assert asked_period("How many visits were there from January to June 2023?") == ("2023", "")
    assert asked_period("How have visits changed between 2019 and 2022?") is None
    assert unmet_period("How many fires were there between April and December 2022?", "Fires: Apr-Dec 2025: 541; Apr-Dec 2024: 588") == "2022"
