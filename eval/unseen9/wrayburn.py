"""Wrayburn Combined Authority: capital programme highlight report, investment decision notice, internal audit, committee minutes."""

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

BODY = "Wrayburn Combined Authority"
HONEYSETT = lines("Quintus Honeysett, Head of Capital Programmes", "quintus.honeysett@wrayburn-ca.example.gov.uk",
                  "01632 775 140")

# Mission -> Programme -> schemes (ref, scheme, status, baseline completion, forecast completion, commentary)
MISSIONS = (
    ("Mission 1: A connected region", (
        ("Programme 1.1: Bus and rail", (
            ("S01", "Quarrington Bus Priority Corridor", "Watch", "April 2026", "June 2026",
             "Construction is 60% done. Utility diversions found under Mill Lane added seven weeks."),
            ("S02", "Lowmoor Parkway Station", "Clear", "March 2027 (business case)", "March 2027 (business case)",
             "£3.2 million of development funding released on 3 October 2025 to prepare the full business case."),
            ("S03", "Castlebeck Station Step-Free Access", "Escalate", "March 2026", "December 2026",
             "The rail possession booked for February 2026 was cancelled; the lifts cannot be installed until the next "
             "one. Cost up £1.10 million."),
            ("S04", "Pellowe Street Bus Interchange", "Done", "September 2025", "Opened 1 September 2025",
             "Open to passengers; final account agreed £0.15 million under budget."),
        )),
        ("Programme 1.2: Walking and cycling", (
            ("S05", "Scarrowgate Greenway", "Clear", "October 2026", "October 2026",
             "Second of three sections under way."),
            ("S06", "Fellgarth Town Centre Cycle Hub", "Paused", "July 2026", "To be confirmed",
             "Planning application withdrawn after objections about the loss of market stalls; a redesign is being drawn up."),
            ("S07", "Ambleholme Bridge Footway Widening", "Watch", "May 2026", "July 2026",
             "Steel prices 9% above estimate; value engineering under way."),
        )),
    )),
    ("Mission 2: Homes and places", (
        ("Programme 2.1: Brownfield housing", (
            ("S08", "Kestlebury Goods Yard Housing Site", "Clear", "December 2026", "December 2026",
             "Ground remediation 80% complete; 240 homes planned."),
            ("S09", "Netherfold Mill Conversion", "Escalate", "June 2026", "Not known",
             "The developer went into administration in August 2025. Officers are seeking a new partner; 118 homes at risk."),
            ("S10", "Quarrington Riverside Homes", "Done", "July 2025", "Completed July 2025",
             "96 homes completed, 38 of them affordable."),
        )),
        ("Programme 2.2: Town centres", (
            ("S11", "Castlebeck Market Hall Restoration", "Watch", "November 2026", "February 2027",
             "Asbestos found in the roof space; listed building consent needed for the revised works."),
            ("S12", "Scarrowgate High Street Shopfronts", "Clear", "March 2026", "March 2026",
             "31 of 45 shopfronts restored."),
        )),
    )),
    ("Mission 3: Skills and good work", (
        ("Programme 3.1: Skills buildings", (
            ("S13", "Lowmoor Green Skills Centre", "Clear", "August 2026", "August 2026",
             "Building weathertight; fit-out starts in January 2026."),
            ("S14", "Fellgarth College Engineering Wing", "Watch", "September 2026", "September 2026",
             "Main contractor's subcontractor changed; programme holding but with no float left."),
        )),
    )),
)

# ref -> (approved budget, forecast outturn, spent to 30 September 2025), £ million
FINANCE = {
    "S01": (18.40, 19.15, 11.20), "S02": (3.20, 3.20, 0.40), "S03": (6.80, 7.90, 2.35), "S04": (9.60, 9.45, 9.41),
    "S05": (7.25, 7.25, 2.10), "S06": (2.90, 2.90, 0.35), "S07": (4.10, 4.48, 1.05), "S08": (21.50, 21.50, 13.80),
    "S09": (12.00, 12.00, 3.60), "S10": (8.75, 8.62, 8.62), "S11": (5.30, 5.66, 2.25), "S12": (1.80, 1.80, 0.95),
    "S13": (11.40, 11.40, 4.70), "S14": (6.60, 6.94, 3.10),
}


def _schemes() -> list[tuple[str, ...]]:
    """Every scheme row, in order."""
    return [s for _, programmes in MISSIONS for _, schemes in programmes for s in schemes]


def _m(x: float) -> str:
    """A sum in £ million to two places, signed for variances."""
    return f"{x:.2f}"


def _finance_rows() -> tuple[tuple[str, ...], ...]:
    """The appendix rows: each scheme's money and status, and a total."""
    rows = []
    for ref, name, status, *_ in _schemes():
        approved, forecast, spent = FINANCE[ref]
        rows.append((ref, name, _m(approved), _m(forecast), f"{forecast - approved:+.2f}", _m(spent), status))
    a, f, s = (sum(v[i] for v in FINANCE.values()) for i in range(3))
    rows.append(("", "Total", _m(a), _m(f), f"{f - a:+.2f}", _m(s), ""))
    return tuple(rows)


def highlight() -> Doc:
    """Capital programme highlight report, quarter 2 2025/26 (PDF landscape): Mission -> Programme -> Scheme."""
    body: list = []
    for mission, programmes in MISSIONS:
        body.append(Heading(mission, 1))
        for programme, schemes in programmes:
            body.append(Heading(programme, 2))
            body.append(Table(("Ref", "Scheme", "Status", "Baseline completion", "Forecast completion", "Commentary"),
                              tuple(schemes), widths=(0.05, 0.2, 0.08, 0.13, 0.14, 0.4)))
    a, f, s = (sum(v[i] for v in FINANCE.values()) for i in range(3))
    blocks = (
        Council(BODY),
        Title("Capital Programme Highlight Report: Quarter 2, 2025/26"),
        Subtitle("Position at 30 September 2025"),
        FrontSheet((
            ("Report to", "Combined Authority Board, 13 November 2025"),
            ("Report of", "Maximilian Vowles, Director of Delivery"),
            ("Author and contact", HONEYSETT),
            ("Portfolio holders", lines("Mayor Ferdinand Quilliam (Transport)",
                                        "Cllr Wystan Merriweather (Housing and Regeneration)")),
            ("Key decision", "No: for information and assurance"),
            ("Exempt", "No"),
        )),
        Para(FICTION, small=True),
        Heading("Summary", 1),
        Para(f"The programme has 14 schemes with approved budgets of £{a:.2f} million. The forecast outturn is £{f:.2f} "
             f"million, £{f - a:.2f} million over budget, and £{s:.2f} million had been spent by 30 September 2025."),
        Para("Each scheme is given a status in our own words. Clear: on time and within budget. Watch: a risk to time or "
             "money that the scheme team is managing. Escalate: the scheme will miss its baseline date or budget unless the "
             "Board takes a decision. Paused: work has stopped while something is resolved. Done: complete and in use."),
        Para("This quarter 5 schemes are Clear, 4 are Watch, 2 are Escalate, 1 is Paused and 2 are Done. Last quarter "
             "Castlebeck Station Step-Free Access was Watch and Netherfold Mill Conversion was Clear."),
        Para("The programme is organised as three Missions, each made up of Programmes, each made up of Schemes."),
        *body,
        Heading("Decisions needed from the Board", 1),
        Bullets((
            "Castlebeck Station Step-Free Access: agree to meet the extra £1.10 million from the programme contingency.",
            "Netherfold Mill Conversion: note that officers will bring options for a new delivery partner in January 2026.",
        )),
        Heading("Programme risks", 1),
        Table(("Risk", "Schemes affected", "What we are doing"), (
            ("Rail possessions cancelled or moved at short notice", "S02, S03", "Booking two fallback possessions a year "
             "ahead"),
            ("Developer or contractor failure", "S08, S09, S14", "Checking the finances of every partner each quarter"),
            ("Construction prices rising faster than allowed for", "All", "Holding a programme contingency of £4.5 million"),
            ("Planning objections", "S06, S11", "Earlier engagement with traders and heritage groups"),
        ), widths=(0.35, 0.15, 0.5)),
        Para("Of the £4.5 million programme contingency, £1.10 million would be used if the Board agrees the extra cost of "
             "Castlebeck Station Step-Free Access, leaving £3.40 million."),
        Space(PAD_APPENDIX),
        Heading("Appendix A: money by scheme", 1),
        Para("£ million. Variance is forecast outturn less approved budget."),
        Table(("Ref", "Scheme", "Approved budget", "Forecast outturn", "Variance", "Spent to 30 Sep 2025", "Status"),
              _finance_rows(), widths=(0.06, 0.34, 0.12, 0.12, 0.1, 0.14, 0.12)),
    )
    return Doc("wrayburn-ca-capital-programme-highlight-q2-2025-26.pdf", blocks, "wca-highlight",
               meta_title="Capital Programme Highlight Report Q2 2025/26", author=BODY,
               footer="Capital Programme Highlight Report Q2", landscape=True)


# points of space before Appendix A, so that its table starts on page 3 and ends on page 4 (check.py tests the split)
PAD_APPENDIX = 140


def decision_notice() -> Doc:
    """Investment decision notice IDN 2025/14, taken by the Chief Executive under delegated authority (DOCX, bold labels)."""
    blocks = (
        Council(BODY),
        Title("Investment Decision Notice IDN 2025/14"),
        Subtitle("Lowmoor Parkway Station: release of development funding"),
        FrontSheet((
            ("Decision taken by", "Cordelia Cheverton, Chief Executive"),
            ("Authority to decide", "Delegated by the Combined Authority Board on 10 July 2025 (minute WCA 47/25)"),
            ("In consultation with", lines("Mayor Ferdinand Quilliam",
                                           "Cllr Roswitha Nettlefold, portfolio lead for Transport")),
            ("Date of decision", "3 October 2025"),
            ("Key decision", "Yes (it is on the Forward Plan as item FP 25/31)"),
            ("Call-in", "The decision may be called in by the Overview and Scrutiny Committee until 5pm on 10 October 2025"),
            ("Contact", HONEYSETT),
        ), layout="bold"),
        Para(FICTION, small=True),
        Heading("The decision", 1),
        Para("To release £3.2 million from the Wrayburn Transport Fund to take Lowmoor Parkway Station from outline business "
             "case to full business case, made up of £1.9 million in 2025/26 and £1.3 million in 2026/27."),
        Heading("Reasons", 1),
        Bullets((
            "The scheme passed Gateway 2 (outline business case) on 16 September 2025.",
            "The outline business case shows a benefit-cost ratio of 2.6, which the Authority's assurance framework calls "
            "Strong value for money.",
            "The Board asked in July 2025 for the full business case to be ready by March 2027, in time for the next rail "
            "investment round.",
        )),
        Heading("What the money pays for", 1),
        Table(("Item", "£ million"), (
            ("Design to the single-option stage", "1.45"),
            ("Ground investigation and surveys", "0.62"),
            ("Network Rail approvals and assurance", "0.58"),
            ("Full business case and modelling", "0.35"),
            ("Risk allowance", "0.20"),
            ("Total", "3.20"),
        )),
        Heading("Options considered and rejected", 1),
        Bullets((
            "Do nothing: rejected because the scheme would miss the next rail investment round.",
            "Fund only the outline design (£1.1 million): rejected because surveys and rail approvals would then be "
            "delayed by about a year.",
        )),
        Heading("Gateways", 1),
        Para("Every scheme passes through four gateways before money is committed: Gateway 1 (strategic case), Gateway 2 "
             "(outline business case), Gateway 3 (full business case) and Gateway 4 (contract award). Lowmoor Parkway "
             "Station will return for Gateway 3 in spring 2027."),
        Heading("Declarations of interest", 1),
        Para("Cllr Roswitha Nettlefold declared that she is a member of the Lowmoor Rail Users' Group, a non-pecuniary "
             "interest. The Monitoring Officer advised that this did not prevent her from being consulted."),
        Heading("Signed", 1),
        Para("Cordelia Cheverton, Chief Executive, 3 October 2025"),
    )
    return Doc("wrayburn-ca-idn-2025-14-lowmoor-parkway-development-funding.docx", blocks, "wca-notice",
               meta_title="Investment Decision Notice IDN 2025/14", author="Quintus Honeysett")


RECOMMENDATIONS = (
    ("R1", "Two changes of more than £500,000 (Castlebeck Station Step-Free Access and Quarrington Bus Priority Corridor) "
     "were approved by officers without the Board being told, as the assurance framework requires.",
     "Report every change over £500,000 to the next Board meeting, and keep a change log.", "1", "Quintus Honeysett",
     "30 November 2025", "Agreed"),
    ("R2", "For three of the ten schemes sampled, the status in the highlight report was not backed by the scheme's own "
     "risk register.", "Check each status against the scheme risk register before the report is issued.", "2",
     "Quintus Honeysett", "31 January 2026", "Agreed"),
    ("R3", "Gateway 3 reviews for two schemes were held after the construction contract had been signed.",
     "Do not sign a construction contract before Gateway 3 is passed.", "2", "Maximilian Vowles", "31 January 2026",
     "Agreed"),
    ("R4", "Spend to date in the highlight report is matched to the ledger only once a quarter; we found a difference of "
     "£0.42 million.", "Match spend to the ledger every month.", "2", "Yolande Greathead", "31 December 2025", "Agreed"),
    ("R5", "The first payment to the Netherfold Mill developer was made before the grant agreement had been signed.",
     "Make no payment before the grant agreement is signed.", "2", "Maximilian Vowles", "31 January 2026", "Agreed"),
    ("R6", "The capital programme procedures manual was last updated in 2022.", "Update the manual.", "3",
     "Quintus Honeysett", "30 April 2026", "Agreed"),
    ("R7", "No benefits report has been produced for any scheme completed since 2023.",
     "Produce a benefits report a year after each scheme is completed.", "3", "Maximilian Vowles", "30 April 2026",
     "Partly agreed: from 2026/27 for schemes over £5 million"),
)


def audit() -> Doc:
    """Internal audit report on capital programme assurance (TXT): opinion levels and priorities defined in prose."""
    blocks = (
        Council(BODY),
        Title("Internal Audit Report 2025/26-07: Capital Programme Assurance and Change Control"),
        FrontSheet((
            ("Prepared by", "Stellmark Audit Partnership, internal auditors to the Authority"),
            ("Lead auditor", "Zinnia Rattenbury, Senior Auditor"),
            ("Head of Internal Audit", "Verity Pettigrew"),
            ("Audit sponsor", "Yolande Greathead, Director of Finance"),
            ("Final report issued", "24 October 2025"),
            ("Reported to", "Audit and Governance Committee, 20 November 2025"),
            ("Contact", "verity.pettigrew@stellmark-audit.example.co.uk"),
        )),
        Para(FICTION),
        Heading("Opinion", 1),
        Para("Our opinion is given on a four-step scale of our own. Sound: controls are well designed and working, with at most "
             "minor points. Sound with exceptions: controls are generally well designed but some are not applied "
             "consistently. Weak: important controls are missing or not working. Unsound: controls cannot be relied on."),
        Para("Our opinion for this audit is Sound with exceptions. When we last audited the capital programme, in 2023/24, "
             "our opinion was Weak; the Gateway process introduced since then is a real improvement."),
        Heading("Priorities", 1),
        Para("Each recommendation has a priority. Priority 1: a fundamental weakness, to be put right within one month. "
             "Priority 2: a significant weakness, within three months. Priority 3: good practice, within six months."),
        Para("We make seven recommendations: one at Priority 1, four at Priority 2 and two at Priority 3."),
        Heading("Scope", 1),
        Bullets((
            "how changes to a scheme's cost, scope or dates are approved;",
            "the Gateway process from outline business case to contract award;",
            "how the quarterly highlight report is put together;",
            "payments to scheme promoters under grant agreements.",
        )),
        Para("We sampled 10 of the 14 schemes in the programme. Schemes led by the constituent councils' own highways teams "
             "were outside the scope."),
        Heading("Findings and recommendations", 1),
        Table(("Ref", "Finding", "Recommendation", "Priority", "Owner", "Due", "Management response"), RECOMMENDATIONS),
        Heading("Follow-up", 1),
        Para("We will follow up the Priority 1 recommendation in December 2025 and the rest in May 2026, and report to the "
             "Audit and Governance Committee each time."),
    )
    return Doc("wrayburn-ca-internal-audit-capital-programme-2025-26.txt", blocks, "wca-txt")


def committee_minutes() -> Doc:
    """Audit and Governance Committee minutes, 20 November 2025 (HTML, table front sheet)."""
    blocks = (
        Council(BODY),
        Title("Audit and Governance Committee: Minutes"),
        Subtitle("Thursday 20 November 2025, 10.00am, Committee Room 2, Wrayburn House"),
        FrontSheet((
            ("Members present", lines("Greer Bulstrode (independent member, Chair)", "Cllr Blanche Easterbrook (Vice-Chair)",
                                      "Cllr Jericho Stubbington", "Cllr Delia Mabbott", "Cllr Cyprian Gudgeon",
                                      "Eulalie Tremlett (independent member)")),
            ("Officers", lines("Yolande Greathead, Director of Finance", "Quintus Honeysett, Head of Capital Programmes",
                               "Verity Pettigrew, Head of Internal Audit (Stellmark Audit Partnership)")),
            ("Apologies", "Cllr Saoirse Kettlewell"),
            ("Minute taker", "Democratic Services"),
        )),
        Para(FICTION, small=True),
        Heading("AGC 31/25 Apologies", 1),
        Para("Apologies were received from Cllr Saoirse Kettlewell. No substitute had been named."),
        Heading("AGC 32/25 Declarations of interest", 1),
        Para("Cllr Jericho Stubbington declared a disclosable pecuniary interest in the part of item AGC 35/25 about "
             "Castlebeck Station Step-Free Access, as he is employed by the rail contractor on that scheme. He left the room "
             "for that part of the item."),
        Heading("AGC 33/25 Minutes", 1),
        Para("RESOLVED that the minutes of the meeting on 18 September 2025 be approved."),
        Heading("AGC 34/25 Internal audit report: capital programme assurance and change control", 1),
        Para("Verity Pettigrew presented the report. The opinion had improved from Weak to Sound with exceptions. Members "
             "asked why two changes over £500,000 had not been reported to the Board; the Director of Finance said both had "
             "been agreed in a hurry to keep contractors on site and that a change log was now in place."),
        Para("Cllr Delia Mabbott moved, and Cllr Cyprian Gudgeon seconded, an amendment adding a recommendation (c) that the "
             "Board be asked to lower the threshold for reporting changes from £500,000 to £250,000. The amendment was "
             "CARRIED by 4 votes to 2."),
        Para("RESOLVED that the Committee:"),
        Bullets((
            "notes the opinion of Sound with exceptions and the seven recommendations;",
            "asks the Director of Delivery to attend the January 2026 meeting to report on recommendation R1;",
            "asks the Board to lower the threshold for reporting changes to a scheme from £500,000 to £250,000.",
        ), marker="a"),
        Heading("AGC 35/25 Capital programme highlight report, quarter 2", 1),
        Para("Quintus Honeysett summarised the report. Cllr Stubbington left the room for the discussion of Castlebeck "
             "Station Step-Free Access and returned afterwards."),
        Para("Members were concerned that Netherfold Mill Conversion had moved from Clear to Escalate in one quarter and asked "
             "whether warning signs had been missed. RESOLVED that the report be noted and that the Committee's concerns "
             "about Netherfold Mill be passed to the Board."),
        Heading("AGC 36/25 Decisions taken under delegated powers", 1),
        Para("The Committee noted two decisions taken by the Chief Executive under delegated powers since the last meeting: "
             "IDN 2025/14, releasing £3.2 million of development funding for Lowmoor Parkway Station, and IDN 2025/15, "
             "extending the Scarrowgate Greenway contract by eight weeks at no extra cost. Neither had been called in."),
        Heading("AGC 37/25 Date of next meeting", 1),
        Para("Thursday 22 January 2026 at 10.00am."),
    )
    return Doc("wrayburn-ca-audit-governance-committee-minutes-2025-11-20.html", blocks, "wca-web",
               meta_title="Audit and Governance Committee minutes, 20 November 2025",
               footer="Wrayburn Combined Authority, Wrayburn House")


def docs() -> list[Doc]:
    """The Combined Authority's four documents."""
    return [highlight(), decision_notice(), audit(), committee_minutes()]
