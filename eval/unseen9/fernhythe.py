"""Fernhythe Town Council: precept and budget report, Full Council minutes, grants register, gifts and hospitality register."""

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

BODY = "Fernhythe Town Council"
CLERK = "Rosamund Ruddock, Town Clerk"
RFO = "Evander Tattersall, Deputy Town Clerk and Responsible Financial Officer"
TAX_BASE_NEW = 3802.6
PRECEPT_OLD, PRECEPT_NEW = 486200, 517800
BAND_D_OLD = 128.44

# (cost centre, 2025/26 budget, 2025/26 forecast outturn, 2026/27 proposed); income as negative figures
LINES = (
    ("Staff salaries and on-costs", 265000, 262400, 276500),
    ("Tidemill Hall running costs", 46200, 49800, 51500),
    ("Office, IT and telephones", 14800, 13900, 15200),
    ("Insurance", 9600, 9450, 10100),
    ("Audit and accountancy", 4300, 4300, 4500),
    ("Mayor's allowance and civic events", 6500, 6100, 6500),
    ("Contribution to election reserve", 5000, 5000, 5000),
    ("Community grants", 22000, 20280, 24000),
    ("Parks and open spaces", 58700, 59800, 63900),
    ("Cobbler's Green play area", 7400, 11800, 8200),
    ("Recreation Ground pavilion", 12900, 12400, 13600),
    ("Lowmoor Allotments", 3800, 3650, 4000),
    ("Christmas lights and events", 21500, 22700, 23000),
    ("Public toilets", 18200, 18900, 19400),
    ("CCTV", 9100, 9100, 9600),
    ("Bus shelters and street furniture", 4200, 2900, 4400),
    ("Contribution to pavilion roof reserve", 20000, 20000, 25000),
    ("Contingency", 8000, 0, 8000),
    ("Tidemill Hall hire income", -31500, -34200, -35000),
    ("Allotment rents", -4600, -4600, -5100),
    ("Market pitch fees", -8900, -8150, -9000),
    ("Bank interest", -6000, -7400, -5500),
)


def _money(n: int) -> str:
    """Pounds with thousands separators; income and savings in brackets."""
    return f"({abs(n):,})" if n < 0 else f"{n:,}"


def _totals() -> tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int]]:
    """Total expenditure, total income and net budget for each of the three columns."""
    spend = tuple(sum(row[i] for row in LINES if row[i] > 0 or row[0] == "Contingency") for i in (1, 2, 3))
    income = tuple(sum(row[i] for row in LINES if row[i] < 0) for i in (1, 2, 3))
    net = tuple(s + i for s, i in zip(spend, income))
    return spend, income, net


def _band(fraction: tuple[int, int]) -> str:
    """A council tax band's charge for 2026/27 from the Band D figure."""
    band_d = round(PRECEPT_NEW / TAX_BASE_NEW, 2)
    return f"£{band_d * fraction[0] / fraction[1]:.2f}"


def budget() -> Doc:
    """Precept and budget report 2026/27 (PDF): bold-label front sheet, a budget table over a page break."""
    spend, income, net = _totals()
    assert net[0] == PRECEPT_OLD and net[2] == PRECEPT_NEW, net
    band_d = round(PRECEPT_NEW / TAX_BASE_NEW, 2)
    rise = (band_d / BAND_D_OLD - 1) * 100
    underspend = PRECEPT_OLD - net[1]
    rows = tuple((name, _money(a), _money(b), _money(c)) for name, a, b, c in LINES) + (
        ("Total expenditure", _money(spend[0]), _money(spend[1]), _money(spend[2])),
        ("Total income", _money(income[0]), _money(income[1]), _money(income[2])),
        ("Net budget (precept)", _money(net[0]), _money(net[1]), _money(net[2])),
    )
    blocks = (
        Council(BODY),
        Title("Budget and Precept 2026/27"),
        Subtitle("Report to Full Council, 20 January 2026"),
        FrontSheet((
            ("Agenda item", "9"),
            ("Report of", CLERK),
            ("Prepared by", RFO),
            ("Contact", lines("finance@fernhythe-tc.example.gov.uk", "01632 660 914")),
            ("Recommended by", "Finance and General Purposes Committee, 9 December 2025"),
            ("Decision required", "Yes: Full Council must set the precept for 2026/27"),
        ), layout="bold"),
        Para(FICTION, small=True),
        Heading("Recommendations", 1),
        Bullets((
            f"That the budget for 2026/27 be approved, with gross spending of £{spend[2]:,} and income of £{-income[2]:,}.",
            f"That the precept for 2026/27 be set at £{PRECEPT_NEW:,}, a Band D charge of £{band_d:.2f}.",
            "That £24,000 be set aside for community grants in 2026/27.",
        ), marker="1"),
        Heading("Summary", 1),
        Para(f"The precept for 2025/26 is £{PRECEPT_OLD:,}, a Band D charge of £{BAND_D_OLD:.2f}. The recommended precept of "
             f"£{PRECEPT_NEW:,} over a tax base of {TAX_BASE_NEW:,} Band D equivalent properties, notified by Stainmoor "
             f"District Council, gives a Band D charge of £{band_d:.2f}, an increase of {rise:.1f}% or "
             f"£{band_d - BAND_D_OLD:.2f} a year."),
        Para("The main reasons for the increase are the national pay award for staff, higher energy costs at Tidemill Hall, "
             "and a larger yearly contribution to the reserve for the Recreation Ground pavilion roof, which needs replacing "
             "in 2027 at an estimated cost of £118,000."),
        Heading("The budget by cost centre", 1, keep=False),
        Para("Figures are in pounds. Income is shown in brackets. The forecast outturn for 2025/26 is as at 31 December 2025."),
        Para("Table 1: revenue budget", label="Table 1."),
        Table(("Cost centre", "Budget 2025/26", "Forecast 2025/26", "Proposed 2026/27"), rows, widths=(0.46, 0.18, 0.18, 0.18)),
        Heading("This year's forecast", 1),
        Para(f"The forecast net spending for 2025/26 is £{net[1]:,}, an underspend of £{underspend:,} against the precept. "
             "The play area at Cobbler's Green cost £4,400 more than budgeted after vandalism in August, but this was more "
             "than covered by a vacant caretaker post from April to July, extra hall hire income and bank interest, and by "
             "not needing the contingency."),
        Heading("Reserves", 1),
        Para(f"The general reserve was £188,400 on 1 April 2025 and is forecast to be £{188400 + underspend:,} on 31 March "
             "2026, after the underspend is added. Guidance for councils of this size suggests between three and twelve "
             "months of net spending."),
        Table(("Earmarked reserve", "31 March 2026 (forecast)", "31 March 2027 (planned)"), (
            ("Pavilion roof", "81,000", "106,000"),
            ("Elections", "20,000", "25,000"),
            ("Cobbler's Green play equipment", "12,500", "12,500"),
        ), widths=(0.5, 0.25, 0.25)),
        Heading("What each band will pay", 1),
        Table(("Band", "A", "B", "C", "D", "E", "F", "G", "H"), (
            ("2026/27", _band((6, 9)), _band((7, 9)), _band((8, 9)), _band((9, 9)), _band((11, 9)), _band((13, 9)),
             _band((15, 9)), _band((18, 9))),
        )),
        Heading("Risks", 1),
        Bullets((
            "Hall hire income depends on two regular hirers who together pay about £11,000 a year.",
            "The pavilion roof may fail before 2027; the reserve would then fall short by about £37,000.",
            "No pay award for 2026/27 has yet been agreed; each 1% above the 3% allowed adds about £2,300.",
        )),
    )
    return Doc("fernhythe-tc-2026-01-20-budget-and-precept-2026-27.pdf", blocks, "ftc-budget",
               meta_title="Budget and Precept 2026/27", author="Fernhythe Town Council")


MEMBERS_PRESENT = (
    "Cllr Wilhelmina Clutterbuck (Town Mayor, in the Chair)",
    "Cllr Godric Fawkener (Deputy Town Mayor)",
    "Cllr Octavian Higginbottom",
    "Cllr Lavinia Wolstenholme",
    "Cllr Zebedee Ramsbottom",
    "Cllr Dorothea Entwistle",
    "Cllr Fitzroy Openshaw",
    "Cllr Millicent Cloudesley",
    "Cllr Barnabas Thistlethwaite",
    "Cllr Tabitha Pinchbeck",
)


def minutes() -> Doc:
    """Full Council minutes, 20 January 2026 (HTML, definition-list front sheet)."""
    blocks = (
        Council(BODY),
        Title("Minutes of the Full Council"),
        Subtitle("Tuesday 20 January 2026 at 7.00pm, the Council Chamber, Tidemill Hall"),
        FrontSheet((
            ("Present", lines(*MEMBERS_PRESENT)),
            ("Officers", lines(CLERK, RFO)),
            ("Also present", "Eleven members of the public and one member of the press"),
            ("Clerk to the meeting", "Rosamund Ruddock"),
        ), layout="dl"),
        Para(FICTION, small=True),
        Heading("FTC 112/25 Apologies for absence", 1),
        Para("Apologies were received and accepted from Cllr Humphrey Fanshawe (illness) and Cllr Jemima Haythornthwaite "
             "(work commitments)."),
        Heading("FTC 113/25 Declarations of interest", 1),
        Para("Cllr Dorothea Entwistle declared an other registrable interest in item FTC 118/25 as a trustee of Fernhythe "
             "Community Larder, which had applied for a grant. She left the room for that item and took no part in it."),
        Para("Cllr Fitzroy Openshaw said that he is an ordinary member of Fernhythe Bowls Club, which had also applied for a "
             "grant. The Town Clerk advised that this was not a registrable interest and did not prevent him from taking "
             "part; he remained and voted."),
        Heading("FTC 114/25 Public participation", 1),
        Para("Two residents spoke about the Station Road skate park, asking that repairs to the ramps be done before the "
             "summer. A resident of Gorrick Hill asked why the public toilets on Old Quay close at 4pm in winter; the Town "
             "Clerk will reply in writing."),
        Heading("FTC 115/25 Co-option to fill the vacancy in Gorrick Hill ward", 1),
        Para("Two candidates had applied: Theodora Scattergood and Linnea Pockney. Each spoke for three minutes. On a vote "
             "Theodora Scattergood received 6 votes and Linnea Pockney 4. RESOLVED that Theodora Scattergood be co-opted "
             "as a member of the Council for Gorrick Hill ward until the elections in May 2027."),
        Para("Cllr Scattergood signed the declaration of acceptance of office and took her seat."),
        Heading("FTC 116/25 Minutes of the previous meeting", 1),
        Para("RESOLVED that the minutes of the meeting held on 18 November 2025 be approved as a correct record and signed "
             "by the Chair."),
        Heading("FTC 117/25 Budget and precept 2026/27", 1),
        Para("The Deputy Town Clerk presented the report, recommended by the Finance and General Purposes Committee, proposing "
             "a precept of £517,800, a Band D charge of £136.17."),
        Para("Cllr Zebedee Ramsbottom moved, and Cllr Tabitha Pinchbeck seconded, an amendment to keep the contribution to "
             "the pavilion roof reserve at £20,000 and Christmas lights and events at £21,500, reducing the precept to "
             "£511,300 (a Band D charge of £134.46)."),
        Para("Cllr Octavian Higginbottom, Chair of the Finance and General Purposes Committee, spoke against the amendment, "
             "saying the roof reserve would fall short of the cost of the works."),
        Para("On being put to the vote the amendment was LOST, with 3 votes for, 7 against and 1 abstention."),
        Para("Two members having asked for a recorded vote, the votes on the substantive motion were recorded as follows:"),
        Para("Cllrs Clutterbuck, Fawkener, Higginbottom, Wolstenholme, Entwistle, Openshaw, Thistlethwaite and Scattergood.",
             label="For (8):"),
        Para("Cllrs Ramsbottom, Pinchbeck and Cloudesley.", label="Against (3):"),
        Para("None.", label="Abstained:"),
        Para("RESOLVED that:"),
        Bullets((
            "the revenue budget for 2026/27 be approved as set out in Table 1 of the report;",
            "the precept for 2026/27 be set at £517,800, a Band D charge of £136.17, an increase of 6.0%;",
            "£24,000 be set aside for community grants in 2026/27;",
            "the Deputy Town Clerk send the precept demand to Stainmoor District Council by 31 January 2026.",
        ), marker="a"),
        Heading("FTC 118/25 Community grants: Round 2", 1),
        Para("Cllr Entwistle left the room. The Council considered six applications for Round 2 of the 2025/26 grants scheme."),
        Para("RESOLVED that:"),
        Bullets((
            "Fernhythe Community Larder be awarded £2,500 towards a fridge-freezer and rent;",
            "Fernhythe Bowls Club be awarded £2,200 for an accessible ramp;",
            "Tidemill Hall Film Club be awarded £1,500 for a projector;",
            "Station Road Skate Park Group be awarded £2,000 towards ramp repairs;",
            "the application from Fernhythe Pride in Bloom be held over to the March meeting until a second quote is received;",
            "the application from Old Town Twinning Association be refused, as the exchange visit would benefit its members only.",
        ), marker="a"),
        Para("Cllr Entwistle returned to the meeting."),
        Heading("FTC 119/25 Recreation Ground pavilion roof", 1),
        Para("Members noted that the roof had leaked again in December. RESOLVED that the Town Clerk be authorised, in "
             "consultation with the Chair of the Finance and General Purposes Committee, to appoint a building surveyor to "
             "prepare a specification and tender documents for the roof, at a cost of up to £6,500 from the pavilion roof "
             "reserve."),
        Heading("FTC 120/25 Register of gifts and hospitality", 1),
        Para("The Council received the register for the calendar year 2025. The Town Clerk reminded members that gifts and "
             "hospitality worth £50 or more must be registered within 28 days. RESOLVED that the register be noted."),
        Heading("FTC 121/25 Date of next meeting", 1),
        Para("Tuesday 17 March 2026 at 7.00pm at Tidemill Hall."),
        Para("The meeting closed at 9.12pm."),
    )
    return Doc("fernhythe-tc-full-council-minutes-2026-01-20.html", blocks, "ftc-web",
               meta_title="Full Council minutes, 20 January 2026", footer="Fernhythe Town Council, Tidemill Hall, Fernhythe")


ROUND1 = (
    ("G25-01", "Tidemill Youth Theatre", "Costumes and hall hire for the summer production", "2,400", "2,400", "Full award"),
    ("G25-02", "Gorrick Hill Residents' Association", "Cabinet for a public defibrillator", "1,850", "1,850", "Full award"),
    ("G25-03", "Fernhythe Carnival Committee", "Insurance and stewarding for the carnival", "4,000", "2,500", "Part award"),
    ("G25-04", "Old Town Heritage Society", "Four blue plaques", "1,600", "1,600", "Full award"),
    ("G25-05", "Fernhythe Rowing Club", "A new four-person boat", "6,500", "0", "Not supported"),
    ("G25-06", "Friends of Cobbler's Green", "Wildflower planting", "1,200", "1,000", "Part award"),
    ("G25-07", "Stainmoor Citizens Advice", "A weekly advice session at Tidemill Hall", "2,000", "2,000", "Full award"),
)
ROUND2 = (
    ("G25-08", "Fernhythe Community Larder", "Fridge-freezer and rent", "3,000", "2,500", "Part award"),
    ("G25-09", "Fernhythe Bowls Club", "Accessible ramp to the clubhouse", "2,200", "2,200", "Full award"),
    ("G25-10", "Fernhythe Pride in Bloom", "Hanging baskets for 2026", "2,800", "-", "Held over"),
    ("G25-11", "Tidemill Hall Film Club", "Projector and screen", "1,500", "1,500", "Full award"),
    ("G25-12", "Station Road Skate Park Group", "Ramp repairs", "3,500", "2,000", "Part award"),
    ("G25-13", "Old Town Twinning Association", "Visit from the twin town", "1,800", "0", "Not supported"),
)
SMALL = (
    ("S25-01", "1st Fernhythe Brownies", "Camping equipment", "250", "24 April 2025"),
    ("S25-02", "Lowmoor Allotment Society", "Water butts", "180", "3 September 2025"),
    ("S25-03", "Gorrick Hill Lunch Club", "Christmas lunch for older residents", "300", "1 December 2025"),
)


def grants_register() -> Doc:
    """Community grants register 2025/26 (DOCX, two-column table front sheet), decisions in words of its own."""
    header = ("Ref", "Applicant", "Purpose", "Asked for (£)", "Awarded (£)", "Decision")
    blocks = (
        Council(BODY),
        Title("Community Grants Register 2025/26"),
        FrontSheet((
            ("Register kept by", RFO),
            ("Position as at", "31 January 2026"),
            ("Grants budget 2025/26", "£22,000"),
            ("Scheme rules", "Grants of up to £5,000 to groups serving Fernhythe residents; no grants to individuals, "
                             "political parties or for members-only benefit"),
            ("Contact", lines("Evander Tattersall", "grants@fernhythe-tc.example.gov.uk")),
        )),
        Para(FICTION, small=True),
        Heading("How decisions are recorded", 1),
        Para("Each application is given one of four decisions. Full award: the amount asked for is given. Part award: a "
             "smaller amount is given, usually for part of the purpose. Not supported: no grant, with the reason recorded "
             "below. Held over: the decision is put back to a later meeting, usually for more information."),
        Heading("Round 1", 1),
        Para("Decided by the Finance and General Purposes Committee on 15 July 2025."),
        Table(header, ROUND1, widths=(0.09, 0.24, 0.3, 0.12, 0.12, 0.13)),
        Para("£11,350.", label="Round 1 total awarded:"),
        Heading("Round 2", 1),
        Para("Decided by Full Council on 20 January 2026 (minute FTC 118/25)."),
        Table(header, ROUND2, widths=(0.09, 0.24, 0.3, 0.12, 0.12, 0.13)),
        Para("£8,200.", label="Round 2 total awarded:"),
        Heading("Small grants under delegated authority", 1),
        Para("Under the scheme of delegation the Town Clerk may award small grants of up to £300 without a meeting, and "
             "reports them to the next Finance and General Purposes Committee."),
        Table(("Ref", "Applicant", "Purpose", "Awarded (£)", "Date of decision"), SMALL),
        Heading("Reasons for applications not supported", 1),
        Bullets((
            "G25-05 Fernhythe Rowing Club: the boat would be a capital item for a members' club, which the scheme rules "
            "exclude.",
            "G25-13 Old Town Twinning Association: the exchange visit would benefit the Association's members only.",
        )),
        Heading("Budget position", 1),
        Para("Awarded so far in 2025/26: £20,280 (Round 1 £11,350, Round 2 £8,200 and small grants £730). Left in the "
             "budget: £1,720. If the held-over application from Fernhythe Pride in Bloom is approved in full in March, the "
             "budget would be overspent by £1,080 and the difference met from the contingency."),
    )
    return Doc("fernhythe-tc-community-grants-register-2025-26.docx", blocks, "ftc-register",
               meta_title="Community Grants Register 2025/26", author="Evander Tattersall")


GIFTS = (
    ("GH25/01", "Cllr Wilhelmina Clutterbuck (Town Mayor)", "14 March 2025", "Chair of Stainmoor District Council",
     "Civic dinner for the Mayor and a guest", "£90", "Accepted"),
    ("GH25/02", "Rosamund Ruddock (Town Clerk)", "2 May 2025", "Tidemill Print Ltd, the Council's printer",
     "Food hamper", "£65", "Declined and returned with a letter"),
    ("GH25/03", "Cllr Godric Fawkener (Deputy Town Mayor)", "21 June 2025", "Fernhythe Carnival Committee",
     "Two grandstand tickets for the carnival", "£60", "Accepted"),
    ("GH25/04", "Cllr Octavian Higginbottom", "9 September 2025", "Gorrick Builders Ltd",
     "Seat in a hospitality box at a football match", "£180", "Declined: the firm was expected to tender for the pavilion roof"),
    ("GH25/05", "Evander Tattersall (Deputy Town Clerk and RFO)", "3 December 2025", "Stainmoor Insurance Brokers",
     "Bottle of wine and chocolates", "£55", "Accepted and given to the Mayor's charity raffle"),
    ("GH25/06", "Cllr Tabitha Pinchbeck", "12 December 2025", "Fernhythe Chamber of Trade",
     "Christmas lunch", "£45", "Accepted (below the threshold; registered voluntarily)"),
)


def gifts_register() -> Doc:
    """Register of gifts and hospitality for 2025 (TXT): 'Label: value' front sheet, entries as records."""
    blocks = (
        Council(BODY),
        Title("Register of Gifts and Hospitality: calendar year 2025"),
        FrontSheet((
            ("Kept by", CLERK),
            ("Covers", "Members and officers of the Council, 1 January to 31 December 2025"),
            ("Reported to", "Full Council, 20 January 2026"),
            ("Contact", "town.clerk@fernhythe-tc.example.gov.uk, 01632 660 900"),
        )),
        Para(FICTION),
        Heading("What must be registered", 1),
        Para("Under the Council's Code of Conduct, members and officers must tell the Town Clerk about any gift or hospitality "
             "worth £50 or more within 28 days of receiving it, whether it was accepted or declined. Offers from anyone "
             "seeking a contract or a decision from the Council should always be declined."),
        Heading("Entries", 1),
        Table(("Ref", "Name", "Date", "Offered by", "Gift or hospitality", "Estimated value", "Outcome"), GIFTS),
        Heading("Summary", 1),
        Para("Six entries in 2025: four accepted and two declined. The total value of what was accepted was £250."),
    )
    return Doc("fernhythe-tc-register-of-gifts-and-hospitality-2025.txt", blocks, "ftc-txt")


def docs() -> list[Doc]:
    """The Town Council's four documents."""
    return [budget(), minutes(), grants_register(), gifts_register()]
