"""Brackenfold National Park Authority: the National Park Management Plan (PDF, Objective -> Policy -> Action), a
capital programme monitoring report to the Authority (DOCX), the management plan delivery report (HTML) and the
complaints and compliments annual report (PDF). All invented."""

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

BODY = "Brackenfold National Park Authority"
ACTION_HEAD = ("Ref", "Action", "Lead", "By")


def plan() -> Doc:
    """Management plan 2025-2030: Objectives, Policies under them, Action tables under each Policy."""
    blocks = (
        Council(BODY),
        Title("Brackenfold National Park Management Plan 2025-2030"),
        Subtitle("A plan for the National Park, not just for the Authority"),
        Para(FICTION, small=True),
        Heading("About this plan"),
        Para("The Management Plan is the single most important plan for the Brackenfold National Park. It is prepared by "
             "the Authority with its partners and sets four Objectives for 2030. Each Objective has Policies, and each "
             "Policy is delivered through numbered Actions, each with a lead organisation. The Authority reports on "
             "delivery every six months."),
        Para("The National Park covers 1,412 square kilometres, has about 38,000 residents and receives an estimated "
             "6.1 million visitor days a year."),
        Heading("Objective 1: Nature recovery"),
        Para("By 2030, more, bigger and better-connected habitats, with peatland and woodland on the road to recovery."),
        Heading("Policy NR1: Restore the blanket bog", level=2),
        Table(ACTION_HEAD, (
            ("NR1.1", "Restore 2,400 hectares of peatland on Scarrow Moor and Ousel Fell by re-wetting and re-vegetating "
                      "bare peat", "Authority", "2030"),
            ("NR1.2", "End rotational burning on blanket bog on land the Authority owns", "Authority", "2026"),
        ), widths=(0.1, 0.56, 0.24, 0.1)),
        Heading("Policy NR2: Grow woodland in the right places", level=2),
        Table(ACTION_HEAD, (
            ("NR2.1", "Create 600 hectares of new native woodland, mainly in the gills and valley sides", "Brackenfold "
                      "Woodland Partnership", "2030"),
            ("NR2.2", "Publish a woodland opportunity map for farmers and landowners", "Authority", "2025"),
            ("NR2.3", "Run a native tree nursery at Wrenthwaite depot growing 20,000 trees a year", "Authority", "2027"),
        ), widths=(0.1, 0.56, 0.24, 0.1)),
        Heading("Objective 2: A landscape for climate"),
        Para("By 2030, the Park's land stores more carbon and the Authority's own operations are net zero."),
        Heading("Policy CL1: Net zero Authority", level=2),
        Table(ACTION_HEAD, (
            ("CL1.1", "Make the Authority's operations net zero by 2030", "Authority", "2030"),
            ("CL1.2", "Replace the Authority's fleet with electric vehicles", "Authority", "2028"),
            ("CL1.3", "Install solar panels and battery storage at Wrenthwaite depot", "Authority", "2026"),
        ), widths=(0.1, 0.56, 0.24, 0.1)),
        Heading("Policy CL2: Farming for nature and climate", level=2),
        Table(ACTION_HEAD, (
            ("CL2.1", "Help 150 farms into the Landscape Recovery and Countryside Stewardship schemes", "Brackenfold Farming "
                      "Forum", "2028"),
            ("CL2.2", "Offer free soil carbon testing to hill farms", "Authority with Upfell Rural Trust", "2027"),
        ), widths=(0.1, 0.56, 0.24, 0.1)),
        Heading("Objective 3: Landscape and heritage"),
        Para("By 2030, the Park's special qualities, its dry-stone walls, field barns and historic villages, are better "
             "cared for and better understood."),
        Heading("Policy LH1: Care for the historic environment", level=2),
        Table(ACTION_HEAD, (
            ("LH1.1", "Repair 40 traditional field barns with grant aid", "Authority", "2030"),
            ("LH1.2", "Cut the number of heritage assets at risk from 57 to 45", "Authority with Historic England", "2030"),
            ("LH1.3", "Review the Hobthrush Gill and Wrenthwaite conservation area appraisals", "Authority", "2027"),
        ), widths=(0.1, 0.56, 0.24, 0.1)),
        Heading("Objective 4: A Park for everyone"),
        Para("By 2030, more people from under-represented groups visit the Park, and its communities are thriving."),
        Heading("Policy PE1: Access for all", level=2),
        Table(ACTION_HEAD, (
            ("PE1.1", "Make 25 kilometres of path suitable for wheelchairs and pushchairs", "Authority", "2029"),
            ("PE1.2", "Run a bus service to Mirefoot and Tarnholme at weekends from two nearby towns", "Dalesway Community "
                      "Transport", "2026"),
            ("PE1.3", "Welcome 3,000 young people a year from urban schools on residential visits", "Authority", "2028"),
        ), widths=(0.1, 0.56, 0.24, 0.1)),
        Heading("Policy PE2: Thriving communities", level=2),
        Table(ACTION_HEAD, (
            ("PE2.1", "Deliver 120 affordable homes for local people through the Local Plan", "Authority with district "
                      "councils", "2030"),
            ("PE2.2", "Support the full-fibre roll-out to 95% of premises", "Upfell Rural Trust", "2028"),
        ), widths=(0.1, 0.56, 0.24, 0.1)),
        Heading("Monitoring"),
        Para("Progress is reported to the Authority's Performance and Resources Committee in June and December. Each Action "
             "is given a status: Complete, On track, Slipped, Not started or Withdrawn."),
    )
    return Doc("brackenfold-npa-management-plan-2025-2030.pdf", blocks, "bnpa-plan", "Brackenfold Management Plan 2025-2030",
               "Brackenfold National Park Authority", "Brackenfold National Park Management Plan 2025-2030")


def capital() -> Doc:
    """Authority report: capital programme monitoring, quarter 2 2025/26, with a grid front sheet and £000 table."""
    rows = (
        ("Tarnholme Visitor Centre refurbishment", "1,850", "1,212", "1,960", "110", "At risk",
         "Asbestos found in the roof void; works paused for three weeks"),
        ("Mirefoot car park resurfacing and EV charging", "640", "598", "625", "(15)", "Delivered",
         "Opened 18 July 2025 with 12 charge points"),
        ("Hobthrush Gill footbridge replacement", "420", "35", "430", "10", "Slipped",
         "Environment Agency permit delayed; now April to June 2026"),
        ("Scarrow Moor peatland restoration (grant funded)", "2,300", "1,104", "2,300", "0", "On programme",
         "Helicopter lifts of materials completed in September"),
        ("Wrenthwaite depot solar and battery", "285", "0", "285", "0", "Slipped",
         "Grid connection offer not until March 2026"),
        ("Electric fleet, phase 1 (eight vans)", "390", "372", "372", "(18)", "Delivered", "All eight vans in service"),
        ("Brackenfold Way signage", "95", "41", "95", "0", "On programme", "Second half installed by February 2026"),
        ("Total", "5,980", "3,362", "6,067", "87", "", ""),
    )
    blocks = (
        Council(BODY),
        Title("Capital Programme 2025/26: Quarter 2 Monitoring"),
        FrontSheet((
            ("Meeting", "National Park Authority"),
            ("Date", "5 December 2025"),
            ("Agenda item", "11"),
            ("Report of", "Fintan Ardagh, Head of Finance"),
            ("Responsible director", "Gideon Ravenhurst, Chief Executive (National Park Officer)"),
            ("Lead member", "Marion Tullett, Chair of the Performance and Resources Committee"),
            ("Decision or information", "Decision"),
            ("Contact", lines("Fintan Ardagh", "01539 773 410", "fintan.ardagh@brackenfold-npa.gov.uk")),
        ), layout="grid"),
        Para(FICTION, small=True),
        Heading("1. Purpose"),
        Para("To report progress on the 2025/26 capital programme at 30 September 2025 and to ask the Authority to approve "
             "two changes to it."),
        Heading("2. Recommendations"),
        Para("That the Authority notes the forecast capital outturn of £6.067 million against an approved programme of "
             "£5.980 million.", num="2.1"),
        Para("That the Authority approves an increase of £110,000 in the Tarnholme Visitor Centre budget, funded from the "
             "capital reserve.", num="2.2"),
        Para("That the Authority approves moving £285,000 for the Wrenthwaite depot solar and battery scheme into 2026/27.",
             num="2.3"),
        Heading("3. Status key"),
        Para("Delivered: complete and in use. On programme: expected to finish on time and within budget. Slipped: finishing "
             "later than planned, within budget. At risk: likely to cost more than approved or to miss the year."),
        Heading("4. Scheme progress"),
        Table(("Scheme", "Approved £000", "Spent to 30 Sept £000", "Forecast £000", "Variance £000", "Status", "Comment"),
              rows, widths=(0.22, 0.1, 0.11, 0.1, 0.1, 0.11, 0.26)),
        Heading("5. Funding"),
        Para("The programme is funded by the Defra national park grant (£2.145 million), the Protected Landscapes peatland "
             "grant for Scarrow Moor (£2.300 million), capital receipts from the sale of Ghyllbank Cottage (£0.410 million) "
             "and the Authority's capital reserve (the rest). After the Tarnholme increase the capital reserve is forecast to "
             "stand at £0.730 million on 31 March 2026."),
        Heading("6. Risks"),
        Bullets((
            "Further asbestos at Tarnholme could add up to £60,000; a contingency is held in the revised budget.",
            "The Hobthrush Gill footbridge is closed, with a 2.5 kilometre diversion for the Brackenfold Way, until the new "
            "bridge opens.",
        )),
    )
    return Doc("brackenfold-npa-2025-12-05-capital-programme-q2.docx", blocks, "bnpa-report",
               "Capital Programme 2025/26 Q2", "Fintan Ardagh")


def delivery() -> Doc:
    """Management plan delivery report, six months to 30 September 2025: a status table with the plan's own key."""
    rows = (
        ("NR1.1", "Scarrow Moor and Ousel Fell peatland restoration", "On track", "310 hectares restored this year."),
        ("NR1.2", "End rotational burning on Authority land", "Complete", "Last tenancy varied in June 2025."),
        ("NR2.1", "600 hectares of new native woodland", "On track", "74 hectares planted or approved."),
        ("NR2.2", "Woodland opportunity map", "Slipped", "Data from the Forestry Commission late; now March 2026."),
        ("NR2.3", "Tree nursery at Wrenthwaite", "Not started", "Depends on the depot solar scheme."),
        ("CL1.2", "Electric fleet", "On track", "Phase 1 of eight vans delivered."),
        ("CL1.3", "Depot solar and battery", "Slipped", "Grid connection not until March 2026."),
        ("CL2.2", "Free soil carbon testing", "Withdrawn", "Upfell Rural Trust lost its funding; the Farming Forum "
                                                          "will look for another partner."),
        ("LH1.1", "Repair 40 field barns", "On track", "Six barns repaired."),
        ("LH1.2", "Heritage at risk from 57 to 45", "Slipped", "Two more assets added to the register; now 59."),
        ("PE1.2", "Weekend bus to Mirefoot and Tarnholme", "Complete", "The Fellrider bus ran every weekend from Easter."),
        ("PE1.3", "Residential visits for young people", "On track", "1,420 young people in six months."),
    )
    blocks = (
        Council(BODY),
        Title("Management Plan Delivery Report: April to September 2025"),
        FrontSheet((
            ("Committee", "Performance and Resources Committee"),
            ("Date", "11 December 2025"),
            ("Report of", "Dr Saffron Murchfield, Director of Conservation and Communities"),
            ("Contact", "Eluned Holloway-Dunne, Policy and Performance Officer"),
            ("Recommendation", "That the Committee notes progress and the changes to Actions CL2.2 and NR2.2"),
        ), layout="dl"),
        Para(FICTION, small=True),
        Heading("Summary"),
        Para("Of the 12 Actions reported here, 2 are Complete, 5 are On track, 3 have Slipped, 1 is Not started and 1 is "
             "Withdrawn. The other Actions of the plan start later and are not reported yet."),
        Heading("Progress by Action"),
        Table(("Action", "Short title", "Status", "Commentary"), rows),
        Heading("Changes to the plan"),
        Bullets((
            "CL2.2 (free soil carbon testing) is withdrawn; the Farming Forum will propose a replacement Action in June 2026.",
            "NR2.2 (woodland opportunity map) moves from 2025 to March 2026.",
        )),
        Heading("Indicators"),
        Table(("Indicator", "Baseline 2024", "Latest", "2030 target"), (
            ("Peatland in recovering condition (hectares)", "3,150", "3,460", "5,550"),
            ("Heritage assets at risk", "57", "59", "45"),
            ("Visitors arriving by public transport", "4%", "5%", "10%"),
        )),
    )
    return Doc("brackenfold-npa-management-plan-delivery-2025-h1.html", blocks, "bnpa-web",
               "Management Plan Delivery Report April to September 2025",
               footer="Brackenfold National Park Authority, Tarnholme, Wrenthwaite")


def complaints() -> Doc:
    """Complaints and compliments annual report 2024/25: a margin front sheet, figures in prose and a stage table."""
    blocks = (
        Council(BODY),
        Title("Complaints and Compliments Annual Report 2024/25"),
        FrontSheet((
            ("Committee", "Performance and Resources Committee"),
            ("Date", "12 June 2025"),
            ("Author", "Eluned Holloway-Dunne, Policy and Performance Officer"),
            ("Responsible officer", "Gideon Ravenhurst, Chief Executive (National Park Officer)"),
            ("Recommendation", "To note the report"),
        ), layout="margin"),
        Para(FICTION, small=True),
        Heading("1. Headlines"),
        Para("The Authority received 86 complaints in 2024/25, down from 104 in 2023/24, and 312 compliments. 79% of "
             "stage 1 complaints were answered within the target of 10 working days. Planning was again the largest "
             "source of complaints (37 of 86)."),
        Heading("2. Complaints by stage"),
        Table(("Stage", "Received", "Upheld", "Partly upheld", "Not upheld", "Answered on time"), (
            ("Stage 1", "86", "14", "19", "53", "79%"),
            ("Stage 2 (review by a director)", "11", "2", "3", "6", "91%"),
            ("Local Government and Social Care Ombudsman", "4", "0", "1", "3", "n/a"),
        )),
        Para("The Ombudsman partly upheld one complaint, about the handling of a planning enforcement case at Hobthrush Gill, "
             "and asked the Authority to apologise and pay £250 for time and trouble. The Authority complied within the "
             "deadline."),
        Heading("3. Complaints by service"),
        Table(("Service", "Complaints"), (
            ("Planning and enforcement", "37"),
            ("Rights of way and access", "21"),
            ("Car parks", "14"),
            ("Visitor centres", "8"),
            ("Other", "6"),
        )),
        Heading("4. What we have changed"),
        Bullets((
            "Planning officers now phone objectors when an application goes to committee.",
            "Car park payment machines at Mirefoot replaced with ones that take cards and phones.",
            "A reporting form for path problems on the website, with a reply promised within five working days.",
        )),
        Heading("5. Compliments"),
        Para("Most compliments were for the ranger service (118) and the Tarnholme Visitor Centre (74)."),
    )
    return Doc("brackenfold-npa-complaints-annual-report-2024-25.pdf", blocks, "bnpa-complaints",
               "Complaints and Compliments 2024/25", "Brackenfold National Park Authority", "Complaints annual report 2024/25")


def docs() -> list[Doc]:
    """The Brackenfold papers."""
    return [plan(), capital(), delivery(), complaints()]
