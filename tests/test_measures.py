"""Performance measures and risk trends read from papers of invented councils: how a measure is doing (its status,
actual and target, cited from its row), which risks a trend column says are getting worse or better (rising words and
arrows for a risk), and who answers for a measure (its exception note's responsible officer, not the front sheet's
contact). Every citation must be a verbatim span of its page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from model_papers import MATCHER, ask_papers, read_papers

from index.answerers import answer_from_model
from index.intents import DOING

# A plain-text performance report whose measures are records ('# KPI-2 title' then indented 'Label: value' lines),
# under a letterhead in capitals.
QUENBY_PERFORMANCE = """\
QUENBY COUNCIL

Corporate Performance Report: Quarter 3 2025/26
===============================================

October to December 2025. Considered by the Cabinet on 11 February 2026.

Report of:        Director of Resources
Contact:          Imran Telford, Insight Lead, 01632 960 811

SUMMARY
~~~~~~~

Of the 5 measures reported this quarter, 2 are On target, 2 are Within tolerance and 1 is Off target.

MEASURES
~~~~~~~~

# KPI-1 Rent collected as a share of rent due
    Target: 98%
    Actual: 96.1%
    Status: Within tolerance
    Trend: Improving
# KPI-2 Stage one complaints answered within 15 working days
    Target: 85%
    Actual: 71%
    Status: Off target
    Trend: Worsening
# KPI-3 Empty homes brought back into use
    Target: 40
    Actual: 44
    Status: On target
    Trend: Stable
# KPI-4 Library loans per month
    Target: 12,000
    Actual: 11,450
    Status: Within tolerance
    Trend: Worsening
# KPI-5 Street lights repaired within 7 days
    Target: 90%
    Actual: 93%
    Status: On target
    Trend: Improving

EXCEPTIONS
~~~~~~~~~~

KPI-2 Complaints (Off target). Staff vacancies in the customer team slowed replies in November. Two advisers
start in January. Responsible officer: Head of Customer Experience, Dolores Vantongeren.

This is a fictional document for testing.
"""

# A risk register set out as an HTML table whose trend column uses arrows and rising words.
TARNWICK_RISKS = [
    ("TR1", "Loss of the waste disposal contract", "Director of Environment", "4", "4", "16", "↑"),
    ("TR2", "Rising cost of home to school transport", "Director of Education", "4", "3", "12", "Increasing"),
    ("TR3", "Failure of the payroll system upgrade", "Chief Digital Officer", "2", "4", "8", "↓"),
    ("TR4", "Flooding of the lower town", "Director of Place", "3", "5", "15", "→"),
    ("TR5", "Shortage of qualified planning officers", "Head of Planning", "3", "3", "9", "Decreasing"),
]


def tarnwick_html(path: Path) -> Path:
    rows = "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in TARNWICK_RISKS)
    path.write_text(f"""<html><head><title>Tarnwick Borough Council Strategic Risk Register</title></head><body>
<p>Tarnwick Borough Council</p>
<h1>Strategic Risk Register: December 2025</h1>
<p>Report to the Audit Committee, 20 January 2026.</p>
<h2>The register</h2>
<table>
<tr><th>Ref</th><th>Risk</th><th>Risk owner</th><th>Likelihood</th><th>Impact</th><th>Score</th><th>Direction</th></tr>
{rows}
</table>
<p>This is a fictional document for testing.</p>
</body></html>""", encoding="utf-8")
    return path


# A performance report whose exception notes stand under headings that start with the measure's reference, each
# ending with its responsible officer; the front sheet names a Lead Member and a contact.
WYNDALE_NOTES = [
    ("PM2", "Missed bin collections per 100,000", "Responsible officer: Gareth Penhallow, Head of Waste"),
    ("PM4", "Food hygiene inspections completed on time", "Responsible officer: Ines Okonkwo, Environmental Health Manager"),
]


def wyndale_html(path: Path) -> Path:
    notes = "\n".join(f"<h3>{ref} {name}</h3>\n<p>Performance fell in the quarter; a recovery plan is in place.</p>\n<p>{owner}</p>"
                      for ref, name, owner in WYNDALE_NOTES)
    path.write_text(f"""<html><body>
<p>Wyndale District Council</p>
<h1>Performance Monitoring Report: Quarter 1 2025/26</h1>
<p>Lead Member: Councillor Amos Tregear</p>
<p>Contact: Bryony Lusk, Performance Officer</p>
<h2>Measures</h2>
<table>
<tr><th>Ref</th><th>Measure</th><th>Target</th><th>Actual</th><th>RAG</th></tr>
<tr><td>PM1</td><td>Council tax collected</td><td>28%</td><td>28.4%</td><td>Green</td></tr>
<tr><td>PM2</td><td>Missed bin collections per 100,000</td><td>60</td><td>92</td><td>Red</td></tr>
<tr><td>PM3</td><td>Planning applications decided on time</td><td>85%</td><td>88%</td><td>Green</td></tr>
<tr><td>PM4</td><td>Food hygiene inspections completed on time</td><td>95%</td><td>81%</td><td>Red</td></tr>
</table>
<h2>Measures rated Red</h2>
{notes}
<p>This is a fictional document for testing.</p>
</body></html>""", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> dict[str, tuple[dict, object]]:
    folder = tmp_path_factory.mktemp("measures")
    performance = folder / "quenby-performance-report-2025-26-q3.txt"
    performance.write_text(QUENBY_PERFORMANCE, encoding="utf-8")
    return read_papers([performance, tarnwick_html(folder / "tarnwick-strategic-risk-register-2025-12.html"),
                        wyndale_html(folder / "wyndale-performance-report-2025-26-q1.html")])


@pytest.mark.parametrize("question, doing", [
    ("How are we doing on complaints?", True),
    ("How did the council do against target last quarter?", True),
    ("How is recycling performing?", True),
    ("How does the council plan to do this?", False),
    ("How do I contact the performance team?", False),
])
def test_how_is_it_doing_is_asked_of_a_measure_not_of_a_plan(question, doing):
    assert bool(DOING.search(question)) is doing


def test_a_letterhead_in_capitals_names_the_council(papers):
    assert papers["quenby-performance-report-2025-26-q3.txt"][0]["council"] == "Quenby Council"


@pytest.mark.parametrize("question, facts", [
    ("How is Quenby doing on answering complaints?", ("Off target", "71%", "85%")),
    ("How are we doing on rent collection?", ("Within tolerance", "96.1%", "98%")),
    ("How did Quenby do on library loans, and is it getting better or worse?", ("Within tolerance", "11,450", "Worsening")),
    ("Is rent collection on target?", ("Within tolerance",)),
    ("Is rent collection on target at Quenby this quarter?", ("Within tolerance",)),
])
def test_how_a_measure_is_doing_is_its_rows_status_actual_and_target(papers, question, facts):
    draft = ask_papers(papers, question)
    for fact in facts:
        assert fact in draft.text, (question, fact, draft.text)
    assert any("Stage one complaints" in c.quote or "Rent collected" in c.quote or "Library loans" in c.quote for c in draft.citations)


def test_a_measure_of_a_document_of_no_known_council_answers_a_question_naming_a_council(tmp_path):
    # The service keeps a document of no known council for a question naming a council (here one of two registers'):
    # the answer from it must stand.
    nameless = tmp_path / "performance-report-2025-26-q3.txt"
    nameless.write_text(QUENBY_PERFORMANCE.replace("QUENBY COUNCIL\n", ""), encoding="utf-8")
    registers = [tarnwick_html(tmp_path / f"tarnwick-strategic-risk-register-2025-{month}.html") for month in ("09", "12")]
    papers = read_papers([nameless, *registers])
    assert papers[nameless.name][0]["council"] is None
    draft = ask_papers(papers, "How is Tarnwick doing on answering complaints?")
    assert "Off target" in draft.text and "71%" in draft.text, draft.text


def test_a_measure_of_the_council_a_question_names_before_one_of_a_document_of_no_known_council(papers, tmp_path):
    other = tmp_path / "library-performance-2025.txt"
    other.write_text("Libraries Trust Performance Summary\n===================================\n\nConsidered by the Trust Board on 11 March 2026.\n\n"
                     "MEASURES\n~~~~~~~~\n\n# KPI-4 Library loans per month\n    Target: 10,000\n    Actual: 9,870\n    Status: Off target\n"
                     "    Trend: Worsening\n# L2 Library visits\n    Target: 50,000\n    Actual: 51,200\n    Status: On target\n"
                     "    Trend: Improving\n# L3 Computer sessions booked\n    Target: 4,000\n    Actual: 4,400\n    Status: On target\n    Trend: Stable\n", encoding="utf-8")  # a later paper of no known council, on a measure of the same name
    earlier = tmp_path / "quenby-performance-report-2025-26-q2.txt"  # the council's earlier report: its papers name no one
    earlier.write_text(QUENBY_PERFORMANCE.replace("Quarter 3", "Quarter 2").replace("11 February 2026", "12 November 2025")
                       .replace("11,450", "11,900"), encoding="utf-8")
    both = {**papers, **read_papers([other, earlier])}
    draft = ask_papers(both, "How is Quenby doing on library loans?", "quenby-performance-report-2025-26-q3.txt", other.name, earlier.name)
    assert "11,450" in draft.text and "9,870" not in draft.text, draft.text


@pytest.mark.parametrize("question", [
    "Which Tarnwick risks are getting worse?",
    "Which risks have increased?",
    "Which strategic risks are rising?",
])
def test_risks_whose_trend_rises_are_getting_worse(papers, question):
    draft = ask_papers(papers, question, "tarnwick-strategic-risk-register-2025-12.html")
    assert "Loss of the waste disposal contract" in draft.text and "home to school transport" in draft.text, draft.text
    for _, risk, *_ in TARNWICK_RISKS[2:]:
        assert risk not in draft.text, (question, risk)


@pytest.mark.parametrize("question", ["Which measures are getting worse?", "Which Quenby indicators are worsening?"])
def test_measures_whose_trend_says_worsening(papers, question):
    draft = ask_papers(papers, question, "quenby-performance-report-2025-26-q3.txt")
    assert "Stage one complaints" in draft.text and "Library loans" in draft.text, draft.text
    assert "Rent collected" not in draft.text and "Empty homes" not in draft.text


def test_risks_whose_trend_falls_are_improving(papers):
    draft = ask_papers(papers, "Which risks are improving?", "tarnwick-strategic-risk-register-2025-12.html")
    assert "payroll system upgrade" in draft.text and "planning officers" in draft.text, draft.text
    assert "waste disposal" not in draft.text and "Flooding" not in draft.text


@pytest.mark.parametrize("question", [
    "Who is responsible for Quenby's complaints performance?",
    "Who is responsible for answering complaints?",
])
def test_who_answers_for_a_measure_is_its_exception_notes_officer(papers, question):
    draft = ask_papers(papers, question, "quenby-performance-report-2025-26-q3.txt")
    assert "Dolores Vantongeren" in draft.text, draft.text
    assert "Imran Telford" not in draft.text


@pytest.mark.parametrize("ref, name, owner", WYNDALE_NOTES)
def test_who_answers_for_a_measure_is_the_owner_line_under_its_notes_heading(papers, ref, name, owner):
    draft = ask_papers(papers, f"Who is responsible for {name.lower()}?", "wyndale-performance-report-2025-26-q1.html")
    assert owner.split(": ")[1].split(",")[0] in draft.text, draft.text
    assert "Bryony Lusk" not in draft.text and "Amos Tregear" not in draft.text
    for _, other, line in WYNDALE_NOTES:
        if other != name:
            assert line not in draft.text


def test_a_measure_without_an_owner_line_is_not_answered_with_the_front_sheets_contact(papers):
    docs = {"wyndale-performance-report-2025-26-q1.html": papers["wyndale-performance-report-2025-26-q1.html"][0]}
    draft = answer_from_model("Who is responsible for planning applications decided on time?", docs, None, "", MATCHER)
    assert draft is None or "Bryony Lusk" not in draft.text
