"""Small papers of invented councils, each in its own house style, whose answers stand in tables, status lines and minutes.

Ormsby Vale (PDF drawn on a canvas: a table set in columns by whitespace alone, no rules); Brayford (HTML budget
and savings tables); Dunmere (DOCX options appraisal and a before/after performance table); Felby (plain-text
minutes with reference-numbered items, wrapped declarations and recorded votes); Carrow (a project status report
with budget lines). None of their wording is the councils corpus's.
"""

from __future__ import annotations

from pathlib import Path

ORMSBY_ROWS = [
    ("Eastgate Sports Hall", "1987", "4,120", "£212,400", "£240,000"),
    ("Ormsby Swim Centre", "2004", "9,870", "£688,150", "£731,000"),
    ("Kilnworth Gym", "2016", "2,960", "£98,700", "£121,500"),
    ("Ladybrook Courts", "1972", "310", "£41,900", "£38,000"),
]
ORMSBY_HEADER = ("Site", "Built", "Members 2022/23", "Running cost 2022/23", "Budget 2025/26")


def ormsby_pdf(path: Path) -> Path:
    """A two-page report whose table is set by whitespace: cells drawn at fixed x positions, numbers right-aligned."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setTitle("Ormsby Vale leisure sites review")
    width, height = A4
    y = height - 70
    page.setFont("Courier-Bold", 15)
    page.drawString(60, y, "Review of Leisure Sites 2025")
    y -= 22
    page.setFont("Courier", 10)
    page.drawString(60, y, "Ormsby Vale District Council - Community Committee, 4 June 2025")
    y -= 34
    page.setFont("Courier-Bold", 11)
    page.drawString(60, y, "1 Summary")
    y -= 18
    page.setFont("Courier", 10)
    for line in ("The council runs four leisure sites. Membership and running costs vary widely,",
                 "and the committee is asked to note the budgets proposed for 2025/26."):
        page.drawString(60, y, line)
        y -= 14
    y -= 16
    page.setFont("Courier-Bold", 11)
    page.drawString(60, y, "2 Sites and costs")
    y -= 22
    lefts = (60, 240)
    rights = (330, 420, 520)
    page.setFont("Courier-Bold", 9)
    for x, text in zip(lefts, ORMSBY_HEADER[:2]):
        page.drawString(x, y, text)
    for x, text in zip(rights, ORMSBY_HEADER[2:]):
        page.drawRightString(x, y, text)
    y -= 16
    page.setFont("Courier", 9)
    for row in ORMSBY_ROWS:
        for x, text in zip(lefts, row[:2]):
            page.drawString(x, y, text)
        for x, text in zip(rights, row[2:]):
            page.drawRightString(x, y, text)
        y -= 14
    y -= 20
    page.setFont("Courier-Bold", 11)
    page.drawString(60, y, "3 Recommendation")
    y -= 18
    page.setFont("Courier", 10)
    page.drawString(60, y, "That the committee notes the proposed budgets for each site.")
    page.showPage()
    page.save()
    return path


BRAYFORD_HTML = """<!doctype html>
<html><head><title>Brayford Borough Council - Budget Setting 2025-26</title></head><body>
<p class="crest">Brayford Borough Council</p>
<h1>Budget Setting 2025-26 and Financial Plan to 2026-27</h1>
<p>Report to: Executive Board, 18 February 2025</p>
<h2>Recommendations</h2>
<p>That the Executive Board recommends to Council: 1. a budget requirement of £80,300,000 for 2025-26; 2. a council tax rise of 4.99% for 2025-26.</p>
<h2>A. Spending plans by service area</h2>
<table>
<tr><th>Service area</th><th>2024-25 £m</th><th>2025-26 £m</th><th>2026-27 £m</th></tr>
<tr><td>Highways and Transport</td><td>18.4</td><td>19.1</td><td>19.9</td></tr>
<tr><td>Waste Services</td><td>11.2</td><td>11.9</td><td>12.6</td></tr>
<tr><td>Children and Families</td><td>46.8</td><td>49.3</td><td>51.0</td></tr>
<tr><td>Total net spending</td><td>76.4</td><td>80.3</td><td>83.5</td></tr>
</table>
<h2>B. Efficiency proposals</h2>
<table>
<tr><th>No.</th><th>Proposal</th><th>Portfolio</th><th>2025-26 £k</th><th>2026-27 £k</th></tr>
<tr><td>E1</td><td>Merge the two contact centres</td><td>Resources</td><td>340</td><td>410</td></tr>
<tr><td>E2</td><td>Switch street lights to LED</td><td>Environment</td><td>515</td><td>530</td></tr>
<tr><td>E3</td><td>Renegotiate the grounds maintenance contract</td><td>Environment</td><td>205</td><td>600</td></tr>
<tr><td></td><td>Total efficiencies</td><td></td><td>1,060</td><td>1,540</td></tr>
</table>
<p>The efficiency proposals were consulted on in December 2024.</p>
</body></html>
"""


def brayford_html(path: Path) -> Path:
    """An HTML budget report: service areas by year, and efficiency proposals by year."""
    path.write_text(BRAYFORD_HTML, encoding="utf-8")
    return path


def dunmere_docx(path: Path) -> Path:
    """A DOCX report with an options appraisal and a before/after performance table."""
    from docx import Document

    document = Document()
    document.add_paragraph("Dunmere City Council")
    document.add_heading("Future of the Central Library Building", level=1)
    document.add_paragraph("Decision by the Leader, 9 January 2025")
    document.add_heading("Options appraisal", level=2)
    options = [
        ("Option", "What it involves", "Estimated cost", "Decision"),
        ("Option 1: Stay and repair", "Roof and heating repairs to the current building", "£1.9m", "Preferred"),
        ("Option 2: Share the Guildhall", "Move the library into two floors of the Guildhall", "£3.4m", "Not taken forward: too little floor space"),
        ("Option 3: Relocate to the Quayside", "A new library in the Quayside development", "£7.25m", "Not taken forward: no funding identified"),
    ]
    _docx_table(document, options)
    document.add_heading("How the library is used", level=2)
    usage = [
        ("Measure", "Before (2019)", "Latest (2024)"),
        ("Library members", "18,200", "14,650"),
        ("E-book loans", "22,400", "61,300"),
        ("Events held", "410", "388"),
    ]
    _docx_table(document, usage)
    document.add_paragraph("Use of physical stock has fallen while digital loans have grown.")
    document.save(str(path))
    return path


def _docx_table(document, rows) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


FELBY_TXT = """FELBY TOWN COUNCIL

Minutes of the Full Council meeting held on Monday 3 March 2025 at 7.30pm

Present: Councillors J Hartley (Mayor), R Okoro, P Venn, S Dalby, T Ferris
and M Quayle.

FC/101 APOLOGIES
Apologies were received from Councillor A Brook.

FC/102 DECLARATIONS OF INTEREST
Councillor Okoro declared a pecuniary interest in item FC/105 because his
company holds the contract for cleaning the bus shelters. He withdrew from
the meeting for that item.

FC/104 COMMUNITY GRANTS
The Finance Officer presented the grants panel's recommendations.
RESOLVED that grants totalling £6,400 be awarded as set out in the panel's
report.

FC/105 BUS SHELTER REPLACEMENT
Councillor Venn proposed, and Councillor Dalby seconded, that the three
shelters on Station Road be replaced this year. On being put to the vote
the motion was carried with 6 in favour, 2 against and 1 abstention.
RESOLVED that the three bus shelters on Station Road be replaced at a cost
of up to £27,500 from the Capital Reserve.

FC/106 SKATE PARK LIGHTING
A motion moved by Councillor Ferris to install lighting at the skate park
was lost (3 for, 5 against).

The meeting closed at 9.05pm.
"""


def felby_txt(path: Path) -> Path:
    """Plain-text town council minutes: reference-numbered items, a wrapped declaration, votes in words and numbers."""
    path.write_text(FELBY_TXT, encoding="utf-8")
    return path


CARROW_TXT = """CARROW DISTRICT COUNCIL
Depot Rebuild Project - Monthly Status Report, April 2025

Project status: Green
Approved budget: £4,800,000
Actual spend to date: £1,215,000
Projected outturn: £4,950,000
Variance: £150,000 over budget, inside the 5% tolerance

Progress this month
The steel frame of the vehicle workshop is complete and cladding has started.
"""


def carrow_txt(path: Path) -> Path:
    """A plain-text project status report with its budget lines."""
    path.write_text(CARROW_TXT, encoding="utf-8")
    return path


MAKERS = {
    "ormsby-leisure-sites.pdf": ormsby_pdf,
    "brayford-budget-2025.html": brayford_html,
    "dunmere-central-library.docx": dunmere_docx,
    "felby-council-minutes-2025-03-03.txt": felby_txt,
    "carrow-depot-status-2025-04.txt": carrow_txt,
}


def build(folder: Path) -> list[Path]:
    """Write every test paper into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    return [make(folder / name) for name, make in MAKERS.items()]
