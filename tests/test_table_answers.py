"""Answers from tables, status lines and minutes of papers read from real files (PDF, HTML, DOCX, TXT) in house styles
of invented councils: superlatives over a column, a row by its label and columns by their headers, a whole table,
budget lines together, votes and the reasons members left. Every citation must be a verbatim span of its page.
"""

from __future__ import annotations

import pytest
from model_councils import catalogue, fake_embed
from table_documents import ORMSBY_HEADER, ORMSBY_ROWS, build

from index.answer import unmet_period
from index.answerers import ACROSS_REGISTRY, Ask, Matcher, answer_from_model, load
from index.answerers.status import StatusAnswerer
from ingest.layout import collapse
from ingest.readers import read_document
from ingest.reading import read_model

MATCHER = Matcher(fake_embed)


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> dict[str, tuple[dict, object]]:
    """Each test paper's catalogue entry (with its model) and its parsed document, by file name."""
    folder = tmp_path_factory.mktemp("papers")
    found = {}
    for path in build(folder):
        parsed = read_document(path)
        model = read_model(parsed)
        entry = {"source": path.name, "title": model.title, "date": model.date, "doc_type": model.doc_type,
                 "council": model.council, "model": model.to_dict()}
        found[path.name] = (entry, parsed)
    return found


def ask(papers, question: str, *names: str, registry=None):
    """The model's answer to a question over the named papers (all when none are named); verbatim citations asserted."""
    docs = {name: entry for name, (entry, _) in papers.items() if not names or name in names}
    draft = answer_from_model(question, docs, None, "", MATCHER, registry)
    assert draft is not None and not draft.abstained, question
    for citation in draft.citations:
        parsed = papers[citation.source][1]
        pages = [p for p in parsed.pages if citation.page is None or p.number == citation.page]
        text = collapse(" ".join(p.text for p in pages)).lower()
        assert len(citation.quote) >= 8 and collapse(citation.quote).lower() in text, citation
        assert f"[{citation.n}]" in draft.text
    return draft


def test_a_pdf_table_set_by_whitespace_alone_is_read_as_a_table(papers):
    entry, _ = papers["ormsby-leisure-sites.pdf"]
    tables = entry["model"]["tables"]
    assert [t["header"] for t in tables] == [list(ORMSBY_HEADER)]
    assert tables[0]["rows"] == [list(row) for row in ORMSBY_ROWS]
    assert tables[0]["row_quotes"][3] == "Ladybrook Courts 1972 310 £41,900 £38,000"


def test_superlative_over_a_column_named_by_its_words_and_period(papers):
    draft = ask(papers, "Which site had the fewest members in 2022/23?")
    assert "Ladybrook Courts" in draft.text.split("\n")[1] and "310" in draft.text
    draft = ask(papers, "Which service area has the smallest budget in 2025-26?")
    assert "Waste Services" in draft.text and "11.9" in draft.text and "Total" not in draft.text


def test_superlative_leaves_out_the_totals_row_and_reads_the_row_noun(papers):
    draft = ask(papers, "Which efficiency proposal saves the most in 2026-27?")
    assert "Renegotiate the grounds maintenance contract" in draft.text and "600" in draft.text
    assert "1,540" not in draft.text


def test_a_row_named_by_its_label_and_columns_by_their_headers(papers):
    draft = ask(papers, "What is the 2025/26 budget for Kilnworth Gym compared with its running cost in 2022/23?")
    assert "£121,500" in draft.text and "£98,700" in draft.text
    assert draft.text.index("Budget 2025/26") < draft.text.index("Built")  # the asked columns lead
    draft = ask(papers, "What would relocating the library to the Quayside have cost, and why was that option dropped?")
    assert "£7.25m" in draft.text and "no funding identified" in draft.text


def test_a_row_year_by_year(papers):
    draft = ask(papers, "How much is allocated to Waste Services each year to 2026-27?")
    assert all(figure in draft.text for figure in ("11.2", "11.9", "12.6"))
    assert "Children and Families" not in draft.text and "Total net spending" not in draft.text


def test_a_whole_table_the_question_names(papers):
    draft = ask(papers, "What options were considered for the Central Library, and what would each cost?")
    assert all(figure in draft.text for figure in ("£1.9m", "£3.4m", "£7.25m"))


def test_how_figures_changed_is_answered_by_a_table_that_compares_them_and_nothing_else(papers):
    draft = ask(papers, "How have library members and e-book loans changed since 2019?", registry=ACROSS_REGISTRY)
    assert all(figure in draft.text for figure in ("18,200", "14,650", "22,400", "61,300"))
    docs = {name: entry for name, (entry, _) in papers.items()}
    assert answer_from_model("Is there any precedent for closing a library?", docs, None, "", MATCHER, ACROSS_REGISTRY) is None
    assert answer_from_model("Has any council cut the events held at its library?", docs, None, "", MATCHER, ACROSS_REGISTRY) is None


def test_a_fact_the_text_could_state_is_not_taken_from_a_row_without_a_column_named(papers):
    docs = {name: entry for name, (entry, _) in papers.items() if name.startswith("dunmere")}
    draft = answer_from_model("How many events were held?", docs, None, "", MATCHER)
    assert draft is None or "388" not in draft.text


def test_budget_lines_asked_against_each_other_come_together(papers):
    draft = ask(papers, "What is the projected outturn for the depot rebuild against the approved budget?")
    assert all(figure in draft.text for figure in ("£4,950,000", "£4,800,000", "£150,000 over budget"))
    assert "£1,215,000" in draft.text  # the spend to date stands with them


def test_a_budget_figure_stated_in_words_for_the_period_asked(papers):
    documents = load({"brayford": papers["brayford-budget-2025.html"][0]}, None)
    draft = StatusAnswerer().answer(Ask("What is Brayford's budget requirement for 2025-26?", documents, MATCHER))
    assert "£80,300,000" in draft.text and "4.99%" not in draft.text
    assert "£80,300,000" in ask(papers, "What is Brayford's budget requirement for 2025-26?").text
    docs = {"brayford": papers["brayford-budget-2025.html"][0]}
    later = "What is Brayford's budget requirement for 2027-28?"
    other = answer_from_model(later, docs, None, "", MATCHER)
    # Cabinet turns an answer that never states the year asked into "the documents don't say" (service.unmet_period).
    assert other is None or "£80,300,000" not in other.text or unmet_period(later, other.text) == "2027/28"


def test_status_lines_of_a_report_about_something_else_are_not_an_answer(papers):
    documents = load({"carrow": papers["carrow-depot-status-2025-04.txt"][0]}, None)
    assert StatusAnswerer().answer(Ask("How much did the swimming pool refurbishment cost in the end?", documents, MATCHER)) is None
    assert StatusAnswerer().answer(Ask("How much has been spent on the depot rebuild?", documents, MATCHER)) is not None


def test_minutes_with_reference_numbered_items_read_declarations_whole(papers):
    minutes = papers["felby-council-minutes-2025-03-03.txt"][0]["model"]["minutes"]
    assert [d["value"] for d in minutes["declarations"]] == [
        "Councillor Okoro declared a pecuniary interest in item FC/105 because his company holds the contract for cleaning "
        "the bus shelters. He withdrew from the meeting for that item."
    ]
    assert [r["item"] for r in minutes["resolutions"]] == ["FC/104 COMMUNITY GRANTS", "FC/105 BUS SHELTER REPLACEMENT"]
    assert minutes["resolutions"][0]["text"].startswith("RESOLVED that grants")
    assert [(v["item"].split()[0], v["text"][:30]) for v in minutes["votes"]] == [
        ("FC/105", "Councillor Venn proposed, and "), ("FC/105", "On being put to the vote the m"), ("FC/106", "A motion moved by Councillor F")]


@pytest.mark.parametrize("question", ["Why did Councillor Okoro withdraw from the meeting?", "Why did Councillor Okoro leave the full council meeting?"])
def test_why_a_member_left_gives_their_declaration_with_its_reason(papers, question):
    draft = ask(papers, question)
    assert "pecuniary interest" in draft.text and "cleaning the bus shelters" in draft.text


def test_a_slipped_word_about_something_no_table_holds_is_not_answered_with_milestones():
    docs = catalogue()
    draft = answer_from_model("What did cabinet say about compensation for missed bin collections?", docs, None, "", MATCHER)
    assert draft is None or "milestone" not in draft.text.lower()
    assert "slipped" in answer_from_model("Which milestones have slipped?", docs, None, "", MATCHER).text


def test_votes_with_the_item_they_decided(papers):
    draft = ask(papers, "Who proposed the bus shelter motion and how did the vote go?")
    assert "Councillor Venn proposed" in draft.text and "6 in favour, 2 against" in draft.text and "£27,500" in draft.text
    draft = ask(papers, "Was the skate park lighting motion carried?")
    assert "was lost (3 for, 5 against)" in draft.text


def test_a_vote_the_minutes_do_not_record_is_not_answered_with_the_decision(papers):
    docs = {"felby": papers["felby-council-minutes-2025-03-03.txt"][0]}
    draft = answer_from_model("How many councillors voted against the community grants?", docs, None, "", MATCHER)
    assert draft is None


ELLERSBY_FORWARD_PLAN = """<!doctype html><html><head><title>Ellersby Borough Council - Forward Plan</title></head><body>
<h1>Forward Plan of Key Decisions, 2026</h1><p>This is a fictional document for testing.</p>
<table><tr><th>Item</th><th>Decision maker</th><th>Meeting</th><th>Key decision</th><th>Lead officer</th></tr>
<tr><td>Renewal of the grounds maintenance contract</td><td>Cabinet</td><td>10 March 2026</td><td>Yes</td><td>Priya Castellan</td></tr>
<tr><td>Allotment rents 2026/27</td><td>Cabinet Member</td><td>17 March 2026</td><td>No</td><td>Oskar Lindqvist</td></tr>
<tr><td>Sale of the former Station Road depot</td><td>Cabinet</td><td>14 April 2026</td><td>Yes</td><td>Priya Castellan</td></tr>
<tr><td>Town centre car parking charges</td><td>Cabinet</td><td>12 May 2026</td><td>Yes</td><td>Oskar Lindqvist</td></tr>
</table></body></html>"""


def test_the_rows_a_person_leads_are_listed_from_their_cells(tmp_path):
    papers = dict([_paper(tmp_path, "ellersby-forward-plan-2026.html", ELLERSBY_FORWARD_PLAN)])
    draft = answer_from_model("Which key decisions is Priya Castellan leading on in the forward plan?", papers, None, "", MATCHER)
    assert draft is not None and not draft.abstained
    assert "grounds maintenance contract" in draft.text and "Station Road depot" in draft.text
    assert "Allotment rents" not in draft.text and "car parking" not in draft.text


ELLERSBY_FOOTBRIDGE = """<!doctype html><html><head><title>Ellersby Footbridge: Award of Contract</title></head><body>
<p>Ellersby Borough Council</p><h1>Ellersby Footbridge: Award of Contract</h1><p>Report to Cabinet, 10 March 2026</p>
<p>This is a fictional document for testing.</p>
<h2>1. Purpose of the report</h2><p>To award the contract for the new footbridge over the River Lune at Ellersby.</p>
<h2>2. Financial implications</h2><p>The scheme costs £6.2 million. It is funded as follows:</p>
<table><tr><th>Source</th><th>£ million</th></tr><tr><td>Active Travel Fund grant</td><td>3.9</td></tr>
<tr><td>Developer contributions</td><td>1.1</td></tr><tr><td>Council borrowing</td><td>1.2</td></tr><tr><td>Total</td><td>6.2</td></tr></table>
<h2>3. Risks</h2><p>Flooding of the works in winter is the main risk; the contractor carries it.</p>
</body></html>"""


def test_a_field_that_introduces_a_table_brings_the_tables_rows(tmp_path):
    path = tmp_path / "ellersby-footbridge-2026.html"
    path.write_text(ELLERSBY_FOOTBRIDGE)
    parsed = read_document(path)
    model = read_model(parsed)
    entry = {"source": path.name, "title": model.title, "date": model.date, "doc_type": model.doc_type, "council": model.council, "model": model.to_dict()}
    draft = answer_from_model("How is the Ellersby footbridge being paid for?", {path.name: entry}, None, "", MATCHER)
    assert draft is not None and not draft.abstained
    for source in ("Active Travel Fund grant", "Developer contributions", "Council borrowing"):
        assert source in draft.text, draft.text
    text = collapse(" ".join(page.text for page in parsed.pages)).lower()
    assert all(collapse(citation.quote).lower() in text for citation in draft.citations)


def _paper(tmp_path, name: str, html: str) -> tuple[str, dict]:
    path = tmp_path / name
    path.write_text(html)
    model = read_model(read_document(path))
    return path.name, {"source": path.name, "title": model.title, "date": model.date, "doc_type": model.doc_type, "council": model.council,
                       "model": model.to_dict()}


def test_a_post_asked_for_with_its_number_is_the_contact_that_names_the_post(tmp_path):
    budget = ("<html><body><p>Ellersby Borough Council</p><h1>Revenue Budget 2026/27</h1><p>Report to Council, 24 February 2026</p>"
              "<p>This is a fictional document for testing.</p><h2>1. Summary</h2><p>The net budget is £41.2 million.</p>"
              "<p>Contact: Rosalind Ferrant, Chief Finance Officer, 01632 555201.</p></body></html>")
    depot = ("<html><body><p>Ellersby Borough Council</p><h1>Sale of the Station Road Depot</h1><p>Report to Cabinet, 14 April 2026</p>"
             "<p>This is a fictional document for testing.</p><h2>1. Summary</h2><p>The depot has been empty since 2024.</p>"
             "<p>Contact: Marcus Oyelowo-Brent, Head of Property, 01632 555310.</p></body></html>")
    docs = dict([_paper(tmp_path, "ellersby-budget-2026.html", budget), _paper(tmp_path, "ellersby-depot-2026.html", depot)])
    for question in ("Who is Ellersby's Chief Finance Officer, and what's their number?", "Who is the Chief Finance Officer and how do I reach them?"):
        draft = answer_from_model(question, docs, None, "", MATCHER)
        assert draft is not None and "01632 555201" in draft.text and "555310" not in draft.text, (question, draft and draft.text)


ELLERSBY_SAVINGS = ("<html><body><p>Ellersby Borough Council</p><h1>Medium-Term Financial Plan 2026/27 to 2029/30</h1>"
                    "<p>Report to Council, 24 February 2026</p><p>This is a fictional document for testing.</p><h2>5. Savings proposals</h2>"
                    "<table><tr><th>Ref</th><th>Proposal</th><th>£000</th><th>Status</th></tr>"
                    "<tr><td>EB-S01</td><td>Close the Mill Lane depot</td><td>210</td><td>On track</td></tr>"
                    "<tr><td>EB-S02</td><td>Share a legal service with a neighbouring council</td><td>150</td><td>At risk</td></tr>"
                    "<tr><td>EB-S03</td><td>Charge for green waste collection</td><td>480</td><td>New</td></tr>"
                    "<tr><td>EB-S04</td><td>Switch street lights to LED</td><td>120</td><td>New</td></tr></table>"
                    "<h2>6. The new leisure centre</h2><p>The new leisure centre at Mill Lane opens in May 2027 at a cost of £14.2 million.</p>"
                    "</body></html>")


def test_rows_a_table_marks_new_answer_what_new_ones_were_added(tmp_path):
    docs = dict([_paper(tmp_path, "ellersby-mtfp-2026.html", ELLERSBY_SAVINGS)])
    draft = answer_from_model("What new savings proposals were added in Ellersby's financial plan?", docs, None, "", MATCHER)
    assert draft is not None and "green waste" in draft.text and "LED" in draft.text, draft and draft.text
    assert "Mill Lane depot" not in draft.text and "legal service" not in draft.text
    other = answer_from_model("When does the new leisure centre open?", docs, None, "", MATCHER)
    assert other is None or "green waste" not in other.text, "a 'new' thing is not a question about rows marked New"


def test_an_on_track_question_is_not_answered_by_a_row_with_no_status_or_date(tmp_path):
    """A cost pressure row naming the pool says what it costs, not whether it will open on time."""
    from model_papers import read_papers

    path = tmp_path / "budget.html"
    path.write_text("<h1>Budget 2025/26</h1><h2>Cost pressures</h2><table><tr><th>Pressure</th><th>2025/26 £000</th></tr>"
                    "<tr><td>Riverside Leisure Centre: borrowing costs and pre-opening staffing</td><td>615</td></tr>"
                    "<tr><td>Waste contract indexation</td><td>488</td></tr></table>")
    docs = {name: entry for name, (entry, _) in read_papers([path]).items()}
    draft = answer_from_model("Is Riverside Leisure Centre still on course to open on time?", docs, None, "", MATCHER)
    assert draft is None or "615" not in draft.text


def test_the_meetings_date_in_a_question_names_the_meeting_not_the_item(tmp_path):
    """'at its meeting on 12 May 2025' chooses the minutes; the item is still the one the other words name."""
    from model_papers import ask_papers, read_papers

    path = tmp_path / "minutes.html"
    path.write_text("<h1>Environment Committee: Minutes</h1><p>Minutes of the meeting held on Monday 12 May 2025 at 7 pm.</p>"
                    "<h2>EC 25/4 Parking charges</h2><p>It was proposed by Councillor Abbot, seconded by Councillor Blake and agreed "
                    "that the parking charge be raised to £1.20 an hour.</p><h2>EC 25/5 Allotments</h2><p>Agreed: that rents stay at £40.</p>")
    draft = ask_papers(read_papers([path]), "What did the committee agree on the parking charge at its meeting on 12 May 2025, and who moved it?")
    assert "Councillor Abbot" in draft.text and "£1.20" in draft.text


def test_how_a_row_changed_across_two_editions_gives_each_editions_row_oldest_first(tmp_path):
    from model_papers import read_papers

    table = ("<table><tr><th>Ref</th><th>Scheme</th><th>Budget £m</th><th>Spend £m</th><th>RAG</th><th>Commentary</th></tr>"
             "<tr><td>WB-01</td><td>Marsh Lane Flood Scheme</td><td>21.7</td><td>{spend}</td><td>{rag}</td><td>{note}</td></tr>"
             "<tr><td>WB-02</td><td>Town Hall Roof</td><td>3.0</td><td>1.0</td><td>Green</td><td>On site</td></tr></table>")
    first, second = tmp_path / "dash-2024.html", tmp_path / "dash-2025.html"
    first.write_text("<h1>Wenmoor Investment Dashboard Q2 2024/25</h1><p>Date: 30 September 2024</p>"
                     + table.format(spend="2.0", rag="Amber", note="Awaiting agency funding"))
    second.write_text("<h1>Wenmoor Investment Dashboard Q2 2025/26</h1><p>Date: 30 September 2025</p>"
                      + table.format(spend="4.1", rag="Red", note="Funding gap of £3.4 million"))
    docs = {name: entry for name, (entry, _) in read_papers([first, second]).items()}
    draft = answer_from_model("How has the Marsh Lane flood scheme's position changed over the year?", docs, None, "", MATCHER, ACROSS_REGISTRY)
    assert draft is not None and "Awaiting agency funding" in draft.text and "Funding gap of £3.4 million" in draft.text
    assert draft.text.index("Awaiting agency funding") < draft.text.index("Funding gap")


def test_the_financial_implications_bring_the_funding_table_set_out_elsewhere(tmp_path):
    """The funding table sits in its own section ('Business case and funding'); the financial implications line does not lead into it."""
    html = ELLERSBY_FOOTBRIDGE.replace("<h2>2. Financial implications</h2><p>The scheme costs £6.2 million. It is funded as follows:</p>",
                                       "<h2>2. Business case and funding</h2><p>The scheme costs £6.2 million.</p>")
    html = html.replace("<h2>3. Risks</h2>", "<h2>3. Financial implications</h2><p>The Section 151 Officer confirms the borrowing is affordable.</p>"
                                             "<h2>4. Risks</h2>")
    papers = dict([_paper(tmp_path, "ellersby-footbridge-2026.html", html)])
    draft = answer_from_model("How is the Ellersby footbridge being paid for?", papers, None, "", MATCHER)
    assert draft is not None and "Active Travel Fund grant" in draft.text and "Council borrowing" in draft.text


def test_a_contact_for_a_matter_is_the_contact_line_naming_it_not_a_title_sharing_one_word(tmp_path):
    capital = ("<html><body><p>Ellersby Borough Council</p><h1>Capital Programme Monitoring Quarter 2</h1><p>Report to Cabinet, 5 December 2025</p>"
               "<p>This is a fictional document for testing.</p><h2>1. Summary</h2><p>Spending is £12.4 million against a budget of £14.0 million.</p>"
               "<p>Contact: Fintan Ardmore, Capital Accountant, 01632 555401.</p></body></html>")
    decision = ("<html><body><p>Ellersby Borough Council</p><h1>Officer Decision Record ODR-2025-090</h1>"
                "<p>This is a fictional document for testing.</p><h2>Decision</h2><p>To award a contract for pest control treatment.</p>"
                "<p>Contact: Jerome Fairbank, Pest Control Programme Manager, 01632 555402.</p></body></html>")
    docs = dict([_paper(tmp_path, "ellersby-capital-q2.html", capital), _paper(tmp_path, "ellersby-odr-2025-090.html", decision)])
    draft = answer_from_model("Who is the contact for the pest control programme?", docs, None, "", MATCHER)
    assert draft is not None and "555402" in draft.text and "555401" not in draft.text, draft and draft.text
    named = answer_from_model("Who is the contact for the capital programme report?", docs, None, "", MATCHER)
    assert named is not None and "555401" in named.text, named and named.text


ELLERSBY_EQIA = """<!doctype html><html><head><title>Equality impact assessment: library opening hours</title></head><body>
<p>Ellersby Borough Council</p><h1>Equality impact assessment: library opening hours</h1><p>Assessed on 2 February 2026</p>
<h2>1. The proposal</h2><p>Close the four branch libraries on Mondays.</p>
<h2>2. Action plan</h2><table><tr><th>Action</th><th>Owner</th><th>By</th></tr>
<tr><td>Extend the home library service</td><td>Library Manager</td><td>1 April 2026</td></tr>
<tr><td>Publish the new hours in large print</td><td>Communications Officer</td><td>1 March 2026</td></tr>
<tr><td>Add a Saturday story time at Northgate</td><td>Children's Librarian</td><td>May 2026</td></tr>
<tr><td>Review visits by older residents</td><td>Performance Officer</td><td>October 2026</td></tr></table>
</body></html>"""


def test_what_is_in_a_table_the_question_names_is_every_row_of_it(tmp_path):
    papers = dict([_paper(tmp_path, "ellersby-eqia-library-hours.html", ELLERSBY_EQIA)])
    draft = answer_from_model("What's in the action plan of the library hours equality impact assessment?", papers, None, "", MATCHER)
    assert draft is not None and not draft.abstained
    for action in ("Extend the home library service", "large print", "Saturday story time", "Review visits by older residents"):
        assert action in draft.text, draft.text


ELLERSBY_BUDGET = """<!doctype html><html><head><title>Revenue budget 2026/27</title></head><body>
<p>Ellersby Borough Council</p><h1>Revenue budget 2026/27</h1><p>Report to Council, 24 February 2026</p>
<h2>Funding (£000)</h2><table><tr><th>Source</th><th>2025/26</th><th>2026/27</th></tr>
<tr><td>Council tax</td><td>61,200</td><td>64,300</td></tr><tr><td>Business rates</td><td>22,100</td><td>22,900</td></tr>
<tr><td>Total funding</td><td>83,300</td><td>87,200</td></tr></table>
<h2>Table 4: Savings 2026/27</h2><table><tr><th>Ref</th><th>Saving</th><th>£000</th></tr>
<tr><td>SV1</td><td>Close the Mill Street office</td><td>(240)</td></tr>
<tr><td>SV2</td><td>Retender the cleaning contract</td><td>(515)</td></tr>
<tr><td>SV3</td><td>Move payslips online</td><td>(35)</td></tr>
<tr><td>Total savings</td><td></td><td>(790)</td></tr></table>
</body></html>"""


def test_the_biggest_of_the_savings_is_read_from_the_table_its_heading_names_with_its_total_when_asked(tmp_path):
    """The savings table's one column of figures is the one asked, though another table heads a column '2026/27';
    savings printed in brackets are biggest by the sum saved; 'add up to' brings the totals row."""
    papers = dict([_paper(tmp_path, "ellersby-budget-2026-27.html", ELLERSBY_BUDGET)])
    draft = answer_from_model("What do the savings for 2026/27 add up to, and which is the biggest?", papers, None, "", MATCHER)
    assert draft is not None and "Retender the cleaning contract" in draft.text.split("\n")[1] and "(790)" in draft.text, draft.text
    draft = answer_from_model("Which saving in 2026/27 is the biggest?", papers, None, "", MATCHER)
    assert "Retender the cleaning contract" in draft.text and "(790)" not in draft.text, draft.text


ELLERSBY_PARTNERS = """<!doctype html><html><head><title>Joint waste budget 2026/27</title></head><body>
<p>Ellersby Joint Waste Committee</p><h1>Joint waste budget 2026/27</h1><p>Report to the Joint Committee, 22 January 2026</p>
<p>The net cost of the partnership rises by 3.6%, and each partner pays its share of it.</p>
<h2>Table 2: Partner contributions (£000)</h2><table><tr><th>Partner</th><th>Share</th><th>2025/26</th><th>2026/27</th></tr>
<tr><td>Ashgrove District Council</td><td>31.0%</td><td>5,610</td><td>5,805</td></tr>
<tr><td>Copperfield Borough Council</td><td>29.5%</td><td>5,333</td><td>5,525</td></tr>
<tr><td>Kilnholt District Council</td><td>39.5%</td><td>7,140</td><td>7,398</td></tr></table>
</body></html>"""


def test_a_row_named_by_its_place_and_a_column_by_its_period_is_a_cell_only_the_table_gives(tmp_path):
    """'How much is Copperfield contributing in 2026/27': the partner's row ('Copperfield Borough Council' is named by
    its place), the 2026/27 column."""
    papers = dict([_paper(tmp_path, "ellersby-joint-waste-budget.html", ELLERSBY_PARTNERS)])
    draft = answer_from_model("How much is Copperfield contributing to the partnership in 2026/27?", papers, None, "", MATCHER)
    assert draft is not None and "5,525" in draft.text and "Ashgrove" not in draft.text, draft and draft.text


def test_the_biggest_of_a_row_noun_no_table_names_is_not_read_from_other_tables(tmp_path):
    """'The biggest scheme' is not the biggest saving or funding line: no table there calls its rows schemes."""
    papers = dict([_paper(tmp_path, "ellersby-budget-2026-27.html", ELLERSBY_BUDGET)])
    draft = answer_from_model("What is the biggest scheme in 2026/27?", papers, None, "", MATCHER)
    assert draft is None or ("Retender" not in draft.text and "Council tax" not in draft.text), draft.text
