"""'Give me the headlines of X': the named document's key statements in its own words (its sentences that carry what it
keeps saying, figures first), led by its purpose and recommendations, each cited; never another council's paper."""

from __future__ import annotations

from pathlib import Path

import pytest
from model_papers import MATCHER, ask_papers, read_papers

from index.answerers import answer_from_model

AUDIT = """PELLBROOK DISTRICT COUNCIL

Internal Audit Annual Report 2025/26

Report to: Audit Committee
Report of: Head of Internal Audit
Purpose: To give the annual opinion on governance, risk management and internal control.

1. Opinion

The Head of Internal Audit gives an overall opinion of Reasonable assurance for 2025/26.
Limited assurance was given on two audits, fleet maintenance and direct payments.

2. Delivery

31 of the 34 audits in the plan were completed, 91 per cent of the plan.
Three audits were deferred to next year because of staff vacancies.
74 per cent of agreed actions were implemented by their due date, against a target of 90 per cent.

3. Other matters

The team moved to the new civic offices in March.
Staff held a training day on data analytics in May.
New working papers software was bought in the autumn.
The committee is asked to note the report.
"""

STATUS = """PELLBROOK DISTRICT COUNCIL

Riverside Regeneration Programme: Status Report, Quarter 2 2025/26

Programme manager: Dana Whitcombe
Overall status: Amber
Programme budget: £12.5 million

1. Progress

The new market hall opened to traders on 4 August 2025, two weeks late.
The riverside walk is eight weeks behind schedule because of flooding in the spring.
Spending to date is £7.9 million, and the forecast outturn is £12.8 million.
"""

PLAN = """PELLBROOK DISTRICT COUNCIL

Pellbrook Council Plan 2025 to 2029

Our plan sets out what the council will do for residents over four years.
We will build 400 homes and open two new recycling centres by 2028.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> dict:
    folder: Path = tmp_path_factory.mktemp("summary")
    (folder / "pellbrook-internal-audit-annual-report-2025-26.txt").write_text(AUDIT, encoding="utf-8")
    (folder / "pellbrook-council-plan-2025-2029.txt").write_text(PLAN, encoding="utf-8")
    (folder / "pellbrook-riverside-status-2025-q2.txt").write_text(STATUS, encoding="utf-8")
    return read_papers(sorted(folder.iterdir()))


@pytest.mark.parametrize("question", ["Give me the headlines of Pellbrook's internal audit annual report.",
                                      "Summarise the internal audit annual report for me.",
                                      "What's the internal audit annual report about, in a nutshell?"])
def test_the_headlines_are_the_reports_telling_sentences_led_by_its_purpose(papers, question):
    draft = ask_papers(papers, question)
    lines = draft.text.split("\n")
    assert "Purpose" in lines[1]
    for fact in ("Reasonable assurance", "fleet maintenance", "31 of the 34 audits", "74 per cent"):
        assert fact in draft.text, fact
    assert "civic offices" not in draft.text and "training day" not in draft.text  # asides
    assert "Report to" not in draft.text  # a front-sheet label
    assert {c.source for c in draft.citations} == {"pellbrook-internal-audit-annual-report-2025-26.txt"}


def test_a_summary_of_a_paper_named_by_its_council_alone_is_not_given_from_another(papers):
    docs = {name: entry for name, (entry, _) in papers.items()}
    draft = answer_from_model("Summarise Pellbrook's recycling centres report.", docs, None, "", MATCHER,
                              prose=lambda document: [(page.number, page.text) for page in papers[document.doc["source"]][1].pages])
    assert draft is None or "in brief" not in draft.text


def test_a_status_reports_summary_gives_its_overall_status(papers):
    draft = ask_papers(papers, "Give me a summary of the Riverside Regeneration status report.")
    assert "Overall status: Amber" in draft.text and "eight weeks behind" in draft.text, draft.text


def test_a_documents_own_summary_section_leads_its_headlines(tmp_path):
    """The bullets under 'Summary of changes' are the headlines, even without full stops; the method prose is not first."""
    path = tmp_path / "register.html"
    path.write_text(
        "<h1>Kelby Strategic Risk Register Q1</h1><p>Report to: Audit Committee</p><h2>1. How risks are scored</h2>"
        "<p>Each risk is scored for likelihood and impact from 1 to 5. The score is likelihood multiplied by impact. "
        "Scores of 15 to 25 are red, 8 to 12 amber and 1 to 6 green. The target score is where the risk should be by March.</p>"
        "<h2>2. Summary of changes</h2><ul><li>KR09 Reorganisation is a new risk, scored 15</li>"
        "<li>KR02 Cyber attack has increased from 12 to 16</li><li>KR06 Workforce has reduced from 12 to 9</li></ul>"
        "<h2>3. Next steps</h2><p>Owners will update the register for the October meeting.</p>")
    draft = ask_papers(read_papers([path]), "Give me the headlines of Kelby's strategic risk register.")
    body = draft.text.split("\n", 1)[1]
    assert body.lstrip("- ").startswith("KR09 Reorganisation is a new risk")
    assert "KR02 Cyber attack has increased from 12 to 16" in body and "KR06 Workforce has reduced" in body


def test_a_title_is_named_by_its_own_word_no_other_title_has(tmp_path):
    """'The complaints report' names 'Complaints and Compliments 2024/25' though the question never says 'compliments'."""
    complaints, budget = tmp_path / "complaints.html", tmp_path / "budget.html"
    complaints.write_text("<h1>Complaints and Compliments 2024/25</h1><h2>1. Summary</h2><p>We received 86 complaints, down from 104. "
                          "Of these, 79% were answered on time, against a target of 90%.</p><p>We received 312 compliments.</p>")
    budget.write_text("<h1>Budget 2025/26</h1><h2>1. Summary</h2><p>The budget is £12.4 million, up 3% on last year. "
                      "The precept rises by 2.9%.</p>")
    draft = ask_papers(read_papers([complaints, budget]), "Summarise the authority's complaints annual report.")
    assert "86 complaints" in draft.text and "£12.4 million" not in draft.text


def test_the_headlines_of_a_report_are_not_a_table_headed_headline_indicators(tmp_path):
    """'Give me the headlines of the progress report' asks its key statements; a heading 'Headline indicators' over a
    table of measures shares a word, no more."""
    path = tmp_path / "progress.txt"
    path.write_text("Kelby Play Strategy: action plan progress report, quarter 2\n===========================================================\n\n"
                    "Report to:   Communities Committee\nDate:        14 October 2025\n\n"
                    "HEADLINE INDICATORS\n-------------------\n\n> Play areas inspected\n    Baseline: 40%\n    Latest: 72%\n"
                    "> Children walking to a play area\n    Baseline: 51%\n    Latest: 58%\n\n"
                    "PROGRESS\n--------\n\nSix play areas were refurbished this quarter, two of them ahead of time. The splash pad at "
                    "Orchard Park is delayed to May 2026 because the water connection failed its test.\n\n"
                    "SUMMARY\n-------\n\nOf the 10 actions, four are Done, five are On schedule and one is Late.\n", encoding="utf-8")
    papers = read_papers([path])
    question = "Give me the headlines of the Kelby play strategy action plan progress report."
    draft = ask_papers(papers, question)
    assert "four are Done" in draft.text and "in brief" in draft.text, draft.text
    from index.answerers import Ask, load
    from index.answerers.tree import TreeAnswerer

    documents = load({name: entry for name, (entry, _) in papers.items()}, None)
    assert TreeAnswerer().wants(Ask(question, documents, MATCHER, "")) == 0.0
    assert TreeAnswerer().wants(Ask("What is under the headline indicators?", documents, MATCHER, "")) > 0.0


def test_a_performance_reports_headlines_bring_the_measures_it_rates_off_target(tmp_path):
    """Its headlines are what went wrong: the scorecard's rows rated Missed or Red, which its prose may never repeat."""
    path = tmp_path / "performance.html"
    path.write_text(
        "<h1>Kelby Leisure performance report, quarter 2</h1><p>Report to: Communities Committee</p><p>Date: 9 October 2025</p>"
        "<h2>1. Summary</h2><p>Most measures are on target. Attendance at the pools has risen since the spring.</p>"
        "<h2>2. Scorecard</h2><table><tr><th>Measure</th><th>Target</th><th>Actual</th><th>Rating</th></tr>"
        "<tr><td>Pool visits</td><td>90,000</td><td>94,100</td><td>Met</td></tr>"
        "<tr><td>Gym memberships</td><td>3,000</td><td>2,410</td><td>Missed</td></tr>"
        "<tr><td>Class occupancy</td><td>75%</td><td>58%</td><td>Red</td></tr></table>")
    draft = ask_papers(read_papers([path]), "Give me the headlines of the Kelby leisure performance report.")
    assert "2,410" in draft.text and "58%" in draft.text and "94,100" not in draft.text, draft.text


def test_a_title_line_without_a_stop_does_not_run_on_into_the_sentence_after_it():
    """Passages print a title, its underline dropped, then a sentence: they are no one sentence, which would be no
    verbatim span of the page. A line wrapped mid-sentence ('... agreed with' / 'Ashby Council ...') still runs on."""
    from index.answerers.prose import paragraphs

    title = "Joint Waste Strategy 2023-2030: action plan progress, quarter 3 2025/26"
    assert paragraphs(f"{title}\nThis is the third report this year.") == [title, "This is the third report this year."]
    wrapped = "The depot will be built on the site of the old bus garage, as agreed with"
    assert paragraphs(f"{wrapped}\nAshby Council in March.") == [f"{wrapped} Ashby Council in March."]
    assert paragraphs("The depot will be built on the site of the old bus garage at Mill\nlane, next spring.") == [
        "The depot will be built on the site of the old bus garage at Mill lane, next spring."]
