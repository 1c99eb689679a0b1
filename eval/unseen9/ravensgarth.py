"""Ravensgarth Fire and Rescue Authority: community risk management plan, two annual performance reports, crewing report."""

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

BODY = "Ravensgarth Fire and Rescue Authority"
CONTACT_CRMP = lines("Seraphina Gathercole, Community Risk Manager", "seraphina.gathercole@ravensgarth-fire.example.gov.uk",
                     "01632 418 220")

# Risk theme -> Commitment -> actions (each ending in the year it is due)
THEMES = (
    ("Risk theme 1: Fires in the home", "Most of the people who die in fires in Ravensgarth die at home, and most of them "
     "live alone, are over 70 or smoke.", (
         ("Commitment C1: Find and protect the people most at risk", "Lead: Head of Prevention", (
             "Share data with adult social care and the two health trusts to find people at highest risk (2025)",
             "Offer a safe and well visit within 10 working days of every referral from a partner (2026)",
             "Fit linked smoke alarms and fire-retardant bedding for anyone who smokes in bed (2026)",
             "Train 400 home care workers to spot fire risk and make referrals (2027)",
         )),
         ("Commitment C2: Cut kitchen and smoking fires", "Lead: Head of Prevention", (
             "Run a cooking safety campaign in the three wards with the most kitchen fires each year (2025)",
             "Pilot automatic cooker shut-off devices in 150 sheltered housing flats (2026)",
             "Work with landlords of houses in multiple occupation in Brindlecote on smoke-free rooms (2027)",
         )),
     )),
    ("Risk theme 2: Roads and open water", "Road traffic collisions are now the incidents at which we rescue most people, "
     "and the Birchmoor reservoirs draw large crowds in hot weather.", (
         ("Commitment C3: Fewer people killed or seriously hurt on rural roads", "Lead: Area Manager, Service Delivery", (
             "Place a second rescue tender at Hobthorpe to reach collisions on the A-road network faster (2026)",
             "Deliver the Last Bend young driver course to every sixth-form college in the county (2025)",
             "Add heavy-vehicle rescue equipment to the Tilsey Cross appliance (2027)",
         )),
         ("Commitment C4: Keep people safe on and around open water", "Lead: Head of Operations", (
             "Install throw-line stations at six points around the Birchmoor reservoirs (2025)",
             "Train every wholetime watch in water rescue to the first-responder standard (2026)",
             "Run a summer water safety week with the reservoir owner and the police (every year)",
         )),
     )),
    ("Risk theme 3: Buildings where people work, sleep and gather", "The county has 212 high-risk premises on the risk-based "
     "inspection list, including care homes, hotels and buildings over 18 metres.", (
         ("Commitment C5: Inspect the riskiest buildings first", "Lead: Head of Protection", (
             "Inspect every care home and hospital ward on the risk-based list at least once a year (2025)",
             "Inspect every building of 18 metres or more and check its evacuation strategy (2026)",
             "Recruit and train six more fire safety inspectors through the apprentice route (2026)",
             "Publish a quarterly list of enforcement notices and prohibitions on our website (2025)",
             "Give business safety talks to every chamber of commerce in the county (2026)",
             "Review the risk-based inspection list against new national guidance (2027)",
         )),
         ("Commitment C6: Stop needless call-outs to fire alarms", "Lead: Head of Protection", (
             "Stop sending an appliance to automatic alarms at offices and shops in daytime unless a fire is confirmed (2025)",
             "Charge owners for the third and each later false alarm in any 12 months (2026)",
         )),
     )),
    ("Risk theme 4: Climate, wildfire and flooding", "Hotter, drier summers and wetter winters mean more grass and moorland fires "
     "on Skelderwick Moor and more flooding along the River Yarrow.", (
         ("Commitment C7: Be ready for wildfire and flood", "Lead: Head of Operations", (
             "Buy two all-terrain wildfire units for Skelderwick and Yarrowford (2026)",
             "Agree a wildfire plan with every large landowner on Skelderwick Moor (2025)",
             "Train 120 firefighters as wildfire and flood responders (2027)",
         )),
         ("Commitment C8: Match our crews to the risk", "Lead: Deputy Chief Fire Officer", (
             "Review how every station is crewed against its risk band and daytime demand (2025)",
             "Consult staff and the public on any change to a station's duty system before it is made (2026)",
             "Improve on-call availability with flexible contracts and a primary-employer scheme (2026)",
         )),
     )),
)


def _themes() -> list:
    """The plan's body: each risk theme, its commitments and their actions."""
    out: list = []
    for theme, intro, commitments in THEMES:
        out += [Heading(theme, 1), Para(intro)]
        for name, lead, actions in commitments:
            out += [Heading(name, 2), Para(lead.split(": ", 1)[1], label="Lead:"), Para("We will:"), Bullets(actions)]
    return out


def crmp() -> Doc:
    """Community Risk Management Plan 2025-2029 (PDF, 3 pages): grid front sheet, Risk theme -> Commitment -> actions."""
    blocks = (
        Council(BODY.upper()),
        Title("Community Risk Management Plan 2025-2029"),
        Subtitle("Safer homes, safer roads, safer places"),
        FrontSheet((
            ("Approved by", "The Fire and Rescue Authority, 12 March 2025"),
            ("Plan period", "1 April 2025 to 31 March 2029"),
            ("Plan owner", "Ignatius Blenkiron, Chief Fire Officer"),
            ("Public consultation", "7 October 2024 to 30 December 2024 (2,318 responses)"),
            ("Plan contact", CONTACT_CRMP),
            ("Next full review", "Autumn 2027"),
        ), layout="grid"),
        Para(FICTION, small=True),
        Heading("How this plan works", 1),
        Para("The plan is set out as four Risk themes. Under each theme are the Commitments we make to the public, and "
             "under each Commitment the actions we will take, with the year by which each will be done. Progress is reported "
             "to the Authority every year in the annual performance report."),
        Para("We place every station area in a risk band of our own, worked out from dwelling fires, road collisions, "
             "deprivation and the number of high-risk buildings: Band A (highest risk), Band B, Band C and Band D "
             "(lowest risk)."),
        Table(("Station", "Duty system", "Appliances", "Risk band"), (
            ("Brindlecote", "Wholetime", "3", "Band A"),
            ("Yarrowford", "Wholetime", "2", "Band B"),
            ("Stannock Bridge", "Day-crewed", "2", "Band B"),
            ("Hobthorpe", "On-call", "2", "Band B"),
            ("Tilsey Cross", "On-call", "1", "Band C"),
            ("Skelderwick", "On-call", "1", "Band D"),
        ), widths=(0.3, 0.3, 0.15, 0.25), caption="Stations and risk bands"),
        Heading("Our response standards", 2),
        Para("Our response standards say how quickly we aim to arrive. They are measured from the moment a call is answered."),
        Bullets((
            "RS1: first appliance at a dwelling fire in an urban area within 8 minutes, on 80% of occasions",
            "RS2: first appliance at a dwelling fire in a rural area within 12 minutes, on 80% of occasions",
            "RS3: first appliance at a road traffic collision within 15 minutes, on 85% of occasions",
            "RS4: second appliance at a dwelling fire within 13 minutes, on 75% of occasions",
            "RS5: 999 calls answered within 7 seconds, on 95% of occasions",
            "RS6: on-call appliances available to respond for 85% of the time",
        )),
        *_themes(),
        Heading("Paying for the plan", 1),
        Para("The plan will be delivered within the Authority's net revenue budget of £38.6 million a year and a capital "
             "programme of £14.2 million over the four years. The two wildfire units are expected to cost £310,000."),
    )
    return Doc("ravensgarth-fra-community-risk-management-plan-2025-2029.pdf", _pad(blocks), "rfra-plan",
               meta_title="Community Risk Management Plan 2025-2029", author=BODY, footer="Ravensgarth CRMP 2025-2029")


def _pad(blocks: tuple) -> tuple:
    """Start the Risk themes on page 2, which makes Commitment C5's actions run from page 2 onto page 3."""
    out = []
    for b in blocks:
        if isinstance(b, Heading) and b.text.startswith("Risk theme 1"):
            out.append(PageBreak())
        out.append(b)
    return tuple(out)

# (ref, 2024/25, 2023/24, 2022/23) results of the six response standards
RESULTS = (
    ("RS1", "81.4%", "78.9%", "80.6%"),
    ("RS2", "78.6%", "77.5%", "79.1%"),
    ("RS3", "79.0%", "82.1%", "84.0%"),
    ("RS4", "77.8%", "76.0%", "76.3%"),
    ("RS5", "96.3%", "95.8%", "94.9%"),
    ("RS6", "71.6%", "74.8%", "79.2%"),
)
STANDARDS = {
    "RS1": ("Urban dwelling fires, first appliance in 8 minutes", "80%"),
    "RS2": ("Rural dwelling fires, first appliance in 12 minutes", "80%"),
    "RS3": ("Road traffic collisions, first appliance in 15 minutes", "85%"),
    "RS4": ("Dwelling fires, second appliance in 13 minutes", "75%"),
    "RS5": ("999 calls answered in 7 seconds", "95%"),
    "RS6": ("On-call appliance availability", "85%"),
}


def performance_2025() -> Doc:
    """Annual performance report 2024/25 (DOCX): 'Label: value' front sheet, response standards with a rating key."""
    ratings = {"RS1": "Held", "RS2": "Under strain", "RS3": "Not held", "RS4": "Held", "RS5": "Held", "RS6": "Not held"}
    blocks = (
        Council(BODY),
        Title("Annual Performance Report 2024/25"),
        FrontSheet((
            ("Meeting", "Fire and Rescue Authority"),
            ("Date", "17 July 2025"),
            ("Agenda item", "7"),
            ("Report of", "Ignatius Blenkiron, Chief Fire Officer"),
            ("Author", "Cassius Windebank, Head of Performance and Planning"),
            ("Contact", lines("cassius.windebank@ravensgarth-fire.example.gov.uk", "01632 418 305")),
            ("Purpose", "Assurance"),
            ("Key decision", "No"),
            ("Exempt information", "None"),
        ), layout="lines"),
        Para(FICTION, small=True),
        Heading("1. Recommendations", 1),
        Bullets((
            "note the Service's performance in 2024/25, the last year of the Integrated Risk Management Plan 2020-2025;",
            "ask the Deputy Chief Fire Officer to report to the Authority in January 2026 on how on-call availability will "
            "be brought back to the standard.",
        ), marker="a"),
        Heading("2. How we rate the response standards", 1),
        Para("Each response standard is given one of three ratings this year. Held means the standard was met over the "
             "year. Under strain means the standard was missed by no more than two percentage points. Not held means it was "
             "missed by more than two percentage points."),
        Para("This replaces the Achieved / Not achieved ratings used in earlier reports, so that near misses can be told "
             "apart from real failures."),
        Heading("3. Response standards", 1),
        Table(("Standard", "What is measured", "Target", "2024/25", "2023/24", "Rating"), tuple(
            (ref, STANDARDS[ref][0], STANDARDS[ref][1], now, before, ratings[ref]) for ref, now, before, _ in RESULTS
        ), widths=(0.09, 0.37, 0.1, 0.13, 0.13, 0.18), caption="Table 1: response standards 2024/25"),
        Para("Three standards were held, one was under strain and two were not held.", num="3.1"),
        Para("Road traffic collisions (RS3) fell short because 41 collisions happened on the A-roads east of Hobthorpe, "
             "the furthest from any wholetime station; the second rescue tender at Hobthorpe (Commitment C3) is meant to "
             "address this.", num="3.2"),
        Para("On-call availability (RS6) fell for the third year running, to 71.6%. Tilsey Cross was available for only "
             "58% of the time and Skelderwick for 64%.", num="3.3"),
        Heading("4. Incidents and activity", 1),
        Table(("Measure", "2024/25", "2023/24", "Change"), (
            ("All incidents attended", "8,412", "8,076", "+336"),
            ("Dwelling fires", "402", "437", "-35"),
            ("Deaths in fires", "3", "5", "-2"),
            ("Injuries in fires", "41", "38", "+3"),
            ("Road traffic collisions attended", "611", "586", "+25"),
            ("False alarms from automatic systems", "2,193", "2,388", "-195"),
            ("Safe and well visits", "11,940", "9,870", "+2,070"),
            ("Fire safety audits", "1,226", "1,104", "+122"),
        ), widths=(0.46, 0.18, 0.18, 0.18), caption="Table 2: incidents and activity"),
        Para("False alarms fell by 195 after a trial at Brindlecote, from October 2024, of not sending appliances to daytime "
             "alarms at offices and shops unless a fire is confirmed; Commitment C6 extends this to the whole county.",
             num="4.1"),
        Heading("5. Early progress on the new plan", 1),
        Para("The Community Risk Management Plan 2025-2029 began on 1 April 2025. Of its 27 actions, 9 are due by the end "
             "of 2025. By 30 June 2025 four were complete: the data-sharing agreement, the throw-line stations, the daytime "
             "alarm policy and the review of station crewing, which led to the proposal for Yarrowford. Two are behind: the "
             "cooking safety campaign has reached two of the three wards, and the care home and hospital inspections have "
             "reached 41% of the premises on the list against a plan of 50%.", num="5.1"),
        Heading("6. Money", 1),
        Para("The Authority spent £38.1 million against its net revenue budget of £38.6 million, an underspend of "
             "£0.5 million, mostly from firefighter vacancies at Yarrowford and Brindlecote.", num="6.1"),
        Heading("7. Background papers", 1),
        Para("Community Risk Management Plan 2025-2029; Annual Performance Report 2023/24.", num="7.1"),
    )
    return Doc("ravensgarth-fra-2025-07-17-annual-performance-report-2024-25.docx", blocks, "rfra-report",
               meta_title="Annual Performance Report 2024/25", author="Cassius Windebank")


def performance_2024() -> Doc:
    """Annual performance report 2023/24 (TXT): the same report a year earlier, another author, Achieved / Not achieved."""
    ratings = {"RS1": "Not achieved", "RS2": "Not achieved", "RS3": "Not achieved", "RS4": "Achieved", "RS5": "Achieved",
               "RS6": "Not achieved"}
    blocks = (
        Council(BODY),
        Title("Annual Performance Report 2023/24"),
        FrontSheet((
            ("Meeting", "Fire and Rescue Authority"),
            ("Date", "18 July 2024"),
            ("Agenda item", "8"),
            ("Report of", "Ignatius Blenkiron, Chief Fire Officer"),
            ("Author", "Aurora Pennefather, Performance Manager"),
            ("Contact", "aurora.pennefather@ravensgarth-fire.example.gov.uk, 01632 418 311"),
            ("Purpose", "Assurance"),
            ("Key decision", "No"),
        )),
        Para(FICTION),
        Heading("Recommendation", 1),
        Para("That the Authority notes performance in 2023/24, the fourth year of the Integrated Risk Management Plan "
             "2020-2025."),
        Heading("Response standards", 1),
        Para("Each standard is rated Achieved if the target was met over the year and Not achieved if it was not."),
        Table(("Standard", "What is measured", "Target", "2023/24", "2022/23", "Rating"), tuple(
            (ref, STANDARDS[ref][0], STANDARDS[ref][1], now, before, ratings[ref]) for ref, _, now, before in RESULTS
        )),
        Para("Two of the six standards were achieved. The urban dwelling fire standard was missed for the first time since "
             "2019, after two appliances at Brindlecote were off the run for repairs for much of the winter."),
        Heading("Incidents and activity", 1),
        Table(("Measure", "2023/24", "2022/23"), (
            ("All incidents attended", "8,076", "7,745"),
            ("Dwelling fires", "437", "455"),
            ("Deaths in fires", "5", "2"),
            ("Injuries in fires", "38", "44"),
            ("Road traffic collisions attended", "586", "559"),
            ("False alarms from automatic systems", "2,388", "2,301"),
            ("Safe and well visits", "9,870", "8,215"),
            ("Fire safety audits", "1,104", "1,021"),
        )),
        Heading("Money", 1),
        Para("The Authority spent £36.9 million against a net revenue budget of £36.7 million, an overspend of £0.2 million "
             "caused by the national pay award."),
        Heading("Looking ahead", 1),
        Para("The new Community Risk Management Plan 2025-2029 goes out to public consultation in October 2024. From next "
             "year this report will measure progress against its Commitments."),
    )
    return Doc("ravensgarth-fra-annual-performance-report-2023-24.txt", blocks, "rfra-txt")


def crewing() -> Doc:
    """Report on changing the crewing at Yarrowford fire station after consultation (HTML, table front sheet)."""
    blocks = (
        Council(BODY),
        Title("Yarrowford Fire Station: changing how the second appliance is crewed"),
        Subtitle("Outcome of consultation and recommendation"),
        FrontSheet((
            ("Meeting", "Fire and Rescue Authority, 18 September 2025"),
            ("Agenda item", "6"),
            ("Report of", "Benedick Scrope, Deputy Chief Fire Officer"),
            ("Report author", "Lucan Featherstonehaugh, Area Manager, Service Delivery"),
            ("Contact", lines("lucan.featherstonehaugh@ravensgarth-fire.example.gov.uk", "01632 418 402")),
            ("Key decision", "Yes"),
            ("Areas affected", "Yarrowford, Stannock Bridge and Tilsey Cross station areas"),
            ("Plan link", "Community Risk Management Plan 2025-2029, Commitment C8"),
            ("Exempt information", "Appendix C (staffing details) is exempt under paragraph 4 of Schedule 12A"),
        )),
        Para(FICTION, small=True),
        Heading("1. Recommendations", 1),
        Para("That the Authority:"),
        Bullets((
            "approves Option B: the first appliance at Yarrowford stays wholetime and the second appliance is crewed by "
            "on-call firefighters, from 1 April 2026;",
            "delegates to the Chief Fire Officer, in consultation with the Chair of the Authority, the timetable for "
            "recruiting the on-call crew;",
            "asks for a review of response times in the Yarrowford area after the first twelve months.",
        ), marker="a"),
        Heading("2. Why a change is proposed", 1),
        Para("Yarrowford is a Band B station. Its second wholetime appliance attended 312 incidents in 2024/25, fewer than one "
             "a day, and was first to arrive at only 19 of them.", num="2.1"),
        Para("Crewing the second appliance with 14 on-call firefighters instead of 10 wholetime posts would save £612,000 a "
             "year. The ten posts would go through vacancies and retirements; there would be no compulsory redundancies.",
             num="2.2"),
        Para("Modelling shows the average time for the first appliance to reach a dwelling fire in the Yarrowford area would "
             "rise from 6 minutes 40 seconds to 6 minutes 55 seconds.", num="2.3"),
        Heading("3. Consultation", 1),
        Para("The Authority consulted for twelve weeks, from 2 June to 25 August 2025, and held four drop-in sessions at "
             "Yarrowford Library. There were 1,487 responses.", num="3.1"),
        Table(("Respondent group", "Responses", "Agree", "Disagree", "Not sure"), (
            ("Residents of the Yarrowford station area", "913", "201", "648", "64"),
            ("Other residents of the county", "356", "142", "171", "43"),
            ("Service staff", "118", "37", "74", "7"),
            ("Local businesses", "64", "29", "26", "9"),
            ("Partner organisations", "36", "21", "8", "7"),
            ("Total", "1,487", "430", "927", "130"),
        ), caption="Table 1: responses to the proposal"),
        Para("The main concerns raised were:", num="3.2"),
        Bullets((
            "slower response at night, when on-call crews take longer to turn out (raised 512 times);",
            "whether enough on-call firefighters can be recruited in Yarrowford (348);",
            "the wildfire risk on Skelderwick Moor in summer (221);",
            "the loss of wholetime jobs (163).",
        )),
        Para("The Fire Brigades Union, through its brigade secretary Thaddeus Lightbody, opposed the change and asked for the "
             "second appliance to stay wholetime at night from May to September.", num="3.3"),
        Heading("4. Options", 1),
        Table(("Option", "What it means", "Saving a year"), (
            ("A", "Keep both appliances wholetime", "None"),
            ("B (recommended)", "First appliance wholetime, second appliance on-call", "£612,000"),
            ("C", "Remove the second appliance altogether", "£1,050,000"),
        )),
        Para("Option C was rejected because the wildfire season needs two appliances in the north of the county.", num="4.1"),
        Heading("5. Finance and risk", 1),
        Para("Of the £612,000 saving, £95,000 a year would go into the on-call primary-employer scheme in Commitment C8. One-off "
             "costs of £48,000 cover recruiting and training the on-call crew.", num="5.1"),
        Para("If fewer than 10 on-call firefighters have been recruited by 31 March 2026 the change will be put back and "
             "reported to the Authority.", num="5.2"),
    )
    return Doc("ravensgarth-fra-2025-09-18-yarrowford-crewing-change.html", blocks, "rfra-web",
               meta_title="Yarrowford Fire Station: changing how the second appliance is crewed",
               footer="Ravensgarth Fire and Rescue Authority, Harrowgill House, Dunmarsh")


def docs() -> list[Doc]:
    """The Authority's four documents."""
    return [crmp(), performance_2025(), performance_2024(), crewing()]
