"""London Borough of Stourwick (fictional): Cabinet report, corporate plan, decision notice and scrutiny minutes."""

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

COUNCIL = "London Borough of Stourwick"


def school_streets_report() -> Doc:
    """Cabinet report with a two-column front sheet: School Streets Phase 2."""
    blocks = (
        Council(COUNCIL),
        Title("School Streets Programme: Phase 2 Expansion"),
        Subtitle("Cabinet, Tuesday 10 June 2025"),
        FrontSheet((
            ("Decision maker", "Cabinet"),
            ("Cabinet Member", "Councillor Priya Ramaswamy, Cabinet Member for Climate and Transport"),
            ("Report of", "Martin Adebanjo, Strategic Director of Place"),
            ("Ward(s)", lines("Eastholm Green", "Hollins Park", "Marlpit", "Lockmead")),
            ("Key decision ref", "KD/2025/041"),
            ("Reason for urgency", "Not applicable"),
            ("Open or exempt", "Open"),
            ("Appendices", lines("Appendix A - Schools proposed for Phase 2", "Appendix B - Equality impact assessment")),
            ("Background papers", "School Streets pilot review, Cabinet, 12 March 2024"),
            ("Contact", lines("Alana Brightwater, Head of Healthy Streets", "alana.brightwater@stourwick.gov.uk",
                              "020 7946 0312")),
        )),
        Heading("1. Summary"),
        Para("This report asks Cabinet to add 14 schools to the School Streets programme from September 2025, taking the "
             "number of school streets in the borough to 23. A school street closes the road outside a school to through "
             "traffic for 45 minutes at the start and end of the school day.", num="1.1"),
        Para("The capital cost of Phase 2 is £1.36 million, funded from the Local Implementation Plan grant (£840,000) and "
             "Section 106 contributions (£520,000).", num="1.2"),
        Heading("2. Recommendations"),
        Para("That Cabinet:", num="2."),
        Para("Approves the expansion of the School Streets programme to the 14 schools listed in Appendix A.", num="2.1"),
        Para("Delegates authority to the Strategic Director of Place, in consultation with the Cabinet Member for Climate "
             "and Transport, to make the experimental traffic orders.", num="2.2"),
        Para("Notes that a review of all school streets will be reported to Cabinet in July 2026.", num="2.3"),
        Heading("3. Background"),
        Para("Nine school streets were piloted in 2023/24. At the nine pilot schools, motor traffic during closure times "
             "fell by 38 per cent, and nitrogen dioxide at the school gate fell by 21 per cent. The share of pupils who "
             "walk, cycle or scoot to school rose from 61 per cent to 72 per cent.", num="3.1"),
        Para("A borough-wide consultation ran from 3 February to 16 March 2025 and received 1,214 responses, of which "
             "67 per cent supported more school streets.", num="3.2"),
        Heading("4. Options considered"),
        Table(("Option", "Description", "Recommended"), (
            ("Option 1: Do nothing", "Keep the nine pilot school streets only", "No"),
            ("Option 2: Camera enforcement", "Expand to 14 further schools, enforced by automatic number plate cameras", "Yes"),
            ("Option 3: Staffed barriers", "Expand using volunteers and staff at barriers; annual staffing cost of £410,000", "No"),
        ), widths=(0.28, 0.54, 0.18)),
        Heading("5. Financial implications"),
        Para("Camera enforcement costs £18,500 per school to install. Running costs of £96,000 a year will be met from "
             "penalty charge income, which is forecast at £130,000 in the first full year.", num="5.1"),
        Heading("6. Risks"),
        Table(("Risk", "Likelihood", "Impact", "Score", "Mitigation"), (
            ("Objections delay the traffic orders", "3", "3", "9", "Early engagement with residents and schools"),
            ("Long lead times for cameras", "2", "4", "8", "Place the camera order in June 2025"),
            ("Displaced traffic on boundary roads", "3", "2", "6", "Monitor traffic counts on 12 boundary roads"),
        ), widths=(0.28, 0.14, 0.1, 0.09, 0.39)),
        Heading("7. Equalities"),
        Para("The equality impact assessment at Appendix B found a positive impact for children and for disabled "
             "residents, with exemptions for Blue Badge holders who live in a closed street.", num="7.1"),
        PageBreak(),
        Heading("Appendix A - Schools proposed for Phase 2"),
        Table(("School", "Street", "Ward"), (
            ("Ashgrove Primary School", "Ashgrove Road", "Eastholm Green"),
            ("Eastholm Junior School", "Tenter Lane", "Eastholm Green"),
            ("St Olave's Catholic Primary", "Priory Walk", "Eastholm Green"),
            ("Hollins Park Primary", "Hollins Crescent", "Hollins Park"),
            ("Greenhithe Infant School", "Saltbox Road", "Hollins Park"),
            ("Larchfield Primary", "Larchfield Avenue", "Hollins Park"),
            ("The Rookery School", "Rook Street", "Hollins Park"),
            ("Marlpit Primary School", "Kiln Street", "Marlpit"),
            ("Brickfield Academy", "Clayhall Road", "Marlpit"),
            ("Potters Lane Primary", "Potters Lane", "Marlpit"),
            ("Lockmead Primary School", "Anchor Street", "Lockmead"),
            ("Wharfside Free School", "Cooperage Row", "Lockmead"),
            ("Lockgate Infant School", "Lockgate Place", "Lockmead"),
            ("Ropemakers Primary", "Twine Street", "Lockmead"),
        ), widths=(0.4, 0.32, 0.28)),
        Para(FICTION, small=True),
    )
    return Doc("stourwick-cabinet-2025-06-10-school-streets.pdf", blocks, "stourwick-report",
               meta_title="School Streets Programme: Phase 2 Expansion", author="London Borough of Stourwick")


def _commitments(goal: int, items: tuple[str, ...]) -> tuple[Para, ...]:
    """Numbered commitments 1.1, 1.2 ... as hanging-number paragraphs."""
    return tuple(Para(text, num=f"{goal}.{i}") for i, text in enumerate(items, start=1))


def corporate_plan() -> Doc:
    """Corporate plan: Mission -> Goal -> Our commitments, with measures; Goal 3's list runs over a page break."""
    blocks = (
        Council(COUNCIL),
        Title("Stourwick Together: Corporate Plan 2025-2029"),
        Subtitle("Agreed by Full Council on 26 March 2025"),
        Heading("Foreword"),
        Para("This plan sets out what the council will do over the next four years with the money and powers we have. It "
             "replaces the Stourwick Forward plan of 2021. Progress will be reported to Cabinet every six months.",
             label="Councillor Adaeze Nwachukwu, Leader of the Council."),
        Heading("Our mission"),
        Para("A fairer, greener Stourwick where everyone has a safe home, a good job and a voice in what happens next."),
        Para("The mission is delivered through four goals. Each goal has a lead Cabinet Member, a list of our commitments "
             "and the measures we will use to know whether we are succeeding."),
        Heading("Goal 1: A home for everyone"),
        Para("Councillor Tomasz Wieczorek, Cabinet Member for Housing", label="Lead Cabinet Member:"),
        Heading("Our commitments", level=2),
        *_commitments(1, (
            "Start building 1,000 council homes by March 2029, half of them for social rent.",
            "Cut the number of families in bed and breakfast accommodation for more than six weeks to zero.",
            "Bring 400 long-term empty homes back into use.",
            "License every privately rented home in the borough through a selective licensing scheme.",
            "Complete fire safety works in all 31 council tower blocks by December 2026.",
        )),
        Heading("How we will know", level=2),
        Table(("Measure", "Now", "Target 2029"), (
            ("Council homes started", "112", "1,000"),
            ("Households in temporary accommodation", "2,870", "2,200"),
        ), widths=(0.6, 0.2, 0.2)),
        Heading("Goal 2: A greener, healthier borough"),
        Para("Councillor Priya Ramaswamy, Cabinet Member for Climate and Transport", label="Lead Cabinet Member:"),
        Heading("Our commitments", level=2),
        *_commitments(2, (
            "Make the council's own operations net zero carbon by 2030.",
            "Create a school street at every primary school where the road layout allows it.",
            "Plant 5,000 street trees, prioritising the wards with the least tree cover.",
            "Raise the household recycling rate from 29 per cent to 40 per cent.",
            "Open two new public swimming sessions a week for women and girls at each leisure centre.",
        )),
        Heading("How we will know", level=2),
        Table(("Measure", "Now", "Target 2029"), (
            ("Council carbon emissions (tonnes CO2e)", "14,300", "0 (net)"),
            ("Household recycling rate", "29%", "40%"),
        ), widths=(0.6, 0.2, 0.2)),
        PageBreak(),
        Heading("Goal 3: Good work and thriving high streets"),
        Para("Councillor Daniel Achebe-Ross, Cabinet Member for Jobs and Skills", label="Lead Cabinet Member:"),
        Para("Stourwick has more people in work than five years ago, but one in four jobs in the borough pays less than the "
             "London Living Wage. Our high streets have lost footfall since 2019, and Lockmead Market has 11 empty units."),
        Para("We will use the council's buying power, its land and its role as an employer to raise pay and skills, and we "
             "will work with traders to bring people back to our town centres."),
        Heading("Our commitments", level=2),
        *_commitments(3, (
            "Become an accredited London Living Wage borough, with every council contractor paying it by 2027.",
            "Spend at least 30 per cent of the council's procurement budget with businesses based in Stourwick.",
            "Create 600 apprenticeships with the council and its partners.",
            "Open the Stourwick Works skills hub in the former Eastholm library building.",
            "Fill the empty units at Lockmead Market with meanwhile uses and new traders.",
            "Launch a free business advice service for market traders and high street shops.",
            "Deliver a night-time economy strategy for Lockmead and Eastholm Green.",
        )),
        Heading("How we will know", level=2),
        Table(("Measure", "Now", "Target 2029"), (
            ("Apprenticeships started", "85", "600"),
            ("Council spend with Stourwick businesses", "19%", "30%"),
        ), widths=(0.6, 0.2, 0.2)),
        Heading("Goal 4: Safe and connected communities"),
        Para("Councillor Hannah Stobart, Cabinet Member for Communities and Safety", label="Lead Cabinet Member:"),
        Heading("Our commitments", level=2),
        *_commitments(4, (
            "Keep all nine libraries open, with longer opening hours at the three busiest.",
            "Fund 12 additional neighbourhood wardens for the four wards with the highest antisocial behaviour.",
            "Double the youth service budget, with a youth centre in every locality.",
            "Hold a residents' assembly each year to shape the council's budget.",
        )),
        Heading("How we will know", level=2),
        Table(("Measure", "Now", "Target 2029"), (
            ("Residents who feel safe after dark", "58%", "70%"),
            ("Library visits a year", "1.1 million", "1.5 million"),
        ), widths=(0.6, 0.2, 0.2)),
        Heading("Resourcing the plan"),
        Para("The plan is funded within the medium term financial strategy agreed in February 2025. Where a commitment "
             "needs new money, it will come to Cabinet as a separate decision."),
        Para(FICTION, small=True),
    )
    return Doc("stourwick-corporate-plan-2025-2029.pdf", blocks, "stourwick-plan",
               meta_title="Stourwick Together: Corporate Plan 2025-2029", author="London Borough of Stourwick",
               footer="Stourwick Together")


def decision_notice() -> Doc:
    """Plain-text record of the Cabinet decision on School Streets Phase 2."""
    blocks = (
        Council(COUNCIL),
        Title("Record of Executive Decision"),
        Subtitle("Published on Thursday 12 June 2025"),
        FrontSheet((
            ("Decision reference", "CAB/2025/06/03"),
            ("Subject", "School Streets Programme: Phase 2 Expansion"),
            ("Decision taken by", "Cabinet"),
            ("Date of decision", "10 June 2025"),
            ("Key decision ref", "KD/2025/041"),
            ("Call-in deadline", "5pm on Thursday 19 June 2025"),
            ("Decision takes effect", "20 June 2025, unless called in"),
            ("Contact", "Alana Brightwater, Head of Healthy Streets, 020 7946 0312"),
        )),
        Heading("Decision"),
        Para("Cabinet agreed recommendations 2.1 to 2.3 of the report with one amendment: Cheyne Walk Primary School in "
             "Hollins Park ward is added to Appendix A, so Phase 2 now covers 15 schools. The extra school street will be "
             "funded from the Phase 2 contingency of £60,000."),
        Heading("Reasons for the decision"),
        Para("The pilot showed large falls in traffic and pollution outside schools, and two thirds of consultation "
             "responses supported more school streets. Camera enforcement is cheaper to run than staffed barriers."),
        Heading("Alternative options considered and rejected"),
        Bullets((
            "Do nothing: rejected because it would leave most primary schools without a school street, contrary to Goal 2 "
            "of the corporate plan.",
            "Staffed barriers: rejected because of the annual staffing cost of £410,000 and the difficulty of recruiting "
            "volunteers.",
        )),
        Heading("Conflicts of interest"),
        Para("Councillor Hannah Stobart declared that her child attends Larchfield Primary and took no part in the "
             "discussion or the vote."),
        Heading("Dispensations granted"),
        Para("None."),
        Para(FICTION),
    )
    return Doc("stourwick-decision-notice-2025-06-12-school-streets.txt", blocks, "stourwick-txt")


def scrutiny_minutes() -> Doc:
    """Overview and Scrutiny Committee minutes: attendance, declarations, resolutions, a lost amendment, a deferred item."""
    blocks = (
        Council(COUNCIL),
        Title("Overview and Scrutiny Committee: Minutes"),
        Subtitle("Thursday 18 September 2025, 7.00pm, Committee Room 2, Stourwick Town Hall"),
        Heading("Present"),
        Para("Councillors Joanna Threlfall (Chair), Imran Bhattacharjee (Vice-Chair), Bethany Cole, Marcus Adeyemi, Ruth Tresize, "
             "Lila Fontaine (substitute for Councillor Kwame Agyemang), Oliver Skerratt, Siobhan Garvey, Neil Oldroyd, "
             "Farah Quraishi and Peter Lindgren."),
        Para("Councillor Priya Ramaswamy (Cabinet Member for Climate and Transport) for item 4; Councillor Tomasz "
             "Wieczorek (Cabinet Member for Housing) for item 5.", label="Also present:"),
        Para("Alana Brightwater (Head of Healthy Streets), Rachel Amponsah (Director of Housing Needs), Simon Trevelyan "
             "(Scrutiny Officer).", label="Officers:"),
        Heading("1. Apologies for absence"),
        Para("Apologies were received from Councillor Kwame Agyemang, who was substituted by Councillor Lila Fontaine, and from "
             "Councillor Deborah Fane."),
        Heading("2. Declarations of interest"),
        Para("Councillor Ruth Tresize declared a non-pecuniary interest in item 4 as a governor of Marlpit Primary School. "
             "Councillor Oliver Skerratt declared a non-pecuniary interest in item 5 as a trustee of Stourwick Night "
             "Shelter."),
        Heading("3. Minutes of the previous meeting"),
        Para("RESOLVED: That the minutes of the meeting held on 17 July 2025 be agreed as a correct record."),
        Heading("4. School Streets Phase 2: implementation update"),
        Para("The Cabinet Member reported that 12 of the 15 Phase 2 school streets went live on 8 September 2025. Three of the "
             "four in Lockmead ward are delayed because the camera supplier could not deliver in time, and are now expected to go "
             "live on 3 November 2025. Members asked about displaced traffic; officers said that counts on boundary roads "
             "would be reported in the spring."),
        Para("RESOLVED: (a) That the update be noted. (b) That a written briefing on penalty charge income from the school "
             "street cameras be circulated to the committee by 31 October 2025."),
        Heading("5. Temporary accommodation: task and finish review"),
        Para("Councillor Imran Bhattacharjee presented the final report of the task and finish group, which met six times "
             "between March and July 2025."),
        Para("Councillor Siobhan Garvey moved an amendment, seconded by Councillor Neil Oldroyd, to add a fifth "
             "recommendation asking Cabinet to set a cap on nightly-paid accommodation costs. On being put to the vote the "
             "amendment was LOST (For 4, Against 6, Abstentions 1)."),
        Para("RESOLVED: That the following recommendations be referred to Cabinet:"),
        Bullets((
            "That the council buys at least 150 homes for use as temporary accommodation by March 2027.",
            "That families are not placed more than 20 miles from Stourwick except where they ask to be.",
            "That every household in temporary accommodation has a named caseworker.",
            "That the Housing Needs service reports the number of families in bed and breakfast to this committee each quarter.",
        ), marker="1"),
        Heading("6. Library opening hours consultation"),
        Para("The item was DEFERRED to the meeting on 13 November 2025, because the analysis of the 3,400 consultation "
             "responses had not been completed in time for the agenda."),
        Heading("7. Work programme 2025/26"),
        Para("RESOLVED: That the work programme be agreed, adding an item on the night-time economy strategy for the "
             "January 2026 meeting."),
        Para("The meeting closed at 9.12pm."),
        Para(FICTION, small=True),
    )
    return Doc("stourwick-overview-scrutiny-minutes-2025-09-18.html", blocks, "stourwick-minutes",
               meta_title="Overview and Scrutiny Committee minutes, 18 September 2025",
               footer="London Borough of Stourwick - Democratic Services")


def docs() -> list[Doc]:
    """Stourwick's four papers."""
    return [school_streets_report(), corporate_plan(), decision_notice(), scrutiny_minutes()]
