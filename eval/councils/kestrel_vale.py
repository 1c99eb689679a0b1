"""Kestrel Vale Metropolitan Borough Council (fictional): Corporate Plan (DOCX, Theme -> Priority -> Key actions
table), library service review 2024 (DOCX, bold-label front sheet), library strategy 2021 (plain text) and the
2025/26 budget and Medium Term Financial Strategy (HTML)."""

from __future__ import annotations

from eval.councils.model import FICTION, Bullets, Council, Doc, FrontSheet, Heading, Para, Subtitle, Table, Title, lines

COUNCIL = "KESTREL VALE METROPOLITAN BOROUGH COUNCIL"

# theme -> [(priority, intro, [(action, lead, by when)])]
THEMES = (
    ("Theme: Thriving People", (
        ("Priority 1.1: Give every child the best start in life",
         "Too many children in Kestrel Vale start school without the skills they need. We will work with families early.",
         (
             ("Open four Family Hubs in Hollinwood, Brantside, Ouzel Bridge and the town centre", "Director of Children’s Services", "March 2026"),
             ("Raise take-up of funded childcare for two-year-olds to 80%", "Head of Early Years", "March 2027"),
             ("Create 150 extra specialist school places for children with special educational needs", "Director of Education", "September 2027"),
             ("Recruit 40 more foster carers through Foster Kestrel Vale", "Head of Children in Care", "March 2026"),
         )),
        ("Priority 1.2: Help adults live independent, healthy lives",
         "We want people to live at home for as long as they can, with the right support.",
         (
             ("Open 220 extra care apartments at Moor End and Thornleigh", "Director of Adult Social Care", "2028"),
             ("Halve the waiting time for a care needs assessment", "Head of Adult Social Work", "March 2026"),
             ("Launch a Carers’ Card with discounts at 200 local businesses", "Carers’ Lead", "September 2025"),
         )),
        ("Priority 1.3: Tackle the cost of living",
         "Rising prices are hitting the poorest households hardest.",
         (
             ("Keep the Local Welfare Assistance Scheme at £1.4 million a year", "Head of Revenues and Benefits", "Every year"),
             ("Run 30 Warm and Welcome spaces each winter, mostly in libraries", "Head of Libraries, Heritage and Culture", "Each winter"),
             ("Help 2,000 households a year claim benefits they are entitled to", "Welfare Rights Manager", "Every year"),
         )),
    )),
    ("Theme: Thriving Places", (
        ("Priority 2.1: Regenerate Kestrel Vale town centre",
         "Our town centre needs more homes, more reasons to visit and fewer empty buildings.",
         (
             ("Complete the first 250 homes at Canal Basin", "Director of Regeneration", "December 2027"),
             ("Redevelop the former Arndale House site as a health and wellbeing centre", "Director of Regeneration", "2028"),
             ("Open a new bus interchange on Station Street", "Head of Transport", "June 2026"),
         )),
        ("Priority 2.2: Reach net zero as a borough by 2038",
         "We will lead by example and help residents and businesses to cut carbon.",
         (
             ("Connect 12 council buildings to the Kestrel Vale heat network", "Head of Climate Action", "March 2027"),
             ("Plant 50,000 trees as part of the Northern Forest", "Head of Parks and Green Spaces", "2028"),
             ("Install 300 on-street electric vehicle charge points", "Head of Transport", "March 2026"),
             ("Retrofit 1,000 homes through the Warm Homes grant", "Head of Private Sector Housing", "March 2027"),
         )),
        ("Priority 2.3: Safer, cleaner streets",
         "Residents tell us that litter, fly-tipping and speeding traffic matter to them every day.",
         (
             ("Recruit six more neighbourhood enforcement officers", "Head of Neighbourhood Services", "June 2025"),
             ("Introduce 20mph limits outside every primary school", "Head of Highways", "September 2026"),
             ("Resurface 60 miles of road", "Head of Highways", "March 2028"),
         )),
    )),
    ("Theme: A Modern Council", (
        ("Priority 3.1: Digital by choice, not by default",
         "Most residents want to deal with us online, but we will not leave behind those who cannot.",
         (
             ("Launch a 24-hour customer portal for the top 20 services", "Head of Customer Services", "December 2025"),
             ("Offer free digital skills sessions in every library", "Head of Libraries, Heritage and Culture", "March 2026"),
             ("Keep a telephone line and face-to-face help at the Town Hall", "Head of Customer Services", "Ongoing"),
         )),
        ("Priority 3.2: Balance the budget every year",
         "We must close a gap of £17.6 million by 2027/28 while protecting the most vulnerable.",
         (
             ("Deliver the savings in the Medium Term Financial Strategy", "Director of Finance", "Every year"),
             ("Reduce the number of office buildings from five to three", "Head of Property", "March 2027"),
             ("Maximise income from fees, charges and commercial property", "Director of Finance", "Every year"),
         )),
    )),
)


def corporate_plan() -> Doc:
    """Corporate Plan 2025-2028 (DOCX with Heading 1/Heading 2 styles and a Key actions table under each priority)."""
    blocks: list = [
        Title("Kestrel Vale Corporate Plan 2025-2028"),
        Subtitle("A fairer, greener Kestrel Vale"),
        Para(FICTION, small=True),
        Para("This plan was approved by Council on 26 February 2025. It sets out our three themes, our eight priorities "
             "and the key actions we will take to deliver them."),
        Heading("Our values", 1),
        Bullets(("We listen and act", "We are fair and inclusive", "We spend public money wisely", "We work as one team")),
        Heading("What residents told us", 1),
        Bullets((
            "71% said the cost of living was their biggest worry",
            "64% wanted the council to do more about litter and fly-tipping",
            "58% said they would prefer to contact the council online",
        )),
    ]
    for theme, priorities in THEMES:
        blocks.append(Heading(theme, 1))
        for priority, intro, actions in priorities:
            blocks += [Heading(priority, 2), Para(intro), Heading("Key actions", 3),
                       Table(("Action", "Lead", "By when"), actions, widths=(0.6, 0.25, 0.15))]
    blocks += [
        Heading("Monitoring the plan", 1),
        Para("Cabinet will receive a progress report every quarter, and the Corporate Overview and Scrutiny Committee will "
             "review the plan each year. Each action has a named lead who is accountable for delivery."),
    ]
    return Doc(name="kestrel-vale-corporate-plan-2025-2028.docx", style="kestrel-vale-plan", meta_title="Corporate Plan",
               author="Policy Unit", blocks=tuple(blocks))


def library_review() -> Doc:
    """Cabinet report, 16 October 2024 (DOCX), front sheet as bold labels each on its own line."""
    front = FrontSheet((
        ("Report to", "Cabinet"),
        ("Date of meeting", "16 October 2024"),
        ("Report of", "Director of Place"),
        ("Cabinet Member", "Councillor Yasmin Choudhury, Cabinet Member for Culture, Communities and Leisure"),
        ("Key Decision", "Yes"),
        ("Forward Plan reference", "FP-2024-112"),
        ("Wards affected", "Brantside; Hollinwood West; Moor End; Ouzel Bridge; Thornleigh"),
        ("Exempt / Confidential", "No"),
        ("Contact officer", lines("Alistair Penrose", "Head of Libraries, Heritage and Culture", "0161 496 0732",
                                  "alistair.penrose@kestrelvale.gov.uk")),
        ("Report author", "Bethan Morgan, Library Development Manager"),
    ), layout="bold")
    consultation = Table(
        ("Proposal", "Agree", "Disagree", "Don’t know"),
        (
            ("Community-managed libraries at Moor End, Hollinwood West and Thornleigh", "41%", "47%", "12%"),
            ("Move Brantside Library into Brantside Family Hub", "63%", "24%", "13%"),
            ("Close Ouzel Bridge Library and open a library point in Ouzel Bridge Family Hub", "29%", "61%", "10%"),
            ("Replace the mobile library with a Home Library Service", "52%", "31%", "17%"),
        ),
        widths=(0.55, 0.15, 0.15, 0.15),
    )
    return Doc(
        name="kestrel-vale-cabinet-2024-10-16-library-review.docx",
        style="kestrel-vale",
        meta_title="Report template 2022",
        author="Place Directorate",
        blocks=(
            Council(COUNCIL),
            Title("Library Service Review: Outcome of Consultation and Proposed Library Offer"),
            front,
            Para(FICTION, small=True),
            Heading("1. Purpose of report", 1),
            Para("To report the results of public consultation on the future of the library service and to ask Cabinet to agree "
                 "a new library offer from April 2025.", num="1.1"),
            Heading("2. Recommendations", 1),
            Para("Cabinet is recommended to:"),
            Para("agree a library network of 13 libraries from 1 April 2025: 10 council-run libraries and three "
                 "community-managed libraries at Moor End, Hollinwood West and Thornleigh;", num="2.1"),
            Para("agree that Brantside Library moves into Brantside Family Hub when the hub opens in spring 2025;", num="2.2"),
            Para("agree that Ouzel Bridge Library closes on 31 March 2025 and is replaced by a library point in Ouzel Bridge "
                 "Family Hub;", num="2.3"),
            Para("agree to replace the mobile library with a Home Library Service run with volunteers;", num="2.4"),
            Para("delegate to the Director of Place, in consultation with the Cabinet Member, the agreement of terms with the "
                 "community groups that will run the three community-managed libraries.", num="2.5"),
            Heading("3. Background", 1),
            Para("In March 2021 Cabinet adopted Libraries for Life, the library strategy for 2021 to 2026, which kept all 14 "
                 "libraries open and introduced Open+ self-service opening at four libraries.", num="3.1"),
            Para("Visits have not returned to pre-pandemic levels. There were 1.08 million visits in 2023/24, compared with 1.32 "
                 "million in 2019/20. Over the same period, use of e-books and e-audiobooks has more than doubled.", num="3.2"),
            Para("The library budget has fallen from £5.9 million in 2020/21 to £5.1 million in 2024/25. The Medium Term "
                 "Financial Strategy requires a further saving of £610,000 a year.", num="3.3"),
            Heading("4. Consultation", 1),
            Para("Consultation ran for eight weeks from 3 June to 28 July 2024 and received 2,874 responses. Table 1 shows the "
                 "level of support for each proposal.", num="4.1"),
            consultation,
            Para("Because of the strength of feeling, the proposal to close Thornleigh Library outright has been replaced by "
                 "a community-managed model, and the opening hours of the Ouzel Bridge library point have been increased from "
                 "15 to 24 hours a week.", num="4.2"),
            Heading("5. Options considered", 1),
            Para("Keep all 14 libraries and the mobile library, with reduced opening hours at every site: rejected because most "
                 "libraries would open fewer than 20 hours a week.", num="5.1"),
            Para("Close five libraries: rejected because it would not meet the Council’s duty to provide a comprehensive and "
                 "efficient service.", num="5.2"),
            Heading("6. Financial implications", 1),
            Para("The proposals save £610,000 a year from 2026/27, with a part-year saving of £420,000 in 2025/26. Each "
                 "community-managed library will receive a grant of £18,000 a year for three years.", num="6.1"),
            Heading("7. Legal implications", 1),
            Para("Under the Public Libraries and Museums Act 1964 the Council must provide a comprehensive and efficient library "
                 "service for everyone who lives, works or studies in the borough.", num="7.1"),
            Heading("8. Risks", 1),
            Para("Community groups may not be able to keep their libraries open in the long term. Each group will receive "
                 "training and support from a dedicated community libraries officer.", num="8.1"),
            Para("A legal challenge to the decision is possible. The consultation and equality impact assessment have been "
                 "designed to reduce this risk.", num="8.2"),
            Heading("9. Equality impact", 1),
            Para("The Home Library Service will continue to deliver books to about 430 housebound residents. Older and "
                 "disabled residents in Ouzel Bridge are most affected by the closure.", num="9.1"),
        ),
    )


def library_strategy_2021() -> Doc:
    """Cabinet report, 17 March 2021 (plain text): the earlier library strategy, front sheet as aligned lines."""
    return Doc(
        name="kestrel-vale-cabinet-2021-03-17-library-strategy.txt",
        style="kestrel-vale-txt",
        blocks=(
            Council(COUNCIL),
            Title("Libraries for Life: Library Strategy 2021-2026"),
            FrontSheet((
                ("Report to", "Cabinet"),
                ("Date of meeting", "17 March 2021"),
                ("Report of", "Director of Place"),
                ("Cabinet Member", "Councillor Dennis Arkwright, Cabinet Member for Leisure and Culture"),
                ("Key Decision", "Yes"),
                ("Forward Plan reference", "FP-2021-019"),
                ("Wards affected", "All wards"),
                ("Exempt / Confidential", "No"),
                ("Contact officer", "Alistair Penrose, Library Service Manager, 0161 496 0732, alistair.penrose@kestrelvale.gov.uk"),
            ), layout="lines"),
            Para(FICTION),
            Heading("1. Purpose"),
            Para("To ask Cabinet to adopt Libraries for Life, a five-year strategy for the library service.", num="1.1"),
            Heading("2. Recommendations"),
            Para("That Cabinet:"),
            Para("adopts the Libraries for Life strategy for 2021 to 2026;", num="2.1"),
            Para("agrees to keep all 14 libraries and the mobile library service;", num="2.2"),
            Para("agrees to introduce Open+ self-service opening at Kestrel Vale Central, Hollinwood, Brantside and Thornleigh "
                 "libraries during 2021/22;", num="2.3"),
            Para("agrees to reduce staffed opening hours by 10% across the service, saving £340,000 a year;", num="2.4"),
            Para("asks officers to review the strategy in 2024 in the light of visitor numbers after the pandemic.", num="2.5"),
            Heading("3. Background"),
            Para("Kestrel Vale has 14 libraries and a mobile library. In 2019/20 they received 1.32 million visits. Libraries "
                 "were closed for much of 2020/21 because of COVID-19 restrictions, and visits fell to about 410,000.", num="3.1"),
            Para("The service has a net budget of £5.9 million in 2020/21. During the lockdowns, library staff ran a Call and "
                 "Collect service and made more than 9,000 welfare calls to older residents.", num="3.2"),
            Heading("4. The strategy"),
            Para("Libraries for Life has four aims:"),
            Bullets((
                "reading and learning for all ages",
                "digital inclusion, with free Wi-Fi and help to get online",
                "libraries as community hubs, sharing buildings with other services",
                "health and wellbeing, including the Books on Prescription scheme",
            ), marker="a"),
            Heading("5. Open+ self-service opening"),
            Para("Open+ lets registered members use a library with their card and PIN when no staff are present. It would "
                 "increase total opening hours at the four libraries from 168 to 262 hours a week. The capital cost is £220,000, "
                 "funded by the Libraries Improvement Fund.", num="5.1"),
            Heading("6. Options considered"),
            Para("Closing up to four libraries was considered and rejected, because the pandemic had shown the value of "
                 "libraries to isolated residents.", num="6.1"),
            Heading("7. Financial implications"),
            Para("The 10% reduction in staffed hours saves £340,000 a year from 2021/22, reducing the net budget to about £5.56 "
                 "million.", num="7.1"),
        ),
    )


BUDGET = (
    ("Adult Social Care", 98450, 106210, 112940, 119300),
    ("Children’s Services", 72380, 78905, 83120, 87460),
    ("Place and Environment", 31270, 32840, 33910, 34760),
    ("Resources", 18640, 18920, 19330, 19780),
    ("Corporate and capital financing", 14260, 15125, 16480, 17210),
)
FUNDING = (
    ("Council tax", 121840, 128920, 135370, 142140),
    ("Business rates (retained share)", 58210, 60110, 61900, 63760),
    ("Revenue Support Grant", 17450, 17880, 17880, 17880),
    ("Social Care Grant", 26820, 30270, 30270, 30270),
    ("Other un-ringfenced grants", 10680, 14820, 10560, 6860),
)
SAVINGS = (
    ("S01", "Library service redesign", "Place", 420, 610, 610),
    ("S02", "Review of home-to-school transport", "Children’s Services", 850, 1200, 1450),
    ("S03", "Digital customer services", "Resources", 300, 520, 700),
    ("S04", "Expansion of reablement to reduce long-term care", "Adult Social Care", 1100, 1900, 2400),
    ("S05", "Fees and charges rise of inflation plus 2%", "All", 640, 660, 680),
    ("S06", "Close Brantside Civic Offices", "Resources", 180, 390, 390),
    ("S07", "Street lighting dimming", "Place", 210, 230, 230),
)
YEARS = ("2024/25", "2025/26", "2026/27", "2027/28")


def money(n: int) -> str:
    """£000 figure with thousands separator."""
    return f"{n:,}"


def _budget_tables() -> list[Table]:
    """Net budget by service and funding (computed totals and gap), and the savings plan."""
    spend = tuple((s, *map(money, v)) for s, *v in BUDGET)
    totals = [sum(row[i] for row in BUDGET) for i in range(1, 5)]
    income = [sum(row[i] for row in FUNDING) for i in range(1, 5)]
    rows = spend + (("Net budget requirement", *map(money, totals)),) + tuple((s, *map(money, v)) for s, *v in FUNDING)
    rows += (("Total funding", *map(money, income)), ("Budget gap", *map(money, (t - f for t, f in zip(totals, income)))))
    saving_rows = tuple((r, p, d, *map(money, v)) for r, p, d, *v in SAVINGS)
    saving_total = [sum(row[i] for row in SAVINGS) for i in range(3, 6)]
    saving_rows += (("", "Total savings", "", *map(money, saving_total)),)
    return [
        Table(("£000", *YEARS), rows, caption="Table 1: Net revenue budget (after savings) and funding, 2024/25 to 2027/28"),
        Table(("Ref", "Saving proposal", "Directorate", "2025/26 £000", "2026/27 £000", "2027/28 £000"), saving_rows,
              caption="Table 2: Savings proposals"),
    ]


def budget_gap(year: int) -> int:
    """The budget gap in £000 for a year index 0-3 (used by the report text)."""
    return sum(r[year + 1] for r in BUDGET) - sum(r[year + 1] for r in FUNDING)


def mtfs() -> Doc:
    """Budget and MTFS report to Cabinet, 12 February 2025 (HTML with a definition-list front sheet)."""
    budget_table, savings_table = _budget_tables()
    return Doc(
        name="kestrel-vale-cabinet-2025-02-12-budget-mtfs.html",
        style="kestrel-vale-web",
        meta_title="Agenda item - Kestrel Vale Council Democracy",
        author="Finance",
        footer="Kestrel Vale Metropolitan Borough Council, Town Hall, Kestrel Vale. Agenda item 9.",
        blocks=(
            Council(COUNCIL),
            Title("Revenue Budget 2025/26 and Medium Term Financial Strategy 2025/26 to 2027/28"),
            FrontSheet((
                ("Report to", "Cabinet"),
                ("Date of meeting", "12 February 2025"),
                ("Report of", "Joanne Whitlam, Director of Finance (Section 151 Officer)"),
                ("Cabinet Member", "Councillor Raymond Ashdown, Deputy Leader and Cabinet Member for Finance"),
                ("Key Decision", "Yes"),
                ("Forward Plan reference", "FP-2024-150"),
                ("Wards affected", "All"),
                ("Exempt / Confidential", "No"),
                ("Contact officer", "Joanne Whitlam, Director of Finance, 0161 496 0415, joanne.whitlam@kestrelvale.gov.uk"),
            ), layout="dl"),
            Para(FICTION, small=True),
            Heading("1. Purpose"),
            Para("To recommend to Council a balanced revenue budget for 2025/26 and to set out the Medium Term Financial Strategy "
                 "(MTFS) for the three years to 2027/28.", num="1.1"),
            Heading("2. Recommendations"),
            Para("That Cabinet recommends to Council on 26 February 2025:"),
            Para("a net revenue budget of £252,000,000 for 2025/26;", num="2.1"),
            Para("an increase in council tax of 4.99%, made up of 2.99% core council tax and a 2% adult social care precept, "
                 "giving a Band D council tax of £2,131.52 for the Council’s services;", num="2.2"),
            Para("the savings proposals in Table 2, totalling £3,700,000 in 2025/26;", num="2.3"),
            Para("that the minimum level of the General Fund balance is set at £12.6 million, 5% of the net budget;", num="2.4"),
            Para("that the Director of Finance reports the MTFS position to Cabinet each quarter.", num="2.5"),
            Heading("3. The budget and the gap"),
            Para("Table 1 shows the net budget by directorate and the forecast funding. After the savings in Table 2, the "
                 "budget for 2025/26 is balanced. A gap of £" + f"{budget_gap(2) / 1000:.1f}" + " million remains in 2026/27 and "
                 "£" + f"{budget_gap(3) / 1000:.1f}" + " million in 2027/28.", num="3.1"),
            budget_table,
            Para("The main pressures are demand for adult social care, placements for children in care and home-to-school "
                 "transport for children with special educational needs.", num="3.2"),
            Heading("4. Savings proposals"),
            savings_table,
            Para("Saving S01 depends on the library service review agreed by Cabinet on 16 October 2024. Saving S06 is "
                 "subject to staff moving from Brantside Civic Offices to the Town Hall by September 2025.", num="4.1"),
            Heading("5. Reserves"),
            Para("The General Fund balance is forecast to be £14.2 million on 31 March 2025. Earmarked reserves are forecast "
                 "to fall from £61.3 million to £48.9 million over the MTFS period.", num="5.1"),
            Heading("6. Robustness of estimates"),
            Para("Under section 25 of the Local Government Act 2003, the Director of Finance must report on the robustness of "
                 "the estimates and the adequacy of reserves. She considers the 2025/26 estimates robust and the reserves "
                 "adequate, but warns that the gaps in 2026/27 and 2027/28 must be closed by the time the 2026/27 budget is "
                 "set.", num="6.1"),
            Heading("7. Consultation"),
            Para("The budget consultation ran from 4 November to 15 December 2024 and received 1,637 responses. Protecting "
                 "services for vulnerable children and adults was the top priority for respondents.", num="7.1"),
        ),
    )


def docs() -> list[Doc]:
    """All Kestrel Vale documents."""
    return [corporate_plan(), library_review(), library_strategy_2021(), mtfs()]
