"""Tollmouth Harbour Commissioners: navigational risk register (PDF), harbour dues paper (DOCX), Board minutes (HTML)
and a delegated decision record (TXT). All names and figures are invented."""

from __future__ import annotations

from eval.councils.model import (
    FICTION,
    Bullets,
    Council,
    Doc,
    FrontSheet,
    Heading,
    Para,
    Subtitle,
    Table,
    Title,
    lines,
)

PORT = "Tollmouth Harbour Commissioners"
REGISTER = "tollmouth-harbour-pmsc-risk-register-2025.pdf"
DUES = "tollmouth-harbour-2025-11-25-harbour-dues-2026.docx"
MINUTES = "tollmouth-harbour-board-minutes-2025-11-25.html"
DECISION = "tollmouth-harbour-decision-record-ce-2026-01.txt"

HAZARDS = (
    ("H01", "Collision between commercial vessels in the river channel", "3 x 5 = 15",
     "Compulsory pilotage for vessels over 40 metres; vessel traffic service; passage planning", "2 x 5 = 10",
     "Tolerable with review", "Harbour Master"),
    ("H02", "Contact with Gannet Quay while berthing", "4 x 3 = 12",
     "Tug required for vessels over 90 metres; berthing guidance; fenders inspected monthly", "2 x 3 = 6",
     "Acceptable", "Harbour Master"),
    ("H03", "Fire on a vessel alongside", "2 x 5 = 10",
     "Hot work permits; fire plan agreed with the fire and rescue service", "1 x 5 = 5", "Acceptable",
     "Marine Operations Manager"),
    ("H04", "Pilot transfer in heavy weather", "3 x 4 = 12",
     "Boarding limits; pilot ladder checks; pilot launch replaced in 2024", "2 x 3 = 6", "Acceptable",
     "Pilotage Superintendent"),
    ("H05", "Oil spill while bunkering at Pilchard Quay", "3 x 4 = 12",
     "Bunkering permits; booms kept on the quay; tier 1 spill response plan", "2 x 4 = 8", "Tolerable with review",
     "Marine Operations Manager"),
    ("H06", "Person overboard from a fishing vessel in the harbour", "3 x 4 = 12",
     "Lifebuoys and ladders on all quays; CCTV on the fish quay", "2 x 4 = 8", "Tolerable with review",
     "Harbour Master"),
    ("H07", "Grounding in the approach channel over Tollmouth Bar", "5 x 4 = 20",
     "Depth surveys every quarter; tidal windows for deep-draught vessels; notices to mariners", "4 x 4 = 16",
     "Intolerable", "Harbour Master"),
    ("H08", "Moored vessel breaking free in a storm surge", "3 x 4 = 12",
     "Mooring plans; storm surge warnings; extra lines put out on warning", "2 x 4 = 8", "Tolerable with review",
     "Marine Operations Manager"),
    ("H09", "Failure of aids to navigation (Crabneck Point light and channel buoys)", "2 x 4 = 8",
     "Remote monitoring; spare lanterns; annual inspection by the lighthouse authority", "1 x 4 = 4", "Acceptable",
     "Port Engineer"),
    ("H10", "Swimmers and paddleboarders at the harbour mouth", "4 x 4 = 16",
     "Byelaw exclusion zone; seasonal patrol boat; signs on the beaches", "3 x 3 = 9", "Tolerable with review",
     "Harbour Master"),
    ("H11", "Leisure craft in the fairway during commercial movements", "4 x 4 = 16",
     "Harbour patrol; radio broadcasts before each movement; leisure users' guide", "3 x 4 = 12",
     "Tolerable with review", "Harbour Master"),
    ("H12", "Wash from passing vessels damaging small craft moored in the Inner Basin", "3 x 2 = 6",
     "Six-knot speed limit; speed checks by the patrol boat", "2 x 2 = 4", "Acceptable", "Harbour Master"),
)


def register() -> Doc:
    """The Port Marine Safety Code risk register: landscape, bold-label front sheet, hazards over a page break."""
    blocks = (
        Council("TOLLMOUTH HARBOUR COMMISSIONERS"),
        Title("Port Marine Safety Code: navigational risk register"),
        Subtitle("Port of Tollmouth - annual review 2025"),
        FrontSheet((
            ("Duty holder", "The Board of Tollmouth Harbour Commissioners"),
            ("Register owner", "Captain Florian Mallinder, Harbour Master"),
            ("Designated Person", "Aurelio Penberthy, Quayline Marine Assurance"),
            ("Reviewed", "14 October 2025 (next full review October 2026)"),
            ("Reported to", "Board of Commissioners, 25 November 2025"),
            ("Contact", "harbourmaster@tollmouth-harbour.example, 01632 960734"),
        ), layout="bold"),
        Para(FICTION, small=True),
        Heading("How hazards are scored", 1),
        Para("Each hazard is scored for likelihood (1 rare to 5 frequent) and consequence (1 minor to 5 catastrophic, "
             "taking the worst of harm to people, the environment, property and the port's reputation). The risk score "
             "is likelihood multiplied by consequence. Scores fall into three bands: Acceptable (1 to 6), Tolerable "
             "with review (8 to 12) and Intolerable (15 to 25). Inherent scores assume no controls; residual scores "
             "allow for the controls in place. Any hazard with a residual score in the Intolerable band needs an "
             "action plan agreed by the Board."),
        Heading("Changes since the 2024 review", 1),
        Bullets((
            "H07 (grounding over Tollmouth Bar) rises from a residual score of 12 to 16, after surveys found the "
            "channel had silted to 3.1 metres below chart datum against a declared depth of 4.5 metres.",
            "H11 (leisure craft in the fairway) is a new hazard, added after 9 near misses in the 2025 season.",
            "H04 (pilot transfer in heavy weather) falls from a residual score of 9 to 6 with the new pilot launch.",
        )),
        Heading("Hazard register", 1, keep=False),
        Table(("Ref", "Hazard", "Inherent L x C = score", "Key controls", "Residual L x C = score", "Band", "Owner"),
              HAZARDS, widths=(0.06, 0.22, 0.11, 0.3, 0.11, 0.1, 0.1)),
        Heading("Action plan for H07", 1),
        Para("A maintenance dredge of the approach channel over Tollmouth Bar will remove about 85,000 cubic metres to "
             "restore the declared depth of 4.5 metres below chart datum, at an estimated cost of £1.25 million. "
             "Target: dredge complete by 31 March 2026, before the spring cargo season. Until then, vessels drawing "
             "more than 4.0 metres may enter only within two hours either side of high water. Once the dredge is "
             "complete the residual score is expected to fall to 2 x 4 = 8."),
        Heading("Incidents and near misses, 1 October to 30 September", 1),
        Table(("Type", "2023-24", "2024-25"), (
            ("Groundings", "1", "3"),
            ("Collisions and contacts", "4", "2"),
            ("Near misses reported", "21", "34"),
            ("Pollution incidents", "2", "1"),
            ("Person overboard", "0", "1"),
        ), widths=(0.5, 0.25, 0.25)),
        Heading("The Designated Person's opinion", 1),
        Para("The Designated Person's audit in September 2025 found the port's marine safety management system "
             "compliant with the Code, with one recommendation: that the Board receive reports on H07 every quarter, "
             "not once a year, until the dredge is complete."),
    )
    return Doc(REGISTER, blocks, "thc-risk", meta_title="Navigational risk register 2025", author="Harbour Master's "
               "Office, Tollmouth Harbour Commissioners", footer="Tollmouth PMSC risk register 2025", landscape=True)


def dues() -> Doc:
    """Board paper on harbour dues for 2026: two-column front sheet, consultation results, proposed dues, income."""
    blocks = (
        Council(PORT),
        Title("Harbour dues and charges 2026: consultation outcome and recommendation"),
        FrontSheet((
            ("Board meeting", "25 November 2025"),
            ("Agenda item", "6"),
            ("Paper number", "THC/B/25/48"),
            ("Author", "Jocasta Kernick, Commercial Manager"),
            ("Responsible director", "Griselda Rosewarne, Finance Director"),
            ("Contact", lines("01632 960728", "commercial@tollmouth-harbour.example")),
            ("Decision required", "Yes: approve the schedule of dues for 2026"),
        )),
        Para(FICTION, small=True),
        Heading("1. Summary", 1),
        Para("On 23 September 2025 the Board agreed to consult port users on an increase of 4.5% in harbour dues and "
             "charges from 1 January 2026. This paper reports the 63 responses and recommends a lower increase for "
             "fishing vessels.", num="1.1"),
        Heading("2. Recommendations", 1),
        Para("The Board is asked to:"),
        Bullets((
            "approve a general increase of 4.5% in harbour dues and charges from 1 January 2026;",
            "approve a lower increase of 2.0% in the annual dues of fishing vessels registered at Tollmouth;",
            "note that the maintenance dredge of the approach channel (paper THC/B/25/51) is the main reason for the "
            "increase.",
        ), marker="1"),
        Heading("3. Consultation", 1),
        Para("Consultation ran from 1 to 31 October 2025. Letters went to all 212 registered port users, notices were "
             "put up on the quays, and 31 people came to a drop-in session at the Harbour Office on 15 October. 63 "
             "written responses were received.", num="3.1"),
        Table(("User group", "Responses", "Support 4.5%", "Oppose", "No view"), (
            ("Fishing vessel owners", "28", "2", "25", "1"),
            ("Leisure berth and mooring holders", "22", "9", "11", "2"),
            ("Shipping lines and agents", "7", "4", "2", "1"),
            ("Other (businesses and residents)", "6", "3", "2", "1"),
            ("Total", "63", "18", "40", "5"),
        ), caption="Responses by user group"),
        Para("The main points made were:", num="3.2"),
        Bullets((
            "fishing vessel owners said landings and prices had fallen, and 11 of them asked for a freeze;",
            "leisure users asked for better pontoon security and new showers before paying more;",
            "shipping lines accepted the increase provided the channel is dredged before the spring;",
            "two residents objected to noise from cargo handling at night.",
        )),
        Para("The Fisheries Liaison Group met on 6 November 2025 and supported a lower increase of 2.0% for fishing "
             "vessels. The 2.0% option brings in £10,000 less than 4.5%; a freeze would bring in a further £8,000 "
             "less.", num="3.3"),
        Heading("4. Proposed dues", 1),
        Table(("Charge", "2025", "2026 proposed", "Change"), (
            ("Commercial vessel dues, per gross tonne per call", "£0.412", "£0.431", "4.5%"),
            ("Cargo dues, per tonne of general cargo", "£1.86", "£1.94", "4.5%"),
            ("Fishing vessel annual dues, under 10 metres", "£486", "£496", "2.0%"),
            ("Fishing vessel annual dues, 10 metres and over", "£1,290", "£1,316", "2.0%"),
            ("Leisure mooring, per metre per year", "£118.00", "£123.31", "4.5%"),
            ("Visitor berth, per metre per night", "£3.20", "£3.34", "4.5%"),
        ), widths=(0.52, 0.16, 0.18, 0.14)),
        Heading("5. Financial effect", 1),
        Table(("Income line", "2025 budget £000", "2026 at 4.5% throughout £000", "2026 as recommended £000"), (
            ("Ship and cargo dues", "3,420", "3,574", "3,574"),
            ("Fishing vessel dues", "392", "410", "400"),
            ("Leisure moorings and visitor berths", "1,065", "1,113", "1,113"),
            ("Total dues income", "4,877", "5,097", "5,087"),
        ), widths=(0.4, 0.2, 0.2, 0.2)),
        Para("The recommended dues would bring in £210,000 more than the 2025 budget, which will help to meet the "
             "borrowing costs of the £1.25 million channel dredge.", num="5.1"),
        Heading("6. Risks", 1),
        Para("If the dredge is not done, shipping lines have said they may move calls to other ports, putting at risk "
             "ship and cargo dues of £3.4 million a year. The lower increase for fishing vessels is a concession for "
             "one year only and will be reviewed for 2027.", num="6.1"),
    )
    return Doc(DUES, blocks, "thc-board", meta_title="Harbour dues and charges 2026", author="Jocasta Kernick")


def minutes() -> Doc:
    """Board minutes: attendance as a two-column table, declarations, an amendment lost, delegations."""
    blocks = (
        Council(PORT),
        Title("Minutes of the meeting of the Board of Commissioners"),
        Subtitle("Harbour Office, Gannet Quay, Tollmouth - Tuesday 25 November 2025 at 2.00pm"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Present", "Xanthe Penwarden (Chair), Roderick Trathen (Vice-Chair), Evadne Dunstan, Corentin Pendarves, "
                        "Tallulah Sandoe, Wenna Tonkin, Bartholomew Treloar"),
            ("In attendance", lines("Valentina Carbis, Chief Executive", "Captain Florian Mallinder, Harbour Master",
                                    "Griselda Rosewarne, Finance Director",
                                    "Jocasta Kernick, Commercial Manager (minute 75)",
                                    "Aurelio Penberthy, Designated Person (minute 77)")),
            ("Apologies", "Lettice Carlyon"),
            ("Minutes taken by", "Yannick Rosevear, Board Secretary"),
        )),
        Heading("71. Apologies", 1),
        Para("Apologies were received from Lettice Carlyon."),
        Heading("72. Declarations of interest", 1),
        Para("Wenna Tonkin declared an interest in minute 75 as the owner of two fishing vessels registered at "
             "Tollmouth, and left the meeting for that item."),
        Para("Corentin Pendarves declared that his firm, Pendarves Shipping Agency, acts for two shipping lines that use "
             "the port. The Chair ruled that this was not a conflict for any item and he remained."),
        Heading("73. Minutes of the last meeting", 1),
        Para("The minutes of the meeting on 23 September 2025 were approved and signed by the Chair."),
        Heading("74. Chief Executive's report", 1),
        Para("The Chief Executive reported 1,184 commercial vessel arrivals from January to October 2025, 6% more than "
             "in the same months of 2024, and cargo of 1.42 million tonnes. The new chiller at the fish market opened "
             "on 3 November 2025. The report was noted."),
        Heading("75. Harbour dues and charges 2026 (paper THC/B/25/48)", 1),
        Para("The Commercial Manager presented the results of the consultation, to which 63 responses had been "
             "received, 40 of them opposed to the increase."),
        Para("Bartholomew Treloar moved, and Tallulah Sandoe seconded, an amendment to freeze the annual dues of "
             "fishing vessels for 2026. The Finance Director advised that a freeze would cost £8,000 a year compared "
             "with the 2.0% increase recommended. The amendment was LOST, 2 votes for and 4 against.",
             label="Amendment."),
        Para("The recommendations were then put and CARRIED, 5 votes for and 1 against. RESOLVED that:"),
        Bullets((
            "harbour dues and charges rise by 4.5% from 1 January 2026;",
            "the annual dues of fishing vessels registered at Tollmouth rise by 2.0%;",
            "the Commercial Manager report by March 2026 on pontoon security and showers for leisure users.",
        ), marker="a"),
        Heading("76. Maintenance dredge of the approach channel (paper THC/B/25/51)", 1),
        Para("Wenna Tonkin returned to the meeting. The Harbour Master explained that the channel over Tollmouth Bar had "
             "silted to 3.1 metres below chart datum. RESOLVED unanimously that:"),
        Bullets((
            "a capital budget of £1.25 million be approved for the maintenance dredge, paid for by a loan of £900,000 "
            "over ten years and £350,000 from the Harbour Improvement Reserve;",
            "the award of the contract after tender be delegated to the Chief Executive, in consultation with the "
            "Chair;",
            "the Board receive a report on hazard H07 every quarter until the dredge is complete.",
        ), marker="a"),
        Heading("77. Port Marine Safety Code: risk register and Designated Person's report", 1),
        Para("The Harbour Master presented the 2025 review of the navigational risk register: twelve hazards, one of "
             "them (H07) in the Intolerable band. The Designated Person reported that the marine safety management "
             "system complied with the Code. The Board noted the register, accepted the Designated Person's "
             "recommendation and confirmed that it remains the duty holder under the Code."),
        Heading("78. Appointment of a commissioner", 1),
        Para("The Board agreed to advertise for a commissioner with experience of commercial fishing, to replace "
             "Lettice Carlyon, whose term ends on 31 March 2026. The Chair, the Vice-Chair and the Chief Executive "
             "will form the appointment panel."),
        Heading("79. Date of next meeting", 1),
        Para("Tuesday 27 January 2026 at 2.00pm. The meeting ended at 4.35pm."),
    )
    return Doc(MINUTES, blocks, "thc-web", meta_title="Board of Commissioners minutes, 25 November 2025", author=PORT,
               footer="Tollmouth Harbour Commissioners, Harbour Office, Gannet Quay, Tollmouth")


def decision() -> Doc:
    """A Chief Executive's delegated decision: Label: value front sheet, tenders as records, budget in prose."""
    blocks = (
        Council(PORT),
        Title("Record of a decision taken under delegated authority"),
        FrontSheet((
            ("Decision reference", "THC/CE/2026/01"),
            ("Decision taken by", "Valentina Carbis, Chief Executive"),
            ("In consultation with", "Xanthe Penwarden, Chair of the Board"),
            ("Date of decision", "9 January 2026"),
            ("Delegated by", "Board minute 76, 25 November 2025 (maintenance dredge of the approach channel)"),
            ("Contact", "Griselda Rosewarne, Finance Director, 01632 960722"),
        ), layout="lines"),
        Para(FICTION, small=True),
        Heading("Decision", 1),
        Para("To award the contract for the maintenance dredge of the approach channel over Tollmouth Bar to Harlbeck "
             "Marine Dredging Ltd for £1,134,600, to remove about 85,000 cubic metres of sand and silt, with work "
             "starting on 2 February 2026 and finishing by 20 March 2026."),
        Heading("Reasons", 1),
        Para("The tender was advertised on 1 December 2025 and four compliant tenders were received by the closing date "
             "of 22 December 2025. Tenders were scored 60% on price and 40% on quality. Harlbeck Marine Dredging Ltd "
             "had the highest score and the lowest price."),
        Table(("Tenderer", "Price", "Score out of 100"), (
            ("Harlbeck Marine Dredging Ltd", "£1,134,600", "86.4"),
            ("Sternwick Dredging Services", "£1,219,000", "79.1"),
            ("Northshoal Marine Contractors", "£1,246,500", "74.8"),
            ("Bargeholme Hydrographic and Dredging", "£1,302,250", "70.2"),
        )),
        Heading("Budget", 1),
        Para("The contract sum is within the capital budget of £1.25 million approved by the Board. The remaining "
             "£115,400 is kept for hydrographic surveys before and after the dredge (£38,000) and for contingency "
             "(£77,400)."),
        Heading("Other options considered", 1),
        Bullets((
            "Putting the dredge off until autumn 2026: rejected, because vessels drawing more than 4.0 metres would "
            "stay limited to tidal windows through the spring cargo season.",
            "Buying a dredger for the port: rejected on cost.",
        )),
        Heading("Conflicts of interest", 1),
        Para("None declared by the decision maker or the Chair."),
        Heading("Disposal of dredged material", 1),
        Para("Dredged material will be taken to the licensed offshore disposal site TM020 under marine licence "
             "L/2025/04417."),
        Para("Signed: Valentina Carbis, Chief Executive, 9 January 2026. Published on the Commissioners' website on "
             "12 January 2026."),
    )
    return Doc(DECISION, blocks, "thc-txt", meta_title="Delegated decision THC/CE/2026/01", author=PORT)


def docs() -> list[Doc]:
    """Tollmouth Harbour Commissioners' four papers."""
    return [register(), dues(), minutes(), decision()]
