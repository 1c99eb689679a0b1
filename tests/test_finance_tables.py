"""Finance tables answered row by row from DOCX, HTML and PDF papers of invented councils: the forecast outturn (the
Total row when no row is named), the variance on one service, a year's savings, the budget gap in a year (years as
columns or as rows). Each answer names the row label and the header of every cell it gives; every citation is the row
as printed on its page.
"""

from __future__ import annotations

import pytest
from finance_documents import build
from model_papers import MATCHER, ask_papers, read_papers

from index.answerers import answer_from_model
from ingest.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> dict[str, tuple[dict, object]]:
    return read_papers(build(tmp_path_factory.mktemp("finance")))


def ask(papers, question: str, *names: str):
    return ask_papers(papers, question, *names)


ASHWELL = "ashwell-revenue-monitoring-2025-q2.docx"
COLDMERE = "coldmere-mtfp-2025-2028.html"
HEXLEY = "hexley-capital-monitoring-2025-m6.pdf"


def test_header_synonyms_are_council_wording_in_the_vocabulary():
    vocabulary = load_vocabulary()
    assert vocabulary.money_column("Projected outturn") == "forecast"
    assert vocabulary.money_column("Forecast spend") == "forecast"
    assert vocabulary.money_column("Over/(under)spend") == "variance"
    assert vocabulary.money_column("Forecast funding") == "funding"
    assert vocabulary.money_column("Gap in year") == "gap"


@pytest.mark.parametrize("question", ["What is the projected outturn?", "What is the forecast outturn for Ashwell?",
                                      "What is Ashwell's forecast spend this year?"])
def test_the_forecast_outturn_is_the_total_row_named_with_its_header(papers, question):
    draft = ask(papers, question, ASHWELL)
    assert "Total: Projected outturn: £10,365,000" in draft.text
    assert "£385,000" in draft.text  # its variance stands with it
    assert "Waste collection" not in draft.text
    assert draft.citations[0].quote.startswith("Total") and "£10,365,000" in draft.citations[0].quote


@pytest.mark.parametrize("question", ["What is the variance on housing options?", "What is the overspend on housing options?",
                                      "Is housing options over or under budget?"])
def test_the_variance_on_a_service_is_its_row(papers, question):
    draft = ask(papers, question, ASHWELL)
    assert "Housing options: Over/(under)spend: £260,000" in draft.text
    assert "£10,365,000" not in draft.text


def test_a_scheme_named_in_a_ruled_pdf_table(papers):
    draft = ask(papers, "What is the forecast spend on the market square paving?")
    assert "Market square paving: Forecast spend: £2,610,000" in draft.text and "£210,000" in draft.text
    draft = ask(papers, "What is the total variance on Hexley's capital schemes?")
    assert "Total: Variance: £150,000" in draft.text


def test_savings_in_a_year_are_the_total_of_that_years_column(papers):
    draft = ask(papers, "How much is saved in 2026/27?")
    assert "Total savings: 2026/27 £000: 940" in draft.text
    assert "1,040" not in draft.text and "620" not in draft.text
    draft = ask(papers, "How much will the garden waste charge save in 2027/28?")
    assert "Charge for garden waste collection: 2027/28 £000: 640" in draft.text


def test_the_budget_gap_in_a_year_with_years_as_columns_or_as_rows(papers):
    draft = ask(papers, "What is the budget gap in 2027/28?")
    assert "Budget gap: 2027/28: £1.9m" in draft.text and "£0.9m" not in draft.text
    draft = ask(papers, "What is Hexley's funding gap in 2027/28?")
    assert "2027/28: Funding gap: £0.7m" in draft.text and "£1.2m" not in draft.text


@pytest.mark.parametrize("question, said", [
    ("Which service is most over budget?", "Housing options: Over/(under)spend: £260,000, the most of 4"),
    ("Which service has the biggest underspend?", "Libraries and heritage: Over/(under)spend: (£38,000), the biggest underspend of 4"),
])
def test_which_row_is_most_over_or_under_budget_reads_the_variance_column(papers, question, said):
    draft = ask(papers, question, ASHWELL)
    assert said in draft.text and "Total" not in draft.text


def test_a_money_question_about_something_no_table_holds_is_not_answered_from_one(papers):
    docs = {name: entry for name, (entry, _) in papers.items()}
    draft = answer_from_model("What is the forecast outturn for the crematorium?", docs, None, "", MATCHER)
    assert draft is None or "£10,365,000" not in draft.text


def test_a_council_named_by_another_papers_title_still_finds_its_finance_table():
    from ingest.model import DocumentModel, Table

    strategy = DocumentModel(title="Marlford 2030: Council Strategy", council="Marlford District Council", doc_type="plan",
                             tables=[Table(["Measure", "Target"], [["Homes built each year", "300"], ["Recycling rate", "55%"]], 1)])
    budget = DocumentModel(title="Budget update, autumn 2025", council="Marlford District Council", doc_type="other",
                           tables=[Table(["Year", "Spending need", "Funding", "Funding gap"],
                                         [["2026/27", "£14.2m", "£13.9m", "£0.3m"], ["2027/28", "£14.8m", "£14.1m", "£0.7m"]], 2,
                                         row_pages=[2, 2], row_quotes=["2026/27 £14.2m £13.9m £0.3m", "2027/28 £14.8m £14.1m £0.7m"])])
    docs = {name: {"source": f"{name}.pdf", "title": model.title, "date": "2025-10-01", "doc_type": model.doc_type,
                   "council": model.council, "model": model.to_dict()} for name, model in (("strategy", strategy), ("budget", budget))}
    draft = answer_from_model("What is Marlford's funding gap in 2027/28?", docs, None, "", MATCHER)
    assert draft is not None and "2027/28: Funding gap: £0.7m" in draft.text


def test_what_savings_are_proposed_lists_the_proposals_not_their_total(tmp_path):
    path = tmp_path / "savings-note.txt"
    path.write_text("""DUNHOLM DISTRICT COUNCIL

Budget 2026/27: savings proposals
=================================

2. Savings proposals (£000)
---------------------------

> DEP-01
    Proposal: Merge two depots into one
    2026/27: 300
    2027/28: 150
> LIB-02
    Proposal: Move library stock ordering online
    2026/27: 80
    2027/28: 40
> Total savings
    Proposal:
    2026/27: 380
    2027/28: 190

3. Reserves

Reserves stay at £6.0 million.
""", encoding="utf-8")
    papers = read_papers([path])
    draft = ask_papers(papers, "What savings are proposed for 2026/27?")
    assert "Merge two depots into one" in draft.text and "Move library stock ordering online" in draft.text
    draft = ask_papers(papers, "What is the total saving in 2026/27?")
    assert "380" in draft.text and "Merge two depots" not in draft.text


BRANTWICK = "brantwick-budget-2026-27.docx"


@pytest.mark.parametrize("question, figure, row", [
    ("What is Brantwick's net revenue budget for 2026/27?", "£48.6 million", "Net revenue budget"),
    ("What will the transformation reserve be by March 2027?", "£1.2 million", "Transformation reserve"),
    # The sentence speaks of the row in its column's or its table's words: 'gap' (the column of a row named by a year),
    # 'proposals' (the heading of a table whose row is 'Total').
    ("How big is the gap by 2028/29?", "£2.6 million", "2028/29"),
    ("How much would the savings proposals save in total?", "£0.95 million", "Total"),
])
def test_a_table_figure_comes_with_the_sentence_that_states_it_in_words(papers, question, figure, row):
    draft = ask(papers, question, BRANTWICK)
    assert figure in draft.text and row in draft.text
    # The sentence (or clause of a list run into one) stating the figure leads, not another naming the row; the row follows.
    assert figure in draft.citations[0].quote and "rises" not in draft.text
    assert any(row in citation.quote for citation in draft.citations[1:])


def test_a_row_no_sentence_speaks_of_gets_no_borrowed_prose(papers):
    draft = ask(papers, "What is the budget for leisure and culture in 2026/27?", BRANTWICK)
    assert "2,250" in draft.text and "£48.6 million" not in draft.text and "£1.2 million" not in draft.text


def test_a_year_a_finance_table_has_no_column_for_is_not_given_another_years_figure(papers):
    docs = {name: entry for name, (entry, _) in papers.items() if name == BRANTWICK}
    draft = answer_from_model("What is Brantwick's net revenue budget for 2028/29?", docs, None, "", MATCHER)
    assert draft is None or "48,600" not in draft.text


def test_the_prose_read_for_sentences_leaves_out_table_rows_stored_as_their_cells_run_together():
    from index.answerers.base import Ask, Document
    from index.answerers.prose import sentences
    from ingest.model import DocumentModel, Table

    table = Table(["Scheme", "Approved budget £000", "Forecast outturn £000"], [["Flood defences", "2,400", "2,150"], ["Programme total", "26,100", "26,100"]],
                  1, [1, 1], heading="Budget", row_quotes=["Flood defences Approved budget £000: 2,400 Forecast outturn £000: 2,150",
                                                            "Programme total Approved budget £000: 26,100 Forecast outturn £000: 26,100"])
    document = Document("d", {"source": "d.txt", "title": "Waterfront status"}, DocumentModel(title="Waterfront status", tables=[table]))
    # A plain-text record is stored as one line of its labelled cells (not as printed, over several lines).
    passage = "\n".join([" | ".join(table.header), table.row_quote(0), table.row_quote(1), "The programme is forecast to cost £26.1 million, within its budget."])
    ask = Ask("What is the forecast outturn?", [document], MATCHER, prose=lambda _: [(1, passage)])
    said = [sentence for _, sentence in sentences(ask, document)]
    assert said == ["The programme is forecast to cost £26.1 million, within its budget."]
    # The lines either side of a table are not one sentence: a long title line does not run on into the text after it.
    passage = "\n".join(["Riverside Bus Corridor: Full Business Case and Approval to Deliver the Scheme", " | ".join(table.header),
                         table.row_quote(0), "This paper asks the Board to approve the scheme."])
    ask = Ask("What is the forecast outturn?", [document], MATCHER, prose=lambda _: [(1, passage)])
    said = [sentence for _, sentence in sentences(ask, document)]
    assert "This paper asks the Board to approve the scheme." in said and not any("Scheme This" in sentence for sentence in said)


def test_what_a_funding_line_raises_is_its_row_in_the_funding_table(papers):
    """'How much does council tax raise': the Funding table's row, though no header says 'raise'."""
    draft = ask(papers, "How much does council tax raise for Brantwick in 2026/27?", BRANTWICK)
    assert "31,200" in draft.text and "12,400" not in draft.text


def test_a_list_of_pressures_comes_from_the_table_headed_so(tmp_path):
    """'What cost pressures does the budget absorb': the rows of the table headed 'Cost pressures', not the estimates."""
    from model_papers import ask_papers, read_papers

    path = tmp_path / "rate.html"
    path.write_text("<h1>Wenmoor Budget 2025/26</h1><h2>4. Estimates</h2><table><tr><th>Service</th><th>2024/25 budget £000</th>"
                    "<th>2025/26 budget £000</th></tr><tr><td>Leisure</td><td>17,655</td><td>18,940</td></tr>"
                    "<tr><td>Waste</td><td>15,602</td><td>16,215</td></tr></table>"
                    "<h2>5. Cost pressures</h2><table><tr><th>Pressure</th><th>2025/26 £000</th></tr>"
                    "<tr><td>Pay award</td><td>1,260</td></tr><tr><td>Employer National Insurance</td><td>742</td></tr>"
                    "<tr><td>Total</td><td>2,002</td></tr></table>")
    draft = ask_papers(read_papers([path]), "What cost pressures does the Wenmoor 2025/26 budget have to absorb?")
    assert "Pay award" in draft.text and "742" in draft.text and "18,940" not in draft.text


def test_rows_listed_by_a_reference_code_are_named_by_their_words(tmp_path):
    """'HSF-S01' tells the proposals apart; 'Close the depot' names one."""
    from model_papers import ask_papers, read_papers

    path = tmp_path / "mtfp.html"
    path.write_text("<h1>Medium-Term Financial Plan 2025/26</h1><h2>Savings proposals</h2><table><tr><th>Ref</th><th>Proposal</th>"
                    "<th>2026/27 £000</th><th>Total £000</th></tr><tr><td>WB-S01</td><td>Close the Marsh Lane depot</td><td>310</td><td>620</td></tr>"
                    "<tr><td>WB-S02</td><td>Share a control room</td><td>180</td><td>180</td></tr>"
                    "<tr><td>Total</td><td></td><td>490</td><td>800</td></tr></table>")
    draft = ask_papers(read_papers([path]), "List the savings proposals in the 2025/26 medium-term financial plan.")
    assert "Close the Marsh Lane depot" in draft.text and "Share a control room" in draft.text
