"""Example questions come from the loaded library: its newest report's author field, a plan's first heading, a status report."""

from __future__ import annotations

from index.examples import example_questions, short_title


def _doc(title: str, date: str | None, **extra) -> dict:
    return {"title": title, "source": title.lower().replace(" ", "-") + ".pdf", "date": date, **extra}


def test_examples_name_the_library_s_own_documents():
    documents = {
        "a": _doc("Leisure Centre Review - Report to Executive, 3 March 2021", "2021-03-03",
                  front_sheet={"fields": {"report_of": ["Director of Place", 1, "Report of: Director of Place"]}}),
        "b": _doc("Harbourside Market Refresh - Report to Executive", "2023-06-01",
                  front_sheet={"fields": {"author": ["P. Quill", 1, "Author: P. Quill"]}}),
        "c": _doc("Brackwater Council Plan 2022-26", "2022-04-01",
                  outline=[{"role": "outcome", "text": "Theme 1: Greener streets"}, {"role": "priority", "text": "Plant trees"}]),
        "d": _doc("Depot Programme Highlight Report", "2024-01-10", doc_type="highlight-report"),
        "e": _doc("Minutes of the Licensing Committee", "2020-01-01", doc_type="minutes"),
    }
    questions = example_questions(documents)
    assert questions[0] == "Who is the lead officer for the Harbourside Market Refresh report?"  # the newest report first
    assert "What sits under 'Greener streets' in the Brackwater Council Plan 2022-26?" in questions
    assert "What is the overall status of the Depot Programme Highlight Report?" in questions
    assert "What did the Minutes of the Licensing Committee decide?" in questions


def test_an_empty_or_plain_library_gives_no_invented_examples():
    assert example_questions({}) == []
    assert example_questions({"a": _doc("Notes", None)}) == []
    assert short_title("Budget 2024 - Cabinet, 1 May 2024") == "Budget 2024"
