"""Halbeck Metropolitan Borough Council (fictional): budget reports for two years, risk register, internal audit opinion."""

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

COUNCIL = "Halbeck Metropolitan Borough Council"


def budget_2025() -> Doc:
    """Budget report to Budget Council, February 2025 (DOCX, 'Label: value' front lines)."""
    blocks = (
        Council(COUNCIL),
        Title("Revenue Budget 2025/26 and Medium Term Financial Plan 2025/26 to 2027/28"),
        FrontSheet((
            ("Meeting", "Budget Council"),
            ("Date of meeting", "26 February 2025"),
            ("Report of", "Gareth Mullins, Director of Finance and Section 151 Officer"),
            ("Portfolio", "Resources and Transformation"),
            ("Lead member", "Councillor Shabana Rafiq, Deputy Leader and Cabinet Member for Resources"),
            ("Key decision", "Yes - part of the budget and policy framework"),
            ("Wards", "All wards"),
            ("Previously considered by", "Cabinet, 12 February 2025; Corporate Scrutiny Panel, 5 February 2025"),
            ("Contact", "Helen Ostrowski, Head of Strategic Finance, helen.ostrowski@halbeck.gov.uk, 01632 960 441"),
        ), layout="lines"),
        Heading("1. Recommendations"),
        Para("Council is recommended to:"),
        Bullets((
            "approve a net revenue budget of £312.4 million for 2025/26;",
            "approve an increase in Halbeck's council tax of 4.99 per cent, of which 2 per cent is the adult social care "
            "precept, giving a Band D charge of £1,987.42 before parish and fire and police precepts;",
            "approve the savings proposals in Appendix 2, totalling £11.8 million over three years;",
            "note that the General Fund balance will be held at £14.2 million, the minimum level advised by the Section 151 "
            "Officer.",
        ), marker="a"),
        Heading("2. The budget position"),
        Para("The net revenue budget rises by £16.98 million, mainly because of demand and price pressures in adult social "
             "care and children's placements. After the savings in Appendix 2, the medium term financial plan still shows a "
             "budget gap of £7.9 million in 2026/27 and £12.3 million in 2027/28."),
        Heading("3. Revenue budget by service (£000)"),
        Table(("Service", "2024/25 budget", "2025/26 budget", "Change"), (
            ("Adult Social Care", "98,450", "106,210", "7,760"),
            ("Children's Services", "71,300", "76,940", "5,640"),
            ("Environment and Highways", "34,120", "35,060", "940"),
            ("Housing and Regeneration", "12,870", "13,420", "550"),
            ("Public Health", "21,600", "21,600", "0"),
            ("Resources and Central Services", "29,880", "28,910", "-970"),
            ("Corporate and Capital Financing", "27,200", "30,260", "3,060"),
            ("Net revenue budget", "295,420", "312,400", "16,980"),
        ), widths=(0.46, 0.18, 0.18, 0.18)),
        Heading("4. Savings proposals (Appendix 2, £000)"),
        Table(("Ref", "Proposal", "2025/26", "2026/27", "2027/28", "Total"), (
            ("SAV-01", "Review of home care commissioning", "1,200", "1,500", "800", "3,500"),
            ("SAV-02", "Reduce use of agency social workers", "900", "600", "300", "1,800"),
            ("SAV-03", "Move to fortnightly residual waste collection", "0", "1,400", "300", "1,700"),
            ("SAV-04", "Close two customer service centres", "450", "350", "0", "800"),
            ("SAV-05", "Street lighting LED conversion", "600", "400", "0", "1,000"),
            ("SAV-06", "Digital transformation of back office services", "1,000", "1,200", "800", "3,000"),
            ("Total", "", "4,150", "5,450", "2,200", "11,800"),
        ), widths=(0.1, 0.42, 0.12, 0.12, 0.12, 0.12)),
        Para("SAV-03 is subject to public consultation between March and May 2025 before a final decision by Cabinet."),
        Heading("5. Reserves"),
        Table(("Reserve", "Balance at 1 April 2025 (£m)", "Forecast at 31 March 2026 (£m)"), (
            ("General Fund balance", "14.2", "14.2"),
            ("Budget resilience reserve", "9.6", "6.1"),
            ("Insurance reserve", "4.3", "4.3"),
            ("Transformation reserve", "5.0", "2.8"),
        ), widths=(0.5, 0.25, 0.25)),
        Para("£3.5 million of the budget resilience reserve is used to balance the 2025/26 budget. The Section 151 Officer "
             "advises that this cannot be repeated beyond 2026/27."),
        Heading("6. Robustness of the estimates"),
        Para("The Section 151 Officer considers the estimates robust and the reserves adequate, provided the savings in "
             "Appendix 2 are delivered in full and on time."),
        Para(FICTION),
    )
    return Doc("halbeck-budget-report-2025-26.docx", blocks, "halbeck-budget",
               meta_title="Revenue Budget 2025/26", author="Halbeck MBC Finance")


def budget_2026() -> Doc:
    """The same budget report a year later, as plain text."""
    blocks = (
        Council(COUNCIL),
        Title("Revenue Budget 2026/27 and Medium Term Financial Plan 2026/27 to 2028/29"),
        FrontSheet((
            ("Meeting", "Budget Council"),
            ("Date of meeting", "25 February 2026"),
            ("Report of", "Naomi Vandersteen, Director of Finance and Section 151 Officer"),
            ("Portfolio", "Resources and Transformation"),
            ("Lead member", "Councillor Shabana Rafiq, Deputy Leader and Cabinet Member for Resources"),
            ("Key decision", "Yes - part of the budget and policy framework"),
            ("Wards", "All wards"),
            ("Contact", "Helen Ostrowski, Head of Strategic Finance, 01632 960 441"),
        )),
        Heading("1. Recommendations"),
        Bullets((
            "approve a net revenue budget of £331.7 million for 2026/27;",
            "approve an increase in Halbeck's council tax of 4.99 per cent, giving a Band D charge of £2,086.59;",
            "approve new savings proposals totalling £9.2 million over three years;",
            "note that savings proposal SAV-03 (fortnightly residual waste collection) agreed in principle last year has "
            "been withdrawn following consultation;",
            "increase the General Fund balance to £15.0 million.",
        ), marker="a"),
        Heading("2. The budget position"),
        Para("The net revenue budget rises by £19.3 million. Withdrawing SAV-03 removes £1.7 million of planned savings, which "
             "is replaced by SAV-10. The remaining budget gap is £10.6 million in 2027/28 and £14.1 million in 2028/29."),
        Heading("3. Revenue budget by service (£000)"),
        Table(("Service", "2025/26 budget", "2026/27 budget", "Change"), (
            ("Adult Social Care", "106,210", "113,870", "7,660"),
            ("Children's Services", "76,940", "81,350", "4,410"),
            ("Environment and Highways", "35,060", "36,480", "1,420"),
            ("Housing and Regeneration", "13,420", "15,060", "1,640"),
            ("Public Health", "21,600", "22,050", "450"),
            ("Resources and Central Services", "28,910", "28,140", "-770"),
            ("Corporate and Capital Financing", "30,260", "34,750", "4,490"),
            ("Net revenue budget", "312,400", "331,700", "19,300"),
        )),
        Heading("4. New savings proposals (£000)"),
        Table(("Ref", "Proposal", "2026/27", "2027/28", "2028/29", "Total"), (
            ("SAV-07", "Extra care housing in place of residential placements", "1,600", "1,400", "600", "3,600"),
            ("SAV-08", "Shared legal service with a neighbouring council", "500", "300", "0", "800"),
            ("SAV-09", "Parking charges at district parks", "700", "200", "0", "900"),
            ("SAV-10", "Review of SEND home to school transport", "1,100", "1,300", "500", "2,900"),
            ("SAV-11", "Consolidate office accommodation into the Civic Centre", "400", "600", "0", "1,000"),
            ("Total new savings", "", "4,300", "3,800", "1,100", "9,200"),
        )),
        Heading("5. Reserves"),
        Table(("Reserve", "Balance at 1 April 2026 (£m)", "Forecast at 31 March 2027 (£m)"), (
            ("General Fund balance", "14.2", "15.0"),
            ("Budget resilience reserve", "6.1", "4.0"),
            ("Insurance reserve", "4.3", "4.5"),
            ("Transformation reserve", "2.8", "1.5"),
        )),
        Para("No reserves are used to balance the 2026/27 budget. The budget resilience reserve falls to £4.0 million "
             "because £2.1 million is set aside for the pay award."),
        Heading("6. Robustness of the estimates"),
        Para("The Section 151 Officer considers the estimates robust. The main risk is demand for SEND transport, which "
             "rose by 14 per cent in 2025/26."),
        Para(FICTION),
    )
    return Doc("halbeck-budget-report-2026-27.txt", blocks, "halbeck-txt")


def risk_register() -> Doc:
    """Corporate risk register (landscape PDF) with likelihood x impact scores and trends."""
    blocks = (
        Council(COUNCIL),
        Title("Corporate Risk Register: Quarter 3 2025/26"),
        Subtitle("Audit and Governance Committee, 22 January 2026. Position as at 31 December 2025."),
        Heading("1. How risks are scored"),
        Para("Each risk is scored for likelihood (1 rare to 5 almost certain) and impact (1 minimal to 5 severe). The score "
             "is likelihood multiplied by impact. Scores of 15 to 25 are High (red), 8 to 12 are Medium (amber) and 1 to 6 "
             "are Low (green). The target score is the score expected once planned actions are complete."),
        Heading("2. Changes this quarter"),
        Bullets((
            "New risk CR09, loss of the Household Support Fund grant, has been added.",
            "Risk CR02, children's social care placements, has risen from 16 to 20.",
            "Risk CR10, pay award above the budgeted 3 per cent, has been closed after the pay award was settled at 3.2 "
            "per cent and funded from the pay contingency.",
        )),
        Heading("3. The register", keep=False),
        Table(("Ref", "Risk", "Risk owner", "L", "I", "Score", "Target", "Trend", "Key controls and actions"), (
            ("CR01", "Failure to set a balanced budget for 2026/27", "Director of Finance", "3", "5", "15", "10", "Stable",
             "Savings tracker reviewed monthly by the Corporate Leadership Team"),
            ("CR02", "Rising demand for children's social care placements", "Director of Children's Services", "4", "5",
             "20", "12", "Increasing", "Fostering recruitment campaign; two new council children's homes"),
            ("CR03", "Cyber attack disrupting council systems", "Chief Digital Officer", "3", "5", "15", "10", "Stable",
             "Immutable backups; phishing training for all staff"),
            ("CR04", "Failure of a major home care provider", "Director of Adult Social Care", "3", "4", "12", "8",
             "Decreasing", "Provider financial monitoring; contingency contract"),
            ("CR05", "Recruitment and retention of social workers", "Director of People", "4", "3", "12", "9", "Stable",
             "Market supplement; social work academy"),
            ("CR06", "Flooding along the Halbeck Brook corridor", "Director of Environment", "2", "5", "10", "5", "Stable",
             "Flood alleviation scheme at Beckside due 2027"),
            ("CR07", "Delivery of the Halbeck Town Centre Masterplan", "Director of Regeneration", "3", "4", "12", "8",
             "Increasing", "Developer partner procurement; gateway reviews"),
            ("CR08", "Non-compliance with building safety regulations in council housing", "Director of Housing", "2", "4",
             "8", "4", "Decreasing", "Fire risk assessments complete for all high-rise blocks"),
            ("CR09", "Loss of the Household Support Fund grant", "Director of Communities", "4", "3", "12", "6", "New",
             "Exit plan for the local welfare scheme"),
        ), widths=(0.05, 0.2, 0.14, 0.03, 0.03, 0.05, 0.06, 0.08, 0.36), rag_col=-1),
        Heading("4. Risks above appetite"),
        Para("The council's risk appetite is a current score of 12 or below. Three risks are above appetite: CR01, CR02 and "
             "CR03. The Director of Children's Services will attend the next meeting to explain the actions on CR02."),
        Heading("5. Contact"),
        Para("Yusuf Baptiste, Corporate Risk and Resilience Manager, yusuf.baptiste@halbeck.gov.uk."),
        Para(FICTION, small=True),
    )
    return Doc("halbeck-corporate-risk-register-2025-26-q3.pdf", blocks, "halbeck-register",
               meta_title="Corporate Risk Register Q3 2025/26", author="Halbeck MBC", footer="Halbeck MBC - Corporate Risk Register",
               landscape=True)


def audit_opinion() -> Doc:
    """Head of Internal Audit annual report and opinion (DOCX, two-column front-sheet table)."""
    blocks = (
        Council(COUNCIL),
        Title("Head of Internal Audit Annual Report and Opinion 2024/25"),
        Subtitle("Audit and Governance Committee, 17 July 2025"),
        FrontSheet((
            ("Report author", "Corinne Delacroix, Head of Internal Audit"),
            ("Responsible director", "Gareth Mullins, Director of Finance and Section 151 Officer"),
            ("Purpose", "For information and comment"),
            ("Public or private", "Public"),
            ("Appendices", lines("1. Audits completed in 2024/25", "2. Limited and no assurance reports")),
            ("Contact", "corinne.delacroix@halbeck.gov.uk, 01632 960 118"),
        )),
        Heading("1. Opinion"),
        Para("On the basis of the work done in 2024/25, the Head of Internal Audit gives an overall opinion of Reasonable "
             "assurance on the council's framework of governance, risk management and internal control. Weaknesses were "
             "found in three areas, set out in section 4, which the council should address in 2025/26."),
        Heading("2. Delivery of the audit plan"),
        Para("38 of the 42 audits in the 2024/25 plan were completed (90 per cent), against a target of 90 per cent. Four "
             "audits were deferred to 2025/26, including the audit of the Halbeck Town Centre Masterplan."),
        Heading("3. Audits completed"),
        Table(("Audit", "Assurance", "Priority 1 recommendations"), (
            ("Payroll", "Substantial", "0"),
            ("Direct payments", "Limited", "3"),
            ("Schools financial value standard", "Reasonable", "0"),
            ("Cyber security", "Limited", "2"),
            ("Council tax and business rates", "Substantial", "0"),
            ("Fleet management", "No assurance", "4"),
            ("Purchasing cards", "Reasonable", "1"),
            ("Section 106 agreements", "Reasonable", "0"),
        )),
        Heading("4. Significant control weaknesses"),
        Bullets((
            "Fleet management: no reliable record of vehicle mileage or fuel use, and 11 pool cars could not be located.",
            "Direct payments: 27 per cent of sampled accounts had not been reviewed within 12 months.",
            "Cyber security: administrator accounts without multi-factor authentication.",
        )),
        Heading("5. Follow-up of agreed actions"),
        Para("82 per cent of agreed actions due in the year were implemented by their due date, against a target of 90 per "
             "cent. Fleet management will be audited again in quarter 3 of 2025/26."),
        Heading("6. Counter fraud"),
        Para("The team investigated 46 cases of suspected fraud, including 19 blue badge misuse cases, and recovered "
             "£212,000."),
        Heading("7. Conformance with standards"),
        Para("An external quality assessment in March 2025 found that internal audit generally conforms to the Public Sector "
             "Internal Audit Standards."),
        Para(FICTION),
    )
    return Doc("halbeck-internal-audit-annual-report-2024-25.docx", blocks, "halbeck-audit",
               meta_title="Head of Internal Audit Annual Report 2024/25", author="Halbeck MBC Internal Audit")


def docs() -> list[Doc]:
    """Halbeck's four papers."""
    return [budget_2025(), budget_2026(), risk_register(), audit_opinion()]
