"""Answers: cited, verbatim quotes, honest abstention, follow-ups, and the exact JSON shape."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import needs_shared

from cabinet.cli import main
from eval.run import PageTexts
from index.models import Turn


def test_front_sheet_answer_is_cited_verbatim(cabinet, corpus):
    answer = cabinet.ask("Who is the lead officer for the New Vision for Somerset?")
    assert not answer.abstained
    assert "Simon Clifford" in answer.answer
    assert answer.citations and "[1]" in answer.answer
    pages = PageTexts(corpus)
    for citation in answer.citations:
        assert pages.quote_valid(citation.source, citation.page, citation.quote), citation


def test_list_answer_brings_the_items(cabinet):
    answer = cabinet.ask("What are the five priority outcomes in Leicestershire's strategic plan?")
    assert "Strong Economy" in answer.answer
    assert all(c.source.startswith("leicestershire") for c in answer.citations)


def test_unanswerable_question_abstains_and_cites_nothing(cabinet):
    answer = cabinet.ask("How many potholes did Somerset repair last year?")
    assert answer.abstained and answer.citations == []
    assert "don't say" in answer.answer


def test_follow_up_uses_the_conversation(cabinet):
    history = [Turn(role="user", content="Who is the lead officer for the New Vision for Somerset?"), Turn(role="assistant", content="Simon Clifford")]
    answer = cabinet.ask("and what is its forward plan reference?", history)
    assert "FP/17/08/12" in answer.answer


def test_batch_json_has_the_exact_shape_and_order(settings, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"id": "b", "q": "What is the forward plan reference of the New Vision report?"}) + "\n"
        + json.dumps({"id": "a", "q": "When is the final Strategic Plan going to the County Council?"}) + "\n"
    )
    result = CliRunner().invoke(main, ["ask", "--store", str(settings.store_path), "--questions", str(questions), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["b", "a"]
    assert set(rows[0]) == {"id", "question", "answer", "abstained", "citations", "mode", "timings_ms", "note"}
    assert set(rows[0]["citations"][0]) == {"n", "source", "title", "page", "section", "quote", "score"}
    assert set(rows[0]["timings_ms"]) == {"retrieve", "answer", "total"}
    assert rows[0]["mode"] == "extractive"


def test_search_lists_ranked_passages(cabinet):
    hits = cabinet.search("forward plan reference", k=5)
    assert hits[0].rank == 1 and hits[0].score >= hits[-1].score
    assert any("FP/17/08/12" in hit.text for hit in hits)


def test_empty_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["ask", "--store", str(tmp_path / "none"), "anything"])
    assert result.exit_code == 1 and "no documents yet" in result.output


def test_too_long_question_is_refused(cabinet):
    import pytest

    from cabinet.errors import AnswerError

    with pytest.raises(AnswerError, match="limit"):
        cabinet.ask("x " * 2000)


def test_plan_questions_are_answered_from_the_outline(settings, tmp_path, corpus):
    import shutil

    from conftest import DEMO, fresh_settings

    from index.build import ingest_paths
    from index.service import Cabinet

    own = fresh_settings(tmp_path)
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(DEMO / "somerset-business-plan-2018-19.pdf", folder)
    ingest_paths([folder], own)
    cabinet = Cabinet(own)
    answer = cabinet.ask("Which activities support 'Fairer life chances'?")
    assert "Remove barriers for those on the edge of the labour market." in answer.answer
    assert "Support schools to provide effective careers advice." in answer.answer
    assert sum(c.quote.startswith(("1.", "2.", "3.", "4.")) for c in answer.citations) == 4, "grouped under its four priorities"
    pages = PageTexts(folder)
    assert all(pages.quote_valid(c.source, c.page, c.quote) for c in answer.citations)
    placed = cabinet.ask("Under which strategic outcome does the Recycle More Project sit?")
    assert "Safe, vibrant and well-balanced communities" in placed.answer and "manage our water better" in placed.answer
    counted = cabinet.ask("How many activities are there under 'Safe, vibrant and well-balanced communities'?")
    assert "30 activities in all." in counted.answer  # eval/gold_outlines.json
    contents = cabinet.ask("What activities sit under 'A digital- and technology-enabled council'?")
    assert "5 activities in all." in contents.answer and "Develop a Digital Strategy" in contents.answer


def test_front_sheet_questions_across_reports(tmp_path):
    import shutil

    from conftest import DEMO, fresh_settings

    from index.build import ingest_paths
    from index.service import Cabinet

    own = fresh_settings(tmp_path)
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("somerset-cabinet-2017-11-15-new-vision.pdf", "somerset-cabinet-2019-05-13-our-plan.pdf", "somerset-business-plan-2018-19.pdf"):
        shutil.copy(DEMO / name, folder)
    ingest_paths([folder], own)
    cabinet = Cabinet(own)
    pages = PageTexts(folder)

    seen = cabinet.ask("Which reports were seen by Chris Squire?")
    assert [c.source for c in seen.citations] == ["somerset-cabinet-2017-11-15-new-vision.pdf", "somerset-cabinet-2019-05-13-our-plan.pdf"]
    assert all("Chris Squire" in c.quote and pages.quote_valid(c.source, c.page, c.quote) for c in seen.citations)

    options = cabinet.ask("Are there cabinet reports where no alternative options were considered?")
    assert "No options were considered." in options.answer and "No other options have been considered" in options.answer
    assert all(pages.quote_valid(c.source, c.page, c.quote) for c in options.citations)

    signoff = cabinet.ask("Who gave the legal and finance sign-off on the New Vision report?")
    assert all(name in signoff.answer for name in ("Honor Clarke", "Julian Gale", "Kevin Nacey"))
    assert "Chris Squire" not in signoff.answer

    led = cabinet.ask("Which reports did Simon Clifford lead on?")
    assert [c.quote for c in led.citations] == ["Lead Officer: Simon Clifford - Director, Corporate Affairs"]

    role = cabinet.ask("Which reports were seen by the Monitoring Officer?")  # a role, not a person's name
    assert "Julian Gale" in role.answer and "Scott Wooldridge" in role.answer
    assert [c.source for c in role.citations] == ["somerset-cabinet-2017-11-15-new-vision.pdf", "somerset-cabinet-2019-05-13-our-plan.pdf"]


def test_similar_lists_earlier_documents_only(settings):
    runner = CliRunner()
    newer = runner.invoke(main, ["similar", "somerset-cabinet-2017-11-15-new-vision.pdf", "--store", str(settings.store_path), "--json"])
    assert newer.exit_code == 0, newer.output
    rows = [json.loads(line) for line in newer.stdout.splitlines()]
    assert [row["source"] for row in rows] == ["leicestershire-hwb-2017-07-20-strategic-plan.pdf"]
    assert -1.0 <= rows[0]["score"] <= 1.0
    everything = runner.invoke(main, ["similar", "somerset-cabinet-2017-11-15-new-vision.pdf", "--any-date", "--store", str(settings.store_path), "--json"])
    assert len(everything.stdout.splitlines()) > 1
    missing = runner.invoke(main, ["similar", "nope.pdf", "--store", str(settings.store_path)])
    assert missing.exit_code == 1 and "cabinet docs" in missing.output


@needs_shared
def test_follow_up_names_the_outcome_the_conversation_was_about(cabinet):
    history = [
        Turn(role="user", content="Where does affordable housing come in the Northmoor corporate plan?"),
        Turn(role="assistant", content="Enabling affordable homes is a priority of the outcome 'Homes people can afford in neighbourhoods they are proud of'."),
    ]
    answer = cabinet.ask("What are the priorities under that outcome?", history)
    assert "End rough sleeping in the district." in answer.answer
    assert "Reduce loneliness" not in answer.answer
    assert {c.source for c in answer.citations} == {"northmoor-corporate-plan-2020-23.docx"}


def test_follow_up_about_that_report_reads_the_report_the_conversation_named(cabinet):
    history = [
        Turn(role="user", content="What outcomes is Leicestershire proposing in its new Strategic Plan?"),
        Turn(role="assistant", content="Five priority outcomes, in the report to Leicestershire's Health and Wellbeing Board."),
    ]
    answer = cabinet.ask("Who should I contact about that report?", history)
    assert "Tom Purnell" in answer.answer and "0116 305 7019" in answer.answer
    assert "Strong Economy" not in answer.answer


def test_precedent_question_is_answered_across_documents_oldest_first(cabinet, corpus):
    answer = cabinet.ask("How has the council's vision changed over the years?")
    assert answer.answer.split("\n")[0].endswith("documents, oldest first:")
    sources = list(dict.fromkeys(c.source for c in answer.citations))
    assert {"leicestershire-hwb-2017-07-20-strategic-plan.pdf", "somerset-cabinet-2017-11-15-new-vision.pdf"} <= set(sources)
    dates = [cabinet.catalogue.documents[doc_id]["date"] for source in sources for doc_id, doc in cabinet.catalogue.documents.items() if doc["source"] == source]
    assert dates == sorted(dates)
    pages = PageTexts(corpus)
    assert all(pages.quote_valid(c.source, c.page, c.quote) for c in answer.citations)


def test_we_in_a_precedent_question_keeps_to_one_council(cabinet):
    answer = cabinet.ask("Have we looked at a strategic plan for Leicestershire before?")
    assert answer.citations and all(not c.source.startswith(("somerset", "northmoor")) for c in answer.citations)


def test_which_documents_refer_to_an_outcome_lists_documents_oldest_first(cabinet):
    answer = cabinet.ask("Which documents refer to the outcome 'O2 - Wellbeing and Opportunity'?")
    assert answer.answer.split("\n")[0].endswith("oldest first:")
    assert answer.citations[0].source == "leicestershire-hwb-2017-07-20-strategic-plan.pdf"
    assert "Wellbeing and Opportunity" in answer.citations[0].quote


def test_a_front_sheet_field_the_named_document_lacks_is_not_guessed(cabinet):
    missing = cabinet.ask("What's the forward plan reference for the Leicestershire Strategic Plan report?")
    assert missing.abstained and not missing.citations and "gives no forward plan reference" in missing.answer
    present = cabinet.ask("What is the forward plan reference for the New Vision for Somerset?")
    assert not present.abstained and "FP/17/08/12" in present.answer


def test_a_question_naming_the_report_for_a_matter_asks_no_missing_field(cabinet):
    # 'Report for' is a label of the meeting a report goes to; 'the report for the Strategic Plan' only names the report.
    answer = cabinet.ask("Summarise the report for the Leicestershire Strategic Plan.")
    assert not answer.abstained and "gives no" not in answer.answer


def test_recommendations_and_summary_come_from_the_front_sheet(cabinet, corpus):
    from eval.run import PageTexts

    pages = PageTexts(corpus)
    for question, expected in (("What does the New Vision for Somerset recommend that Cabinet does?", "Cabinet endorses the new Vision for Somerset"),
                               ("Summarise the New Vision report.", "new collaborative and high level Vision")):
        answer = cabinet.ask(question)
        assert expected in answer.answer and answer.citations[0].section == "front sheet"
        assert all(pages.quote_valid(c.source, c.page, c.quote) for c in answer.citations)


def test_a_document_named_by_two_title_words_is_found_when_asked_for(tmp_path):
    from index.catalogue import Catalogue

    catalogue = Catalogue(tmp_path)
    catalogue.documents = {"plan": {"title": "Somerset County Council Business Plan 2018-19 (Draft)", "source": "plan.pdf"},
                           "ours": {"title": "'Our Plan' - the Somerset Plan for Children, Young People and Families", "source": "ours.pdf"}}
    question = "Who is the cabinet member for the business plan?"
    assert catalogue.named(question) is None  # one distinctive word is not enough on its own
    assert catalogue.named(question, title_pairs=True) == "plan"


def test_a_named_report_brings_the_later_reports_of_its_programme(tmp_path):
    from types import SimpleNamespace

    from index.catalogue import Catalogue
    from index.service import Cabinet

    catalogue = Catalogue(tmp_path)
    catalogue.documents = {
        "old": {"title": "Quarry Lane Depot Rebuild: Project Highlight Report", "source": "old.html", "date": "2024-05-31", "doc_type": "highlight-report"},
        "new": {"title": "Quarry Lane Depot Rebuild Highlight Report May 2025", "source": "new.pdf", "date": "2025-05-31", "doc_type": "highlight-report"},
        "other": {"title": "Harbour Wall Repairs Highlight Report", "source": "other.pdf", "date": "2025-06-30", "doc_type": "highlight-report"},
        "plan": {"title": "Quarry Lane Depot Rebuild: business case", "source": "plan.pdf", "date": "2025-07-01", "doc_type": "cabinet-report"},
    }
    later = Cabinet._later_on_same(SimpleNamespace(catalogue=catalogue), catalogue.documents["old"])
    assert later == ["new.pdf"]  # not another programme's report, nor a paper of another kind
    assert Cabinet._later_on_same(SimpleNamespace(catalogue=catalogue), catalogue.documents["new"]) == []


def test_is_that_still_so_reads_the_documents_dated_after_the_conversations_year(cabinet):
    from index.answer import conversation_context

    history = [Turn(role="user", content="What did Leicestershire's 2017 strategic plan promise?"),
               Turn(role="assistant", content="Five priority outcomes.")]
    question = "Is that still the plan?"
    scope, _ = cabinet._scopes(question, conversation_context(question, history), None)
    dates = {doc["source"]: doc.get("date") or "" for doc in cabinet.catalogue.documents.values()}
    assert scope.sources and all(dates[source] > "2017-12-31" for source in scope.sources)
    answer = cabinet.ask(question, history)
    assert answer.abstained or all(dates[c.source] > "2017-12-31" for c in answer.citations)


_DUNMERE = {
    "dunmere-cabinet-2025-03-04-pool-opening-hours.txt": (
        "DUNMERE BOROUGH COUNCIL\n\nPool Opening Hours Review\n~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
        "Report to:              Cabinet, 4 March 2025\n"
        "Cabinet Member:         Councillor Ros Tilly, Cabinet Member for Leisure and Wellbeing\n"
        "Responsible Director:   Hal Price, Director of Communities\n"
        "Report author:          Mina Shah, Leisure Contracts Manager\n"
        "Wards affected:         All\n\n"
        "1. PURPOSE\n##########\n\n1.1   To agree new opening hours at Dunmere's two pools from 1 May 2025.\n\n"
        "2. BACKGROUND PAPERS\n####################\n\n"
        "2.1   Swimming Strategy Refresh Note, Dunmere Borough Council, January 2025.\n"
    ),
    "dunmere-swimming-strategy-refresh-note-2025-01.txt": (
        "DUNMERE BOROUGH COUNCIL\n\nSwimming Strategy Refresh Note\n==============================\n\n"
        "Briefing for the Leisure Board, January 2025\n\n"
        "1. HEADLINES\n############\n\n"
        "1.1   Swimming visits rose by 12% in 2024 to 388,000, the highest since the pools reopened.\n\n"
        "1.2   The refreshed strategy keeps both pools open and adds 40 lessons a week for beginners.\n\n"
        "1.3   Libraries and pools will share one booking system from 2026.\n"
    ),
}


def test_post_document_and_whose_report_questions_on_invented_papers(tmp_path):
    from conftest import fresh_settings

    from index.build import ingest_paths
    from index.service import Cabinet

    own = fresh_settings(tmp_path)
    folder = tmp_path / "dunmere"
    folder.mkdir()
    for name, text in _DUNMERE.items():
        (folder / name).write_text(text, encoding="utf-8")
    ingest_paths([folder], own)
    cabinet = Cabinet(own)

    # A post no passage names is told so, never answered with the nearest member.
    libraries = cabinet.ask("Who is the Cabinet Member for Libraries?")
    assert libraries.abstained and "Ros Tilly" not in libraries.answer and "Cabinet Member for Libraries" in libraries.answer
    leisure = cabinet.ask("Who is Dunmere's Cabinet Member for Leisure?")
    assert not leisure.abstained and "Ros Tilly" in leisure.answer

    # 'Whose report' is its author's, not the director's beside it.
    whose = cabinet.ask("Whose report is the pool opening hours review?")
    assert "Mina Shah" in whose.answer and "Hal Price" not in whose.answer

    # A paper naming another in its background papers does not answer for it.
    summary = cabinet.ask("Summarise the swimming strategy refresh note.")
    assert {c.source for c in summary.citations} == {"dunmere-swimming-strategy-refresh-note-2025-01.txt"}, summary.answer


POOL_REPORT = """Marlham Borough Council

Cabinet, 4 March 2026

Replacement of Marlham Leisure Pool

Report of: Director of Communities
Forward Plan reference: FP/26/004
Contact: Ines Varga, Leisure Manager

1. Summary

1.1 The pool hall roof has failed its survey and the building must be replaced.
1.2 Construction starts in September 2026 and the new pool will open in June 2027, with a learner pool and a sports hall.
1.3 The project budget is £18.4 million, funded by borrowing and a sport council grant.
"""


def test_a_question_in_two_parts_gets_each_part_answered(tmp_path):
    from conftest import fresh_settings

    from index.build import ingest_paths
    from index.service import Cabinet

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "marlham-pool-2026.txt").write_text(POOL_REPORT, encoding="utf-8")
    settings = fresh_settings(tmp_path)
    assert not ingest_paths([tmp_path / "docs"], settings).failed
    answer = Cabinet(settings).ask("What is the forward plan reference for the Marlham pool report, and when will the new pool open?")
    assert "FP/26/004" in answer.answer and "June 2027" in answer.answer


HIGHLIGHT = """Marlham Borough Council

Harbour Walk Programme Highlight Report, October 2026

Programme: Harbour Walk
Overall status: Amber
Approved budget: £24.6 million
Forecast outturn: £25.1 million

The sea wall works are two months late because of winter storms.
"""


def test_a_part_of_a_programme_its_papers_never_name_is_not_answered_with_the_whole(tmp_path):
    from conftest import fresh_settings

    from index.build import ingest_paths
    from index.service import Cabinet

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "marlham-harbour-walk-2026-10.txt").write_text(HIGHLIGHT, encoding="utf-8")
    settings = fresh_settings(tmp_path)
    assert not ingest_paths([tmp_path / "docs"], settings).failed
    cabinet = Cabinet(settings)
    whole = cabinet.ask("What is the approved budget for the Harbour Walk programme?")
    assert not whole.abstained and "£24.6 million" in whole.answer
    part = cabinet.ask("What is the approved budget for phase 2 of the Harbour Walk programme?")
    assert part.abstained and "phase 2" in part.answer
    # Answered from passages, not the model, the same holds: the sentence about the sea wall is no answer about phase 2.
    works = cabinet.ask("Why are the sea wall works late?")
    assert not works.abstained and "storms" in works.answer
    part = cabinet.ask("Why are the phase 2 sea wall works late?")
    assert part.abstained and "phase 2" in part.answer


def test_at_the_moment_a_later_paper_answers_though_the_question_names_an_earlier_one_by_its_title(tmp_path):
    """'How long does it take to answer a call to the helpline at the moment?' names the helpline review by its title,
    but a later paper gives the latest figure: where things stand now is the later paper's to say."""
    from conftest import fresh_settings

    from index.build import ingest_paths
    from index.service import Cabinet

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "review.txt").write_text(
        "Answering the helpline call: scrutiny review\n============================================\n\nDate: 25 November 2025\n\n"
        "Between April and September 2025 the average time to answer a helpline call was 16 minutes.\n\n"
        "The review makes five recommendations about staffing the helpline.\n", encoding="utf-8")
    (folder / "pack.txt").write_text(
        "Scrutiny Panel agenda pack\n==========================\n\nDate: 3 February 2026\n\n"
        "Delivery report: the average time to answer a helpline call was 9 minutes in October to December 2025.\n\n"
        "The Panel will also consider the budget for 2026/27.\n", encoding="utf-8")
    own = fresh_settings(tmp_path)
    ingest_paths([folder], own)
    answer = Cabinet(own).ask("How long does it take to answer a helpline call at the moment?")
    assert "9 minutes" in answer.answer and "16 minutes" not in answer.answer.split("\n\n")[0], answer.answer
