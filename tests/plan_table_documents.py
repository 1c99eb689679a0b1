"""Council plans of invented councils set out as ONE table: leading columns of group labels (repeated, merged, or left
blank while they continue), a column of what will be done, and a lead and a date for each row.

Thornlea (DOCX: Theme | Priority | What we will do | Lead | When, the Theme cells merged down, a Priority cell left blank
where the priority above continues); Pennock Vale (HTML: Outcome | Focus area | Commitment | Responsible officer | Target
date, with rowspan); Kelsby (PDF: a ruled Strand | Objective | Action | Owner | Due grid whose Strand cells are merged
down); Wexholme (DOCX: Ref | What we will do | Responsible officer | Date, each priority a row merged across the
table). Each of the first three also has a table that is no hierarchy (a budget by service; a list of leads, their names recurring apart).
None of their wording is another corpus's.
"""

from __future__ import annotations

from pathlib import Path

# (level 1, level 2, what will be done, lead, when); '' where a merged or continuing cell prints nothing.
THORNLEA_HEADER = ("Theme", "Priority", "What we will do", "Lead", "When")
THORNLEA_ROWS = [
    ("Thriving high streets", "Fill empty units", "Run a pop-up shop scheme in Carvel Street", "Head of Regeneration", "2025/26"),
    ("Thriving high streets", "", "Buy and let the former Hallam's department store", "Director of Place", "By March 2027"),
    ("Thriving high streets", "Safer evenings", "Fund street marshals on Friday and Saturday nights", "Community Safety Manager", "From June 2025"),
    ("Greener Thornlea", "Cleaner air", "Switch the refuse fleet to electric vehicles", "Head of Fleet Services", "2026"),
    ("Greener Thornlea", "Wilder verges", "Stop mowing forty roadside verges to let wildflowers grow", "Grounds Maintenance Manager", "Spring 2025"),
    ("Greener Thornlea", "", "Plant an orchard in every ward park", "Parks Officer", "2025 to 2027"),
    ("Homes for local people", "Affordable homes", "Build 180 homes for social rent at Ferrers Quay", "Director of Housing", "By 2028"),
    ("Homes for local people", "Better private renting", "License every house in multiple occupation", "Head of Private Housing", "2026/27"),
]
THORNLEA_BUDGET = (("Service", "Budget 2025/26", "Forecast"), [
    ("Regeneration", "£1,200,000", "£1,260,000"),
    ("Fleet services", "£3,400,000", "£3,350,000"),
    ("Private housing", "£640,000", "£640,000"),
])


def thornlea_docx(path: Path) -> Path:
    """A DOCX plan on a page: the Theme column merged down each theme, a blank Priority cell under a continuing priority."""
    from docx import Document

    document = Document()
    document.add_paragraph("Thornlea District Council")
    document.add_heading("Thornlea Council Plan 2025 to 2028", level=0)
    document.add_heading("What we will do", level=1)
    document.add_paragraph("The table sets out our themes, our priorities under each, and what we will do.")
    table = document.add_table(rows=1 + len(THORNLEA_ROWS), cols=len(THORNLEA_HEADER))
    for column, text in enumerate(THORNLEA_HEADER):
        table.cell(0, column).text = text
    start = 1
    for index, row in enumerate(THORNLEA_ROWS, start=1):
        for column, text in enumerate(row):
            if column == 0 and index > start and row[0] == THORNLEA_ROWS[start - 1][0]:
                continue  # merged below
            table.cell(index, column).text = text
        last = index == len(THORNLEA_ROWS) or THORNLEA_ROWS[index][0] != row[0]
        if last:
            if index > start:
                table.cell(start, 0).merge(table.cell(index, 0))
                table.cell(start, 0).text = row[0]
            start = index + 1
    document.add_heading("Paying for the plan", level=1)
    budget = document.add_table(rows=1 + len(THORNLEA_BUDGET[1]), cols=3)
    for row, cells in enumerate([THORNLEA_BUDGET[0], *THORNLEA_BUDGET[1]]):
        for column, text in enumerate(cells):
            budget.cell(row, column).text = text
    document.save(str(path))
    return path


PENNOCK_HEADER = ("Outcome", "Focus area", "Commitment", "Responsible officer", "Target date")
PENNOCK_ROWS = [
    ("Children get the best start", "Early years", "Open three new family centres in Pennock and Ashby Mill", "Head of Early Help", "September 2026"),
    ("Children get the best start", "Early years", "Offer every two-year-old a free nursery place", "Early Years Manager", "April 2026"),
    ("Children get the best start", "School readiness", "Give a book bag to every child starting reception", "Library Services Manager", "Every September"),
    ("Older people live well at home", "Care at home", "Recruit 40 more home care workers", "Head of Adult Social Care", "March 2026"),
    ("Older people live well at home", "Care at home", "Fit smart sensors in 500 homes", "Assistive Technology Lead", "2026/27"),
    ("Older people live well at home", "Carers", "Open a carers' hub in the Vale Centre", "Carers Lead", "Summer 2025"),
]
PENNOCK_LEADS = (("Lead", "Task"), [
    ("Head of Finance", "Publish the medium-term financial plan"),
    ("Head of Legal", "Review the constitution"),
    ("Head of Finance", "Close the accounts by 31 May"),
    ("Head of Legal", "Renew the insurance contract"),
])


def _spans(rows: list[tuple[str, ...]], column: int) -> list[int]:
    """For each row, how many rows its cell in `column` spans (0 where an earlier row's cell covers it)."""
    spans = [0] * len(rows)
    start = 0
    for index in range(1, len(rows) + 1):
        same = index < len(rows) and rows[index][:column + 1] == rows[start][:column + 1]
        if not same:
            spans[start] = index - start
            start = index
    return spans


def pennock_html(path: Path) -> Path:
    """An HTML council plan: Outcome and Focus area cells spanning their rows (rowspan), then commitments."""
    outcome, focus = _spans(PENNOCK_ROWS, 0), _spans(PENNOCK_ROWS, 1)
    lines = []
    for index, row in enumerate(PENNOCK_ROWS):
        cells = []
        for column, span in ((0, outcome[index]), (1, focus[index])):
            if span:
                cells.append(f'<td rowspan="{span}">{row[column]}</td>' if span > 1 else f"<td>{row[column]}</td>")
        cells += [f"<td>{text}</td>" for text in row[2:]]
        lines.append(f"<tr>{''.join(cells)}</tr>")
    header = "".join(f"<th>{text}</th>" for text in PENNOCK_HEADER)
    leads = "\n".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in PENNOCK_LEADS[1])
    page = f"""<!doctype html>
<html><head><title>Pennock Vale Corporate Plan 2025-2029</title></head><body>
<p>Pennock Vale Borough Council</p>
<h1>Pennock Vale Corporate Plan 2025-2029</h1>
<h2>Our commitments</h2>
<table>
<tr>{header}</tr>
{chr(10).join(lines)}
</table>
<h2>Corporate tasks</h2>
<table>
<tr><th>{PENNOCK_LEADS[0][0]}</th><th>{PENNOCK_LEADS[0][1]}</th></tr>
{leads}
</table>
</body></html>
"""
    path.write_text(page, encoding="utf-8")
    return path


KELSBY_HEADER = ("Strand", "Objective", "Action", "Owner", "Due")
KELSBY_ROWS = [
    ("Vibrant town", "More visitors", "Hold a summer food festival on the Green", "Events Officer", "July 2025"),
    ("Vibrant town", "More visitors", "Publish a heritage trail map", "Town Clerk", "2025"),
    ("Vibrant town", "Busy market", "Add a Sunday craft market", "Markets Officer", "2026"),
    ("Well run council", "Open decisions", "Webcast every full council meeting", "Committee Clerk", "From May 2025"),
    ("Well run council", "Open decisions", "Publish spending over £250 each month", "Finance Officer", "Monthly"),
]


def kelsby_pdf(path: Path) -> Path:
    """A PDF action plan: a ruled grid whose Strand and Objective cells are merged down the rows they head."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    data = [list(KELSBY_HEADER)]
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for column in (0, 1):
        spans = _spans(KELSBY_ROWS, column)
        for index, span in enumerate(spans):
            if span > 1:
                commands.append(("SPAN", (column, index + 1), (column, index + span)))
    for index, row in enumerate(KELSBY_ROWS):
        data.append([row[0] if _spans(KELSBY_ROWS, 0)[index] else "", row[1] if _spans(KELSBY_ROWS, 1)[index] else "", *row[2:]])
    story = [
        Paragraph("Kelsby Town Council", styles["Normal"]),
        Paragraph("Kelsby Town Plan 2025-2027", styles["Title"]),
        Paragraph("Our action plan", styles["Heading2"]),
        Table(data, style=TableStyle(commands), colWidths=(80, 80, 200, 100, 60)),
        Spacer(1, 12),
        Paragraph("The plan will be reviewed by the Town Council each spring.", styles["Normal"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Kelsby Town Plan 2025-2027").build(story)
    return path


# Rows that print one label across the table ('Priority 1: ...') group the rows below them.
WEXHOLME_HEADER = ("Ref", "What we will do", "Responsible officer", "Date")
WEXHOLME_SECTIONS = [
    ("Priority 1: Safer streets", [("1.1", "Light every alley in the Barrow estate", "Community Safety Lead", "March 2026"),
                                   ("1.2", "Open a youth hub at Saltmarket", "Head of Youth Services", "2026")]),
    ("Priority 2: A busy harbour", [("2.1", "Dredge the inner harbour", "Harbour Master", "Winter 2025"),
                                    ("2.2", "Rebuild the fish market roof", "Head of Property", "2027")]),
]


def wexholme_docx(path: Path) -> Path:
    """A DOCX plan whose priorities are rows merged across the table, each over its actions."""
    from docx import Document

    document = Document()
    document.add_paragraph("Wexholme Borough Council")
    document.add_heading("Wexholme Delivery Plan 2025/26", level=0)
    document.add_heading("Our priorities and actions", level=1)
    rows = 1 + sum(1 + len(actions) for _, actions in WEXHOLME_SECTIONS)
    table = document.add_table(rows=rows, cols=len(WEXHOLME_HEADER))
    for column, text in enumerate(WEXHOLME_HEADER):
        table.cell(0, column).text = text
    row = 1
    for section, actions in WEXHOLME_SECTIONS:
        merged = table.cell(row, 0).merge(table.cell(row, len(WEXHOLME_HEADER) - 1))
        merged.text = section
        row += 1
        for cells in actions:
            for column, text in enumerate(cells):
                table.cell(row, column).text = text
            row += 1
    document.save(str(path))
    return path


MAKERS = {
    "thornlea-council-plan-2025-2028.docx": thornlea_docx,
    "pennock-vale-corporate-plan-2025-2029.html": pennock_html,
    "kelsby-town-plan-2025-2027.pdf": kelsby_pdf,
    "wexholme-delivery-plan-2025-26.docx": wexholme_docx,
}


def build(folder: Path) -> list[Path]:
    """Write every plan into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    return [make(folder / name) for name, make in MAKERS.items()]
