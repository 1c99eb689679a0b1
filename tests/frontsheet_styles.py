"""Front sheets of eleven invented councils, each in a house style of its own and a format of its own, with gold.

Ellerdale (PDF): a two-column label/value grid with "Lead Member", "Responsible Officer", "Public/Exempt" and a
value over two lines. Haverleigh (DOCX): bold labels on their own paragraph above the value. Stowmere (HTML): a
definition list. Corrindale (TXT): "Label: value" lines aligned in columns, values wrapped onto indented lines. Five more: a four-column
DOCX grid (Brimley), bold "Label:" runs inside DOCX paragraphs (Farrow), an HTML <th>/<td> table (Greystone), a PDF of
bold labels beside values drawn without a grid, one value "X: y" itself (Halden), and capitals "LABEL: value" lines in
plain text with a value wrapped flush-left (Ivel). Two more: an HTML definition list and table whose values break
with <br> (Hexley), and a PDF whose "Label: value" lines sit so tight that its reader runs them into one paragraph
(Jarrowfield).
GOLD maps each file to the fields a reader must find (vocabulary name -> words the value holds); QUESTIONS are
paraphrases members ask, with the facts each answer must hold.
"""

from __future__ import annotations

from pathlib import Path

ELLERDALE = [
    ("Meeting", "Executive Committee"),
    ("Date", "4 June 2025"),
    ("Title", "Riverside Car Park Charges Review"),
    ("Lead Member", "Councillor Nadia Fenwick, Lead Member for Transport and Highways"),
    ("Responsible Officer", "Owen Tallis, Assistant Director (Environment)"),
    ("Report Author", "Keira Dunmore, Parking Services Team Leader"),
    ("Decision type", "Key"),
    ("Ward(s)", "Riverside; Castle Hill; Old Town"),
    ("Public/Exempt", "Public, except Appendix 2, which is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"),
    ("Contact", "Keira Dunmore, 01908 552 314, keira.dunmore@ellerdale.example.gov.uk"),
]

HAVERLEIGH = [
    ("Report to", "Cabinet"),
    ("Date of meeting", "19 November 2025"),
    ("Cabinet Portfolio Holder", "Cllr Jasper Holt, Portfolio Holder for Housing and Homelessness"),
    ("Responsible Director", "Director of Housing and Communities"),
    ("Author", "Rhiannon Vaughan, Housing Strategy Officer"),
    ("Key decision", "Yes"),
    ("Forward Plan item", "KD/2025/077"),
    ("Wards affected", "All wards"),
    ("Contact details", "Rhiannon Vaughan"),
    ("Telephone", "01632 774 210"),
    ("Email", "rhiannon.vaughan@haverleigh.example.gov.uk"),
]

STOWMERE = [
    ("Decision maker", "Cabinet"),
    ("Meeting date", "11 March 2026"),
    ("Executive Member", "Councillor Priya Lakhani, Executive Member for Children and Families"),
    ("Lead Officer", "Director of Children's Services"),
    ("Report author", "Tomasz Nowicki, School Place Planning Manager"),
    ("Divisions affected", "Stowmere North; Stowmere South; Brightwell"),
    ("Exempt information", "None"),
    ("Officer contact", "Tomasz Nowicki, School Place Planning Manager, 01223 801 455, tomasz.nowicki@stowmere.example.gov.uk"),
]

CORRINDALE_TEXT = """CORRINDALE DISTRICT COUNCIL

Community Grants Scheme 2026/27
===============================

Meeting:             Cabinet
Meeting date:        8 January 2026
Lead Member:         Councillor Hugh Marchetti, Lead Member for Communities
                     and Voluntary Sector
Report of:           Head of Community Development
Decision type:       Key decision
Ward(s):             Ashby Moor; Fenton; Lower Corrin
Public/Exempt:       Public
Contact officer:     Delyth Pryce, Community Grants Officer, 01745 330
                     912, delyth.pryce@corrindale.example.gov.uk

1. Purpose
----------

1.1   To agree the criteria and budget of the Community Grants Scheme for 2026/27.

2. Recommendations
------------------

That Cabinet:

2.1   agrees a grants budget of £180,000 for 2026/27;
2.2   agrees that no single grant exceeds £15,000.
"""


BRIMLEY = [["Meeting", "Cabinet", "Date", "2 July 2025"],
           ["Portfolio", "Cllr Ann Fry, Portfolio Holder for Green Spaces", "Author", "Sam Lee, Parks Officer"],
           ["Key decision", "No", "Wards", "Brimley East"]]
FARROW = [("Report to:", "Executive"), ("Meeting date:", "9 September 2025"), ("Executive Member:", "Cllr Rob Dane, Executive Member for Leisure"),
          ("Report author:", "Lucy Hart, Leisure Manager, 01234 567890"), ("Exempt:", "No")]
GREYSTONE = [("Report of", "Director of Place"), ("Cabinet Member", "Councillor Tara Moss, Cabinet Member for Planning"),
             ("Contact officer", "Ian Cole, Planning Policy Manager, 01632 555 100, ian.cole@greystone.example.gov.uk"),
             ("Forward Plan reference", "FP 2025/12"), ("Wards affected", "All")]
HALDEN = [("Report to", ["Cabinet"]), ("Date", ["14 October 2025"]), ("Lead Member", ["Councillor Mei Chen, Lead Member for", "Environment and Waste"]),
          ("Report author", ["Joe Park, Fleet Manager"]),
          ("Public/Exempt", ["Exempt in part: Appendix B is exempt under paragraph 3", "of Part 1 of Schedule 12A to the Local Government Act 1972"]),
          ("Contact", ["Joe Park, 01632 777 888"])]
IVEL_TEXT = """IVEL DISTRICT COUNCIL

PARKING ENFORCEMENT REVIEW

REPORT TO: Cabinet
DATE OF MEETING: 3 March 2026
PORTFOLIO HOLDER: Councillor Dev Shah, Portfolio Holder for Transport
REPORT AUTHOR: Ellen Wray, Parking Manager
EXEMPT INFORMATION: Appendix 3 is exempt under paragraph 3 of Part 1 of
Schedule 12A to the Local Government Act 1972
CONTACT OFFICER: Ellen Wray, 01632 999 000

1. PURPOSE

1.1 To review parking enforcement.
"""
HEXLEY_HTML = """<html><body><p>Hexley Borough Council</p><h1>Market Hall Lease</h1>
<dl><dt>Report to</dt><dd>Cabinet</dd><dt>Exempt information</dt><dd>Yes, Appendix 2 is exempt under<br>paragraph 3 of Schedule 12A</dd>
<dt>Contact officer</dt><dd>Amy Cole<br>Estates Manager<br>01632 444 555<br>amy.cole@hexley.example.gov.uk</dd></dl>
<table><tr><td>Lead Member</td><td>Cllr Bo Lind,<br>Lead Member for Assets</td></tr><tr><td>Wards affected</td><td>Market;<br>Castle</td></tr></table>
<h2>1. Purpose</h2><p>1.1 To agree the lease.</p></body></html>"""
JARROWFIELD = ["Report to: Cabinet", "Date of meeting: 5 May 2026", "Exempt information: Yes - Appendix 1 is exempt under paragraph 3 of",
               "Part 1 of Schedule 12A to the Local Government Act 1972", "Portfolio Holder: Councillor Kim Roe, Portfolio Holder for",
               "Transport and Infrastructure", "Report author: Dan Ng, Transport Officer", "Contact officer: Dan Ng, Transport Officer",
               "Tel: 01632 888 111", "Email: dan.ng@jarrowfield.example.gov.uk"]

# Per file: vocabulary field -> words its value must hold.
GOLD: dict[str, dict[str, list[str]]] = {
    "ellerdale-car-parks.pdf": {
        "report_to": ["Executive Committee"],
        "meeting_date": ["4 June 2025"],
        "portfolio_holder": ["Nadia Fenwick", "Lead Member for Transport and Highways"],
        "report_of": ["Owen Tallis"],
        "author": ["Keira Dunmore"],
        "key_decision": ["Key"],
        "wards": ["Riverside", "Castle Hill", "Old Town"],
        "exempt": ["Appendix 2", "paragraph 3 of Part 1 of Schedule 12A"],
        "contact": ["01908 552 314", "keira.dunmore@ellerdale.example.gov.uk"],
    },
    "haverleigh-homelessness.docx": {
        "report_to": ["Cabinet"],
        "meeting_date": ["19 November 2025"],
        "portfolio_holder": ["Jasper Holt", "Portfolio Holder for Housing and Homelessness"],
        "director": ["Director of Housing and Communities"],
        "author": ["Rhiannon Vaughan"],
        "forward_plan": ["KD/2025/077"],
        "wards": ["All wards"],
        "contact": ["Rhiannon Vaughan", "01632 774 210", "rhiannon.vaughan@haverleigh.example.gov.uk"],
    },
    "stowmere-school-places.html": {
        "report_to": ["Cabinet"],
        "meeting_date": ["11 March 2026"],
        "portfolio_holder": ["Priya Lakhani", "Executive Member for Children and Families"],
        "report_of": ["Director of Children's Services"],
        "author": ["Tomasz Nowicki"],
        "wards": ["Stowmere North", "Brightwell"],
        "exempt": ["None"],
        "contact": ["Tomasz Nowicki", "01223 801 455", "tomasz.nowicki@stowmere.example.gov.uk"],
    },
    "corrindale-community-grants.txt": {
        "report_to": ["Cabinet"],
        "meeting_date": ["8 January 2026"],
        "portfolio_holder": ["Hugh Marchetti", "Lead Member for Communities and Voluntary Sector"],
        "report_of": ["Head of Community Development"],
        "key_decision": ["Key decision"],
        "wards": ["Ashby Moor", "Fenton", "Lower Corrin"],
        "exempt": ["Public"],
        "contact": ["Delyth Pryce", "01745 330 912", "delyth.pryce@corrindale.example.gov.uk"],
    },
    "brimley-allotments.docx": {
        "report_to": ["Cabinet"], "meeting_date": ["2 July 2025"], "portfolio_holder": ["Ann Fry"], "author": ["Sam Lee"],
        "key_decision": ["No"], "wards": ["Brimley East"],
    },
    "farrow-leisure.docx": {
        "report_to": ["Executive"], "meeting_date": ["9 September 2025"], "portfolio_holder": ["Rob Dane"], "author": ["Lucy Hart", "01234 567890"],
        "exempt": ["No"],
    },
    "greystone-local-plan.html": {
        "report_of": ["Director of Place"], "portfolio_holder": ["Tara Moss"], "contact": ["Ian Cole", "01632 555 100"],
        "forward_plan": ["FP 2025/12"], "wards": ["All"],
    },
    "halden-depot.pdf": {
        "report_to": ["Cabinet"], "meeting_date": ["14 October 2025"], "portfolio_holder": ["Mei Chen", "Lead Member for Environment and Waste"],
        "author": ["Joe Park"], "exempt": ["Appendix B", "paragraph 3 of Part 1 of Schedule 12A"], "contact": ["01632 777 888"],
    },
    "ivel-parking.txt": {
        "report_to": ["Cabinet"], "meeting_date": ["3 March 2026"], "portfolio_holder": ["Dev Shah"], "author": ["Ellen Wray"],
        "exempt": ["Appendix 3", "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"], "contact": ["01632 999 000"],
    },
    "hexley-market-hall.html": {
        "report_to": ["Cabinet"], "exempt": ["Appendix 2 is exempt under paragraph 3 of Schedule 12A"], "portfolio_holder": ["Bo Lind", "Lead Member for Assets"],
        "wards": ["Market; Castle"], "contact": ["Amy Cole", "01632 444 555", "amy.cole@hexley.example.gov.uk"],
    },
    "jarrowfield-bus-shelters.pdf": {
        "report_to": ["Cabinet"], "meeting_date": ["5 May 2026"], "exempt": ["paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"],
        "portfolio_holder": ["Kim Roe", "Portfolio Holder for Transport and Infrastructure"], "author": ["Dan Ng"],
        "contact": ["01632 888 111", "dan.ng@jarrowfield.example.gov.uk"],
    },
}

# Paraphrased questions (none an eval question) and the facts each answer must hold.
QUESTIONS: list[tuple[str, list[str]]] = [
    ("Which councillor is responsible for the Riverside car park charges review?", ["Nadia Fenwick"]),
    ("Who was the cabinet member behind Haverleigh's homelessness strategy?", ["Jasper Holt"]),
    ("Which cabinet member is responsible for the Stowmere school places report?", ["Priya Lakhani"]),
    ("Who is the lead member for Corrindale's community grants scheme?", ["Hugh Marchetti", "Voluntary Sector"]),
    ("Is any part of the Riverside car park charges review exempt from publication?", ["Schedule 12A"]),
    ("Who can answer questions on the Stowmere school places report?", ["Tomasz Nowicki", "01223 801 455"]),
    ("Who should I speak to about Haverleigh's homelessness strategy?", ["Rhiannon Vaughan", "01632 774 210"]),
    ("When does the Corrindale community grants scheme go to Cabinet, and who is the lead member?", ["8 January 2026", "Hugh Marchetti"]),
    ("Which meeting is the Riverside car park charges review going to, on what date, and which wards does it cover?",
     ["Executive Committee", "4 June 2025", "Castle Hill"]),
    ("Which meeting was the Stowmere school places report written for, and when?", ["Cabinet", "11 March 2026"]),
    ("Who holds the portfolio for Brimley's allotments policy review?", ["Ann Fry"]),
    ("Is the Halden depot relocation report exempt from publication?", ["Appendix B", "Schedule 12A"]),
    ("Which cabinet member is responsible for Ivel's parking enforcement review, and who wrote it?", ["Dev Shah", "Ellen Wray"]),
    ("Who can I contact about the Greystone local plan timetable?", ["Ian Cole", "01632 555 100"]),
    ("Give me the contact details for the Brimley allotments review", ["Sam Lee"]),  # no contact printed: its author
    ("Which officer is behind the Halden depot relocation?", ["Joe Park"]),
    ("When is the Farrow leisure pricing report being considered and by whom?", ["9 September 2025", "Executive"]),
    ("Which portfolio does the Haverleigh homelessness strategy fall under?", ["Jasper Holt"]),
    ("What areas does the Stowmere school places report cover?", ["Stowmere North", "Brightwell"]),
    ("Who is the portfolio holder for Jarrowfield's bus shelter renewal, and is any of it exempt?", ["Kim Roe", "Schedule 12A"]),
    ("What is the email of the contact for the Hexley market hall lease?", ["amy.cole@hexley.example.gov.uk"]),
    ("Who wrote the Riverside car park charges review, and whose review is it?", ["Keira Dunmore", "Owen Tallis"]),
]


def write_pdf(path: Path, title: str, council: str, rows: list[tuple[str, str]]) -> None:
    """A one-page PDF: letterhead, title, then a bordered two-column grid whose long values wrap inside their cell."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12)
    label = ParagraphStyle("label", parent=body, fontName="Helvetica-Bold")
    grid = Table([[Paragraph(a, label), Paragraph(b, body)] for a, b in rows], colWidths=[120, 330])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(council, ParagraphStyle("c", parent=body, fontSize=12)), Spacer(1, 6),
             Paragraph(title, ParagraphStyle("t", parent=label, fontSize=16, leading=20)), Spacer(1, 10), grid, Spacer(1, 12),
             Paragraph("1. Purpose", ParagraphStyle("h", parent=label, fontSize=12)),
             Paragraph("1.1 To review the charges at the council's riverside car parks.", body)]
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story)


def write_docx(path: Path, title: str, council: str, rows: list[tuple[str, str]]) -> None:
    """A Word file: council and title, then each label a bold paragraph of its own with the value in plain text below."""
    import docx

    document = docx.Document()
    document.add_paragraph(council)
    document.add_heading(title, level=1)
    for label, value in rows:
        document.add_paragraph().add_run(label).bold = True
        document.add_paragraph(value)
    document.add_heading("1. Purpose", level=2)
    document.add_paragraph("1.1 To adopt a homelessness and rough sleeping strategy for 2025 to 2030.")
    document.save(str(path))


def write_html(path: Path, title: str, council: str, rows: list[tuple[str, str]]) -> None:
    """An HTML page: the front sheet as a definition list (<dt> label, <dd> value)."""
    from html import escape

    items = "\n".join(f"<dt>{escape(a)}</dt><dd>{escape(b)}</dd>" for a, b in rows)
    path.write_text(
        f"<!doctype html><html><head><title>{escape(title)}</title></head><body>"
        f"<p>{escape(council)}</p><h1>{escape(title)}</h1><dl>\n{items}\n</dl>"
        "<h2>1. Purpose</h2><p>1.1 To agree where 420 new primary school places will be built by September 2027.</p></body></html>",
        encoding="utf-8",
    )


def build(folder: Path) -> Path:
    """Write the eleven front sheets into `folder` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    write_pdf(folder / "ellerdale-car-parks.pdf", "Riverside Car Park Charges Review", "Ellerdale Borough Council", ELLERDALE)
    write_docx(folder / "haverleigh-homelessness.docx", "Homelessness and Rough Sleeping Strategy 2025-2030", "Haverleigh District Council", HAVERLEIGH)
    write_html(folder / "stowmere-school-places.html", "Primary School Places in Stowmere", "Stowmere County Council", STOWMERE)
    (folder / "corrindale-community-grants.txt").write_text(CORRINDALE_TEXT, encoding="utf-8")
    write_grid_docx(folder / "brimley-allotments.docx", "Allotments Policy Review", "Brimley Town Council", BRIMLEY)
    write_inline_docx(folder / "farrow-leisure.docx", "Leisure Pricing 2026", "Farrow District Council", FARROW)
    write_th_html(folder / "greystone-local-plan.html", "Local Plan Timetable", "Greystone City Council", GREYSTONE)
    write_drawn_pdf(folder / "halden-depot.pdf", "Depot Relocation", "Halden Borough Council", HALDEN)
    (folder / "ivel-parking.txt").write_text(IVEL_TEXT, encoding="utf-8")
    (folder / "hexley-market-hall.html").write_text(HEXLEY_HTML, encoding="utf-8")
    write_tight_pdf(folder / "jarrowfield-bus-shelters.pdf", "Bus Shelter Renewal", "Jarrowfield District Council", JARROWFIELD)
    return folder


def write_tight_pdf(path: Path, title: str, council: str, lines: list[str]) -> None:
    """A PDF whose field lines are set 14pt apart in one font, with no gap between fields, then a numbered section."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 11)
    page.drawString(50, 800, council)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(50, 775, title)
    y = 745
    page.setFont("Helvetica", 10)
    for line in [*lines, "", "1. Purpose", "1.1 To renew the district's bus shelters."]:
        page.drawString(50, y, line)
        y -= 14
    page.save()


def write_grid_docx(path: Path, title: str, council: str, rows: list[list[str]]) -> None:
    """A Word file whose front sheet is a four-column table: label, value, label, value."""
    import docx

    document = docx.Document()
    document.add_paragraph(council)
    document.add_heading(title, level=1)
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_heading("1. Purpose", level=2)
    document.add_paragraph("1.1 To review the allotments policy.")
    document.save(str(path))


def write_inline_docx(path: Path, title: str, council: str, rows: list[tuple[str, str]]) -> None:
    """A Word file: each field one paragraph, its label a bold run ending in a colon, its value plain after it."""
    import docx

    document = docx.Document()
    document.add_paragraph(council)
    document.add_heading(title, level=1)
    for label, value in rows:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(" " + value)
    document.add_heading("1. Purpose", level=2)
    document.add_paragraph("1.1 To set leisure prices.")
    document.save(str(path))


def write_th_html(path: Path, title: str, council: str, rows: list[tuple[str, str]]) -> None:
    """An HTML page: the front sheet as a table of <th> labels and <td> values."""
    from html import escape

    cells = "".join(f"<tr><th>{escape(a)}</th><td>{escape(b)}</td></tr>" for a, b in rows)
    path.write_text(f"<html><body><p>{escape(council)}</p><h1>{escape(title)}</h1><table>{cells}</table>"
                    "<h2>1. Purpose</h2><p>1.1 To agree the timetable.</p></body></html>", encoding="utf-8")


def write_drawn_pdf(path: Path, title: str, council: str, rows: list[tuple[str, list[str]]]) -> None:
    """A PDF drawn line by line: bold labels at the left margin, values beside them (some over two lines), no grid."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 11)
    page.drawString(50, 800, council)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(50, 770, title)
    y = 730
    for label, lines in rows:
        page.setFont("Helvetica-Bold", 10)
        page.drawString(50, y, label)
        page.setFont("Helvetica", 10)
        for line in lines:
            page.drawString(200, y, line)
            y -= 14
        y -= 6
    page.setFont("Helvetica-Bold", 12)
    page.drawString(50, y - 10, "1. Purpose")
    page.setFont("Helvetica", 10)
    page.drawString(50, y - 26, "1.1 To relocate the depot.")
    page.save()
