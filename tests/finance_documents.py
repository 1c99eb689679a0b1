"""Finance tables of invented councils, each in its own house style: budget monitoring by service with a Total row,
savings proposals in £000 by year, and a budget gap by year (years as columns in one, as rows in another).

Ashwell (DOCX revenue monitoring: Service | Budget | Actual to date | Projected outturn | Over/(under)spend);
Coldmere (HTML savings proposals: Ref | Proposal | 2025/26 £000 | 2026/27 £000 | 2027/28 £000, a Total row; and a
budget gap with the years as columns); Hexley (PDF capital monitoring: Scheme | Approved budget | Spend to date |
Forecast spend | Variance, ruled, with a Total row; and a funding gap with the years as rows). None of their wording is
another corpus's.
"""

from __future__ import annotations

from pathlib import Path

ASHWELL_HEADER = ("Service", "Budget", "Actual to date", "Projected outturn", "Over/(under)spend")
ASHWELL_ROWS = [
    ("Waste collection", "£4,210,000", "£2,130,000", "£4,395,000", "£185,000"),
    ("Libraries and heritage", "£1,640,000", "£790,000", "£1,602,000", "(£38,000)"),
    ("Housing options", "£2,980,000", "£1,710,000", "£3,240,000", "£260,000"),
    ("Parks and open spaces", "£1,150,000", "£560,000", "£1,128,000", "(£22,000)"),
    ("Total", "£9,980,000", "£5,190,000", "£10,365,000", "£385,000"),
]


def ashwell_docx(path: Path) -> Path:
    """A DOCX revenue monitoring report: one table of services with a Total row, and a paragraph on the pressures."""
    from docx import Document

    document = Document()
    document.add_paragraph("Ashwell Borough Council")
    document.add_heading("Revenue budget monitoring: quarter 2 2025/26", level=0)
    document.add_paragraph("Report to the Executive, 11 November 2025")
    document.add_heading("1. Forecast position", level=1)
    document.add_paragraph("1.1 The pressure in housing options comes from the number of families in bed and breakfast.")
    table = document.add_table(rows=1 + len(ASHWELL_ROWS), cols=len(ASHWELL_HEADER))
    for row, cells in enumerate([ASHWELL_HEADER, *ASHWELL_ROWS]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_heading("2. Recommendation", level=1)
    document.add_paragraph("2.1 That the Executive notes the forecast position.")
    document.save(str(path))
    return path


COLDMERE_SAVINGS_HEADER = ("Ref", "Proposal", "2025/26 £000", "2026/27 £000", "2027/28 £000")
COLDMERE_SAVINGS = [
    ("S1", "Charge for garden waste collection", "310", "620", "640"),
    ("S2", "Merge the two customer service centres", "0", "180", "260"),
    ("S3", "Switch street lights to part-night lighting", "95", "140", "140"),
    ("", "Total savings", "405", "940", "1,040"),
]
COLDMERE_GAP_HEADER = ("", "2025/26", "2026/27", "2027/28")
COLDMERE_GAP = [
    ("Net spending need", "£21.8m", "£23.1m", "£24.5m"),
    ("Funding available", "£21.8m", "£22.2m", "£22.6m"),
    ("Budget gap", "£0.0m", "£0.9m", "£1.9m"),
]


def coldmere_html(path: Path) -> Path:
    """An HTML medium-term financial plan: savings proposals by year in £000 with a Total row, and the gap by year."""
    def rows(header, body):
        head = "".join(f"<th>{text}</th>" for text in header)
        lines = "\n".join("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in body)
        return f"<table>\n<tr>{head}</tr>\n{lines}\n</table>"

    page = f"""<!doctype html>
<html><head><title>Coldmere District Council - Medium-Term Financial Plan 2025-2028</title></head><body>
<p>Coldmere District Council</p>
<h1>Medium-Term Financial Plan 2025-2028</h1>
<p>Report to Cabinet, 4 February 2025</p>
<h2>Savings proposals</h2>
<p>Each proposal's saving is shown in £000 for each year.</p>
{rows(COLDMERE_SAVINGS_HEADER, COLDMERE_SAVINGS)}
<h2>The budget gap</h2>
{rows(COLDMERE_GAP_HEADER, COLDMERE_GAP)}
<p>The gap will be closed from the savings above and the use of reserves.</p>
</body></html>
"""
    path.write_text(page, encoding="utf-8")
    return path


HEXLEY_HEADER = ("Scheme", "Approved budget", "Spend to date", "Forecast spend", "Variance")
HEXLEY_ROWS = [
    ("Market square paving", "£2,400,000", "£1,950,000", "£2,610,000", "£210,000"),
    ("Swimming pool roof", "£1,100,000", "£300,000", "£1,100,000", "£0"),
    ("Depot solar canopy", "£750,000", "£120,000", "£690,000", "-£60,000"),
    ("Total", "£4,250,000", "£2,370,000", "£4,400,000", "£150,000"),
]
HEXLEY_GAP_HEADER = ("Year", "Spending need", "Funding", "Funding gap")
HEXLEY_GAP = [
    ("2026/27", "£14.2m", "£13.9m", "£0.3m"),
    ("2027/28", "£14.8m", "£14.1m", "£0.7m"),
    ("2028/29", "£15.5m", "£14.3m", "£1.2m"),
]


def hexley_pdf(path: Path) -> Path:
    """A PDF capital monitoring report: a ruled table of schemes with a Total row, then the funding gap by year."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                       ("FONTSIZE", (0, 0), (-1, -1), 9)])
    story = [
        Paragraph("Hexley Town Council", styles["Normal"]),
        Paragraph("Capital programme monitoring, month 6 2025/26", styles["Title"]),
        Paragraph("Report to the Finance and General Purposes Committee, 21 October 2025", styles["Normal"]),
        Paragraph("Schemes", styles["Heading2"]),
        Table([HEXLEY_HEADER, *HEXLEY_ROWS], style=grid),
        Spacer(1, 12),
        Paragraph("Future years", styles["Heading2"]),
        Table([HEXLEY_GAP_HEADER, *HEXLEY_GAP], style=grid),
        Spacer(1, 12),
        Paragraph("The committee is asked to note the forecast.", styles["Normal"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Capital programme monitoring, month 6 2025/26").build(story)
    return path


BRANTWICK_SERVICES = [("Adult social care", "18,200", "19,400"), ("Waste and street scene", "7,900", "8,300"),
                      ("Leisure and culture", "2,100", "2,250"), ("Net revenue budget", "46,500", "48,600")]
BRANTWICK_RESERVES = [("Transformation reserve", "4.0", "2.8"), ("General Fund balance", "6.5", "6.5")]
BRANTWICK_GAP = [("2026/27", "48,600", "48,600", "0"), ("2027/28", "50,100", "49,000", "1,100"), ("2028/29", "52,300", "49,700", "2,600")]
BRANTWICK_FUNDING = [("Council tax", "31,200"), ("Business rates", "12,400"), ("Revenue support grant", "5,000")]
BRANTWICK_SAVINGS = [("SV-01", "Shared fleet workshop", "300", "200", "500"), ("SV-02", "Digital council tax billing", "150", "150", "300"),
                     ("SV-03", "Library self-service", "100", "50", "150"), ("Total", "", "550", "400", "950")]


def brantwick_docx(path: Path) -> Path:
    """A DOCX budget report whose prose states the figures its tables give in £000 and £m ('£48.6 million')."""
    from docx import Document

    document = Document()
    document.add_paragraph("Brantwick District Council")
    document.add_heading("Budget and council tax 2026/27", level=0)
    document.add_paragraph("Report to Council, 24 February 2026")
    document.add_heading("2. Recommendations", level=1)
    document.add_paragraph("Council is recommended to: approve a net revenue budget of £48.6 million for 2026/27; approve an increase in "
                           "council tax of 4.99 per cent.")
    document.add_heading("3. The budget", level=1)
    document.add_paragraph("3.1 The net revenue budget rises by £2.1 million, most of it in adult social care.")
    document.add_paragraph("3.2 The budget is balanced by drawing £1.2 million from the transformation reserve.")
    document.add_paragraph("3.3 The plan forecasts a gap of £1.1 million in 2027/28 rising to £2.6 million by 2028/29. "
                           "Proposals SV-01 to SV-03 would save £0.95 million over the two years.")
    document.add_heading("4. Revenue budget by service (£000)", level=1)
    table = document.add_table(rows=1 + len(BRANTWICK_SERVICES), cols=3)
    for row, cells in enumerate([("Service", "2025/26 budget", "2026/27 budget"), *BRANTWICK_SERVICES]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_heading("5. Reserves", level=1)
    table = document.add_table(rows=1 + len(BRANTWICK_RESERVES), cols=3)
    for row, cells in enumerate([("Reserve", "Balance at 1 April 2026 (£m)", "Forecast at 31 March 2027 (£m)"), *BRANTWICK_RESERVES]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    for heading, header, rows in [("6. Budget gap (£000)", ("Year", "Spending", "Funding", "Gap"), BRANTWICK_GAP),
                                  ("8. Funding 2026/27", ("Funding", "2026/27 £000"), BRANTWICK_FUNDING),
                                  ("7. Savings proposals (£000)", ("Ref", "Proposal", "2027/28", "2028/29", "Total"), BRANTWICK_SAVINGS)]:
        document.add_heading(heading, level=1)
        table = document.add_table(rows=1 + len(rows), cols=len(header))
        for row, cells in enumerate([header, *rows]):
            for column, text in enumerate(cells):
                table.cell(row, column).text = text
    document.save(path)
    return path


MAKERS = {
    "ashwell-revenue-monitoring-2025-q2.docx": ashwell_docx,
    "coldmere-mtfp-2025-2028.html": coldmere_html,
    "hexley-capital-monitoring-2025-m6.pdf": hexley_pdf,
    "brantwick-budget-2026-27.docx": brantwick_docx,
}


def build(folder: Path) -> list[Path]:
    """Write every finance paper into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    return [make(folder / name) for name, make in MAKERS.items()]
