"""Minutes from blocks, in plain-text and HTML-like conventions of invented councils."""

from __future__ import annotations

import pytest

from ingest.minutes import read_minutes
from ingest.model import Block, Table
from ingest.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary()


def lines(text: str, page: int = 1) -> list[Block]:
    """A throwaway reader: each line of page text one paragraph block."""
    return [Block("paragraph", line.strip(), page) for line in text.strip().splitlines() if line.strip()]


# Branscombe Borough Council: plain text, numbered items, "RESOLVED that" and "RESOLVED: (1) ... (2)".
BRANSCOMBE = lines(
    """
BRANSCOMBE BOROUGH COUNCIL
Minutes of the meeting of the Cabinet held on Tuesday 12 March 2024 at 7.00 pm
Present: Councillors A Khan (Chair), B Lewis, C Moreau
Officers: D Price (Chief Executive), E Quinn (Monitoring Officer)
1. Apologies for absence
Apologies were received from Councillor F Rowe.
2. Declarations of interest
There were no declarations of interest.
3. Minutes of the previous meeting
RESOLVED that the minutes of the meeting held on 13 February 2024 be approved.
"""
) + lines(
    """
7. Leisure Centre Refurbishment
The Portfolio Holder introduced the report.
An amendment was moved by Councillor Lewis, seconded by Councillor Moreau, and carried.
RESOLVED:
(1) that the refurbishment be approved as amended;
(2) that the Director of Place be authorised to award the contract.
The Cabinet thanked officers for their work.
8. Waste Collection Review
DECISION: That the review be noted.
""",
    page=2,
)

# Dunmore Town Council: HTML-like, headings for items, an attendance table, "Decision" headings over lists.
DUNMORE = [
    Block("heading", "Minutes: Planning Committee - Wednesday, 5th June, 2024 6.30 pm", None, level=1),
    Block("heading", "Attendance", None, level=2),
    Block(
        "table",
        "",
        None,
        table=Table(
            ["Member", "Role", "Attendance"],
            [["Cllr Grace Ibe", "Chair", "Present"], ["Cllr Hugo Lind", "Member", "Apologies"], ["Cllr Ivy Marsh", "Member", "Present"]],
            None,
        ),
    ),
    Block("heading", "1. Declarations of interest", None, level=2),
    Block("paragraph", "Cllr Ivy Marsh declared a personal interest in item 4 as a neighbour of the site.", None),
    Block("heading", "4. Land at Mill Lane - 24/0113/FUL", None, level=2),
    Block("paragraph", "The Planning Officer presented the application for 24 homes.", None),
    Block("heading", "Decision", None, level=3),
    Block("paragraph", "That planning permission be granted subject to:", None),
    Block("item", "a section 106 agreement for 30% affordable housing;", None, marker="•"),
    Block("item", "the conditions in the officer's report.", None, marker="•"),
    Block("heading", "Item 5: Community Grants", None, level=2),
    Block("paragraph", "Agreed: that grants of £12,500 be awarded as set out in the appendix.", None),
]

# Eskdale District Council: minute references, "It was RESOLVED", a motion carried as amended.
ESKDALE = lines(
    """
Eskdale District Council
Record of decisions - Executive, 3 October 2023
Members present
Cllr J Okoro (Leader), Cllr K Pym, Cllr L Quaye
In attendance: M Ruiz (Director of Finance)
Declarations of Interest: None.
EX 41/23 Medium Term Financial Strategy
Cllr Pym moved an amendment to add a review of fees, seconded by Cllr Quaye; the amendment was carried.
It was RESOLVED that the strategy be recommended to Council as amended.
EX 42/23 Car Parking Charges
It was RESOLVED that charges be frozen for 2024/25.
"""
)

CASES = {
    "branscombe": (
        BRANSCOMBE,
        {
            "present": [
                ("members", "Councillors A Khan (Chair), B Lewis, C Moreau"),
                ("officers", "D Price (Chief Executive), E Quinn (Monitoring Officer)"),
            ],
            "apologies": ["Apologies were received from Councillor F Rowe."],
            "declarations": ["There were no declarations of interest."],
            "resolutions": [
                (
                    "3. Minutes of the previous meeting",
                    "RESOLVED that the minutes of the meeting held on 13 February 2024 be approved.",
                    False,
                    1,
                ),
                (
                    "7. Leisure Centre Refurbishment",
                    "RESOLVED: (1) that the refurbishment be approved as amended; (2) that the Director of Place be authorised to award the contract.",
                    True,
                    2,
                ),
                ("8. Waste Collection Review", "DECISION: That the review be noted.", False, 2),
            ],
        },
    ),
    "dunmore": (
        DUNMORE,
        {
            "present": [("members", "Cllr Grace Ibe, Chair"), ("members", "Cllr Ivy Marsh, Member")],
            "apologies": ["Cllr Hugo Lind, Member"],
            "declarations": ["Cllr Ivy Marsh declared a personal interest in item 4 as a neighbour of the site."],
            "resolutions": [
                (
                    "4. Land at Mill Lane - 24/0113/FUL",
                    "Decision That planning permission be granted subject to: a section 106 agreement for 30% affordable housing; the conditions in the officer's report.",
                    False,
                    None,
                ),
                ("Item 5: Community Grants", "Agreed: that grants of £12,500 be awarded as set out in the appendix.", False, None),
            ],
        },
    ),
    "eskdale": (
        ESKDALE,
        {
            "present": [("members", "Cllr J Okoro (Leader), Cllr K Pym, Cllr L Quaye"), ("officers", "M Ruiz (Director of Finance)")],
            "apologies": [],
            "declarations": ["None."],
            "resolutions": [
                (
                    "EX 41/23 Medium Term Financial Strategy",
                    "It was RESOLVED that the strategy be recommended to Council as amended.",
                    True,
                    1,
                ),
                ("EX 42/23 Car Parking Charges", "It was RESOLVED that charges be frozen for 2024/25.", False, 1),
            ],
        },
    ),
}


@pytest.mark.parametrize("style", sorted(CASES))
def test_minutes_records_in_each_house_style(style):
    blocks, expected = CASES[style]
    minutes = read_minutes(blocks, [], VOCABULARY)
    assert minutes is not None
    assert [(field.name, field.value) for field in minutes.present] == expected["present"]
    assert [field.value for field in minutes.apologies] == expected["apologies"]
    assert [field.value for field in minutes.declarations] == expected["declarations"]
    assert [(r.item, r.text, r.amended, r.page) for r in minutes.resolutions] == expected["resolutions"]


@pytest.mark.parametrize("style", sorted(CASES))
def test_minutes_quotes_and_texts_are_verbatim(style):
    blocks, _ = CASES[style]
    text = " ".join(" ".join(block.text.split()) for block in blocks).lower()
    minutes = read_minutes(blocks, [], VOCABULARY)
    for record in minutes.present + minutes.apologies + minutes.declarations:
        assert (
            " ".join(record.quote.split()).lower() in text or record.quote.lower() in str([b.table.rows for b in blocks if b.table]).lower()
        )
    for resolution in minutes.resolutions:
        if style != "dunmore":  # the decision heading and its list are separate blocks there; each line is verbatim
            assert resolution.text.lower() in text


def test_a_cabinet_report_is_not_minutes():
    report = lines(
        """
Report to: Cabinet
Date: 12 March 2024
Subject: Leisure Centre Refurbishment
Recommendations
That Cabinet approves the refurbishment.
Apologies for any inconvenience caused by the closure.
"""
    )
    assert read_minutes(report, [], VOCABULARY) is None


def test_an_agenda_with_apologies_and_declarations_items_but_no_decisions_is_not_minutes():
    agenda = lines(
        """
Agenda
1. Apologies for absence
2. Declarations of interest
3. To approve the minutes of the meeting held on 13 February 2024
4. Leisure Centre Refurbishment
"""
    )
    assert read_minutes(agenda, [], VOCABULARY) is None


def test_untitled_records_with_a_decision_are_minutes():
    blocks = lines(
        """
Present: Cllr P Dunn (Chair), Cllr R Ellis
5. Play Area Renewal
RESOLVED that the play area at Station Road be renewed.
"""
    )
    minutes = read_minutes(blocks, [], VOCABULARY)
    assert minutes is not None and minutes.resolutions[0].item == "5. Play Area Renewal"


def test_narrative_after_the_attendance_list_is_not_a_record():
    blocks = lines(
        """
Minutes of the Parish Council meeting held on 2 April 2024
Present:
Cllr P Dunn (Chair)
Cllr R Ellis
The Chair welcomed members of the public and reminded everyone that the meeting was being recorded.
5. Play Area Renewal
RESOLVED that the play area be renewed.
"""
    )
    minutes = read_minutes(blocks, [], VOCABULARY)
    assert [field.value for field in minutes.present] == ["Cllr P Dunn (Chair)", "Cllr R Ellis"]


def test_an_attendance_list_written_as_one_sentence_under_its_heading_is_the_present_record():
    from ingest.model import Block

    blocks = [
        Block("heading", "Scrutiny Committee: Minutes", None, level=1),
        Block("heading", "Present", None, level=2),
        Block("paragraph", "Councillors Ann Lee (Chair), Ben Ray (Vice-Chair), Cara Holt, Dev Shah, Ella Moss (substitute for "
                           "Councillor Finn Ward), Gus Tate and Hal Iqbal.", None),
        Block("heading", "1. Apologies for absence", None, level=2),
        Block("paragraph", "Apologies were received from Councillor Finn Ward.", None),
        Block("heading", "2. Library hours", None, level=2),
        Block("paragraph", "RESOLVED: That the report be noted.", None),
    ]
    minutes = read_minutes(blocks, [], VOCABULARY)
    assert minutes is not None and [field.value for field in minutes.present][:1] == [blocks[2].text]


def test_a_recorded_vote_set_out_as_a_table_is_the_items_vote():
    """'A recorded vote was taken:' over a table of who voted which way: each row is part of the vote."""
    table = Table(["Vote", "Members"], [["For (3)", "Cllrs Ames, Bell, Cole"], ["Against (1)", "Cllr Dunn"], ["Abstentions (0)", ""]], None,
                  row_quotes=["For (3) Cllrs Ames, Bell, Cole", "Against (1) Cllr Dunn", "Abstentions (0)"])
    blocks = lines("""
Minutes of the meeting of the Cabinet held on 15 July 2025
Present: Cllrs Ames (Chair), Bell, Cole, Dunn
44. Depot relocation
Cllr Dunn asked about the cost of the new site. A recorded vote was taken:
""") + [Block("table", "Vote Members", None, table=table)] + lines("RESOLVED that the depot be relocated to Mill Lane.")
    minutes = read_minutes(blocks, [table], VOCABULARY)
    votes = [(vote.item, vote.text) for vote in minutes.votes]
    assert ("44. Depot relocation", "A recorded vote was taken:") in votes
    assert ("44. Depot relocation", "Against (1) Cllr Dunn") in votes and ("44. Depot relocation", "For (3) Cllrs Ames, Bell, Cole") in votes
