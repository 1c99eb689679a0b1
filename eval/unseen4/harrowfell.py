"""Harrowfell and Skelmoor Fire and Rescue Authority (fictional, a combined fire authority in England): medium-term
financial plans a year apart (DOCX, PDF), an Authority report with a margin-label front sheet, and a quarterly
performance report (HTML) with direction-of-travel arrows and a Blue/Green/Amber/Red action key."""

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

AUTHORITY = "Harrowfell and Skelmoor Fire and Rescue Authority"

SPEND_HEADER = ("Budget line", "2025/26 £000", "2026/27 £000")
SPEND = (
    ("Wholetime firefighters", "30,940", "32,180"),
    ("On-call firefighters", "6,120", "6,540"),
    ("Fire control staff", "2,310", "2,390"),
    ("Support staff", "9,870", "9,720"),
    ("Firefighter pensions (ill-health and injury)", "1,450", "1,510"),
    ("Premises", "4,210", "4,360"),
    ("Transport", "2,380", "2,450"),
    ("Supplies and services", "5,940", "6,020"),
    ("Capital financing", "3,830", "4,470"),
    ("Income (fees, charges and grants)", "(4,250)", "(4,340)"),
    ("Net revenue budget", "62,800", "65,300"),
)


def mtfp_2025() -> Doc:
    """Medium-Term Financial Plan 2025/26 to 2028/29 (DOCX): prose figures and £000 tables, savings HSF-S01..S05."""
    blocks = (
        Council(AUTHORITY),
        Title("Medium-Term Financial Plan 2025/26 to 2028/29 and Revenue Budget 2025/26"),
        Subtitle("Report to the Fire Authority, 20 February 2025"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Report of", "Treasurer to the Authority"),
            ("Author", "Helen Stainsby, Treasurer to the Authority (Section 112 Officer), 01632 961150"),
            ("Lead member", "Cllr Bernard Pickersgill, Chair of the Authority"),
            ("Status", "Open; key decision; the precept must be set by 1 March 2025"),
        ), layout="lines"),
        Heading("1. Summary"),
        Para("The Authority is asked to approve a net revenue budget for 2025/26 of £62.8 million, compared with £60.95 "
             "million in 2024/25, and a council tax precept of £91.47 for a Band D property. This is an increase of £5.00, "
             "or 5.8 per cent, on the 2024/25 Band D charge of £86.47, which the referendum principles allow for fire "
             "authorities this year."),
        Para("The budget for 2025/26 is balanced, but the plan forecasts a gap of £1.9 million in 2026/27 rising to £4.6 "
             "million by 2028/29. Savings proposals HSF-S01 to HSF-S05 would save £1.87 million, leaving £2.73 million of "
             "the 2028/29 gap still to find."),
        Heading("2. Recommendations"),
        Bullets(("approve the net revenue budget for 2025/26 of £62.8 million;",
                 "approve a Band D precept of £91.47 on a tax base of 425,823 Band D equivalent properties;",
                 "approve the capital programme for 2025/26 of £7.9 million;",
                 "note the savings proposals HSF-S01 to HSF-S05, each of which will come back to the Authority for "
                 "decision after consultation;",
                 "maintain the general reserve at £3.2 million."), marker="a"),
        Heading("3. Revenue budget 2025/26"),
        Table(("Budget line", "2025/26 £000"), tuple((r[0], r[1]) for r in SPEND), widths=(0.7, 0.3),
              caption="Table 1: Net revenue budget 2025/26"),
        Table(("Funding", "2025/26 £000"), (
            ("Council tax precept", "38,950"),
            ("Business rates (local share)", "6,480"),
            ("Business rates top-up grant", "9,560"),
            ("Revenue Support Grant", "4,910"),
            ("Services grant and other grants", "2,900"),
            ("Total funding", "62,800"),
        ), widths=(0.7, 0.3), caption="Table 2: Funding 2025/26"),
        Heading("4. The medium-term position"),
        Para("Pay awards of 3 per cent a year, higher employer pension contributions and the rising cost of the new "
             "breathing apparatus contract push spending up faster than funding. The forecast gap is:"),
        Table(("Year", "Net spending requirement £000", "Forecast funding £000", "Gap £000"), (
            ("2025/26", "62,800", "62,800", "0"),
            ("2026/27", "65,900", "64,000", "1,900"),
            ("2027/28", "68,100", "64,700", "3,400"),
            ("2028/29", "70,200", "65,600", "4,600"),
        ), caption="Table 3: Budget gap"),
        Heading("5. Savings proposals"),
        Table(("Ref", "Proposal", "2026/27 £000", "2027/28 £000", "2028/29 £000", "Total £000"), (
            ("HSF-S01", "Shireoaks Fire Station: move from wholetime shifts to day-crewing with on-call cover at night",
             "310", "310", "0", "620"),
            ("HSF-S02", "Reduce the aerial ladder platform fleet from four to three", "180", "0", "0", "180"),
            ("HSF-S03", "Shared fire control room with a neighbouring fire and rescue service", "0", "450", "0", "450"),
            ("HSF-S04", "Vacate and let the Harrowfell Road offices", "0", "220", "0", "220"),
            ("HSF-S05", "Review of the support services structure", "250", "150", "0", "400"),
            ("Total", "", "740", "1,130", "0", "1,870"),
        ), caption="Table 4: Savings proposals"),
        Heading("6. Reserves"),
        Para("The general reserve stood at £3.2 million on 31 March 2025, 5.1 per cent of the net budget, within the "
             "Authority's policy range of 5 to 7 per cent. Earmarked reserves total £9.6 million."),
        Table(("Reserve", "31 March 2025 £000", "Forecast 31 March 2026 £000"), (
            ("General reserve", "3,200", "3,200"),
            ("Capital funding reserve", "4,100", "2,600"),
            ("Pensions reserve", "1,300", "1,300"),
            ("Emergency Services Network reserve", "1,500", "1,500"),
            ("Transformation reserve", "2,700", "2,100"),
        ), caption="Table 5: Reserves"),
        Heading("7. Capital programme"),
        Para("The capital programme for 2025/26 is £7.9 million. The largest scheme is the rebuild of Ketterby Fire Station "
             "at £4.6 million; the rest replaces two fire engines, a water rescue unit and ICT equipment."),
        Heading("8. Robustness statement"),
        Para("The Treasurer considers the estimates robust and the reserves adequate, provided the Authority agrees savings "
             "to close the gap from 2026/27."),
    )
    return Doc("harrowfell-skelmoor-fra-mtfp-2025-26-to-2028-29.docx", blocks, "hsfra-mtfp-docx",
               meta_title="MTFP 2025/26 to 2028/29", author="Helen Stainsby")


def mtfp_2026() -> Doc:
    """The plan a year later (PDF): new Treasurer, HSF-S02 withdrawn, new savings; the savings table runs over a page."""
    savings = (
        ("HSF-S01", "Shireoaks Fire Station: day-crewing with on-call cover at night (approved 25 September 2025)",
         "310", "310", "0", "620", "On track: starts 1 April 2026"),
        ("HSF-S02", "Reduce the aerial ladder platform fleet from four to three", "0", "0", "0", "0",
         "Withdrawn after the high-rise risk review"),
        ("HSF-S03", "Shared fire control room with a neighbouring fire and rescue service", "0", "450", "0", "450",
         "At risk: partner's decision due June 2026"),
        ("HSF-S04", "Vacate and let the Harrowfell Road offices", "0", "220", "0", "220", "On track: tenant found"),
        ("HSF-S05", "Review of the support services structure", "250", "150", "0", "400", "2026/27 element achieved"),
        ("HSF-S06", "Extend the fire engine replacement cycle from 15 to 18 years", "0", "140", "0", "140", "New"),
        ("HSF-S07", "Online home fire safety checks for lower-risk households", "0", "90", "60", "150", "New"),
        ("HSF-S08", "Solar panels and battery storage at six fire stations", "0", "40", "80", "120", "New"),
        ("Total", "", "560", "1,400", "140", "2,100", ""),
    )
    blocks = (
        Council(AUTHORITY.upper()),
        Title("Medium-Term Financial Plan 2026/27 to 2029/30 and Revenue Budget 2026/27"),
        Subtitle("Fire Authority, 19 February 2026. Report of the Treasurer, Owen Bairstow."),
        Para(FICTION, small=True),
        Heading("1. Summary"),
        Para("The Authority is asked to approve a net revenue budget for 2026/27 of £65.3 million and a Band D precept of "
             "£96.47, an increase of £5.00 or 5.5 per cent. The 2026/27 budget is balanced after savings of £0.56 million "
             "and a one-off contribution of £0.6 million from the transformation reserve."),
        Para("Owen Bairstow became Treasurer to the Authority on 1 October 2025, following the retirement of Helen "
             "Stainsby. The forecast gap now rises to £4.4 million by 2029/30. The eight savings proposals total £2.1 "
             "million, leaving a remaining gap of £2.3 million in 2029/30."),
        Heading("2. Revenue budget 2026/27"),
        Table(SPEND_HEADER, SPEND, widths=(0.6, 0.2, 0.2), caption="Table 1: Net revenue budget"),
        Para("The rise in wholetime firefighter costs reflects the 2025 pay award of 3.2 per cent and the higher employer "
             "contribution to the Firefighters' Pension Scheme. Support staff costs fall with the first stage of HSF-S05."),
        Heading("3. The medium-term position"),
        Table(("Year", "Net spending requirement £000", "Forecast funding £000", "Gap £000"), (
            ("2026/27", "65,300", "65,300", "0"),
            ("2027/28", "67,800", "65,900", "1,900"),
            ("2028/29", "69,900", "66,700", "3,200"),
            ("2029/30", "71,800", "67,400", "4,400"),
        ), caption="Table 2: Budget gap"),
        Heading("4. Reserves"),
        Para("The general reserve will be raised to £3.3 million on 31 March 2026, keeping it at 5.1 per cent of the net "
             "budget. The transformation reserve falls to £1.5 million after the contribution to the 2026/27 budget."),
        Heading("5. Capital programme"),
        Para("The capital programme for 2026/27 is £9.4 million, including £3.9 million to complete the Ketterby Fire "
             "Station rebuild, which is now due to open in January 2027, and £1.2 million for on-call station improvements "
             "at Shireoaks."),
        Heading("6. Risks to the plan"),
        Bullets(("A pay award above the 3 per cent assumed: each further 1 per cent costs about £420,000 a year.",
                 "The fire control partner does not proceed, so HSF-S03's £450,000 is not achieved.",
                 "Grant settlements after 2026/27 are not yet known; the plan assumes cash-flat grant.")),
        Space(200),
        Heading("7. Progress on savings"),
        Para("Last year's plan proposed savings HSF-S01 to HSF-S05. The Authority approved day-crewing at Shireoaks on 25 "
             "September 2025. HSF-S02 has been withdrawn: the review of high-rise risk in Harrowfell town centre found that "
             "a fourth aerial ladder platform is still needed. Three new proposals, HSF-S06 to HSF-S08, are added."),
        Para("Table 3: Savings proposals and status"),
        Table(("Ref", "Proposal", "2026/27 £000", "2027/28 £000", "2028/29 £000", "Total £000", "Status"), savings,
              widths=(0.1, 0.34, 0.1, 0.1, 0.1, 0.09, 0.17), font_size=8.5),
        Heading("8. Recommendations"),
        Bullets(("approve the net revenue budget for 2026/27 of £65.3 million;",
                 "approve a Band D precept of £96.47;",
                 "approve the capital programme for 2026/27 of £9.4 million;",
                 "approve the withdrawal of HSF-S02 and note new proposals HSF-S06 to HSF-S08."), marker="a"),
        Para("Contact: Owen Bairstow, Treasurer to the Authority, 01632 961150.", small=True),
    )
    return Doc("harrowfell-skelmoor-fra-mtfp-2026-27-to-2029-30.pdf", blocks, "hsfra-mtfp",
               meta_title="MTFP 2026/27 to 2029/30", author="Owen Bairstow", footer="HSFRA Medium-Term Financial Plan 2026")


def shireoaks_report() -> Doc:
    """Authority report with front-sheet labels in a left margin column (capitals, no grid)."""
    blocks = (
        Council(AUTHORITY),
        Title("Shireoaks Fire Station: change of duty system"),
        Subtitle("Fire Authority, 25 September 2025, agenda item 8"),
        Para(FICTION, small=True),
        FrontSheet((
            ("Report of", "Joanne Hardcastle, Chief Fire Officer"),
            ("Lead Authority Member", "Cllr Patricia Soulby, Lead Member for Service Delivery"),
            ("Decision type", "Key decision of the Authority"),
            ("Purpose", "To seek approval to change the duty system at Shireoaks Fire Station from wholetime shifts to "
                        "day-crewing, with on-call cover at night, from 1 April 2026."),
            ("Recommendation", lines("That the Authority:",
                                     "(a) approves day-crewing at Shireoaks Fire Station from 1 April 2026;",
                                     "(b) approves one-off investment of £385,000 in on-call recruitment and station "
                                     "accommodation;",
                                     "(c) notes the saving of £620,000 a year by 2027/28 (proposal HSF-S01).")),
            ("Implications considered", "Financial; Legal; Equality; Health and safety; Workforce; Environmental"),
            ("Reason for exemption", "None: this is an open report"),
            ("Contact officer", lines("Area Manager Tom Varley, Head of Response", "01632 961204",
                                      "tom.varley@harrowfell-skelmoor-fire.gov.uk")),
            ("Background papers", "Community Risk Management Plan 2024-2028; Shireoaks consultation report, September 2025"),
        ), layout="margin"),
        Heading("1. Background"),
        Para("Shireoaks Fire Station crews one fire engine with wholetime firefighters 24 hours a day on a four-watch "
             "system, with 28 wholetime posts, and a second fire engine with on-call firefighters. Demand at night is low: "
             "between 20:00 and 08:00 the station attended an average of 1.1 incidents a night in 2024/25."),
        Para("The Community Risk Management Plan 2024-2028 committed the Authority to match crewing to risk. Proposal "
             "HSF-S01 in the Medium-Term Financial Plan 2025/26 to 2028/29 set out a saving from day-crewing at Shireoaks."),
        Heading("2. The proposal"),
        Para("From 1 April 2026 the first fire engine would be crewed by 14 wholetime firefighters from 08:00 to 20:00, and "
             "at night by on-call firefighters who live or work within five minutes of the station. The reduction of 14 "
             "wholetime posts would be made through retirements and transfers to other stations, with no compulsory "
             "redundancies."),
        Heading("3. Options considered"),
        Table(("Option", "Annual saving", "Assessment"), (
            ("1. Keep the current wholetime duty system", "£0", "Rejected: does not help close the budget gap"),
            ("2. Day-crewing with on-call cover at night", "£620,000", "Recommended"),
            ("3. Remove the second (on-call) fire engine only", "£95,000", "Rejected: small saving and loss of resilience"),
        ), widths=(0.45, 0.17, 0.38)),
        Heading("4. Consultation"),
        Para("Public consultation ran for 12 weeks, from 2 June to 25 August 2025, and received 1,146 responses. 62 per cent "
             "of respondents opposed the change; the main concern was night-time response times. The Fire Brigades Union "
             "opposed the proposal."),
        Heading("5. Effect on response times"),
        Para("Modelling shows the average night-time response time in the Shireoaks station area would rise from 7 minutes "
             "50 seconds to an estimated 9 minutes 35 seconds, within the Authority's 10-minute response standard for "
             "dwelling fires."),
        Heading("6. Risks"),
        Bullets(("On-call recruitment: 12 new on-call firefighters are needed by March 2026; a recruitment campaign "
                 "starts in October 2025.",
                 "Staff morale and industrial relations: weekly meetings with representative bodies.",
                 "Daytime demand grows with new housing at Shireoaks Fields: crewing will be reviewed in 2028.")),
        Heading("7. Financial implications"),
        Para("The change saves £620,000 a year when complete: £310,000 in 2026/27 and a further £310,000 in 2027/28. The "
             "one-off cost of £385,000 will be met from the transformation reserve."),
    )
    return Doc("harrowfell-skelmoor-fra-2025-09-25-shireoaks-duty-system.pdf", blocks, "hsfra-report",
               meta_title="Shireoaks Fire Station: change of duty system", author="Joanne Hardcastle",
               footer="Fire Authority 25 September 2025")


def performance_q2() -> Doc:
    """Quarterly performance report (HTML): arrows for direction of travel and a Blue/Green/Amber/Red action key."""
    blocks = (
        Council(AUTHORITY),
        Title("Performance and Progress Report: Quarter 2 2025/26"),
        Subtitle("1 July to 30 September 2025. Fire Authority, 27 November 2025."),
        Para(FICTION, small=True),
        FrontSheet((
            ("Report of", "Marcus Featherstone, Deputy Chief Fire Officer"),
            ("Author", "Kirsty Mellor, Head of Performance and Planning (01632 961180)"),
            ("Purpose", "To report performance against the Authority's key measures and progress on the Community Risk "
                        "Management Plan actions"),
        ), layout="dl"),
        Heading("1. Key performance measures"),
        Para("Direction of travel compares the quarter with the same quarter last year: \u2191 improving, \u2192 no "
             "significant change, \u2193 worsening."),
        Table(("Measure", "Target", "Q2 2025/26", "Q2 2024/25", "Direction", "Status"), (
            ("Average response time to dwelling fires", "8 min 30 s", "8 min 12 s", "8 min 41 s", "\u2191", "Green"),
            ("Accidental dwelling fires (year to date)", "210 or fewer", "224", "205", "\u2193", "Red"),
            ("Home fire safety visits (year to date)", "6,500", "7,118", "6,240", "\u2191", "Green"),
            ("On-call fire engine availability", "85%", "71.4%", "76.9%", "\u2193", "Red"),
            ("Fire safety audits of high-risk premises (year to date)", "600", "548", "552", "\u2192", "Amber"),
            ("Working days lost to sickness per employee (year to date)", "3.5", "4.1", "3.6", "\u2193", "Amber"),
        ), caption="Table 1: Key measures"),
        Para("Accidental dwelling fires rose most in the Brackenthwaite and Ketterby station areas; 40 per cent started in "
             "kitchens. On-call availability fell because of recruitment gaps at six on-call stations. An on-call recovery "
             "plan led by Area Manager Tom Varley was agreed in September 2025."),
        Heading("2. Community Risk Management Plan actions"),
        Para("Key: Blue = complete; Green = on track; Amber = behind schedule; Red = will miss its deadline."),
        Table(("Ref", "Action", "Deadline", "Status", "Commentary"), (
            ("CRMP-01", "Day-crewing at Shireoaks Fire Station", "April 2026", "Green",
             "Approved by the Authority on 25 September 2025"),
            ("CRMP-02", "Replace breathing apparatus across the service", "September 2025", "Blue", "Completed in August 2025"),
            ("CRMP-03", "Shared fire control room with a neighbouring service", "April 2027", "Amber",
             "Behind schedule: partner's business case delayed"),
            ("CRMP-04", "Rebuild Ketterby Fire Station", "September 2026", "Red",
             "Contractor insolvency in July 2025; new opening date January 2027"),
            ("CRMP-05", "Two wildfire response units for the Skelmoor uplands", "March 2026", "Green",
             "Vehicles ordered"),
            ("CRMP-06", "Safe and Well visits with the NHS for people over 65", "June 2025", "Blue",
             "Launched 2 June 2025"),
        ), widths=(0.1, 0.32, 0.14, 0.1, 0.34), caption="Table 2: CRMP action status"),
        Heading("3. Finance"),
        Table(("Budget line", "Budget £000", "Forecast outturn £000", "Variance £000"), (
            ("Revenue: net budget", "62,800", "63,350", "550 over"),
            ("Capital programme", "7,900", "6,300", "1,600 slippage"),
        ), caption="Table 3: Budget position at 30 September 2025"),
        Para("The revenue overspend of £550,000 is mainly on-call pay for detached duties covering crewing gaps. Capital "
             "slippage is on the Ketterby Fire Station rebuild."),
    )
    return Doc("harrowfell-skelmoor-fra-performance-2025-26-q2.html", blocks, "hsfra-web",
               meta_title="HSFRA Performance and Progress Report Q2 2025/26", footer=f"{AUTHORITY} - Performance and Planning")


def docs() -> list[Doc]:
    """The Authority's documents."""
    return [mtfp_2025(), mtfp_2026(), shireoaks_report(), performance_q2()]
