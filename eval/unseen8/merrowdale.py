"""Merrowdale National Park Authority: management plan (PDF), car park charging report (DOCX), Authority minutes
(HTML) and annual review (TXT). All names and figures are invented."""

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

AUTHORITY = "Merrowdale National Park Authority"
PLAN = "merrowdale-npa-management-plan-2024-2029.pdf"
CAR_PARKS = "merrowdale-npa-2025-07-15-visitor-car-parks-charging.docx"
MINUTES = "merrowdale-npa-authority-minutes-2025-07-15.html"
REVIEW = "merrowdale-npa-annual-review-2025-26.txt"


def _policy(code: str, name: str, lead: str, intro: str, actions: tuple[str, ...]) -> tuple:
    """A Policy of the management plan: heading, lead partner, intent and its partner actions."""
    return (
        Heading(f"Policy {code}: {name}", 2),
        Para(lead, label="Lead partner:"),
        Para(intro),
        Para("Partner actions (year due):"),
        Bullets(actions),
    )


def plan() -> Doc:
    """The National Park Management Plan 2024-2029: Aims -> Policies -> partner actions; VW2's actions cross a page."""
    blocks = (
        Council("MERROWDALE NATIONAL PARK AUTHORITY"),
        Title("Merrowdale National Park Management Plan 2024-2029"),
        Subtitle("The partnership plan for the whole National Park: three Aims, their Policies and the partner actions that deliver them"),
        FrontSheet((
            ("Prepared by", "Merrowdale National Park Authority with the Merrowdale Park Partnership"),
            ("Adopted", "By the National Park Authority on 19 March 2024 (minute NPA 21/24)"),
            ("Plan period", "1 April 2024 to 31 March 2029"),
            ("Mid-term review", "Due by March 2027"),
            ("Plan contact", lines("Fenella Iredale, Head of Conservation and Partnerships", "01632 960418",
                                   "plan@merrowdale-npa.example")),
        ), layout="margin"),
        Para(FICTION, small=True),
        Heading("About this plan", 1),
        Para("The Management Plan is the statutory plan for the whole National Park, not only for the Authority. It sets "
             "out what the partners will do to meet the two National Park purposes - to conserve and enhance the natural "
             "beauty, wildlife and cultural heritage of the area, and to promote opportunities for the understanding and "
             "enjoyment of its special qualities by the public - and the Authority's duty to seek to foster the economic "
             "and social well-being of the communities within the Park."),
        Para("The plan has three Aims. Under each Aim sit numbered Policies (for example VW2), and each Policy lists the "
             "partner actions that will deliver it, with the year by which each action should be complete and the "
             "partner that leads it. Progress is reported every year in the Authority's Annual Review."),
        Para("The National Park covers 1,146 square kilometres and has a resident population of 38,900. It receives an "
             "estimated 4.1 million visitor days a year, 91% of them arriving by car. The Authority's National Park "
             "Grant from Defra for 2024/25 is £6.64 million."),
        Heading("Aim A: Nature recovering across the fells and dales", 1),
        *_policy("NR1", "Restore the blanket bog and upland peat", "Fells Peat Partnership, hosted by the Authority",
                 "We will restore 2,400 hectares of peatland by 2029, from 610 hectares restored by March 2024.",
                 ("Re-wet 1,790 hectares of degraded blanket bog on Hobcarr Moor and Brantsike Fell (2029)",
                  "Block 48 kilometres of moorland grips and gullies (2027)",
                  "Agree a peatland carbon code project with three estates (2025)")),
        *_policy("NR2", "Bring woodland and scrub back to the valleys", "Langbeck Valley Trust",
                 "We will create 350 hectares of native woodland, mostly by natural regeneration in the side valleys.",
                 ("Plant or regenerate 350 hectares of native woodland (2029)",
                  "Open a tree nursery at Thrushgill growing trees from local seed (2025)")),
        *_policy("NR3", "Help farmers deliver nature recovery", "Merrowdale Fells Farmers' Network",
                 "Farming shapes most of the Park; nature recovery only works if it pays.",
                 ("Support 120 farm businesses with advice and grants for nature recovery (2028)",
                  "Set up two farm clusters in the Skirrow and Langbeck valleys (2025)")),
        Heading("Aim B: A welcoming park for everyone", 1),
        *_policy("VW1", "Widen who visits and who feels welcome", "Merrowdale National Park Authority (Engagement)",
                 "Young people, disabled people and people from towns with few green spaces are under-represented among "
                 "visitors.",
                 ("Run 40 supported visits a year for groups under-represented among visitors (2025)",
                  "Make the Askeby to Mosswick Tarn path usable by all-terrain wheelchairs (2026)")),
        Space(160),
        Heading("Policy VW2: Manage visitor pressure at the busiest places", 2),
        Para("Merrowdale National Park Authority (Park Services)", label="Lead partner:"),
        Para("On summer weekends the car parks at the busiest places are full by mid-morning, and verge parking blocks "
             "roads and damages verges. We will manage demand, make it easier to arrive without a car and put the "
             "money visitors pay back into the places they enjoy."),
        Para("Partner actions (year due):"),
        Bullets((
            "Introduce a fair charging scheme at the Authority's car parks at Gillerby Bridge, Mosswick Tarn and "
            "Coldrigg Head, with the income spent on rangers and paths (2026)",
            "Extend the Dalesrover shuttle bus to Mosswick Tarn and Coldrigg Head on summer weekends (2025)",
            "Put live car park space signs on the approaches at Askeby and Thrushgill (2026)",
            "Employ seasonal rangers at the three busiest sites from Easter to October (2025)",
            "Agree a clearway order on the Coldrigg Pass road with the highway authority (2026)",
            "Review the effect of charging on visitor numbers and local parking after one full year (2027)",
        )),
        *_policy("VW3", "Look after the rights of way network", "Merrowdale National Park Authority (Ranger Service)",
                 "We will keep 90% of rights of way easy to use by 2029.",
                 ("Survey every right of way on a three-year cycle (2026)",
                  "Replace 400 stiles with gaps or gates (2029)")),
        Heading("Aim C: Thriving communities and a working landscape", 1),
        *_policy("TC1", "Homes for local people", "Merrowdale National Park Authority (Planning) with community land trusts",
                 "We will enable 120 affordable homes for local people by 2029 through the Local Plan and community "
                 "land trusts.",
                 ("Review the Local Plan, with a new plan adopted by 2028 (2028)",
                  "Help four community land trusts bring forward schemes (2027)")),
        *_policy("TC2", "A low-carbon park economy", "Merrowdale Business Forum",
                 "A low-carbon economy keeps young people in the Park and reduces the cost of living in it.",
                 ("Install 30 public electric vehicle charge points in Park villages (2027)",
                  "Support 60 businesses to cut their carbon emissions (2028)")),
        Heading("How we will know: headline indicators", 1),
        Table(("Indicator", "Baseline (2023/24)", "Target by 2029"), (
            ("Peatland restored (hectares, cumulative)", "610", "2,400"),
            ("Native woodland created (hectares, cumulative)", "0", "350"),
            ("SSSI land in favourable condition", "38%", "55%"),
            ("Visitors arriving other than by car", "9%", "15%"),
            ("Rights of way easy to use", "84%", "90%"),
            ("Affordable homes completed (cumulative)", "0", "120"),
            ("Volunteer days", "4,150", "6,000"),
        ), widths=(0.56, 0.22, 0.22)),
        Heading("Resources", 1),
        Para("The partner actions are expected to cost £41.5 million over the five years. The Authority will contribute "
             "£9.2 million; the rest comes from partners and external grants, including £14.8 million for peatland "
             "restoration."),
    )
    return Doc(PLAN, blocks, "mnpa-plan", meta_title="Merrowdale National Park Management Plan 2024-2029",
               author=AUTHORITY, footer="Merrowdale National Park Management Plan 2024-2029")


def car_parks() -> Doc:
    """Report to the Authority: charging at three car parks, with consultation results, options and finance."""
    blocks = (
        Council(AUTHORITY),
        Title("Visitor car parks: charging scheme at Gillerby Bridge, Mosswick Tarn and Coldrigg Head"),
        FrontSheet((
            ("Meeting", "National Park Authority"),
            ("Date of meeting", "15 July 2025"),
            ("Agenda item", "8"),
            ("Report of", "Alaric Pasquill, Director of Park Services"),
            ("Report author and contact", lines("Kezia Mounsey, Visitor Services Manager", "01632 960447",
                                                "kezia.mounsey@merrowdale-npa.example")),
            ("Purpose", "For decision"),
            ("Management Plan link", "Aim B, Policy VW2 (manage visitor pressure at the busiest places)"),
            ("Exempt information", "None"),
        ), layout="bold"),
        Para(FICTION, small=True),
        Heading("1. Purpose of the report", 1),
        Para("This report asks Members to decide whether to introduce parking charges at the Authority's three largest "
             "free car parks, following public consultation between 3 March and 13 April 2025.", num="1.1"),
        Heading("2. Recommendations", 1),
        Para("Members are asked to:"),
        Bullets((
            "approve charges at Gillerby Bridge, Mosswick Tarn and Coldrigg Head car parks from 3 November 2025 of "
            "£2.50 for up to two hours and £6.00 for the day;",
            "approve an annual permit at £45, and a residents' permit at £15 for people who live in the National Park;",
            "keep parking free for Blue Badge holders;",
            "ring-fence the net income for rangers, path repairs and the Dalesrover shuttle bus;",
            "delegate to the Director of Park Services the procurement of payment machines and an enforcement contract.",
        ), marker="a"),
        Heading("3. Background", 1),
        Para("The three car parks have 612 spaces between them (Gillerby Bridge 248, Mosswick Tarn 196 and Coldrigg Head "
             "168). On summer weekends all three are full by 10am, and verge parking blocked the Coldrigg Pass road on "
             "17 occasions in 2024, once delaying an ambulance.", num="3.1"),
        Para("The Authority's other four car parks already charge; they raised £286,400 in 2024/25.", num="3.2"),
        Para("The National Park Grant has fallen by 14% in real terms since 2020/21 and the ranger team has lost four "
             "posts.", num="3.3"),
        Heading("4. Consultation results", 1),
        Para("The consultation received 1,846 responses: 1,102 online, 611 on reply cards at the three car parks and 133 "
             "from businesses and organisations. Overall 41% supported charging, 52% opposed it and 7% had no view.",
             num="4.1"),
        Table(("Respondent", "Responses", "Support", "Oppose", "No view"), (
            ("Residents of the National Park", "412", "22%", "73%", "5%"),
            ("Visitors from outside the Park", "1,301", "47%", "46%", "7%"),
            ("Businesses", "88", "35%", "55%", "10%"),
            ("Parish councils and organisations", "45", "40%", "42%", "18%"),
            ("All respondents", "1,846", "41%", "52%", "7%"),
        ), widths=(0.4, 0.15, 0.15, 0.15, 0.15),
            caption="Table 1: Do you support charging at the three car parks? Responses by type of respondent"),
        Para("The concerns raised most often were:", num="4.2"),
        Bullets((
            "the cost for local people who walk their dogs or visit family every day (raised by 388 respondents);",
            "parking pushed onto verges and village streets in Gillerby (301);",
            "the day charge being too high for families (264);",
            "poor public transport as an alternative to driving (197).",
        )),
        Para("In response, the residents' permit is now proposed at £15 (it was £40 in the consultation), and the "
             "Authority will pay for a clearway order on the Coldrigg Pass road.", num="4.3"),
        Heading("5. Options considered", 1),
        Table(("Option", "Description", "Net income a year", "Recommended?"), (
            ("1", "Keep the three car parks free", "£0", "No"),
            ("2", "Charge at the three car parks (this report)", "£316,000", "Yes"),
            ("3", "Charge at the three car parks and at the 11 smaller lay-by sites", "£371,000", "No"),
        ), widths=(0.1, 0.5, 0.2, 0.2)),
        Heading("6. Financial implications", 1),
        Para("The table shows the first full year of the scheme at the recommended charges.", num="6.1"),
        Table(("Item", "£"), (
            ("Gross parking income (three car parks)", "412,000"),
            ("Less: payment machines, card fees and maintenance", "(38,000)"),
            ("Less: enforcement contract", "(58,000)"),
            ("Net income", "316,000"),
            ("Spent on: four seasonal rangers", "180,000"),
            ("Spent on: path repairs at the three sites", "76,000"),
            ("Spent on: Dalesrover shuttle bus subsidy", "60,000"),
        ), widths=(0.75, 0.25)),
        Para("Set-up costs of £74,000 (nine payment machines and signs) would come from the Authority's Visitor "
             "Infrastructure Reserve.", num="6.2"),
        Heading("7. Risks and equality", 1),
        Para("An equality impact assessment found that the Blue Badge exemption and the residents' permit reduce the "
             "effect on disabled people and on older residents. The main risk is parking pushed into Gillerby village; "
             "if it happens, a residents' parking scheme will be discussed with the highway authority.", num="7.1"),
        Para("Background papers: consultation report (April 2025); equality impact assessment (June 2025).", small=True),
    )
    return Doc(CAR_PARKS, blocks, "mnpa-report", meta_title="Visitor car parks: charging scheme",
               author="Visitor Services, Merrowdale National Park Authority")


def minutes() -> Doc:
    """Authority minutes: apologies, declarations, a public speaker, an amendment carried and a recorded vote."""
    blocks = (
        Council(AUTHORITY),
        Title("Minutes of the meeting of the National Park Authority"),
        Subtitle("Held at Mere House, Askeby, on Tuesday 15 July 2025 at 10.00am"),
        Para(FICTION, small=True),
        Para("Ermengarde Scarisbrick (Chair), Aneurin Wardleworth (Deputy Chair), Anoushka Ackerley, Drusilla Airey, "
             "Cllr Horatio Bewsher, Magnus Birkett, Cllr Thomasina Crackanthorpe, Cllr Juniper Ferrier, Cllr Tancred "
             "Lickbarrow, Cllr Peregrine Lowis, Ninian Mossop, Cosmo Ormandy, Cllr Eustace Routledge, Cllr Sabrina "
             "Hindmoor, Winifred Tunstall", label="Members present:"),
        Para("Petronella Bellerby (Chief Executive), Alaric Pasquill (Director of Park Services), Jolyon Hadwin (Head "
             "of Finance), Sidony Fairbairn (Solicitor and Monitoring Officer), Kezia Mounsey (Visitor Services "
             "Manager, for minute NPA 43/25), Isambard Hoggarth (Democratic Services, minutes)", label="Officers:"),
        Heading("NPA 38/25 Apologies for absence", 1),
        Para("Apologies were received from Laurence Gilpatrick, Cllr Ysolde Dalgarno and Cllr Osmund Bowness."),
        Heading("NPA 39/25 Declarations of interest", 1),
        Para("Cosmo Ormandy declared a disclosable pecuniary interest in agenda item 8 (visitor car parks) as the owner "
             "of holiday cottages at Mosswick Tarn whose guests use the car park. He left the room for that item and "
             "took no part in the debate or vote."),
        Para("Cllr Peregrine Lowis declared a non-registrable interest in agenda item 9 as a trustee of the Langbeck "
             "Valley Trust. He remained in the room and took part."),
        Heading("NPA 40/25 Minutes", 1),
        Para("RESOLVED that the minutes of the meeting held on 20 May 2025 be approved as a correct record."),
        Heading("NPA 41/25 Public participation", 1),
        Para("Ulrike Stannerby, Chair of Gillerby Parish Council, spoke on agenda item 8. She asked for a residents' "
             "permit for Gillerby households and for enforcement against verge parking in the village."),
        Heading("NPA 42/25 Chief Executive's report", 1),
        Para("The Chief Executive reported that the National Park Grant for 2025/26 had been confirmed at £6.71 million, "
             "that 212 hectares of blanket bog on Hobcarr Moor had been re-wetted in spring 2025, and that the Thrushgill "
             "tree nursery had opened in May 2025. The report was noted."),
        Heading("NPA 43/25 Visitor car parks: charging scheme", 1),
        Para("The Director of Park Services introduced the report, which proposed charges at Gillerby Bridge, Mosswick "
             "Tarn and Coldrigg Head car parks after a consultation that drew 1,846 responses. Members asked about "
             "parking spilling into Gillerby, the effect on families and the timing of the Dalesrover extension."),
        Para("Cllr Juniper Ferrier moved, and Magnus Birkett seconded, an amendment to reduce the day charge from £6.00 "
             "to £5.00. The Head of Finance advised that this would reduce net income by an estimated £31,000 a year, "
             "to £285,000. On being put to the vote the amendment was CARRIED by 8 votes to 5, with 1 abstention.",
             label="Amendment."),
        Para("At the request of Cllr Tancred Lickbarrow the vote on the substantive motion, as amended, was recorded. "
             "For (10): Ermengarde Scarisbrick, Aneurin Wardleworth, Anoushka Ackerley, Drusilla Airey, Magnus Birkett, "
             "Cllr Juniper Ferrier, Cllr Peregrine Lowis, Ninian Mossop, Cllr Eustace Routledge, Cllr Sabrina Hindmoor. "
             "Against (4): Cllr Horatio Bewsher, Cllr Thomasina Crackanthorpe, Cllr Tancred Lickbarrow, Winifred "
             "Tunstall. The substantive motion was CARRIED by 10 votes to 4.", label="Recorded vote."),
        Para("RESOLVED that:"),
        Bullets((
            "charges be introduced at Gillerby Bridge, Mosswick Tarn and Coldrigg Head car parks from 3 November 2025 "
            "of £2.50 for up to two hours and £5.00 for the day;",
            "an annual permit be sold at £45 and a residents' permit at £15 for people who live in the National Park;",
            "Blue Badge holders continue to park free of charge;",
            "the net income be ring-fenced for rangers, path repairs and the Dalesrover shuttle bus;",
            "the procurement of payment machines and an enforcement contract be delegated to the Director of Park "
            "Services;",
            "the Audit and Resources Committee review the scheme after twelve months of operation.",
        ), marker="a"),
        Heading("NPA 44/25 Langbeck valley woodland: acceptance of grant", 1),
        Para("The Head of Conservation's report was presented by the Chief Executive. RESOLVED unanimously to accept a "
             "grant of £1.38 million from the Northern Uplands Tree Fund for 140 hectares of woodland creation in the "
             "Langbeck valley between 2025 and 2028, to be delivered with the Langbeck Valley Trust."),
        Heading("NPA 45/25 Local Plan review: timetable", 1),
        Para("RESOLVED to approve the revised Local Development Scheme: consultation on issues and options "
             "(Regulation 18) in February 2026, submission for examination in June 2027 and adoption expected in "
             "spring 2028."),
        Heading("NPA 46/25 Date of next meeting", 1),
        Para("Tuesday 23 September 2025 at 10.00am, Mere House, Askeby. The meeting closed at 12.50pm."),
    )
    return Doc(MINUTES, blocks, "mnpa-web", meta_title="National Park Authority minutes, 15 July 2025", author=AUTHORITY,
               footer="Merrowdale National Park Authority, Mere House, Askeby")


def annual_review() -> Doc:
    """Annual Review 2025/26: progress rating per Policy, car parks' first months, income and spending, indicators."""
    blocks = (
        Council(AUTHORITY),
        Title("Annual Review 2025/26"),
        Subtitle("How the National Park Management Plan 2024-2029 is going, and what the Authority did with its money, "
                 "1 April 2025 to 31 March 2026"),
        FrontSheet((
            ("Published", "July 2026"),
            ("Covers", "1 April 2025 to 31 March 2026, year two of the Management Plan"),
            ("Approved by", "National Park Authority, 14 July 2026"),
            ("Contact", "Rowena Askew, Performance and Research Officer, 01632 960425, review@merrowdale-npa.example"),
        ), layout="lines"),
        Para(FICTION, small=True),
        Heading("The year in numbers", 1),
        Bullets((
            "4.3 million visitor days, up from 4.1 million when the plan began",
            "5,120 volunteer days given to the Park",
            "418 planning applications decided, 86% of them on time",
            "498 hectares of blanket bog re-wetted",
        )),
        Heading("Progress ratings", 1),
        Para("Each Policy of the Management Plan is given one of three progress ratings: Strong (actions complete or "
             "ahead of plan), Steady (on course for the 2029 targets) or Slow (behind, with a recovery plan agreed by "
             "the Merrowdale Park Partnership)."),
        Heading("Progress by Policy", 1),
        Table(("Policy", "Progress rating", "What happened in 2025/26"), (
            ("NR1 Blanket bog and upland peat", "Strong",
             "498 hectares re-wetted on Hobcarr Moor and Brantsike Fell, bringing the total to 1,320 hectares; "
             "19 kilometres of grips blocked."),
            ("NR2 Woodland and scrub in the valleys", "Steady",
             "The Thrushgill tree nursery opened in May 2025; 64 hectares planted, including the first 30 hectares in "
             "the Langbeck valley paid for by the Northern Uplands Tree Fund."),
            ("NR3 Farmers delivering nature recovery", "Steady",
             "71 farm businesses supported; the Skirrow and Langbeck farm clusters are both running."),
            ("VW1 Who visits and who feels welcome", "Slow",
             "23 supported visits against a target of 40, after the outreach officer post was vacant for seven months; "
             "the Askeby to Mosswick Tarn all-ability path is put back to 2027."),
            ("VW2 Visitor pressure at the busiest places", "Steady",
             "Charging began at Gillerby Bridge, Mosswick Tarn and Coldrigg Head on 3 November 2025; the Dalesrover "
             "shuttle ran to Mosswick Tarn on 18 summer weekends but not yet to Coldrigg Head; four seasonal rangers "
             "employed."),
            ("VW3 Rights of way", "Steady", "87% of rights of way easy to use; 96 stiles replaced."),
            ("TC1 Homes for local people", "Slow",
             "14 affordable homes completed against 48 expected by now; two community land trust schemes are held up "
             "by a lack of electricity grid capacity."),
            ("TC2 Low-carbon park economy", "Strong",
             "19 public charge points installed in nine villages, ahead of plan."),
        )),
        Heading("Visitor car parks: the first five months", 1),
        Para("Charges started on 3 November 2025 at £2.50 for up to two hours and £5.00 for the day. By 31 March 2026 the "
             "three car parks had raised £131,700 gross and £97,300 after running costs. 1,164 residents' permits and "
             "402 annual permits were sold. Verge parking blocked the Coldrigg Pass road 5 times in 2025, against 17 "
             "in 2024. The Audit and Resources Committee will review the scheme in November 2026, after twelve months "
             "of operation."),
        Heading("Money in and money out", 1),
        Table(("Line", "Budget 2025/26 (£000)", "Actual 2025/26 (£000)"), (
            ("National Park Grant (Defra)", "6,710", "6,710"),
            ("Car park and other fees", "1,124", "1,193"),
            ("Grants from partners and funders", "3,860", "4,415"),
            ("Planning fees", "402", "351"),
            ("Total income", "12,096", "12,669"),
            ("Conservation and land management", "5,230", "5,688"),
            ("Visitor services, rangers and car parks", "3,015", "3,106"),
            ("Planning and communities", "1,482", "1,447"),
            ("Support services", "2,369", "2,301"),
            ("Total spending", "12,096", "12,542"),
        )),
        Para("Income exceeded spending by £127,000, which was added to the Visitor Infrastructure Reserve. Planning "
             "fees fell short of budget by £51,000 because fewer large applications were made."),
        Heading("Headline indicators", 1),
        Table(("Indicator", "Baseline 2023/24", "2025/26", "Target 2029"), (
            ("Peatland restored (hectares, cumulative)", "610", "1,320", "2,400"),
            ("Native woodland created (hectares, cumulative)", "0", "97", "350"),
            ("SSSI land in favourable condition", "38%", "41%", "55%"),
            ("Visitors arriving other than by car", "9%", "11%", "15%"),
            ("Rights of way easy to use", "84%", "87%", "90%"),
            ("Affordable homes completed (cumulative)", "0", "14", "120"),
            ("Volunteer days", "4,150", "5,120", "6,000"),
        )),
        Heading("Looking ahead to 2026/27", 1),
        Bullets((
            "The Local Plan issues and options consultation closed on 23 March 2026 with 1,212 comments; the plan is "
            "due to be submitted for examination in June 2027.",
            "The mid-term review of the Management Plan will be completed by March 2027.",
            "A new outreach officer started in April 2026 to put VW1 back on course.",
        )),
    )
    return Doc(REVIEW, blocks, "mnpa-txt", meta_title="Annual Review 2025/26", author=AUTHORITY)


def docs() -> list[Doc]:
    """Merrowdale National Park Authority's four papers."""
    return [plan(), car_parks(), minutes(), annual_review()]

