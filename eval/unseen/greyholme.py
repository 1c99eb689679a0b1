"""Greyholme District Council (fictional): district plan (DOCX), 2022 leisure contract report (DOCX), 2024 scrutiny review
of that contract (TXT), and a quarter 2 budget monitoring note (TXT)."""

from __future__ import annotations

from eval.councils.model import FICTION, Bullets, Council, Doc, FrontSheet, Heading, PageBreak, Para, Subtitle, Table, Title, lines

COUNCIL = "Greyholme District Council"


def district_plan() -> Doc:
    """Goal -> Outcome -> 'We will' bullets in Word heading styles, with an actions table (Action | Lead | Deadline)."""
    blocks = (
        Council(COUNCIL),
        Title("Greyholme District Plan 2024-2028"),
        Subtitle("Working together for Greyholme, Aysby and Kettlestone"),
        Para(FICTION, small=True),
        Heading("Introduction", 1),
        Para("This plan sets out what Greyholme District Council will focus on between 2024 and 2028. It was adopted by Council "
             "on 27 February 2024 after a public consultation that received 1,146 responses. It is built around four goals. Under "
             "each goal we describe the outcomes we want to see for residents and what we will do to achieve them."),
        Para("Councillor Harriet Quayle, Leader of the Council, and Simon Achebe, Chief Executive"),
        Heading("Goal 1: A prosperous district", 1),
        Heading("Outcome 1.1: More people in good, local jobs", 2),
        Para("We will:", label=""),
        Bullets(("open the Kettlestone Enterprise Centre with 40 small business units",
                 "support 250 residents into work or training through the Greyholme Works programme",
                 "pay the real Living Wage and encourage our suppliers to do the same")),
        Heading("Outcome 1.2: Vibrant market towns", 2),
        Para("We will:"),
        Bullets(("deliver the Aysby High Street heritage action zone",
                 "keep free parking after 3pm in our town centre car parks",
                 "bring the Greyholme Corn Exchange back into use as a venue")),
        Heading("Goal 2: A cleaner, greener district", 1),
        Heading("Outcome 2.1: Less waste and more recycling", 2),
        Para("We will:"),
        Bullets(("introduce weekly food waste collections for every household",
                 "raise our recycling rate from 47% to 55%",
                 "take enforcement action against every fly-tipper we can identify")),
        Heading("Outcome 2.2: Nature recovering across the district", 2),
        Para("We will:"),
        Bullets(("adopt a Local Nature Recovery Plan with Fellshire County Council",
                 "manage 20 council-owned verges and open spaces for wildflowers",
                 "reach net zero for the council's own operations by 2035")),
        Heading("Goal 3: Healthy and safe communities", 1),
        Heading("Outcome 3.1: Active and healthy lives", 2),
        Para("We will:"),
        Bullets(("work with Fellside Leisure Trust to increase visits to our leisure centres to 850,000 a year",
                 "refurbish the changing rooms at Aysby Leisure Centre",
                 "replace the pool plant at Kettlestone Swimming Pool")),
        Heading("Outcome 3.2: Safe and decent homes", 2),
        Para("We will:"),
        Bullets(("enable 300 affordable homes over the life of the plan",
                 "halve the number of households in temporary accommodation",
                 "inspect every house in multiple occupation at least once every three years")),
        Heading("Goal 4: A council that works well", 1),
        Heading("Outcome 4.1: Easy to deal with", 2),
        Para("We will:"),
        Bullets(("answer 80% of calls to the contact centre within two minutes",
                 "let residents report, apply and pay for the ten most used services online")),
        Heading("Outcome 4.2: Financially sustainable", 2),
        Para("We will:"),
        Bullets(("close the budget gap of £1.9 million forecast for 2026/27",
                 "keep general fund reserves above £2 million")),
        PageBreak(),
        Heading("Key actions and deadlines", 1),
        Para("The table lists the main actions in the plan, the officer who leads each one and the deadline. Progress will be "
             "reported to Cabinet twice a year."),
        Table(("Action", "Lead", "Deadline"),
              (("Open the Kettlestone Enterprise Centre", "Head of Economic Development", "September 2025"),
               ("Launch the Greyholme Works employment programme", "Head of Economic Development", "June 2024"),
               ("Complete the Aysby High Street heritage action zone", "Head of Planning", "March 2027"),
               ("Reopen the Greyholme Corn Exchange", "Head of Property", "December 2026"),
               ("Introduce weekly food waste collections", "Head of Environmental Services", "April 2026"),
               ("Adopt the Local Nature Recovery Plan", "Head of Planning", "March 2025"),
               ("Refurbish Aysby Leisure Centre changing rooms", "Head of Leisure and Culture", "March 2025"),
               ("Replace Kettlestone Swimming Pool plant", "Head of Leisure and Culture", "October 2024"),
               ("Adopt the new Greyholme Local Plan", "Head of Planning", "December 2026"),
               ("Move the ten most used services online", "Head of Customer Services", "March 2026"),
               ("Agree a balanced medium term financial strategy to 2027/28", "Chief Finance Officer", "February 2025")),
              widths=(0.55, 0.28, 0.17)),
        Heading("How we will know we are making a difference", 1),
        Table(("Measure", "Now (2023/24)", "Aim by 2028"),
              (("Visits to leisure centres", "744,000", "850,000"),
               ("Household waste recycled or composted", "47%", "55%"),
               ("Households in temporary accommodation", "62", "31"),
               ("Calls answered within two minutes", "64%", "80%")),
              widths=(0.5, 0.25, 0.25)),
    )
    return Doc("greyholme-district-plan-2024-2028.docx", blocks, "greyholme-plan", meta_title="District Plan", author="Greyholme DC")


LEISURE_FRONT = (
    ("Report to", "Cabinet"),
    ("Date of meeting", "11 October 2022"),
    ("Report title", "Leisure management contract 2023-2033"),
    ("Portfolio Holder", "Councillor Alan Brereton, Portfolio Holder for Health and Leisure"),
    ("Report author", "Fiona Garside, Head of Leisure and Culture"),
    ("Key decision", "Yes"),
    ("Wards affected", "Aysby East; Aysby West; Greyholme Central; Kettlestone"),
    ("Exempt information", "No, but Appendix 2 (tender evaluation) is exempt under paragraph 3"),
    ("Contact officer", lines("Fiona Garside, Head of Leisure and Culture", "Telephone: 01632 961207",
                              "Email: fiona.garside@greyholme.gov.uk")),
)


def leisure_report() -> Doc:
    """A 2022 Cabinet report in Word with its front sheet as bold label lines."""
    blocks = (
        Council(COUNCIL),
        Title("Leisure management contract 2023-2033"),
        FrontSheet(LEISURE_FRONT, "bold"),
        Para(FICTION, small=True),
        Heading("Purpose of the report", 1),
        Para("To seek Cabinet's approval to award a ten-year contract for the management of the council's three leisure "
             "facilities (Greyholme Leisure Centre, Aysby Leisure Centre and Kettlestone Swimming Pool) following a competitive "
             "procurement.", "1."),
        Heading("Recommendations", 1),
        Para("That Cabinet:", "2."),
        Bullets(("awards the leisure management contract to Fellside Leisure Trust for ten years from 1 April 2023, with an "
                 "option to extend for up to five years;",
                 "approves a management fee of £410,000 in 2023/24, reducing each year so that the contract produces a payment "
                 "to the council of £150,000 a year from 2027/28;",
                 "delegates authority to the Head of Leisure and Culture to finalise the contract terms;",
                 "asks the Communities Scrutiny Panel to review the first year of the contract."), marker="a"),
        Heading("Background", 1),
        Para("The current contract with Castlegate Leisure Ltd ends on 31 March 2023. The facilities received 612,000 visits in "
             "2021/22, still below the 701,000 recorded before the pandemic in 2019/20. The council currently pays a management fee "
             "of £520,000 a year.", "3."),
        Para("Kettlestone Swimming Pool is the oldest of the three buildings. Its pool plant is at the end of its life and the "
             "condition survey estimates replacement at £780,000.", "4."),
        Heading("Options considered", 1),
        Table(("Option", "Description", "Ten-year net cost", "Recommended"),
              (("1", "Bring the service in house from April 2023", "£6.9 million", "No"),
               ("2", "Award a new contract to the highest-scoring bidder, Fellside Leisure Trust", "£1.1 million", "Yes"),
               ("3", "Award a new contract and close Kettlestone Swimming Pool", "£0.4 million", "No")),
              widths=(0.08, 0.56, 0.2, 0.16)),
        Para("Option 3 was rejected because Kettlestone Swimming Pool is the only public pool within 12 miles for residents in "
             "the north of the district, and is used by 14 primary schools for swimming lessons.", "5."),
        Heading("Procurement", 1),
        Para("Four bids were received. Fellside Leisure Trust scored highest on both price and quality (82 out of 100). As a "
             "charitable trust it will also save the council around £95,000 a year in business rates.", "6."),
        Para("The contract includes a shared utility risk: if energy prices rise above the index set in the contract, the "
             "council pays 50% of the increase.", "7."),
        Heading("Financial implications", 1),
        Para("Over ten years the recommended option saves £5.8 million compared with bringing the service in house. The "
             "2023/24 budget will include a management fee of £410,000, a saving of £110,000 on the current contract.", "8."),
        Heading("Targets in the contract", 1),
        Bullets(("increase visits to 750,000 a year by 2025/26",
                 "achieve customer satisfaction of at least 85%",
                 "grow memberships from 5,200 to 7,000",
                 "offer free swimming for under-11s in school holidays")),
        Heading("Background papers", 1),
        Para("Leisure facilities strategy 2021; tender evaluation report (exempt)."),
    )
    return Doc("greyholme-cabinet-2022-10-11-leisure-contract.docx", blocks, "greyholme-report",
               meta_title="Cabinet report template", author="Committee Services")


def scrutiny_review() -> Doc:
    """A TXT scrutiny panel review of the leisure contract's first year, with numbered recommendations."""
    blocks = (
        Council(COUNCIL),
        Title("Leisure contract: first year review"),
        Subtitle("Report of the Communities Scrutiny Panel to Cabinet, 19 March 2024"),
        FrontSheet((("Panel chair", "Councillor Ruth Mabey"),
                    ("Panel members", "Councillors Kwame Asante, Jill Dunworth, Peter Harker and Sue Linton"),
                    ("Supporting officer", "Daniel Prentice, Scrutiny Officer, 01632 961340"),
                    ("Review period", "April 2023 to January 2024")), "lines"),
        Para(FICTION),
        Heading("1. Why we carried out this review", 1),
        Para("When Cabinet awarded the leisure management contract to Fellside Leisure Trust in October 2022 it asked this "
             "panel to review the first year. We met four times, visited all three sites and heard from the Trust, council "
             "officers, the Kettlestone Swimming Club and users of the Aysby Leisure Centre."),
        Heading("2. What we found", 1),
        Para("Visits are growing. The three centres are forecast to receive 744,000 visits in 2023/24, up from 612,000 in "
             "2021/22 and close to the contract target of 750,000 two years early.", "2.1"),
        Para("Memberships have risen from 5,200 to 6,950.", "2.2"),
        Para("Customer satisfaction is 81%, below the contract target of 85%. Most complaints were about the changing rooms at "
             "Aysby Leisure Centre.", "2.3"),
        Para("The council paid £455,000 to the Trust in 2023/24 rather than the budgeted £410,000, because the shared utility "
             "risk clause was triggered by high energy prices. The extra cost was £45,000.", "2.4"),
        Para("Kettlestone Swimming Pool was closed for 14 weeks between June and September 2023 after the pool plant failed. "
             "School swimming lessons for 9 schools were moved to Greyholme Leisure Centre.", "2.5"),
        Para("Free swimming for under-11s in school holidays was used 11,400 times.", "2.6"),
        Heading("3. Recommendations to Cabinet", 1),
        Bullets(("that the replacement of the Kettlestone Swimming Pool plant is brought forward and completed by October 2024",
                 "that the council and the Trust agree an improvement plan for the Aysby Leisure Centre changing rooms",
                 "that the energy efficiency measures in the Trust's bid, including solar panels at Greyholme Leisure Centre, are "
                 "delivered in 2024/25 to reduce the council's utility risk",
                 "that quarterly contract performance reports are published on the council's website",
                 "that the panel reviews the contract again in spring 2025"), marker="1"),
        Heading("4. Conclusion", 1),
        Para("Overall the panel found that the move to Fellside Leisure Trust has been positive for residents, but that the "
             "condition of the buildings is now the biggest risk to the contract's success."),
    )
    return Doc("greyholme-scrutiny-2024-03-leisure-contract-review.txt", blocks, "greyholme-txt")


BUDGET_ROWS = (
    ("Housing and homelessness", 1_824_000, 2_110_000),
    ("Waste and street scene", 3_412_000, 3_447_000),
    ("Leisure and culture", 1_106_000, 1_168_000),
    ("Planning and building control", 986_000, 1_104_000),
    ("Environmental health and licensing", 742_000, 731_000),
    ("Customer services and revenues", 2_015_000, 1_962_000),
    ("Corporate services", 3_120_000, 3_094_000),
    ("Car parks", -620_000, -541_000),
    ("Treasury and capital financing", 2_335_000, 2_235_000),
)


def _money(n: int) -> str:
    """Pounds with separators; negatives in brackets."""
    return f"(£{abs(n):,})" if n < 0 else f"£{n:,}"


def budget_monitoring() -> Doc:
    """A TXT quarter 2 revenue budget monitoring note: service lines with approved budget, forecast outturn and variance."""
    budget = sum(r[1] for r in BUDGET_ROWS)
    outturn = sum(r[2] for r in BUDGET_ROWS)
    rows = tuple((s, _money(b), _money(o), _money(o - b)) for s, b, o in BUDGET_ROWS)
    rows += (("Total net budget", _money(budget), _money(outturn), _money(outturn - budget)),)
    blocks = (
        Council(COUNCIL),
        Title("Revenue budget monitoring 2024/25: quarter 2"),
        Subtitle("Position to 30 September 2024. Briefing note for the Portfolio Holder for Finance, Councillor Meera Dhillon"),
        FrontSheet((("Prepared by", "Joanna Whitby, Chief Finance Officer"),
                    ("Date", "21 October 2024"),
                    ("Status", "For information")), "lines"),
        Para(FICTION),
        Heading("Summary", 1),
        Para(f"The council's approved net revenue budget for 2024/25 is £{budget:,}. At the end of quarter 2 the forecast "
             f"outturn is £{outturn:,}, an overspend of £{outturn - budget:,}. At quarter 1 the forecast overspend was £212,000."),
        Heading("Forecast by service", 1),
        Table(("Service", "Approved budget", "Forecast outturn", "Variance"), rows),
        Heading("Main reasons for the variance", 1),
        Bullets(("Housing and homelessness (+£286,000): more households in bed and breakfast, with an average of 41 households "
                 "in temporary accommodation against 30 budgeted",
                 "Planning and building control (+£118,000): planning fee income is £150,000 below budget because of fewer "
                 "major applications, partly offset by staff vacancies",
                 "Car parks (+£79,000): income below budget after the free parking after 3pm offer was extended to Saturdays",
                 "Leisure and culture (+£62,000): the shared utility risk clause in the Fellside Leisure Trust contract",
                 "Treasury and capital financing (-£100,000): higher interest earned on cash balances")),
        Heading("Action being taken", 1),
        Para("Directors have been asked to hold vacant posts open where it is safe to do so and to stop non-essential spending "
             "for the rest of the year. The housing team is buying six properties for use as temporary accommodation, which "
             "should reduce bed and breakfast costs from January 2025."),
        Heading("Reserves", 1),
        Para("If the overspend is not reduced it will be met from the general fund reserve, which would fall from £2.6 million "
             "to £2.3 million at 31 March 2025. This remains above the minimum level of £2 million set in the District Plan."),
        Heading("Savings programme", 1),
        Para("Of the £640,000 of savings in the 2024/25 budget, £515,000 is on track to be delivered. The £125,000 saving from "
             "garden waste charges is delayed until April 2025."),
    )
    return Doc("greyholme-budget-monitoring-2024-25-q2.txt", blocks, "greyholme-txt")


def docs() -> list[Doc]:
    """Greyholme's four documents."""
    return [district_plan(), leisure_report(), scrutiny_review(), budget_monitoring()]
