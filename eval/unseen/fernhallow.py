"""Fernhallow Borough Council (fictional): corporate plan 2022, mid-term refresh report and Cabinet minutes 2024, capital programme."""

from __future__ import annotations

from eval.councils.model import (
    FICTION,
    Bullets,
    Council,
    Doc,
    FrontSheet,
    Heading,
    PageBreak,
    Para,
    Subtitle,
    Table,
    Title,
    lines,
)

COUNCIL = "Fernhallow Borough Council"


def corporate_plan() -> Doc:
    """Vision -> Missions -> Commitments, in a designed PDF; the Mission 4 list runs over a page break."""
    blocks = (
        Council(COUNCIL),
        Title("Fernhallow Together: Corporate Plan 2022-2026"),
        Subtitle("Approved by Full Council on 23 February 2022"),
        Para(FICTION, small=True),
        Heading("Foreword from the Leader of the Council", 2),
        Para("Fernhallow has come through two very hard years. Our residents, businesses and voluntary groups looked after each "
             "other through the pandemic, and this plan sets out how the council will build on that spirit over the next four "
             "years. It is deliberately short: four missions, a small number of commitments under each, and measures we will "
             "report on every quarter to Cabinet and to the Overview and Scrutiny Committee."),
        Para("We cannot do this alone, and we will not pretend that money is plentiful. The plan is supported by a net revenue "
             "budget of £18.6 million for 2022/23 and by the capital programme agreed alongside it."),
        Para("Councillor Imogen Sallis, Leader of Fernhallow Borough Council"),
        Heading("Our vision", 1),
        Para("A greener, fairer Fernhallow where every neighbourhood thrives."),
        Heading("Our values", 2),
        Bullets(("Listen first: we design services with the people who use them",
                 "Spend every pound as if it were our own",
                 "Be open about what is going well and what is not")),
        Heading("Our missions", 1),
        Para("Everything the council does over the next four years sits under one of four missions. Each mission has a lead "
             "Cabinet Member and a lead director, and a set of commitments that we will be held to account for."),
        Table(("Mission", "Lead Cabinet Member", "Lead director"),
              (("Mission 1: Homes people can afford", "Cabinet Member for Housing", "Director of Place"),
               ("Mission 2: A net zero borough by 2040", "Cabinet Member for Climate and Environment", "Director of Place"),
               ("Mission 3: Thriving town centres", "Cabinet Member for Economy and Regeneration", "Director of Place"),
               ("Mission 4: Healthy, connected communities", "Cabinet Member for Communities and Wellbeing", "Director of People")),
              widths=(0.45, 0.33, 0.22)),
        PageBreak(),
        Heading("Mission 1: Homes people can afford", 1),
        Para("Average house prices in Fernhallow are now 9.4 times average earnings, and 1,870 households are on the housing "
             "register. Too many families are living in temporary accommodation outside the borough."),
        Heading("Our commitments", 3),
        Bullets(("Enable 400 new affordable homes by March 2026",
                 "Bring 120 long-term empty homes back into use",
                 "Launch a landlord licensing scheme in Eastgate and Millbrook wards",
                 "Build 60 council homes on the former Wharf Road depot site",
                 "End the use of bed and breakfast for families with children, except in emergencies")),
        Heading("Mission 2: A net zero borough by 2040", 1),
        Para("The council declared a climate emergency in 2019. Our own operations produced 6,840 tonnes of carbon dioxide "
             "equivalent in 2019/20, mostly from our leisure centres, depot and fleet."),
        Heading("Our commitments", 3),
        Bullets(("Cut the council's own carbon emissions by 50% by 2026 against 2019/20",
                 "Plant 25,000 trees across the borough",
                 "Install 150 public electric vehicle charge points",
                 "Retrofit 300 council homes to EPC band C",
                 "Switch the council fleet to electric or HVO fuel")),
        Heading("Mission 3: Thriving town centres", 1),
        Para("Fernhallow town centre and the district centres at Ardley and Millbrook have lost footfall since 2019. One shop "
             "unit in seven stands empty. We will work with landlords, traders and the Business Improvement District to bring "
             "people back."),
        Heading("Our commitments", 3),
        Bullets(("Open the Fernhallow Market Hall business incubator",
                 "Reduce town centre vacancy rates to below 10%",
                 "Run a shopfront improvement grant of up to £5,000 per business",
                 "Host a free events programme in Ardley Square each summer")),
        Heading("Mission 4: Healthy, connected communities", 1),
        Para("Healthy life expectancy in our most deprived wards is 14 years lower than in our least deprived."),
        Heading("Our commitments", 3),
        Bullets(("Reopen the Millbrook Lido by summer 2024",
                 "Fund 12 community hubs through the Neighbourhood Fund",
                 "Extend the Warm Spaces network to every ward",
                 "Introduce a holiday activities and food programme in all school holidays",
                 "Increase the proportion of adults who are physically active to 68%",
                 "Keep Green Flag status for all 7 of our Green Flag parks")),
        Heading("How we will measure progress", 1),
        Para("We will report these measures to Cabinet every quarter. The baseline is the position in 2021/22."),
        Table(("Measure", "Baseline 2021/22", "Target 2025/26"),
              (("Affordable homes delivered each year", "71", "100"),
               ("Council carbon emissions (tonnes CO2e)", "6,840", "3,420"),
               ("Town centre vacancy rate", "14.2%", "below 10%"),
               ("Adults who are physically active", "61%", "68%"),
               ("Household waste sent for reuse, recycling and composting", "44.8%", "52%"),
               ("Residents satisfied with the way the council runs things", "58%", "65%")),
              widths=(0.6, 0.2, 0.2)),
        Heading("Delivering the plan", 2),
        Para("Each service will set out in its annual service plan how it contributes to the four missions. The Overview and "
             "Scrutiny Committee will review progress on one mission in depth each year, and the plan will be reviewed at its "
             "mid-point in 2024."),
    )
    return Doc("fernhallow-corporate-plan-2022-2026.pdf", blocks, "fernhallow-plan", meta_title="FBC-CP-final-v7",
               author="Policy Team", footer="Fernhallow Together 2022-2026")


REFRESH_FRONT = (
    ("Meeting", "Cabinet"),
    ("Date", "9 July 2024"),
    ("Report title", "Corporate Plan 2022-2026: mid-term refresh"),
    ("Report of", "Clare Whitlock, Director of Strategy and Transformation"),
    ("Cabinet Member", "Councillor Dev Raman, Cabinet Member for Performance and Partnerships"),
    ("Key Decision", "Yes"),
    ("Forward Plan ref", "FP/2024/031"),
    ("Wards", "All wards"),
    ("Exempt", "No"),
    ("Contact", lines("Marcus Ellery", "Policy and Performance Manager", "01632 960418", "marcus.ellery@fernhallow.gov.uk")),
)


def refresh_report() -> Doc:
    """Cabinet report with a label/value front-sheet table and recommendations 1.1-1.4."""
    blocks = (
        Council(COUNCIL),
        Para("Agenda item 7"),
        Title("Corporate Plan 2022-2026: mid-term refresh"),
        FrontSheet(REFRESH_FRONT, "table"),
        Para(FICTION, small=True),
        Heading("1. Recommendations", 1),
        Para("That Cabinet notes progress in the first two years of the Corporate Plan 2022-2026, summarised in section 3.", "1.1"),
        Para("That Cabinet approves the revised commitments set out in section 4, including raising the affordable homes "
             "commitment from 400 to 480 homes by March 2026.", "1.2"),
        Para("That Cabinet recommends to Council that Mission 3 is renamed \"Good jobs and thriving town centres\".", "1.3"),
        Para("That Cabinet delegates authority to the Director of Strategy and Transformation, in consultation with the Cabinet "
             "Member for Performance and Partnerships, to make minor editorial changes before the refreshed plan is published.", "1.4"),
        Heading("2. Reasons for the recommendations", 1),
        Para("The Corporate Plan agreed by Council in February 2022 committed the council to a review at its mid-point. Since "
             "then inflation, interest rates and the cost of living have changed the context in which the plan is delivered. Most "
             "commitments remain right and achievable; a few need to change so that the plan stays honest.", "2.1"),
        Heading("3. Progress so far", 1),
        Para("The table below sets out the position at 31 March 2024 for the commitments with the largest variation from plan. "
             "Of the 20 commitments, 11 are on track (green), 6 are amber and 3 are red.", "3.1"),
        Table(("Commitment", "Position at 31 March 2024", "RAG"),
              (("Enable 400 new affordable homes by March 2026", "251 homes delivered", "Amber"),
               ("Bring 120 long-term empty homes back into use", "134 homes back in use; target exceeded", "Green"),
               ("Build 60 council homes on the former Wharf Road depot site", "Planning permission granted; start on site slipped to October 2024", "Amber"),
               ("Plant 25,000 trees across the borough", "17,300 trees planted", "Green"),
               ("Install 150 public electric vehicle charge points", "64 charge points installed", "Red"),
               ("Reopen the Millbrook Lido by summer 2024", "Structural defects found in the main pool tank", "Red"),
               ("Cut the council's own carbon emissions by 50% by 2026", "Emissions down 31% against 2019/20", "Amber"),
               ("Launch a landlord licensing scheme in Eastgate and Millbrook wards", "Evidence does not meet the statutory test", "Red")),
              widths=(0.45, 0.43, 0.12), rag_col=2),
        Para("The town centre vacancy rate has fallen from 14.2% to 11.6%, and the Fernhallow Market Hall business incubator "
             "opened in September 2023 with 18 start-up businesses.", "3.2"),
        Heading("4. Proposed changes to the commitments", 1),
        Para("Affordable homes. The commitment is raised from 400 to 480 homes by March 2026, reflecting £9.2 million of "
             "Brownfield Housing Fund grant secured for the Wharf Road and Station Approach sites.", "4.1"),
        Para("Electric vehicle charge points. The council's own target is reduced from 150 to 100 charge points. The remaining "
             "50 will be delivered by the county council through the Local Electric Vehicle Infrastructure (LEVI) programme.", "4.2"),
        Para("Millbrook Lido. Surveys in January 2024 found structural defects in the main pool tank. The reopening date moves "
             "from summer 2024 to summer 2025, and tank repairs costing £1.35 million are proposed for the capital programme.", "4.3"),
        Para("Landlord licensing. The commitment to launch a landlord licensing scheme in Eastgate and Millbrook wards is "
             "withdrawn, because the evidence gathered did not meet the statutory test for selective licensing. It is replaced by a "
             "commitment to carry out 500 proactive inspections of privately rented homes each year.", "4.4"),
        Para("Cost of living. A new commitment is added to Mission 4: \"Provide a cost of living support offer, including the "
             "Fernhallow Household Support Grant\".", "4.5"),
        Para("Mission 3 is renamed \"Good jobs and thriving town centres\" to reflect the council's new employment and skills "
             "work with Fernhallow College.", "4.6"),
        Heading("5. Financial implications", 1),
        Para("The refresh is delivered within existing budgets. The cost of living support offer will cost £450,000 in 2024/25, "
             "funded from the Cost of Living Reserve. The Millbrook Lido tank repairs (£1.35 million) will be considered as an "
             "addition to the capital programme in the quarter 1 capital update on this agenda.", "5.1"),
        Para("Neil Forsyth, Section 151 Officer, has reviewed this section.", "5.2"),
        Heading("6. Legal implications", 1),
        Para("There are no direct legal implications. Any future licensing scheme would require a fresh designation under Part 3 "
             "of the Housing Act 2004.", "6.1"),
        Heading("7. Equality implications", 1),
        Para("An equality impact assessment has been completed. The change to the licensing commitment may have a negative "
             "impact on private tenants, which the proactive inspection programme is designed to mitigate.", "7.1"),
        Heading("8. Consultation", 1),
        Para("The Overview and Scrutiny Committee considered a draft of the refresh on 18 June 2024 and supported the "
             "proposals, asking that the Millbrook Lido reopening date is reported to each meeting until the pool reopens.", "8.1"),
        Heading("9. Background papers", 1),
        Para("Fernhallow Together: Corporate Plan 2022-2026 (Council, 23 February 2022); Corporate performance report, quarter 4 "
             "2023/24."),
    )
    return Doc("fernhallow-cabinet-2024-07-09-corporate-plan-refresh.pdf", blocks, "fernhallow-report",
               meta_title="Committee Report Template 2023", author="Democratic Services")


def minutes() -> Doc:
    """HTML Cabinet minutes: present, apologies, declarations, RESOLVED items, one amended on a vote."""
    blocks = (
        Council(COUNCIL),
        Title("Minutes of the meeting of Cabinet held on Tuesday 9 July 2024"),
        Subtitle("6.30 pm, Council Chamber, Fernhallow Civic Centre"),
        Para(FICTION, small=True),
        Para("Councillor Imogen Sallis (Leader of the Council, in the Chair); Councillors Priya Castellano, Tom Beddoes, "
             "Gareth Lunn, Aisha Mirza and Dev Raman.", label="Present:"),
        Para("Councillor Sandra Pelham (Leader of the Opposition).", label="Also present:"),
        Para("Rajiv Okonkwo (Chief Executive), Clare Whitlock (Director of Strategy and Transformation), Neil Forsyth "
             "(Section 151 Officer), Bethan Carrow (Monitoring Officer), Lowri Jenkins (Democratic Services Officer).",
             label="Officers:"),
        Heading("CAB/24/17 Apologies for absence", 1),
        Para("Apologies were received from Councillor Owen Thackeray (Cabinet Member for Housing)."),
        Heading("CAB/24/18 Declarations of interest", 1),
        Para("Councillor Tom Beddoes declared a non-registrable interest in item CAB/24/22 (Market Hall lease), as a close family "
             "member trades from the Market Hall. He left the room for that item and took no part in the discussion or vote."),
        Heading("CAB/24/19 Minutes of the previous meeting", 1),
        Para("RESOLVED that the minutes of the meeting held on 11 June 2024 be approved as a correct record."),
        Heading("CAB/24/20 Corporate Plan 2022-2026: mid-term refresh", 1),
        Para("Councillor Dev Raman introduced the report of the Director of Strategy and Transformation. Councillor Sandra "
             "Pelham asked why the Millbrook Lido would not reopen until 2025; the Director explained the structural defects found "
             "in the pool tank and confirmed that the date would be reported to every Overview and Scrutiny Committee meeting."),
        Para("Councillor Priya Castellano moved, and Councillor Aisha Mirza seconded, an amendment to recommendation 1.2 so "
             "that the affordable homes commitment is raised to 500 homes rather than 480, using the additional right to buy "
             "receipts reported in the capital update. On being put to the vote the amendment was carried (5 for, 0 against, "
             "1 abstention) and became the substantive motion."),
        Para("RESOLVED that:"),
        Bullets(("progress in the first two years of the Corporate Plan 2022-2026 be noted;",
                 "the revised commitments in section 4 of the report be approved, subject to the affordable homes commitment "
                 "being raised from 400 to 500 homes by March 2026 (as amended);",
                 "Council be recommended to rename Mission 3 \"Good jobs and thriving town centres\";",
                 "authority be delegated to the Director of Strategy and Transformation, in consultation with the Cabinet Member "
                 "for Performance and Partnerships, to make minor editorial changes before publication."), marker="a"),
        Heading("CAB/24/21 Capital programme 2024/25 to 2026/27: quarter 1 update", 1),
        Para("Neil Forsyth, Section 151 Officer, reported that £3.1 million of spending needed to move from 2024/25 into "
             "2025/26, mainly on the Wharf Road housing scheme."),
        Para("RESOLVED that:"),
        Bullets(("the re-profiling of £3.1 million from 2024/25 to 2025/26 be approved;",
                 "Millbrook Lido tank repairs of £1.35 million be added to the capital programme, funded by prudential borrowing;",
                 "the capital programme be reported to Cabinet quarterly."), marker="a"),
        Heading("CAB/24/22 Fernhallow Market Hall: lease to Fernhallow Enterprise CIC", 1),
        Para("Councillor Beddoes left the room for this item."),
        Para("RESOLVED that a ten-year lease of the Fernhallow Market Hall be granted to Fernhallow Enterprise CIC at a "
             "peppercorn rent, on the terms set out in the exempt appendix."),
        Para("The meeting closed at 8.05 pm."),
        Para("Chair: ..................................  Date: ....................", small=True),
    )
    return Doc("fernhallow-cabinet-minutes-2024-07-09.html", blocks, "fernhallow-minutes",
               meta_title="Fernhallow BC - ModernGov - Document", footer="Fernhallow Borough Council Democratic Services")


CAPITAL_ROWS = (
    # scheme, mission, 2024/25, 2025/26, 2026/27, funding
    ("Wharf Road depot housing scheme (60 homes)", "1", 5200, 6100, 2900, "Borrowing / Homes England grant"),
    ("Station Approach affordable homes", "1", 1800, 3400, 1200, "Brownfield Housing Fund"),
    ("Empty homes purchase and repair", "1", 450, 450, 300, "Right to buy receipts"),
    ("Disabled facilities grants", "1", 1350, 1350, 1350, "Better Care Fund"),
    ("Temporary accommodation acquisitions", "1", 2000, 1500, 0, "Borrowing"),
    ("Council homes retrofit to EPC band C", "2", 2250, 2400, 2100, "Social Housing Decarbonisation Fund / HRA"),
    ("Civic Centre heat pump and solar", "2", 980, 0, 0, "Public Sector Decarbonisation Scheme"),
    ("Fernhallow Leisure Centre decarbonisation", "2", 640, 1900, 0, "Borrowing / grant"),
    ("Electric refuse collection vehicles", "2", 1200, 1200, 600, "Borrowing"),
    ("Public electric vehicle charge points", "2", 310, 280, 0, "LEVI / S106"),
    ("Tree planting programme", "2", 120, 120, 120, "Revenue contribution"),
    ("Street lighting LED conversion", "2", 430, 0, 0, "Borrowing"),
    ("Fernhallow Market Hall refurbishment", "3", 760, 0, 0, "UK Shared Prosperity Fund"),
    ("Shopfront improvement grants", "3", 150, 150, 0, "UK Shared Prosperity Fund"),
    ("Ardley Square public realm", "3", 380, 1650, 0, "Levelling Up Fund"),
    ("Millbrook district centre car park resurfacing", "3", 210, 0, 0, "Capital receipts"),
    ("Town centre CCTV renewal", "3", 290, 0, 0, "Capital receipts"),
    ("Station Quarter cycle hub", "3", 0, 540, 0, "Active Travel Fund"),
    ("Millbrook Lido restoration", "4", 2100, 900, 0, "Borrowing / National Lottery Heritage Fund"),
    ("Community hubs capital grants", "4", 300, 300, 0, "Neighbourhood Fund"),
    ("Play area renewals", "4", 220, 220, 220, "S106 contributions"),
    ("Green Flag parks improvements", "4", 180, 180, 180, "Revenue contribution"),
    ("Hallow Brook flood alleviation scheme", "4", 340, 1250, 400, "Environment Agency grant"),
    ("Cemetery extension, Ardley Road", "4", 0, 620, 0, "Capital receipts"),
    ("Sports pitch drainage", "4", 95, 0, 0, "S106 contributions"),
    ("ICT infrastructure renewal", "-", 560, 420, 380, "Capital receipts"),
    ("Customer relationship management system", "-", 300, 0, 0, "Borrowing"),
    ("Civic Centre roof replacement", "-", 0, 850, 0, "Borrowing"),
    ("Depot relocation to Hallow Way", "-", 1700, 300, 0, "Borrowing"),
    ("Vehicle replacement (non-refuse)", "-", 240, 260, 280, "Borrowing"),
    ("Asset condition works", "-", 400, 400, 400, "Capital receipts"),
    ("Crematorium cremator relining", "-", 0, 0, 310, "Borrowing"),
    ("Fernhallow Museum accessibility works", "4", 125, 0, 0, "Heritage grant"),
    ("Allotment water supply upgrade", "4", 45, 0, 0, "Revenue contribution"),
    ("Bus shelter replacement", "3", 90, 90, 0, "S106 contributions"),
    ("Public toilets refurbishment", "3", 160, 0, 0, "Capital receipts"),
    ("Housing revenue account major repairs", "1", 3900, 4000, 4100, "HRA major repairs reserve"),
    ("Sheltered housing lift replacement", "1", 260, 0, 0, "HRA major repairs reserve"),
    ("Contingency", "-", 500, 500, 500, "Borrowing"),
)


def _k(n: int) -> str:
    """A figure in £000 with thousands separators."""
    return f"{n:,}"


def capital_programme() -> Doc:
    """A landscape capital programme whose scheme table runs over two pages with its header repeated."""
    rows = tuple((s, mis, _k(a), _k(b), _k(c), _k(a + b + c), f) for s, mis, a, b, c, f in CAPITAL_ROWS)
    totals = [sum(r[i] for r in CAPITAL_ROWS) for i in (2, 3, 4)]
    rows += (("Total capital programme", "", *(_k(t) for t in totals), _k(sum(totals)), ""),)
    by_source: dict[str, int] = {}
    for _s, _m, a, b, c, f in CAPITAL_ROWS:
        key = f.split(" / ")[0]
        by_source[key] = by_source.get(key, 0) + a + b + c
    blocks = (
        Council(COUNCIL),
        Title("Capital Programme 2024/25 to 2026/27"),
        Subtitle("Appendix B to the Budget and Council Tax report, Full Council, 22 February 2024"),
        Para(FICTION, small=True),
        Heading("Introduction", 1),
        Para("This appendix sets out the council's three-year capital programme. Schemes are grouped by the corporate plan "
             "mission they support (1 Homes, 2 Net zero, 3 Town centres, 4 Communities; '-' for council-wide schemes). All figures "
             "are in £000. Schemes funded by borrowing are affordable within the prudential indicators in Appendix C."),
        Para("New schemes added this year are the Station Quarter cycle hub, the cemetery extension at Ardley Road and the "
             "crematorium cremator relining. The Millbrook Lido restoration budget is unchanged pending the results of structural "
             "surveys."),
        Heading("Schemes", 1, keep=False),
        Table(("Scheme", "Mission", "2024/25 £000", "2025/26 £000", "2026/27 £000", "Total £000", "Main funding"),
              rows, widths=(0.33, 0.07, 0.1, 0.1, 0.1, 0.1, 0.2)),
        Heading("Funding summary", 1),
        Table(("Main funding source", "Three-year total £000"),
              tuple((k, _k(v)) for k, v in sorted(by_source.items(), key=lambda kv: -kv[1])), widths=(0.5, 0.2)),
        Heading("Risks", 2),
        Para("The main risks to the programme are construction cost inflation, which is assumed at 4% a year, and the timing of "
             "capital receipts from the sale of the old depot at Canal Street, estimated at £2.2 million in 2025/26."),
    )
    return Doc("fernhallow-capital-programme-2024-2027.pdf", blocks, "fernhallow-capital", meta_title="Appendix B",
               author="Finance", footer="Fernhallow Borough Council Capital Programme", landscape=True)


def docs() -> list[Doc]:
    """Fernhallow's four documents."""
    return [corporate_plan(), refresh_report(), minutes(), capital_programme()]
