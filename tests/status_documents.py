"""Status papers of invented councils, in their own house styles, whose answers stand in progress tables, milestone and
risk tables, budget lines and label/value records.

Ashcombe (an HTML council plan with its pledges, and its annual progress report: Pledge | Progress at 30 September
2025 | Rating); Kestwick (a 2025 highlight
report PDF with ruled milestone and risk tables and budget lines, and a 2023 HTML update giving the same milestones'
planned dates); Morrowdale (a TXT budget monitoring note whose services are label/value records, and a DOCX one of
another council, Pellingham, with each service a heading and its lines paragraphs; Oakhurst's in HTML and Ravenmoor's
in PDF likewise); Wendle (a capital programme PDF
whose ruled table runs over two pages with its header repeated and a Total row). None of their wording is another
corpus's.
"""

from __future__ import annotations

from pathlib import Path

ASHCOMBE_ROWS = [
    ("Open two new family hubs in Ashcombe and Trewin", "Both hubs open since May 2025", "Green"),
    ("Resurface 40 miles of rural roads", "22 miles resurfaced; contractor capacity limited", "Amber"),
    ("Deliver 250 homes for social rent", "96 homes started; two sites stalled on viability", "Red"),
    ("Launch a food waste collection for every household", "Procurement of vehicles delayed to 2026", "Red"),
    ("Halve the backlog of housing repairs", "Backlog down from 1,900 to 1,140 jobs", "Amber"),
    ("Create a youth council", "First meeting held in June 2025", "Complete"),
    ("Reduce sickness absence to 8 days per employee", "10.9 days per employee", "Red"),
]

ASHCOMBE_HTML = """<!doctype html>
<html><head><title>Ashcombe Council Plan: annual progress report 2025</title></head><body>
<p>Ashcombe District Council</p>
<h1>Council Plan 2023-2027: annual progress report</h1>
<p>Report to the Overview and Scrutiny Board, 12 November 2025</p>
<h2>1. Purpose</h2>
<p>1.1 To report progress against the pledges of the Council Plan 2023-2027 at the half-way point.</p>
<h2>2. Progress against our pledges</h2>
<p>2.1 The table sets out progress at 30 September 2025 for each pledge.</p>
<table>
<tr><th>Pledge</th><th>Progress at 30 September 2025</th><th>Rating</th></tr>
{rows}
</table>
<h2>3. Recommendation</h2>
<p>3.1 That the Board notes the progress made.</p>
</body></html>
"""


def ashcombe_html(path: Path) -> Path:
    """An HTML plan progress report: one table of pledges, each with its progress and a RAG rating in words."""
    rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in ASHCOMBE_ROWS)
    path.write_text(ASHCOMBE_HTML.replace("{rows}", rows), encoding="utf-8")
    return path


ASHCOMBE_PLAN_HTML = """<!doctype html>
<html><head><title>Ashcombe Council Plan 2023-2027</title></head><body>
<p>Ashcombe District Council</p>
<h1>Ashcombe Council Plan 2023-2027</h1>
<p>Adopted by Council, 22 March 2023</p>
<h2>Our priorities</h2>
<h3>Priority 1: Thriving families</h3>
<p>We will:</p>
<ul><li>Open two new family hubs in Ashcombe and Trewin</li><li>Create a youth council</li></ul>
<h3>Priority 2: Homes and places</h3>
<p>We will:</p>
<ul><li>Deliver 250 homes for social rent</li><li>Halve the backlog of housing repairs</li><li>Resurface 40 miles of rural roads</li></ul>
<h2>Our pledges</h2>
<table>
<tr><th>Pledge</th><th>Lead portfolio</th><th>By</th></tr>
{rows}
</table>
</body></html>
"""


def ashcombe_plan_html(path: Path) -> Path:
    """The plan itself: priorities with what we will do, and the pledges with their portfolios and dates; no ratings."""
    rows = "\n".join(f"<tr><td>{pledge}</td><td>{portfolio}</td><td>March 2027</td></tr>"
                     for (pledge, _, _), portfolio in zip(ASHCOMBE_ROWS, ["Communities", "Highways", "Housing", "Environment", "Housing", "Communities", "Resources"]))
    path.write_text(ASHCOMBE_PLAN_HTML.replace("{rows}", rows), encoding="utf-8")
    return path


KESTWICK_MILESTONES = [
    ("Milestone", "Original date", "Revised forecast", "RAG"),
    ("Harbour wall repairs complete", "October 2024", "October 2024", "Complete"),
    ("Fish market demolition", "January 2025", "April 2025", "Slipped"),
    ("Marina pontoons installed", "June 2025", "September 2025", "At risk"),
    ("Harbourside hotel planning consent", "May 2025", "May 2025", "On track"),
    ("Promenade lighting switched on", "March 2026", "March 2026", "On track"),
]
KESTWICK_RISKS = [
    ("ID", "Description", "L", "I", "Rating", "Risk owner"),
    ("HR-01", "Storm damage to the temporary sea defences", "3", "4", "12", "Harbour Master"),
    ("HR-02", "Hotel operator withdraws from the agreement", "2", "5", "10", "Head of Property"),
    ("HR-03", "Asbestos found in the fish market roof", "4", "5", "20", "Head of Estates"),
    ("HR-04", "Marine licence conditions add cost", "3", "3", "9", "Programme Lead"),
    ("HR-05", "Contractor insolvency", "2", "4", "8", "Head of Procurement"),
]


def kestwick_pdf(path: Path) -> Path:
    """A two-page highlight report: status lines, a ruled milestones table, a ruled risks table, budget lines."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")])
    story = [
        Paragraph("Kestwick City Council", styles["Normal"]),
        Paragraph("Harbourside Renewal Programme: Highlight Report", styles["Title"]),
        Paragraph("Reporting period: January to March 2025. Report to the Harbourside Programme Board, 9 April 2025", styles["Normal"]),
        Paragraph("Overall RAG status: Amber", styles["Normal"]),
        Spacer(1, 12),
        Paragraph("1. Milestones", styles["Heading2"]),
        Table(KESTWICK_MILESTONES, style=grid),
        Spacer(1, 12),
        Paragraph("2. Risks", styles["Heading2"]),
        Paragraph("Ratings are likelihood multiplied by impact, each scored from 1 to 5.", styles["Normal"]),
        Table(KESTWICK_RISKS, style=grid),
        PageBreak(),
        Paragraph("3. Finance", styles["Heading2"]),
        Paragraph("Approved budget: £12.4 million", styles["Normal"]),
        Paragraph("Actual spend to date: £3.1 million", styles["Normal"]),
        Paragraph("Forecast outturn: £13.0 million", styles["Normal"]),
        Paragraph("Variance: £0.6 million over budget", styles["Normal"]),
        Paragraph("4. Next quarter", styles["Heading2"]),
        Paragraph("The marina contractor will confirm the pontoon delivery date in April.", styles["Normal"]),
    ]
    document = SimpleDocTemplate(str(path), pagesize=A4, title="Harbourside Renewal Programme: Highlight Report")
    document.build(story)
    return path


KESTWICK_2023_HTML = """<!doctype html>
<html><head><title>Harbourside Renewal: programme update</title></head><body>
<p>Kestwick City Council</p>
<h1>Harbourside Renewal: programme update</h1>
<p>Report to Cabinet, 14 June 2023</p>
<h2>Timetable</h2>
<table>
<tr><th>Milestone</th><th>Target date</th></tr>
<tr><td>Harbour wall repairs complete</td><td>October 2024</td></tr>
<tr><td>Fish market demolition</td><td>January 2025</td></tr>
<tr><td>Marina pontoons installed (60 berths)</td><td>June 2025</td></tr>
<tr><td>Promenade lighting switched on</td><td>December 2025</td></tr>
</table>
<h2>Funding</h2>
<p>The programme is funded by the Coastal Communities Fund and council borrowing.</p>
<p>Approved budget: £11.0 million</p>
<p>Forecast outturn: £11.2 million</p>
<p>Variance: £0.2 million over budget</p>
</body></html>
"""


def kestwick_update_html(path: Path) -> Path:
    """The earlier programme update: the same milestones with their planned dates only, and its own budget lines."""
    path.write_text(KESTWICK_2023_HTML, encoding="utf-8")
    return path


MORROWDALE_SERVICES = [
    ("Adult social care", "£8,200,000", "£8,650,000", "+£450,000"),
    ("Highways and parking", "£2,310,000", "£2,260,000", "-£50,000"),
    ("Libraries and museums", "£1,045,000", "£1,120,000", "+£75,000"),
    ("Total", "£11,555,000", "£12,030,000", "+£475,000"),
]


def morrowdale_txt(path: Path) -> Path:
    """A plain-text budget monitoring note: each service's name on a line, then its labelled lines, indented."""
    blocks = "\n\n".join(f"{name}\n   Budget:              {budget}\n   Projected outturn:   {outturn}\n   Variance:            {variance}"
                         for name, budget, outturn, variance in MORROWDALE_SERVICES)
    path.write_text(f"""MORROWDALE BOROUGH COUNCIL

Budget monitoring note: month 6, 2025/26

To: Cabinet Member for Finance
From: Head of Finance
Date: 3 November 2025

1. Overview

The net budget for 2025/26 is £11,555,000 and the projected outturn is £12,030,000.

2. Position by service

{blocks}

3. Next steps

Services with an overspend will set out recovery plans by December.
""", encoding="utf-8")
    return path


PELLINGHAM_SERVICES = [
    ("Waste and recycling", "£4,600,000", "£4,480,000", "£120,000 underspend"),
    ("Community safety", "£780,000", "£845,000", "£65,000 overspend"),
]


def pellingham_docx(path: Path) -> Path:
    """A DOCX budget monitoring report: each service a heading, its budget lines paragraphs beneath."""
    from docx import Document

    document = Document()
    document.add_paragraph("Pellingham Town Council")
    document.add_heading("Quarter 3 revenue monitoring 2025/26", level=1)
    document.add_paragraph("Report to the Finance Committee, 20 January 2026")
    for name, budget, outturn, variance in PELLINGHAM_SERVICES:
        document.add_heading(name, level=2)
        document.add_paragraph(f"Approved budget: {budget}")
        document.add_paragraph(f"Forecast outturn: {outturn}")
        document.add_paragraph(f"Variance: {variance}")
    document.add_heading("Recommendation", level=2)
    document.add_paragraph("That the committee notes the forecast position.")
    document.save(str(path))
    return path


OAKHURST_HTML = """<!doctype html>
<html><head><title>Oakhurst Borough Council - Period 8 budget monitoring</title></head><body>
<p>Oakhurst Borough Council</p>
<h1>Period 8 budget monitoring 2025/26</h1>
<p>Report to the Resources Scrutiny Panel, 8 January 2026</p>
<h2>Service forecasts</h2>
<h3>Parks and open spaces</h3>
<p>Budget 2025/26: £640,000</p>
<p>Forecast: £702,000</p>
<p>Variance: £62,000 adverse</p>
<h3>Street cleansing</h3>
<p>Budget 2025/26: £1,310,000</p>
<p>Forecast: £1,288,000</p>
<p>Variance: £22,000 favourable</p>
<h3>Bereavement services</h3>
<p>Budget 2025/26: -£415,000</p>
<p>Forecast: -£450,000</p>
<p>Variance: £35,000 favourable</p>
<h2>Conclusion</h2>
<p>The panel is asked to note the forecasts.</p>
</body></html>
"""


def oakhurst_html(path: Path) -> Path:
    """An HTML budget monitoring report: each service a sub-heading, its lines paragraphs with a year in a label."""
    path.write_text(OAKHURST_HTML, encoding="utf-8")
    return path


def ravenmoor_pdf(path: Path) -> Path:
    """A PDF budget note: each directorate's name in bold, then its labelled lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = [Paragraph("Ravenmoor County Council", styles["Normal"]), Paragraph("Capital budget monitoring: quarter 1 2025/26", styles["Title"]),
             Paragraph("Report to Cabinet, 15 July 2025", styles["Normal"]), Paragraph("Position by directorate", styles["Heading2"])]
    for name, budget, outturn, variance in RAVENMOOR_DIRECTORATES:
        story += [Spacer(1, 8), Paragraph(f"<b>{name}</b>", styles["Normal"]), Paragraph(f"Approved budget: {budget}", styles["Normal"]),
                  Paragraph(f"Forecast outturn: {outturn}", styles["Normal"]), Paragraph(f"Variance: {variance}", styles["Normal"])]
    story += [Paragraph("Recommendation", styles["Heading2"]), Paragraph("That Cabinet notes the capital position.", styles["Normal"])]
    SimpleDocTemplate(str(path), pagesize=A4, title="Capital budget monitoring: quarter 1 2025/26").build(story)
    return path


RAVENMOOR_DIRECTORATES = [
    ("Children and learning", "£21.4m", "£19.8m", "-£1.6m"),
    ("Economy and transport", "£38.9m", "£41.2m", "+£2.3m"),
    ("Adults and health", "£6.2m", "£6.2m", "£0.0m"),
]


WENDLE_HEADER = ("Project", "2025/26 £k", "2026/27 £k", "2027/28 £k", "Total £k")
WENDLE_SCHEMES = [(f"Play area renewal {n}", "40", "40", "0", "80") for n in range(1, 31)] + [
    ("Riverside car park extension", "1,250", "2,400", "300", "3,950"),
    ("Town hall boiler replacement", "310", "0", "0", "310"),
    ("Cycle route to Pennick station", "0", "820", "1,100", "1,920"),
]
WENDLE_TOTAL = ("Total capital programme", "2,760", "4,420", "1,400", "8,580")


def wendle_pdf(path: Path) -> Path:
    """A capital programme whose ruled table runs over two pages, its header row repeated, ending with a Total row."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")])
    story = [
        Paragraph("Wendle District Council", styles["Normal"]),
        Paragraph("Capital Programme 2025/26 to 2027/28", styles["Title"]),
        Paragraph("Annex C to the budget report, Council, 26 February 2026", styles["Normal"]),
        Spacer(1, 12),
        Paragraph("Projects", styles["Heading2"]),
        Table([WENDLE_HEADER, *WENDLE_SCHEMES, WENDLE_TOTAL], style=grid, repeatRows=1),
        Spacer(1, 12),
        Paragraph("The programme is funded from borrowing, grants and capital receipts.", styles["Normal"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Capital Programme 2025/26 to 2027/28").build(story)
    return path


FENMOOR_ACTIONS = [("FM-01", "Replace the depot roof", "Blue", "Finished in May 2025"),
                   ("FM-02", "New cemetery extension", "Amber", "Planning appeal lodged"),
                   ("FM-03", "Solar panels on the leisure centre", "Blue", "Generating since June 2025"),
                   ("FM-04", "Digital parking permits", "Green", "Supplier appointed")]


def fenmoor_html(path: Path) -> Path:
    """A progress report whose status column uses a colour its own key defines ('Blue = complete')."""
    rows = "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row)}</tr>" for row in FENMOOR_ACTIONS)
    path.write_text(
        "<html><body><p>Fenmoor District Council</p><h1>Delivery Plan Progress: Quarter 2 2025/26</h1>"
        "<p>Report to Cabinet, 12 November 2025</p><h2>1. Key measures</h2>"
        "<table><tr><th>Measure</th><th>Target</th><th>Actual</th><th>Status</th></tr>"
        "<tr><td>Missed bin collections per 100,000</td><td>40</td><td>46</td><td>Amber</td></tr></table>"
        "<h2>2. Delivery plan actions</h2>"
        "<p>Key: Blue = complete; Green = on track; Amber = behind schedule; Red = will miss its deadline.</p>"
        f"<table><tr><th>Ref</th><th>Action</th><th>Status</th><th>Commentary</th></tr>{rows}</table></body></html>",
        encoding="utf-8")
    return path


MAKERS = {
    "fenmoor-delivery-progress-2025-q2.html": fenmoor_html,
    "ashcombe-council-plan-2023-2027.html": ashcombe_plan_html,
    "ashcombe-plan-progress-2025.html": ashcombe_html,
    "kestwick-harbourside-highlight-2025-03.pdf": kestwick_pdf,
    "kestwick-harbourside-update-2023-06.html": kestwick_update_html,
    "morrowdale-budget-monitoring-2025-m6.txt": morrowdale_txt,
    "pellingham-revenue-monitoring-2025-q3.docx": pellingham_docx,
    "wendle-capital-programme-2025-2028.pdf": wendle_pdf,
    "oakhurst-budget-monitoring-2025-p8.html": oakhurst_html,
    "ravenmoor-capital-monitoring-2025-q1.pdf": ravenmoor_pdf,
}


def build(folder: Path) -> list[Path]:
    """Write every status paper into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    return [make(folder / name) for name, make in MAKERS.items()]
