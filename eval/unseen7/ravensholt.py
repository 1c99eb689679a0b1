"""Ravensholt Police and Crime Panel: an agenda pack of several reports including the Commissioner's proposed precept
(PDF), the Panel's minutes (DOCX), the Commissioner's decision notice on the precept (HTML), and the Panel's review of
101 call handling with the Commissioner's response to each recommendation (TXT)."""

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
    Space,
    Subtitle,
    Table,
    Title,
    lines,
)

PANEL = "Ravensholt Police and Crime Panel"
COMMISSIONER = "Marisol Pennycuick, Police and Crime Commissioner for Ravensholt"
PACK = "ravensholt-pcp-2026-02-03-agenda-pack.pdf"
MINUTES = "ravensholt-pcp-minutes-2026-02-03.docx"
DECISION = "ravensholt-opcc-decision-notice-rpcc-2026-007.html"
REVIEW = "ravensholt-pcp-review-101-call-handling-response.txt"

SAVINGS = (
    ("S1", "Close the Elverston police station front counter", "High", "(215)"),
    ("S2", "Reduce the pool car fleet by 40 vehicles", "High", "(180)"),
    ("S3", "Tighter overtime controls", "Medium", "(650)"),
    ("S4", "New forensic services contract", "High", "(420)"),
    ("S5", "Civilianise custody detention officer posts", "Medium", "(380)"),
    ("S6", "ICT licence review", "High", "(265)"),
    ("S7", "Higher police staff vacancy factor", "Medium", "(540)"),
    ("S8", "Shared legal service with Cravenmoor Police", "Low", "(160)"),
    ("S9", "Solar panels at force headquarters", "High", "(95)"),
    ("S10", "Review of training delivery", "Medium", "(310)"),
    ("S11", "Delete one post in the Commissioner's office", "High", "(61)"),
    ("S12", "End the duplicate out-of-hours interpreting contract", "Low", "(370)"),
    ("", "Total savings", "", "(3,646)"),
)


def _agenda() -> tuple:
    """The pack's first page: the meeting, the membership, the contact and the agenda."""
    return (
        Council(PANEL.upper()),
        Title("Agenda"),
        Subtitle("Tuesday 3 February 2026 at 10.30am, Council Chamber, Dunsmore Civic Centre"),
        Para(FICTION, small=True),
        Para("Councillor Augustin Tremlow (Chair, Dunsmore Borough Council), Councillor Sabine Wetherell (Vice-Chair, "
             "Ravensholt City Council), Councillors Fabian Ashpole, Henrietta Blandford-Ngata, Ivor Colclough, Keturah "
             "Dunleavy, Lysander Frobisher, Melisande Gaskarth, Norris Hepplewhite and Ottoline Jarrow, and independent "
             "co-opted members Lancelot Brasenose and Zainab Petherbridge.", label="Membership:"),
        Para("Ophelia Rackstraw, Scrutiny Officer, Dunsmore Borough Council (host authority for the Panel), 01632 961205, "
             "ophelia.rackstraw@dunsmore.example", label="Contact:"),
        Bullets(("Apologies and substitutes",
                 "Declarations of interest",
                 "Minutes of the meeting held on 25 November 2025",
                 "Public questions",
                 "Proposed police precept 2026/27 (report of the Police and Crime Commissioner, pages 2 and 3)",
                 "Police and Crime Plan delivery report, quarter 3 2025/26 (page 4)",
                 "Complaints about the Commissioner (page 4)",
                 "Work programme (page 4)"), marker="1"),
        Para("The Panel may veto the proposed precept only by a two-thirds majority of its members at the time the "
             "decision is made, which is eight of its twelve members. The Panel must report to the Commissioner on the "
             "proposed precept by 8 February 2026."),
        PageBreak(),
    )


def _precept() -> tuple:
    """Item 5: the proposed precept, with funding and budget tables in £000 and a savings table over a page break."""
    return (
        Heading("Item 5: Proposed police precept 2026/27"),
        FrontSheet((
            ("Report of", COMMISSIONER),
            ("Author", "Chiamaka Ezenwa-Holt, Chief Finance Officer, Office of the Police and Crime Commissioner"),
            ("Contact", lines("Chiamaka Ezenwa-Holt", "01632 962780", "chiamaka.ezenwa-holt@ravensholt-pcc.example")),
            ("Purpose", "To notify the Panel of the Commissioner's proposed precept for 2026/27, as the Police Reform and "
                        "Social Responsibility Act 2011 requires."),
        ), layout="bold"),
        Heading("Proposal", 2),
        Para("The Commissioner proposes a police precept of £298.43 for a Band D property in 2026/27, an increase of £14.00 "
             "(4.92%) on £284.43 in 2025/26. On a tax base of 412,306.5 Band D equivalents, up from 404,808.2, this "
             "raises £123,045,000. Band A households would pay £198.95."),
        Para("The increase pays for 32 more neighbourhood officers, a rural and wildlife crime team of six officers and 21 "
             "more call handlers for the 101 non-emergency service. In the Commissioner's budget survey, 2,944 people "
             "responded and 61% supported an increase of at least £14."),
        Heading("Funding (£000)", 2),
        Table(("Source", "2025/26", "2026/27", "Change"), (
            ("Police core grant", "118,420", "122,915", "4,495"),
            ("Council tax precept", "115,140", "123,045", "7,905"),
            ("Collection fund surplus/(deficit)", "612", "(284)", "(896)"),
            ("Council tax support grant", "9,880", "9,880", "0"),
            ("Total funding", "244,052", "255,556", "11,504"),
        ), widths=(0.46, 0.18, 0.18, 0.18)),
        Space(120),
        Heading("Table 3: Savings 2026/27", 2, keep=False),
        Para("Each saving carries the Chief Finance Officer's confidence that it will be delivered: High (already under "
             "way), Medium (a plan is agreed but it has not started) or Low (it depends on decisions by others)."),
        Table(("Ref", "Saving", "Confidence", "£000"), SAVINGS, widths=(0.09, 0.59, 0.16, 0.16)),
        Heading("Budget requirement (£000)", 2),
        Table(("Line", "2026/27"), (
            ("Base budget brought forward from 2025/26", "244,052"),
            ("Pay awards and inflation", "11,440"),
            ("Growth: neighbourhood policing", "2,150"),
            ("Growth: rural and wildlife crime team", "620"),
            ("Growth: 101 contact centre staffing", "1,180"),
            ("Capital financing", "510"),
            ("Savings (table 3)", "(3,646)"),
            ("Use of the budget equalisation reserve", "(750)"),
            ("Net revenue budget", "255,556"),
        ), widths=(0.7, 0.3)),
        Heading("Reserves and robustness", 2),
        Para("The general reserve stands at £9.2 million, 3.6% of the net revenue budget. Using £750,000 of the budget "
             "equalisation reserve leaves £2.1 million in it. The Chief Finance Officer considers the estimates robust "
             "and the reserves adequate, provided the Low-confidence savings are replaced if they slip."),
        PageBreak(),
    )


def _delivery() -> tuple:
    """Item 6: the Police and Crime Plan delivery report, Missions and Promises with a status key of its own."""
    promises = (
        ("1.1", "Create a rural and wildlife crime team", "On course", "Six officers to start in April 2026, subject to the precept"),
        ("1.2", "High-visibility patrols in knife crime hotspots", "Delivered", "Patrols in 14 hotspots since June 2025"),
        ("1.3", "Upgrade town centre CCTV in Dunsmore and Elverston", "Behind",
         "Dunsmore complete; Elverston delayed to summer 2026 waiting for planning consent for two masts"),
        ("2.1", "Open a single victims' hub", "Delivered", "Opened on 2 June 2025; 4,870 victims referred by December"),
        ("2.2", "Fund four more independent domestic violence advisers", "On course", "Three in post, the fourth from March 2026"),
        ("2.3", "Re-commission the restorative justice service", "Paused",
         "Waiting for the Ministry of Justice to confirm the victims' grant for 2026/27"),
        ("3.1", "Answer 101 calls within five minutes on average", "Behind",
         "Average answer time 14 minutes 32 seconds in October to December 2025"),
        ("3.2", "Set up an independent stop and search scrutiny group", "Delivered", "First meeting held on 9 September 2025"),
    )
    return (
        Heading("Item 6: Police and Crime Plan delivery report, quarter 3 2025/26"),
        FrontSheet((
            ("Report of", "Crispin Mawdsley, Chief Executive, Office of the Police and Crime Commissioner"),
            ("Contact", "Crispin Mawdsley, 01632 962701"),
            ("Period", "October to December 2025"),
        ), layout="lines"),
        Para("The Police and Crime Plan 2024-2029, Safer Ravensholt, has three Missions: Mission 1, Safer streets; "
             "Mission 2, Standing with victims; and Mission 3, A police service people trust. Each Mission is delivered "
             "through numbered Promises. Each Promise is given a status: Delivered (complete), On course (expected to be "
             "complete on time), Behind (late, with a recovery plan) or Paused (stopped by something outside the "
             "Commissioner's control)."),
        Table(("Promise", "What we said we would do", "Status", "Comment"), promises, widths=(0.1, 0.36, 0.14, 0.4)),
        Para("Of the eight Promises, three are Delivered, two are On course, two are Behind and one is Paused."),
    )


def _complaints_and_work() -> tuple:
    """Items 7 and 8: complaints about the Commissioner and the work programme."""
    return (
        Heading("Item 7: Complaints about the Commissioner"),
        Para("Since the last meeting the Panel's complaints sub-committee has received two complaints about the "
             "Commissioner. Both were resolved informally: one about a delayed reply to correspondence, one about remarks "
             "made on local radio. No complaint was referred to the Independent Office for Police Conduct."),
        Heading("Item 8: Work programme"),
        Table(("Meeting", "Items"), (
            ("17 March 2026", "Commissioner's annual report; CCTV upgrade in Elverston"),
            ("23 June 2026", "101 call handling: six-month follow-up of the Panel's review"),
            ("15 September 2026", "Victims' hub: first year"),
        ), widths=(0.25, 0.75)),
    )


def pack() -> Doc:
    """The agenda pack of 3 February 2026."""
    blocks = _agenda() + _precept() + _delivery() + _complaints_and_work()
    return Doc(PACK, blocks, "rpcp-pack", meta_title="Police and Crime Panel agenda pack, 3 February 2026",
               author="Dunsmore Borough Council", footer="Ravensholt Police and Crime Panel, 3 February 2026")


def minutes() -> Doc:
    """The Panel's minutes: the precept supported with an amendment carried and the veto not used."""
    blocks = (
        Council(PANEL),
        Title("Minutes"),
        Subtitle("Meeting held on Tuesday 3 February 2026 at 10.30am, Council Chamber, Dunsmore Civic Centre"),
        Para(FICTION, small=True),
        Para("Councillor Augustin Tremlow (Chair), Councillors Sabine Wetherell, Fabian Ashpole, Henrietta "
             "Blandford-Ngata, Ivor Colclough, Keturah Dunleavy, Lysander Frobisher, Melisande Gaskarth, Norris "
             "Hepplewhite and Percival Stanhope-Gill (substitute for Councillor Ottoline Jarrow), and independent members "
             "Lancelot Brasenose and Zainab Petherbridge.", label="Present:"),
        Para(COMMISSIONER + "; Crispin Mawdsley, Chief Executive; Chiamaka Ezenwa-Holt, Chief Finance Officer; Chief Constable "
             "Isadora Hartsilver; Ophelia Rackstraw, Scrutiny Officer.", label="Also present:"),
        Heading("PCP/25-26/31 Apologies and substitutes"),
        Para("Apologies were received from Councillor Ottoline Jarrow (Marrick Vale District Council), for whom "
             "Councillor Percival Stanhope-Gill substituted."),
        Heading("PCP/25-26/32 Declarations of interest"),
        Para("Councillor Keturah Dunleavy declared that her husband is a serving officer of Ravensholt Police. The "
             "Monitoring Officer's advice was that this was not a disqualifying interest, and she took part in the "
             "meeting."),
        Heading("PCP/25-26/33 Minutes"),
        Para("RESOLVED that the minutes of the meeting held on 25 November 2025 be approved."),
        Heading("PCP/25-26/34 Public questions"),
        Para("Mr Dafydd Rowntree of Elverston asked why the Elverston front counter was proposed for closure when the "
             "nearest open counter is 19 miles away. The Commissioner replied that the counter sees an average of 11 "
             "visitors a day and that she would listen to the Panel's view."),
        Heading("PCP/25-26/35 Proposed police precept 2026/27"),
        Para("The Commissioner presented her proposal for a Band D precept of £298.43, an increase of £14.00. The Chief "
             "Constable told the Panel that the 21 extra call handlers would be trained by September 2026. In answer to "
             "Councillor Frobisher, the Chief Finance Officer said the shared legal service with Cravenmoor Police (S8) "
             "depended on Cravenmoor's own budget decision on 24 February."),
        Para("Councillor Sabine Wetherell moved and Councillor Ivor Colclough seconded that the Panel supports the "
             "proposed precept."),
        Para("Councillor Melisande Gaskarth moved and Councillor Norris Hepplewhite seconded an amendment to add a "
             "recommendation that the Commissioner reconsider closing the Elverston front counter. The amendment was "
             "CARRIED by 7 votes to 5."),
        Para("The substantive motion was then CARRIED by 9 votes to 3. As fewer than eight members voted against, the "
             "Panel did not veto the precept."),
        Para("RESOLVED that:"),
        Bullets(("the Panel supports the proposed police precept of £298.43 for a Band D property in 2026/27;",
                 "the Panel recommends that the Commissioner (i) publishes 101 answer times every month, (ii) "
                 "reconsiders closing the Elverston front counter, and (iii) reports on the first six months of the rural "
                 "and wildlife crime team to the Panel;",
                 "the Chair sends the Panel's report to the Commissioner by 8 February 2026."), marker="a"),
        Heading("PCP/25-26/36 Police and Crime Plan delivery report, quarter 3"),
        Para("Members welcomed the victims' hub but were concerned that 101 answer times, at an average of 14 minutes 32 "
             "seconds, remained far from the five-minute Promise. The Chief Constable said that answer times had been "
             "falling each month since September."),
        Para("RESOLVED that the report be noted."),
        Heading("PCP/25-26/37 Complaints about the Commissioner"),
        Para("RESOLVED that the two complaints resolved informally be noted."),
        Heading("PCP/25-26/38 Work programme"),
        Para("RESOLVED that the work programme be agreed, with the CCTV upgrade in Elverston added for 17 March 2026."),
        Para("The meeting closed at 12.52pm."),
    )
    return Doc(MINUTES, blocks, "rpcp-minutes", meta_title="Police and Crime Panel minutes, 3 February 2026",
               author="Ophelia Rackstraw")


def decision() -> Doc:
    """The Commissioner's decision notice setting the precept, with her response to the Panel's recommendations."""
    blocks = (
        Council("Office of the Police and Crime Commissioner for Ravensholt"),
        Title("Decision notice RPCC/2026/007: Police precept and revenue budget 2026/27"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Decision number", "RPCC/2026/007"),
            ("Decision maker", COMMISSIONER),
            ("Date of decision", "10 February 2026"),
            ("Police and Crime Panel", "Considered the proposed precept on 3 February 2026 and supported it (no veto)"),
            ("Contact officer", lines("Chiamaka Ezenwa-Holt, Chief Finance Officer", "01632 962780")),
            ("Publication", "Public; published on 11 February 2026"),
        ), layout="dl"),
        Heading("Decision"),
        Para("I approve a police precept of £298.43 for a Band D property for 2026/27, a precept requirement of "
             "£123,044,629, and a net revenue budget of £255.556 million, of which £250.8 million is the Chief "
             "Constable's budget."),
        Heading("Background"),
        Para("The Police and Crime Panel considered my proposal on 3 February 2026 and supported it by 9 votes to 3, "
             "with three recommendations. I have considered the Panel's report, received on 6 February 2026, and respond "
             "to each recommendation below."),
        Heading("Response to the Panel's recommendations"),
        Table(("Panel recommendation", "Response"), (
            ("Publish 101 answer times every month", "Accepted. Monthly figures will be on my website from March 2026."),
            ("Reconsider closing the Elverston front counter",
             "Accepted in part. The closure is deferred to 1 October 2026 while a shared counter in Elverston library is "
             "explored. The saving in 2026/27 falls from £215,000 to £108,000, and the £107,000 gap is met from the "
             "budget equalisation reserve."),
            ("Report on the first six months of the rural and wildlife crime team",
             "Accepted. A report will go to the Panel in December 2026."),
        ), widths=(0.4, 0.6)),
        Heading("Advice of the Chief Finance Officer"),
        Para("The Chief Finance Officer has advised that the estimates are robust and the reserves adequate. With the "
             "Elverston change, use of the budget equalisation reserve in 2026/27 rises to £857,000."),
        Heading("Declaration"),
        Para("I have no personal or prejudicial interest in this decision. Signed: Marisol Pennycuick, Police and Crime "
             "Commissioner for Ravensholt, 10 February 2026."),
    )
    return Doc(DECISION, blocks, "rpcp-web", meta_title="Decision notice RPCC/2026/007",
               footer="Office of the Police and Crime Commissioner for Ravensholt")


RECOMMENDATIONS = (
    ("R1 Publish 101 answer times every month on the Commissioner's website", "Accepted",
     "Monthly figures published from March 2026.", "Chief Executive, OPCC", "March 2026"),
    ("R2 Fund at least 20 more call handlers", "Accepted",
     "21 call handler posts are funded in the 2026/27 budget at a cost of £1,180,000.", "Chief Constable",
     "September 2026"),
    ("R3 Offer every caller a call-back when the wait is longer than ten minutes", "Partly accepted",
     "A call-back option will be piloted for six months from May 2026 rather than introduced at once.",
     "Chief Constable", "November 2026"),
    ("R4 Return the Elverston and Marrick Vale front counters to seven-day opening", "Rejected",
     "Seven-day opening would cost £410,000 a year; the Elverston counter averages 11 visitors a day.",
     "Not applicable", "Not applicable"),
    ("R5 Promote online reporting, aiming for 35% of non-emergency contacts", "Accepted",
     "A campaign starts in April 2026.", "Chief Executive, OPCC", "March 2027"),
    ("R6 Set up a joint 101 and 999 performance board with a Panel member on it", "Rejected",
     "Call handling is an operational matter for the Chief Constable; the Panel will instead receive the quarterly "
     "performance report.", "Not applicable", "Not applicable"),
    ("R7 Cut the options on the 101 automated menu from seven to four", "Partly accepted",
     "The menu will be cut to five options, keeping a separate option for reporting anti-social behaviour.",
     "Chief Constable", "June 2026"),
)


def review() -> Doc:
    """The Panel's review of 101 call handling, findings and seven recommendations with the Commissioner's response."""
    blocks = (
        Council(PANEL),
        Title("Answering the 101 call: review of non-emergency call handling and the Commissioner's response"),
        Para(FICTION),
        FrontSheet((
            ("Review by", "101 Task and Finish Group of the Ravensholt Police and Crime Panel"),
            ("Chair of the review", "Councillor Henrietta Blandford-Ngata"),
            ("Members", "Councillors Fabian Ashpole and Lysander Frobisher, and Zainab Petherbridge (independent member)"),
            ("Report agreed by the Panel", "25 November 2025"),
            ("Commissioner's response", "15 January 2026"),
            ("Contact", "Ophelia Rackstraw, Scrutiny Officer, 01632 961205"),
        )),
        Heading("Why we looked at 101"),
        Para("101 was the subject raised most often with Panel members in 2025. Between April and September 2025 the "
             "average time to answer a 101 call was 16 minutes 5 seconds, and 38% of callers hung up before they were "
             "answered. Online reporting made up 22% of non-emergency contacts."),
        Heading("What we did"),
        Para("The group met six times between June and October 2025, visited the force control room at Hexworth Lane, "
             "listened to 40 recorded calls and surveyed 1,212 residents."),
        Heading("Findings"),
        Bullets(("The control room had 17 call handler vacancies in July 2025.",
                 "Calls peak between 4pm and 8pm on Fridays and Saturdays, when the fewest call handlers are on duty.",
                 "The seven-option automated menu sends a quarter of callers to the wrong queue.",
                 "Residents who report online rate the service more highly than those who call.")),
        Heading("Recommendations and the Commissioner's response"),
        Para("Of the seven recommendations, the Commissioner has accepted three, partly accepted two and rejected two."),
        Table(("Recommendation", "Response", "Commissioner's comment", "Lead", "By"), RECOMMENDATIONS),
        Heading("Follow-up"),
        Para("The Panel will review progress on the accepted and partly accepted recommendations at its meeting on "
             "23 June 2026."),
    )
    return Doc(REVIEW, blocks, "rpcp-txt")


def docs() -> list[Doc]:
    """Ravensholt Police and Crime Panel's four papers."""
    return [pack(), minutes(), decision(), review()]
