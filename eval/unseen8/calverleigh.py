"""Calverleigh Health and Wellbeing Board: the strategy's annual progress report in two editions (DOCX 2025, TXT 2024),
the Better Care Fund plan (PDF) and the Board's forward plan (HTML). All names and figures are invented."""

from __future__ import annotations

from eval.councils.model import (
    FICTION,
    Bullets,
    Council,
    Doc,
    FrontSheet,
    Heading,
    Para,
    Space,
    Subtitle,
    Table,
    Title,
    lines,
)

BOARD = "Calverleigh Health and Wellbeing Board"
PROGRESS_2025 = "calverleigh-hwb-2025-11-20-strategy-progress-2025.docx"
PROGRESS_2024 = "calverleigh-hwb-strategy-progress-2024.txt"
BCF = "calverleigh-hwb-better-care-fund-plan-2025-26.pdf"
FORWARD = "calverleigh-hwb-forward-plan-2026.html"
ICB = "Calverleigh and Wimbrook Integrated Care Board"

# Goal -> Workstream (code, name, lead) -> Deliverables (ref, text, due, 2025 assurance, 2025 comment, 2024 rating,
# 2024 update)
GOALS = (
    ("Goal 1: Best start in life", (
        ("1.1", "The first 1,001 days", "Head of Early Help, Calverleigh County Council", (
            ("1.1.1", "Open Family Hubs in Sallowford, Easterhythe, Nethercote and Hurstleigh", "March 2025",
             "Assured", "All four hubs are open; Hurstleigh opened in September 2025 after building works.",
             "Amber", "Three of the four hubs are open; Hurstleigh is held up by building works until 2025."),
            ("1.1.2", "Raise breastfeeding at 6 to 8 weeks to 52%", "March 2026",
             "Partly assured", "48.9% in quarter 1 of 2025/26; infant feeding peer supporters now work from all four "
             "hubs.", "Amber", "47.2% in quarter 1 of 2024/25."),
            ("1.1.3", "Offer every family a health visitor review at two and a half years", "March 2025",
             "Assured", "94% of families were offered a review in 2024/25.", "Green", "89% offered so far."),
        )),
        ("1.2", "Ready for school", "Head of Early Years, Calverleigh County Council", (
            ("1.2.1", "Train 600 early years practitioners in speech, language and communication", "March 2026",
             "Assured", "648 trained, so the target has been passed.", "Green", "310 trained."),
            ("1.2.2", "Raise take-up of funded childcare places for two-year-olds to 80%", "March 2027",
             "Too early to say", "Take-up is 71%; the campaign starts in January 2026.", "Grey", "Not started."),
        )),
        ("1.3", "Children and young people's mental health", f"Director of Mental Health Commissioning, {ICB}", (
            ("1.3.1", "Mental health support teams in 60% of schools", "September 2025",
             "Not assured", "Teams cover 41% of schools and the second wave of national funding was not confirmed. "
             "The ICB will bring options to the Board in September 2026.",
             "Amber", "Teams cover 41% of schools; a bid for a second wave has been made."),
            ("1.3.2", "Cut the wait for a first children's mental health appointment to 12 weeks", "March 2026",
             "Partly assured", "The average wait is 15 weeks, down from 21 weeks a year ago.", "Red",
             "The average wait is 21 weeks."),
        )),
    )),
    ("Goal 2: Living and working well", (
        ("2.1", "Smokefree Calverleigh", "Consultant in Public Health (Tobacco Control), Calverleigh County Council", (
            ("2.1.1", "Help 3,200 smokers a year to quit through the stop smoking service", "March 2026",
             "Assured", "3,314 quits in 2024/25.", "Green", "2,940 quits in 2023/24, on course."),
            ("2.1.2", "Offer smokefree pregnancy support in every maternity unit", "March 2025",
             "Assured", "In place in all three maternity units.", "Green",
             "In two of the three units; the third starts in January 2025."),
        )),
        ("2.2", "Healthy weight", "Consultant in Public Health (Healthy Weight), Calverleigh County Council", (
            ("2.2.1", "All six district councils sign the healthy weight declaration", "March 2025",
             "Assured", "All six have signed.", "Amber", "Four of the six district councils have signed."),
            ("2.2.2", "A family weight management programme for children in every district", "March 2026",
             "Partly assured", "Running in four districts; the other two start in spring 2026.", "Green",
             "Procured; starts in 2025."),
            ("2.2.3", "A county-wide specialist weight management service for adults", "April 2026",
             "Not assured", "ICB funding for a county-wide service was not confirmed. The Board is asked to replace "
             "this Deliverable with a targeted service for Sallowford and Easterhythe (recommendation 2.2).",
             "Amber", "Business case with the ICB for a decision in 2025."),
        )),
        ("2.3", "Good work and health", "Head of Employment and Skills, Calverleigh County Council", (
            ("2.3.1", "Support 400 people with long-term conditions into work through the WorkWell service",
             "March 2026", "Partly assured", "262 people supported into work since the service began in April 2025.",
             "Grey", "WorkWell starts in April 2025."),
            ("2.3.2", "Accredit 75 employers under the Calverleigh Healthy Workplace Charter", "March 2027",
             "Assured", "81 employers accredited.", "Green", "52 employers accredited."),
        )),
    )),
    ("Goal 3: Ageing well and independence", (
        ("3.1", "Falls prevention", "Cillian Rowse, Head of Community Services, Calverleigh Community Health", (
            ("3.1.1", "A falls response service for people who have fallen but are not injured, across the county "
             "from 8am to 10pm", "October 2025",
             "Not assured", "The service covers the north of the county only; recruitment for the south has failed "
             "twice. A deep dive comes to the Board on 19 March 2026.",
             "Amber", "Pilot running in the north of the county since June 2024."),
            ("3.1.2", "Provide 1,500 places a year on strength and balance classes", "March 2026",
             "Partly assured", "1,030 places in 2024/25.", "Red", "640 places in 2023/24, held back by a shortage "
             "of instructors."),
            ("3.1.3", "Home hazard checks for older people through the Disabled Facilities Grant teams", "March 2025",
             "Assured", "2,260 checks in 2024/25.", "Green", "Running in all six districts."),
        )),
        ("3.2", "Loneliness and social connection", "Assistant Director, Communities, Calverleigh County Council", (
            ("3.2.1", "Social prescribing link workers in every primary care network", "March 2025",
             "Assured", "All 14 primary care networks have link workers.", "Green", "12 of the 14 networks."),
            ("3.2.2", "Community connector grants for 60 local groups", "March 2027",
             "Too early to say", "Grants launched in October 2025; 19 groups funded so far.", "Grey",
             "Not started; launch planned for 2025."),
        )),
        ("3.3", "Home from hospital", f"Demelza Chenoweth, Director of Place, {ICB}", (
            ("3.3.1", "Cut the number of people in hospital who are well enough to leave to under 60 a day",
             "March 2026", "Partly assured", "An average of 78 a day in 2025, down from 91.", "Amber",
             "An average of 91 a day."),
            ("3.3.2", "Open a 20-bed step-down unit at Wimbrook", "June 2025",
             "Assured", "Opened in June 2025.", "Green", "Building work on track to open in spring 2025."),
        )),
    )),
)

# (measure, strategy baseline, 2024 report, 2025 report, 2024 trend, 2025 direction)
MEASURES = (
    ("Healthy life expectancy at birth, women (years)", "61.4", "61.8", "62.1", "Better", "Improving"),
    ("Smoking prevalence in adults", "14.1%", "13.2%", "12.4%", "Better", "Improving"),
    ("Children with a good level of development at the end of reception", "63.7%", "64.9%", "66.3%", "Better",
     "Improving"),
    ("Adults who are overweight or obese", "65.8%", "66.4%", "67.0%", "Worse", "Worsening"),
    ("Emergency admissions for falls, people aged 65 and over (per 100,000)", "2,390", "2,310", "2,180", "Better",
     "Improving"),
    ("Suicide rate (per 100,000)", "11.0", "11.4", "11.9", "Worse", "Worsening"),
    ("Adults who feel lonely often or always", "7.9%", "7.5%", "7.6%", "Better", "No change"),
)


def _goal_blocks(edition: int) -> tuple:
    """Goals, Workstreams and a Deliverables table per Workstream, in the wording of one edition."""
    out: list = []
    for goal, workstreams in GOALS:
        out.append(Heading(goal, 1))
        for code, name, lead, deliverables in workstreams:
            out.append(Heading(f"Workstream {code}: {name}", 2))
            out.append(Para(lead, label="Workstream lead:"))
            if edition == 2025:
                rows = tuple((ref, text, due, a25, c25) for ref, text, due, a25, c25, _r, _u in deliverables)
                out.append(Table(("Ref", "Deliverable", "Due", "Assurance", "Commentary"), rows,
                                 widths=(0.08, 0.34, 0.12, 0.14, 0.32)))
            else:
                rows = tuple((f"{ref} {text} (due {due})", r24, u24) for ref, text, due, _a, _c, r24, u24 in deliverables)
                out.append(Table(("Deliverable", "Rating", "Update"), rows))
    return tuple(out)


def progress_2025() -> Doc:
    """The 2025 annual progress report: grid front sheet, Goals -> Workstreams -> Deliverables, assurance levels."""
    blocks = (
        Council(BOARD),
        Title("Joint Local Health and Wellbeing Strategy 2023-2028: annual progress report 2025"),
        FrontSheet((
            ("Board meeting", "20 November 2025"),
            ("Agenda item", "6"),
            ("Report sponsor", "Dr Elowen Trengove, Director of Public Health"),
            ("Report author", lines("Oisin Polglase, Head of Public Health Intelligence", "01632 960583",
                                    "oisin.polglase@calverleigh.example")),
            ("Purpose", "Assurance and decision"),
            ("Strategy Goals", "All three"),
            ("Previous report", "Annual progress report 2024 (Board, 21 November 2024)"),
            ("Partners", f"Calverleigh County Council; {ICB}"),
        ), layout="grid"),
        Para(FICTION, small=True),
        Heading("1. Summary", 1),
        Para("This is the third annual report on the Joint Local Health and Wellbeing Strategy 2023-2028, prepared "
             f"jointly by Calverleigh County Council and the {ICB}. Of the 21 Deliverables, 10 are Assured, 6 Partly "
             "assured, 3 Not assured and 2 Too early to say.", num="1.1"),
        Para("The three Deliverables that are Not assured are mental health support teams in schools (1.3.1), the "
             "adult weight management service (2.2.3) and the falls response service (3.1.1).", num="1.2"),
        Heading("2. Recommendations", 1),
        Para("The Board is asked to note progress against the strategy's three Goals and nine Workstreams.", num="2.1"),
        Para("The Board is asked to agree that Deliverable 2.2.3 (a county-wide specialist weight management service "
             "for adults) is replaced by a targeted service for Sallowford and Easterhythe, the two districts with the "
             "highest rates of obesity, funded from the Public Health Grant at £420,000 a year.", num="2.2"),
        Para("The Board is asked to agree to a deep dive into falls prevention (Workstream 3.1) at its meeting on "
             "19 March 2026.", num="2.3"),
        Heading("3. How to read this report", 1),
        Para("The strategy has three Goals, each delivered through Workstreams (numbered 1.1 to 3.3); each Workstream "
             "has Deliverables (numbered 1.1.1 and so on) with a date. The Board's Delivery Group gives every "
             "Deliverable an assurance level: Assured (delivered, or the Group is confident it will be delivered on "
             "time), Partly assured (some risk to time or scope, with actions in hand), Not assured (will not be "
             "delivered as planned without a decision by the Board or a partner) and Too early to say (not yet started "
             "or not yet due for review).", num="3.1"),
        *_goal_blocks(2025),
        Heading("4. Success measures", 1),
        Para("Direction compares this report with last year's: Improving, No change or Worsening.", num="4.1"),
        Table(("Measure", "Strategy baseline", "Last year's report", "This report", "Direction"),
              tuple((m, b, r24, r25, d25) for m, b, r24, r25, _t, d25 in MEASURES),
              widths=(0.4, 0.14, 0.16, 0.14, 0.16)),
        Para("The suicide rate has risen for the second year running. The Director of Public Health will bring a new "
             "suicide prevention plan to the Board in September 2026.", num="4.2"),
        Heading("5. Next steps", 1),
        Para("The strategy will be refreshed in 2027, after the next Joint Strategic Needs Assessment. The 2026 progress "
             "report will come to the Board in November 2026.", num="5.1"),
    )
    return Doc(PROGRESS_2025, blocks, "chwb-report",
               meta_title="Joint Local Health and Wellbeing Strategy: annual progress report 2025",
               author="Public Health Intelligence, Calverleigh County Council")


def progress_2024() -> Doc:
    """The same report a year earlier: Label: value front sheet, traffic-light ratings, a different author."""
    blocks = (
        Council(BOARD),
        Title("Joint Local Health and Wellbeing Strategy 2023-2028: annual progress report 2024"),
        FrontSheet((
            ("Meeting", "Health and Wellbeing Board, 21 November 2024"),
            ("Item", "7"),
            ("Sponsor", "Dr Elowen Trengove, Director of Public Health"),
            ("Author", "Branwell Rundle, Public Health Strategy Manager, 01632 960571"),
            ("For", "Information and discussion"),
        ), layout="lines"),
        Para(FICTION, small=True),
        Heading("Summary", 1),
        Para("This is the second annual report on the strategy. The Delivery Group has given each of the 21 "
             "Deliverables a traffic-light rating: Green (on track), Amber (some slippage that can be recovered), Red "
             "(significant slippage or at risk) or Grey (not started). This year 9 are Green, 7 Amber, 2 Red and 3 "
             "Grey."),
        Para("The two Red Deliverables are the wait for children's mental health appointments (1.3.2) and strength "
             "and balance classes (3.1.2)."),
        *_goal_blocks(2024),
        Heading("Success measures", 1),
        Para("Trend compares this report with the strategy baseline: Better, Same or Worse."),
        Table(("Measure", "Strategy baseline", "This report", "Trend"),
              tuple((m, b, r24, t24) for m, b, r24, _r25, t24, _d in MEASURES)),
        Heading("Next steps", 1),
        Para("The Better Care Fund plan for 2025-26 will be agreed in March 2025. The next progress report will come to "
             "the Board in November 2025."),
    )
    return Doc(PROGRESS_2024, blocks, "chwb-txt",
               meta_title="Joint Local Health and Wellbeing Strategy: annual progress report 2024", author=BOARD)


SCHEMES = (
    ("BCF01", "Community rapid response (urgent care at home within two hours)", "Calverleigh Community Health",
     "6,840", "Avoidable admissions"),
    ("BCF02", "Falls response service", "Calverleigh Community Health", "1,260", "Falls"),
    ("BCF03", "Strength and balance programme", "Active Calverleigh", "410", "Falls"),
    ("BCF04", "Disabled Facilities Grants (home adaptations)", "The six district councils", "4,918",
     "Residential admissions"),
    ("BCF05", "Reablement at home", "Calverleigh County Council", "9,730", "Discharge"),
    ("BCF06", "Discharge to assess beds", "Independent care homes", "5,120", "Discharge"),
    ("BCF07", "Wimbrook step-down unit (20 beds)", "Calverleigh County Council", "2,470", "Discharge"),
    ("BCF08", "Home care for people leaving hospital", "Calverleigh County Council", "8,640", "Discharge"),
    ("BCF09", "Carers' support and breaks", "Calverleigh Carers Centre", "2,105", "Residential admissions"),
    ("BCF10", "Social prescribing and community connectors", ICB, "1,350", "Avoidable admissions"),
    ("BCF11", "Technology-enabled care (alarms and sensors)", "Calverleigh County Council", "1,880",
     "Residential admissions"),
    ("BCF12", "Integrated care teams (community nursing and therapy)", "Calverleigh Community Health", "12,920",
     "Avoidable admissions"),
    ("BCF13", "Hospital discharge hub (trusted assessors)", ICB, "1,540", "Discharge"),
    ("BCF14", "Care Act duties and social work", "Calverleigh County Council", "1,204", "Residential admissions"),
    ("BCF15", "Programme management and contingency", "Calverleigh County Council", "900", "All"),
    ("Total", "", "", "61,287", ""),
)


def bcf() -> Doc:
    """Better Care Fund plan 2025-26: two-column front sheet, funding and metrics tables, schemes over a page break."""
    blocks = (
        Council(BOARD),
        Title("Better Care Fund Plan 2025-26"),
        Subtitle(f"Calverleigh County Council and {ICB}"),
        FrontSheet((
            ("Plan owner", BOARD),
            ("Approved by", "Cllr Araminta Nankivell, Chair of the Health and Wellbeing Board, under delegated "
                            "authority on 28 March 2025; reported to the Board on 12 June 2025"),
            ("Submitted to", "NHS England on 31 March 2025"),
            ("Pooled budget", "Section 75 agreement between the Council and the ICB, hosted by Calverleigh County "
                              "Council"),
            ("Contact", lines("Sunniva Kitto, Better Care Fund Programme Manager", "01632 960602",
                              "sunniva.kitto@calverleigh.example")),
        )),
        Para(FICTION, small=True),
        Heading("1. What the fund is for", 1),
        Para("The Better Care Fund pools health and social care money so that people in Calverleigh can stay well at "
             "home, avoid unplanned hospital stays and get home quickly when they do go in. It supports Goal 3 of the "
             "Joint Local Health and Wellbeing Strategy (ageing well and independence)."),
        Heading("2. Funding", 1),
        Table(("Funding stream", "2024-25 £000", "2025-26 £000"), (
            ("NHS minimum contribution", "36,944", "38,412"),
            ("Disabled Facilities Grant", "4,918", "4,918"),
            ("Local Authority Better Care Grant", "15,630", "16,207"),
            ("Additional Council contribution", "1,150", "1,150"),
            ("Additional ICB contribution", "0", "600"),
            ("Total pooled budget", "58,642", "61,287"),
        ), widths=(0.56, 0.22, 0.22)),
        Heading("3. National metrics and our goals", 1),
        Table(("Metric", "2024-25 outturn", "2025-26 goal"), (
            ("Emergency admissions for conditions usually managed outside hospital (per 100,000)", "742", "705"),
            ("People discharged from hospital to their usual place of residence", "91.8%", "92.5%"),
            ("Emergency admissions due to falls, aged 65 and over (per 100,000)", "2,180", "2,090"),
            ("Long-term admissions to residential and nursing care, aged 65 and over (per 100,000)", "588", "540"),
            ("People in hospital each day who are well enough to leave (average)", "78", "60"),
        ), widths=(0.6, 0.2, 0.2)),
        Heading("4. Changes from 2024-25", 1),
        Bullets((
            "The falls response service (BCF02) grows from £720,000 to £1,260,000 so that it can cover the south of "
            "the county from October 2025.",
            "The new £600,000 ICB contribution part-funds the hospital discharge hub (BCF13).",
            "The night sitting service is stopped after low use, saving £340,000.",
        )),
        Heading("5. Risks", 1),
        Table(("Risk", "Likelihood", "Impact", "Mitigation"), (
            ("Home care providers cannot recruit enough staff to meet discharge demand", "High", "High",
             "Fee uplift of 6.2% and a joint recruitment campaign"),
            ("Falls response staff not recruited for the south of the county by October 2025", "Medium", "Medium",
             "Joint posts with the ambulance service"),
            ("Demand for discharge to assess beds exceeds the budget", "Medium", "High",
             "Weekly review of length of stay; £900,000 contingency in BCF15"),
        ), widths=(0.4, 0.12, 0.12, 0.36)),
        Heading("6. What the fund delivered in 2024-25", 1),
        Table(("Output", "2024-25"), (
            ("People who received reablement at home", "3,112"),
            ("Home adaptations completed with Disabled Facilities Grants", "612"),
            ("Carers given a break", "1,480"),
            ("Falls response call-outs (north of the county only)", "2,036"),
            ("People supported by social prescribing link workers", "9,870"),
            ("People using technology-enabled care at the year end", "5,245"),
        ), widths=(0.75, 0.25)),
        Para("Of the people aged 65 and over who received reablement after a hospital stay, 87.4% were still at home "
             "91 days later."),
        Space(60),
        Heading("7. Schemes", 1, keep=False),
        Para("Fifteen schemes are funded in 2025-26. Each supports one of the national metrics."),
        Table(("Ref", "Scheme", "Provider", "2025-26 £000", "Metric supported"), SCHEMES,
              widths=(0.1, 0.36, 0.26, 0.12, 0.16)),
        Heading("8. Governance", 1),
        Para("The Joint Commissioning Executive oversees the fund each month. Quarterly returns go to NHS England, and "
             "the year-end report comes to the Health and Wellbeing Board on 18 June 2026."),
    )
    return Doc(BCF, blocks, "chwb-bcf", meta_title="Better Care Fund Plan 2025-26", author=BOARD,
               footer="Calverleigh Better Care Fund Plan 2025-26")


def _meeting(date: str, items: tuple[tuple[str, str, str], ...]) -> tuple:
    """One meeting of the forward plan: a heading and its items."""
    return (Heading(date, 1), Table(("Item", "Lead", "Purpose"), items))


def forward_plan() -> Doc:
    """The Board's forward plan for 2026: definition-list front sheet, a table per meeting, deferred items."""
    dph = "Dr Elowen Trengove, Director of Public Health"
    blocks = (
        Council(BOARD),
        Title("Health and Wellbeing Board forward plan 2026"),
        FrontSheet((
            ("Board", BOARD),
            ("Chair", "Cllr Araminta Nankivell"),
            ("Vice-Chair", f"Demelza Chenoweth, Director of Place, {ICB}"),
            ("Last updated", "8 December 2025"),
            ("Contact", lines("Jethro Bolitho, Democratic Services Officer", "01632 960519", "hwb@calverleigh.example")),
        ), layout="dl"),
        Para(FICTION, small=True),
        Para("This plan lists the items the Board expects to take at its formal meetings in 2026. Items may move; the "
             "plan is refreshed after each meeting. Each item has a purpose: Decision (the Board is asked to agree "
             "something), Assurance (the Board checks that something is working), Discussion (the Board shapes work "
             "in progress) or Information (for noting). Meetings are held at County Hall, Sallowford, at 2pm."),
        *_meeting("Thursday 19 March 2026", (
            ("Falls prevention deep dive (strategy Workstream 3.1)",
             "Cillian Rowse, Head of Community Services, Calverleigh Community Health", "Assurance"),
            ("Pharmaceutical Needs Assessment 2026-2029: draft for consultation", dph, "Decision"),
            ("Better Care Fund 2025-26: quarter 3 return", "Sunniva Kitto, Better Care Fund Programme Manager",
             "Information"),
            ("Healthwatch Calverleigh: priorities for the year ahead", "Kirsten Vosper, Chief Officer, Healthwatch Calverleigh",
             "Discussion"),
        )),
        *_meeting("Thursday 18 June 2026", (
            ("Better Care Fund 2025-26: year-end report", "Sunniva Kitto, Better Care Fund Programme Manager",
             "Assurance"),
            ("Pharmaceutical Needs Assessment 2026-2029: final version for publication", dph, "Decision"),
            ("Joint Strategic Needs Assessment: oral health chapter", dph, "Discussion"),
            ("Director of Public Health's annual report 2025: the health of young carers", dph, "Information"),
        )),
        *_meeting("Thursday 17 September 2026", (
            ("Mental health support teams in schools: options", f"Director of Mental Health Commissioning, {ICB}",
             "Decision"),
            ("Suicide prevention plan 2026-2030", dph, "Decision"),
            ("Adult weight management: the targeted service for Sallowford and Easterhythe",
             "Consultant in Public Health (Healthy Weight)", "Assurance"),
            ("Housing and health memorandum of understanding", "Chief Housing Officers' Group", "Decision"),
        )),
        *_meeting("Thursday 19 November 2026", (
            ("Joint Local Health and Wellbeing Strategy: annual progress report 2026",
             "Oisin Polglase, Head of Public Health Intelligence", "Assurance"),
            ("Calverleigh Safeguarding Adults Board annual report 2025-26", "Independent Chair of the Safeguarding "
             "Adults Board", "Information"),
            ("Strategy refresh: timetable and engagement plan", dph, "Decision"),
        )),
        Heading("Development sessions (not held in public)", 1),
        Bullets((
            "23 April 2026: the Board's part in the neighbourhood health model",
            "15 October 2026: using population health data",
        )),
        Heading("Items deferred or removed", 1),
        Table(("Item", "Was due", "Now", "Reason"), (
            ("County-wide specialist weight management service for adults", "March 2026", "Removed",
             "Replaced by a targeted service for Sallowford and Easterhythe (Board decision, 20 November 2025)"),
            ("Housing and health memorandum of understanding", "March 2026", "17 September 2026",
             "Waiting for the district councils' new housing strategies"),
        )),
    )
    return Doc(FORWARD, blocks, "chwb-web", meta_title="Health and Wellbeing Board forward plan 2026", author=BOARD,
               footer="Calverleigh Health and Wellbeing Board - Democratic Services, County Hall, Sallowford")


def docs() -> list[Doc]:
    """Calverleigh Health and Wellbeing Board's four papers."""
    return [progress_2025(), progress_2024(), bcf(), forward_plan()]
