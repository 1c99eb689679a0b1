"""Labelled fields from blocks, in the house styles of invented councils, and the vocabulary's label lookups."""

from __future__ import annotations

import pytest

from ingest.fields import read_fields
from ingest.model import Block, Table
from ingest.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary()


def lines(text: str, page: int = 1, bold: tuple[str, ...] = ()) -> list[Block]:
    """A throwaway reader: each line of page text one paragraph block (bold when listed), as a plain PDF gives it."""
    return [Block("paragraph", line.strip(), page, bold=line.strip() in bold) for line in text.strip().splitlines() if line.strip()]


def table(header: list[str], rows: list[list[str]], page: int = 1) -> Block:
    return Block("table", " ".join(header), page, table=Table(header, rows, page))


def page_text(blocks: list[Block], page: int) -> str:
    """The page as a reader renders it: block texts in order, table rows as 'cell | cell'."""
    parts = []
    for block in blocks:
        if block.page != page:
            continue
        if block.table is not None:
            parts += [" | ".join(block.table.header)] + [" | ".join(row) for row in block.table.rows]
        else:
            parts.append(block.text)
    return " ".join(" ".join(parts).split()).lower()


# Ashcombe District Council: "Label: value" lines, labels wrapped over two lines, contact details over several lines.
ASHCOMBE = lines(
    """
ASHCOMBE DISTRICT COUNCIL
Report to: Cabinet
Date of meeting: 12 March 2024
Report of: Director of Place
Cabinet Member(s): Cllr Ann Brook, Portfolio Holder for Leisure
Key Decision? Yes
Forward Plan
Reference:
FP/24/031
Wards affected: Abbey; Mill End
Reasons for
Recommendations:
The leisure centre's plant is at the end of its life and the pool closed twice in 2023.
Contact officer: Jane Smith
Head of Leisure and Culture
Tel: 01632 960123
Email: jane.smith@ashcombe.example.gov.uk
"""
) + [
    Block("heading", "2. Recommendations", 1, level=1),
    Block("paragraph", "That Cabinet:", 1),
    Block("item", "2.1 approves the refurbishment of the leisure centre at a cost of £4.2m;", 1, marker="2.1"),
    Block("item", "2.2 delegates the award of the contract to the Director of Place;", 1, marker="2.2"),
    Block("item", "2.3 notes the risks in section 6.", 1, marker="2.3"),
    Block("heading", "3. Options considered", 2, level=1),
    Block("paragraph", "Closing the centre was rejected because no other pool lies within ten miles.", 2),
    Block("heading", "3.1 Do nothing", 2, level=2),
    Block("paragraph", "Doing nothing risks an unplanned closure.", 2),
    Block("heading", "4. Background", 2, level=1),
    Block("paragraph", "The centre opened in 1979.", 2),
]

# Bramley Borough Council: bold labels on their own line, values on the lines below; label paraphrases.
BRAMLEY = lines(
    """
Bramley Borough Council
Lead Officer
Sam Okafor, Strategic Director (Communities)
Responsible Director
Priya Natt, Executive Director of Resources
Lead Member
Councillor Tom Hale
Key Decision?
No
Summary
The council's housing allocations policy was last reviewed in 2016.
This report proposes a new banding scheme.
Recommendation(s)
(a) That the draft policy be approved for consultation.
(b) That the Housing Manager report the results in the autumn.
(c) That the budget of £40,000 be met from reserves.
Reporting period
Quarter 3
""",
    bold=("Lead Officer", "Responsible Director", "Lead Member", "Key Decision?", "Summary", "Recommendation(s)", "Reporting period"),
)

# Calder Vale County Council: a two-column front-sheet table, a four-column table of two pairs per row, a seen-by table.
CALDER = [
    Block("heading", "Calder Vale County Council", 1, level=1),
    table(
        ["Title of report", "Home to school transport policy"],
        [
            ["Report from", "Head of Education Services"],
            ["Portfolio Holder", "Cllr Wen Li, Children and Families"],
            ["Contact officer", "Dev Patel, Transport Manager"],
            ["Telephone", "01632 960456"],
            ["Email", "dev.patel@caldervale.example.gov.uk"],
            ["Exempt information", "No"],
            [
                "Recommendations",
                "1. That the policy be adopted from September. 2. That the eligibility criteria be published. 3. That the policy be reviewed in two years.",
            ],
            ["Equality impact", "Assessment completed"],
        ],
    ),
    table(["Key decision", "Yes", "Decision maker", "Cabinet"], [["Division(s) affected", "All", "Forward plan ref", "FP 118"]], page=1),
    Block("paragraph", "Seen by:", 2),
    table(
        ["Role", "Name", "Date"],
        [["Monitoring Officer", "Ruth Ames", "02/02/2024"], ["Section 151 Officer", "Omar Faris", "03/02/2024"], ["Local Member", "", ""]],
        page=2,
    ),
]

# A programme highlight report: status lines, two on one line, and a header row of status labels over one row of figures.
HIGHLIGHT = lines(
    """
Town Centre Regeneration Programme - Highlight Report
Overall RAG status: Amber
Approved budget: £2.4m Spend to date: £1.1m
Forecast outturn: £2.5m
Variance: £0.1m over
Project manager: Lee Young
"""
) + [table(["Approved budget", "Spend to date", "Forecast outturn", "Variance"], [["£6.0m", "£4.5m", "£5.8m", "(£0.2m)"]], page=1)]

CASES = {
    "ashcombe": (
        ASHCOMBE,
        [
            ("report_to", "Cabinet"),
            ("meeting_date", "12 March 2024"),
            ("report_of", "Director of Place"),
            ("portfolio_holder", "Cllr Ann Brook, Portfolio Holder for Leisure"),
            ("key_decision", "Yes"),
            ("forward_plan", "FP/24/031"),
            ("wards", "Abbey; Mill End"),
            ("reasons", "The leisure centre's plant is at the end of its life and the pool closed twice in 2023."),
            ("contact", "Jane Smith Head of Leisure and Culture Tel: 01632 960123 Email: jane.smith@ashcombe.example.gov.uk"),
            (
                "recommendations",
                "That Cabinet: 2.1 approves the refurbishment of the leisure centre at a cost of £4.2m; 2.2 delegates the award of the contract to the Director of Place; 2.3 notes the risks in section 6.",
            ),
            (
                "options",
                "Closing the centre was rejected because no other pool lies within ten miles. 3.1 Do nothing Doing nothing risks an unplanned closure.",
            ),
        ],
    ),
    "bramley": (
        BRAMLEY,
        [
            ("report_of", "Sam Okafor, Strategic Director (Communities)"),
            ("director", "Priya Natt, Executive Director of Resources"),
            ("portfolio_holder", "Councillor Tom Hale"),
            ("key_decision", "No"),
            ("summary", "The council's housing allocations policy was last reviewed in 2016. This report proposes a new banding scheme."),
            (
                "recommendations",
                "(a) That the draft policy be approved for consultation. (b) That the Housing Manager report the results in the autumn. (c) That the budget of £40,000 be met from reserves.",
            ),
            ("period", "Quarter 3"),
        ],
    ),
    "calder": (
        CALDER,
        [
            ("title", "Home to school transport policy"),
            ("report_of", "Head of Education Services"),
            ("portfolio_holder", "Cllr Wen Li, Children and Families"),
            ("contact", "Dev Patel, Transport Manager Telephone: 01632 960456 Email: dev.patel@caldervale.example.gov.uk"),
            ("exempt", "No"),
            (
                "recommendations",
                "1. That the policy be adopted from September. 2. That the eligibility criteria be published. 3. That the policy be reviewed in two years.",
            ),
            ("equality impact", "Assessment completed"),
            ("key_decision", "Yes"),
            ("report_to", "Cabinet"),
            ("wards", "All"),
            ("forward_plan", "FP 118"),
            ("seen_by", "Ruth Ames (02/02/2024)"),
            ("seen_by", "Omar Faris (03/02/2024)"),
        ],
    ),
    "highlight": (
        HIGHLIGHT,
        [
            ("overall_rag", "Amber"),
            ("approved_budget", "£2.4m"),
            ("spend_to_date", "£1.1m"),
            ("forecast_outturn", "£2.5m"),
            ("variance", "£0.1m over"),
            ("manager", "Lee Young"),
            ("approved_budget", "£6.0m"),
            ("variance", "(£0.2m)"),
        ],
    ),
}


@pytest.mark.parametrize("style", sorted(CASES))
def test_fields_are_read_in_each_house_style(style):
    blocks, expected = CASES[style]
    got = [(field.name, field.value) for field in read_fields(blocks, [], VOCABULARY)]
    for pair in expected:
        assert pair in got, (pair, got)


@pytest.mark.parametrize("style", sorted(CASES))
def test_every_quote_is_verbatim_on_its_page_and_holds_the_value_or_starts_it(style):
    blocks, _ = CASES[style]
    fields = read_fields(blocks, [], VOCABULARY)
    assert fields
    for field in fields:
        quote = " ".join(field.quote.split()).lower()
        assert quote in page_text(blocks, field.page), field
        value = " ".join(field.value.split()).lower()
        assert value[:25] in quote or (field.name == "seen_by" and value.startswith(quote)), field


def test_label_and_value_adjacent_are_quoted_together():
    fields = {field.name: field for field in read_fields(ASHCOMBE, [], VOCABULARY)}
    assert fields["report_of"].quote == "Report of: Director of Place"
    assert fields["forward_plan"].quote == "Forward Plan Reference: FP/24/031"
    assert fields["forward_plan"].label == "Forward Plan Reference"


def test_seen_by_rows_keep_their_role_as_label_and_skip_empty_names():
    rows = [(field.label, field.value, field.page) for field in read_fields(CALDER, [], VOCABULARY) if field.name == "seen_by"]
    assert rows == [("Monitoring Officer", "Ruth Ames (02/02/2024)", 2), ("Section 151 Officer", "Omar Faris (03/02/2024)", 2)]


def test_a_section_stops_at_the_next_heading_of_its_rank_and_unlabelled_sections_are_not_fields():
    fields = read_fields(ASHCOMBE, [], VOCABULARY)
    options = next(field for field in fields if field.name == "options")
    assert "1979" not in options.value
    assert not any(field.name == "background" for field in fields)


def test_a_long_section_is_bounded_and_its_quote_stays_on_its_first_page():
    blocks = [Block("heading", "Summary", 1, level=1)] + [
        Block("paragraph", f"Sentence number {n} of a long summary.", 1 + n // 10) for n in range(400)
    ]
    summary = read_fields(blocks, [], VOCABULARY)[0]
    assert summary.name == "summary" and 1900 <= len(summary.value) <= 2000
    assert summary.quote.endswith("Sentence number 9 of a long summary.")


def test_sentences_with_colons_in_body_text_are_not_labels():
    blocks = lines(
        """
Purpose: To agree the new parking charges.
The council will: keep charges below inflation.
That the Cabinet: approves the charges.
"""
    )
    got = [(field.name, field.value) for field in read_fields(blocks, [], VOCABULARY)]
    assert got == [("purpose", "To agree the new parking charges.")]


def test_tables_passed_apart_from_blocks_are_read_too():
    front = Table(["Lead officer", "Head of Planning"], [["Cabinet member", "Cllr Ama Boateng"]], page=3)
    got = [(field.name, field.value, field.page) for field in read_fields([], [front], VOCABULARY)]
    assert got == [("report_of", "Head of Planning", 3), ("portfolio_holder", "Cllr Ama Boateng", 3)]


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Report of:", "report_of"),
        ("REPORT FROM", "report_of"),
        ("Report by", "report_of"),
        ("Lead Officer", "report_of"),
        ("Responsible Director:", "director"),
        ("Cabinet Member(s)", "portfolio_holder"),
        ("Cabinet Members", "portfolio_holder"),
        ("Portfolio holder:", "portfolio_holder"),
        ("Key decision?", "key_decision"),
        ("Ward(s) affected", "wards"),
        ("Wards Affected:", "wards"),
        ("Reasons for Recommendation", "reasons"),
        ("Options Considered", "options"),
        ("Overall RAG Status:", "overall_rag"),
        ("Forecast out-turn", "forecast_outturn"),
        ("Spend to Date", "spend_to_date"),
        ("Subject", "title"),
        ("Background", None),
        ("Reporting period", "period"),
        ("Report", None),
    ],
)
def test_vocabulary_field_labels_match_their_paraphrases(printed, name):
    assert VOCABULARY.field_name(printed) == name


@pytest.mark.parametrize(
    ("printed", "marker"),
    [
        ("Apologies for Absence", "apologies"),
        ("Members present:", "present"),
        ("Declarations of Interests", "declarations"),
        ("RESOLVED", "resolved"),
        ("Presentation", None),
    ],
)
def test_vocabulary_minutes_markers_match_their_paraphrases(printed, marker):
    assert VOCABULARY.minutes_marker(printed) == marker


def test_a_known_label_inside_a_longer_label_does_not_split_the_line():
    blocks = lines(
        """
Programme sponsor: Chief Executive
Report date: 14 October 2024
Overall status: Green Approved budget: £900k
"""
    )
    got = [(field.name, field.value) for field in read_fields(blocks, [], VOCABULARY)]
    assert ("meeting_date", "14 October 2024") in got  # "Report date" read whole, not as "Report" + "date:"
    assert not any(value.startswith("Report") for _, value in got)
    assert ("overall_rag", "Green") in got and ("approved_budget", "£900k") in got


def test_an_unlabelled_header_gives_the_meeting_its_date_and_a_key_decision():
    blocks = [Block("heading", "Executive", 1, level=1, bold=True), Block("heading", "3rd March 2025", 1, level=1, bold=True),
              Block("heading", "Part I - Key Decision", 1, level=1, bold=True), Block("heading", "Town Hall Repairs", 1, level=1, bold=True)]
    blocks += lines("Report of: Director of Resources\nWards affected: Abbey")
    got = {field.name: (field.value, field.quote) for field in read_fields(blocks, [], VOCABULARY)}
    assert got["meeting_date"] == ("3rd March 2025", "3rd March 2025")
    assert got["report_to"] == ("Executive", "Executive")
    assert got["key_decision"][0] == "Part I - Key Decision"


def test_a_labelled_field_wins_over_the_header_and_a_header_below_the_labels_is_not_read():
    blocks = [Block("heading", "Cabinet", 1, level=1), Block("heading", "3 March 2025", 1, level=1)]
    blocks += lines("Date of meeting: 10 March 2025\nReport of: Director of Resources\n12 April 2025")
    dates = [field.value for field in read_fields(blocks, [], VOCABULARY) if field.name == "meeting_date"]
    assert dates == ["10 March 2025"]


def test_field_rows_inside_a_seen_by_grid_and_a_wide_grid_are_fields():
    seen = Table(["", "Seen by:", "Name", "Date"], [["", "Monitoring Officer", "Ruth Ames", "02/02/24"], ["Forward Plan Reference:", "FP/24/77", "", ""]], page=1)
    wide = Table(["", "Background text", "", ""], [["HR Implications:", "None arising from this report", "", ""],
                                                  ["Risk Implications:", "Delay would raise costs", "", ""], ["Likelihood", "3", "Impact", "5"]], page=2)
    wide.header, wide.rows = ["", "Background text", "", "", ""], [row + [""] for row in wide.rows]
    got = [(field.name, field.label, field.value) for field in read_fields([], [seen, wide], VOCABULARY)]
    assert ("forward_plan", "Forward Plan Reference", "FP/24/77") in got
    assert ("seen_by", "Monitoring Officer", "Ruth Ames (02/02/24)") in got
    assert ("hr", "HR Implications", "None arising from this report") in got and ("risk", "Risk Implications", "Delay would raise costs") in got


def test_numbered_paragraphs_under_a_section_heading_of_the_same_rank_belong_to_it():
    blocks = [Block("heading", "2. Options considered and reasons for rejecting them", 3, level=4, marker="2."),
              Block("heading", "2.1. No options were considered.", 3, level=4, marker="2.1."),
              Block("heading", "3. Background Papers", 3, level=4, marker="3.")]
    options = [field.value for field in read_fields(blocks, [], VOCABULARY) if field.name == "options"]
    assert options == ["2.1. No options were considered."]


def test_a_bare_known_label_keeps_a_value_that_reads_like_a_label_itself():
    blocks = [Block("heading", "Report to", 1, level=4, bold=True), Block("paragraph", "Cabinet", 1),
              Block("heading", "Public/Exempt", 1, level=4, bold=True), Block("paragraph", "Exempt in part: Appendix B under paragraph 3", 1),
              Block("heading", "Contact", 1, level=4, bold=True), Block("paragraph", "Joe Park, 01632 777 888", 1)]
    got = {field.name: field.value for field in read_fields(blocks, [], VOCABULARY)}
    assert got["exempt"] == "Exempt in part: Appendix B under paragraph 3" and "exempt in part" not in got


def test_a_value_cut_mid_phrase_goes_on_over_a_line_of_another_style():
    blocks = [Block("heading", "Town Hall Repairs Cabinet Member(s): Cllr Ann Fry, Lead Member for", 1, level=1, bold=True),
              Block("heading", "Children and Families", 1, level=1, bold=True)] + lines("Lead Officer: Director of Resources\nWards affected: All")
    got = {field.name: field.value for field in read_fields(blocks, [], VOCABULARY)}
    assert got["portfolio_holder"] == "Cllr Ann Fry, Lead Member for Children and Families"


def test_a_front_sheet_table_with_a_notes_column_keeps_the_notes_with_the_value():
    """Item | Detail | Notes: the author's phone and email, a key decision's forward-plan reference, sit in the third column."""
    front = Table(["Item", "Detail", "Notes"], [
        ["Report author", "Ann Lowe, Housing Manager", "Tel 01632 960111; ann.lowe@example.gov.uk"],
        ["Decision type", "Key decision", "Forward plan reference FP/2025/012"],
        ["Wards affected", "All wards", ""],
    ], page=1, row_quotes=["Report author Ann Lowe, Housing Manager Tel 01632 960111; ann.lowe@example.gov.uk",
                           "Decision type Key decision Forward plan reference FP/2025/012", "Wards affected All wards"])
    got = {field.name: field for field in read_fields([], [front], VOCABULARY)}
    assert got["author"].value == "Ann Lowe, Housing Manager; Tel 01632 960111; ann.lowe@example.gov.uk"
    assert got["author"].quote == "Report author Ann Lowe, Housing Manager Tel 01632 960111; ann.lowe@example.gov.uk"  # the row as printed
    assert got["key_decision"].value == "Key decision; Forward plan reference FP/2025/012"
    assert (got["wards"].value, got["wards"].quote) == ("All wards", "All wards")


def test_an_authors_phone_and_email_printed_as_labels_of_their_own_join_the_author():
    """'Author' / 'Telephone' / 'Email' as bold labels over their values at a report's end: one author with a number."""
    blocks = lines("Author\nIona Reid, Programme Manager\nTelephone\n01632 960999\nEmail\niona.reid@example.gov.uk\nBackground papers\nNone",
                   bold=("Author", "Telephone", "Email", "Background papers"))
    got = {field.name: field.value for field in read_fields(blocks, [], VOCABULARY)}
    assert got["author"] == "Iona Reid, Programme Manager Telephone 01632 960999 Email iona.reid@example.gov.uk"  # as printed
    assert "telephone" not in got and "email" not in got


def test_a_known_label_after_a_sentence_in_a_paragraph_starts_its_own_field():
    blocks = [Block("paragraph", "Items may move between meetings; the latest version is published each month. "
                    "Enquiries: Member Services, members@ellersby.gov.uk, 01632 555010.", 1)]
    got = [(field.name, field.value) for field in read_fields(blocks, [], VOCABULARY)]
    assert got == [("contact", "Member Services, members@ellersby.gov.uk, 01632 555010.")]
    said = [Block("paragraph", "The committee noted the report. It asked officers to report back. Contact with the trust continues.", 1)]
    assert read_fields(said, [], VOCABULARY) == []


def test_a_run_of_bold_labels_over_values_reads_every_label_however_few_are_known():
    """Two known labels, then three a council made up (call-in, a plan link, an equality screening): one run of one style."""
    text = ("Responsible director\nAnn Lowe, Director of Resources\nContact officer\nJoe Park, 01632 777 888\n"
            "Can the decision be called in?\nYes\nLink to the Council Plan\nAmbition 2: A fair economy\n"
            "Equality screening\nScreened out\nRural proofing\nNo rural impact\n")
    blocks = lines(text, bold=("Responsible director", "Contact officer", "Can the decision be called in?", "Link to the Council Plan",
                               "Equality screening", "Rural proofing"))
    got = {field.label: field.value for field in read_fields(blocks, [], VOCABULARY)}
    assert got["Link to the Council Plan"] == "Ambition 2: A fair economy"
    assert got["Equality screening"] == "Screened out" and got["Rural proofing"] == "No rural impact"


def test_signature_lines_with_names_are_who_signs():
    blocks = lines("7. Conclusion\nWe are satisfied with the arrangements.\nSigned: Councillor Ann Fry, Leader of the Council\n"
                   "Signed: Joe Park, Chief Executive")
    got = [(field.name, field.value) for field in read_fields(blocks, [], VOCABULARY)]
    assert ("signed", "Councillor Ann Fry, Leader of the Council") in got and ("signed", "Joe Park, Chief Executive") in got
