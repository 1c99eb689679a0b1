"""Brindlecombe Borough Council (fictional): borough plan, Planning Committee minutes, two council tax resolutions."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from eval.councils.model import FICTION, Bullets, Council, Doc, FrontSheet, Heading, Para, Subtitle, Table, Title

COUNCIL = "Brindlecombe Borough Council"

PLAN_ROWS = (
    ("Homes and neighbourhoods", "More affordable homes", "Deliver 600 affordable homes with the Brindlecombe Homes partnership",
     "Director of Housing and Regeneration", "By March 2027"),
    ("Homes and neighbourhoods", "Safer streets", "Extend CCTV to the Eastwick and Hollowmead estates",
     "Head of Community Safety", "2024/25"),
    ("Homes and neighbourhoods", "Ending rough sleeping", "Open a 24-bed assessment hub at Tanners Yard",
     "Head of Housing Options", "Winter 2024"),
    ("A prosperous town centre", "Bring empty shops back into use", "Offer Meanwhile Leases on 25 vacant units",
     "Head of Economic Development", "2023 to 2025"),
    ("A prosperous town centre", "A market to be proud of", "Refurbish the Victorian Market Hall",
     "Director of Place", "Reopen in spring 2026"),
    ("A prosperous town centre", "Evening economy", "Gain Purple Flag accreditation for the town centre",
     "Head of Economic Development", "2025"),
    ("Clean and green", "Cleaner streets", "Introduce weekly food waste collections for every household",
     "Head of Environmental Services", "From April 2026"),
    ("Clean and green", "Net zero borough", "Install solar panels on all six council depots and the Guildhall",
     "Climate Change Officer", "By 2026"),
    ("Clean and green", "Parks for everyone", "Achieve Green Flag status for Kingsmead Park and Fairwater Gardens",
     "Parks and Open Spaces Manager", "2025"),
    ("Healthy communities", "Active lives", "Rebuild the Brindlecombe Lido changing rooms",
     "Head of Leisure and Culture", "2024"),
    ("Healthy communities", "Tackling loneliness", "Fund 20 community cafes through the Brindlecombe Together grants",
     "Community Development Manager", "Every year"),
    ("Healthy communities", "Warm homes", "Retrofit 350 council homes to energy rating C",
     "Director of Housing and Regeneration", "By March 2027"),
)


def plan() -> Doc:
    """Borough plan with a Theme | Priority | What we will do | Lead | When table."""
    blocks = [
        Council(COUNCIL),
        Title("Brindlecombe Together: Borough Plan 2023 to 2027"),
        Subtitle("Approved by Council on 18 July 2023"),
        Para(FICTION, small=True),
        Heading("Introduction", 1),
        Para("Brindlecombe is a borough of 112,000 people around an old market town on the River Brind. This plan sets out "
             "what the council will do over the next four years, organised under four themes. It was shaped by the "
             "Brindlecombe Conversation, in which 2,870 residents told us what mattered most to them."),
        Para("Councillor Tomasz Wrenfield, Leader of the Council, and Gillian Horrocks, Chief Executive", label="Introduced by"),
        Heading("Our vision", 1),
        Para("A fair, green and welcoming borough where everyone has a decent home and a reason to be proud of where they live."),
        Heading("Our values", 2),
        Bullets(("Listen first", "Be fair", "Spend wisely", "Do what we said we would")),
        Heading("Our four themes", 1),
        Bullets(("Homes and neighbourhoods", "A prosperous town centre", "Clean and green", "Healthy communities")),
        Heading("The plan on a page", 1),
        Para("The table below sets out, for each theme, our priorities, what we will do, which officer leads the work and "
             "when it will be done. Cabinet portfolio holders are accountable for each theme."),
        Table(("Theme", "Priority", "What we will do", "Lead", "When"), PLAN_ROWS, widths=(0.18, 0.17, 0.33, 0.2, 0.12)),
        Heading("Portfolio holders", 1),
        Table(("Theme", "Cabinet portfolio holder"), (
            ("Homes and neighbourhoods", "Councillor Rosalind Achebe"),
            ("A prosperous town centre", "Councillor Daniel Firth"),
            ("Clean and green", "Councillor Megan Tullock"),
            ("Healthy communities", "Councillor Yusuf Karimi"),
        )),
        Heading("How we will know we are making a difference", 1),
        Table(("Measure", "Where we are (2022/23)", "Where we want to be (2026/27)"), (
            ("Affordable homes completed each year", "96", "150"),
            ("Vacant shop units in the town centre", "14.8%", "9%"),
            ("Household waste recycled or composted", "41%", "50%"),
            ("Residents satisfied with their area", "71%", "80%"),
        )),
        Heading("Paying for the plan", 1),
        Para("The plan is funded from the council's revenue budget of £17.9 million for 2023/24 and a four-year capital "
             "programme of £64 million, of which £38 million is for housing."),
        Para("We will publish a progress report each autumn and review the plan in 2025."),
    ]
    return Doc("brindlecombe-borough-plan-2023-2027.docx", tuple(blocks), "brindlecombe-plan",
               meta_title="Brindlecombe Together: Borough Plan 2023 to 2027", author="Policy and Partnerships")


def minutes() -> Doc:
    """HTML minutes of the Planning Committee: attendance, apologies, interests, a deferral and a lost amendment."""
    blocks = [
        Council(COUNCIL.upper()),
        Title("Planning Committee: Minutes"),
        Subtitle("Wednesday 12 March 2025 at 6.30 pm, Council Chamber, The Guildhall, Brindlecombe"),
        Para(FICTION, small=True),
        Para("Councillors Harriet Oduya (Chair), Marcus Penhale (Vice-Chair), Lewis Abara, Catrin Doyle, Ivan Hollis, "
             "Nkechi Marsh, Ronan Pike, Shirin Rahimi, Alec Sutton, Beatrice Vane and Owen Yardley", label="Present:"),
        Para("Alison Grebe (Planning Development Manager), Colm Devereux (Principal Planning Officer), Farida Noor "
             "(Senior Planning Lawyer) and Toby Lister (Democratic Services Officer)", label="Officers:"),
        Heading("41. Apologies for absence", 2),
        Para("Apologies were received from Councillors Sian Brightwell and Gareth Lomax. Councillor Owen Yardley attended "
             "as a substitute for Councillor Brightwell."),
        Heading("42. Declarations of interest", 2),
        Para("Councillor Marcus Penhale declared a non-registrable interest in item 45 (Former Bus Depot, Station Road) as "
             "his home is opposite the site. He left the chamber for that item and took no part in the debate or vote."),
        Para("Councillor Nkechi Marsh declared that she had been lobbied about item 44 but had not made up her mind."),
        Heading("43. Minutes", 2),
        Para("RESOLVED: That the minutes of the meeting held on 12 February 2025 be approved as a correct record."),
        Heading("44. 24/01872/FUL - Land at Quarry Lane, Eastwick", 2),
        Para("Proposal: erection of 96 dwellings with access from Quarry Lane, open space and a play area. Colm Devereux "
             "presented the report, recommending approval subject to a section 106 agreement for 30% affordable housing "
             "and an education contribution of £412,000."),
        Para("Two objectors and the applicant's agent addressed the committee. Eastwick Residents' Association raised "
             "concerns about traffic at the Quarry Lane junction."),
        Para("Councillor Lewis Abara moved, and Councillor Catrin Doyle seconded, an amendment that the application be "
             "refused on highway safety grounds. On being put to the vote the amendment was LOST (4 for, 7 against)."),
        Para("The substantive motion to approve was then put to the vote (7 for, 3 against, 1 abstention)."),
        Para("RESOLVED: That planning permission be granted subject to the conditions in the report and the completion of "
             "a section 106 agreement securing 30% affordable housing and an education contribution of £412,000, with an "
             "additional condition requiring a construction traffic management plan."),
        Heading("45. 24/02210/FUL - Former Bus Depot, Station Road", 2),
        Para("Councillor Penhale left the chamber. Proposal: demolition of the depot and erection of a 140-bedroom hotel with "
             "ground-floor restaurant and 38 parking spaces."),
        Para("Members asked for more information on parking for coaches and on the highway authority's comments, which had "
             "not been received."),
        Para("RESOLVED: That consideration of the application be DEFERRED to the meeting on 9 April 2025 to allow the "
             "highway authority's comments and a coach parking assessment to be reported."),
        Para("Councillor Penhale returned to the chamber."),
        Heading("46. 25/00114/HOU - 14 Orchard Rise, Hollowmead", 2),
        Para("Two-storey side extension. The application was before the committee because the applicant is a council employee."),
        Para("RESOLVED: That planning permission be granted subject to the conditions in the report (unanimous)."),
        Heading("47. 24/02391/FUL - Kingsmead Park pavilion", 2),
        Para("Replacement sports pavilion with changing rooms and a cafe, on council-owned land."),
        Para("RESOLVED: That planning permission be granted subject to the conditions in the report (10 for, 1 against)."),
        Heading("48. Planning appeals", 2),
        Para("The committee noted that two appeals had been dismissed and one allowed since the last meeting. The allowed "
             "appeal, at Mill Farm, Ashbrook Lane, was for nine holiday lodges; no costs were awarded against the council."),
        Para("The meeting closed at 9.12 pm.", small=True),
        Para("Chair: Councillor Harriet Oduya", small=True),
    ]
    return Doc("brindlecombe-planning-committee-minutes-2025-03-12.html", tuple(blocks), "brindlecombe-minutes",
               meta_title="Planning Committee minutes 12 March 2025", footer="Brindlecombe Borough Council - Democratic Services")


def _lettered(items: tuple[str, ...]) -> list[Para]:
    """Resolution parts typed as (a), (b) ... in the text itself, as council officers often do in Word."""
    return [Para(text, num=f"({chr(97 + i)})") for i, text in enumerate(items)]


RATIOS = (("A", 6), ("B", 7), ("C", 8), ("D", 9), ("E", 11), ("F", 13), ("G", 15), ("H", 18))


def _money(x: Decimal) -> str:
    """£1,234.56"""
    return f"£{x.quantize(Decimal('0.01'), ROUND_HALF_UP):,}"


def _bands(band_d: Decimal) -> tuple[str, ...]:
    """Amounts for bands A to H from a Band D amount."""
    return tuple(_money(band_d * n / 9) for _, n in RATIOS)


YEARS = {
    "2024/25": dict(meeting="27 February 2024", base="40,982.4", borough="224.73", county="1,726.29", police="276.13",
                    fire="89.41", parish="1,219,840", increase="£5.99 (2.74%)", prev="2023/24"),
    "2025/26": dict(meeting="26 February 2025", base="41,534.6", borough="231.45", county="1,812.43", police="290.13",
                    fire="94.41", parish="1,284,560", increase="£6.72 (2.99%)", prev="2024/25"),
}


def resolution(year: str, fmt: str) -> Doc:
    """Council tax resolution for one year; the two years share a layout so their figures can be compared."""
    y = YEARS[year]
    dec = {k: Decimal(y[k].replace(",", "")) for k in ("base", "borough", "county", "police", "fire", "parish")}
    own = (dec["base"] * dec["borough"]).quantize(Decimal("1"), ROUND_HALF_UP)
    total_d = dec["borough"] + dec["county"] + dec["police"] + dec["fire"]
    average_parish = dec["parish"] / dec["base"]
    header = ("Band",) + tuple(b for b, _ in RATIOS)
    rows = (
        ("Brindlecombe Borough Council",) + _bands(dec["borough"]),
        ("Westmarch County Council",) + _bands(dec["county"]),
        ("Police and Crime Commissioner",) + _bands(dec["police"]),
        ("Westmarch Fire and Rescue Authority",) + _bands(dec["fire"]),
        ("Aggregate (excluding parish precepts)",) + _bands(total_d),
    )
    blocks = [
        Council(COUNCIL.upper()),
        Title(f"Council Tax Resolution {year}"),
        Subtitle(f"Resolution of the Council at its budget meeting on {y['meeting']}"),
        Para(FICTION),
        FrontSheet((
            ("Moved by", "Councillor Tomasz Wrenfield, Leader of the Council"),
            ("Seconded by", "Councillor Daniel Firth"),
            ("Chief Finance Officer", "Ayesha Brannigan, Director of Resources"),
        )),
        Heading("Resolution", 1),
        Para("That the Council, having approved the revenue budget, capital programme and treasury management strategy, "
             f"and having had regard to the Chief Finance Officer's report on robustness and reserves, resolves for {year}:"),
        *_lettered((
            f"that the council tax base for the whole area is {y['base']} Band D equivalents;",
            f"that the Council's own council tax requirement is {_money(own)};",
            f"that the aggregate of parish and town council precepts is £{y['parish']};",
            f"that the Brindlecombe Borough Council element of council tax at Band D is £{y['borough']}, an increase of "
            f"{y['increase']} on {y['prev']};",
            f"that the average Band D council tax for the borough, including parish precepts, is "
            f"{_money(dec['borough'] + average_parish)};",
            "that the Council's basic amount of council tax for the year is not excessive under the principles determined "
            "under section 52ZB of the Local Government Finance Act 1992, and no referendum is required.",
        )),
        Heading("Precepts", 1),
        Para(f"Westmarch County Council has set a Band D amount of £{y['county']}, the Police and Crime Commissioner "
             f"£{y['police']} and the Westmarch Fire and Rescue Authority £{y['fire']}."),
        Heading("Council tax by band (excluding parish precepts)", 1),
        Table(header, rows),
        Para(f"A Band D household outside a parish will pay {_money(total_d)} in {year}."),
        Heading("Notes", 1),
        Para("Parish and town council precepts are added for households in each parish; the full schedule is published "
             "with the council tax leaflet. Amounts are rounded to the nearest penny."),
    ]
    stem = year.replace("/", "-")
    style = "brindlecombe-resolution" if fmt == "docx" else "brindlecombe-txt"
    return Doc(f"brindlecombe-council-tax-resolution-{stem}.{fmt}", tuple(blocks), style,
               meta_title=f"Council Tax Resolution {year}", author="Finance")


def docs() -> list[Doc]:
    """Brindlecombe's four documents."""
    return [plan(), minutes(), resolution("2024/25", "docx"), resolution("2025/26", "txt")]
