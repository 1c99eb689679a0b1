"""Haverleigh County Council (fictional): council strategy, Cabinet report, quarterly performance report, MTFS note."""

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

COUNCIL = "HAVERLEIGH COUNTY COUNCIL"


def _actions(*items: tuple[str, str]) -> list[Para]:
    """A numbered key-actions list (1.1, 1.2 ...)."""
    return [Para(text, num=num) for num, text in items]


def strategy() -> Doc:
    """Council strategy: Ambition -> Objective -> Key actions, numbered 1.1, 1.2 ...; one list runs over a page break."""
    blocks = [
        Council(COUNCIL),
        Title("Haverleigh 2029: Our Council Strategy 2025 to 2029"),
        Subtitle("Adopted by Full Council on 27 February 2025"),
        Para(FICTION, small=True),
        Heading("Foreword from the Leader", 2),
        Para("Haverleigh is a large and mostly rural county of 548,000 people, with three market towns, the port at "
             "Marston Quay and more than two hundred villages. Over the last four years we have protected front-line services "
             "while the cost of care for adults and children has risen far faster than our income."),
        Para("This strategy sets out what we want the county to look like in 2029 and what the council will do to get there. "
             "It is built around four ambitions. Under each ambition we set a small number of objectives, and under each "
             "objective the key actions we will take. Progress is reported to Cabinet every quarter through the Quarterly "
             "Performance Report, and the strategy will be refreshed after the county council elections in May 2029."),
        Para("Councillor Imogen Sallis, Leader of Haverleigh County Council, and Dominic Arkwright, Chief Executive",
             label="Signed:"),
        Heading("Our four ambitions", 2),
        Bullets(("A thriving county economy", "Healthy, independent lives", "A greener Haverleigh",
                 "A council that listens and delivers")),
        Heading("Ambition 1: A thriving county economy", 1),
        Para("We want Haverleigh to be a place where young people can build a career without having to leave the county. Wages "
             "in Haverleigh are 8% below the regional average, and one in five young people who go to university does not "
             "come back. We will work with employers, colleges and the University of Ravensford to change that."),
        Heading("Objective 1A: More people in good, local jobs", 3),
        Para("Key actions", label=""),
        *_actions(("1.1", "Deliver the Haverleigh Skills Compact with 40 local employers"),
                  ("1.2", "Open the Ravensford Enterprise Hub by March 2027"),
                  ("1.3", "Create 300 apprenticeships across the council and its partners")),
        Heading("Objective 1B: Places that are well connected", 3),
        Para("Key actions", label=""),
        *_actions(("1.4", "Complete the A614 Coldharbour junction improvement by December 2027"),
                  ("1.5", "Extend gigabit broadband to 6,500 rural premises"),
                  ("1.6", "Pilot demand-responsive buses in the Lenbrook Valley")),
        Heading("Ambition 2: Healthy, independent lives", 1),
        Para("We want people of every age to live safely and independently. The number of residents aged 85 and over "
             "will grow by a third by 2035, and the number of children with an education, health and care plan has doubled "
             "since 2019. Early help, good housing and strong families are the best ways to meet that demand."),
        Heading("Objective 2A: Support people to live at home for longer", 3),
        Para("Most people tell us they want to stay in their own home. Extra care housing, reablement after a stay in "
             "hospital and support for unpaid carers all help them to do so, and cost less than residential care."),
        Para("Key actions", label=""),
        *_actions(("2.1", "Open two extra care housing schemes, at Tollbury Green and Marston Quay"),
                  ("2.2", "Expand the reablement service to reach 1,800 people a year"),
                  ("2.3", "Introduce a Haverleigh Carers' Card with discounts and short breaks")),
        Heading("Objective 2B: Give every child the best start", 3),
        Para("Too many children with special educational needs travel long distances to school outside the county, and "
             "too few children in care live with foster families close to home. We will build more places locally."),
        Para("Key actions", label=""),
        *_actions(("2.4", "Create 450 additional specialist school places by September 2028"),
                  ("2.5", "Recruit 60 more foster carers"),
                  ("2.6", "Open four Family Hubs, one in each district")),
        Heading("Ambition 3: A greener Haverleigh", 1),
        Para("We will lead by example on climate change and help residents and businesses to cut their own emissions. The "
             "council declared a climate emergency in 2019. Since then our own emissions have fallen by 31%, mostly from "
             "street lighting and the closure of older buildings, but transport and heating remain hard to decarbonise. "
             "Haverleigh's farmland, woods and rivers are also home to rare species that need our help."),
        Heading("Objective 3A: Cut the council's own carbon emissions", 3),
        Para("Our buildings, vehicles and street lights produced 21,400 tonnes CO2e in 2024. Street lighting alone "
             "uses a third of the council's electricity, and our 380 vehicles burn 1.9 million litres of diesel a year."),
        Para("Key actions", label=""),
        *_actions(("3.1", "Reach net zero for the council's own operations by 2030"),
                  ("3.2", "Replace 12,000 street lights with LED lanterns"),
                  ("3.3", "Move 40% of the council's fleet to electric vehicles by 2028")),
        Heading("Objective 3B: Protect and restore nature", 3),
        Para("The council owns 4,100 hectares of farmland, woodland and verges. We will manage it for wildlife as well as "
             "for income, and help parishes and landowners to do the same. Recycling matters too: every tonne we recycle "
             "instead of sending to the energy-from-waste plant saves money as well as carbon."),
        Para("Key actions", label=""),
        *_actions(("3.4", "Plant 250,000 trees with the Haverleigh Forest partnership"),
                  ("3.5", "Raise household recycling to 60% by 2029"),
                  ("3.6", "Publish a Local Nature Recovery Strategy for the county"),
                  ("3.7", "Restore 30 kilometres of hedgerow on council farms"),
                  ("3.8", "Open the Coldharbour reuse shop at the household waste recycling centre")),
        Heading("Ambition 4: A council that listens and delivers", 1),
        Para("We will be open about our performance, spend public money carefully and make it easier to deal with us."),
        Heading("Objective 4A: Easy to contact, quick to respond", 3),
        Para("Key actions", label=""),
        *_actions(("4.1", "Answer 80% of calls to the Customer Service Centre within 60 seconds"),
                  ("4.2", "Move the 20 most used services to a single online account")),
        Heading("Objective 4B: A balanced budget every year", 3),
        Para("Key actions", label=""),
        *_actions(("4.3", "Close the budget gap through the Medium-Term Financial Strategy"),
                  ("4.4", "Hold the general reserve at no less than 5% of the net budget")),
        Heading("How we will measure progress", 2),
        Table(("Measure", "Baseline (2024)", "Target (2029)"), (
            ("Household waste reused, recycled or composted", "48.1%", "60%"),
            ("Apprenticeship starts each year", "212", "300"),
            ("People at home 91 days after reablement", "83.5%", "88%"),
            ("Approved foster households", "284", "344"),
            ("Council carbon emissions (tonnes CO2e)", "21,400", "Net zero by 2030"),
            ("Calls answered within 60 seconds", "61%", "80%"),
        ), widths=(0.55, 0.2, 0.25)),
        Heading("Our money", 2),
        Para("The council's net revenue budget for 2025/26 is £612.4 million. Two thirds of it is spent on social care for "
             "adults and children. The Medium-Term Financial Strategy sets out how we will close the gap between what our "
             "services cost and the money we expect to receive."),
        Para("Haverleigh County Council, County Hall, Ravensford. Strategy and Performance Team.", small=True),
    ]
    return Doc("haverleigh-council-strategy-2025-2029.pdf", tuple(blocks), "haverleigh-strategy",
               meta_title="Haverleigh 2029: Our Council Strategy", author="Strategy and Performance Team",
               footer="Haverleigh 2029 - Council Strategy")


def recycling_report() -> Doc:
    """Cabinet report with a two-column front sheet: Lead Member, Responsible Director, Divisions affected ..."""
    blocks = [
        Council(COUNCIL),
        Title("Household Waste Recycling Centres: Future Service Model"),
        Subtitle("Report to Cabinet, 15 July 2025"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Meeting", "Cabinet"),
            ("Date", "15 July 2025"),
            ("Lead Member", "Councillor Priya Venkatesh, Cabinet Member for Environment and Climate"),
            ("Responsible Director", "Alastair Monkhouse, Executive Director of Place"),
            ("Report Author", "Rhiannon Teague, Head of Waste Services"),
            ("Divisions affected", "Coldharbour; Lenbrook Valley; Ravensford North"),
            ("Key decision", "Yes - Forward Plan reference FP/2025/031"),
            ("Urgent decision", "No"),
            ("Exempt information", "None"),
            ("Contact details", lines("Rhiannon Teague, Head of Waste Services", "Tel: 01632 960418",
                                      "Email: rhiannon.teague@haverleigh-cc.example")),
        )),
        Heading("1. Purpose of the report", 1),
        Para("To seek approval for a new service model for the county's six household waste recycling centres (HWRCs) "
             "following public consultation, to deliver the saving agreed in the Medium-Term Financial Strategy."),
        Heading("2. Recommendations", 1),
        Para("That Cabinet:"),
        Bullets((
            "approves the closure of the Lenbrook Valley HWRC from 1 November 2025;",
            "approves a booking system at all remaining sites from 1 October 2025;",
            "approves winter opening hours of 9am to 4pm at Ravensford North and Coldharbour;",
            "approves capital spending of £1.2 million to enlarge the Coldharbour site and open a reuse shop;",
            "delegates authority to the Executive Director of Place to agree the detailed opening hours of each site.",
        ), marker="1"),
        Heading("3. Background", 1),
        Para("The council runs six HWRCs, which received 1.14 million visits and 41,300 tonnes of material in 2024/25. "
             "The service costs £6.8 million a year. The Medium-Term Financial Strategy includes a saving of £640,000 a year "
             "from the HWRC service from 2026/27.", num="3.1"),
        Para("Lenbrook Valley is the smallest site. It handles 4% of the county's HWRC tonnage, its lease ends in March 2026, "
             "and 91% of its users live within 20 minutes' drive of Coldharbour.", num="3.2"),
        Heading("4. Options considered", 1),
        Table(("Option", "Description", "Annual saving", "Recommended"), (
            ("A", "Keep all six sites, current hours", "£0", "No"),
            ("B", "Shorter hours at every site, no closures", "£310,000", "No"),
            ("C", "Close Lenbrook Valley, booking system, winter hours at two sites", "£640,000", "Yes"),
            ("D", "Close two sites (Lenbrook Valley and Ravensford North)", "£1,050,000", "No"),
        ), widths=(0.1, 0.5, 0.2, 0.2)),
        Heading("5. Consultation", 1),
        Para("A twelve-week public consultation ran from 3 March to 26 May 2025 and received 3,214 responses. 58% of "
             "respondents opposed the closure of any site; 64% supported a booking system if it reduced queues.", num="5.1"),
        Para("Lenbrook Parish Council asked for a mobile recycling service. Officers propose a monthly mobile "
             "collection at Lenbrook village hall car park for bulky items, at a cost of £38,000 a year.", num="5.2"),
        Heading("6. Financial implications", 1),
        Para("Option C saves £640,000 a year from 2026/27, net of the mobile service. The Coldharbour works, costing "
             "£1.2 million, will be funded from prudential borrowing repaid from the saving.", num="6.1"),
        Heading("7. Equality and climate implications", 1),
        Para("An equality impact assessment found that older and disabled residents without a car in the Lenbrook Valley "
             "would be most affected; the mobile service and an assisted booking line are proposed to reduce this.", num="7.1"),
        Para("Longer journeys to Coldharbour are estimated to add 96 tonnes CO2e a year, offset by the reuse shop.", num="7.2"),
        Heading("8. Background papers", 1),
        Para("HWRC consultation report (June 2025); Medium-Term Financial Strategy 2025/26 to 2028/29."),
    ]
    return Doc("haverleigh-cabinet-2025-07-15-recycling-centres.pdf", tuple(blocks), "haverleigh-report",
               meta_title="HWRC Future Service Model", author="Waste Services")


KPIS = (
    ("HC01", "Household waste reused, recycled or composted", "52.0%", "49.3%", "Improving", "Amber"),
    ("HC02", "Principal roads where maintenance should be considered", "4%", "3.1%", "Stable", "Green"),
    ("HC03", "Potholes repaired within 28 days", "90%", "71%", "Worsening", "Red"),
    ("HC04", "EHC plans issued within 20 weeks", "60%", "38%", "Improving", "Red"),
    ("HC05", "People at home 91 days after reablement", "85%", "87.2%", "Improving", "Green"),
    ("HC06", "Approved foster households", "310", "296", "Improving", "Amber"),
    ("HC07", "Apprenticeship starts (council and partners)", "75", "81", "Improving", "Green"),
    ("HC08", "Calls answered within 60 seconds", "80%", "66%", "Worsening", "Red"),
    ("HC09", "Invoices paid within 30 days", "95%", "96.4%", "Stable", "Green"),
    ("HC10", "Permanent care home admissions, 65+, per 100,000", "560", "602", "Worsening", "Amber"),
)


def performance() -> Doc:
    """Quarterly performance report with a KPI table: Indicator | Target | Actual | Direction of travel | RAG."""
    blocks = [
        Council(COUNCIL),
        Title("Quarterly Performance Report: Quarter 1 2025/26"),
        Subtitle("April to June 2025. Report to Cabinet, 9 September 2025"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Lead Member", "Councillor Imogen Sallis, Leader of the Council"),
            ("Report Author", "Nadia Okafor, Head of Strategy and Performance"),
            ("Key decision", "No"),
        ), layout="lines"),
        Heading("Summary", 1),
        Para("This report sets out performance against the ten headline indicators of Haverleigh 2029, our council "
             "strategy, for the first quarter of 2025/26. Four indicators are Green, three are Amber and three are Red."),
        Para("The three Red indicators are potholes repaired within 28 days, EHC plans issued within 20 weeks and calls "
             "answered within 60 seconds. Each has an improvement plan, summarised below."),
        Heading("Headline indicators", 1),
        Table(("Ref", "Indicator", "Target", "Actual", "Direction of travel", "RAG"), KPIS,
              widths=(0.08, 0.44, 0.11, 0.11, 0.16, 0.1), rag_col=5),
        Para("Direction of travel compares the quarter with the same quarter of 2024/25. RAG: Green on or better than "
             "target; Amber within 10% of target; Red more than 10% away from target.", small=True),
        Heading("Indicators rated Red", 1),
        Heading("HC03 Potholes repaired within 28 days", 2),
        Para("A wet spring produced 9,870 reported potholes in the quarter, 41% more than a year earlier. Two extra "
             "repair gangs started on 2 June 2025 and the backlog had fallen to 1,150 by the end of June."),
        Para("Jonathan Pryce, Head of Highways", label="Responsible officer:"),
        Heading("HC04 EHC plans issued within 20 weeks", 2),
        Para("Timeliness has improved from 29% a year ago but remains well below target, mainly because of a shortage of "
             "educational psychologists. Four locum psychologists have been engaged until March 2026."),
        Para("Sarah Whitlock, Assistant Director for SEND", label="Responsible officer:"),
        Heading("HC08 Calls answered within 60 seconds", 2),
        Para("Call volumes rose by 18% in June because of enquiries about HWRC bookings and school transport. A new "
             "telephone menu and call-back option go live in September 2025."),
        Para("Marcus Lindqvist, Head of Customer Services", label="Responsible officer:"),
        Heading("Other matters", 1),
        Para("Apprenticeship starts (HC07) exceeded target for the first time since the indicator was introduced, helped by "
             "the first 12 employers to sign the Haverleigh Skills Compact."),
        Para("The Coldharbour reuse shop opened on 16 June 2025 and sold 14 tonnes of furniture and bicycles in its first "
             "fortnight."),
        Heading("Recommendation", 1),
        Para("That Cabinet notes performance for Quarter 1 2025/26 and the actions being taken on the three Red indicators."),
    ]
    return Doc("haverleigh-performance-report-2025-26-q1.pdf", tuple(blocks), "haverleigh-performance",
               meta_title="Quarterly Performance Report Q1 2025/26", author="Strategy and Performance",
               footer="Haverleigh County Council - Performance Q1 2025/26")


SAVINGS = (
    ("ASC-01", "Expand reablement to reduce long-term home care", "Adult Social Care", "1,900", "2,600", "3,100"),
    ("ASC-02", "Review of day opportunities", "Adult Social Care", "450", "900", "900"),
    ("CS-01", "More in-house foster carers, fewer agency placements", "Children's Services", "1,200", "2,100", "2,800"),
    ("PL-01", "HWRC service model", "Place", "640", "640", "640"),
    ("PL-02", "LED street lighting energy saving", "Place", "520", "780", "780"),
    ("PL-03", "Parking and permit charges review", "Place", "300", "350", "350"),
    ("RES-01", "Single online account and fewer phone contacts", "Resources", "400", "750", "1,000"),
    ("RES-02", "County Hall east wing closure", "Resources", "0", "610", "610"),
)


def mtfs() -> Doc:
    """Medium-term financial strategy update note with a savings table (plain text)."""
    blocks = [
        Council(COUNCIL),
        Title("Medium-Term Financial Strategy 2026/27 to 2029/30: Update Note"),
        Subtitle("Briefing for Cabinet and the Resources Scrutiny Committee, October 2025"),
        Para(FICTION),
        FrontSheet((
            ("Prepared by", "Helen Marchbank, Director of Finance (Section 151 Officer)"),
            ("Status", "For information; budget proposals go to Cabinet in January 2026"),
        )),
        Heading("1. Headlines", 1),
        Para("The updated forecast shows a cumulative budget gap of £38.6 million by 2029/30, before savings. This is "
             "£7.2 million more than the gap reported in February 2025, mainly because of higher demand for children's "
             "placements and home-to-school transport.", num="1.1"),
        Para("The gap for 2026/27 alone is £14.9 million. Savings already identified total £5.41 million in 2026/27, "
             "leaving £9.49 million still to find before the budget is set in February 2026.", num="1.2"),
        Heading("2. Key assumptions", 1),
        Bullets((
            "Council tax increase of 4.99% in 2026/27: 2.99% core and 2% adult social care precept.",
            "Tax base growth of 1.1% a year.",
            "Pay award of 3% in 2026/27 and 2.5% a year after that.",
            "Contract inflation of 4% on care contracts.",
            "No change in government grant after 2026/27 (a cash freeze).",
        )),
        Heading("3. Forecast budget gap", 1),
        Table(("Year", "Net budget requirement", "Forecast funding", "Gap in year", "Cumulative gap"), (
            ("2026/27", "£641.2m", "£626.3m", "£14.9m", "£14.9m"),
            ("2027/28", "£668.0m", "£658.6m", "£9.4m", "£24.3m"),
            ("2028/29", "£694.5m", "£686.8m", "£7.7m", "£32.0m"),
            ("2029/30", "£721.9m", "£715.3m", "£6.6m", "£38.6m"),
        )),
        Heading("4. Savings proposals", 1),
        Para("The table shows the full-year effect of each proposal in £000, cumulative from 2026/27."),
        Table(("Ref", "Proposal", "Service", "2026/27", "2027/28", "2028/29"), SAVINGS),
        Para("Total savings identified: £5,410,000 in 2026/27, £8,730,000 in 2027/28 and £10,180,000 in 2028/29."),
        Heading("5. Reserves", 1),
        Para("The general reserve stands at £31.2 million, 5.1% of the 2025/26 net budget. Earmarked reserves are "
             "£96.5 million, of which £22.0 million is a budget resilience reserve that may be used once to smooth the "
             "timing of savings.", num="5.1"),
        Para("The Director of Finance advises that using reserves to balance the budget in more than one year would not "
             "be sustainable.", num="5.2"),
        Heading("6. Next steps", 1),
        Bullets((
            "November 2025: further savings options to Cabinet Members.",
            "December 2025: provisional local government finance settlement.",
            "January 2026: draft budget to Cabinet and Resources Scrutiny Committee.",
            "19 February 2026: budget and council tax set by Full Council.",
        )),
    ]
    return Doc("haverleigh-mtfs-update-2026-27-to-2029-30.txt", tuple(blocks), "haverleigh-txt")


def docs() -> list[Doc]:
    """Haverleigh's four documents."""
    return [strategy(), recycling_report(), performance(), mtfs()]
