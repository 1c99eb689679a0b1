"""Orlingham Town Council, a parish-level council: its strategic plan (PDF, Ambition -> Aim -> "We will"), the budget
and precept report (DOCX), the Full Council minutes that set the precept (HTML) and the Finance and General Purposes
Committee minutes that recommended it (TXT). All invented."""

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
)

BODY = "Orlingham Town Council"


def plan() -> Doc:
    """Strategic plan 2025-2029: three Ambitions, each with Aims, each with "We will" commitments; Aim 2.1's list runs
    over a page break."""
    blocks = (
        Council(BODY),
        Title("Our Town, Our Future: Strategic Plan 2025-2029"),
        Subtitle("Adopted by Full Council on 10 April 2025"),
        Para(FICTION, small=True),
        Heading("Foreword"),
        Para("Orlingham is a market town of about 14,200 people. The Town Council is the tier of local government closest "
             "to residents: we look after the Town Hall, the Recreation Ground, Sedgecombe Pavilion, the allotments at "
             "Tanner's Lane and the Christmas lights, and we give grants to local groups. This plan sets out what we want "
             "to achieve by the next town council elections in May 2029. Cllr Perpetua Castellane, Town Mayor."),
        Space(48),
        Heading("How the plan is organised"),
        Para("The plan has three Ambitions. Each Ambition has a small number of Aims, and under each Aim a list of what "
             "\"We will\" do. Progress is reported to the Finance and General Purposes Committee twice a year."),
        Heading("Ambition 1: A lively town centre"),
        Heading("Aim 1.1: More people using the Market Square", level=2),
        Para("We will:"),
        Bullets((
            "Run a monthly artisan market from March to October, starting in 2026.",
            "Replace the Market Square benches and add four new planters with the Orlingham in Bloom volunteers.",
            "Ask Swaledon District Council for a two-hour free parking trial in the Cattle Market car park.",
        )),
        Heading("Aim 1.2: A Town Hall that works for everyone", level=2),
        Para("We will:"),
        Bullets((
            "Replace the Town Hall lift by March 2027, using the earmarked reserve.",
            "Increase lettings income by 15% by 2027/28 by marketing the Assembly Room for weddings.",
            "Open the Town Hall as a warm space on weekday afternoons from November to March.",
        )),
        Heading("Ambition 2: Green spaces and a cleaner town"),
        Heading("Aim 2.1: Better parks and play", level=2),
        Para("We will:"),
        Bullets((
            "Replace the toddler play area on the Recreation Ground by summer 2026.",
            "Re-roof Sedgecombe Pavilion and fit new changing rooms for women's and girls' football.",
            "Plant 500 trees across the parish by 2029, including a community orchard at Tanner's Lane.",
            "Create a wildflower margin along the Orlingham Brook footpath.",
            "Adopt a play strategy with young people by December 2025.",
        )),
        Heading("Aim 2.2: Climate action", level=2),
        Para("We will:"),
        Bullets((
            "Cut the Town Council's own carbon emissions by half by 2029, against 2023/24.",
            "Fit solar panels to the Town Hall roof if the listed building consent allows.",
            "Switch the Christmas lights to LED in full by 2026.",
        )),
        Heading("Ambition 3: A connected and caring community"),
        Heading("Aim 3.1: Support for local groups", level=2),
        Para("We will:"),
        Bullets((
            "Keep the community grants scheme at no less than £20,000 a year.",
            "Hold an annual voluntary sector fair in the Town Hall each September.",
        )),
        Heading("Aim 3.2: Listening to residents", level=2),
        Para("We will:"),
        Bullets((
            "Hold the Annual Town Meeting in a different neighbourhood each year.",
            "Publish a quarterly newsletter, The Orlingham Crier, delivered to every household.",
            "Run a youth council with the two secondary schools from 2026.",
        )),
        Heading("Paying for the plan"),
        Para("The plan is paid for mainly by the precept, the Town Council's share of council tax collected by Swaledon "
             "District Council. The Council has agreed to keep its general reserve at between three and six months of "
             "net spending."),
    )
    return Doc("orlingham-tc-strategic-plan-2025-2029.pdf", blocks, "orlingham-plan", "Orlingham Strategic Plan 2025-2029",
               "Orlingham Town Council", "Our Town, Our Future")


def budget() -> Doc:
    """Budget and precept report to Full Council: 'Label: value' front sheet lines, budget in pounds, reserves table."""
    spend = (
        ("Staffing", "218,400", "231,900"),
        ("Town Hall premises", "61,200", "64,800"),
        ("Recreation Ground and open spaces", "48,700", "52,300"),
        ("Sedgecombe Pavilion", "9,800", "11,400"),
        ("Community grants", "22,000", "24,000"),
        ("Events, including the Midsummer Fair", "14,500", "15,000"),
        ("Christmas lights", "12,000", "14,400"),
        ("Democratic and civic costs", "17,300", "18,100"),
        ("Contingency", "5,000", "6,000"),
        ("Transfer to earmarked reserves", "20,000", "20,000"),
        ("Total expenditure", "428,900", "457,900"),
        ("Town Hall lettings", "(21,300)", "(24,200)"),
        ("Allotment rents", "(4,100)", "(4,320)"),
        ("Interest", "(5,100)", "(5,400)"),
        ("Precept", "398,400", "423,980"),
    )
    reserves = (
        ("Town Hall lift replacement", "45,000", "60,000"),
        ("Sedgecombe Pavilion roof", "30,000", "15,000"),
        ("Play area renewal", "25,000", "5,000"),
        ("Elections", "12,000", "16,000"),
        ("Total earmarked reserves", "112,000", "96,000"),
        ("General reserve", "118,000", "121,500"),
    )
    blocks = (
        Council(BODY.upper()),
        Title("Budget 2026/27 and Precept"),
        FrontSheet((
            ("Report to", "Full Council"),
            ("Date of meeting", "15 January 2026"),
            ("Agenda item", "9"),
            ("Report by", "Honoria Kettleborough, Town Clerk and Responsible Financial Officer"),
            ("Purpose", "Decision"),
        ), layout="lines"),
        Para(FICTION, small=True),
        Heading("1. Recommendation"),
        Para("The Finance and General Purposes Committee recommends that Full Council approves the budget for 2026/27 "
             "below and sets a precept of £423,980 for 2026/27."),
        Heading("2. What the precept means for residents"),
        Para("Swaledon District Council has notified a tax base of 6,142.8 Band D equivalent properties for 2026/27, up "
             "from 6,090.1. A precept of £423,980 gives a Band D charge of £69.02 a year for the Town Council's services, "
             "compared with £65.42 in 2025/26: an increase of £3.60 a year, or 5.5%. A Band B household would pay £53.68."),
        Para("Town and parish councils are not at present subject to a council tax referendum limit, but the government "
             "has said it expects restraint."),
        Heading("3. Budget"),
        Table(("Cost centre (£)", "2025/26 budget", "2026/27 budget"), spend, widths=(0.5, 0.25, 0.25)),
        Para("The main increases are staffing (the national pay award and a part-time Events and Communications Officer "
             "from April 2026), energy at the Town Hall and the move to LED Christmas lights."),
        Heading("4. Reserves"),
        Table(("Reserve (£)", "31 March 2025", "Forecast 31 March 2026"), reserves, widths=(0.5, 0.25, 0.25)),
        Para("The general reserve forecast of £121,500 is equal to about 3.4 months of net spending, within the three to six "
             "months the Council has set. £20,000 will be drawn from earmarked reserves in 2025/26 for the Recreation Ground "
             "toddler play area and £15,000 for the first phase of the Pavilion roof."),
        Heading("5. Risks"),
        Bullets((
            "The Town Hall lift may fail before it is replaced; the quote for replacement is £78,000.",
            "Lettings income depends on the Assembly Room's wedding licence, which is due for renewal in June 2026.",
            "Swaledon District Council is reviewing whether it will continue to fund the Recreation Ground grass cutting "
            "(worth £8,200 a year) from 2027/28.",
        )),
    )
    return Doc("orlingham-tc-budget-precept-2026-27.docx", blocks, "orlingham-report", "Budget 2026/27 and Precept",
               "Honoria Kettleborough")


def council_minutes() -> Doc:
    """Full Council minutes: minute numbers as headings, declarations, an amendment carried on a vote, a recorded vote."""
    blocks = (
        Council(BODY),
        Title("Minutes of the Meeting of Full Council"),
        Subtitle("Thursday 15 January 2026 at 7.00pm, Assembly Room, Orlingham Town Hall"),
        Para("Cllr Perpetua Castellane (Town Mayor, in the Chair); Cllrs Hester Blakeney, Rhodri Penfold, Clemency Vellacott, "
             "Terence Quarmby, Lucinda Farrowdale, Edmund Yarrowby, Sanjeev Mistry-Holt, Bronwen Tregaskis, Gwilym Otterburn, "
             "Delphine Ashworth-Kaye and Morris Pendlebury-Vane.", label="Present:"),
        Para("Honoria Kettleborough (Town Clerk and RFO), Alun Sayward (Deputy Town Clerk), four members of the public and "
             "one representative of the press.", label="In attendance:"),
        Para(FICTION, small=True),
        Heading("FC/25-26/096 Apologies for absence"),
        Para("Apologies were received and accepted from Cllr Josiah Ambridge (work commitments). Cllr Lionel Fairclough-Stead "
             "was absent without apology."),
        Heading("FC/25-26/097 Declarations of interest"),
        Para("Cllr Rhodri Penfold declared a non-registrable interest in item FC/25-26/102 (community grants) as treasurer "
             "of Orlingham Bowls Club, an applicant. He left the room for that item and took no part in the vote."),
        Para("Cllr Bronwen Tregaskis declared an interest in item FC/25-26/101 as an allotment tenant at Tanner's Lane; the "
             "Clerk advised that this was an interest shared with many residents and she remained."),
        Heading("FC/25-26/098 Public participation"),
        Para("A resident of Cattle Market Row asked about parking in the town centre. The Mayor said the Council had asked "
             "Swaledon District Council for a free parking trial and would report back. A representative of Orlingham Youth "
             "Football Club thanked the Council for the changing rooms plan and asked when works would start; the Clerk said "
             "summer 2026 if the grant from the Football Foundation was confirmed."),
        Heading("FC/25-26/099 Minutes"),
        Para("RESOLVED that the minutes of the meeting held on 20 November 2025 be approved as a correct record and signed "
             "by the Chair."),
        Heading("FC/25-26/100 Budget 2026/27 and precept"),
        Para("The Council considered the report of the Town Clerk and the recommendation of the Finance and General Purposes "
             "Committee of 6 November 2025 to set a precept of £423,980."),
        Para("Cllr Clemency Vellacott moved an amendment, seconded by Cllr Terence Quarmby, to reduce the Christmas lights budget "
             "by £1,400 and the contingency by £1,000, setting a precept of £421,580. On being put to the vote the amendment "
             "was CARRIED, with 7 votes for and 5 against."),
        Para("A recorded vote on the substantive motion was requested by Cllr Edmund Yarrowby. For (9): Cllrs Castellane, "
             "Blakeney, Penfold, Vellacott, Quarmby, Farrowdale, Mistry-Holt, Otterburn and Pendlebury-Vane. Against (2): Cllrs "
             "Yarrowby and Ashworth-Kaye. Abstained (1): Cllr Tregaskis."),
        Para("RESOLVED that (a) the budget for 2026/27 as amended be approved; (b) the precept for 2026/27 be set at "
             "£421,580, a Band D charge of £68.63, an increase of £3.21 or 4.9%; and (c) the Clerk notify Swaledon District "
             "Council of the precept by 31 January 2026."),
        Heading("FC/25-26/101 Allotment rents"),
        Para("RESOLVED that allotment rents at Tanner's Lane rise from £42 to £44 for a full plot and from £23 to £24 for a "
             "half plot from 1 October 2026, with 12 months' notice to tenants as the tenancy agreement requires."),
        Heading("FC/25-26/102 Community grants, round 2"),
        Para("Having left the room, Cllr Penfold took no part in this item."),
        Table(("Applicant", "Purpose", "Awarded (£)"), (
            ("Orlingham Bowls Club", "Replacement mower", "1,500"),
            ("Orlingham in Bloom", "Planters for the Market Square", "2,000"),
            ("Tanner's Lane Community Orchard group", "Fruit trees and guards", "850"),
            ("Orlingham Youth Football Club", "Goalposts for the under-9s", "1,200"),
            ("Friends of Orlingham Library", "Summer reading event", "400"),
        )),
        Para("RESOLVED that grants totalling £5,950 be awarded as above. An application from Swaledon Rugby Club was "
             "declined because the club is outside the parish."),
        Heading("FC/25-26/103 Town Hall lift"),
        Para("The Clerk reported that the Town Hall lift had been out of service from 2 to 9 January 2026. RESOLVED that the "
             "Clerk obtain three quotes for replacement for the March meeting, within the £78,000 estimate."),
        Heading("FC/25-26/104 Date of next meeting"),
        Para("Thursday 19 March 2026 at 7.00pm. The meeting closed at 9.12pm."),
    )
    return Doc("orlingham-tc-full-council-minutes-2026-01-15.html", blocks, "orlingham-web",
               "Full Council minutes 15 January 2026", footer="Orlingham Town Council, Town Hall, Market Square")


def fgp_minutes() -> Doc:
    """Finance and General Purposes Committee minutes recommending the draft budget, as plain text."""
    blocks = (
        Council(BODY),
        Title("Finance and General Purposes Committee: Minutes"),
        Subtitle("Thursday 6 November 2025, 7.00pm, Council Chamber, Orlingham Town Hall"),
        FrontSheet((
            ("Present", "Cllr Edmund Yarrowby (Chair), Cllr Perpetua Castellane, Cllr Hester Blakeney, Cllr Terence Quarmby, "
                        "Cllr Sanjeev Mistry-Holt, Cllr Delphine Ashworth-Kaye"),
            ("Officers", "Honoria Kettleborough (Town Clerk and RFO)"),
            ("Apologies", "Cllr Clemency Vellacott"),
        )),
        Para(FICTION),
        Heading("FGP/25-26/041 Declarations of interest"),
        Para("None."),
        Heading("FGP/25-26/042 Budget monitoring to 30 September 2025"),
        Para("The Clerk reported spending of £209,640 against a profiled budget of £214,450 for the first half of the year, "
             "an underspend of £4,810, mainly on staffing vacancies. Town Hall energy costs were £3,100 over budget. NOTED."),
        Heading("FGP/25-26/043 Draft budget 2026/27"),
        Para("The Committee considered three options: a precept increase of 3.0%, 5.5% or 8.0%. Cllr Quarmby proposed that the "
             "Committee recommend 3.0% and was not seconded. Cllr Blakeney proposed, and Cllr Mistry-Holt seconded, the 5.5% "
             "option, which keeps the community grants at £24,000 and funds a part-time Events and Communications Officer."),
        Para("RECOMMENDED to Full Council that the draft budget for 2026/27 be approved and a precept of £423,980 be set "
             "(5 for, 1 against)."),
        Heading("FGP/25-26/044 Sedgecombe Pavilion roof"),
        Para("RESOLVED that the quote of £28,400 from Kestlemoor Roofing be accepted, to be paid in two phases from the "
             "Pavilion roof earmarked reserve."),
        Heading("FGP/25-26/045 Internal audit"),
        Para("The internal auditor, Rowan Gillingwater of Morrowfield Audit Services, had completed the interim internal audit on 14 "
             "October 2025 and found no matters requiring action. NOTED."),
        Heading("FGP/25-26/046 Next meeting"),
        Para("Thursday 5 February 2026."),
    )
    return Doc("orlingham-tc-fgp-minutes-2025-11-06.txt", blocks, "orlingham-txt", "F&GP minutes 6 November 2025")


def docs() -> list[Doc]:
    """The Orlingham Town Council papers."""
    return [plan(), budget(), council_minutes(), fgp_minutes()]
