"""Penrhydd County Borough Council (fictional, Wales): corporate plan with well-being objectives, a Cabinet report with
a three-column front sheet, the Cabinet minutes that decided it, and the Cabinet forward work programme."""

from __future__ import annotations

from eval.councils.model import (
    FICTION,
    Bullets,
    Council,
    Doc,
    Heading,
    PageBreak,
    Para,
    Space,
    Subtitle,
    Table,
    Title,
)

COUNCIL = "Penrhydd County Borough Council | Cyngor Bwrdeistref Sirol Penrhydd"

# (number, objective, lead member, national goals, steps, measures)
OBJECTIVES = (
    ("1", "Give every child the best start in life", "Cllr Ceinwen Tudor, Cabinet Member for Education and Welsh Language",
     "A prosperous Wales; A more equal Wales; A Wales of vibrant culture and thriving Welsh language",
     ("Open two new Welsh-medium seedling schools, in Cwmtaran and Abercelyn, by September 2027.",
      "Extend free breakfast clubs to all 41 primary schools in the county borough.",
      "Reduce persistent absence in secondary schools to below 15 per cent.",
      "Provide 300 additional Flying Start childcare places in our most deprived communities."),
     (("Persistent absence, secondary schools", "21.8%", "below 15%"),
      ("Primary schools with a free breakfast club", "33 of 41", "41 of 41"))),
    ("2", "Support people to live independently and well", "Cllr Emrys Caradog, Cabinet Member for Social Care and Health",
     "A healthier Wales; A more equal Wales",
     ("Bring the waiting time for a domiciliary care package under 28 days.",
      "Open a 32-bed step-down facility, Tirfelen Lodge, for people leaving hospital.",
      "Train 150 community connectors to link residents with local groups and support.",
      "Launch a Penrhydd Carers' Card giving unpaid carers discounts and priority access to advice."),
     (("Average wait for a domiciliary care package", "46 days", "under 28 days"),
      ("Unpaid carers registered with the council", "2,140", "4,000"))),
    ("3", "Build a thriving, fair and green economy", "Cllr Dyfrig Cadwaladr, Cabinet Member for Economy and Regeneration",
     "A prosperous Wales; A globally responsible Wales",
     ("Deliver the Cwmtaran Transport Hub, bringing rail and bus services together, by March 2028.",
      "Bring 40 empty town-centre properties back into use through the Town Centre Loans Scheme.",
      "Create 1,200 apprenticeships through the Penrhydd Skills Pledge with local employers.",
      "Open the Abercelyn Business Quarter with 60 start-up units.",
      "Increase the share of council spend with Penrhydd suppliers to 45 per cent.",
      "Complete gigabit-capable broadband to the upper valley communities of Llanfrwd and Tirfelen."),
     (("Town-centre vacancy rate", "19.4%", "12%"),
      ("Council spend with Penrhydd suppliers", "31%", "45%"))),
    ("4", "Tackle the climate and nature emergency", "Cllr Trefor Mabon, Cabinet Member for Environment and Climate",
     "A resilient Wales; A globally responsible Wales",
     ("Make the council's vehicle fleet zero-emission by 2030.",
      "Plant 100,000 trees on council-owned land.",
      "Raise household recycling to 72 per cent.",
      "Install 400 public electric vehicle charge points."),
     (("Household waste recycled, reused or composted", "65.2%", "72%"),
      ("Zero-emission vehicles in the council fleet", "14%", "100%"))),
    ("5", "Build safe, cohesive and Welsh-speaking communities", "Cllr Nerys Prydderch, Leader of the Council",
     "A Wales of cohesive communities; A Wales of vibrant culture and thriving Welsh language",
     ("Double the number of adult Welsh learners to 1,800.",
      "Deliver 650 new affordable homes with housing association partners.",
      "Open three community hubs, in Llanfrwd, Tirfelen and Cwmtaran North."),
     (("Adults learning Welsh", "900", "1,800"),
      ("New affordable homes (cumulative)", "0", "650"))),
)


def corporate_plan() -> Doc:
    """Corporate plan: vision -> Well-being Objective 1..5 -> numbered steps; Objective 3's steps run over a page break."""
    blocks: list = [
        Council(COUNCIL.upper()),
        Title("Penrhydd 2030: Corporate Plan and Well-being Objectives 2025-2030"),
        Subtitle("Adopted by Council on 26 February 2025"),
        Para(FICTION, small=True),
        Heading("Foreword from the Leader and the Chief Executive"),
        Para("This plan sets out the five well-being objectives the council will pursue between 2025 and 2030, as the "
             "Well-being of Future Generations (Wales) Act 2015 requires, and the steps we will take to meet each one. "
             "It replaces Penrhydd Forward 2020-2025."),
        Para("Our vision: a Penrhydd where everyone can thrive, in both our languages."),
        Para("Cllr Nerys Prydderch, Leader of the Council, and Heulwen Pritchard, Chief Executive", small=True),
        Heading("How the plan works"),
        Para("Each well-being objective has a lead Cabinet Member, the national well-being goals it contributes to, a "
             "numbered list of steps and the measures we will report. Progress is reported to Cabinet every six months and "
             "the Governance and Audit Committee reviews our annual self-assessment."),
        Bullets(("Long term", "Prevention", "Integration", "Collaboration", "Involvement")),
        Para("The five ways of working above shape every step.", small=True),
    ]
    for num, name, lead, goals, steps, measures in OBJECTIVES:
        if num == "3":
            blocks.append(Space(150))
        if num == "4":
            blocks.append(PageBreak())
        blocks += [
            Heading(f"Well-being Objective {num}: {name}"),
            Para(lead, label="Lead Cabinet Member:"),
            Para(goals, label="National well-being goals:"),
            Heading("Steps we will take", level=2),
        ]
        blocks += [Para(step, num=f"{num}.{i}") for i, step in enumerate(steps, start=1)]
        blocks.append(Table(("Measure", "Baseline 2024", "Target 2030"), measures, widths=(0.56, 0.22, 0.22),
                            caption=f"How we will measure Objective {num}"))
    blocks += [
        Heading("Resourcing the plan"),
        Para("The plan is funded within the Medium-Term Financial Strategy. The 2025/26 net revenue budget is £412.6 million "
             "and the capital programme for 2025-2030 is £236 million, of which £18.6 million is set aside for the "
             "Cwmtaran Transport Hub."),
        Para("Contact: Policy and Performance Team, policy@penrhydd.gov.wales, 01632 960400.", small=True),
    ]
    return Doc("penrhydd-corporate-plan-2025-2030.pdf", tuple(blocks), "penrhydd-plan",
               meta_title="Penrhydd 2030: Corporate Plan and Well-being Objectives 2025-2030",
               author="Penrhydd County Borough Council", footer="Penrhydd 2030")


def transport_hub_report() -> Doc:
    """Cabinet report with a three-column front sheet (Item | Detail | Notes)."""
    front = Table(("Item", "Detail", "Notes"), (
        ("Report title", "Cwmtaran Transport Hub: full business case and award of the construction contract", ""),
        ("Meeting", "Cabinet, 15 July 2025", "Agenda item 6"),
        ("Responsible Cabinet Member", "Cllr Dyfrig Cadwaladr, Cabinet Member for Economy and Regeneration", ""),
        ("Strategic Director", "Rhydian Tegid, Strategic Director - Place", ""),
        ("Report author", "Ffion Cowley, Regeneration Programme Manager",
         "Tel 01632 960418; ffion.cowley@penrhydd.gov.wales"),
        ("Decision type", "Key decision", "Forward work programme reference FWP/2025/031"),
        ("Wards affected", "Cwmtaran Central; Cwmtaran North", "Local members briefed on 2 June 2025"),
        ("Implications considered", "Financial; Legal; Equalities and Welsh language; Well-being of Future Generations; Climate",
         "Integrated Impact Assessment at Appendix B"),
        ("Reason for exemption", "Appendix C is exempt under paragraph 14 of Part 4 of Schedule 12A to the Local Government Act 1972",
         "Tender prices are commercially sensitive"),
        ("Scrutiny", "Place Scrutiny Committee, 1 July 2025", "Supported the recommendations"),
        ("Appendices", "A: site plan; B: Integrated Impact Assessment; C: tender evaluation (exempt)", ""),
    ), widths=(0.24, 0.46, 0.30))
    blocks = (
        Council(COUNCIL),
        Title("Report to Cabinet"),
        Subtitle("Cwmtaran Transport Hub: full business case and award of the construction contract"),
        Para(FICTION, small=True),
        front,
        Heading("1. Purpose of the report"),
        Para("To ask Cabinet to approve the full business case for the Cwmtaran Transport Hub and to award the construction "
             "contract, so that work can start on site in October 2025. The hub delivers step 3.1 of the Corporate Plan, "
             "Penrhydd 2030."),
        Heading("2. Recommendations"),
        Para("That Cabinet approves the full business case for the Cwmtaran Transport Hub at a total scheme cost of "
             "£18.6 million.", num="2.1"),
        Para("That Cabinet awards the construction contract to Tolland Civils Ltd for £14.82 million, the most economically "
             "advantageous tender.", num="2.2"),
        Para("That Cabinet delegates authority to the Strategic Director - Place, in consultation with the Cabinet Member for "
             "Economy and Regeneration, to agree the final contract terms.", num="2.3"),
        Para("That Cabinet notes the funding package in section 5 and the council's contribution of £4.5 million from "
             "prudential borrowing.", num="2.4"),
        Heading("3. Background"),
        Para("Cwmtaran station and the town's bus station are 600 metres apart, and passengers changing between them cross "
             "the A4187. The hub will bring a new eight-stand bus interchange beside the station, a covered walkway, 120 "
             "secure cycle spaces, 24 electric vehicle charge points and a staffed travel centre."),
        Para("The outline business case was approved by Cabinet on 14 January 2025. Since then the design has been "
             "completed and a two-stage tender held. Five bids were received and three were shortlisted."),
        Heading("4. Options considered"),
        Table(("Option", "Description", "Cost", "Assessment"), (
            ("A", "Do nothing: keep the separate bus and rail stations", "£0", "Rejected: does not meet step 3.1"),
            ("B", "Phased scheme: bus interchange now, travel centre and walkway later", "£12.9 million",
             "Rejected: loses £2.9 million of grant tied to the full scheme"),
            ("C", "Full scheme in one phase", "£18.6 million", "Preferred option"),
        ), widths=(0.08, 0.46, 0.16, 0.30)),
        Heading("5. Financial implications"),
        Para("The total scheme cost is £18.6 million, including a contingency of £1.4 million. It is funded as follows:"),
        Table(("Source", "£ million"), (
            ("Welsh Government Local Transport Fund", "11.2"),
            ("UK Shared Prosperity Fund", "2.9"),
            ("Council capital programme (prudential borrowing)", "4.5"),
            ("Total", "18.6"),
        ), widths=(0.7, 0.3)),
        Para("The borrowing costs £312,000 a year in revenue from 2026/27 and are included in the Medium-Term Financial "
             "Strategy. Meinir Greenhalgh, Head of Finance and Section 151 Officer, has confirmed the scheme is affordable."),
        Heading("6. Risks"),
        Table(("Risk", "Mitigation", "Rating"), (
            ("Poor ground conditions on the former colliery sidings", "Ground investigation completed; £600,000 of the "
             "contingency held for ground works", "Medium"),
            ("Construction cost inflation", "Fixed-price contract with a capped inflation clause", "Low"),
            ("Bus operators do not use the interchange", "Quality partnership agreed with three operators", "Medium"),
        ), widths=(0.35, 0.5, 0.15)),
        Heading("7. Timetable"),
        Bullets(("Contract award: July 2025", "Start on site: October 2025", "Bus interchange open: September 2027",
                 "Completion of the whole hub: March 2028")),
        Heading("8. Well-being of Future Generations and Welsh language"),
        Para("The scheme supports Well-being Objective 3 and Objective 4. All signs, announcements and the travel centre will "
             "be bilingual, and the Integrated Impact Assessment found no negative effect on the Welsh language."),
    )
    return Doc("penrhydd-cabinet-2025-07-15-cwmtaran-transport-hub.docx", blocks, "penrhydd-report",
               meta_title="Cwmtaran Transport Hub - Cabinet 15 July 2025", author="Ffion Cowley")


def cabinet_minutes() -> Doc:
    """Cabinet minutes with CAB/25/nn references, declarations, a recorded vote and a deferral."""
    blocks = (
        Council(COUNCIL),
        Title("Minutes of the Cabinet"),
        Subtitle("Held in the Council Chamber, Penrhydd Civic Centre, and remotely, on Tuesday 15 July 2025 at 10.00 am"),
        Para(FICTION, small=True),
        Para("Cllr Nerys Prydderch (Leader, in the Chair); Cllr Dyfrig Cadwaladr; Cllr Ceinwen Tudor; Cllr Trefor Mabon; "
             "Cllr Elinor Glyndwr", label="Present:"),
        Para("Cllr Sioned Lightfoot (Chair of the Place Scrutiny Committee)", label="Also present:"),
        Para("Heulwen Pritchard (Chief Executive); Rhydian Tegid (Strategic Director - Place); Meinir Greenhalgh (Head of "
             "Finance and Section 151 Officer); Gethin Dilwyn (Monitoring Officer); Ffion Cowley (Regeneration Programme "
             "Manager)", label="Officers:"),
        Heading("CAB/25/41 Apologies for absence"),
        Para("Apologies were received from Cllr Emrys Caradog, Cabinet Member for Social Care and Health."),
        Heading("CAB/25/42 Declarations of interest"),
        Para("Cllr Ceinwen Tudor declared a personal and prejudicial interest in item CAB/25/46, as her husband is a governor "
             "of Ysgol Abercelyn, and left the meeting for that item."),
        Heading("CAB/25/43 Minutes"),
        Para("RESOLVED that the minutes of the meeting held on 17 June 2025 be approved as a correct record."),
        Heading("CAB/25/44 Cwmtaran Transport Hub: full business case and award of the construction contract"),
        Para("The Cabinet Member for Economy and Regeneration introduced the report. Cllr Sioned Lightfoot reported that the "
             "Place Scrutiny Committee had supported the recommendations and asked that local businesses be kept informed "
             "during construction. Cllr Trefor Mabon said he could not support the loss of the mature tree belt along the "
             "sidings."),
        Para("A recorded vote was taken:"),
        Table(("Vote", "Members"), (
            ("For (4)", "Cllr Prydderch, Cllr Cadwaladr, Cllr Tudor, Cllr Glyndwr"),
            ("Against (1)", "Cllr Mabon"),
            ("Abstentions (0)", "None"),
        ), widths=(0.25, 0.75)),
        Para("RESOLVED that:"),
        Bullets(("the full business case for the Cwmtaran Transport Hub be approved at a total scheme cost of £18.6 million;",
                 "the construction contract be awarded to Tolland Civils Ltd for £14.82 million;",
                 "authority be delegated to the Strategic Director - Place, in consultation with the Cabinet Member, to agree "
                 "the final contract terms;",
                 "officers plant at least 300 replacement trees within the Cwmtaran ward as part of the scheme."), marker="a"),
        Heading("CAB/25/45 Revenue budget monitoring, quarter 1 2025/26"),
        Para("Cllr Elinor Glyndwr, Cabinet Member for Resources, presented the first monitoring report of the year. A net overspend of £2.7 "
             "million is projected, mainly in children's placements (£1.9 million) and home-to-school transport (£0.6 "
             "million)."),
        Para("RESOLVED that the projected overspend be noted and that directors bring forward recovery plans to the meeting "
             "on 21 October 2025."),
        Heading("CAB/25/46 Welsh-medium seedling school, Abercelyn: statutory notice"),
        Para("Cllr Ceinwen Tudor had left the meeting. The Leader proposed that the item be deferred so that the transport "
             "assessment for the Abercelyn site could be completed."),
        Para("RESOLVED that the item be DEFERRED to the meeting on 16 September 2025."),
        Heading("CAB/25/47 Exclusion of the press and public"),
        Para("RESOLVED that the press and public be excluded for the consideration of Appendix C to item CAB/25/44, under "
             "paragraph 14 of Part 4 of Schedule 12A to the Local Government Act 1972. No further decisions were taken."),
        Para("The meeting closed at 11.52 am.", small=True),
    )
    return Doc("penrhydd-cabinet-minutes-2025-07-15.html", blocks, "penrhydd-minutes",
               meta_title="Penrhydd CBC - Cabinet minutes, 15 July 2025", footer="Penrhydd County Borough Council - Democratic Services")


def forward_programme() -> Doc:
    """Cabinet forward work programme: a register of decisions as plain-text records."""
    rows = (
        ("FWP/2025/031", "Cwmtaran Transport Hub: full business case", "Cabinet", "15 July 2025", "Yes", "Rhydian Tegid",
         "Cllr Dyfrig Cadwaladr", "Part (Appendix C)", "Decided 15 July 2025"),
        ("FWP/2025/034", "Welsh-medium seedling school, Abercelyn: statutory notice", "Cabinet", "16 September 2025", "Yes",
         "Iolo Wragg, Chief Education Officer", "Cllr Ceinwen Tudor", "Open", "Deferred from 15 July 2025"),
        ("FWP/2025/036", "Replacement of the waste collection fleet with 24 electric refuse vehicles", "Cabinet",
         "16 September 2025", "Yes", "Mabli Ellwood, Head of Neighbourhood Services", "Cllr Trefor Mabon",
         "Part (tender prices)", "Scheduled"),
        ("FWP/2025/038", "Revenue budget monitoring, quarter 2 2025/26", "Cabinet", "21 October 2025", "No",
         "Meinir Greenhalgh", "Cllr Elinor Glyndwr", "Open", "Scheduled"),
        ("FWP/2025/041", "Tirfelen Lodge step-down facility: procurement of a care provider", "Cabinet", "18 November 2025",
         "Yes", "Bryn Hebblethwaite, Director of Social Services", "Cllr Emrys Caradog", "Open", "Scheduled"),
        ("FWP/2025/043", "Council Tax Reduction Scheme 2026/27", "Council", "26 November 2025", "Yes", "Meinir Greenhalgh",
         "Cllr Elinor Glyndwr", "Open", "Scheduled"),
        ("FWP/2025/044", "Draft revenue budget 2026/27 for consultation", "Cabinet", "9 December 2025", "Yes",
         "Meinir Greenhalgh", "Cllr Elinor Glyndwr", "Open", "Scheduled"),
        ("FWP/2025/047", "Replacement Local Development Plan: deposit plan", "Council", "28 January 2026", "Yes",
         "Rhydian Tegid", "Cllr Nerys Prydderch", "Open", "Scheduled"),
    )
    blocks = (
        Council(COUNCIL),
        Title("Cabinet Forward Work Programme 2025/26"),
        Subtitle("As at 1 August 2025. Published under the Local Authorities (Executive Arrangements) (Meetings and Access "
                 "to Information) (Wales) Regulations 2001."),
        Para(FICTION),
        Para("A key decision is one that results in spending or savings of £500,000 or more, or that significantly affects "
             "two or more wards. Items may move between meetings; the latest version is published on the council's website "
             "each month. Enquiries: Democratic Services, democratic.services@penrhydd.gov.wales, 01632 960455."),
        Heading("Programme"),
        Table(("Reference", "Item", "Decision maker", "Meeting", "Key decision", "Lead officer", "Cabinet Member",
               "Open or exempt", "Status"), rows),
        Heading("Items removed since the last edition"),
        Bullets(("FWP/2025/029 Leisure trust contract extension: decided by Cabinet on 17 June 2025.",
                 "FWP/2025/033 Public toilets strategy: withdrawn, to be reconsidered in 2026.")),
    )
    return Doc("penrhydd-cabinet-forward-work-programme-2025-26.txt", blocks, "penrhydd-txt")


def docs() -> list[Doc]:
    """Penrhydd's documents."""
    return [corporate_plan(), transport_hub_report(), cabinet_minutes(), forward_programme()]
