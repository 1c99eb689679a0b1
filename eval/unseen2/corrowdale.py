"""Corrowdale District Council (fictional): car parking Cabinet report, two Kilnworth highlight reports, a Leader's decision."""

from __future__ import annotations

from eval.councils.model import FICTION, Bullets, Council, Doc, FrontSheet, Heading, Para, Subtitle, Table, Title

COUNCIL = "Corrowdale District Council"


def parking_report() -> Doc:
    """Cabinet report: 'Label: value' front sheet, lettered recommendations (a)-(e), a tariff table."""
    blocks = [
        Council(COUNCIL),
        Title("Town Centre Car Parking: Tariffs and Payment Machines"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Report to", "Cabinet"),
            ("Date of meeting", "23 September 2025"),
            ("Portfolio Holder", "Councillor Bethan Achterberg, Portfolio Holder for Economy and Town Centres"),
            ("Report of", "Lorcan Feeney, Head of Economy and Place"),
            ("Wards affected", "Abbeygate, Riverside and Tanyard"),
            ("Key Decision", "Yes (Forward Plan reference KD 2025/14)"),
            ("Confidential", "No"),
            ("Contact Officer", "Lorcan Feeney, 01632 960772, lorcan.feeney@corrowdale.example"),
        ), layout="lines"),
        Heading("1. Summary", 1),
        Para("Parking charges in the council's five town centre car parks have not changed since April 2021. This report "
             "proposes modest increases from January 2026, free parking after 3pm on weekdays at two car parks to support "
             "the town centre, and the replacement of the ageing pay-and-display machines."),
        Heading("2. Recommendations", 1),
        Para("Cabinet is recommended to:"),
        *(Para(text, num=f"({letter})") for letter, text in zip("abcde", (
            "approve the revised tariffs set out in the table at section 4, to take effect from 5 January 2026;",
            "introduce free parking after 3pm on weekdays at Tanyard Street and Abbeygate car parks;",
            "approve the replacement of 38 pay-and-display machines with card and phone payment machines at a cost of "
            "£186,000 from the capital programme;",
            "agree that three free parking Saturdays be offered in December 2025, subject to a decision by the Leader on "
            "funding the lost income;",
            "delegate authority to the Head of Economy and Place, in consultation with the Portfolio Holder, to make the "
            "necessary amendments to the Off-Street Parking Places Order.",
        ))),
        Heading("3. Background", 1),
        Para("The council owns eleven car parks with 1,740 spaces. The five town centre car parks in Corrowdale have 1,162 "
             "spaces and produced income of £1.38 million in 2024/25. The six car parks in the villages and at "
             "countryside sites are free and are not affected by this report.", num="3.1"),
        Para("Average occupancy in the town centre car parks is 64% on weekdays and 81% on Saturdays. Occupancy after 3pm "
             "on weekdays falls to 38% at Tanyard Street and 41% at Abbeygate.", num="3.2"),
        Para("The pay-and-display machines were installed in 2012. Spare parts are no longer made, and 11 of the 38 "
             "machines cannot accept contactless cards.", num="3.3"),
        Heading("4. Proposed tariffs", 1),
        Table(("Car park", "Spaces", "Current 1 hour", "Proposed 1 hour", "Current all day", "Proposed all day"), (
            ("Abbeygate", "312", "£1.20", "£1.40", "£6.00", "£6.50"),
            ("Tanyard Street", "184", "£1.20", "£1.40", "£6.00", "£6.50"),
            ("Riverside Long Stay", "420", "£0.90", "£1.00", "£4.00", "£4.50"),
            ("Mill Street", "96", "£1.50", "£1.80", "£7.00", "£8.00"),
            ("Kilnworth Road", "150", "£0.80", "£0.90", "£3.50", "£4.00"),
        )),
        Para("Season tickets for Riverside Long Stay will rise from £420 to £460 a year. Blue Badge holders will continue to "
             "park free of charge in all council car parks."),
        Heading("5. Consultation", 1),
        Para("An online survey ran from 1 to 29 July 2025 and received 1,146 responses. 52% agreed that charges should rise "
             "with inflation if the money is spent on the town centre; 77% supported free parking after 3pm. The Corrowdale "
             "Chamber of Trade supports the proposals.", num="5.1"),
        Heading("6. Financial implications", 1),
        Para("The new tariffs are forecast to raise additional income of £214,000 a year, after allowing for a 3% fall in "
             "use. Free parking after 3pm will cost an estimated £41,000 a year in lost income.", num="6.1"),
        Para("The replacement machines will cost £186,000, funded from the capital programme, and will save £23,000 a year "
             "in cash collection costs.", num="6.2"),
        Heading("7. Alternative options considered", 1),
        Para("Leaving tariffs unchanged was rejected because income would not keep pace with the cost of maintaining the "
             "car parks. A move to phone-only payment was rejected because 29% of survey respondents said they could not "
             "or would not pay by phone.", num="7.1"),
        Heading("8. Legal implications", 1),
        Para("Changes to tariffs require a notice of variation of the Off-Street Parking Places Order, with 21 days' "
             "notice to the public.", num="8.1"),
    ]
    return Doc("corrowdale-cabinet-2025-09-23-town-centre-parking.docx", tuple(blocks), "corrowdale-report",
               meta_title="Town Centre Car Parking", author="Economy and Place")


def highlight_2025() -> Doc:
    """Project highlight report: overall status, milestones with planned/revised dates, issues log, finance."""
    money = (
        ("Design and professional fees", "£1,850,000", "£1,610,000", "£1,920,000", "£70,000"),
        ("Construction contract", "£19,900,000", "£7,480,000", "£20,380,000", "£480,000"),
        ("Ground remediation", "£300,000", "£540,000", "£610,000", "£310,000"),
        ("Fit-out and equipment", "£1,250,000", "£0", "£1,250,000", "£0"),
        ("Contingency", "£1,300,000", "£0", "£1,190,000", "-£110,000"),
        ("Total", "£24,600,000", "£9,630,000", "£25,350,000", "£750,000"),
    )
    blocks = [
        Council(COUNCIL.upper()),
        Title("Kilnworth Leisure Centre Replacement: Project Highlight Report"),
        Subtitle("Reporting period: 1 to 31 October 2025. Project Board, 12 November 2025"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Project", "Kilnworth Leisure Centre Replacement"),
            ("Senior Responsible Owner", "Grace Olumide, Director of Communities"),
            ("Project Manager", "Declan Ashby"),
            ("Main contractor", "Halden Construction Ltd"),
            ("Overall status", "AMBER (previous period: Green)"),
            ("Approved budget", "£24.6 million"),
        )),
        Heading("Summary of the period", 1),
        Para("The steel frame is three months behind programme because of late steel deliveries, and the opening of the new "
             "centre has been moved from March 2027 to June 2027. The forecast outturn is £25.35 million, £750,000 over the "
             "approved budget. The overall status has therefore moved from Green to Amber."),
        Para("The new centre will have an 8-lane 25-metre pool, a learner pool, a 100-station gym and a four-court sports "
             "hall. The existing centre stays open until the new one opens."),
        Heading("Status by area", 1),
        Table(("Area", "Status", "Comment"), (
            ("Time", "Red", "Opening moved to June 2027"),
            ("Cost", "Amber", "Forecast £750,000 over budget"),
            ("Quality", "Green", "No defects of note"),
            ("Scope", "Green", "No change"),
            ("Risk", "Amber", "Two open issues"),
        ), rag_col=1, widths=(0.2, 0.15, 0.65)),
        Heading("Key milestones", 1),
        Table(("Milestone", "Planned date", "Revised date", "Status"), (
            ("Planning permission granted", "June 2024", "August 2024", "Complete"),
            ("Main contractor appointed", "November 2024", "January 2025", "Complete"),
            ("Old sports hall demolished", "March 2025", "April 2025", "Complete"),
            ("Steel frame complete", "September 2025", "December 2025", "Slipped"),
            ("Building watertight", "March 2026", "June 2026", "At risk"),
            ("Pool tank filled and tested", "July 2026", "October 2026", "At risk"),
            ("Handover from contractor", "January 2027", "April 2027", "At risk"),
            ("Centre opens to the public", "March 2027", "June 2027", "At risk"),
        ), widths=(0.4, 0.2, 0.2, 0.2)),
        Heading("Issues log", 1),
        Table(("Ref", "Issue", "Impact", "Owner", "Action", "Status"), (
            ("I-07", "Late delivery of steelwork", "Frame three months late", "Halden Construction",
             "Second fabricator engaged for the roof trusses", "Open"),
            ("I-08", "Asbestos in made ground under the old car park", "Extra cost of £310,000", "Declan Ashby",
             "Removal completed 19 September 2025", "Closed"),
            ("I-09", "Grid connection for the heat pumps delayed", "Energy centre commissioning may slip", "Grace Olumide",
             "Escalated to the network operator; temporary generator being priced", "Open"),
        ), widths=(0.07, 0.2, 0.18, 0.15, 0.3, 0.1), font_size=8),
        Heading("Finance", 1),
        Table(("Budget line", "Budget", "Actual to date", "Forecast", "Variance"), money,
              widths=(0.32, 0.17, 0.17, 0.17, 0.17)),
        Para("Funding: prudential borrowing £18.2 million, capital receipts £3.9 million and a Sport and Wellbeing Fund "
             "grant of £2.5 million. The forecast overspend has no funding yet."),
        Heading("Decisions required from the Project Board", 1),
        Bullets((
            "Approve a drawdown of £110,000 from contingency for additional piling.",
            "Note the revised opening date of June 2027.",
            "Agree that the forecast overspend of £750,000 is reported to Cabinet in December 2025.",
        ), marker="1"),
        Heading("Next period", 1),
        Para("Complete the roof steel, start the pool tank pour, and agree a recovery programme with Halden Construction."),
    ]
    return Doc("corrowdale-kilnworth-highlight-report-2025-10.pdf", tuple(blocks), "corrowdale-highlight",
               meta_title="Kilnworth Leisure Centre Highlight Report October 2025", author="Project Management Office",
               footer="Kilnworth Leisure Centre Replacement - Highlight Report")


def highlight_2024() -> Doc:
    """The same project's highlight report a year earlier, as a web page."""
    blocks = [
        Council(COUNCIL.upper()),
        Title("Kilnworth Leisure Centre Replacement: Project Highlight Report"),
        Subtitle("Reporting period: 1 to 31 October 2024. Project Board, 13 November 2024"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Project", "Kilnworth Leisure Centre Replacement"),
            ("Senior Responsible Owner", "Grace Olumide, Director of Communities"),
            ("Project Manager", "Sunita Rao"),
            ("Preferred bidder", "Halden Construction Ltd"),
            ("Overall status", "GREEN (previous period: Green)"),
            ("Approved budget", "£23.9 million"),
        ), layout="dl"),
        Heading("Summary of the period", 1),
        Para("Planning permission was granted on 14 August 2024, two months later than planned, after a highways objection "
             "was resolved. Halden Construction was chosen as preferred bidder on 28 October 2024; the contract award is now "
             "expected in January 2025. The centre is still expected to open in March 2027 and the project remains within "
             "its approved budget of £23.9 million."),
        Heading("Key milestones", 1),
        Table(("Milestone", "Planned date", "Revised date", "Status"), (
            ("Planning permission granted", "June 2024", "August 2024", "Complete"),
            ("Main contractor appointed", "November 2024", "January 2025", "Amber"),
            ("Old sports hall demolished", "March 2025", "March 2025", "On track"),
            ("Steel frame complete", "September 2025", "September 2025", "On track"),
            ("Centre opens to the public", "March 2027", "March 2027", "On track"),
        )),
        Heading("Issues log", 1),
        Table(("Ref", "Issue", "Impact", "Owner", "Action", "Status"), (
            ("I-04", "Highways objection to the new access", "Two-month delay to planning", "Sunita Rao",
             "Revised junction design agreed", "Closed"),
            ("I-05", "Tender prices above the cost plan", "Possible pressure on budget", "Grace Olumide",
             "Value engineering saved £640,000", "Closed"),
        )),
        Heading("Finance", 1),
        Table(("Budget line", "Budget", "Actual to date", "Forecast", "Variance"), (
            ("Design and professional fees", "£1,850,000", "£1,120,000", "£1,850,000", "£0"),
            ("Construction contract", "£19,500,000", "£0", "£19,500,000", "£0"),
            ("Fit-out and equipment", "£1,250,000", "£0", "£1,250,000", "£0"),
            ("Contingency", "£1,300,000", "£0", "£1,300,000", "£0"),
            ("Total", "£23,900,000", "£1,120,000", "£23,900,000", "£0"),
        ), caption="Capital budget, October 2024"),
        Para("Funding: prudential borrowing £17.5 million, capital receipts £3.9 million and a Sport and Wellbeing Fund "
             "grant of £2.5 million."),
        Heading("Decisions required from the Project Board", 1),
        Bullets(("Note the appointment of Halden Construction as preferred bidder.",
                 "Agree to recommend the contract award to Cabinet in December 2024."), marker="1"),
    ]
    return Doc("corrowdale-kilnworth-highlight-report-2024-10.html", tuple(blocks), "corrowdale-web",
               meta_title="Kilnworth Leisure Centre Highlight Report October 2024", footer="Corrowdale District Council")


def leader_decision() -> Doc:
    """A Leader's decision notice in plain text, with reasons, alternatives and a call-in deadline."""
    blocks = [
        Council(COUNCIL.upper()),
        Title("Record of Executive Decision by the Leader of the Council"),
        Para(FICTION),
        FrontSheet((
            ("Decision reference", "LD 2025/11"),
            ("Decision taker", "Councillor Owain Tredegar, Leader of the Council"),
            ("Date of decision", "14 November 2025"),
            ("Subject", "Free parking Saturdays in December 2025"),
            ("Key decision", "No"),
            ("Officer contact", "Lorcan Feeney, Head of Economy and Place"),
        )),
        Heading("Decision", 1),
        Para("To offer free parking all day on Saturday 6, Saturday 13 and Saturday 20 December 2025 in the five town centre "
             "car parks, and to fund the lost parking income, estimated at £27,600, from the Town Centre Recovery Reserve."),
        Heading("Reasons for the decision", 1),
        Para("Cabinet agreed on 23 September 2025 that three free parking Saturdays should be offered in December 2025, "
             "subject to a decision by the Leader on funding. Town centre footfall on December Saturdays fell by 9% between "
             "2023 and 2024, and the Corrowdale Chamber of Trade asked for free parking to support traders. The Town "
             "Centre Recovery Reserve has an uncommitted balance of £118,000."),
        Heading("Alternative options considered and rejected", 1),
        Bullets((
            "Free parking every day in December: rejected because the lost income, about £96,000, would use most of the reserve.",
            "Free parking after 3pm only on December Saturdays: rejected as giving too little benefit to shoppers.",
            "No free parking: rejected because of the support for the Chamber of Trade's request.",
        )),
        Heading("Financial implications", 1),
        Para("The estimate of £27,600 is based on Saturday income in the five town centre car parks in December 2024, "
             "adjusted for the new tariffs that take effect on 5 January 2026 (which do not apply in December). After this "
             "decision the uncommitted balance of the Town Centre Recovery Reserve will be £90,400."),
        Heading("Legal implications", 1),
        Para("The Off-Street Parking Places Order allows the council to suspend charges on specified days by public notice. "
             "Notices will be posted in each car park and on the council's website at least seven days before each date."),
        Heading("Equality implications", 1),
        Para("Blue Badge holders already park free of charge. The decision has no negative effect on any group with a "
             "protected characteristic."),
        Heading("Consultation", 1),
        Para("The Portfolio Holder for Economy and Town Centres, the Chief Finance Officer and the Corrowdale Chamber of "
             "Trade were consulted."),
        Heading("Conflicts of interest", 1),
        Para("None declared. No dispensation granted."),
        Heading("Call-in", 1),
        Para("This decision will come into force, and may be implemented, at 5pm on 21 November 2025 unless it is called in "
             "by five members of the Overview and Scrutiny Committee before then."),
        Para("Published 14 November 2025 by Democratic Services, Corrowdale District Council, telephone 01632 960700."),
    ]
    return Doc("corrowdale-leader-decision-2025-11-14-free-parking.txt", tuple(blocks), "corrowdale-txt")


def docs() -> list[Doc]:
    """Corrowdale's four documents."""
    return [parking_report(), highlight_2025(), highlight_2024(), leader_decision()]
