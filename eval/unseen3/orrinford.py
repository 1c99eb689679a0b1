"""Orrinford Council (fictional unitary): council plan, Executive report, two highlight reports a year apart, Q2 performance."""

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

COUNCIL = "Orrinford Council"


def council_plan() -> Doc:
    """Council plan as a web page: Vision -> Pledge -> Priority -> 'What we will do' numbered actions."""
    def priority(code: str, name: str, lead: str, actions: tuple[str, ...]) -> tuple:
        return (
            Heading(f"Priority {code}: {name}", level=2),
            Para(lead, label="Lead member:"),
            Heading("What we will do", level=3),
            Bullets(actions, marker="1"),
        )

    blocks = (
        Council(COUNCIL),
        Title("Orrinford Council Plan 2024-2028: Our Pledges"),
        Subtitle("Adopted by Council on 18 April 2024"),
        Heading("Our vision"),
        Para("Orrinford: a proud harbour town and a fair place to grow up and grow old."),
        Para("We have made four pledges to residents. Under each pledge sit our priorities, and under each priority the "
             "things we will do. We report progress against the plan every quarter."),
        Heading("Pledge 1: A thriving harbour economy"),
        *priority("1A", "Regenerate Seagate", "Councillor Idris Caradoc, Executive Member for Growth", (
            "Repair the historic quay wall so that the harbour stays open to working boats.",
            "Open the new Seagate Square by autumn 2025.",
            "Convert the old Fishmarket into creative workspace for 40 small businesses.",
            "Build 220 homes at Ropewalk, 30 per cent of them affordable.",
        )),
        *priority("1B", "Skills and good jobs", "Councillor Idris Caradoc, Executive Member for Growth", (
            "Open a marine engineering skills centre with Orrinford College.",
            "Support 120 new business start-ups a year.",
        )),
        Heading("Pledge 2: Healthy, independent lives"),
        *priority("2A", "Active communities", "Councillor Morwenna Tregarthen, Executive Member for Communities and Leisure", (
            "Decide the future of Tollgate Leisure Centre by the end of 2025.",
            "Keep free swimming for under-16s in the school holidays.",
            "Open a new outdoor gym in every ward park.",
        )),
        *priority("2B", "Care closer to home", "Councillor Gwenllian Rhoswen, Executive Member for Adult Care", (
            "Reduce the number of people waiting for a care assessment to under 100.",
            "Open 60 extra care flats at Penwithy.",
        )),
        Heading("Pledge 3: Clean and green"),
        *priority("3A", "Less waste, more recycling", "Councillor Ashok Menon, Executive Member for Environment", (
            "Raise the recycling rate to 50 per cent by 2028.",
            "Introduce weekly food waste collections for all households by April 2026.",
        )),
        *priority("3B", "A cleaner harbour and coast", "Councillor Ashok Menon, Executive Member for Environment", (
            "Achieve Blue Flag status for Sandling Beach.",
            "Install 30 water refill points along the coast path.",
        )),
        Heading("Pledge 4: A council that listens"),
        *priority("4A", "Open and responsive", "Councillor Rosalind Achterfeld, Leader of the Council", (
            "Answer 90 per cent of complaints within 10 working days.",
            "Webcast every meeting of the Executive and of Council.",
            "Set up a young people's council with members from every secondary school.",
        )),
        Para(FICTION, small=True),
    )
    return Doc("orrinford-council-plan-2024-2028.html", blocks, "orrinford-plan",
               meta_title="Orrinford Council Plan 2024-2028", footer="Orrinford Council, Harbour House, Orrinford")


def leisure_report() -> Doc:
    """Executive report with a bold-label-above-value front sheet: Tollgate Leisure Centre."""
    blocks = (
        Council(COUNCIL),
        Title("Future of Tollgate Leisure Centre"),
        Subtitle("Report to the Executive, Wednesday 8 October 2025"),
        FrontSheet((
            ("Decision maker", "Executive"),
            ("Portfolio holder", "Councillor Morwenna Tregarthen, Executive Member for Communities and Leisure"),
            ("Lead officer", "Sanjay Pillai, Director of Communities"),
            ("Report author", lines("Faye Sorensby, Leisure Client Manager", "faye.sorensby@orrinford.gov.uk",
                                    "01632 960 558")),
            ("Wards affected", "Tollgate; Penwithy"),
            ("Key decision", "Yes"),
            ("Forward plan reference", "ORR/KD/25/118"),
            ("Urgent decision", "No"),
            ("Exempt information", "Appendix C is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"),
            ("Appendices", lines("A - Condition survey summary", "B - Consultation results", "C - Financial model (exempt)")),
            ("Background papers", "None"),
        ), layout="bold"),
        Heading("1. Purpose"),
        Para("Tollgate Leisure Centre opened in 1979. A condition survey in January 2025 found that the pool hall roof and "
             "the plant room need replacing within three years. This report asks the Executive to choose the future of the "
             "centre, in line with Priority 2A of the Council Plan."),
        Heading("2. Recommendations"),
        Para("That the Executive:"),
        Bullets((
            "agrees Option 2, to rebuild the leisure centre on its current site at a capital cost of £21.5 million;",
            "agrees that the existing pool stays open until the new centre opens, expected in spring 2028;",
            "asks the Director of Communities to procure a design and build contractor and report back in March 2026;",
            "recommends to Council that the capital programme is increased by £21.5 million.",
        ), marker="a"),
        Heading("3. Options considered"),
        Table(("Option", "Capital cost", "What it gives", "Recommended"), (
            ("1. Refurbish the existing centre", "£9.8 million", "Extends life by 15 years; pool closed for 14 months", "No"),
            ("2. Rebuild on the current site", "£21.5 million", "New 8-lane pool, learner pool and 100-station gym", "Yes"),
            ("3. Close and build at Penwithy Park", "£24.0 million", "New centre 2.5 miles away; Tollgate site sold", "No"),
        )),
        Heading("4. Consultation"),
        Para("2,380 people responded to the consultation between 2 June and 28 July 2025. 74 per cent wanted a pool to stay "
             "in Tollgate, and 61 per cent said they would use a larger gym."),
        Heading("5. Financial implications"),
        Para("The £21.5 million is funded by prudential borrowing of £15.5 million, a Sport England grant of £2.0 million and "
             "a capital receipt of £4.0 million from the sale of the former Tollgate depot. The new centre is expected to "
             "reduce the council's annual subsidy to the leisure operator from £640,000 to £210,000."),
        Heading("6. Risks"),
        Table(("Risk", "Likelihood x Impact", "Mitigation"), (
            ("Construction inflation above 5 per cent", "3 x 4 = 12", "Fixed-price design and build contract"),
            ("Sport England grant not awarded", "2 x 3 = 6", "Bid submitted in August 2025; decision due December 2025"),
            ("Existing pool fails before the new centre opens", "2 x 5 = 10", "Plant room monitoring and spares held on site"),
        )),
        Heading("7. Climate implications"),
        Para("The new centre will be heated by air source heat pumps and is designed to cut the site's carbon emissions by "
             "70 per cent."),
        Para(FICTION),
    )
    return Doc("orrinford-executive-2025-10-08-tollgate-leisure-centre.docx", blocks, "orrinford-report",
               meta_title="Future of Tollgate Leisure Centre", author="Orrinford Council")


def highlight_2025() -> Doc:
    """Programme highlight report, September 2025 (PDF): RAG letters, baseline vs forecast milestones, scored risks."""
    blocks = (
        Council(COUNCIL),
        Title("Seagate Regeneration Programme: Highlight Report"),
        Subtitle("Programme Board, 14 October 2025. Reporting period: 1 July to 30 September 2025."),
        FrontSheet((
            ("Senior Responsible Owner", "Imogen Fairclough, Director of Growth"),
            ("Programme Manager", "Declan Muir"),
            ("Overall status", "A (Amber) - previous period G (Green)"),
            ("Budget", "£42.6 million"),
        ), layout="lines"),
        Heading("1. Summary"),
        Para("The programme has moved from Green to Amber because the quay wall repairs are four months late after piling "
             "hit unexpected rock. Seagate Square is on track to open on 31 October 2025."),
        Heading("2. Status by workstream"),
        Table(("Workstream", "Lead", "RAG", "Trend", "Commentary"), (
            ("WS1 Quay wall repairs", "Marine Engineering Manager", "R", "Worsening",
             "Piling rig damaged by rock; redesign of 60 metres of wall"),
            ("WS2 Seagate Square", "Head of Place Design", "G", "Stable", "Paving complete; opening event planned"),
            ("WS3 Fishmarket workspace", "Economic Development Lead", "A", "Stable", "Heritage objections to the new roof"),
            ("WS4 Ropewalk housing", "Housing Delivery Manager", "A", "Improving", "Developer partner appointed in August"),
            ("WS5 Transport and parking", "Transport Planning Manager", "G", "Stable", "Harbour Road car park resurfaced"),
        ), widths=(0.19, 0.2, 0.07, 0.13, 0.41), rag_col=2),
        Para("Key: R = Red, serious problem needing board action; A = Amber, problem the programme can manage; G = Green, on "
             "track.", small=True),
        Heading("3. Milestones"),
        Table(("Milestone", "Baseline", "Forecast", "Status"), (
            ("Quay wall contract award", "14 March 2025", "14 March 2025", "Complete"),
            ("Quay wall repairs complete", "30 November 2025", "27 March 2026", "Late"),
            ("Seagate Square opens", "31 October 2025", "31 October 2025", "On track"),
            ("Fishmarket planning consent", "30 September 2025", "18 December 2025", "At risk"),
            ("Ropewalk phase 1 homes handed over", "30 June 2026", "30 June 2026", "On track"),
        ), widths=(0.4, 0.2, 0.2, 0.2)),
        Heading("4. Finance"),
        Table(("Budget", "Spent to date", "Forecast outturn", "Variance"), (
            ("£42.6 million", "£17.9 million", "£44.1 million", "£1.5 million over"),
        )),
        Para("The overspend is on WS1. The board is asked to approve the use of £1.5 million from the programme contingency, "
             "which would leave £0.9 million of contingency."),
        Heading("5. Risks"),
        Table(("ID", "Risk", "Likelihood", "Impact", "Score", "Response"), (
            ("R1", "Further bad ground on the quay wall", "4", "4", "16", "Extra ground investigation before piling resumes"),
            ("R2", "Heritage objections delay Fishmarket consent", "3", "3", "9", "Revised roof design with Historic England"),
            ("R3", "Construction cost inflation", "3", "4", "12", "Fixed-price contracts for WS3 and WS4"),
            ("R4", "Coastal Growth Fund grant lost if spend deadline is missed", "2", "5", "10",
             "Spend profile agreed with the funder"),
        ), widths=(0.05, 0.32, 0.13, 0.09, 0.08, 0.33)),
        Heading("6. Decisions needed from the board"),
        Bullets((
            "Approve £1.5 million from the programme contingency for WS1.",
            "Agree a revised completion date of 27 March 2026 for the quay wall.",
        )),
        Para("Next highlight report: December 2025."),
        Para(FICTION, small=True),
    )
    return Doc("orrinford-seagate-highlight-report-2025-09.pdf", blocks, "orrinford-highlight",
               meta_title="Seagate Regeneration Programme Highlight Report September 2025", author="Orrinford Council",
               footer="Seagate Regeneration Programme")


def highlight_2024() -> Doc:
    """The same programme's highlight report a year earlier, as a web page."""
    blocks = (
        Council(COUNCIL),
        Title("Seagate Regeneration Programme: Highlight Report"),
        Subtitle("Programme Board, 15 October 2024. Reporting period: 1 July to 30 September 2024."),
        FrontSheet((
            ("Senior Responsible Owner", "Imogen Fairclough, Director of Growth"),
            ("Programme Manager", "Beth Kinsella"),
            ("Overall status", "G (Green)"),
            ("Budget", "£38.2 million"),
        ), layout="dl"),
        Heading("1. Summary"),
        Para("The programme is on track. The business case for the quay wall was approved by the Executive in July 2024, and "
             "the Coastal Growth Fund confirmed a grant of £12.0 million."),
        Heading("2. Status by workstream"),
        Table(("Workstream", "RAG", "Commentary"), (
            ("WS1 Quay wall repairs", "G", "Tender documents issued in September"),
            ("WS2 Seagate Square", "G", "Detailed design complete"),
            ("WS3 Fishmarket workspace", "G", "Architect appointed"),
            ("WS4 Ropewalk housing", "A", "Search for a developer partner extended to March 2025"),
        )),
        Heading("3. Milestones"),
        Table(("Milestone", "Baseline", "Forecast", "Status"), (
            ("Quay wall contract award", "14 March 2025", "14 March 2025", "On track"),
            ("Quay wall repairs complete", "30 November 2025", "30 November 2025", "On track"),
            ("Seagate Square opens", "31 October 2025", "31 October 2025", "On track"),
        )),
        Heading("4. Finance"),
        Para("Budget £38.2 million; spent to date £3.4 million; forecast outturn £38.2 million; no variance."),
        Heading("5. Risks"),
        Table(("ID", "Risk", "Score", "Response"), (
            ("R1", "Ground conditions under the quay wall", "8", "Ground investigation in November 2024"),
            ("R2", "No developer partner for Ropewalk", "12", "Soft market testing with housing associations"),
        )),
        Para(FICTION, small=True),
    )
    return Doc("orrinford-seagate-highlight-report-2024-09.html", blocks, "orrinford-web",
               meta_title="Seagate Regeneration Programme Highlight Report September 2024",
               footer="Orrinford Council - Growth Directorate")


def performance_q2() -> Doc:
    """Council Plan performance report, Q2 2025/26, as plain text with status in words."""
    blocks = (
        Council(COUNCIL),
        Title("Council Plan Performance Report: Quarter 2 2025/26"),
        Subtitle("July to September 2025. Considered by the Executive on 12 November 2025."),
        FrontSheet((
            ("Report of", "Chief Executive"),
            ("Executive Member", "Councillor Rosalind Achterfeld, Leader of the Council"),
            ("Contact", "Tariq Wendover, Performance and Insight Manager, 01632 960 702"),
        )),
        Heading("Summary"),
        Para("Of the 10 measures reported this quarter, 6 are On target, 2 are Within tolerance and 2 are Off target."),
        Heading("Measures"),
        Table(("Measure", "Pledge", "Target", "Q2 result", "Status", "Trend"), (
            ("PI-01 Business start-ups supported (year to date)", "Pledge 1", "60", "68", "On target", "Improving"),
            ("PI-02 Visitors to Seagate (quarter)", "Pledge 1", "150,000", "171,400", "On target", "Improving"),
            ("PI-03 Leisure centre visits (quarter)", "Pledge 2", "210,000", "198,700", "Within tolerance", "Declining"),
            ("PI-04 People waiting for a care assessment", "Pledge 2", "100", "163", "Off target", "Improving"),
            ("PI-05 Extra care flats completed (cumulative)", "Pledge 2", "0", "0", "On target", "Stable"),
            ("PI-06 Household waste recycled", "Pledge 3", "48%", "44.6%", "Off target", "Declining"),
            ("PI-07 Beach water quality samples passed", "Pledge 3", "95%", "97%", "On target", "Stable"),
            ("PI-08 Complaints answered within 10 working days", "Pledge 4", "90%", "86%", "Within tolerance", "Improving"),
            ("PI-09 Executive and Council meetings webcast", "Pledge 4", "100%", "100%", "On target", "Stable"),
            ("PI-10 Freedom of information requests answered in 20 days", "Pledge 4", "90%", "93%", "On target", "Stable"),
        )),
        Heading("Exceptions"),
        Para("163 people were waiting for a care assessment at 30 September 2025, down from 211 at the end of June. "
             "Two agency assessors started in August. Responsible officer: Director of Adult Care, Helena Pentreath.",
             label="PI-04 Care assessments (Off target)."),
        Para("The fall in recycling follows the loss of the garden waste contract in July. The new food waste service starts "
             "in April 2026. Responsible officer: Head of Waste Services, Owen Cardew.",
             label="PI-06 Recycling (Off target)."),
        Para(FICTION),
    )
    return Doc("orrinford-performance-report-2025-26-q2.txt", blocks, "orrinford-txt")


def docs() -> list[Doc]:
    """Orrinford's five papers."""
    return [council_plan(), leisure_report(), highlight_2025(), highlight_2024(), performance_q2()]
