"""Titles, dates and document types from blocks, in the layouts of invented councils."""

from __future__ import annotations

import pytest

from ingest.fields import read_fields
from ingest.minutes import read_minutes
from ingest.model import Block, Field, Table
from ingest.titles import date_in, document_date, document_title, document_type, is_title
from ingest.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary()


def lines(text: str, page: int = 1) -> list[Block]:
    return [Block("paragraph", line.strip(), page) for line in text.strip().splitlines() if line.strip()]


# Fennick District Council: council name in the biggest type, "Agenda item 7", then the report's own heading.
FENNICK = [
    Block("heading", "FENNICK DISTRICT COUNCIL", 1, level=1, size=22.0, bold=True),
    Block("paragraph", "Agenda item 7", 1),
    Block("heading", "Agenda Item 7", 1, level=2, size=18.0),
    Block("heading", "Leisure Centre Refurbishment:", 1, level=2, size=18.0),
    Block("heading", "Outline Business Case", 1, level=2, size=18.0),
    Block("heading", "1. Purpose", 1, level=3, size=12.0),
    Block("paragraph", "To agree the outline business case.", 1),
]
# Glenholt Borough Council: a front-sheet table whose "Subject" row holds the title; no headings at all.
GLENHOLT = [
    Block("paragraph", "Glenholt Borough Council", 1),
    Block(
        "table",
        "",
        1,
        table=Table(["Meeting", "Cabinet"], [["Date", "Wednesday 6 November 2024"], ["Subject", "Car Parking Strategy 2025-2030"]], 1),
    ),
]
# Harrowby County Council: "Report to ... / Date ..." lines, then the title as the first plain line after them.
HARROWBY = lines(
    """
HARROWBY COUNTY COUNCIL
Report to: Cabinet
Date: 14/01/2025
Report of: Director of Adult Services
Adult Social Care Charging Policy
1. Purpose
"""
)


@pytest.mark.parametrize(
    ("blocks", "metadata", "title", "page"),
    [
        (FENNICK, "Cabinet Report Template v4", "Leisure Centre Refurbishment: Outline Business Case", 1),
        (GLENHOLT, "Microsoft Word - CAB 06-11-24 parking.docx", "Car Parking Strategy 2025-2030", 1),
        (HARROWBY, "Untitled", "Adult Social Care Charging Policy", 1),
        (lines("PELLINGFORD DISTRICT COUNCIL\nPage 1 of 3"), "Cabinet Report Template v4", "", None),
        (lines("PELLINGFORD DISTRICT COUNCIL"), "Housing Strategy 2024-2029", "Housing Strategy 2024-2029", None),
    ],
)
def test_the_title_comes_from_the_document_and_never_from_a_template(blocks, metadata, title, page):
    assert document_title(blocks, metadata) == (title, page)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PELLINGFORD DISTRICT COUNCIL", False),
        ("London Borough of Ashby", False),
        ("Agenda item 7", False),
        ("Council logo", False),
        ("Page 2 of 14", False),
        ("Tuesday 12 March 2024", False),
        ("Part I - Public", False),
        ("Executive report", False),
        ("Appendix B", False),
        ("Annex 2", False),
        ("Scrutiny Committee Report", False),
        ("Report", False),
        ("Briefing note for members", False),
        ("Plan B for the Market Hall", True),
        ("Council Tax Support Scheme 2025/26", True),
        ("Report on the Council's Climate Emergency Plan", True),
        ("ASHBY COUNTY BOROUGH COUNCIL | CYNGOR BWRDEISTREF SIROL ASHBY", False),  # a bilingual letterhead
        ("Ashby District Council / Comhairle Ceantair Ashby", False),
    ],
)
def test_lines_that_are_never_titles(line, expected):
    assert is_title(line, VOCABULARY) is expected


@pytest.mark.parametrize(
    ("blocks", "fields", "date"),
    [
        (HARROWBY, [Field("meeting_date", "Date", "14/01/2025", 1, "Date: 14/01/2025")], "2025-01-14"),
        (GLENHOLT, read_fields(GLENHOLT, [], VOCABULARY), "2024-11-06"),
        (
            lines("Minutes of the meeting of the Licensing Committee held on Thursday 9th May 2024 at 10.00 am\nPresent: Cllr A Bell"),
            [],
            "2024-05-09",
        ),
        (
            [Block("heading", "Cabinet - 5 June 2023", 1, level=1), Block("paragraph", "The budget was set in February 2023.", 1)],
            [],
            "2023-06-05",
        ),
        (lines("Quarterly Performance Report\nQuarter 2, September 2022"), [], "2022-09"),
        (  # the meeting named with its date in a 'Meeting' field (a front-sheet table's row), not a later month the purpose names
            lines("Transport hub\nPurpose: to start work on site in October 2025"),
            [Field("report_to", "Meeting", "Cabinet, 15 July 2025", 1, "Cabinet, 15 July 2025")],
            "2025-07-15",
        ),
        (  # the meeting 'held' on a date, not the earlier meeting whose minutes an item heading confirms
            [Block("heading", "Housing Committee: Minutes", 1, level=1),
             Block("paragraph", "Minutes of the meeting of the Housing Committee held on Monday 10 March 2025 at 7 pm", 1),
             Block("heading", "HC 25/3 Minutes of the meeting of 10 February 2025", 1, level=2)],
            [],
            "2025-03-10",
        ),
        (  # an agenda's date, not the earlier meeting whose minutes one of its numbered items confirms
            [Block("heading", "Agenda", 1, level=1), Block("heading", "Wednesday 4 March 2026 at 2pm, Town Hall", 1, level=2),
             Block("item", "3. Minutes of the meeting held on 14 January 2026", 1, level=1, marker="3.")],
            [],
            "2026-03-04",
        ),
        (  # the minutes' own date, not the earlier meeting whose minutes they approve
            [Block("heading", "Minutes of the meeting of the Harbour Board", 1, level=1),
             Block("paragraph", "Tuesday 10 March 2026 at 6pm, Harbour Office", 1),
             Block("heading", "HB/12 Minutes", 1, level=2),
             Block("paragraph", "RESOLVED that the minutes of the meeting held on 9 December 2025 be approved as a correct record.", 1)],
            [],
            "2026-03-10",
        ),
        (lines("A report with no date at all"), [], None),
    ],
)
def test_the_date_comes_from_the_meeting_date_field_the_minutes_heading_or_a_dated_line(blocks, fields, date):
    assert document_date(blocks, fields) == date


def test_numeric_dates_read_in_uk_order():
    assert date_in("Date of meeting: 03/04/24") == "2024-04-03"
    assert date_in("Cabinet, 3 April 2024") == "2024-04-03"


def _typed(blocks: list[Block], plan: bool = False) -> str:
    fields = read_fields(blocks, [], VOCABULARY)
    return document_type(blocks, fields, read_minutes(blocks, [], VOCABULARY), plan)


@pytest.mark.parametrize(
    ("blocks", "plan", "kind"),
    [
        (
            lines("Minutes of the meeting of the Cabinet held on 12 March 2024\nPresent: Cllr A Bell\nRESOLVED that the report be noted."),
            False,
            "minutes",
        ),
        (
            lines("Ashby Regeneration Programme\nOverall RAG status: Amber\nApproved budget: £2.4m\nSpend to date: £1.1m"),
            False,
            "highlight-report",
        ),
        (lines("Project Highlight Report - Depot Relocation\nPeriod: July 2024"), False, "highlight-report"),
        (lines("Officer Decision Record\nDecision maker: Head of Housing\nSubject: Empty homes grant"), False, "decision-report"),
        (HARROWBY, False, "cabinet-report"),
        (lines("Report to: Health and Wellbeing Board\nReport of: Director of Public Health\nDate: 9 July 2024"), False, "board-report"),
        (lines("Strategic Risk Register\nUpdated quarterly"), False, "risk-register"),
        (
            [
                Block("heading", "Corporate risks", 1),
                Block(
                    "table", "", 1, table=Table(["Risk", "Likelihood", "Impact", "Owner"], [["Cyber attack", "3", "5", "Head of IT"]], 1)
                ),
            ],
            False,
            "risk-register",
        ),
        (lines("Our Council Plan 2024-2028\nAmbition 1: Thriving places"), False, "plan"),
        (lines("Thriving places\nWe will build 500 homes"), True, "plan"),
        (  # a plan naming each objective's lead member and a contact: people, not a report's front sheet
            lines("Ashby 2030: Corporate Plan 2025-2030\nObjective 1: Best start in life\nLead Cabinet Member: Cllr Ann Bell\n"
                  "1.1 Open two schools.\nObjective 2: Living well\nLead Cabinet Member: Cllr Joe Dee\n2.1 Train 150 connectors.\n"
                  "Contact: Policy Team, policy@ashby.example.gov.uk"),
            True,
            "plan",
        ),
        (  # a report to Cabinet about a plan stays a report
            lines("Corporate Plan 2025-2030\nReport to: Cabinet\nDate of meeting: 4 March 2025\nPortfolio Holder: Cllr Ann Bell\n"
                  "Report of: Chief Executive"),
            True,
            "cabinet-report",
        ),
        (lines("Notes from a public drop-in session"), False, "other"),
    ],
)
def test_document_type_from_its_own_words_and_structure(blocks, plan, kind):
    assert _typed(blocks, plan) == kind


def test_a_highlight_report_named_only_in_its_page_footer_is_one():
    blocks = lines("Depot Relocation\nStage: 2\nProducts completed this period:\nSite survey\n") + lines(
        "Programme Highlight Report March 2024\nPage 1 of 3"
    )
    assert _typed(blocks) == "highlight-report"


def test_a_minutes_heading_with_a_colon_is_the_title():
    blocks = lines("Minutes: Licensing Committee - Thursday, 9th May, 2024 10.00 am\nVenue: Committee Room 2")
    assert document_title(blocks, None) == ("Minutes: Licensing Committee - Thursday, 9th May, 2024 10.00 am", 1)



@pytest.mark.parametrize("letterhead, council", [
    ("MARLHAM COUNCIL", "Marlham Council"),
    ("London Borough of Fenbridge", "London Borough of Fenbridge"),
    ("ROYAL BOROUGH OF KELSING", "Royal Borough of Kelsing"),
    ("Upper Dale Metropolitan Borough Council", "Upper Dale Metropolitan Borough Council"),
])
def test_the_council_is_read_from_a_letterhead_in_any_case_or_form(tmp_path, letterhead, council):
    from ingest.readers import read_document
    from ingest.reading import council_of

    path = tmp_path / "paper.txt"
    path.write_text(f"{letterhead}\n\nCabinet, 3 March 2026\n\nLibrary opening hours\n\n1. The council runs nine libraries.\n", encoding="utf-8")
    assert council_of(read_document(path)) == council


def test_urgency_and_a_key_decision_reference_are_front_sheet_fields_a_council_can_name_in_the_vocabulary():
    fields = {f.name: f.value for f in read_fields(lines("Reason for urgency: Not applicable\nKey decision ref: KD/2025/041\nWards: Marlpit"), [], VOCABULARY)}
    assert fields["urgency"] == "Not applicable" and fields["forward_plan"] == "KD/2025/041"


def test_a_title_in_a_numbered_box_of_its_own_is_the_title():
    """'1. TITLE' over the title, then '2. PURPOSE': numbered sections that are the front sheet's labels, not its end."""
    blocks = [Block("heading", "POLICY AND RESOURCES COMMITTEE", 1, level=1, size=16),
              Block("paragraph", "6 November 2025. Report by the Executive Director of Place.", 1),
              Block("heading", "1. TITLE", 1, level=2, size=11), Block("paragraph", "Harbour Programme: additional budget and land purchase", 1),
              Block("heading", "2. PURPOSE", 1, level=2, size=11), Block("paragraph", "To ask the Committee to increase the budget.", 1),
              Block("heading", "3. BACKGROUND", 1, level=2, size=11), Block("paragraph", "The programme began in 2022.", 1)]
    assert document_title(blocks, "Policy and Resources Committee - Harbour") == ("Harbour Programme: additional budget and land purchase", 1)


def test_a_report_named_only_in_its_running_footer_is_that_kind_not_a_plan_its_body_mentions():
    """The footer on every page names it ('Programme Highlight Report'); its text names 'an agreed action plan'."""
    blocks = [Block("heading", "Strategic Leadership", 1, level=1), Block("paragraph", "Summary of key proposals", 1),
              *[Block("list_item", f"Proposal {n}: agree a common approach", 1) for n in range(1, 7)],
              Block("paragraph", "Agreed action plan to deliver the vision for strategic leadership.", 1)]
    footer = "Strategic Leadership\nSummary of key proposals\nAshby Partnership\nProgramme Highlight Report November 2008\n"
    assert document_type(blocks, [], None, True, VOCABULARY, footer) == "highlight-report"
    assert document_type(blocks, [], None, True, VOCABULARY) == "plan"


def test_a_title_with_a_colon_that_names_a_kind_of_document_is_not_a_label():
    blocks = [Block("heading", "PELLBROOK DISTRICT COUNCIL", 1, level=1),
              Block("paragraph", "Riverside Regeneration Programme: Status Report, Quarter 2 2025/26", 1),
              Block("paragraph", "Programme manager: Dana Whitcombe", 1),
              Block("paragraph", "Overall status: Amber", 1)]
    assert document_title(blocks, None)[0] == "Riverside Regeneration Programme: Status Report, Quarter 2 2025/26"
    labelled = [Block("heading", "PELLBROOK DISTRICT COUNCIL", 1, level=1), Block("paragraph", "Report author: Dana Whitcombe", 1)]
    assert document_title(labelled, None)[0] != "Report author: Dana Whitcombe"


def test_a_public_bodys_letterhead_is_not_part_of_the_title(tmp_path):
    from ingest.readers import read_document
    from ingest.reading import read_model

    path = tmp_path / "dashboard.txt"
    path.write_text("NORTHVALE COMBINED AUTHORITY\n\nInvestment Programme Dashboard: Quarter 2 2024/25\n"
                    "==================================================\n\nReporting period 1 July to 30 September 2024.\n")
    model = read_model(read_document(path))
    assert model.title == "Investment Programme Dashboard: Quarter 2 2024/25" and model.council == "Northvale Combined Authority"
