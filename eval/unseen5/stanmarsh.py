"""Stanmarsh District Council's Audit and Governance Committee: risk register, internal audit opinion, tracker, AGS."""

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

COUNCIL = "Stanmarsh District Council"
COMMITTEE = "Audit and Governance Committee"
MEETING = "22 July 2025"

# (ref, risk, owner, inherent, likelihood, impact, current score, trend, target, key controls and further actions)
RISKS = (
    ("SR01", "Medium-term financial sustainability: the council cannot close the funding gap of £2.9 million forecast "
     "for 2027/28", "Marcus Tillotson, Director of Resources", "25", "4", "5", "20", "Unchanged", "12",
     "Medium Term Financial Strategy savings programme; reserves strategy; fees and charges review"),
    ("SR02", "Cyber attack causes the loss of systems or data", "Lewis Bracegirdle, Head of ICT and Digital", "25",
     "4", "4", "16", "Increased", "9", "Multi-factor authentication; immutable backups; Cyber Assessment Framework "
     "self-assessment by December 2025"),
    ("SR03", "Demand for temporary accommodation exceeds the budget", "Carla Yeadon, Head of Housing", "20", "4", "4",
     "16", "Increased", "8", "Purchase of 24 homes for temporary use; homelessness prevention fund; nightly rate "
     "agreements with providers"),
    ("SR04", "Procurement and contract management do not comply with the rules or the Procurement Act 2023",
     "Marcus Tillotson, Director of Resources", "16", "3", "4", "12", "Increased", "6",
     "Contract register; training for all budget holders; waivers reported to this Committee"),
    ("SR05", "The Local Plan is not adopted on time, leading to speculative development",
     "Owen Trevaskis, Director of Place", "20", "3", "4", "12", "Unchanged", "8",
     "Examination hearings scheduled for October 2025; programme officer appointed"),
    ("SR06", "The council cannot recruit or keep staff in key professional roles", "Janet Winstanley, Head of People",
     "16", "3", "3", "9", "Reduced", "6", "Market supplements for planners and surveyors; apprenticeships"),
    ("SR07", "The waste collection contractor fails financially", "Owen Trevaskis, Director of Place", "20", "2", "5",
     "10", "Unchanged", "8", "Quarterly financial checks; step-in plan tested in March 2025"),
    ("SR08", "Flooding disrupts council services and communities in Kelderby and Wraxby Road",
     "Owen Trevaskis, Director of Place", "15", "3", "4", "12", "Unchanged", "8",
     "Multi-agency flood plan; sandbag stores; Environment Agency warning service"),
    ("SR09", "Local government reorganisation disrupts services and decision-making",
     "Philippa Dorrington, Chief Executive", "20", "5", "3", "15", "New", "10",
     "Reorganisation programme board; staff briefings; a protocol on decisions with long-term effects"),
    ("SR10", "A serious health and safety failure at council premises or leisure sites",
     "Gemma Nuttall, Health and Safety Manager", "15", "2", "5", "10", "Reduced", "5",
     "Fire risk assessments up to date; contractor induction"),
    ("SR11", "The Estbourne regeneration scheme overruns its £18.6 million budget", "Owen Trevaskis, Director of Place",
     "20", "3", "4", "12", "Unchanged", "8", "Fixed-price contract for phase A; monthly project board"),
    ("SR12", "A serious information governance breach", "Hannah Corless, Monitoring Officer", "12", "2", "3", "6",
     "Reduced", "4", "Data protection training completion 97%; breach log reviewed monthly"),
)


def risk_register() -> Doc:
    """PDF strategic risk register report: likelihood x impact scores, risk owners, trends."""
    header = ("Ref", "Risk", "Risk owner", "Inherent score", "L", "I", "Current score", "Trend",
              "Target score", "Key controls and further action")
    blocks = (
        Council(COUNCIL),
        Title("Strategic Risk Register: Quarter 1 2025/26"),
        FrontSheet((
            ("Report to", f"{COMMITTEE}, {MEETING}"),
            ("Report of", "Director of Resources (Section 151 Officer)"),
            ("Portfolio Holder", "Councillor Amira Oyediran, Portfolio Holder for Finance and Governance"),
            ("Report author", lines("Eleanor Pargeter, Risk and Insurance Officer", "01632 961 240",
                                    "eleanor.pargeter@stanmarsh.example")),
            ("Exempt information", "None"),
            ("Recommendation", "That the Committee notes the strategic risk register and the changes since March 2025, "
                               "and considers whether any risk should be referred to Cabinet."),
        ), layout="grid"),
        Para(FICTION),
        Heading("1. Introduction"),
        Para("The Committee reviews the strategic risk register each quarter under the Risk Management Strategy agreed "
             "in 2023. The register was reviewed by the Corporate Leadership Team on 1 July 2025. This report shows the "
             "position at 30 June 2025."),
        Heading("2. How risks are scored"),
        Para("Each risk is scored for likelihood from 1 (rare) to 5 (almost certain) and for impact from 1 (minimal) to "
             "5 (critical). The score is likelihood multiplied by impact. Scores of 15 to 25 are red (high), 8 to 12 "
             "amber (medium) and 1 to 6 green (low). The inherent score is the score before any controls; the target "
             "score is where the owner expects the risk to be by March 2026 once further actions are complete. In the "
             "register L is the likelihood and I the impact. The "
             "council's risk appetite is low for health and safety, legal compliance and information, and moderate "
             "for regeneration and commercial activity."),
        Heading("3. Summary of changes since March 2025"),
        Bullets((
            "SR09 Local government reorganisation is a new risk, scored 15 (red), following the invitation from the "
            "government to submit proposals for unitary councils",
            "SR02 Cyber attack has increased from 12 to 16 after attacks on two neighbouring councils",
            "SR03 Temporary accommodation has increased from 12 to 16; there were 118 households in temporary "
            "accommodation at 30 June 2025, against 74 a year earlier",
            "SR04 Procurement has increased from 8 to 12 after the internal audit gave limited assurance",
            "SR06 Workforce has reduced from 12 to 9 as planning vacancies have been filled",
            "The former risk SR13 (recovery of the leisure operator) was closed in April 2025",
        )),
        Para("There are four red risks (SR01, SR02, SR03 and SR09), seven amber risks and one green risk."),
        Heading("4. The strategic risk register", keep=False),
        Table(header, RISKS, widths=(0.05, 0.2, 0.13, 0.065, 0.065, 0.06, 0.065, 0.08, 0.06, 0.215), font_size=7.5),
        Heading("5. Next steps"),
        Para("Risk owners will update the register for the October meeting. The Committee's chair, Councillor Neville "
             "Aldous, has asked for a deep dive into SR02 Cyber attack at that meeting, to be presented by the Head of "
             "ICT and Digital."),
    )
    return Doc("stanmarsh-agc-2025-07-22-strategic-risk-register.pdf", blocks, "stanmarsh-risk",
               meta_title="Strategic Risk Register Q1 2025/26", author=COUNCIL, footer="Strategic Risk Register",
               landscape=True)


AUDITS = (
    ("Main accounting and budgetary control", "Substantial", "0", "1", "2"),
    ("Council tax and business rates", "Substantial", "0", "0", "3"),
    ("Housing benefit and council tax reduction", "Reasonable", "0", "2", "1"),
    ("Payroll and HR", "Reasonable", "0", "3", "2"),
    ("Creditors (accounts payable)", "Reasonable", "0", "2", "2"),
    ("Procurement and contract management", "Limited", "2", "4", "1"),
    ("Disabled facilities grants", "Limited", "1", "3", "0"),
    ("Homelessness and temporary accommodation", "Limited", "1", "4", "2"),
    ("Cyber security and ICT controls", "Reasonable", "0", "3", "1"),
    ("Leisure contract management", "Reasonable", "0", "2", "0"),
    ("Planning obligations (section 106)", "Reasonable", "0", "2", "1"),
    ("Car parking income", "Substantial", "0", "0", "1"),
    ("Estbourne regeneration project governance", "Reasonable", "0", "2", "2"),
    ("Corporate health and safety", "Reasonable", "0", "1", "3"),
    ("Waste and recycling contract", "Substantial", "0", "0", "2"),
    ("Community grants", "Reasonable", "0", "1", "1"),
)


def audit_opinion() -> Doc:
    """DOCX internal audit annual report with the Head of Internal Audit's opinion and assurance per audit."""
    high = sum(int(a[2]) for a in AUDITS)
    medium = sum(int(a[3]) for a in AUDITS)
    low = sum(int(a[4]) for a in AUDITS)
    blocks = (
        Council(COUNCIL),
        Title("Internal Audit Annual Report and Opinion 2024/25"),
        FrontSheet((
            ("Report to", f"{COMMITTEE}, {MEETING}"),
            ("Report of", "Joanna Pettifer, Head of Internal Audit, Wraxby Shared Audit Service"),
            ("Contact", "joanna.pettifer@wraxby-audit.example, 01632 961 207"),
            ("Status", "Open"),
        ), layout="lines"),
        Para(FICTION),
        Heading("1. Head of Internal Audit's opinion"),
        Para("On the basis of the work completed in 2024/25, I can give reasonable assurance that Stanmarsh District "
             "Council's framework of governance, risk management and internal control is adequate and effective. "
             "However, limited assurance was given in three areas: procurement and contract management, disabled "
             "facilities grants, and homelessness and temporary accommodation. Weaknesses in procurement were also "
             "reported in 2023/24 and should be treated as a significant governance issue in the Annual Governance "
             "Statement."),
        Para("Reasonable assurance (2023/24: Reasonable assurance).", label="Overall opinion for 2024/25:"),
        Heading("2. Delivery of the audit plan"),
        Para("The plan approved by the Committee in March 2024 was for 410 days. 392 days were delivered (96%). "
             "Twenty-two audits were planned: sixteen assurance audits were completed to final report, five advisory "
             "or grant certification reviews were completed, and the audit of electoral registration was deferred to "
             "2025/26 at the request of the Electoral Services Manager because of the general election workload."),
        Heading("3. Assurance levels", 2),
        Bullets((
            "Substantial: a sound system of control with only minor weaknesses",
            "Reasonable: a generally sound system, with some weaknesses that put some objectives at risk",
            "Limited: significant weaknesses that put the system's objectives at risk",
            "No assurance: fundamental weaknesses, or a system open to error or abuse",
        )),
        Heading("4. Audits completed in 2024/25"),
        Table(("Audit", "Assurance", "High", "Medium", "Low"),
              AUDITS + (("Total", "", str(high), str(medium), str(low)),), widths=(0.5, 0.2, 0.1, 0.1, 0.1)),
        Para(f"In all, {high + medium + low} recommendations were made, {high} of them high priority. Four audits gave "
             "substantial assurance, nine reasonable assurance and three limited assurance; no audit gave no "
             "assurance."),
        Heading("5. Limited assurance audits"),
        Heading("Procurement and contract management", 2),
        Para("The contract register was incomplete: 41 contracts worth £3.2 million were not on it. Eleven waivers of "
             "contract procedure rules had been approved by budget holders without the Section 151 Officer's "
             "agreement. The two high priority recommendations are to complete the register and to control waivers."),
        Heading("Disabled facilities grants", 2),
        Para("The case management system did not reconcile to the ledger, and 9 of 25 cases tested had no evidence "
             "of a second quotation. Average time from referral to completion was 41 weeks."),
        Heading("Homelessness and temporary accommodation", 2),
        Para("Nightly rates for bed and breakfast had not been agreed in writing with four of seven providers, and "
             "£62,000 of invoices were paid without a check that the household was still in residence."),
        Heading("6. Counter fraud"),
        Para("The National Fraud Initiative produced 1,236 matches; all high-risk matches were reviewed and £48,300 "
             "was identified for recovery, mostly single person discount."),
        Heading("7. Conformance with standards"),
        Para("The service conformed with the Public Sector Internal Audit Standards in 2024/25. The Global Internal "
             "Audit Standards apply in the UK public sector from 1 April 2025, and a self-assessment against them "
             "will be reported in October 2025. The last external quality assessment, in March 2023, found that the "
             "service generally conforms. Customer satisfaction was 94% from 17 returned questionnaires."),
        Heading("8. Recommendation"),
        Para("That the Committee notes the Head of Internal Audit's opinion and takes it into account in approving "
             "the Annual Governance Statement."),
    )
    return Doc("stanmarsh-internal-audit-annual-report-2024-25.docx", blocks, "stanmarsh-audit",
               meta_title="Internal Audit Annual Report and Opinion 2024/25", author="Joanna Pettifer")


def action_tracker() -> Doc:
    """HTML tracker of internal audit recommendations with an overdue-actions table."""
    blocks = (
        Council(COUNCIL),
        Title("Internal Audit Recommendations: Progress Tracker"),
        Subtitle("Position at 30 June 2025"),
        FrontSheet((
            ("Meeting", f"{COMMITTEE}, {MEETING}"),
            ("Lead officer", "Marcus Tillotson, Director of Resources"),
            ("Author", "Joanna Pettifer, Head of Internal Audit"),
            ("Open or exempt", "Open"),
        ), layout="dl"),
        Para(FICTION),
        Heading("Summary"),
        Para("At 1 April 2025 there were 48 agreed recommendations due for implementation by 30 June 2025 or still "
             "open from earlier years. 37 have been implemented and verified, 6 are in progress and not yet due, "
             "and 5 are overdue."),
        Table(("Priority", "Total", "Implemented", "In progress, not yet due", "Overdue"), (
            ("High", "6", "3", "1", "2"),
            ("Medium", "28", "21", "4", "3"),
            ("Low", "14", "13", "1", "0"),
            ("Total", "48", "37", "6", "5"),
        )),
        Heading("Overdue recommendations"),
        Table(("Ref", "Audit", "Recommendation", "Priority", "Responsible officer", "Original date", "Revised date",
               "Comment"), (
            ("IA24-07.1", "Procurement and contract management", "Complete the contract register so that it holds "
             "every contract over £5,000", "High", "Ryan Cardwell, Head of Procurement", "31 March 2025",
             "30 September 2025", "Register is 80% complete; 9 contracts still to be added"),
            ("IA24-07.2", "Procurement and contract management", "Require every waiver of contract procedure rules to "
             "be approved by the Section 151 Officer and reported to this Committee", "High",
             "Ryan Cardwell, Head of Procurement", "31 December 2024", "31 August 2025",
             "New waiver form in use from June 2025; constitution change goes to Council in July"),
            ("IA24-11.3", "Disabled facilities grants", "Reconcile the case management system to the ledger every "
             "month", "Medium", "Carla Yeadon, Head of Housing", "31 January 2025", "31 October 2025",
             "System upgrade needed first"),
            ("IA24-12.2", "Homelessness and temporary accommodation", "Agree nightly rates in writing with every bed "
             "and breakfast provider", "Medium", "Carla Yeadon, Head of Housing", "28 February 2025",
             "30 September 2025", "Agreements signed with five of seven providers"),
            ("IA24-09.4", "Cyber security and ICT controls", "Carry out an annual restore test of backups and record "
             "the result", "Medium", "Lewis Bracegirdle, Head of ICT and Digital", "31 March 2025", "31 July 2025",
             "Test booked for 15 July 2025"),
        )),
        Para("IA24-07.2 is the longest overdue. At its meeting on 18 March 2025 the Committee asked the Head of "
             "Procurement to attend this meeting to explain the delays on both procurement recommendations."),
        Heading("Implemented since the last meeting"),
        Bullets((
            "IA24-03.2 Payroll: monthly exception report of overtime over 20 hours now reviewed by service managers",
            "IA24-05.1 Creditors: duplicate payment check run before every payment run",
            "IA24-14.1 Health and safety: fire risk assessments completed for all 14 council buildings",
            "IA23-19.2 Leisure contract: open-book review of the operator's accounts completed",
        )),
        Heading("Definitions"),
        FrontSheet((
            ("High priority", "A fundamental weakness that must be addressed within three months"),
            ("Medium priority", "A significant weakness to be addressed within six months"),
            ("Low priority", "Good practice; to be addressed within twelve months"),
            ("Overdue", "Past its original date, whether or not a revised date has been agreed"),
        ), layout="dl"),
    )
    return Doc("stanmarsh-audit-action-tracker-2025-06.html", blocks, "stanmarsh-web",
               meta_title="Internal Audit Recommendations Tracker, June 2025", author=COUNCIL,
               footer="Stanmarsh District Council, Council Offices, Kelderby")


def governance_statement() -> Doc:
    """PDF annual governance statement: framework, review, last year's issues, this year's significant issues."""
    blocks = (
        Council(COUNCIL),
        Title("Annual Governance Statement 2024/25"),
        Subtitle(f"Draft for approval by the {COMMITTEE} on {MEETING}"),
        Para(FICTION, small=True),
        Heading("1. Scope of responsibility"),
        Para("Stanmarsh District Council is responsible for ensuring that its business is conducted in accordance "
             "with the law and proper standards, that public money is safeguarded and properly accounted for, and "
             "that it is used economically, efficiently and effectively. The council has a duty under the Local "
             "Government Act 1999 to secure continuous improvement. The council has approved and adopted a Local Code "
             "of Corporate Governance consistent with the CIPFA/SOLACE Framework Delivering Good Governance in Local "
             "Government (2016). This statement explains how the council has complied with the code and meets the "
             "requirements of the Accounts and Audit Regulations 2015."),
        Heading("2. The purpose of the governance framework"),
        Para("The governance framework comprises the systems, processes, culture and values by which the council is "
             "directed and controlled. The system of internal control is designed to manage risk to a reasonable "
             "level rather than to eliminate it, and so provides reasonable and not absolute assurance. The framework "
             "has been in place for the year ended 31 March 2025 and up to the date of approval of the accounts."),
        Heading("3. The governance framework"),
        Para("The Local Code is built on the seven principles of the CIPFA/SOLACE Framework:"),
        Bullets((
            "A. Behaving with integrity, demonstrating strong commitment to ethical values, and respecting the rule of law",
            "B. Ensuring openness and comprehensive stakeholder engagement",
            "C. Defining outcomes in terms of sustainable economic, social and environmental benefits",
            "D. Determining the interventions necessary to optimise the achievement of the intended outcomes",
            "E. Developing the council's capacity, including the capability of its leadership and the individuals within it",
            "F. Managing risks and performance through robust internal control and strong public financial management",
            "G. Implementing good practices in transparency, reporting and audit to deliver effective accountability",
        )),
        Para("Key elements include the Constitution, the Council Plan 2023-2027, the Medium Term Financial Strategy, "
             "the Risk Management Strategy, the Members' and Officers' Codes of Conduct, the whistleblowing and "
             "anti-fraud policies, and the statutory roles of the Head of Paid Service, the Section 151 Officer and "
             "the Monitoring Officer."),
        Heading("4. Review of effectiveness"),
        Para("The review of effectiveness is informed by the work of directors and heads of service, who each sign an "
             "annual assurance statement; by the Head of Internal Audit's annual report; by the external auditor; and "
             "by the work of the Audit and Governance Committee, the Standards Committee and the Overview and Scrutiny "
             "Committee."),
        Bullets((
            "Internal audit: the Head of Internal Audit gave reasonable assurance on the framework of governance, risk "
            "management and internal control for 2024/25, with limited assurance in three areas",
            "External audit: Haworth-Price Audit LLP issued an unqualified opinion on the 2023/24 accounts on "
            "28 February 2025 and reported no significant weaknesses in value for money arrangements",
            "Standards: the Monitoring Officer received 14 complaints under the Members' Code of Conduct; one was "
            "upheld after investigation",
            "Ombudsman: the Local Government and Social Care Ombudsman upheld 3 complaints, all about housing",
            "Audit and Governance Committee: a self-assessment against CIPFA's 2022 guidance was completed in "
            "January 2025, and an independent member, Dr Saira Kapoor, was appointed in September 2024",
        )),
        Heading("5. Progress on last year's significant governance issues"),
        Table(("Issue reported in 2023/24", "Progress in 2024/25", "Status"), (
            ("Delays in the external audit of the accounts", "The 2023/24 audit was completed by the statutory backstop "
             "date and the opinion was unqualified", "Closed"),
            ("Decision-making on the Estbourne regeneration scheme", "A project board with a published terms of "
             "reference meets monthly; internal audit gave reasonable assurance", "Closed"),
            ("Procurement compliance", "Internal audit gave limited assurance again; two high priority actions are "
             "overdue", "Carried forward"),
        ), widths=(0.3, 0.5, 0.2)),
        Heading("6. Significant governance issues for 2025/26"),
        Table(("No.", "Issue", "Action", "Lead officer", "By when"), (
            ("1", "Procurement and contract management compliance", "Complete the contract register, control waivers and "
             "train all budget holders in the Procurement Act 2023", "Director of Resources", "31 March 2026"),
            ("2", "Cost and control of temporary accommodation", "Agree nightly rates with all providers; buy 24 homes "
             "for temporary use; monthly residence checks", "Head of Housing", "31 December 2025"),
            ("3", "Cyber resilience", "Complete the Cyber Assessment Framework self-assessment and test backup "
             "restores", "Head of ICT and Digital", "31 March 2026"),
            ("4", "Local government reorganisation", "Keep governance sound during reorganisation, with a protocol on "
             "decisions that bind a successor council", "Chief Executive", "Throughout 2025/26"),
        ), widths=(0.06, 0.22, 0.4, 0.17, 0.15)),
        Heading("7. Conclusion"),
        Para("We are satisfied that the governance arrangements are fit for purpose and that the actions above will "
             "address the issues identified. We will monitor their implementation through the Audit and Governance "
             "Committee."),
        Para("Councillor Stephen Dimbleford, Leader of the Council", label="Signed:"),
        Para("Philippa Dorrington, Chief Executive", label="Signed:"),
    )
    return Doc("stanmarsh-annual-governance-statement-2024-25.pdf", blocks, "stanmarsh-ags",
               meta_title="Annual Governance Statement 2024/25", author=COUNCIL, footer="Annual Governance Statement 2024/25")


def docs() -> list[Doc]:
    """The council's four documents."""
    return [risk_register(), audit_opinion(), action_tracker(), governance_statement()]
