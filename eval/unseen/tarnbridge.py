"""Tarnbridge City Council (fictional): Riverside Quarter highlight report 2024 (PDF) and programme update 2022 (HTML),
school streets executive report (DOCX) and the decision notice that followed it (TXT)."""

from __future__ import annotations

from eval.councils.model import FICTION, Bullets, Council, Doc, FrontSheet, Heading, Para, Subtitle, Table, Title, lines

COUNCIL = "Tarnbridge City Council"


def highlight_report() -> Doc:
    """Programme highlight report: overall RAG, milestones (baseline vs forecast), risks (L x I), budget lines."""
    blocks = (
        Council(COUNCIL),
        Title("Riverside Quarter Regeneration Programme: Highlight Report"),
        Subtitle("Reporting period: August to September 2024. Report to the Regeneration Programme Board, 8 October 2024"),
        FrontSheet((("Senior Responsible Owner", "Lena Fairbrother, Director of Place"),
                    ("Programme Manager", "Callum Reid"),
                    ("Overall RAG status", "Amber (previous period: Green)"),
                    ("Direction of travel", "Worsening")), "table"),
        Para(FICTION, small=True),
        Heading("1. Summary", 1),
        Para("Demolition of the Tannery Lane warehouses finished in August, two months later than planned. The programme has "
             "moved from Green to Amber because the Environment Agency has not yet issued consent for phase 1 of the flood "
             "defence wall, and the latest cost plan shows the programme running over its approved budget."),
        Heading("2. Milestones", 1),
        Table(("Milestone", "Baseline date", "Forecast date", "Status"),
              (("Compulsory purchase order confirmed", "March 2024", "March 2024", "Complete"),
               ("Demolition of Tannery Lane warehouses", "June 2024", "August 2024", "Complete (late)"),
               ("Flood defence wall phase 1 complete", "December 2024", "February 2025", "Slipped"),
               ("Riverside footbridge planning consent", "November 2024", "November 2024", "On track"),
               ("Start on site: Block A (180 homes)", "April 2025", "July 2025", "At risk"),
               ("Wharf Square public realm complete", "September 2025", "September 2025", "On track"),
               ("Block A practical completion", "March 2027", "June 2027", "At risk")),
              widths=(0.43, 0.19, 0.19, 0.19)),
        Heading("3. Risks", 1),
        Para("Scores are likelihood x impact, each on a scale of 1 to 5. Risks scoring 15 or more are escalated to the "
             "Executive Member for Regeneration."),
        Table(("Ref", "Risk", "Likelihood", "Impact", "Score", "Owner", "Mitigation"),
              (("RQ1", "Construction cost inflation exceeds the 6% allowance", "4", "4", "16", "Programme Manager",
                "Value engineering of Block A; fixed-price contract for the flood wall"),
               ("RQ2", "Environment Agency consent for the flood wall is delayed", "3", "5", "15", "Head of Engineering",
                "Weekly meetings with the Environment Agency; revised method statement submitted"),
               ("RQ3", "Developer partner Kinross Urban withdraws", "2", "5", "10", "Director of Place",
                "Development agreement includes step-in rights"),
               ("RQ4", "Contamination on the Tannery Lane site is worse than surveyed", "3", "3", "9", "Head of Engineering",
                "Further ground investigation in October"),
               ("RQ5", "Judicial review of the footbridge consent", "1", "4", "4", "Head of Legal Services",
                "Thorough consultation record")),
              widths=(0.06, 0.26, 0.09, 0.08, 0.07, 0.16, 0.28), font_size=8),
        Heading("4. Budget", 1),
        Para("Approved budget: £48.6 million", label=""),
        Para("Spend to date: £17.9 million"),
        Para("Forecast outturn: £51.2 million"),
        Para("Variance: £2.6 million over budget (5.3%)"),
        Para("The forecast overspend is mainly construction inflation on the flood defence wall (£1.7 million) and additional "
             "remediation at Tannery Lane (£0.6 million). Funding: Levelling Up Fund £20.0 million, council borrowing £16.4 "
             "million, Homes England £8.0 million, Environment Agency £4.2 million."),
        Heading("5. Decisions needed from the Board", 1),
        Bullets(("Approve a draw of £1.2 million from the programme contingency for the flood wall.",
                 "Agree to ask the Executive for an increase of £1.4 million to the approved budget in December 2024.")),
        Heading("6. Next period (October to November 2024)", 1),
        Bullets(("Submit the revised flood wall method statement to the Environment Agency",
                 "Planning committee decision on the Riverside footbridge (19 November 2024)",
                 "Complete further ground investigation at Tannery Lane",
                 "Appoint a contractor for Wharf Square public realm")),
    )
    return Doc("tarnbridge-highlight-report-2024-09-riverside-regeneration.pdf", blocks, "tarnbridge-highlight",
               meta_title="Highlight report template v2", author="PMO", footer="Riverside Quarter Programme")


def programme_update_2022() -> Doc:
    """An HTML scrutiny update on the same programme two years earlier, front sheet as a definition list."""
    blocks = (
        Council(COUNCIL),
        Title("Riverside Quarter regeneration: programme update"),
        FrontSheet((("Committee", "Place Scrutiny Committee"),
                    ("Date", "24 November 2022"),
                    ("Report of", "Director of Place"),
                    ("Executive Member", "Councillor Yusuf Hanley, Executive Member for Regeneration"),
                    ("Contact", lines("Callum Reid, Riverside Programme Manager", "01632 962755",
                                      "callum.reid@tarnbridge.gov.uk"))), "dl"),
        Para(FICTION, small=True),
        Heading("Purpose", 1),
        Para("To update the committee on the Riverside Quarter regeneration programme one year after the Executive approved the "
             "masterplan, and to invite comments."),
        Heading("Where the programme is now", 1),
        Para("Overall status: Green. The programme is on time and within budget."),
        Para("In January 2022 the council was awarded £20.0 million from the Levelling Up Fund. The Executive approved a "
             "programme budget of £41.5 million in March 2022. The compulsory purchase order was made in October 2022 and will be "
             "submitted to the Secretary of State for confirmation."),
        Heading("What the programme will deliver", 1),
        Bullets(("Block A: 210 new homes, of which 30% affordable",
                 "a flood defence wall protecting 1,100 existing homes and businesses",
                 "a new pedestrian and cycle footbridge over the River Tarn",
                 "Wharf Square, a new public space beside the river")),
        Heading("Key dates", 1),
        Table(("Milestone", "Planned date"),
              (("Compulsory purchase order confirmed", "March 2024"),
               ("Demolition of Tannery Lane warehouses", "June 2024"),
               ("Flood defence wall phase 1 complete", "December 2024"),
               ("Start on site: Block A", "April 2025"),
               ("Block A practical completion", "December 2026"))),
        Heading("Budget", 1),
        Table(("Funding", "£ million"),
              (("Levelling Up Fund", "20.0"),
               ("Council borrowing", "9.3"),
               ("Homes England", "8.0"),
               ("Environment Agency", "4.2"),
               ("Total programme budget", "41.5"))),
        Para("Spend to 31 October 2022 is £2.3 million, mainly on land assembly and design."),
        Heading("Top risks", 1),
        Bullets(("Construction cost inflation, currently running at 9% a year",
                 "Objections to the compulsory purchase order",
                 "Finding a developer partner for Block A")),
        Heading("Questions for the committee", 1),
        Para("The committee may wish to consider how residents of the Tannery Lane area are kept informed, and how the "
             "programme will report progress in future."),
    )
    return Doc("tarnbridge-riverside-programme-update-2022-11.html", blocks, "tarnbridge-web",
               meta_title="Tarnbridge CC - Agenda item", footer="Tarnbridge City Council, Civic Offices, Tarn Street")


SCHOOL_FRONT = (
    ("Meeting", "Executive"),
    ("Date", "16 October 2024"),
    ("Title", "School Streets: making the pilot permanent and phase 2"),
    ("Executive Member", "Councillor Naomi Strand, Executive Member for Transport and Environment"),
    ("Report author", "Omar Siddiqui, Active Travel Manager"),
    ("Key decision", "Yes, reference KD 24/067"),
    ("Wards", "Abbey, Brookfield, Holywell, Tarnside"),
    ("Contact", "Omar Siddiqui, 01632 962190, omar.siddiqui@tarnbridge.gov.uk"),
)


def school_streets() -> Doc:
    """DOCX executive report with a 'Label: value' front sheet, numbered paragraphs and recommendations 2.1-2.4."""
    blocks = (
        Council(COUNCIL),
        Title("School Streets: making the pilot permanent and phase 2"),
        FrontSheet(SCHOOL_FRONT, "lines"),
        Para(FICTION, small=True),
        Heading("1. Summary", 1),
        Para("In September 2023 the council started an 18-month experimental School Streets pilot at four primary schools. "
             "Roads outside the school gates are closed to through traffic for 45 minutes at the start and end of the school day. "
             "This report sets out the results and proposes making the four schemes permanent and extending them to eight more "
             "schools.", "1.1"),
        Heading("2. Recommendations", 1),
        Para("That the Executive makes the four pilot School Streets permanent from 1 March 2025.", "2.1"),
        Para("That the Executive approves phase 2, extending School Streets to eight further schools by September 2025.", "2.2"),
        Para("That the Executive approves capital spending of £380,000 from the Active Travel Fund for phase 2.", "2.3"),
        Para("That the Executive delegates to the Executive Member for Transport and Environment the choice of the phase 2 "
             "schools, from the list in paragraph 5.2.", "2.4"),
        Heading("3. The pilot schools", 1),
        Bullets(("St Anselm's Catholic Primary School, Abbey ward",
                 "Brookfield Primary School, Brookfield ward",
                 "Holywell Infant School, Holywell ward",
                 "Tarnside Community Primary School, Tarnside ward")),
        Heading("4. Results of the pilot", 1),
        Table(("Measure", "Before pilot", "During pilot", "Change"),
              (("Vehicles in the closed streets at drop-off", "412", "148", "-64%"),
               ("Children walking, cycling or scooting to school", "49%", "61%", "+12 points"),
               ("Nitrogen dioxide outside the school gates (annual mean)", "31 µg/m³", "25 µg/m³", "-18%"),
               ("Parents supporting the scheme", "-", "72%", "-"))),
        Para("The consultation received 1,318 responses. 72% of parents and 58% of residents living in the closed streets "
             "supported making the schemes permanent. The main concern of residents was displaced parking in nearby roads.", "4.1"),
        Para("Enforcement is by automatic number plate recognition cameras. 2,904 penalty charge notices of £70 were issued "
             "during the pilot, 80% of them in the first six weeks.", "4.2"),
        Heading("5. Phase 2", 1),
        Para("Eight schools will be chosen from the 14 that applied, using road safety, air quality and the views of the school "
             "community.", "5.1"),
        Para("The shortlisted schools include Greenbank Primary, Moor Lane Junior, St Cuthbert's CE Primary, Tarn Valley "
             "Academy (primary phase), Riverside Infant School, Highfield Primary, Oakwood Junior and Abbey Gate Primary.", "5.2"),
        Heading("6. Financial implications", 1),
        Para("Phase 2 will cost £380,000, mainly for cameras and signs, funded from the Active Travel Fund. Running costs of "
             "£46,000 a year are expected to be met from penalty charge income.", "6.1"),
        Heading("7. Alternatives considered", 1),
        Para("Ending the pilot was rejected because of the road safety and air quality benefits. Using volunteer marshals "
             "instead of cameras was rejected because schools could not guarantee enough volunteers.", "7.1"),
    )
    return Doc("tarnbridge-executive-2024-10-16-school-streets.docx", blocks, "tarnbridge-report",
               meta_title="Executive report", author="Tarnbridge City Council")


def decision_notice() -> Doc:
    """A plain-text record of an executive member decision made under the delegation in the school streets report."""
    blocks = (
        Council(COUNCIL),
        Title("Record of decision by an Executive Member"),
        FrontSheet((("Decision reference", "EMD/2024/112"),
                    ("Decision maker", "Councillor Naomi Strand, Executive Member for Transport and Environment"),
                    ("Date of decision", "21 November 2024"),
                    ("Subject", "School Streets phase 2: choice of schools"),
                    ("Call-in deadline", "5pm, 28 November 2024")), "lines"),
        Para(FICTION),
        Heading("Decision", 1),
        Para("Acting under the delegation agreed by the Executive on 16 October 2024, I have decided that School Streets phase "
             "2 will be introduced at the following eight schools:"),
        Bullets(("Greenbank Primary School",
                 "Moor Lane Junior School",
                 "St Cuthbert's CE Primary School",
                 "Riverside Infant School",
                 "Highfield Primary School",
                 "Oakwood Junior School",
                 "Abbey Gate Primary School",
                 "Westfold Primary School"), marker="1"),
        Heading("Reasons", 1),
        Para("The schools were scored on road safety records, air quality and support from the school community. Westfold "
             "Primary School replaces Tarn Valley Academy, which withdrew because its entrance is on a bus route where a closure "
             "is not possible."),
        Heading("Alternatives considered and rejected", 1),
        Para("Choosing fewer schools and spending the remaining budget on school crossing patrols was rejected as it would not "
             "reduce traffic outside the gates."),
        Heading("Conflicts of interest", 1),
        Para("None declared."),
        Heading("Consultation", 1),
        Para("Ward councillors for each school were consulted between 4 and 15 November 2024. Councillor Martin Ebdon (Moor "
             "Lane) asked for residents' permits to be issued free of charge; this has been agreed."),
        Para("Signed: Councillor Naomi Strand. Proper officer: Omar Siddiqui, Active Travel Manager."),
    )
    return Doc("tarnbridge-decision-2024-11-21-school-streets-phase-2.txt", blocks, "tarnbridge-txt")


def docs() -> list[Doc]:
    """Tarnbridge's four documents."""
    return [highlight_report(), programme_update_2022(), school_streets(), decision_notice()]
