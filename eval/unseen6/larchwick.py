"""The London Borough of Larchwick as a social landlord: a landlord compliance report (PDF), the housing revenue
account budget and rent setting report (DOCX), an officer decision record (HTML) and the rent setting report a year
earlier (TXT). All invented."""

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

BODY = "London Borough of Larchwick"


def compliance() -> Doc:
    """Housing Committee report: landlord compliance, quarter 2 2025/26; the compliance table runs over a page break."""
    rows = (
        ("Gas safety", "Homes with a valid landlord gas safety record", "9,412", "9,409", "99.97%", "100%", "Within tolerance",
         "Three homes past their anniversary date; all three have forced-entry warrants listed for 4 December 2025."),
        ("Electrical safety", "Homes with an electrical installation condition report under five years old", "11,806",
         "11,217", "95.01%", "100%", "Action required",
         "589 homes outstanding, mostly on the Mossford Estate, where the previous contractor's certificates failed audit. "
         "Recovery plan with Corvane Electrical Ltd to clear the backlog by 31 March 2026."),
        ("Fire safety", "Blocks with an in-date fire risk assessment", "412", "412", "100%", "100%", "Compliant",
         "All assessments in date. 1,274 remedial actions open, of which 38 are high priority."),
        ("Fire safety", "High-risk remedial actions completed within 30 days", "96", "81", "84.38%", "95%", "Action required",
         "Fifteen late actions, all fire door replacements at Sarsen Court and Harlan Tower awaiting doorsets."),
        ("Asbestos", "Communal areas with an asbestos management survey", "1,038", "1,038", "100%", "100%", "Compliant",
         "Re-inspections on programme."),
        ("Water safety", "Blocks with an in-date legionella risk assessment", "164", "162", "98.78%", "100%", "Action required",
         "Two sheltered schemes, Ferrand House and Gallowtree Court, reassessed in October; certificates awaited."),
        ("Lifts", "Passenger lifts with a thorough examination in the last six months (LOLER)", "138", "138", "100%", "100%",
         "Compliant", "Harlan Tower lift 2 out of service for 19 days in August for a new controller."),
        ("Smoke and carbon monoxide alarms", "Homes with working alarms checked at the last visit", "11,806", "11,790",
         "99.86%", "100%", "Within tolerance", "Sixteen homes with no access; tenancy visits booked."),
        ("Damp and mould", "New cases inspected within 10 working days", "742", "688", "92.72%", "95%", "Action required",
         "Case numbers up 31% on quarter 1 after the summer campaign. Survey contract awarded under ODR-2025-117."),
        ("Damp and mould", "Cases closed with works completed within 12 weeks", "603", "566", "93.86%", "90%", "Compliant",
         "Above target for the second quarter running."),
    )
    blocks = (
        Council(BODY.upper()),
        Title("Landlord Compliance Performance: Quarter 2 2025/26"),
        Subtitle("Housing Committee, 18 November 2025"),
        FrontSheet((
            ("Report of", "Strategic Director of Housing and Regeneration, Marguerite Okonjo-Barr"),
            ("Cabinet Member", "Councillor Odalys Prenderville, Cabinet Member for Housing and Homelessness"),
            ("Report author", lines("Kwabena Ashdown-Pryce, Head of Building Safety and Compliance",
                                    "020 8347 2219", "kwabena.ashdown-pryce@larchwick.gov.uk")),
            ("Wards", "All wards"),
            ("Classification", "Open"),
            ("Purpose", "For information and comment"),
        ), layout="bold"),
        Para(FICTION, small=True),
        Heading("1. Summary"),
        Para("The council is landlord to 11,806 tenanted and leasehold homes in 412 blocks. At the end of quarter 2 "
             "(30 September 2025) six of the ten compliance measures were compliant or within tolerance and four needed "
             "action. The weakest area remains electrical safety at 95.01%, which is below the regulator's expectation and "
             "has been reported to the Regulator of Social Housing as a self-referral on 2 October 2025."),
        Para("The Committee is asked to note the report and the recovery plan for electrical safety in section 4."),
        Heading("2. How to read the table"),
        Para("Each measure is given one of three statuses. Compliant: the measure is at or above its target. Within "
             "tolerance: the measure is below target but at 99.5% or better, with every outstanding case named and a date "
             "booked. Action required: anything else."),
        Space(6),
        Heading("3. Compliance at 30 September 2025", keep=False),
        Table(("Area", "Measure", "In scope", "Met", "Rate", "Target", "Status", "Comment"), rows,
              widths=(0.1, 0.18, 0.09, 0.1, 0.09, 0.08, 0.1, 0.26), font_size=8),
        Heading("4. Electrical safety recovery plan"),
        Para("Corvane Electrical Ltd took over the testing contract on 1 July 2025 and is carrying out 180 tests a week. "
             "The plan is to reach 98% by 31 December 2025 and 100% by 31 March 2026. The additional cost of re-testing is "
             "£214,000, met from the HRA contingency; the council is pursuing the previous contractor for recovery of the "
             "cost."),
        Bullets((
            "Weekly progress reported to the Strategic Director and fortnightly to the Cabinet Member.",
            "Tenants on the Mossford Estate written to in September with booked appointments.",
            "An independent audit of 5% of the new certificates by Thistlecombe Surveying Ltd.",
        )),
        Heading("5. Tenant satisfaction"),
        Para("The tenant satisfaction measure for \"home is safe\" was 71.4% in the 2024/25 survey, against a London "
             "median of 74.0%. The next survey closes in February 2026."),
    )
    return Doc("larchwick-housing-committee-2025-11-18-landlord-compliance-q2.pdf", blocks, "larchwick-compliance",
               "Landlord Compliance Performance Q2 2025/26", "Building Safety and Compliance",
               "Larchwick Housing Committee 18 November 2025")


def hra_budget() -> Doc:
    """Cabinet report: HRA budget and rent setting 2026/27, with £000 tables and numbered recommendations."""
    hra = (
        ("Dwelling rents", "(78,412)", "(83,960)", "5,548"),
        ("Service charges", "(9,306)", "(9,871)", "565"),
        ("Other income", "(2,114)", "(2,090)", "(24)"),
        ("Total income", "(89,832)", "(95,921)", "6,089"),
        ("Repairs and maintenance", "27,640", "30,115", "2,475"),
        ("Supervision and management", "21,908", "22,734", "826"),
        ("Building safety and compliance", "6,420", "7,960", "1,540"),
        ("Interest on HRA debt", "14,205", "15,380", "1,175"),
        ("Depreciation (to the Major Repairs Reserve)", "17,390", "17,940", "550"),
        ("Contribution to / (from) HRA reserves", "2,269", "1,792", "(477)"),
        ("Total expenditure", "89,832", "95,921", "6,089"),
    )
    capital = (
        ("Decent homes and major works", "38,200", "41,600"),
        ("Fire safety works (including fire doors)", "9,850", "12,400"),
        ("Mossford Estate regeneration, phase 1", "22,500", "31,750"),
        ("New council homes (Linnet Yard, 86 homes)", "18,300", "14,900"),
        ("Total HRA capital programme", "88,850", "100,650"),
    )
    blocks = (
        Council(BODY),
        Title("Housing Revenue Account Budget and Rent Setting 2026/27"),
        FrontSheet((
            ("Meeting", "Cabinet"),
            ("Date", "20 January 2026"),
            ("Cabinet Member", "Councillor Odalys Prenderville, Housing and Homelessness"),
            ("Lead Director", "Ottilie Castellow, Strategic Director of Resources (Section 151 Officer)"),
            ("Report author", lines("Tobiah Gruffydd-Lane, HRA Finance Business Partner", "020 8347 2604")),
            ("Key decision", "Yes"),
            ("Forward Plan reference", "KD/2025/0388"),
            ("Wards affected", "All"),
            ("Exempt", "No"),
        )),
        Para(FICTION, small=True),
        Heading("1. Recommendations"),
        Para("That Cabinet agrees a rent increase of 4.8% for social rent and affordable rent homes from 6 April 2026, "
             "in line with the government's limit of CPI (3.8% at September 2025) plus 1%.", num="1.1"),
        Para("That Cabinet agrees service charges rise by 6.1% to recover the actual cost of services.", num="1.2"),
        Para("That Cabinet approves the HRA revenue budget for 2026/27 at Appendix A, with total expenditure of "
             "£95.921 million.", num="1.3"),
        Para("That Cabinet recommends to Council an HRA capital programme of £100.650 million for 2026/27.", num="1.4"),
        Para("That Cabinet notes the minimum HRA working balance of £8.5 million.", num="1.5"),
        Heading("2. Rents"),
        Para("The average social rent will rise from £142.37 to £149.20 a week, an increase of £6.83. The average "
             "affordable rent will rise from £236.90 to £248.27 a week. Garage rents rise by 4.8% to £18.45 a week. Around "
             "64% of tenants receive help with their rent through housing benefit or universal credit."),
        Para("An increase of 4.8% raises about £0.8 million more rent than an increase of CPI alone; the 30-year "
             "business plan relies on the full increase to pay for the building safety programme."),
        Heading("3. HRA revenue budget (Appendix A)"),
        Table(("£000", "2025/26 budget", "2026/27 budget", "Change"), hra, widths=(0.46, 0.18, 0.18, 0.18),
              caption="Table 1: HRA revenue budget, £000 (income in brackets)"),
        Para("The largest pressures are building safety and compliance (£1.540 million more, mainly electrical "
             "re-testing and fire door replacement) and repairs (£2.475 million, reflecting contract inflation of 7.2%)."),
        Heading("4. HRA capital programme"),
        Table(("Programme", "2025/26 £000", "2026/27 £000"), capital, widths=(0.56, 0.22, 0.22),
              caption="Table 2: HRA capital programme"),
        Para("The Linnet Yard scheme slipped from 2025/26 after the main contractor's appointment was delayed; 86 homes "
             "are now due for completion in June 2027."),
        Heading("5. Reserves and risks"),
        Para("HRA general reserves are forecast at £11.3 million on 31 March 2026 and £13.1 million on 31 March 2027. The "
             "Major Repairs Reserve is forecast at £6.9 million. The main risks are a fall in rent collection (currently "
             "97.6%), higher interest rates on new borrowing and the cost of meeting the Decent Homes Standard when it is "
             "revised."),
        Heading("6. Consultation"),
        Para("The Larchwick Tenants' and Leaseholders' Panel was consulted on 9 December 2025. The Panel accepted the "
             "rent increase but asked for the service charge rise to be phased; officers do not recommend phasing because it "
             "would leave a gap of £0.22 million."),
    )
    return Doc("larchwick-cabinet-2026-01-20-hra-budget-rent-setting-2026-27.docx", blocks, "larchwick-report",
               "HRA Budget and Rent Setting 2026/27", "Tobiah Gruffydd-Lane")


def decision_record() -> Doc:
    """An officer decision record: a definition-list front sheet and a short reasons section."""
    blocks = (
        Council(BODY),
        Title("Officer Decision Record ODR-2025-117"),
        Subtitle("Award of contract: damp and mould surveys and treatment"),
        FrontSheet((
            ("Decision reference", "ODR-2025-117"),
            ("Decision taker", "Marguerite Okonjo-Barr, Strategic Director of Housing and Regeneration"),
            ("Date of decision", "14 October 2025"),
            ("Delegated authority", "Constitution Part 3, Scheme of Delegation to Officers, paragraph 7.4"),
            ("Key decision", "No (below the £500,000 threshold)"),
            ("Contact", "Jerome Fairweather-Obi, Damp and Mould Programme Manager, 020 8347 2750"),
            ("Date published", "16 October 2025"),
            ("Call-in", "Not subject to call-in"),
        ), layout="dl"),
        Para(FICTION, small=True),
        Heading("Decision"),
        Para("To award a two-year contract for damp and mould surveys and treatment to Hessle and Tunnicliffe Property Care "
             "Ltd, at a value of £468,500, starting on 3 November 2025, with an option to extend by one year."),
        Heading("Reasons for the decision"),
        Para("New cases of damp and mould rose by 31% between quarter 1 and quarter 2. The in-house team cannot inspect "
             "every new case within 10 working days, as the council's damp and mould policy requires. The contract adds "
             "capacity for 60 surveys a week."),
        Heading("Procurement"),
        Table(("Bidder", "Quality (60%)", "Price (40%)", "Total score"), (
            ("Hessle and Tunnicliffe Property Care Ltd", "51.0", "36.4", "87.4"),
            ("Bramblecote Building Services", "47.5", "38.1", "85.6"),
            ("Carrowbridge Damp Solutions", "44.0", "40.0", "84.0"),
        )),
        Para("Three compliant tenders were received through the council's housing repairs framework."),
        Heading("Alternative options considered"),
        Bullets((
            "Recruit four more in-house surveyors: rejected because recruitment would take at least six months.",
            "Do nothing: rejected because the council would continue to miss its 10-day inspection standard.",
        )),
        Heading("Financial implications"),
        Para("The cost is met from the HRA repairs budget for damp and mould (£1.2 million in 2025/26)."),
        Heading("Conflicts of interest"),
        Para("None declared by the decision taker or the officers consulted."),
        Heading("Consulted"),
        Bullets((
            "Councillor Odalys Prenderville, Cabinet Member for Housing and Homelessness",
            "Ottilie Castellow, Strategic Director of Resources",
            "Head of Legal Services",
        )),
    )
    return Doc("larchwick-officer-decision-record-odr-2025-117.html", blocks, "larchwick-web",
               "Officer Decision Record ODR-2025-117", footer="London Borough of Larchwick - officer decisions")


def rent_2025() -> Doc:
    """The rent setting report a year earlier, as plain text."""
    hra = (
        ("Dwelling rents", "(75,930)", "(78,412)", "2,482"),
        ("Total income", "(86,870)", "(89,832)", "2,962"),
        ("Repairs and maintenance", "26,110", "27,640", "1,530"),
        ("Building safety and compliance", "5,180", "6,420", "1,240"),
        ("Total expenditure", "86,870", "89,832", "2,962"),
    )
    blocks = (
        Council(BODY),
        Title("Housing Revenue Account Budget and Rent Setting 2025/26"),
        FrontSheet((
            ("Meeting", "Cabinet, 21 January 2025"),
            ("Cabinet Member", "Councillor Odalys Prenderville, Housing and Homelessness"),
            ("Lead Director", "Ambrose Hartigan-Reeve, Strategic Director of Housing and Regeneration"),
            ("Report author", "Tobiah Gruffydd-Lane, HRA Finance Business Partner"),
            ("Key decision", "Yes"),
            ("Forward Plan reference", "KD/2024/0351"),
        )),
        Para(FICTION),
        Heading("Recommendations"),
        Para("That Cabinet agrees a rent increase of 2.7% from 7 April 2025, being CPI at September 2024 (1.7%) plus 1%.",
             num="1"),
        Para("That Cabinet agrees service charges rise by 3.9%.", num="2"),
        Para("That Cabinet recommends to Council an HRA capital programme of £88.850 million for 2025/26.", num="3"),
        Heading("Rents"),
        Para("The average social rent will rise from £138.63 to £142.37 a week. The average affordable rent will rise to "
             "£236.90 a week."),
        Heading("HRA revenue budget, £000"),
        Table(("Line", "2024/25 budget", "2025/26 budget", "Change"), hra),
        Heading("New homes"),
        Para("The Linnet Yard scheme of 86 homes is due to start on site in May 2025 and complete in autumn 2026."),
        Heading("Reserves"),
        Para("HRA general reserves are forecast at £9.0 million on 31 March 2025. The minimum working balance is "
             "£8.0 million."),
    )
    return Doc("larchwick-hra-rent-setting-2025-26.txt", blocks, "larchwick-txt", "HRA Rent Setting 2025/26")


def docs() -> list[Doc]:
    """The Larchwick papers."""
    return [compliance(), hra_budget(), decision_record(), rent_2025()]

