"""Strathgowan Council (fictional, Scotland): council plan (Outcome -> Ambition -> Actions table), programme status
reports a year apart (TXT, DOCX) with a Blue/Green/Amber/Red key and arrows, and a Policy and Resources Committee
report in boxed Title / Purpose / Recommendations sections with capital headings."""

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
)

COUNCIL = "STRATHGOWAN COUNCIL"

# (outcome number, outcome, ambitions: (ref, ambition, actions: (action, lead service, by when)))
OUTCOMES = (
    ("1", "Our children and young people get the best start", (
        ("1a", "Close the poverty-related attainment gap", (
            ("Extend the Balmorrie Family Learning Centre model to four more primary schools", "Education and Learning",
             "August 2026"),
            ("Provide free school meals to every pupil in P1 to P7", "Education and Learning", "August 2025"),
        )),
        ("1b", "Every young person leaves school for a positive destination", (
            ("Guarantee every school leaver a place on the Strathgowan Young Workforce scheme", "Economic Development",
             "June 2025"),
            ("Open a Foundation Apprenticeship centre at Kirkhallow Academy", "Education and Learning", "August 2027"),
        )),
    )),
    ("2", "Our places are thriving, green and connected", (
        ("2a", "Regenerate the Kirkhallow waterfront", (
            ("Complete phase 1 of the Kirkhallow Waterfront Programme: harbour wall and promenade", "Place", "March 2026"),
            ("Open the Kirkhallow Maritime Hub", "Place", "December 2027"),
            ("Build an active travel link between Kirkhallow and Balmorrie", "Roads and Transportation", "March 2027"),
        )),
        ("2b", "Reach net zero and tackle fuel poverty", (
            ("Retrofit 900 council homes to EPC band C", "Housing", "March 2028"),
            ("Install heat pumps in 25 council buildings", "Property", "March 2027"),
        )),
    )),
    ("3", "People live healthier and more independent lives", (
        ("3a", "Shift the balance of care towards home and community", (
            ("Reduce delayed discharges from hospital to fewer than 20 a month, with the Integration Joint Board",
             "Health and Social Care Partnership", "March 2026"),
            ("Double the number of people using telecare to 3,600", "Health and Social Care Partnership", "March 2027"),
        )),
    )),
    ("4", "A council that listens and spends well", (
        ("4a", "Digital first, never digital only", (
            ("Move 80 per cent of council tax transactions online", "Customer Services", "March 2026"),
            ("Keep a staffed service point in every locality", "Customer Services", "Ongoing"),
        )),
        ("4b", "Balance the budget every year", (
            ("Deliver £24 million of savings through the Strathgowan Change Programme", "Finance", "March 2028"),
        )),
    )),
)


def council_plan() -> Doc:
    """Council Plan 2023-2028 (HTML): Outcome -> Ambition -> Actions table."""
    blocks: list = [
        Council(COUNCIL),
        Title("Council Plan 2023-2028: A Fairer, Greener Strathgowan"),
        Subtitle("Approved by the Council on 28 September 2023"),
        Para(FICTION, small=True),
        Heading("Introduction"),
        Para("This plan sets out four outcomes for Strathgowan, the ambitions under each outcome, and the actions the "
             "council will take to achieve them. It is our contribution to the Strathgowan Community Planning Partnership's "
             "Local Outcomes Improvement Plan. Progress is reported each year to the Policy and Resources Committee."),
        Para("Councillor Morag Lindores, Leader of the Council; Struan McKerracher, Chief Executive", small=True),
        Heading("Our values"),
        Bullets(("Fair", "Ambitious", "Respectful", "Accountable")),
    ]
    for num, outcome, ambitions in OUTCOMES:
        blocks.append(Heading(f"OUTCOME {num}: {outcome.upper()}"))
        for ref, ambition, actions in ambitions:
            blocks.append(Heading(f"Ambition {ref}: {ambition}", level=2))
            blocks.append(Table(("Actions", "Lead service", "By when"), actions, caption=f"Actions for ambition {ref}"))
    blocks += [
        Heading("Delivering the plan"),
        Para("The Corporate Management Team owns the plan. Each action has a lead service and a target date; actions that "
             "fall behind are reported by exception to the Policy and Resources Committee."),
    ]
    return Doc("strathgowan-council-plan-2023-2028.html", tuple(blocks), "strathgowan-plan",
               meta_title="Strathgowan Council Plan 2023-2028", footer="Strathgowan Council, Council Headquarters, Balmorrie")


STATUS_KEY = "Status key: Blue = complete; Green = on schedule; Amber = behind schedule, recoverable; Red = behind schedule, " \
             "intervention needed. Direction: \u2191 improving, \u2192 unchanged, \u2193 worsening."


def status_2024() -> Doc:
    """Kirkhallow Waterfront Programme status report, Q2 2024/25 (TXT)."""
    blocks = (
        Council(COUNCIL),
        Title("Kirkhallow Waterfront Programme: Programme Status Report"),
        Subtitle("Quarter 2 2024/25 (July to September 2024). For the Programme Board, 15 October 2024."),
        Para(FICTION),
        FrontSheet((
            ("Senior Responsible Owner", "Ailsa Drummond, Executive Director of Place"),
            ("Programme Manager", "Lachlan Moncur"),
            ("Overall status", "Green \u2192"),
            ("Programme budget", "£26.1 million"),
        )),
        Para(STATUS_KEY),
        Heading("Projects"),
        Table(("Project", "Status", "Direction", "Commentary"), (
            ("P1 Harbour wall repairs", "Amber", "\u2193", "Behind schedule: storm damage in August 2024 added six weeks; "
             "completion now forecast for June 2025"),
            ("P2 Promenade and public realm", "Green", "\u2192", "Detailed design approved; contractor appointed"),
            ("P3 Kirkhallow Maritime Hub", "Green", "\u2192", "Planning application to be submitted in spring 2025"),
            ("P4 Active travel link to Balmorrie", "Amber", "\u2192", "Two of five landowners have agreed terms"),
            ("P5 Glenvarrow Burn flood defences", "Green", "\u2191", "Scottish Government flood grant confirmed"),
        )),
        Heading("Budget"),
        Table(("Budget line", "Approved budget £000", "Spend to date £000", "Forecast outturn £000"), (
            ("Harbour wall repairs", "6,200", "3,900", "6,450"),
            ("Promenade and public realm", "5,800", "400", "5,800"),
            ("Kirkhallow Maritime Hub", "9,300", "600", "9,300"),
            ("Active travel link", "2,400", "150", "2,400"),
            ("Flood defences", "2,400", "700", "2,150"),
            ("Programme total", "26,100", "5,750", "26,100"),
        )),
        Heading("Decisions required"),
        Bullets(("Note that the harbour wall overspend of £250,000 is offset by savings on the flood defences.",)),
    )
    return Doc("strathgowan-kirkhallow-waterfront-status-2024-q2.txt", blocks, "strathgowan-txt")


def status_2025() -> Doc:
    """The same report a year later (DOCX): Amber and worsening, a new programme manager, a budget increase needed."""
    blocks = (
        Council(COUNCIL),
        Title("Kirkhallow Waterfront Programme: Programme Status Report"),
        Subtitle("Quarter 2 2025/26 (July to September 2025). For the Programme Board, 14 October 2025."),
        Para(FICTION, small=True),
        Table(("Senior Responsible Owner", "Programme Manager", "Overall status", "Programme budget"), (
            ("Ailsa Drummond, Executive Director of Place", "Isla Tulloch (from 1 April 2025)", "Amber \u2193",
             "£27.4 million"),
        )),
        Para(STATUS_KEY, small=True),
        Heading("Summary"),
        Para("The harbour wall was completed on 30 June 2025 and the Maritime Hub has planning consent. The promenade is 10 "
             "weeks behind schedule and the active travel link is Red because the last two landowners have not agreed "
             "terms. The forecast outturn is £28.15 million, £750,000 over the approved budget."),
        Heading("Projects"),
        Table(("Project", "Status", "Direction", "Commentary"), (
            ("P1 Harbour wall repairs", "Blue", "\u2191", "Completed 30 June 2025"),
            ("P2 Promenade and public realm", "Amber", "\u2193", "Behind schedule by 10 weeks because of a delay in the "
             "supply of granite paving; completion now forecast for June 2026"),
            ("P3 Kirkhallow Maritime Hub", "Green", "\u2191", "Planning consent granted on 19 August 2025; tender "
             "issued"),
            ("P4 Active travel link to Balmorrie", "Red", "\u2193", "Negotiations with the owners of Balmorrie Farm have "
             "stalled; a compulsory purchase order is recommended to the Policy and Resources Committee"),
            ("P5 Glenvarrow Burn flood defences", "Green", "\u2192", "Works 60 per cent complete"),
        )),
        Heading("Budget"),
        Table(("Budget line", "Approved budget £000", "Spend to date £000", "Forecast outturn £000", "Variance £000"), (
            ("Harbour wall repairs", "6,450", "6,430", "6,430", "(20)"),
            ("Promenade and public realm", "5,800", "2,100", "6,320", "520"),
            ("Kirkhallow Maritime Hub", "10,600", "1,100", "10,600", "0"),
            ("Active travel link", "2,400", "300", "2,650", "250"),
            ("Flood defences", "2,150", "1,300", "2,150", "0"),
            ("Programme total", "27,400", "11,230", "28,150", "750"),
        )),
        Heading("Top risks"),
        Table(("Risk", "Owner", "Rating"), (
            ("Compulsory purchase is delayed by objections, pushing the active travel link past March 2027", "Isla Tulloch",
             "High"),
            ("Maritime Hub tenders come in above the £10.6 million budget", "Ailsa Drummond", "Medium"),
            ("Further delays to granite supply", "Isla Tulloch", "Medium"),
        )),
        Heading("Decisions required from the Programme Board"),
        Bullets(("Recommend to the Policy and Resources Committee an increase of £750,000 in the programme budget.",
                 "Recommend a compulsory purchase order for land at Balmorrie Farm.",
                 "Approve a drawdown of £180,000 from programme contingency for the promenade."), marker="1"),
    )
    return Doc("strathgowan-kirkhallow-waterfront-status-2025-q2.docx", blocks, "strathgowan-status",
               meta_title="Kirkhallow Waterfront Programme Status Report Q2 2025/26", author="Isla Tulloch")


def committee_report() -> Doc:
    """Policy and Resources Committee report: boxed TITLE / PURPOSE / RECOMMENDATIONS, capital headings."""
    blocks = (
        Council(COUNCIL),
        Title("POLICY AND RESOURCES COMMITTEE"),
        Subtitle("6 November 2025. Report by the Executive Director of Place. Agenda item 9."),
        Para(FICTION, small=True),
        Table(("1. TITLE",), (("Kirkhallow Waterfront Programme: additional budget and compulsory purchase of land at "
                               "Balmorrie Farm",),)),
        Table(("2. PURPOSE",), (("To ask the Committee to increase the Kirkhallow Waterfront Programme budget and to "
                                 "authorise a compulsory purchase order so that the active travel link between Kirkhallow "
                                 "and Balmorrie can be built.",),)),
        Table(("3. RECOMMENDATIONS",), (("It is recommended that the Committee: (a) approves an increase of £750,000 in "
                                         "the capital budget for the Kirkhallow Waterfront Programme, taking it to £28.15 "
                                         "million, funded from the capital contingency; (b) authorises the Chief Officer - "
                                         "Legal and Governance to make the Strathgowan Council (Kirkhallow to Balmorrie "
                                         "Active Travel Link) Compulsory Purchase Order 2025; (c) notes the programme "
                                         "status at quarter 2 2025/26.",),)),
        Heading("4. BACKGROUND"),
        Para("The Kirkhallow Waterfront Programme delivers Ambition 2a of the Council Plan 2023-2028, Regenerate the "
             "Kirkhallow waterfront. It has five projects. The harbour wall was completed on 30 June 2025."),
        Para("The active travel link needs land from five owners. Three have agreed terms. Negotiations with the owners of "
             "Balmorrie Farm, who hold the two remaining plots, began in March 2024 and have not reached agreement despite "
             "an independent valuation."),
        Heading("5. THE LAND REQUIRED"),
        Table(("Plot", "Description", "Area (hectares)", "Owner"), (
            ("1", "Field strip north of the B8291 at Balmorrie Farm", "0.82", "Balmorrie Farm partnership"),
            ("2", "Access track and verge at Mill of Balmorrie", "0.17", "Balmorrie Farm partnership"),
        )),
        Heading("6. IMPLICATIONS"),
        Table(("Implication", "Assessment"), (
            ("Financial", "The £750,000 increase is met from the corporate capital contingency, which falls to £1.35 "
                          "million. Hamish Crichton, Chief Financial Officer, has been consulted."),
            ("Legal", "The order would be made under the Roads (Scotland) Act 1984 and, if objections are made, confirmed "
                      "by Scottish Ministers."),
            ("Human resources", "None."),
            ("Equalities and Fairer Scotland Duty", "The link gives 2,300 households in Balmorrie a safe walking and "
                                                    "cycling route to Kirkhallow Academy. Impact assessment positive."),
            ("Climate change", "Supports the council's 2038 net zero target."),
            ("Risk", "If the order is not confirmed the Sustrans grant of £1.6 million may be lost."),
        )),
        Heading("7. CONSULTATION"),
        Para("The Kirkhallow and Glenvarrow ward members, Kirkhallow Community Council and the Chief Officer - Legal and "
             "Governance, Gregor Strachan, have been consulted."),
        Heading("8. CONCLUSION"),
        Para("Without the order the active travel link cannot be finished by March 2027, the date in the Council Plan."),
        FrontSheet((
            ("Author", "Isla Tulloch, Programme Manager, Kirkhallow Waterfront"),
            ("Telephone", "01632 960733"),
            ("Email", "isla.tulloch@strathgowan.gov.scot"),
            ("Background papers", "Kirkhallow Waterfront Programme Status Report, Quarter 2 2025/26"),
        ), layout="bold"),
        Para("Ailsa Drummond, Executive Director of Place, 24 October 2025", small=True),
    )
    return Doc("strathgowan-policy-resources-2025-11-06-kirkhallow-waterfront.pdf", blocks, "strathgowan-report",
               meta_title="Policy and Resources Committee 6 November 2025 - Kirkhallow Waterfront", author="Isla Tulloch",
               footer="POLICY AND RESOURCES COMMITTEE")


def docs() -> list[Doc]:
    """Strathgowan's documents."""
    return [council_plan(), status_2024(), status_2025(), committee_report()]
