"""Hallamoor Fire and Rescue Authority: a community risk management plan of Pledges, Commitments and Milestones (PDF),
the quarter 3 performance report 2025/26 (DOCX) and the same report a year earlier (TXT), and the Fire Authority's
budget meeting minutes (HTML)."""

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

AUTHORITY = "Hallamoor Fire and Rescue Authority"
PLAN = "hallamoor-fra-community-risk-management-plan-2025-2029.pdf"
PERFORMANCE = "hallamoor-fra-2026-02-05-performance-q3-2025-26.docx"
PERFORMANCE_BEFORE = "hallamoor-fra-performance-q3-2024-25.txt"
MINUTES = "hallamoor-fra-authority-minutes-2026-02-19.html"


def plan() -> Doc:
    """The community risk management plan: three Pledges, Commitments coded PR/PT/RS, Milestones as lists; the RS2
    Milestones run over a page break."""
    blocks = (
        Council(AUTHORITY.upper()),
        Title("Community Risk Management Plan 2025-2029"),
        Subtitle("Safer homes, safer roads, safer moorland. Approved by the Fire Authority on 13 March 2025."),
        Para(FICTION, small=True),
        Heading("Foreword by the Chief Fire Officer"),
        Para("Hallamoor is a county of market towns, older terraced streets and open moorland. We protect it from 14 fire "
             "stations, nine of them crewed by on-call firefighters who live or work nearby and respond when paged. In "
             "2023/24 we attended 8,214 incidents, of which 2,106 were fires and 1,377 were road traffic collisions. This "
             "plan sets out how we will use our people, stations and money over the next four years to reduce the risks "
             "that matter most. - Ingrid Maltravers-Cole, Chief Fire Officer"),
        Heading("How this plan is organised"),
        Para("The plan is built on three Pledges. Each Pledge is delivered through Commitments, coded PR for prevention, PT "
             "for protection and RS for response, and each Commitment lists the Milestones by which the Fire Authority will "
             "judge whether it has been delivered. Progress on every Milestone is reported to the Performance and Scrutiny "
             "Committee each quarter as Achieved, Progressing, Delayed or Not yet due."),
        Heading("Our risk profile"),
        Para("The highest risks are on the moorland fringe between Skelwick and Upper Ludden, where a single wildfire on "
             "Skelwick Moor burned 1,340 hectares in July 2024, and in the older terraced housing of Farrowgate, where "
             "dwelling fires are twice the county rate. The A6391 through Wexley Bridge accounts for 31% of the road "
             "traffic collisions we attend."),
        Heading("Pledge 1: Prevent fires and other emergencies from happening"),
        Heading("Commitment PR1 - Safe and Well visits", 2),
        Para("Our firefighters and advocates visit homes to fit smoke alarms and talk through falls, fire and health risks. "
             "We will target the visits at people most at risk. Lead: Head of Prevention."),
        Para("Milestones:"),
        Bullets(("Carry out 9,500 Safe and Well visits a year by 2026/27",
                 "Make at least 70% of visits to people referred by partners as at higher risk",
                 "Sign a data-sharing agreement with Hallamoor Community Health NHS Trust by September 2025")),
        Heading("Commitment PR2 - Wildfire", 2),
        Para("Wildfires on the moors are becoming larger and more frequent. Lead: Area Manager, Moorland Group."),
        Para("Milestones:"),
        Bullets(("Train every on-call firefighter at Skelwick and Upper Ludden in wildfire tactics by March 2026",
                 "Buy two all-terrain wildfire units by 2026/27",
                 "Agree a moorland burning code with landowners and the Moorland Wardens' Forum by 2027")),
        Heading("Commitment PR3 - Road safety", 2),
        Para("Lead: Road Safety Manager, working with the Hallamoor Road Safety Partnership."),
        Para("Milestones:"),
        Bullets(("Run the Second Look young-driver course in every secondary school by 2027",
                 "Halve the number of people killed or seriously injured on the A6391 by 2029, from 42 in 2023")),
        Heading("Pledge 2: Protect people in the buildings where they live, work and visit"),
        Heading("Commitment PT1 - Risk-based inspection", 2),
        Para("We inspect the buildings where a fire would put most people at risk first. Lead: Head of Protection."),
        Para("Milestones:"),
        Bullets(("Audit all 212 residential buildings over 18 metres by March 2026",
                 "Carry out 1,800 fire safety audits a year from 2025/26",
                 "Recruit six more fire safety inspectors by 2026")),
        Heading("Commitment PT2 - Unwanted fire signals", 2),
        Para("False alarms from automatic fire alarm systems take crews away from training, prevention and real "
             "emergencies. Lead: Head of Protection."),
        Para("Milestones:"),
        Bullets(("Reduce attendances at unwanted fire signals from 2,480 in 2023/24 to under 1,900 by 2027/28",
                 "Stop attending automatic alarms at commercial premises in the daytime unless a fire is confirmed, "
                 "from April 2026")),
        Heading("Pledge 3: Respond quickly and effectively when emergencies happen"),
        Heading("Commitment RS1 - Response standards", 2),
        Para("We measure the time from answering the 999 call to the first fire engine arriving. Our standards, and how "
             "we performed against them in 2023/24, are:"),
        Table(("Incident type", "Standard", "2023/24"),
              (("Dwelling fires", "First appliance within 10 minutes on 80% of occasions", "79.1%"),
               ("Other building fires", "First appliance within 12 minutes on 80% of occasions", "81.2%"),
               ("Road traffic collisions", "First appliance within 15 minutes on 80% of occasions", "83.6%")),
              widths=(0.28, 0.54, 0.18)),
        Space(6),
        Heading("Commitment RS2 - On-call availability", 2, keep=False),
        Para("An on-call fire engine can only respond if enough trained firefighters are available. Availability fell to "
             "76.5% in 2023/24. Lead: Area Manager, On-call."),
        Para("Milestones:"),
        Bullets(("Raise on-call appliance availability to 85% by 2027",
                 "Pay on-call firefighters a retaining fee banded by the hours of cover they give, from April 2025",
                 "Launch a primary employer scheme with at least 40 local employers by 2026",
                 "Introduce 60-hour cover contracts for parents and carers by 2026",
                 "Open on-call recruitment twice a year instead of once",
                 "Review crewing at Wexley Bridge, Brindholme and Skelwick by March 2026")),
        Heading("Commitment RS3 - Stations for the future", 2),
        Para("Brindholme and Skelwick stations are more than 60 years old and four miles apart. Lead: Director of "
             "Corporate Services."),
        Para("Milestones:"),
        Bullets(("Buy a site at Scarcliffe Cross for a new station by 2025/26",
                 "Consult the public on merging Brindholme and Skelwick stations in 2026",
                 "Open the new Scarcliffe Cross fire station and training centre by 2028/29")),
        Heading("How we will pay for it"),
        Para("The Authority's net revenue budget for 2025/26 is £48.6 million, of which £29.3 million comes from council "
             "tax. A Band D household pays £92.14 a year for its fire and rescue service in 2025/26. The capital programme "
             "for the four years of the plan is £21.8 million, most of it for the Scarcliffe Cross station and new fire "
             "engines."),
    )
    return Doc(PLAN, blocks, "hfra-plan", meta_title="Community Risk Management Plan 2025-2029",
               author=AUTHORITY, footer="Hallamoor CRMP 2025-2029")


SCORECARD_2025 = (
    ("HF1", "Dwelling fires", "560", "541", "588", "Better", "Met"),
    ("HF2", "Deaths in accidental dwelling fires", "0", "3", "2", "Worse", "Missed"),
    ("HF3", "Injuries in dwelling fires", "40", "38", "44", "Better", "Met"),
    ("HF4", "Safe and Well visits completed", "7,125", "6,412", "5,980", "Better", "Missed"),
    ("HF5", "Safe and Well visits to higher-risk referrals", "70%", "66.8%", "61.2%", "Better", "Close"),
    ("HF6", "Fire safety audits completed", "1,350", "1,398", "1,207", "Better", "Met"),
    ("HF7", "Unwanted fire signals attended", "1,520", "1,611", "1,744", "Better", "Missed"),
    ("HF8", "First appliance at dwelling fires within 10 minutes", "80%", "77.9%", "79.4%", "Worse", "Close"),
    ("HF9", "On-call appliance availability", "85%", "71.3%", "74.0%", "Worse", "Missed"),
    ("HF10", "Wildfire incidents", "none set", "96", "212", "Better", "Not rated"),
    ("HF11", "Shifts lost to sickness per employee", "6.0", "6.4", "7.1", "Better", "Missed"),
)


def performance() -> Doc:
    """Quarter 3 performance report 2025/26: a scorecard with the report's own rating and direction words defined in
    prose, commentary on the measures missed, and Milestone progress in the plan's own status words."""
    blocks = (
        Council(AUTHORITY),
        Title("Performance report: quarter 3 2025/26"),
        Subtitle("Performance and Scrutiny Committee, 5 February 2026"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Report to", "Performance and Scrutiny Committee"),
            ("Date of meeting", "5 February 2026"),
            ("Agenda item", "7"),
            ("Report of", "Caspian Hurrell, Assistant Chief Fire Officer (Service Delivery)"),
            ("Lead Member", "Councillor Philomena Tiplady, Lead Member for Performance"),
            ("Contact officer", lines("Temperance Wakeling, Head of Performance and Assurance", "01632 960418",
                                      "temperance.wakeling@hallamoorfire.example")),
            ("Status", "Open"),
            ("Purpose", "To report performance against the Authority's targets for April to December 2025 and progress "
                        "on the Milestones of the Community Risk Management Plan 2025-2029."),
        ), layout="table"),
        Heading("1. Recommendations"),
        Para("That the Committee notes performance for April to December 2025.", num="1.1"),
        Para("That the Committee asks for a report on on-call availability, including Upper Ludden, at its June 2026 "
             "meeting.", num="1.2"),
        Heading("2. How the scorecard is rated"),
        Para("Each measure with a target is rated Met (at or better than target), Close (worse than target by no more "
             "than 5%) or Missed (worse than target by more than 5%). Measures without a target are shown as Not rated. "
             "Direction compares April to December 2025 with April to December 2024 and is given as Better, Worse or "
             "Steady (a change of less than 1%). Figures are for the year to date."),
        Para("Of the ten rated measures, three are Met, two are Close and five are Missed.", num="2.1"),
        Heading("3. Scorecard, April to December 2025"),
        Table(("Ref", "Measure", "Target", "Apr-Dec 2025", "Apr-Dec 2024", "Direction", "Rating"), SCORECARD_2025,
              widths=(0.07, 0.33, 0.1, 0.12, 0.12, 0.12, 0.14)),
        Heading("4. Measures missed"),
        Para("Deaths (HF2). Three people died in accidental dwelling fires between April and December 2025, two of them "
             "in Farrowgate. All three were aged over 75 and none had received a Safe and Well visit. A joint case review "
             "with Hallamoor Community Health NHS Trust is under way and will report in April 2026.", num="4.1"),
        Para("Safe and Well visits (HF4). 6,412 visits were completed against a year-to-date target of 7,125. Visits "
             "stopped for six weeks in July and August 2025 while the new booking system was installed; the monthly rate "
             "has been above profile since October.", num="4.2"),
        Para("Unwanted fire signals (HF7). Attendances have fallen by 133 on last year but remain above target. Hospitals "
             "account for 412 of the 1,611 attendances. The call-challenge policy for commercial premises starts on "
             "1 April 2026.", num="4.3"),
        Para("On-call availability (HF9). Availability fell to 71.3% because of 38 on-call vacancies across the nine "
             "on-call stations. Upper Ludden's fire engine was available only 48.6% of the time. Recruitment courses "
             "in September 2025 and March 2026 will add 22 firefighters.", num="4.4"),
        Para("Sickness (HF11). Musculoskeletal injuries account for 41% of shifts lost. The new physiotherapy contract "
             "began in November 2025.", num="4.5"),
        Heading("5. Progress on Community Risk Management Plan Milestones"),
        Para("Milestones are reported in the plan's own terms: Achieved, Progressing, Delayed or Not yet due."),
        Table(("Commitment", "Milestone", "Progress", "Comment"), (
            ("PR1", "Data-sharing agreement with the NHS trust", "Achieved", "Signed on 22 August 2025"),
            ("PR2", "Wildfire training for on-call firefighters at Skelwick and Upper Ludden", "Progressing",
             "41 of 58 firefighters trained"),
            ("PR2", "Two all-terrain wildfire units", "Delayed",
             "The supplier went into administration in October 2025; re-tendered, with delivery now expected in June 2026"),
            ("PT1", "Audit all 212 residential buildings over 18 metres", "Progressing", "187 audited by 31 December 2025"),
            ("PT2", "Call challenge for commercial automatic alarms", "Not yet due",
             "Policy approved by the Authority in November 2025; starts 1 April 2026"),
            ("RS2", "Primary employer scheme with 40 employers", "Delayed", "23 employers signed up"),
            ("RS2", "Review crewing at Wexley Bridge, Brindholme and Skelwick", "Progressing",
             "Wexley Bridge proposal goes to the Fire Authority on 19 February 2026"),
            ("RS3", "Site at Scarcliffe Cross", "Achieved", "Bought on 14 October 2025 for £2.35 million"),
        ), widths=(0.13, 0.35, 0.15, 0.37)),
        Heading("6. Financial implications"),
        Para("There are no direct financial implications. The recruitment courses in paragraph 4.4 are funded within the "
             "on-call pay budget, which is forecast to underspend by £380,000 because of the vacancies."),
    )
    return Doc(PERFORMANCE, blocks, "hfra-report", meta_title="Performance report quarter 3 2025/26",
               author="Temperance Wakeling")


SCORECARD_2024 = (
    ("K1", "Dwelling fires", "600", "588", "612", "Improved", "On target"),
    ("K2", "Deaths in accidental dwelling fires", "0", "2", "4", "Improved", "Off target"),
    ("K3", "Injuries in dwelling fires", "45", "44", "51", "Improved", "On target"),
    ("K4", "Safe and Well visits completed", "6,750", "5,980", "5,505", "Improved", "Off target"),
    ("K5", "Safe and Well visits to higher-risk referrals", "65%", "61.2%", "58.0%", "Improved", "Off target"),
    ("K6", "Fire safety audits completed", "1,200", "1,207", "1,118", "Improved", "On target"),
    ("K7", "Unwanted fire signals attended", "1,700", "1,744", "1,861", "Improved", "Near target"),
    ("K8", "First appliance at dwelling fires within 10 minutes", "80%", "79.4%", "78.8%", "Improved", "Near target"),
    ("K9", "On-call appliance availability", "85%", "74.0%", "76.5%", "Declined", "Off target"),
    ("K10", "Wildfire incidents", "none set", "212", "143", "Declined", "Not rated"),
    ("K11", "Shifts lost to sickness per employee", "6.5", "7.1", "7.4", "Improved", "Off target"),
)


def performance_before() -> Doc:
    """The quarter 3 performance report a year earlier, with different rating words and a different contact."""
    blocks = (
        Council(AUTHORITY),
        Title("Quarter 3 performance report 2024/25"),
        Para(FICTION),
        FrontSheet((
            ("Meeting", "Performance and Scrutiny Committee"),
            ("Date", "6 February 2025"),
            ("Item", "6"),
            ("Report of", "Caspian Hurrell, Assistant Chief Fire Officer (Service Delivery)"),
            ("Lead Member", "Councillor Alasdair Redfearn, Lead Member for Performance"),
            ("Contact", lines("Leofric Dimmock, Performance Manager", "01632 960402")),
            ("Purpose", "To report performance for April to December 2024."),
        )),
        Heading("Recommendation"),
        Para("That the Committee notes performance for April to December 2024 and the actions proposed for the "
             "measures that are off target."),
        Heading("Rating the measures"),
        Para("Measures are rated On target, Near target (within 5% of target) or Off target. Trend compares April to "
             "December 2024 with April to December 2023 and is shown as Improved, Declined or Unchanged."),
        Heading("Scorecard, April to December 2024"),
        Table(("Ref", "Measure", "Target", "Apr-Dec 2024", "Apr-Dec 2023", "Trend", "Rating"), SCORECARD_2024),
        Heading("Commentary"),
        Para("Deaths (K2). Two people died in accidental dwelling fires, one in Farrowgate and one in Wexley Bridge."),
        Para("Safe and Well visits (K4). Visits are up 8.6% on last year but 770 behind the year-to-date target. Two "
             "advocates' posts were vacant from June to November 2024."),
        Para("On-call availability (K9). Availability fell to 74.0%. There are 29 on-call vacancies, and Brindholme's "
             "fire engine was available only 61.9% of the time. A retaining fee banded by hours of cover is proposed "
             "from April 2025."),
        Para("Wildfire (K10). 212 wildfire incidents were attended, including the Skelwick Moor fire in July 2024, which "
             "burned 1,340 hectares and needed crews from four neighbouring services over nine days."),
        Para("Sickness (K11). Shifts lost fell to 7.1 per employee; mental health accounts for 33% of absence."),
        Heading("Looking ahead"),
        Para("The draft Community Risk Management Plan 2025-2029 goes to the Fire Authority for approval on 13 March "
             "2025. Its targets will replace these from April 2025."),
    )
    return Doc(PERFORMANCE_BEFORE, blocks, "hfra-txt")


PRESENT = ("Councillors Desmond Oglander (Chair), Philomena Tiplady (Vice-Chair), Osric Brackley, Tamsin Cordingley, "
           "Fergus Hattersley, Gwendolen Iveson, Cedric Kitchingman, Isolde Lightowler, Rupert Ormesher, Anjali "
           "Sandhu-Rowe, Quentin Stirk, Una Thackeray-Bell and Ewart Ledgard.")


def minutes() -> Doc:
    """Fire Authority minutes: a petition, the budget and precept with a lost amendment and a recorded vote, a crewing
    change with a declared interest, and the Chief Fire Officer's retirement."""
    blocks = (
        Council(AUTHORITY),
        Title("Minutes of the meeting of the Fire Authority"),
        Subtitle("Thursday 19 February 2026 at 10.00am, Service Headquarters, Farrowgate"),
        Para(FICTION, small=True),
        Para(PRESENT, label="Present:"),
        Para("Ingrid Maltravers-Cole (Chief Fire Officer), Caspian Hurrell (Assistant Chief Fire Officer), Perdita "
             "Strangways (Treasurer) and Barnaby Quarrendon (Clerk and Monitoring Officer).", label="Officers:"),
        Heading("FA/25-26/64 Apologies"),
        Para("Apologies were received from Councillor Alasdair Redfearn."),
        Heading("FA/25-26/65 Declarations of interest"),
        Para("Councillor Cedric Kitchingman declared an other registrable interest in minute FA/25-26/69 as an on-call "
             "firefighter at Wexley Bridge and left the room for that item. No other interests were declared."),
        Heading("FA/25-26/66 Minutes"),
        Para("RESOLVED that the minutes of the meeting held on 20 November 2025 be approved as a correct record."),
        Heading("FA/25-26/67 Petition: Keep Wexley Bridge crewed at night"),
        Para("Mrs Annis Holroyd-Pike, the lead petitioner, presented a petition of 2,318 signatures asking the Authority "
             "to keep a wholetime crew at Wexley Bridge fire station overnight. Under the Authority's petition scheme a "
             "petition of more than 1,500 signatures is debated by the Fire Authority. She spoke for five minutes about "
             "night-time response times on the A6391."),
        Para("RESOLVED that the petition be noted and the petitioners' concerns be taken into account under minute "
             "FA/25-26/69."),
        Heading("FA/25-26/68 Revenue budget, capital programme and precept 2026/27"),
        Para("The Treasurer presented the budget. The net revenue budget of £50,912,000 includes pay awards of 3.5%, "
             "savings of £1.42 million and no use of the general reserve. The Authority may raise the Band D precept by "
             "up to £5 without a referendum."),
        Para("Councillor Rupert Ormesher moved and Councillor Una Thackeray-Bell seconded an amendment to use £640,000 "
             "of the general reserve to keep wholetime night crewing at Wexley Bridge for 2026/27. The Treasurer advised "
             "that this would take the general reserve below its £2.5 million minimum. On being put to the vote the "
             "amendment was LOST (4 for, 8 against, 1 abstention)."),
        Para("A recorded vote was taken on the substantive motion. For (9): Councillors Brackley, Cordingley, "
             "Hattersley, Iveson, Kitchingman, Lightowler, Oglander, Tiplady and Ledgard. Against (3): Councillors "
             "Ormesher, Stirk and Thackeray-Bell. Abstained (1): Councillor Sandhu-Rowe."),
        Para("RESOLVED that:"),
        Bullets(("the net revenue budget for 2026/27 be set at £50,912,000;",
                 "the Band D council tax for fire and rescue be set at £97.14 for 2026/27, an increase of £5.00 (5.43%);",
                 "the capital programme of £7.46 million for 2026/27 be approved, including £4.1 million for the Scarcliffe "
                 "Cross fire station;",
                 "the minimum level of the general reserve remain £2.5 million."), marker="a"),
        Heading("FA/25-26/69 Crewing at Wexley Bridge fire station"),
        Para("The Chief Fire Officer presented the review of crewing required by the Community Risk Management Plan. "
             "Wexley Bridge attends an average of 1.3 incidents a night. Changing it from wholetime to day-crewed, with "
             "night cover from on-call firefighters, would save £640,000 a year. Brindholme and Skelwick will be "
             "considered with the Scarcliffe Cross consultation later in 2026."),
        Para("RESOLVED (by 8 votes to 4) that:"),
        Bullets(("Wexley Bridge fire station change from wholetime to day-crewed from 1 October 2026;",
                 "availability of the Wexley Bridge on-call fire engine be reported to the Performance and Scrutiny "
                 "Committee every quarter;",
                 "the lead petitioner be told of the decision in writing."), marker="a"),
        Heading("FA/25-26/70 Performance, quarter 3 2025/26"),
        Para("Councillor Philomena Tiplady, Lead Member for Performance, reported that the Performance and Scrutiny "
             "Committee had considered the quarter 3 report on 5 February 2026. Members expressed sympathy to the families "
             "of the three people who died in dwelling fires."),
        Para("RESOLVED that the report be noted."),
        Heading("FA/25-26/71 Chief Fire Officer"),
        Para("The Chair announced that Ingrid Maltravers-Cole will retire on 31 August 2026 after eight years as Chief "
             "Fire Officer."),
        Para("RESOLVED that an appointments panel of five members (Councillors Oglander, Tiplady, Cordingley, Ormesher "
             "and Ledgard) be set up to recommend the appointment of a new Chief Fire Officer to the Authority."),
        Para("The next meeting will be held on Thursday 16 April 2026 at 10.00am. The meeting closed at 12.41pm."),
    )
    return Doc(MINUTES, blocks, "hfra-web", meta_title="Fire Authority minutes, 19 February 2026",
               footer="Hallamoor Fire and Rescue Authority - Fire Authority minutes")


def docs() -> list[Doc]:
    """Hallamoor Fire and Rescue Authority's four papers."""
    return [plan(), performance(), performance_before(), minutes()]
