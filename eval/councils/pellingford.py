"""Pellingford District Council (fictional): garden waste cabinet report ('Label: value' front sheet), a PRINCE2
highlight report, Cabinet minutes in plain text and a scrutiny task and finish group report in plain text."""

from __future__ import annotations

from eval.councils.model import FICTION, Bullets, Council, Doc, FrontSheet, Heading, Para, Subtitle, Table, Title


def garden_waste() -> Doc:
    """Cabinet report, 5 March 2024 (PDF, Times), front sheet as plain 'Label: value' lines."""
    front = FrontSheet((
        ("Report to", "Cabinet"),
        ("Date of meeting", "5 March 2024"),
        ("Report of", "Head of Environmental Services"),
        ("Lead Member", "Councillor Harriet Osei, Lead Member for Environment and Climate"),
        ("Key Decision", "Yes"),
        ("Forward Plan reference", "KD 2024/07"),
        ("Wards affected", "All wards"),
        ("Exempt / Confidential", "No"),
        ("Contact officer", "Gareth Llewellyn, Head of Environmental Services, 01632 961204, gareth.llewellyn@pellingford.gov.uk"),
        ("Report author", "Zoe Fairbrother, Waste and Recycling Manager"),
    ), layout="lines")
    options = Table(
        ("Option", "Annual charge per bin", "Forecast take-up", "Net additional income"),
        (
            ("1", "£45", "46% of households", "£655,000"),
            ("2 (recommended)", "£52", "42% of households", "£742,000"),
            ("3", "£60", "36% of households", "£731,000"),
            ("4", "No charge (current service)", "Not applicable", "£0"),
        ),
        widths=(0.22, 0.26, 0.26, 0.26),
    )
    return Doc(
        name="pellingford-cabinet-2024-03-05-garden-waste.pdf",
        style="pellingford",
        meta_title="Cabinet Report Template v4",
        author="PDC Committee Services",
        blocks=(
            Council("PELLINGFORD DISTRICT COUNCIL"),
            Title("Introduction of a Chargeable Garden Waste Collection Service"),
            front,
            Para(FICTION),
            Heading("1. Purpose"),
            Para("To seek Cabinet approval to replace the free fortnightly garden waste collection with an opt-in subscription "
                 "service, as set out in the Council Plan 2024-2028.", num="1.1"),
            Heading("2. Recommendations"),
            Para("It is recommended that Cabinet:"),
            Para("approves the introduction of an opt-in garden waste subscription service from 1 June 2024;", num="2.1"),
            Para("sets the annual charge at £52 per bin for 2024/25, with a 50% concession for households receiving Council Tax "
                 "Reduction;", num="2.2"),
            Para("agrees that residents may subscribe for up to three bins per property;", num="2.3"),
            Para("delegates authority to the Head of Environmental Services, in consultation with the Lead Member, to set the "
                 "charge for future years within the Council’s fees and charges policy;", num="2.4"),
            Para("notes that the free garden waste collection will end on 31 May 2024.", num="2.5"),
            Heading("3. Reasons for recommendations"),
            Para("The free garden waste service costs £1.1 million a year to run. Garden waste is not household waste for which "
                 "the Council must provide a free collection, and most councils in England already charge for it.", num="3.1"),
            Para("The Council must find £3.2 million of savings and additional income by 2027/28. Charging for garden waste is "
                 "the largest single proposal in the Medium Term Financial Plan.", num="3.2"),
            Para("Modelling based on neighbouring councils suggests that about 42% of the district’s 51,000 households would "
                 "subscribe at a charge of £52.", num="3.3"),
            Heading("4. Options considered"),
            Para("Four options were modelled. Option 2 gives the highest net income while keeping the charge below the "
                 "regional average of £56.", num="4.1"),
            options,
            Para("Option 4, keeping the free service, was rejected because it would leave a gap of £742,000 in the budget for "
                 "2024/25 onwards.", num="4.2"),
            Heading("5. Financial implications"),
            Para("The net additional income of £742,000 a year assumes 21,420 subscriptions, after allowing for a reduction in "
                 "collection rounds from nine to six and one-off set-up costs of £64,000 for software and bin stickers.", num="5.1"),
            Para("The 50% concession is forecast to cost £38,000 a year and is included in the figures above.", num="5.2"),
            Heading("6. Legal implications"),
            Para("The Controlled Waste (England and Wales) Regulations 2012 allow the Council to make a reasonable charge for "
                 "collecting garden waste. The charge must not exceed the cost of providing the service.", num="6.1"),
            Heading("7. Risk"),
            Para("Lower take-up than forecast would reduce income; every 1% of households is worth about £26,500 a year.", num="7.1"),
            Para("Some residents may burn or fly-tip garden waste. Enforcement officers will monitor reports for the first six "
                 "months and home composting bins will be offered at £10.", num="7.2"),
            Para("Staff in the three garden waste rounds that are no longer needed will be redeployed to the new weekly food "
                 "waste service.", num="7.3"),
            Heading("8. Equality impact"),
            Para("An equality impact assessment found that the charge could affect households on low incomes; the 50% "
                 "concession is proposed to reduce this impact. Assisted collections will continue free of charge for "
                 "subscribers who need them.", num="8.1"),
        ),
    )


MILESTONES = (
    ("M01", "Programme business case approved by Cabinet", "14 Mar 2023", "14 Mar 2023", "Complete"),
    ("M02", "Levelling Up Fund grant agreement signed", "30 Jun 2023", "21 Jul 2023", "Complete"),
    ("M03", "Corn Exchange design team appointed", "31 Aug 2023", "31 Aug 2023", "Complete"),
    ("M04", "Shopfront Recovery Grant round 1 awards made", "31 Oct 2023", "27 Oct 2023", "Complete"),
    ("M05", "Corn Exchange RIBA Stage 3 design signed off", "31 Jan 2024", "15 Mar 2024", "Complete"),
    ("M06", "Corn Exchange planning and listed building consent applications submitted", "29 Mar 2024", "26 Apr 2024", "Complete"),
    ("M07", "Shopfront Recovery Grant round 2 opens", "01 Apr 2024", "01 Apr 2024", "Complete"),
    ("M08", "Market Square public realm works start on site", "03 Jun 2024", "17 Jun 2024", "On track"),
    ("M09", "Station to High Street wayfinding signs installed", "28 Jun 2024", "28 Jun 2024", "On track"),
    ("M10", "Wharfside start-up units planning permission granted", "31 Jul 2024", "31 Jul 2024", "On track"),
    ("M11", "Corn Exchange listed building consent granted", "31 Jul 2024", "30 Sep 2024", "Slipped"),
    ("M12", "Corn Exchange asbestos removal complete", "30 Aug 2024", "31 Oct 2024", "At risk"),
    ("M13", "Corn Exchange main contractor appointed", "30 Sep 2024", "29 Nov 2024", "Slipped"),
    ("M14", "Shopfront Recovery Grant round 2 awards made", "31 Oct 2024", "31 Oct 2024", "On track"),
    ("M15", "Wharfside start-up units start on site", "04 Nov 2024", "04 Nov 2024", "On track"),
    ("M16", "Market Square public realm works complete", "20 Dec 2024", "14 Feb 2025", "At risk"),
    ("M17", "Corn Exchange start on site", "06 Jan 2025", "03 Mar 2025", "Slipped"),
    ("M18", "Station Approach cycle hub open", "31 Mar 2025", "31 Mar 2025", "On track"),
    ("M19", "Wharfside start-up units complete and let", "30 Sep 2025", "30 Sep 2025", "On track"),
    ("M20", "Corn Exchange works complete", "31 Jan 2026", "27 Mar 2026", "At risk"),
    ("M21", "Levelling Up Fund grant fully spent", "31 Mar 2026", "31 Mar 2026", "At risk"),
    ("M22", "Programme closure report to Cabinet", "30 Jun 2026", "30 Jun 2026", "On track"),
)

RISKS = (
    ("R01", "Construction cost inflation exceeds the 6% allowance in the cost plan", "Imogen Castellano, Programme Manager",
     "4", "4", "16", "Red"),
    ("R02", "Historic England objection delays listed building consent for the Corn Exchange", "Paul Deverill, Conservation Officer",
     "3", "4", "12", "Amber"),
    ("R03", "Levelling Up Fund money not spent by the 31 March 2026 deadline", "Deborah Nkemelu, Senior Responsible Owner",
     "3", "5", "15", "Red"),
    ("R04", "Market traders lose trade during the Market Square works", "Kelly Barnard, Town Centre Manager", "3", "2", "6", "Green"),
    ("I01", "Issue: asbestos found in the Corn Exchange basement must be removed before the main works", "Martin Quist, Project Manager",
     "5", "3", "15", "Red"),
    ("I02", "Issue: Welland Coaches needs a temporary bus stop while Market Square is closed to traffic",
     "Kelly Barnard, Town Centre Manager", "5", "2", "10", "Amber"),
)


def highlight_report() -> Doc:
    """PRINCE2-style highlight report (PDF): RAG, milestones table over two pages, risks and issues, budget lines."""
    header = FrontSheet((
        ("Programme", "Pellingford Town Centre Regeneration Programme"),
        ("Highlight report number", "14"),
        ("Reporting period", "1 April 2024 to 15 May 2024"),
        ("Date of report", "22 May 2024"),
        ("Prepared by", "Imogen Castellano, Programme Manager"),
        ("Senior Responsible Owner", "Deborah Nkemelu, Director of Place"),
        ("Reporting to", "Town Centre Programme Board"),
    ))
    return Doc(
        name="pellingford-highlight-report-2024-05-town-centre.pdf",
        style="pellingford-highlight",
        meta_title="HR template (PRINCE2) v2.1",
        author="Programme Management Office",
        footer="Highlight Report 14 - Town Centre Regeneration",
        blocks=(
            Council("Pellingford District Council"),
            Title("Programme Highlight Report"),
            header,
            Para(FICTION, small=True),
            Para("Amber", label="Overall RAG status:"),
            Para("Green (Highlight Report 13)", label="Previous RAG status:"),
            Heading("1. Summary"),
            Para("The programme has moved from green to amber. Listed building consent for the Corn Exchange has been delayed "
                 "by two months because Historic England asked for a further survey of the roof trusses, and asbestos found in "
                 "the basement must be removed before the main contractor can start. The Market Square works, the Shopfront "
                 "Recovery Grant and the Wharfside start-up units remain on track."),
            Para("Cabinet approved a virement of £180,000 from the programme contingency to the Corn Exchange workstream on "
                 "5 March 2024."),
            Heading("Achievements this period", 2),
            Bullets((
                "Planning and listed building consent applications for the Corn Exchange submitted on 26 April 2024.",
                "Round 2 of the Shopfront Recovery Grant opened on 1 April 2024; 23 enquiries received so far.",
                "Round 1 grants have brought 9 empty shop units back into use, including the former Boots store on Sheep Lane.",
                "Contractor for the Market Square public realm works (Tarrant Civils Ltd) appointed on 10 May 2024.",
                "Traders’ liaison group set up with Pellingford Business Improvement District.",
            )),
            Heading("2. Milestones", keep=False),
            Table(("Ref", "Milestone", "Baseline date", "Forecast date", "Status"), MILESTONES,
                  widths=(0.07, 0.53, 0.14, 0.14, 0.12), rag_col=-1),
            Heading("3. Risks and issues"),
            Table(("Ref", "Description", "Owner", "Likelihood", "Impact", "Score", "RAG"), RISKS,
                  widths=(0.06, 0.36, 0.2, 0.13, 0.09, 0.08, 0.08), rag_col=6),
            Heading("4. Budget"),
            Para("£12,600,000", label="Approved budget:"),
            Para("£4,382,000", label="Spend to date:"),
            Para("£12,945,000", label="Forecast outturn:"),
            Para("£345,000 overspend (2.7%), within the 5% cost tolerance", label="Variance:"),
            Para("The forecast overspend is mainly due to asbestos removal (£120,000) and higher steel prices for the Corn "
                 "Exchange roof (£225,000)."),
            Heading("5. Tolerances"),
            Para("Time: plus or minus 3 months on the programme end date. Cost: plus or minus 5% of the approved budget. "
                 "Neither tolerance has been exceeded."),
            Heading("6. Decisions required from the Programme Board"),
            Bullets((
                "Approve change request CR-09 to draw down £120,000 from the programme contingency for asbestos removal.",
                "Agree that the Corn Exchange main contractor tender is issued before listed building consent is granted, "
                "at the Council’s risk.",
            ), marker="1"),
            Heading("7. Planned for the next period"),
            Bullets((
                "Start the Market Square public realm works on 17 June 2024.",
                "Submit the further roof truss survey to Historic England.",
                "Appoint a licensed asbestos removal contractor.",
                "Open round 2 applications for the Shopfront Recovery Grant to businesses on Corn Street and Sheep Lane.",
            )),
        ),
    )


MINUTES = (
    Council("PELLINGFORD DISTRICT COUNCIL"),
    Title("CABINET - MINUTES"),
    Subtitle("Minutes of a meeting of the Cabinet held at the Civic Centre, Pellingford on Tuesday 5 March 2024 at 6.30pm."),
    Para(FICTION),
    Para("Councillor Fiona Gallacher (Leader of the Council, in the Chair); Councillors Marcus Delaney (Deputy Leader and "
         "Finance), Harriet Osei (Environment and Climate), Joy Adebayo (Housing), Nikhil Sharma (Economy and Regeneration) and "
         "Ruth Clement (Customer and Digital).", label="PRESENT:"),
    Para("Councillor Alan Birtwhistle (Chair of the Overview and Scrutiny Committee) and Councillor Dawn Ferris (Leader of the "
         "Opposition).", label="ALSO PRESENT:"),
    Para("Olusegun Hart (Chief Executive), Claire Mbeki (Director of Resources and Section 151 Officer), Gareth Llewellyn (Head "
         "of Environmental Services), Deborah Nkemelu (Director of Place) and Tom Varga (Democratic Services Officer).",
         label="OFFICERS:"),
    Heading("CAB 40/24 APOLOGIES FOR ABSENCE"),
    Para("Apologies were received from Councillor Peter Lindqvist (Communities and Leisure)."),
    Heading("CAB 41/24 DECLARATIONS OF INTEREST"),
    Para("Councillor Nikhil Sharma declared a disclosable pecuniary interest in item CAB 45/24 because he owns a shop on Corn "
         "Street. He left the room for that item."),
    Heading("CAB 42/24 MINUTES"),
    Para("Agreed: that the minutes of the meeting held on 6 February 2024 be signed by the Chair as a correct record."),
    Heading("CAB 43/24 INTRODUCTION OF A CHARGEABLE GARDEN WASTE COLLECTION SERVICE"),
    Para("Councillor Osei introduced the report. She said that the charge of £52 was below the regional average and that "
         "residents on Council Tax Reduction would pay half. Councillor Ferris said that the opposition did not support the "
         "charge and asked what would be done about fly-tipping. The Head of Environmental Services said that enforcement "
         "officers would monitor reports for the first six months."),
    Para("DECISION:"),
    Bullets((
        "That an opt-in garden waste subscription service be introduced from 1 June 2024.",
        "That the annual charge be £52 per bin for 2024/25, with a 50% concession for households receiving Council Tax Reduction.",
        "That residents may subscribe for up to three bins per property.",
        "That the Head of Environmental Services, in consultation with the Lead Member, be authorised to set the charge for "
        "future years.",
        "That it be noted that the free garden waste collection will end on 31 May 2024.",
    ), marker="1"),
    Para("Reason for decision: to deliver net additional income of £742,000 a year towards the savings required by the Medium "
         "Term Financial Plan. Alternative options considered: charges of £45 and £60, and keeping the free service."),
    Heading("CAB 44/24 RESPONSIVE REPAIRS TO COUNCIL HOMES: RESPONSE TO THE SCRUTINY TASK AND FINISH GROUP"),
    Para("Councillor Birtwhistle presented the report of the task and finish group and thanked the tenants who had given "
         "evidence. Councillor Adebayo welcomed the report and set out the proposed response to each recommendation."),
    Para("DECISION: That the Cabinet response to the six recommendations be as follows:"),
    Bullets((
        "Recommendation 1 (non-urgent repairs within 20 working days) - accepted, with a target date of April 2025.",
        "Recommendation 2 (dedicated damp and mould team) - accepted; three surveyors rather than four will be recruited.",
        "Recommendation 3 (school-hours appointment slots) - accepted.",
        "Recommendation 4 (tenants on the evaluation panel for the new repairs contract) - accepted.",
        "Recommendation 5 (quarterly reports to Overview and Scrutiny) - accepted.",
        "Recommendation 6 (£50 compensation for missed appointments) - not accepted, because of the cost; the Head of Housing "
        "will instead review the compensation policy by September 2024.",
    ), marker="1"),
    Heading("CAB 45/24 TOWN CENTRE REGENERATION PROGRAMME - QUARTERLY UPDATE"),
    Para("Having declared an interest, Councillor Sharma left the room. Councillor Delaney presented the update in his place. "
         "The Director of Place reported that the Corn Exchange design had been signed off on 15 March rather than 31 January "
         "and that a survey had found asbestos in the basement."),
    Para("DECISION: (1) That the update be noted. (2) That a virement of £180,000 from the programme contingency to the Corn "
         "Exchange workstream be approved."),
    Heading("CAB 46/24 EXCLUSION OF THE PRESS AND PUBLIC"),
    Para("Agreed: that under section 100A(4) of the Local Government Act 1972 the press and public be excluded for the next item "
         "because it involves the likely disclosure of exempt information as defined in paragraph 3 of Schedule 12A."),
    Heading("CAB 47/24 LAND AT WHARFSIDE BUSINESS PARK"),
    Para("DECISION: That the disposal of land at Wharfside Business Park be approved in principle on the terms set out in the "
         "exempt report."),
    Para("The meeting ended at 8.05pm."),
)


def cabinet_minutes() -> Doc:
    """Cabinet minutes, 5 March 2024, as plain text with DECISION:/Agreed: conventions."""
    return Doc(name="pellingford-cabinet-minutes-2024-03-05.txt", style="pellingford-txt", blocks=MINUTES)


def scrutiny_report() -> Doc:
    """Overview and Scrutiny task and finish group report (plain text) with recommendations to Cabinet."""
    return Doc(
        name="pellingford-scrutiny-2024-02-housing-repairs.txt",
        style="pellingford-txt",
        blocks=(
            Council("Pellingford District Council"),
            Title("Responsive Repairs to Council Homes: Report of the Overview and Scrutiny Task and Finish Group"),
            Subtitle("February 2024. To be considered by Cabinet on 5 March 2024."),
            Para(FICTION),
            Heading("Foreword by the Chair"),
            Para("Tenants told us again and again that they want repairs done right first time, at a time that suits them. "
                 "This report is the result of four months of evidence gathering, and I thank the tenants, officers and "
                 "contractors who took part. - Councillor Alan Birtwhistle, Chair of the Task and Finish Group"),
            Heading("1. Membership and scope"),
            Para("The group was made up of Councillors Alan Birtwhistle (Chair), Dawn Ferris, Moira Quayle, Samir Haddad and Ben "
                 "Whitlock.", num="1.1"),
            Para("The Overview and Scrutiny Committee set up the group on 12 September 2023 to look at the speed and quality of "
                 "responsive repairs to the Council’s 3,870 homes, with a particular focus on damp and mould.", num="1.2"),
            Heading("2. How we gathered evidence"),
            Bullets((
                "four evidence sessions between October and December 2023 with housing officers and the repairs contractor, "
                "Brennan and Hale Property Services",
                "a survey of tenants, which received 612 responses",
                "a visit to Corve District Council to see its in-house damp and mould team",
                "a review of complaints to the Housing Ombudsman about the Council since 2021",
            )),
            Heading("3. What we found"),
            Para("Satisfaction with the repairs service has fallen from 72% in 2021/22 to 61% in 2023/24.", num="3.1"),
            Para("Non-urgent repairs take an average of 38 calendar days to complete, against a target of 28 days. One in five "
                 "jobs needs a second visit.", num="3.2"),
            Para("There were 214 open damp and mould cases at the end of November 2023, of which 37 had been open for more than "
                 "three months.", num="3.3"),
            Para("Tenants find the current appointment slots, 8am to 1pm and 12pm to 6pm, hard to fit around work and school. "
                 "About 11% of appointments are missed because no one is at home.", num="3.4"),
            Para("The contract with Brennan and Hale Property Services ends in March 2026. It does not include any financial "
                 "penalty for missed appointments.", num="3.5"),
            Heading("4. Recommendations to Cabinet"),
            Para("The task and finish group recommends that Cabinet:"),
            Bullets((
                "sets a target to complete non-urgent repairs within 20 working days by April 2025;",
                "sets up a dedicated damp and mould team of four surveyors;",
                "offers tenants a school-hours appointment slot of 9.30am to 2.30pm;",
                "includes tenant representatives on the evaluation panel when the repairs contract is re-tendered for April 2026;",
                "reports repairs performance to the Overview and Scrutiny Committee every quarter;",
                "introduces a £50 compensation payment when the Council or its contractor misses an appointment.",
            ), marker="1"),
            Heading("5. Financial implications"),
            Para("Officers estimate that a damp and mould team of four surveyors would cost £196,000 a year, funded from the "
                 "Housing Revenue Account. A £50 payment for missed appointments could cost up to £85,000 a year at current "
                 "levels of missed appointments.", num="5.1"),
            Heading("6. Next steps"),
            Para("Cabinet is asked to respond to each recommendation at its meeting on 5 March 2024. The Overview and Scrutiny "
                 "Committee will review progress in six months.", num="6.1"),
            Para("Contact: Tom Varga, Democratic Services Officer, 01632 961150, tom.varga@pellingford.gov.uk"),
        ),
    )


def docs() -> list[Doc]:
    """All Pellingford documents except the council plan."""
    return [garden_waste(), highlight_report(), cabinet_minutes(), scrutiny_report()]
