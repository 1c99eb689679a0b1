"""Tessingvale Joint Waste Committee: the partnership budget and partner contributions (DOCX), a petition response on
the garden waste charge (HTML), an equality impact assessment of recycling centre opening days (PDF) and the waste
strategy's action plan progress report of Aspirations, Strands and actions (TXT)."""

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
    Table,
    Title,
    lines,
)

COMMITTEE = "Tessingvale Joint Waste Committee"
BUDGET = "tessingvale-jwc-2026-01-22-budget-2026-27.docx"
PETITION = "tessingvale-jwc-petition-response-garden-waste-charge.html"
EQIA = "tessingvale-jwc-eqia-hwrc-opening-days-2026.pdf"
STRATEGY = "tessingvale-jwc-waste-strategy-action-plan-progress-2025-26-q3.txt"
MANAGER = "Ruairi Fennimore, Partnership Manager"


def budget() -> Doc:
    """The partnership budget: a budget-book table in £000 with income in brackets, partner contributions by share."""
    blocks = (
        Council("TESSINGVALE WASTE PARTNERSHIP"),
        Title("Partnership budget 2026/27 and partner contributions"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Meeting", COMMITTEE),
            ("Date", "22 January 2026"),
            ("Agenda item", "6"),
            ("Decision or information", "For decision"),
            ("Report author", "Hyacinth Odunsi-Brook, Partnership Treasurer (Copperdale Borough Council)"),
            ("Lead officer", MANAGER),
            ("Contact", lines("Ruairi Fennimore", "01632 963340", "ruairi.fennimore@tessingvalewaste.example")),
            ("Partners", "Amberlow District Council, Copperdale Borough Council, Kilnford District Council and "
                         "Tessingvale County Council"),
        ), layout="grid"),
        Heading("1. Recommendations"),
        Para("That the Committee approves a net partnership budget of £18,728,000 for 2026/27.", num="1.1"),
        Para("That the garden waste subscription rise from £52 to £58 a bin from 1 April 2026.", num="1.2"),
        Para("That partner contributions for 2026/27 be as set out in table 2.", num="1.3"),
        Para("That the partnership reserve be held at no less than 5% of net cost.", num="1.4"),
        Heading("2. The budget"),
        Para("The net cost of the partnership rises by £651,000 (3.6%). The main pressures are the pay award, the crews "
             "for weekly food waste collections and a rise in the gate fee at the Saltmire energy from waste plant, run by "
             "Veltrane Energy Recovery Ltd, from £118.40 to £124.10 a tonne. The 2025/26 forecast is an overspend of "
             "£288,000, mostly because dry recycling prices fell."),
        Table(("Budget line", "2025/26 budget", "2025/26 forecast", "2026/27 budget", "Change"), (
            ("Employees", "9,412", "9,590", "9,985", "573"),
            ("Vehicles and fuel", "3,860", "4,122", "4,015", "155"),
            ("Disposal gate fees", "7,240", "7,105", "7,610", "370"),
            ("Household waste recycling centres", "2,315", "2,290", "2,129", "(186)"),
            ("Support services", "1,120", "1,120", "1,155", "35"),
            ("Dry recycling income", "(2,480)", "(2,160)", "(2,240)", "240"),
            ("Garden waste subscriptions", "(3,640)", "(3,702)", "(4,176)", "(536)"),
            ("Contingency", "250", "0", "250", "0"),
            ("Net cost", "18,077", "18,365", "18,728", "651"),
        ), widths=(0.32, 0.17, 0.17, 0.17, 0.17), caption="Table 1: Partnership budget (£000)"),
        Para("Figures in brackets are income or reductions."),
        Heading("3. Savings and income"),
        Bullets(("Closing Hindlecross and Saltmire recycling centres two days a week saves £186,000 (see the equality "
                 "impact assessment).",
                 "Garden waste income rises by £536,000: 72,000 subscriptions are expected at £58, against 70,000 at £52 "
                 "in 2025/26.",
                 "Route optimisation in Copperdale removes one collection round from July 2026.")),
        Heading("4. Partner contributions"),
        Para("The net cost is shared in the proportions fixed by the partnership agreement, reviewed every three years."),
        Table(("Partner", "Share", "2025/26", "2026/27", "Change"), (
            ("Amberlow District Council", "24.0%", "4,338", "4,495", "157"),
            ("Copperdale Borough Council", "29.5%", "5,333", "5,525", "192"),
            ("Kilnford District Council", "21.5%", "3,887", "4,026", "139"),
            ("Tessingvale County Council", "25.0%", "4,519", "4,682", "163"),
            ("Total", "100%", "18,077", "18,728", "651"),
        ), widths=(0.4, 0.12, 0.16, 0.16, 0.16), caption="Table 2: Partner contributions (£000)"),
        Heading("5. Reserves and risks"),
        Para("The partnership reserve is expected to be £1.26 million on 31 March 2026, above the 5% minimum of £936,000."),
        Bullets(("Packaging extended producer responsibility payments of about £1.9 million are expected in 2026/27 but "
                 "are not in the budget until the amount is confirmed.",
                 "Kilnford's food waste vehicles arrive late, so its weekly food waste collection starts in July 2026, not "
                 "April.",
                 "Every £10 a tonne change in the energy from waste gate fee changes costs by about £590,000.")),
    )
    return Doc(BUDGET, blocks, "tjwc-report", meta_title="Partnership budget 2026/27", author="Hyacinth Odunsi-Brook")


def petition() -> Doc:
    """The response to a petition asking for the garden waste charge to be frozen."""
    blocks = (
        Council(COMMITTEE),
        Title("Response to the petition 'Freeze the garden waste charge'"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Petition", "Freeze the garden waste charge"),
            ("Lead petitioner", "Mrs Clementine Askwith"),
            ("Signatures", "3,412 (3,287 verified as living, working or studying in Tessingvale)"),
            ("Received", "28 November 2025"),
            ("Considered by", "Tessingvale Joint Waste Committee, 22 January 2026 (minute JWC/25-26/48)"),
            ("Response by", MANAGER),
            ("Contact", "Ruairi Fennimore, 01632 963340, ruairi.fennimore@tessingvalewaste.example"),
        ), layout="table"),
        Heading("What the petition asked"),
        Para("\"We call on the Joint Waste Committee to freeze the garden waste charge at £52 for 2026/27. Residents "
             "already pay council tax and should not pay more every year to have their garden waste collected.\""),
        Heading("The Committee's decision"),
        Para("The Committee considered the petition with the partnership budget on 22 January 2026. It decided not to "
             "freeze the charge, which will be £58 a bin from 1 April 2026. It agreed two changes in response to the "
             "petition:"),
        Bullets(("a concession price of £29 for households that receive Pension Credit or council tax reduction;",
                 "an early-payment price of £55 for subscriptions paid by 28 February 2026.")),
        Heading("Why the charge is rising"),
        Para("Garden waste collection is a discretionary service, and the law allows a charge for it. The charge covers "
             "the crews, vehicles and composting of garden waste; it does not pay for other services. A freeze would cost "
             "about £432,000 in 2026/27, which the four partner councils would have to find from council tax. The "
             "composting contract with Brackenridge Organics rose by 9% in October 2025."),
        Table(("Year", "Charge per bin", "Subscriptions"), (
            ("2023/24", "£45", "67,300"),
            ("2024/25", "£48", "68,900"),
            ("2025/26", "£52", "70,000"),
            ("2026/27", "£58", "72,000 expected"),
        ), widths=(0.3, 0.3, 0.4)),
        Heading("What happens next"),
        Para("If the lead petitioner is not satisfied with this response, she may ask the Partnership Scrutiny Panel to "
             "review how the petition was handled, within 28 days of this response."),
    )
    return Doc(PETITION, blocks, "tjwc-web", meta_title="Petition response: garden waste charge",
               footer="Tessingvale Waste Partnership")


IMPACTS = (
    ("Age", "Minor negative", "Residents over 65 make 31% of weekday visits, and fewer visit at weekends.",
     "Keep Gorsebank open seven days; publish the new days by post to all households."),
    ("Disability", "Significant negative",
     "Blue Badge holders make 9% of visits, and the consultation drew 212 responses from disabled residents.",
     "Assisted-unloading service at all three sites; Saltmire to stay open on Wednesdays."),
    ("Gender reassignment", "Neutral", "No evidence of a different impact.", "None needed."),
    ("Marriage and civil partnership", "Neutral", "No evidence of a different impact.", "None needed."),
    ("Pregnancy and maternity", "Neutral", "No evidence of a different impact.", "None needed."),
    ("Race", "Neutral", "Site surveys show no difference by ethnicity in the days people visit.",
     "Information in the five most-used community languages."),
    ("Religion or belief", "Minor negative",
     "Some Jewish and Seventh-day Adventist residents cannot visit on Saturdays and rely on weekdays.",
     "Gorsebank open every weekday."),
    ("Sex", "Neutral", "No evidence of a different impact.", "None needed."),
    ("Sexual orientation", "Neutral", "No evidence of a different impact.", "None needed."),
    ("Rural isolation", "Minor negative",
     "Households in the north of Kilnford are 14 miles from Gorsebank.",
     "Monthly mobile recycling visits to four Kilnford villages."),
    ("Low income", "Minor negative", "Residents without a car use the Saltmire community transport run on market day.",
     "Saltmire to stay open on Wednesdays."),
)


def eqia() -> Doc:
    """The equality impact assessment: an impact key of its own and an impacts table over a page break."""
    blocks = (
        Council(COMMITTEE.upper()),
        Title("Equality impact assessment: household waste recycling centre opening days"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Proposal", "Close two of the three household waste recycling centres on two weekdays a year round"),
            ("Service", "Household waste recycling centres"),
            ("Assessment by", "Lowenna Straughan, Contracts and Compliance Officer"),
            ("Approved by", MANAGER),
            ("Version and date", "Version 2.0 (after consultation), 9 January 2026"),
            ("Decision maker", "Tessingvale Joint Waste Committee, 22 January 2026"),
        ), layout="margin"),
        Heading("1. The proposal"),
        Para("The partnership runs three household waste recycling centres: Gorsebank, Hindlecross and Saltmire. The "
             "original proposal was to close Hindlecross and Saltmire every Tuesday and Wednesday, saving £186,000 a year "
             "in staff and haulage costs. Gorsebank, the largest site, would stay open seven days a week."),
        Heading("2. Consultation"),
        Para("A six-week consultation from 6 October to 16 November 2025 drew 1,906 responses; 58% opposed the proposal. "
             "The Saltmire and District Access Group told us that Wednesday, Saltmire's market day, is the day community "
             "transport brings older and disabled residents into the town."),
        Heading("3. How impacts are rated"),
        Para("Each impact is rated Positive, Neutral, Minor negative (a small disadvantage that can be reduced) or "
             "Significant negative (a real disadvantage that must be mitigated or justified). As well as the nine "
             "protected characteristics, the partnership assesses rural isolation and low income."),
        Space(170),
        Heading("4. Impacts by characteristic", keep=False),
        Table(("Characteristic", "Impact", "Evidence", "Mitigation"), IMPACTS, widths=(0.18, 0.15, 0.36, 0.31)),
        Heading("5. Outcome"),
        Para("Outcome: adjust the proposal. After consultation Saltmire will close on Tuesdays and Thursdays instead of "
             "Tuesdays and Wednesdays; Hindlecross will close on Tuesdays and Wednesdays as proposed. The saving is "
             "unchanged at £186,000 because Thursday is Saltmire's quietest day."),
        Heading("6. Action plan"),
        Table(("Action", "Owner", "By"), (
            ("Start the assisted-unloading service at all three sites", "Site contractor", "1 April 2026"),
            ("Write to every household with the new opening days", "Communications Officer", "1 March 2026"),
            ("Start monthly mobile recycling visits in Kilnford", "Partnership Manager", "May 2026"),
            ("Review the impact on visits by Blue Badge holders", "Contracts and Compliance Officer", "October 2026"),
        ), widths=(0.55, 0.28, 0.17)),
    )
    return Doc(EQIA, blocks, "tjwc-eqia", meta_title="Equality impact assessment: HWRC opening days",
               author="Lowenna Straughan", footer="Tessingvale Waste Partnership EqIA")


def strategy() -> Doc:
    """The waste strategy's action plan progress: Aspirations, Strands and numbered actions with a status key."""
    blocks = (
        Council("Tessingvale Waste Partnership"),
        Title("Joint Municipal Waste Strategy 2023-2030: action plan progress, quarter 3 2025/26"),
        Para(FICTION),
        FrontSheet((
            ("Report to", COMMITTEE),
            ("Date", "22 January 2026"),
            ("Agenda item", "8"),
            ("Report by", "Ottavia Brennand, Strategy and Performance Officer"),
            ("Contact", "Ottavia Brennand, 01632 963352"),
            ("Period", "to 31 December 2025"),
        )),
        Heading("How the strategy is organised"),
        Para("The strategy has three Aspirations. Each Aspiration is split into Strands, and each Strand carries numbered "
             "actions. Every action is reported as Done, On schedule, Late (behind its date, with a new date) or Stopped "
             "(the Committee has decided not to go ahead)."),
        Heading("Headline indicators"),
        Table(("Indicator", "2022/23 baseline", "Latest", "2030 target"), (
            ("Household recycling rate", "43.1%", "47.8%", "55%"),
            ("Residual waste per household", "561 kg", "498 kg", "420 kg"),
            ("Fly-tipping incidents", "3,540", "3,106", "2,500"),
        )),
        Heading("Aspiration 1: Waste less"),
        Heading("Strand 1A Waste prevention", 2),
        Table(("Action", "Status", "Comment"), (
            ("1A.1 Open a reuse shop at Gorsebank", "Done", "Opened on 4 October 2025"),
            ("1A.2 Real nappy voucher scheme", "On schedule", "Launch in April 2026"),
        )),
        Heading("Strand 1B Food waste", 2),
        Table(("Action", "Status", "Comment"), (
            ("1B.1 Weekly food waste collections in all three districts by April 2026", "Late",
             "Amberlow and Copperdale start in April 2026; Kilnford in July 2026 because its vehicles arrive late"),
            ("1B.2 Food waste caddy liners free for the first year", "On schedule", "Liners ordered"),
        )),
        Heading("Aspiration 2: Recycle more"),
        Heading("Strand 2A Kerbside recycling", 2),
        Table(("Action", "Status", "Comment"), (
            ("2A.1 Add cartons and plastic film to kerbside collections", "On schedule", "From April 2027"),
            ("2A.2 Recycling bins for 140 blocks of flats", "Late", "86 blocks done; the rest by September 2026"),
        )),
        Heading("Strand 2B Recycling centres", 2),
        Table(("Action", "Status", "Comment"), (
            ("2B.1 Review recycling centre opening days", "On schedule",
             "Decision on 22 January 2026, with the equality impact assessment"),
            ("2B.2 Booking system for recycling centres", "Stopped", "The Committee decided not to go ahead in July 2025"),
        )),
        Heading("Aspiration 3: Cleaner places"),
        Heading("Strand 3A Fly-tipping", 2),
        Table(("Action", "Status", "Comment"), (
            ("3A.1 Joint enforcement team across the three districts", "On schedule", "Four officers from February 2026"),
            ("3A.2 Mobile CCTV at fly-tipping hotspots", "Done", "Eight cameras in use; 27 fixed penalty notices issued"),
        )),
        Heading("Strand 3B Cleaner fleet", 2),
        Table(("Action", "Status", "Comment"), (
            ("3B.1 Trial two electric refuse collection vehicles", "Done", "Trial in Copperdale ended in November 2025"),
            ("3B.2 Switch the fleet to HVO fuel", "Late", "Fuel contract re-tendered; new date June 2026"),
        )),
        Heading("Summary"),
        Para("Of the 12 actions, three are Done, five are On schedule, three are Late and one is Stopped."),
    )
    return Doc(STRATEGY, blocks, "tjwc-txt")


def docs() -> list[Doc]:
    """Tessingvale Joint Waste Committee's four papers."""
    return [budget(), petition(), eqia(), strategy()]
