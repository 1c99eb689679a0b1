"""Ashcombe Borough Council (fictional): two leisure-centre cabinet reports (2019, 2023), a corporate risk
register, Full Council minutes and a quarterly performance report. House style: teal, numbered sections,
two-column front-sheet tables."""

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

COUNCIL = "ASHCOMBE BOROUGH COUNCIL"


def leisure_2019() -> Doc:
    """Cabinet report, July 2019: options for Brackenford Leisure Centre (front sheet as a two-column table)."""
    front = FrontSheet((
        ("Report to", "Cabinet"),
        ("Date of meeting", "10 July 2019"),
        ("Report of", "Director of Communities and Place"),
        ("Portfolio Holder", "Councillor Margaret Oyelaran, Portfolio Holder for Health, Leisure and Culture"),
        ("Key Decision", "Yes"),
        ("Forward Plan reference", "FP/2019/031"),
        ("Wards affected", "Brackenford North; Brackenford South; Tillington"),
        ("Exempt / Confidential", "No, but Appendix C (operator negotiations) is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972"),
        ("Contact officer", lines("Daniel Prewett, Head of Leisure and Culture", "Tel: 01632 960418",
                                  "Email: daniel.prewett@ashcombe.gov.uk")),
        ("Report author", "Helen Marsh, Leisure Contracts Manager"),
    ))
    options = Table(
        ("Option", "Description", "Capital cost", "Assessment"),
        (
            ("A. Do minimum", "Reactive repairs only; no planned investment", "£0.9m", "Rejected: high risk of unplanned closure"),
            ("B. Phased refurbishment", "New plant room, relined pool tank, new sports hall roof and refreshed changing village",
             "£4.2m", "Recommended"),
            ("C. New-build leisure centre", "New centre on the Tillington Road site with a 25m six-lane pool, learner pool and 80-station gym",
             "£14.8m", "Rejected: not affordable within the current MTFS"),
        ),
        widths=(0.22, 0.43, 0.13, 0.22),
    )
    return Doc(
        name="ashcombe-cabinet-2019-07-10-brackenford-leisure-centre.pdf",
        style="ashcombe",
        meta_title="Cabinet Report Template v4",
        author="Democratic Services",
        footer="Ashcombe Borough Council - Cabinet - 10 July 2019",
        blocks=(
            Council(COUNCIL),
            Title("Brackenford Leisure Centre: Options for the Future of the Building"),
            front,
            Para(FICTION, small=True),
            Heading("1. Purpose of the report"),
            Para("This report sets out the condition of Brackenford Leisure Centre, which opened in 1978, and asks Cabinet "
                 "to choose between three options for its future.", num="1.1"),
            Para("The centre received 412,000 visits in 2018/19 and costs the Council a net subsidy of £586,000 a year. It is "
                 "the only public swimming pool in the borough.", num="1.2"),
            Heading("2. Recommendations"),
            Para("That Cabinet:"),
            Para("approves Option B, a phased refurbishment of Brackenford Leisure Centre at an estimated capital cost of "
                 "£4.2 million;", num="2.1"),
            Para("recommends to Council that £4.2 million is added to the capital programme for 2019/20 and 2020/21, funded by "
                 "prudential borrowing of £3.1 million and a Sport England grant of £1.1 million, subject to a successful bid;",
                 num="2.2"),
            Para("agrees that the centre stays open during the works, with the main pool closed for no more than 16 weeks;",
                 num="2.3"),
            Para("delegates authority to the Director of Communities and Place, in consultation with the Portfolio Holder, to "
                 "extend the management contract with Ashvale Leisure Trust to 31 March 2024;", num="2.4"),
            Para("asks officers to report back on options for the centre’s long-term future, including a new-build facility, "
                 "no later than 2023.", num="2.5"),
            Heading("3. Reasons for recommendations"),
            Para("The building condition survey carried out by Harcourt Lyle Surveyors in February 2019 found that the plant room, "
                 "the pool tank lining and the roof over the sports hall are near the end of their working life.", num="3.1"),
            Para("Option B keeps swimming available in the town throughout the works and is expected to extend the life of the "
                 "building by around 15 years.", num="3.2"),
            Para("Public consultation in April and May 2019 received 1,146 responses; 87% of respondents said that keeping a "
                 "swimming pool in Brackenford was very important to them.", num="3.3"),
            Heading("4. Options considered"),
            Para("Three options were appraised against cost, risk of closure and the Council’s ambition to increase physical "
                 "activity. They are summarised below.", num="4.1"),
            options,
            Para("Closing the centre was also considered and ruled out, because the nearest alternative public pool, at Corve "
                 "Bridge, is 14 miles away and is not served by a direct bus route.", num="4.2"),
            Heading("5. Financial implications"),
            Para("The revenue cost of prudential borrowing of £3.1 million over 25 years is estimated at £176,000 a year. This "
                 "will be met from the Invest to Save Reserve for the first two years.", num="5.1"),
            Para("The refurbishment is expected to reduce energy costs by £48,000 a year and to increase income by £95,000 a "
                 "year by 2021/22, reducing the net subsidy to around £443,000.", num="5.2"),
            Para("A contingency of 12% (£450,000) is included in the estimated cost of £4.2 million.", num="5.3"),
            Heading("6. Legal implications"),
            Para("Clause 4.3 of the management agreement with Ashvale Leisure Trust allows the Council to extend the contract "
                 "once, for up to five years. The contract currently ends on 31 March 2020.", num="6.1"),
            Para("The works will be procured through the Three Counties Construction Framework, which complies with the Public "
                 "Contracts Regulations 2015.", num="6.2"),
            Heading("7. Risk"),
            Para("Costs may rise once the pool tank is opened up. This is managed through the contingency and a staged "
                 "approval of each phase.", num="7.1"),
            Para("If the Sport England bid is unsuccessful, the Council would need to borrow a further £1.1 million or reduce "
                 "the scope of the works to the plant room and pool tank only.", num="7.2"),
            Para("A longer closure of the main pool would affect swimming clubs and school swimming. Officers have agreed "
                 "temporary pool time at Corve Bridge for the Brackenford Otters Swimming Club.", num="7.3"),
            Heading("8. Background papers and appendices"),
            Bullets((
                "Brackenford Leisure Centre Condition Survey, Harcourt Lyle Surveyors, February 2019",
                "Appendix A: Summary of condition survey",
                "Appendix B: Consultation results",
                "Appendix C: Operator negotiations (exempt)",
            )),
        ),
    )


def leisure_2023() -> Doc:
    """Cabinet report, September 2023: in-house operation and decarbonisation (front-sheet table, other labels)."""
    front = FrontSheet((
        ("Meeting", "Cabinet"),
        ("Meeting date", "13 September 2023"),
        ("Report from", "Strategic Director - Place"),
        ("Cabinet Member", "Councillor Tomasz Wierzbicki, Cabinet Member for Leisure, Culture and Climate"),
        ("Key decision", "Yes"),
        ("Forward Plan ref", "FP/2023/058"),
        ("Wards", "Brackenford North; Brackenford South; Tillington; Hale End"),
        ("Exempt information", "None"),
        ("Contact", lines("Priya Ramanathan, Leisure and Wellbeing Manager", "Tel: 01632 960771",
                          "priya.ramanathan@ashcombe.gov.uk")),
        ("Author", "Priya Ramanathan"),
    ))
    performance = Table(
        ("Measure", "2018/19 (before refurbishment)", "2022/23"),
        (
            ("Visits", "412,000", "468,500"),
            ("Net subsidy", "£586,000", "£702,000"),
            ("Subsidy per visit", "£1.42", "£1.50"),
            ("Energy costs", "£214,000", "£391,000"),
            ("Children enrolled in swimming lessons", "1,180", "1,640"),
            ("Gym members", "2,050", "2,930"),
        ),
        widths=(0.46, 0.3, 0.24),
        caption="Table 1: Brackenford Leisure Centre performance",
    )
    return Doc(
        name="ashcombe-cabinet-2023-09-13-brackenford-leisure-centre.pdf",
        style="ashcombe",
        meta_title="Cabinet Report Template v4",
        author="Democratic Services",
        footer="Cabinet 13 September 2023 - Agenda item 7",
        blocks=(
            Council(COUNCIL),
            Subtitle("Agenda item 7"),
            Title("Brackenford Leisure Centre: Future Operating Model and Decarbonisation"),
            front,
            Para(FICTION, small=True),
            Heading("1. Purpose"),
            Para("In July 2019 Cabinet approved a phased refurbishment of Brackenford Leisure Centre and asked officers to report "
                 "back on the centre’s long-term future by 2023. This report responds to that request.", num="1.1"),
            Para("The refurbishment was completed in October 2021 at a final cost of £4.56 million, £360,000 above the approved "
                 "budget, mainly because of additional work to the pool tank.", num="1.2"),
            Heading("2. Recommendations"),
            Para("Cabinet is recommended to:"),
            Para("note the outcome of the 2019 to 2021 refurbishment and the centre’s performance since it reopened;", num="2.1"),
            Para("agree not to extend the Ashvale Leisure Trust contract beyond 31 March 2024 and to bring the management of "
                 "Brackenford Leisure Centre in-house from 1 April 2024;", num="2.2"),
            Para("approve a bid of £1.95 million to the Public Sector Decarbonisation Scheme to replace the gas boilers with air "
                 "source heat pumps and to install 220 kW of roof-mounted solar panels;", num="2.3"),
            Para("recommend to Full Council that £650,000 of match funding is added to the capital programme for 2024/25;",
                 num="2.4"),
            Para("ask the Strategic Director - Place to set up a Leisure Transition Board, chaired by the Cabinet Member, to "
                 "oversee the transfer of staff and services.", num="2.5"),
            Heading("3. Performance since 2019"),
            Para("Table 1 compares the last full year before the refurbishment with 2022/23, the first full year after it.",
                 num="3.1"),
            performance,
            Para("Usage has risen by 14% since before the refurbishment, but higher energy prices have pushed the net subsidy up "
                 "to £702,000 in 2022/23 instead of falling to the £443,000 forecast in 2019.", num="3.2"),
            Heading("4. Reasons for recommendations"),
            Para("Ashvale Leisure Trust has told the Council that it does not wish to bid for a new contract on the current "
                 "terms. A soft market test in spring 2023 attracted only one expression of interest.", num="4.1"),
            Para("Running the centre in-house is forecast to cost £38,000 a year more than a new external contract, but it gives "
                 "the Council direct control of energy use, pricing and programming.", num="4.2"),
            Para("Gas boilers produce 61% of the centre’s carbon emissions. Heat pumps and solar panels would cut emissions by an "
                 "estimated 540 tonnes of carbon dioxide equivalent a year.", num="4.3"),
            Heading("5. Options considered"),
            Para("Re-procure an external operator: rejected because of the weak market response.", num="5.1"),
            Para("Extend the Ashvale Leisure Trust contract again: not possible, because the single extension allowed by clause "
                 "4.3 was used in 2019.", num="5.2"),
            Para("Bring the service in-house: recommended.", num="5.3"),
            Para("Build a new leisure centre on the Tillington Road site: estimated at £14.8 million in 2019 and now at £21.3 "
                 "million. Rejected as unaffordable.", num="5.4"),
            Heading("6. Financial implications"),
            Para("The in-house service is budgeted at a net cost of £740,000 in 2024/25, including one-off transition costs of "
                 "£85,000.", num="6.1"),
            Para("The decarbonisation scheme costs £2.6 million in total: a grant of £1.95 million and Council match funding of "
                 "£650,000 from prudential borrowing. It is expected to save £96,000 a year in energy costs.", num="6.2"),
            Heading("7. Legal implications"),
            Para("About 74 staff (62 full-time equivalent) will transfer to the Council under the Transfer of Undertakings "
                 "(Protection of Employment) Regulations 2006 (TUPE).", num="7.1"),
            Para("The grant will be subject to the Public Sector Decarbonisation Scheme grant conditions, including completion of "
                 "works by 31 March 2025.", num="7.2"),
            Heading("8. Risk"),
            Para("If the grant bid is unsuccessful, officers will bring a revised scheme limited to the solar panels and "
                 "building management controls.", num="8.1"),
            Para("Pension costs for transferring staff are uncertain until the Local Government Pension Scheme actuary reports "
                 "in December 2023.", num="8.2"),
            Para("Customers may notice disruption around the transfer date. A communications plan and unchanged opening hours "
                 "will reduce this.", num="8.3"),
        ),
    )


REGISTER_ROWS = (
    ("CR01", "Funding gap in the Medium Term Financial Strategy is not closed, leading to unplanned cuts to services",
     "Mark Ellery, Chief Finance Officer", "4", "5", "20", "Increasing",
     "MTFS refreshed quarterly; savings tracker reviewed by Corporate Leadership Team; minimum General Fund balance of £3.5m"),
    ("CR02", "Cyber attack causes loss of key systems or data", "Lewis Okafor, Head of ICT", "4", "4", "16", "Stable",
     "Multi-factor authentication; annual penetration test; offline backups; staff phishing training"),
    ("CR03", "Transfer of Brackenford Leisure Centre to in-house management disrupts the service", "Anthony Bell, Strategic Director - Place",
     "2", "4", "8", "Decreasing", "Leisure Transition Board meets monthly; staff transfer completed on 1 April 2024"),
    ("CR04", "Demand for temporary accommodation exceeds supply and budget", "Nadia Kowalczyk, Head of Housing", "5", "4", "20",
     "Increasing", "Homelessness prevention fund; purchase of 24 homes for temporary accommodation; landlord incentive scheme"),
    ("CR05", "Unable to recruit and keep planning and environmental health staff", "Rosa Blakemore, Head of HR and Organisational Development",
     "3", "3", "9", "Stable", "Market supplements; career grade scheme; shared service with Corve District Council"),
    ("CR06", "Flooding in the River Ashe corridor damages homes and council assets", "Anthony Bell, Strategic Director - Place",
     "3", "4", "12", "Stable", "Multi-agency flood plan; Ashe Valley flood alleviation scheme; sandbag stores"),
    ("CR07", "Failure of the waste collection contractor", "Simon Achebe, Head of Environmental Services", "2", "5", "10",
     "Decreasing", "New contract with performance bond; monthly contract meetings; business continuity plan"),
    ("CR08", "Serious breach of data protection law", "Rachel Dunmore, Monitoring Officer", "3", "3", "9", "Stable",
     "Mandatory data protection training; Information Governance Board; breach reporting procedure"),
    ("CR09", "Local Plan is not adopted by December 2025, leaving the Council without a five-year housing land supply",
     "Anthony Bell, Strategic Director - Place", "4", "4", "16", "New risk",
     "Local Plan project board; extra examination budget of £120,000; early engagement with the Planning Inspectorate"),
    ("CR10", "Council buildings fail fire, legionella or asbestos compliance checks", "Jo Farrant, Head of Property", "2", "3", "6",
     "Decreasing", "Compliance database; annual audits by an external assessor; property condition programme"),
)


def risk_register() -> Doc:
    """Corporate risk register, Q1 2024/25 (landscape table with L, I, score and direction of travel)."""
    rows = tuple(r[:6] + (rag(int(r[5])),) + r[6:] for r in REGISTER_ROWS)
    table = Table(
        ("Risk ID", "Risk", "Owner", "L", "I", "Score", "RAG", "Direction of travel", "Controls"),
        rows,
        widths=(0.06, 0.22, 0.14, 0.035, 0.035, 0.05, 0.06, 0.09, 0.31),
        rag_col=6,
    )
    return Doc(
        name="ashcombe-corporate-risk-register-2024-q1.pdf",
        style="ashcombe-register",
        meta_title="Risk Register Export (Pentana)",
        author="Corporate Performance Team",
        footer="Ashcombe Borough Council Corporate Risk Register Q1 2024/25",
        landscape=True,
        blocks=(
            Council("Ashcombe Borough Council"),
            Title("Corporate Risk Register: Quarter 1 2024/25"),
            Subtitle("Reported to the Audit and Governance Committee, 23 July 2024"),
            Para(FICTION, small=True),
            Para("Risks are scored by multiplying likelihood (L) by impact (I), each on a scale of 1 to 5. A score of 15 or more "
                 "is red, 8 to 12 is amber and 6 or less is green. Direction of travel compares the score with the previous "
                 "quarter."),
            table,
            Heading("Changes since Quarter 4 2023/24", 2),
            Bullets((
                "CR09 (Local Plan adoption) has been added as a new risk following the delay to the examination hearings.",
                "CR03 has fallen from 12 to 8 now that the Brackenford Leisure Centre staff transfer is complete.",
                "CR07 has fallen from 15 to 10 following the start of the new waste collection contract in April 2024.",
                "CR11 (Brackenford decarbonisation grant) has been closed because the grant was awarded in January 2024.",
            )),
            Heading("Risk appetite", 2),
            Para("The Council has a low appetite for risks to health and safety, safeguarding and legal compliance, and a moderate "
                 "appetite for risks taken to deliver regeneration and income growth. Red risks are reviewed monthly by the "
                 "Corporate Leadership Team."),
        ),
    )


def rag(score: int) -> str:
    """Red/Amber/Green for a 5x5 risk score."""
    return "Red" if score >= 15 else "Amber" if score >= 8 else "Green"


PRESENT = (
    "Councillors Janet Hollis (Mayor, in the Chair), Omar Abara, Colin Ashworth, Beverley Barrow, Ravi Chaudhry, Helen Cotterill, "
    "Eleanor Fitch, Sandra Greaves, Martin Hale, Imran Hussain, Trevor Jago, Kathleen Jones, Peter Kirkby, Amanda Lomax, "
    "Graham Lund, Sunita Mistry, Margaret Oyelaran, Lucy Penhaligon, David Quarrie, Fiona Rees, Adrian Sells, Brian Tolley, "
    "Carol Underwood, Nathan Vickers, Tomasz Wierzbicki, Ruth Wilde, Alan Yates, Derek Young, Paula Zeller and Keith Ormerod"
)


def council_minutes() -> Doc:
    """Full Council minutes, 27 September 2023 (HTML): attendance, declarations, an amendment carried on a vote."""
    return Doc(
        name="ashcombe-council-minutes-2023-09-27.html",
        style="ashcombe-minutes",
        meta_title="Printable minutes - modern.gov",
        author="Democratic Services",
        footer="Ashcombe Borough Council, Town Hall, Market Place, Ashcombe. Minutes published 4 October 2023.",
        blocks=(
            Council("Ashcombe Borough Council"),
            Title("Minutes of the meeting of Full Council"),
            Subtitle("Held on Wednesday 27 September 2023 at 7.00 pm in the Council Chamber, Ashcombe Town Hall"),
            Para(FICTION, small=True),
            Para(PRESENT + ".", label="Present:"),
            Para("Sarah Thwaite (Chief Executive), Rachel Dunmore (Monitoring Officer), Mark Ellery (Chief Finance Officer), "
                 "Anthony Bell (Strategic Director - Place) and Kieran Lowe (Democratic Services Manager).", label="Officers present:"),
            Heading("28. Apologies for absence"),
            Para("Apologies for absence were received from Councillors Parminder Nandra, Susan Whitcombe and Gordon Rourke."),
            Heading("29. Declarations of interest"),
            Para("Councillor Eleanor Fitch declared a non-registrable interest in item 33 as a member of the board of Ashvale "
                 "Leisure Trust. She left the chamber for that item and took no part in the debate or vote."),
            Para("Councillor Omar Abara declared that he is a member of the Brackenford Otters Swimming Club. This was not a "
                 "disclosable interest and he remained in the meeting."),
            Heading("30. Minutes"),
            Para("RESOLVED that the minutes of the meeting held on 19 July 2023 be approved as a correct record and signed by the "
                 "Mayor."),
            Heading("31. Mayor’s announcements"),
            Para("The Mayor thanked everyone who had supported her charity appeal for the Ashe Valley Foodbank, which had raised "
                 "£6,420 so far, and reminded members of the Civic Service at St Aldhelm’s Church on 15 October 2023."),
            Heading("32. Questions from the public"),
            Para("Mr Colin Agnew asked whether the swimming timetable at Brackenford Leisure Centre would change when the centre "
                 "came under council management. Councillor Wierzbicki replied that the public swimming timetable would not "
                 "change on 1 April 2024 and that any later changes would be consulted on with users."),
            Heading("33. Brackenford Leisure Centre: capital programme addition"),
            Para("Council considered the recommendation of Cabinet of 13 September 2023 to add match funding for the Brackenford "
                 "Leisure Centre decarbonisation scheme to the capital programme. Councillor Wierzbicki moved the recommendation "
                 "and Councillor Oyelaran seconded it."),
            Para("An amendment moved by Councillor Lucy Penhaligon and seconded by Councillor Ravi Chaudhry, to add a new "
                 "paragraph (c) guaranteeing free swimming for under-16s during school holidays in 2024/25, was carried "
                 "(For 17, Against 10, Abstentions 2)."),
            Para("The substantive motion, as amended, was then put to the vote and carried (For 26, Against 0, Abstentions 3)."),
            Para("RESOLVED that:"),
            Bullets((
                "£650,000 be added to the capital programme for 2024/25 as match funding for the Public Sector Decarbonisation "
                "Scheme bid for Brackenford Leisure Centre;",
                "the match funding be financed from prudential borrowing; and",
                "free swimming be provided for under-16s at Brackenford Leisure Centre during school holidays in 2024/25, funded "
                "from the Leisure Reserve up to a maximum of £40,000.",
            ), marker="a"),
            Heading("34. Motion on notice: pavement parking"),
            Para("Councillor Sandra Greaves moved and Councillor Martin Hale seconded the following motion, which was carried "
                 "(For 22, Against 6, Abstentions 2)."),
            Para("RESOLVED that the Chief Executive writes to the Secretary of State for Transport asking for the Council to be "
                 "given powers to enforce against pavement parking, and that the Council’s two Members of Parliament be asked "
                 "to support the request."),
            Heading("35. Appointments to outside bodies"),
            Para("RESOLVED that Councillor Ravi Chaudhry be appointed to the Ashe Valley Rivers Trust in place of Councillor "
                 "Gordon Rourke for the remainder of the municipal year."),
            Para("The meeting closed at 9.12 pm."),
            Para("Mayor ........................................  Date ....................", small=True),
        ),
    )


KPIS = (
    ("KPI01", "Household waste sent for reuse, recycling and composting", "52%", "48.6%", "Amber", "Improving"),
    ("KPI02", "Average days to process new Housing Benefit claims", "20 days", "17.4 days", "Green", "Improving"),
    ("KPI03", "Major planning applications decided within 13 weeks", "70%", "58%", "Red", "Worsening"),
    ("KPI04", "Households in temporary accommodation (end of quarter)", "85", "131", "Red", "Worsening"),
    ("KPI05", "Council tax collected, year to date", "56.5%", "56.9%", "Green", "Stable"),
    ("KPI06", "Visits to Brackenford Leisure Centre in the quarter", "120,000", "127,340", "Green", "Improving"),
    ("KPI07", "Working days lost to sickness per FTE (rolling 12 months)", "8.5", "9.8", "Amber", "Worsening"),
    ("KPI08", "Fly-tipping incidents cleared within 3 working days", "95%", "96.2%", "Green", "Stable"),
    ("KPI09", "Stage 1 complaints answered within 10 working days", "90%", "74%", "Red", "Worsening"),
)


def performance_q2() -> Doc:
    """Quarter 2 2024/25 performance report to Cabinet (DOCX): KPI table with RAG and exception commentary."""
    return Doc(
        name="ashcombe-performance-report-2024-25-q2.docx",
        style="ashcombe-docx",
        meta_title="Q2 KPI pack",
        author="Corporate Performance Team",
        blocks=(
            Council(COUNCIL),
            Title("Corporate Performance Report: Quarter 2 2024/25"),
            FrontSheet((
                ("Report to", "Cabinet"),
                ("Date of meeting", "13 November 2024"),
                ("Report of", "Assistant Director - Strategy and Performance"),
                ("Portfolio Holder", "Councillor Fiona Rees, Portfolio Holder for Resources and Performance"),
                ("Key Decision", "No"),
                ("Contact officer", "Leanne Forsyth, Performance and Insight Manager, 01632 960255, leanne.forsyth@ashcombe.gov.uk"),
            ), layout="lines"),
            Para(FICTION, small=True),
            Heading("1. Summary"),
            Para("This report covers July to September 2024. Of the nine corporate indicators, four are green, two are amber "
                 "and three are red. Council tax collection and Housing Benefit processing remain strong.", num="1.1"),
            Para("Cabinet is asked to note performance for the quarter and the actions being taken on the three red "
                 "indicators.", num="1.2"),
            Heading("2. Key performance indicators"),
            Table(("Ref", "Indicator", "Target", "Q2 actual", "RAG", "Trend since Q1"), KPIS,
                  widths=(0.08, 0.44, 0.12, 0.12, 0.1, 0.14)),
            Heading("3. Exception reports for red indicators"),
            Heading("KPI03 Major planning applications", 2),
            Para("Two large applications on the Tillington Road site needed extended negotiation on Section 106 contributions. "
                 "Both have now been decided and performance is expected to return to target in Quarter 3."),
            Heading("KPI04 Temporary accommodation", 2),
            Para("Demand has continued to rise, mainly because of private landlords selling up. The Council has bought 11 of the "
                 "24 homes planned for temporary accommodation; the rest will be purchased by March 2025."),
            Heading("KPI09 Complaints", 2),
            Para("A backlog built up after the move to a new customer relationship management system in July. Two temporary "
                 "complaints officers have been appointed and the backlog is expected to clear by December 2024."),
            Heading("4. Other highlights"),
            Bullets((
                "Brackenford Leisure Centre came under council management on 1 April 2024; swimming lesson enrolments reached "
                "1,802 in September 2024.",
                "The heat pump and solar panel works at Brackenford Leisure Centre started on site on 2 September 2024.",
                "The Council’s new waste collection contract has reduced missed bins to 38 per 100,000 collections.",
                "Sickness absence remains above target; a wellbeing action plan was agreed with the trade unions in August.",
            )),
        ),
    )


def docs() -> list[Doc]:
    """All Ashcombe documents."""
    return [leisure_2019(), leisure_2023(), risk_register(), council_minutes(), performance_q2()]
