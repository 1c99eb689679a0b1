"""Quenford Valley Combined Authority (mayoral): investment programme dashboards, a Board report, a forward plan."""

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

BODY = "Quenford Valley Combined Authority"
RAG_KEY = ("Green: on track for time, cost and outputs. Amber: at risk, with mitigation in place. Red: off track; the "
           "Board's intervention is needed. Blue: complete. Paused: stopped by a Board decision.")

# (ref, scheme, lead council, approved budget £m, spend to date £m, forecast for the year £m, RAG, commentary)
SCHEMES_2025 = (
    ("QV-IP-01", "Quenford Central Station Gateway", "Quenford City Council", "64.0", "28.7", "14.2", "Amber",
     "Network Rail possession for the new concourse moved from November 2025 to March 2026; completion now forecast "
     "for December 2026."),
    ("QV-IP-02", "Coldbeck Valley Bus Rapid Transit", "Sallowby Borough Council", "92.5", "14.2", "6.8", "Amber",
     "Full business case goes to the Board on 14 November 2025; the cost estimate has risen to £98.7 million."),
    ("QV-IP-03", "Thornkettle Road Junction Improvements", "Hobbshaw District Council", "18.4", "16.9", "1.5", "Green",
     "Final phase of resurfacing complete; the junction reopened to traffic on 8 September 2025."),
    ("QV-IP-04", "Millrace Brownfield Housing Fund", "Quenford City Council", "36.0", "19.3", "7.4", "Green",
     "612 of the 1,050 homes unlocked; three sites under construction."),
    ("QV-IP-05", "Skerrbeck Flood Alleviation Scheme", "Marlingate Borough Council", "21.7", "4.1", "2.9", "Red",
     "Partnership funding gap of £3.4 million after the Environment Agency reprofiled its grant; options report to the "
     "Board on 14 November 2025."),
    ("QV-IP-06", "Marlingate Digital Skills Hub", "Marlingate Borough Council", "9.8", "9.8", "0.3", "Blue",
     "Complete. Opened to learners on 1 September 2025 with 410 enrolments."),
    ("QV-IP-07", "Hobbshaw Town Centre Regeneration", "Hobbshaw District Council", "24.0", "11.6", "5.2", "Green",
     "Market hall refurbishment on programme to reopen in May 2026."),
    ("QV-IP-08", "Harlowmere Active Travel Corridor", "Sallowby Borough Council", "12.6", "3.8", "3.1", "Amber",
     "147 objections to the traffic regulation order are delaying section 2; decision due January 2026."),
    ("QV-IP-09", "Pennistow Business Park Access Road", "Hobbshaw District Council", "15.2", "2.2", "0.9", "Red",
     "Land acquisition stalled; a compulsory purchase order resolution will be sought and the spend profile has "
     "slipped by 12 months."),
    ("QV-IP-10", "Valley-wide EV Charging Network", "Combined Authority", "8.5", "3.9", "2.4", "Green",
     "186 of 400 public charge points installed."),
    ("QV-IP-11", "Sallowby Cultural Quarter", "Sallowby Borough Council", "17.3", "6.5", "4.8", "Green",
     "Theatre refurbishment contract let to Hollingrake Build Ltd in July 2025."),
    ("QV-IP-12", "Adult Skills Capital Fund", "Combined Authority", "11.0", "5.6", "2.7", "Green",
     "Round 3 awards made to six colleges and training providers."),
    ("QV-IP-13", "Quenford Riverside Bridge", "Quenford City Council", "27.5", "6.9", "5.5", "Amber",
     "Steel prices 14% above the estimate; a value engineering review is under way."),
    ("QV-IP-14", "Net Zero Homes Retrofit Pilot", "Combined Authority", "6.0", "2.4", "1.9", "Green",
     "318 homes retrofitted against a target of 600 by March 2027."),
    ("QV-IP-15", "Ravensby Station Park and Ride", "Marlingate Borough Council", "7.5", "0.6", "0.0", "Paused",
     "Paused by the Board on 20 June 2025 pending the rail operator's timetable review."),
    ("QV-IP-16", "Marlingate Innovation Centre Extension", "Marlingate Borough Council", "13.0", "3.5", "4.0", "Green",
     "Planning permission granted; construction starts in November 2025."),
)

SCHEMES_2024 = (
    ("QV-IP-01", "Quenford Central Station Gateway", "Quenford City Council", "64.0", "15.1", "11.0", "Green",
     "Detailed design complete; main works contract awarded to Sedgewell Rail Civils in August 2024."),
    ("QV-IP-02", "Coldbeck Valley Bus Rapid Transit", "Sallowby Borough Council", "92.5", "6.3", "4.1", "Green",
     "Outline business case approved in March 2024; full business case due in autumn 2025."),
    ("QV-IP-03", "Thornkettle Road Junction Improvements", "Hobbshaw District Council", "18.4", "9.8", "7.2", "Amber",
     "Utility diversions delayed by eight weeks; completion moved to summer 2025."),
    ("QV-IP-04", "Millrace Brownfield Housing Fund", "Quenford City Council", "36.0", "8.2", "6.5", "Green",
     "287 homes unlocked on four sites."),
    ("QV-IP-05", "Skerrbeck Flood Alleviation Scheme", "Marlingate Borough Council", "21.7", "2.0", "1.4", "Amber",
     "Awaiting Environment Agency confirmation of partnership funding."),
    ("QV-IP-06", "Marlingate Digital Skills Hub", "Marlingate Borough Council", "9.8", "5.9", "3.6", "Amber",
     "Fit-out delayed by 10 weeks; opening moved to September 2025."),
    ("QV-IP-07", "Hobbshaw Town Centre Regeneration", "Hobbshaw District Council", "24.0", "5.4", "4.6", "Green",
     "Compulsory purchase of the former bus depot confirmed."),
    ("QV-IP-08", "Harlowmere Active Travel Corridor", "Sallowby Borough Council", "12.6", "0.9", "0.9", "Green",
     "Section 1 under construction."),
    ("QV-IP-09", "Pennistow Business Park Access Road", "Hobbshaw District Council", "15.2", "1.1", "0.8", "Amber",
     "Negotiations with the two landowners continuing."),
    ("QV-IP-10", "Valley-wide EV Charging Network", "Combined Authority", "8.5", "1.2", "1.0", "Green",
     "44 public charge points installed."),
    ("QV-IP-11", "Sallowby Cultural Quarter", "Sallowby Borough Council", "17.3", "1.9", "1.7", "Green",
     "Design team appointed."),
    ("QV-IP-12", "Adult Skills Capital Fund", "Combined Authority", "11.0", "2.8", "2.1", "Green",
     "Round 2 awards made."),
    ("QV-IP-15", "Ravensby Station Park and Ride", "Marlingate Borough Council", "7.5", "0.4", "0.4", "Green",
     "Design work under way; planning application to be submitted in March 2025."),
)


def dashboard_2025() -> Doc:
    """Landscape PDF dashboard whose scheme table runs over a page break with its header repeated."""
    header = ("Ref", "Scheme", "Lead council", "Approved budget £m", "Spend to date £m", "Forecast 2025/26 £m", "RAG",
              "Commentary")
    blocks = (
        Council(BODY),
        Title("Investment Programme Dashboard: Quarter 2 2025/26"),
        Subtitle("Reporting period 1 July to 30 September 2025. For the Combined Authority Board, 14 November 2025."),
        Para(FICTION, small=True),
        FrontSheet((
            ("Senior Responsible Owner", "Stuart Meiklejohn, Director of Investment and Delivery"),
            ("Programme Manager", "Ayesha Fitton"),
            ("Overall programme status", "Amber (Green at Quarter 1)"),
            ("Next report", "Quarter 3, to the Board on 13 March 2026"),
        ), layout="lines"),
        Heading("Programme at a glance"),
        Table(("Measure", "Quarter 2 2025/26"), (
            ("Total programme (Gainshare and City Region Sustainable Transport Settlement)", "£486.0m"),
            ("Allocated to the 16 schemes below", "£385.0m"),
            ("Unallocated, including programme contingency", "£101.0m"),
            ("Spend to date on the 16 schemes", "£140.0m"),
            ("Capital budget 2025/26", "£70.5m"),
            ("Forecast spend 2025/26", "£63.6m"),
            ("Forecast slippage into 2026/27", "£6.9m"),
            ("Schemes Green / Amber / Red / Blue / Paused", "8 / 4 / 2 / 1 / 1"),
        ), widths=(0.6, 0.2)),
        Para("The overall status has moved from Green to Amber this quarter. Two schemes are Red: Skerrbeck Flood "
             "Alleviation, where the partnership funding gap has widened, and Pennistow Business Park Access Road, "
             "where land acquisition has stalled. The cost increase on Coldbeck Valley Bus Rapid Transit is covered "
             "by the full business case that goes to the Board in November."),
        Heading("Scheme by scheme", keep=False),
        Para(RAG_KEY, small=True),
        Table(header, tuple(r[:8] for r in SCHEMES_2025) + (
            ("", "Total", "", "385.0", "140.0", "63.6", "-", ""),
        ), widths=(0.07, 0.15, 0.13, 0.08, 0.08, 0.08, 0.06, 0.35), rag_col=6, font_size=8),
        Heading("Exceptions: Red schemes"),
        Para("Skerrbeck Flood Alleviation Scheme (QV-IP-05). The Environment Agency has moved £3.4 million of its "
             "Flood and Coastal Erosion Risk Management grant from 2025/26 to 2027/28 and cannot guarantee it. "
             "Marlingate Borough Council and the Combined Authority are looking at three options: bridging the gap "
             "from Gainshare contingency, phasing the scheme so that the Skerrbeck Road embankment is built first, or "
             "pausing. 340 homes and 61 businesses remain at a 1 in 75 year flood risk until the scheme is built.",
             label="QV-IP-05."),
        Para("Pennistow Business Park Access Road (QV-IP-09). Negotiations with the second landowner ended in "
             "August 2025. Hobbshaw District Council will ask its Cabinet for a compulsory purchase order resolution "
             "in January 2026. Spend of £1.8 million has slipped from 2025/26 into 2026/27.", label="QV-IP-09."),
        Heading("Change requests approved this quarter"),
        Bullets((
            "CR-2025-11: Quenford Central Station Gateway completion date moved from June 2026 to December 2026",
            "CR-2025-12: Marlingate Digital Skills Hub closed as complete, £0.3 million retention held to 2026/27",
            "CR-2025-13: Net Zero Homes Retrofit Pilot target date moved from March 2026 to March 2027",
        )),
        Heading("Contact"),
        Para("Ayesha Fitton, Programme Manager, Investment and Delivery Directorate, 01632 960 455, "
             "ayesha.fitton@quenfordvalley-ca.example"),
    )
    return Doc("quenford-valley-ca-investment-dashboard-2025-26-q2.pdf", blocks, "qvca-dashboard",
               meta_title="Investment Programme Dashboard Q2 2025/26", author=BODY, footer="Investment Programme Q2 2025/26",
               landscape=True)


def dashboard_2024() -> Doc:
    """TXT dashboard a year earlier: overall Green, a different programme manager, schemes as records."""
    header = ("Ref", "Scheme", "Lead council", "Approved budget £m", "Spend to date £m", "Forecast 2024/25 £m", "RAG",
              "Commentary")
    blocks = (
        Council(BODY),
        Title("Investment Programme Dashboard: Quarter 2 2024/25"),
        Subtitle("Reporting period 1 July to 30 September 2024. Combined Authority Board, 15 November 2024."),
        FrontSheet((
            ("Senior Responsible Owner", "Stuart Meiklejohn, Director of Investment and Delivery"),
            ("Programme Manager", "Tobias Quennell"),
            ("Overall status", "Green"),
            ("Total programme", "£472.0m"),
            ("Allocated to schemes", "£338.5m"),
            ("Spend to date", "£61.0m"),
            ("Capital budget 2024/25", "£52.0m"),
            ("Forecast spend 2024/25", "£45.3m"),
        )),
        Para(FICTION),
        Heading("Summary"),
        Para("The programme remains Green overall. Thirteen schemes are in delivery: nine Green and four Amber, with no "
             "Red schemes. The Digital Skills Hub in Marlingate has been delayed by its fit-out contractor and will now "
             "open in September 2025. Two new schemes, Quenford Riverside Bridge and the Net Zero Homes Retrofit Pilot, "
             "are expected to be approved by the Board in March 2025."),
        Para(RAG_KEY),
        Heading("Schemes"),
        Table(header, SCHEMES_2024),
        Heading("Risks to the programme"),
        Bullets((
            "Construction inflation: tender prices 6% above the allowance in business cases",
            "Environment Agency grant for Skerrbeck not yet confirmed",
            "Capacity in constituent councils' highways teams",
        )),
        Heading("Contact"),
        Para("Tobias Quennell, Programme Manager, 01632 960 455."),
    )
    return Doc("quenford-valley-ca-investment-dashboard-2024-25-q2.txt", blocks, "qvca-txt")


def board_report() -> Doc:
    """DOCX Board report whose front sheet names a Lead Chief Executive, a Portfolio Lead, status and forward plan ref."""
    blocks = (
        Council(BODY),
        Title("Coldbeck Valley Bus Rapid Transit: Full Business Case and Approval to Deliver"),
        FrontSheet((
            ("Meeting", "Combined Authority Board"),
            ("Date", "14 November 2025"),
            ("Lead Chief Executive", "Martin Sowerby, Chief Executive, Sallowby Borough Council"),
            ("Portfolio Lead", "Councillor Delyth Pemberton, Portfolio Lead for Transport and Infrastructure"),
            ("Status", "Public, except Appendix 4, which is exempt under paragraph 3 of Part 1 of Schedule 12A to the "
                       "Local Government Act 1972"),
            ("Key decision", "Yes"),
            ("Forward plan ref", "QVCA/FP/2025/031"),
            ("Subject to call-in", "Yes"),
            ("Report author", lines("Kirsty Venables, Head of Transport Infrastructure",
                                    "kirsty.venables@quenfordvalley-ca.example", "01632 960 418")),
            ("Wards affected", "Coldbeck North, Coldbeck South, Harlowmere East, Sallowby Central"),
            ("Agenda item", "7"),
        ), layout="grid"),
        Para(FICTION),
        Heading("1. Purpose of the report"),
        Para("To ask the Board to approve the full business case for the Coldbeck Valley Bus Rapid Transit scheme, "
             "to increase its budget and to authorise the award of the main works contract."),
        Heading("2. Recommendations"),
        Para("That the Board:"),
        Para("approves the full business case for the Coldbeck Valley Bus Rapid Transit scheme;", num="2.1"),
        Para("increases the approved budget from £92.5 million to £98.7 million, the additional £6.2 million to come "
             "from the Gainshare programme contingency;", num="2.2"),
        Para("delegates the award of the main works contract to the Lead Chief Executive, in consultation with the "
             "Portfolio Lead and the Chief Finance Officer, within the approved budget;", num="2.3"),
        Para("notes the risks in section 7 and that progress will continue to be reported in the quarterly "
             "investment programme dashboard.", num="2.4"),
        Heading("3. Background"),
        Para("The scheme was included in the Investment Programme in 2022 and its outline business case was approved "
             "by the Board in March 2024 at a cost of £92.5 million. Sallowby Borough Council leads delivery on behalf "
             "of the Combined Authority. The corridor between Coldbeck and Quenford city centre carries 21,000 bus "
             "passengers a day, and buses are slower than cars at every time of day."),
        Heading("4. The scheme"),
        Bullets((
            "an 11.4 km route from Coldbeck bus station to Quenford Interchange with 14 stops",
            "8.1 km of segregated bus lanes and bus priority at 22 signalised junctions",
            "16 zero-emission articulated vehicles, funded separately through the bus service improvement plan",
            "a service every 8 minutes at peak times and every 12 minutes off-peak",
            "a journey time from Coldbeck to Quenford Interchange cut from 52 minutes to 34 minutes",
        )),
        Heading("5. Business case and funding"),
        Para("The economic case gives a benefit-cost ratio of 2.4, which is high value for money under the Department "
             "for Transport's guidance. The cost has risen from £92.5 million to £98.7 million, mainly because of "
             "construction inflation (£3.9 million) and a larger drainage scheme required by the lead local flood "
             "authority (£2.3 million)."),
        Table(("Source", "£ million"), (
            ("City Region Sustainable Transport Settlement", "71.0"),
            ("Gainshare, including £6.2 million from contingency", "18.2"),
            ("Sallowby Borough Council", "6.5"),
            ("Developer contributions (section 106)", "3.0"),
            ("Total", "98.7"),
        ), widths=(0.7, 0.3)),
        Heading("6. Consultation"),
        Para("Public consultation ran from 2 June to 14 July 2025 and drew 2,318 responses; 71% supported the scheme. "
             "The main concern was the loss of 96 on-street parking spaces on Coldbeck Road, and the design now "
             "keeps 40 of them as a loading and short-stay bay. The Overview and Scrutiny Committee considered the "
             "scheme on 21 October 2025 and supported it."),
        Heading("7. Risks"),
        Table(("Risk", "Rating", "Mitigation"), (
            ("Utility diversions take longer than planned", "High", "Early works contract for diversions from February 2026"),
            ("Construction inflation above the 4% allowance", "High", "Target-cost contract with pain/gain share; "
                                                                     "£7.4 million risk allowance"),
            ("Land at Harlowmere East not acquired in time", "Medium", "Side roads order made alongside planning"),
            ("Bus operator procurement", "Medium", "Market engagement with three operators completed"),
        ), widths=(0.4, 0.15, 0.45)),
        Heading("8. Timetable"),
        Bullets((
            "Main works contract award: April 2026",
            "Construction starts: June 2026",
            "Route opens to passengers: December 2028",
        )),
        Heading("9. Financial implications"),
        Para("The Chief Finance Officer, Nadeem Sarwar, confirms that the £6.2 million can be met from the Gainshare "
             "programme contingency, leaving £11.3 million of contingency for the rest of the programme."),
        Heading("10. Legal implications"),
        Para("The Monitoring Officer, Graham Prothero, advises that the Board has power to approve the scheme under the "
             "Combined Authority's constitution and that the decision is a key decision shown on the forward plan."),
        Heading("11. Appendices"),
        Bullets(("Appendix 1: Full business case summary", "Appendix 2: Consultation report",
                 "Appendix 3: Equality impact assessment", "Appendix 4: Commercial case (exempt)")),
    )
    return Doc("quenford-valley-ca-board-2025-11-14-coldbeck-brt.docx", blocks, "qvca-board",
               meta_title="Coldbeck Valley Bus Rapid Transit: Full Business Case", author="Kirsty Venables")


def _entry(ref: str, title: str, pairs: tuple[tuple[str, str], ...]) -> tuple:
    """One forward-plan entry: a heading and a definition list."""
    return (Heading(f"{ref}: {title}", 2), FrontSheet(pairs, layout="dl"))


def forward_plan() -> Doc:
    """HTML forward plan of key decisions, each entry a heading and a definition list."""
    entries = (
        _entry("QVCA/FP/2025/031", "Coldbeck Valley Bus Rapid Transit: full business case", (
            ("Decision", "Approve the full business case, increase the budget and delegate award of the main works contract"),
            ("Decision maker", "Combined Authority Board"),
            ("Date of decision", "14 November 2025"),
            ("Key decision", "Yes"),
            ("Open or exempt", "Part exempt: commercial appendix, paragraph 3"),
            ("Portfolio Lead", "Councillor Delyth Pemberton (Transport and Infrastructure)"),
            ("Lead officer", "Kirsty Venables, Head of Transport Infrastructure"),
        )),
        _entry("QVCA/FP/2025/033", "Skerrbeck Flood Alleviation Scheme: funding options", (
            ("Decision", "Choose how to close a £3.4 million partnership funding gap"),
            ("Decision maker", "Combined Authority Board"),
            ("Date of decision", "14 November 2025"),
            ("Key decision", "Yes"),
            ("Open or exempt", "Open"),
            ("Portfolio Lead", "Councillor Hamza Rauf (Environment and Net Zero)"),
            ("Lead officer", "Stuart Meiklejohn, Director of Investment and Delivery"),
        )),
        _entry("QVCA/FP/2025/035", "Mayor's budget and precept 2026/27", (
            ("Decision", "The Mayor's draft budget, then the final budget and the mayoral precept"),
            ("Decision maker", "The Mayor, after consulting the Board"),
            ("Date of decision", "Draft 23 January 2026; final 13 February 2026"),
            ("Key decision", "Yes"),
            ("Open or exempt", "Open"),
            ("Portfolio Lead", "Mayor Joanne Heslop"),
            ("Lead officer", "Nadeem Sarwar, Chief Finance Officer"),
        )),
        _entry("QVCA/FP/2025/036", "Adult Skills Fund: commissioning 2026/27", (
            ("Decision", "Approve allocations to colleges and training providers"),
            ("Decision maker", "Combined Authority Board"),
            ("Date of decision", "23 January 2026"),
            ("Key decision", "Yes"),
            ("Open or exempt", "Open"),
            ("Portfolio Lead", "Councillor Bernadette Ollerenshaw (Skills and Employment)"),
            ("Lead officer", "Priya Etherington, Head of Skills"),
        )),
        _entry("QVCA/FP/2025/037", "Pennistow Business Park Access Road: land assembly", (
            ("Decision", "Agree to fund Hobbshaw District Council's compulsory purchase costs"),
            ("Decision maker", "Combined Authority Board"),
            ("Date of decision", "23 January 2026 (deferred from 14 November 2025)"),
            ("Key decision", "Yes"),
            ("Open or exempt", "Exempt: paragraph 3"),
            ("Portfolio Lead", "Councillor Hamza Rauf (Environment and Net Zero)"),
            ("Lead officer", "Stuart Meiklejohn, Director of Investment and Delivery"),
        )),
        _entry("QVCA/FP/2025/038", "Bus franchising: outcome of consultation", (
            ("Decision", "Whether to introduce a bus franchising scheme for the whole valley"),
            ("Decision maker", "The Mayor"),
            ("Date of decision", "13 February 2026"),
            ("Key decision", "Yes"),
            ("Open or exempt", "Open"),
            ("Portfolio Lead", "Councillor Delyth Pemberton (Transport and Infrastructure)"),
            ("Lead officer", "Daniel Rushworth, Director of Transport"),
        )),
        _entry("QVCA/FP/2025/040", "Local Transport Plan 2026-2041", (
            ("Decision", "Adopt the Local Transport Plan"),
            ("Decision maker", "Combined Authority Board"),
            ("Date of decision", "13 February 2026"),
            ("Key decision", "Yes"),
            ("Open or exempt", "Open"),
            ("Portfolio Lead", "Councillor Delyth Pemberton (Transport and Infrastructure)"),
            ("Lead officer", "Daniel Rushworth, Director of Transport"),
        )),
    )
    blocks = (
        Council(BODY),
        Title("Forward Plan of Key Decisions: November 2025 to February 2026"),
        Subtitle("Published 17 October 2025"),
        Para(FICTION),
        Para("This plan gives at least 28 clear days' notice of the key decisions the Mayor, the Combined Authority Board "
             "and officers expect to take. A key decision is one that involves spending or saving £1 million or more, "
             "or has a significant effect in two or more constituent council areas. Papers are published five clear "
             "working days before each meeting. To make representations about a decision, write to the Monitoring "
             "Officer, Graham Prothero, at governance@quenfordvalley-ca.example."),
        Heading("Decisions"),
        *[b for e in entries for b in e],
        Heading("Items removed from the plan"),
        Bullets((
            "QVCA/FP/2025/027 Ravensby Station Park and Ride: land purchase. Removed; the scheme was paused by the Board "
            "on 20 June 2025.",
            "QVCA/FP/2025/030 Mayoral Development Corporation for Millrace: consultation. Removed; the Mayor decided on "
            "3 October 2025 not to proceed.",
        )),
    )
    return Doc("quenford-valley-ca-forward-plan-2025-11.html", blocks, "qvca-web",
               meta_title="Forward Plan of Key Decisions, November 2025 to February 2026", author=BODY,
               footer="Quenford Valley Combined Authority, Interchange House, Quenford")


def docs() -> list[Doc]:
    """The combined authority's four documents."""
    return [dashboard_2025(), board_report(), forward_plan(), dashboard_2024()]
