"""Questions that compare periods or name one thing of a kind ('phase 3'), and how many lines a factoid gets."""

from __future__ import annotations

import pytest

from index.answer import Draft, compared_periods, merge_drafts, unmet_designator, unmet_reference
from index.intents import FACTOID, LIST_QUESTION
from index.models import Citation


@pytest.mark.parametrize("question,labels", [
    ("How has the harbour budget changed between 2021 and 2023?", ["2021", "2023"]),
    ("What did the lido cost in 2022/23, compared with 2021/22?", ["2021/22", "2022/23"]),
    ("How many pitches were planned in 2020, and how many now?", ["2020", "now"]),
    ("How has the cost of the bypass changed since 2018?", ["2018", "now"]),
])
def test_each_compared_period_is_asked_on_its_own_oldest_first(question, labels):
    parts = compared_periods(question)
    assert [label for label, _, _ in parts] == labels
    for label, asked, after in parts:
        others = [other for other in labels if other not in (label, "now")]
        assert not any(other in asked for other in others), asked  # each part names its own period only
        assert ("chang" not in asked) and ("compared" not in asked)
        assert (after is not None) == (label == "now")


@pytest.mark.parametrize("question", ["What is the budget for 2024/25?", "When was the 2019 plan adopted?", "How has the service changed over the years?"])
def test_a_question_about_one_period_compares_nothing(question):
    assert compared_periods(question) == []


def test_merged_answers_renumber_their_citations():
    def cite(n: int, quote: str) -> Citation:
        return Citation(n=n, source=f"{quote}.pdf", title=quote, page=1, section=None, quote=quote, score=1.0)

    merged = merge_drafts([Draft("a [1] b [2]", [cite(1, "a"), cite(2, "b")], False, 0.5), Draft("c [1]", [cite(1, "c")], False, 0.7)])
    assert merged.text == "a [1] b [2]\n\nc [3]"
    assert [(c.n, c.quote) for c in merged.citations] == [(1, "a"), (2, "b"), (3, "c")]
    assert merged.strength == 0.7


@pytest.mark.parametrize("question,answer,unmet", [
    ("Which wards are in phase 3 of the scheme?", "Phase 2 will cover the following wards: Abbey, Marsh", "phase 3"),
    ("When does work start on Block C?", "Start on site: Block A (90 homes) May 2026", "block C"),
    ("What was the overspend at Q3?", "At the end of quarter 2 the forecast overspend was £1.2m", "quarter 3"),
    ("What was the overspend at quarter 2?", "At the end of quarter 2, the forecast overspend was £1.2m", None),
    ("Which wards are in phase 2?", "Phase 1 ended in May; phase 2 covers Abbey and Marsh.", None),
    ("What did I ask about Mission 4?", "Mission 4: Healthy lives", None),
    ("Which actions sit under Strand 2D of the plan?", "Strand 2A Kerbside recycling; Strand 2B Recycling centres", "strand 2D"),
    ("Which actions sit under Strand 2B of the plan?", "Strand 2A Kerbside recycling; Strand 2B Recycling centres", None),
])
def test_an_answer_about_another_of_the_kind_does_not_answer(question, answer, unmet):
    found = unmet_designator(question, answer)
    assert (found.split(":")[0] if found else None) == unmet


@pytest.mark.parametrize("question,is_list,factoid", [
    ("Which Act sets out the duty to provide libraries?", False, True),
    ("Which schools were in the pilot?", True, False),
    ("Which of the commitments were rated red?", True, False),
    ("How much would the team cost each year?", False, True),
    ("List every action under the theme", True, False),
    ("Which Ostermere reports were seen by the treasurer?", True, True),
    ("Which Cabinet Member is responsible?", False, True),
])
def test_one_thing_or_several(question, is_list, factoid):
    assert bool(LIST_QUESTION.search(question)) == is_list
    assert bool(FACTOID.search(question)) == factoid


def test_a_statement_an_earlier_period_gave_is_not_given_again():
    def cite(n: int, quote: str) -> Citation:
        return Citation(n=n, source="lido.pdf", title="Lido", page=2, section=None, quote=quote, score=1.0)

    first = Draft("**Lido** (2019-05-01)\n- visits fell [1]", [cite(1, "visits fell")], False, 0.5)
    second = Draft("**Lido** (2019-05-01)\n- visits fell [1]\n\n**Lido review** (2023-06-01)\n- visits rose [2]",
                   [cite(1, "visits fell"), cite(2, "visits rose")], False, 0.6)
    merged = merge_drafts([first, second])
    assert merged.text == "**Lido** (2019-05-01)\n- visits fell [1]\n\n**Lido review** (2023-06-01)\n- visits rose [2]"
    assert [c.quote for c in merged.citations] == ["visits fell", "visits rose"]


def test_a_table_row_cited_again_for_another_years_cell_stands():
    row = Citation(n=1, source="mtfs.html", title="MTFS", page=None, section=None, quote="Budget gap 0 0 9,800 17,600", score=1.0)
    first = Draft("**MTFS** (2025-02-12):\n- Budget gap (£000): 2026/27: 9,800 [1]", [row], False, 0.5)
    second = Draft("**MTFS** (2025-02-12):\n- Budget gap (£000): 2027/28: 17,600 [1]", [row], False, 0.5)
    merged = merge_drafts([first, second])
    assert merged.text == "**MTFS** (2025-02-12):\n- Budget gap (£000): 2026/27: 9,800 [1]\n\n- Budget gap (£000): 2027/28: 17,600 [1]"
    assert len(merged.citations) == 1


def test_a_question_word_the_documents_say_otherwise_is_said_by_their_words():
    from index.answer import aliases

    assert aliases("How much is the fine for parking outside the school?") == {"fine": {"penalti", "charg"}}
    assert aliases("When is the meeting?") == {}


def test_a_who_answer_must_name_someone_the_question_does_not():
    from index.answer import names_someone
    from index.retrieval import terms

    asked = set(terms("Who chaired the Audit Committee in March?"))
    assert not names_someone("The Audit Committee met in March and noted the report.", asked)
    assert names_someone("Councillor Amy Holt chaired the Audit Committee.", asked)
    assert names_someone("The contract went to Wyvern Leisure Trust.", set(terms("Who won the contract?")))


@pytest.mark.parametrize(
    ("question", "answer", "unmet"),
    [
        ("What is the current score of risk SR14?", "SR09 Local government reorganisation is a new risk, scored 15.", "SR14"),
        ("What is the current score of risk SR09?", "SR09 Local government reorganisation is a new risk, scored 15.", None),
        ("Where have actions IA24-07.1 and IA24-07.2 got to?", "IA24-07.1 New waiver form: 80% complete.", "IA24-07.2"),
        ("How did quarter Q2 of 2025/26 go?", "Spending was on budget in the second quarter.", None),  # a quarter and a year are no codes
        ("What was the response to recommendation R9 of the review?", "R6 Set up a board. Response: Rejected", "R9"),
        ("What was the response to recommendation R6 of the review?", "R6 Set up a board. Response: Rejected", None),
    ],
)
def test_a_reference_code_the_answer_never_gives_is_unmet(question, answer, unmet):
    assert unmet_reference(question, answer) == unmet
