"""Whole documents of invented councils, each in a house style of its own, read end to end into their model.

Each test writes a small DOCX, PDF, HTML or text file, reads it with the real readers and `read_model`, and checks
what a member would see in `cabinet show`: the title, the plan tree, the front-sheet fields and the document type.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from ingest.model import DocumentModel, Node
from ingest.readers import read_document
from ingest.reading import read_model


def _model(path: Path) -> DocumentModel:
    return read_model(read_document(path))


def _nodes(model: DocumentModel) -> list[tuple[int, Node]]:
    return [(depth, node) for root in model.tree for depth, node in root.walk()]


def _node(model: DocumentModel, starts: str) -> Node:
    found = [node for _depth, node in _nodes(model) if node.text.startswith(starts)]
    assert found, f"no node starting {starts!r} in {[n.text[:40] for _d, n in _nodes(model)]}"
    return found[0]


def _fields(model: DocumentModel) -> dict[str, str]:
    return {item.name: item.value for item in model.fields}


# --- builders ---------------------------------------------------------------------------------------------------


def _docx(path: Path, metadata: str, paragraphs: list[tuple[str, str]]) -> Path:
    """A Word file from (style, text) pairs; style "bold" is a Normal paragraph in one bold run."""
    import docx

    document = docx.Document()
    document.core_properties.title = metadata
    for style, text in paragraphs:
        if style == "bold":
            document.add_paragraph().add_run(text).bold = True
        elif style.startswith("Heading") or style == "Title":
            document.add_paragraph(text, style=style)
        else:
            document.add_paragraph(text, style=style)
    document.save(str(path))
    return path


def _pdf(path: Path, metadata: str, pages: list[list[tuple[str, int, bool, str]]], header: str = "") -> Path:
    """A PDF drawn line by line: each page a list of (font size, indent, bold, text), under a running header if given."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setTitle(metadata)
    for lines in pages:
        if header:
            page.setFont("Helvetica", 8)
            page.drawString(50, 815, header)
        y = 790
        for size, indent, bold, text in lines:
            page.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            page.drawString(50 + indent, y, text)
            y -= size + 9
        page.setFont("Helvetica", 8)
        page.drawString(280, 30, f"Page {pages.index(lines) + 1}")
        page.showPage()
    page.save()
    return path


# --- titles -------------------------------------------------------------------------------------------------------


def test_a_docx_front_sheet_title_field_wins_over_generic_metadata(tmp_path):
    path = _docx(
        tmp_path / "report.docx",
        "Committee report",
        [
            ("bold", "Ashcombe Borough Council"),
            ("Normal", "Meeting: Cabinet"),
            ("Normal", "Date: 3 March 2025"),
            ("Normal", "Report name: Winter Gritting Routes 2025 to 2028"),
            ("Normal", "Lead Member: Councillor Rosa Fenn, Lead Member for Highways"),
            ("Normal", "Contact: Idris Bowen, 01632 440112, idris.bowen@ashcombe.example.gov.uk"),
            ("Heading 1", "1. Purpose"),
            ("Normal", "1.1 To agree the roads treated in freezing weather."),
        ],
    )
    assert _model(path).title == "Winter Gritting Routes 2025 to 2028"


def test_a_front_sheet_title_field_wins_over_metadata_in_the_documents_own_words(tmp_path):
    """Metadata naming the meeting ('Policy Committee 6 November 2025 - Harbour') is the paper's words, not its title."""
    path = _pdf(tmp_path / "paper.pdf", "Policy Committee 6 November 2025 - Harbour", [[
        (16, 0, True, "POLICY COMMITTEE"), (10, 0, False, "6 November 2025. Report by the Director of Place. Harbour programme."),
        (11, 0, True, "1. TITLE"), (10, 0, False, "Harbour Programme: additional budget and purchase of land at Eastfield"),
        (11, 0, True, "2. PURPOSE"), (10, 0, False, "To ask the Committee to increase the harbour budget."),
        (11, 0, True, "3. BACKGROUND"), (10, 0, False, "The programme began in 2022 and has two phases."),
    ]])
    assert _model(path).title == "Harbour Programme: additional budget and purchase of land at Eastfield"


@pytest.mark.parametrize("metadata", ["Executive report", "Agenda item 5", "Report", "Scrutiny committee report", "Paper B"])
def test_generic_metadata_never_replaces_the_title_heading(tmp_path, metadata):
    path = _docx(
        tmp_path / "paper.docx",
        metadata,
        [
            ("bold", "Ravensmoor District Council"),
            ("Title", "Community Toilets Grant Scheme"),
            ("Normal", "Report to: Executive"),
            ("Normal", "Date of meeting: 12 May 2025"),
            ("Heading 1", "1. Summary"),
            ("Normal", "1.1 The scheme pays shops to open their toilets to the public."),
        ],
    )
    assert _model(path).title == "Community Toilets Grant Scheme"


def test_a_pdf_appendix_takes_its_title_from_its_first_lines_not_its_appendix_letter(tmp_path):
    path = _pdf(
        tmp_path / "annex.pdf",
        "Annex C",
        [
            [
                (10, 0, True, "Brackenmoor City Council"),
                (16, 0, True, "Highways Asset Plan 2025/26 to 2027/28"),
                (10, 0, False, "Annex C to the Medium Term Financial Strategy report, Council, 20 February 2025"),
                (12, 0, True, "Introduction"),
                (9, 0, False, "This annex sets out how the council will look after its roads and bridges."),
            ]
        ],
    )
    assert _model(path).title == "Highways Asset Plan 2025/26 to 2027/28"


def test_a_title_heading_with_a_colon_is_not_a_field(tmp_path):
    path = _docx(
        tmp_path / "highlight.docx",
        "",
        [
            ("bold", "Saltmarsh Borough Council"),
            ("Title", "Harbour Walls: phase 3 repairs"),
            ("Normal", "Report to: Harbour Board"),
            ("Normal", "Date: 9 April 2025"),
            ("Normal", "Report of: Head of Coastal Services"),
            ("Heading 1", "1. Summary"),
            ("Normal", "1.1 Repairs to the north wall finished in March."),
        ],
    )
    model = _model(path)
    assert model.title == "Harbour Walls: phase 3 repairs"
    assert "harbour walls" not in _fields(model)
    assert _fields(model)["report_to"] == "Harbour Board"


# --- plan trees -----------------------------------------------------------------------------------------------------


def test_docx_we_will_bullets_hang_under_their_outcome_heading(tmp_path):
    path = _docx(
        tmp_path / "plan.docx",
        "",
        [
            ("bold", "Kestrelford Borough Council"),
            ("Title", "Kestrelford Council Plan 2025-2029"),
            ("Heading 1", "Introduction"),
            ("Normal", "This plan sets out what we will do over four years."),
            ("Heading 1", "Aim 1: A greener borough"),
            ("Heading 2", "Objective 1.1: Cleaner air"),
            ("Normal", "In the next two years we will:"),
            ("List Bullet", "plant 5,000 street trees"),
            ("List Bullet", "replace the bus fleet with electric buses"),
            ("Heading 2", "Objective 1.2: Less litter"),
            ("Normal", "Over the life of this plan we will:"),
            ("List Bullet", "empty town centre bins twice a day"),
            ("List Bullet", "fine people who drop litter"),
            ("List Bullet", "support 40 volunteer litter-pick groups"),
            ("Heading 1", "Aim 2: Homes for everyone"),
            ("Heading 2", "Objective 2.1: More affordable homes"),
            ("Normal", "To get there, the council will:"),
            ("List Bullet", "build 120 council homes"),
        ],
    )
    model = _model(path)
    for objective, count in (("Objective 1.1", 2), ("Objective 1.2", 3), ("Objective 2.1", 1)):
        node = _node(model, objective)
        items = [n for _d, n in node.walk() if n.kind == "item" and n is not node]
        assert len(items) == count, (objective, [n.text for n in items])
    assert _node(model, "Objective 1.1") in _node(model, "Aim 1").children


def test_a_single_lead_in_with_bullets_under_a_heading_is_that_heading_s_list(tmp_path):
    path = _docx(
        tmp_path / "strategy.docx",
        "",
        [
            ("Title", "Thornbury Play Strategy"),
            ("Heading 1", "Priority 1: Better playgrounds"),
            ("Normal", "We will:"),
            ("List Bullet", "refurbish six playgrounds"),
            ("List Bullet", "add accessible swings to every park"),
            ("Heading 1", "Priority 2: Play for older children"),
            ("Normal", "This priority is new and its actions are still being agreed with young people."),
        ],
    )
    node = _node(_model(path), "Priority 1")
    assert [n.text for _d, n in node.walk() if n.kind == "item" and not n.text.endswith(":")] == [
        "refurbish six playgrounds",
        "add accessible swings to every park",
    ]


def test_html_lists_after_h2_and_h3_headings_are_their_items(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text(
        "<!doctype html><html><head><title>Plan</title></head><body>"
        "<p>Wexcombe District Council</p><h1>Wexcombe Climate Action Plan</h1>"
        "<h2>Theme 1: Buildings</h2><h3>Outcome 1.1: Warmer council homes</h3><p>We will:</p>"
        "<ul><li>insulate 400 council homes</li><li>fit heat pumps in 150 homes</li></ul>"
        "<h3>Outcome 1.2: Greener offices</h3><ol><li>put solar panels on the town hall</li><li>switch to a green tariff</li></ol>"
        "<h2>Theme 2: Transport</h2><h3>Outcome 2.1: More cycling</h3><p>Our actions:</p>"
        "<ul><li>build 12 km of cycle lanes</li></ul>"
        "</body></html>",
        encoding="utf-8",
    )
    model = _model(path)
    for outcome, items in (
        ("Outcome 1.1", ["insulate 400 council homes", "fit heat pumps in 150 homes"]),
        ("Outcome 1.2", ["put solar panels on the town hall", "switch to a green tariff"]),
        ("Outcome 2.1", ["build 12 km of cycle lanes"]),
    ):
        node = _node(model, outcome)
        assert [n.text for _d, n in node.walk() if n.kind == "item"] == items


def test_a_pdf_list_running_over_a_page_break_stays_one_list_under_its_heading(tmp_path):
    first = [
        (10, 0, True, "Lowfield District Council"),
        (20, 0, True, "Lowfield Housing Strategy 2025-2030"),
        (14, 0, True, "Priority 1: Homes people can afford"),
        (10, 0, False, "Over the next five years we will:"),
    ] + [(10, 12, False, f"\u2022 deliver scheme {n} of the affordable homes programme") for n in range(1, 9)]
    second = [(10, 12, False, f"\u2022 deliver scheme {n} of the affordable homes programme") for n in range(9, 12)] + [
        (14, 0, True, "Priority 2: Warm and safe homes"),
        (10, 0, False, "We will:"),
        (10, 12, False, "\u2022 inspect every private rented home in the town centre"),
    ]
    model = _model(_pdf(tmp_path / "strategy.pdf", "", [first, second], header="Lowfield Housing Strategy 2025-2030 | Draft for consultation"))
    first_priority = _node(model, "Priority 1")
    items = [n.text for _d, n in first_priority.walk() if n.kind == "item" and n.text.startswith("deliver")]
    assert items == [f"deliver scheme {n} of the affordable homes programme" for n in range(1, 12)]
    assert [n.text for _d, n in _node(model, "Priority 2").walk() if n.kind == "item"][-1] == (
        "inspect every private rented home in the town centre"
    )


# --- front sheets ---------------------------------------------------------------------------------------------------


_DL_HTML = """<!doctype html><html><head><title>Pellbrook - Agenda item</title></head><body>
<p>Pellbrook Borough Council</p>
<h1>Market Square Events Programme</h1>
<dl>
<dt>Committee</dt><dd>Economy Scrutiny Panel</dd>
<dt>Date</dt><dd>6 June 2025</dd>
<dt>Report of</dt><dd>Head of Town Centres</dd>
<dt>Lead Member</dt><dd>Councillor Omar Haddad, Lead Member for Culture</dd>
<dt>Contact</dt><dd>Grace Okafor, Events Manager<br>01632 555019<br>grace.okafor@pellbrook.example.gov.uk</dd>
</dl>
<p>Published under the council's open reporting rules.</p>
<h2>Purpose</h2>
<p>To review the first year of events in Market Square.</p>
<h2>What the programme offers</h2>
<ul><li>a monthly food market</li><li>summer concerts</li></ul>
</body></html>"""


def test_an_html_definition_list_front_sheet_gives_fields_and_no_empty_headings(tmp_path):
    path = tmp_path / "events.html"
    path.write_text(_DL_HTML, encoding="utf-8")
    model = _model(path)
    fields = _fields(model)
    assert fields["report_of"] == "Head of Town Centres"
    assert fields["portfolio_holder"] == "Councillor Omar Haddad, Lead Member for Culture"
    assert fields["meeting_date"] == "6 June 2025"
    assert fields["report_to"] == "Economy Scrutiny Panel"
    assert "01632 555019" in fields["contact"] and "grace.okafor@pellbrook.example.gov.uk" in fields["contact"]
    assert "Published" not in fields["contact"]
    texts = [node.text for _d, node in _nodes(model)]
    for label in ("Committee", "Date", "Report of", "Lead Member", "Contact"):
        assert label not in texts
    assert [n.text for n in _node(model, "What the programme offers").children] == ["a monthly food market", "summer concerts"]
    assert model.title == "Market Square Events Programme"


def test_docx_bold_label_lines_give_fields_and_no_label_headings(tmp_path):
    path = _docx(
        tmp_path / "sheet.docx",
        "Cabinet report template",
        [
            ("bold", "Oakhurst District Council"),
            ("Title", "Public Conveniences Review"),
            ("bold", "Report to"),
            ("Normal", "Cabinet"),
            ("bold", "Portfolio Holder"),
            ("Normal", "Councillor Bea Lund, Portfolio Holder for Environment"),
            ("bold", "Report author"),
            ("Normal", "Sam Ito, Facilities Manager"),
            ("bold", "Wards affected"),
            ("Normal", "All"),
            ("bold", "Contact officer"),
            ("Normal", "Sam Ito, Facilities Manager"),
            ("Normal", "Telephone: 01632 770100"),
            ("Normal", "This report is published in draft for the purposes of consultation."),
            ("Heading 1", "Recommendations"),
            ("Normal", "1. That Cabinet closes the Mill Lane toilets."),
        ],
    )
    model = _model(path)
    fields = _fields(model)
    assert fields["portfolio_holder"] == "Councillor Bea Lund, Portfolio Holder for Environment"
    assert fields["author"] == "Sam Ito, Facilities Manager"
    assert fields["wards"] == "All"
    assert fields["contact"] == "Sam Ito, Facilities Manager Telephone: 01632 770100"
    headings = [node.text for _d, node in _nodes(model) if node.kind == "heading"]
    for label in ("Report to", "Portfolio Holder", "Report author", "Wards affected", "Contact officer"):
        assert label not in headings
    assert "Recommendations" in headings


def test_a_block_of_aligned_colon_labels_gives_fields_even_when_no_label_is_known(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text(
        "MERRIDEN TOWN COUNCIL\n\nAllotments task group: final report\n===================================\n\n"
        "Task group chair:      Councillor Lena Moss\n"
        "Group members:         Councillors Ade Bello, Ru Pym\n"
        "                       and Cara Lowe\n"
        "Review period:         May to October 2024\n\n"
        "1. FINDINGS\n============\n\n1.1   Waiting lists have doubled since 2020.\n",
        encoding="utf-8",
    )
    values = {item.label: item.value for item in _model(path).fields}
    assert values.get("Task group chair") == "Councillor Lena Moss"
    assert values.get("Group members") == "Councillors Ade Bello, Ru Pym and Cara Lowe"
    assert values.get("Review period") == "May to October 2024"


def test_a_blank_signature_line_is_no_date(tmp_path):
    path = tmp_path / "minutes.html"
    path.write_text(
        "<!doctype html><html><body><h1>Minutes of the meeting of the Licensing Committee held on Monday 3 February 2025</h1>"
        "<h2>LC/25/1 Apologies for absence</h2><p>Apologies were received from Councillor Jo Wren.</p>"
        "<p>Chair: ....................</p><p>Date: ....................</p>"
        "<p>Democratic Services, Thornvale Borough Council</p></body></html>",
        encoding="utf-8",
    )
    model = _model(path)
    assert "meeting_date" not in _fields(model) or "...." not in _fields(model)["meeting_date"]
    assert all("Democratic Services" not in item.value for item in model.fields if item.name == "meeting_date")
    assert model.date == "2025-02-03"


def test_a_contact_line_does_not_take_the_sentence_below_it(tmp_path):
    path = _docx(
        tmp_path / "contact.docx",
        "",
        [
            ("Title", "Street Lighting Dimming Trial"),
            ("Normal", "Meeting: Executive"),
            ("Normal", "Date: 2 July 2025"),
            ("Normal", "Contact: Lea Marsh, 01632 660044, lea.marsh@dunmore.example.gov.uk"),
            ("Normal", "This paper was prepared with the help of the lighting contractor."),
            ("Heading 1", "1. Summary"),
        ],
    )
    assert _fields(_model(path))["contact"] == "Lea Marsh, 01632 660044, lea.marsh@dunmore.example.gov.uk"


def test_background_papers_are_a_field_not_a_label_made_of_a_paper_s_name(tmp_path):
    path = _docx(
        tmp_path / "papers.docx",
        "",
        [
            ("Title", "Parks Byelaws Review"),
            ("Normal", "Meeting: Cabinet"),
            ("Normal", "Date: 2 July 2025"),
            ("Normal", "Report of: Head of Parks"),
            ("Heading 1", "1. Legal implications"),
            ("Normal", "1.1 New byelaws need the Secretary of State's approval."),
            ("Heading 1", "2. Background papers"),
            ("Normal", "Greener Together: Parks Strategy 2020-2030 (Cabinet, 4 March 2020)."),
        ],
    )
    fields = _fields(_model(path))
    assert "greener together" not in fields
    assert "Parks Strategy 2020-2030" in fields.get("background_papers", "")


# --- document types --------------------------------------------------------------------------------------------------


def test_a_plan_that_mentions_a_committee_in_its_foreword_is_a_plan(tmp_path):
    path = _pdf(
        tmp_path / "plan.pdf",
        "CP-final-v3",
        [
            [
                (10, 0, True, "Highcliffe Borough Council"),
                (22, 0, True, "Better Together: Corporate Plan 2025-2029"),
                (12, 0, False, "Approved by Full Council on 20 February 2025"),
                (13, 0, True, "Foreword"),
                (10, 0, False, "We will report progress every quarter to the cabinet and to the overview and scrutiny"),
                (10, 0, False, "committee, and every year to residents."),
                (13, 0, True, "Priority 1: Good homes"),
                (10, 0, False, "We will:"),
                (10, 12, False, "\u2022 build 300 homes"),
                (10, 12, False, "\u2022 bring 50 empty homes back into use"),
            ]
        ],
    )
    assert _model(path).doc_type == "plan"


def test_a_record_of_a_members_decision_is_a_decision_report(tmp_path):
    path = tmp_path / "decision.txt"
    path.write_text(
        "WESTHOLM CITY COUNCIL\n\nRecord of decision by a Cabinet Member\n\nDecision reference: CMD/2025/14\n"
        "Decision maker: Councillor Ivy Shaw, Cabinet Member for Housing\nDate of decision: 4 April 2025\n"
        "Subject: Empty homes grants\n\nDECISION\n\nI have decided to offer grants of up to £10,000 to bring empty homes back into use.\n\n"
        "REASONS\n\n1. There are 412 long-term empty homes in the city.\n2. Grants cost less than enforcement.\n"
        "3. Owners asked for help.\n\nALTERNATIVES CONSIDERED\n\n1. Enforcement only.\n2. Doing nothing.\n",
        encoding="utf-8",
    )
    model = _model(path)
    assert model.doc_type == "decision-report"
    assert model.title == "Empty homes grants"


_BOLD_ROWS = [
    ("Report to", "Cabinet"),
    ("Portfolio Holder", "Councillor Mia Sorensen, Portfolio Holder for Waste"),
    ("Report author", "Dev Kapur, Waste Services Manager"),
    ("Wards affected", "All wards"),
    ("Key decision", "No"),
]


def _bold_label_docx(path: Path, joiner: str) -> Path:
    """Each front-sheet row one paragraph: the label in a bold run, then `joiner` ("\\t", a line break, ": "), then the value."""
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("Northwick District Council").bold = True
    document.add_paragraph("Food Waste Collections", style="Title")
    for label, value in _BOLD_ROWS:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        if joiner == "break":
            paragraph.add_run().add_break()
        elif joiner == "tab":
            paragraph.add_run().add_tab()
        else:
            paragraph.add_run(joiner)
        paragraph.add_run(value)
    document.add_paragraph("1. Recommendations", style="Heading 1")
    document.add_paragraph("1.1 That Cabinet starts weekly food waste collections in April 2026.")
    document.save(str(path))
    return path


@pytest.mark.parametrize("joiner", ["tab", "break", ": "])
def test_bold_label_runs_beside_their_values_give_each_field_whole(tmp_path, joiner):
    model = _model(_bold_label_docx(tmp_path / "sheet.docx", joiner))
    fields = _fields(model)
    assert fields.get("portfolio_holder") == "Councillor Mia Sorensen, Portfolio Holder for Waste"
    assert fields.get("author") == "Dev Kapur, Waste Services Manager"
    assert fields.get("wards") == "All wards"
    assert fields.get("report_to") == "Cabinet"
    assert model.title == "Food Waste Collections"


def test_html_bold_labels_over_a_line_break_give_each_field_whole(tmp_path):
    rows = "".join(f"<p><strong>{escape(label)}</strong><br>{escape(value)}</p>" for label, value in _BOLD_ROWS)
    path = tmp_path / "sheet.html"
    path.write_text(
        f"<!doctype html><html><body><p>Northwick District Council</p><h1>Food Waste Collections</h1>{rows}"
        "<h2>1. Recommendations</h2><p>1.1 That Cabinet starts weekly food waste collections in April 2026.</p></body></html>",
        encoding="utf-8",
    )
    model = _model(path)
    fields = _fields(model)
    assert fields.get("portfolio_holder") == "Councillor Mia Sorensen, Portfolio Holder for Waste"
    assert fields.get("author") == "Dev Kapur, Waste Services Manager"
    assert fields.get("report_to") == "Cabinet"
    assert not {"Portfolio Holder", "Report author", "Wards affected"} & {node.text for _d, node in _nodes(model)}


def test_pdf_bold_label_lines_over_their_values_give_fields_and_no_label_headings(tmp_path):
    lines = [(10, 0, True, "Northwick District Council"), (18, 0, True, "Food Waste Collections")]
    for label, value in _BOLD_ROWS:
        lines += [(10, 0, True, label), (10, 0, False, value)]
    lines += [(13, 0, True, "1. Recommendations"), (10, 0, False, "1.1 That Cabinet starts weekly food waste collections in April 2026.")]
    model = _model(_pdf(tmp_path / "sheet.pdf", "Cabinet report template", [lines]))
    fields = _fields(model)
    assert fields.get("portfolio_holder") == "Councillor Mia Sorensen, Portfolio Holder for Waste"
    assert fields.get("author") == "Dev Kapur, Waste Services Manager"
    assert fields.get("wards") == "All wards"
    assert model.title == "Food Waste Collections"
    assert not {"Portfolio Holder", "Report author", "Wards affected"} & {node.text for _d, node in _nodes(model)}


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("Report of the Housing Scrutiny Panel to Cabinet, 2 May 2025", "board-report"),
        ("Revenue budget monitoring 2025/26: quarter 1", "other"),
    ],
)
def test_a_report_with_numbered_sections_and_lists_is_not_a_plan(tmp_path, opening, kind):
    path = tmp_path / "report.txt"
    path.write_text(
        f"ALDERTON BOROUGH COUNCIL\n\n{opening}\n\nPrepared by: Nia Hughes\nDate: 2 May 2025\n\n"
        "1. WHAT WE FOUND\n\n1.1 Rents have risen by 9%.\n1.2 Repairs take 41 days on average.\n\n"
        "2. WHAT WE RECOMMEND\n\n  - publish repair times every month\n  - hire two more surveyors\n  - review the repairs contract\n\n"
        "3. NEXT STEPS\n\n3.1 The panel will meet again in the autumn.\n",
        encoding="utf-8",
    )
    assert _model(path).doc_type == kind


def test_docx_bullets_numbered_by_a_council_s_own_paragraph_style_are_items(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    bullet = document.styles.add_style("Council Bullet", WD_STYLE_TYPE.PARAGRAPH)
    bullet.base_style = document.styles["Normal"]
    numbering = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", "1")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        numbering.append(element)
    bullet.element.get_or_add_pPr().append(numbering)
    document.add_paragraph("Cranleigh Vale Delivery Plan 2025-2028", style="Title")
    document.add_paragraph("Goal 1: Thriving high streets", style="Heading 1")
    document.add_paragraph("Outcome 1.1: Fewer empty shops", style="Heading 2")
    document.add_paragraph("We will:")
    for text in ("offer rate relief to new shops", "buy and let two empty units"):
        document.add_paragraph(text, style="Council Bullet")
    document.add_paragraph("Outcome 1.2: Safer evenings", style="Heading 2")
    document.add_paragraph("We will:")
    document.add_paragraph("light the riverside path", style="Council Bullet")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    model = _model(path)
    assert [n.text for _d, n in _node(model, "Outcome 1.1").walk() if n.kind == "item"] == [
        "offer rate relief to new shops",
        "buy and let two empty units",
    ]
    assert [n.text for _d, n in _node(model, "Outcome 1.2").walk() if n.kind == "item"] == ["light the riverside path"]
    assert {n.label for _d, n in _node(model, "Outcome 1.1").walk() if n.kind == "item"} == {"We will"}


def test_short_sections_under_bold_headings_stay_in_the_tree(tmp_path):
    prose = (
        "The council has reviewed how it lets its community halls, and this section sets out what was found, who was asked, "
        "and why the changes proposed below are needed now rather than next year."
    )
    path = _docx(
        tmp_path / "halls.docx",
        "",
        [
            ("Title", "Community Halls Lettings Policy"),
            ("bold", "Summary"),
            ("Normal", prose),
            ("bold", "Recommendations"),
            ("Normal", "That Cabinet adopts the lettings policy at Appendix A, with the new charges taking effect from 1 April 2026 for all halls."),
            ("bold", "Financial implications"),
            ("Normal", prose),
            ("bold", "Legal implications"),
            ("Normal", prose),
        ],
    )
    headings = {node.text for _d, node in _nodes(_model(path)) if node.kind == "heading"}
    assert {"Summary", "Recommendations", "Financial implications", "Legal implications"} <= headings


def test_the_letterhead_s_council_name_is_no_heading_the_report_nests_under(tmp_path):
    path = _pdf(
        tmp_path / "report.pdf",
        "",
        [
            [
                (22, 0, True, "WILLOWMERE DISTRICT COUNCIL"),
                (16, 0, True, "Dog Control Orders"),
                (12, 0, True, "1. Purpose"),
                (10, 0, False, "1.1 To renew the dog control orders in the district's parks."),
                (12, 0, True, "2. Recommendations"),
                (10, 0, False, "2.1 That Cabinet renews the orders for three years."),
            ]
        ],
    )
    model = _model(path)
    assert model.title == "Dog Control Orders"
    assert [node.text for node in model.tree] == ["Dog Control Orders"]
    assert [node.text for node in model.tree[0].children] == ["1. Purpose", "2. Recommendations"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("WILLOWMERE DISTRICT COUNCIL", True),
        ("Upper Fenwick Metropolitan Borough Council", True),
        ("London Borough of Hollins", True),
        ("A modern, well-run council", False),
        ("Theme: A Modern Council", False),
        ("Our Council", False),
    ],
)
def test_a_letterhead_is_a_council_s_proper_name_only(line, expected):
    from ingest.fields import letterhead
    from ingest.vocabulary import load_vocabulary

    assert letterhead(line, load_vocabulary()) is expected


def test_html_bold_label_paragraphs_over_value_paragraphs_give_fields_and_no_label_headings(tmp_path):
    rows = "".join(f"<p><b>{escape(label)}</b></p><p>{escape(value)}</p>" for label, value in _BOLD_ROWS)
    path = tmp_path / "sheet.html"
    path.write_text(
        f"<!doctype html><html><body><p>Northwick District Council</p><h1>Food Waste Collections</h1>{rows}"
        "<h2>1. Recommendations</h2><ol><li>That Cabinet starts weekly food waste collections in April 2026.</li></ol></body></html>",
        encoding="utf-8",
    )
    model = _model(path)
    fields = _fields(model)
    assert fields.get("portfolio_holder") == "Councillor Mia Sorensen, Portfolio Holder for Waste"
    assert fields.get("author") == "Dev Kapur, Waste Services Manager"
    assert fields.get("key_decision") == "No"
    assert not {"Portfolio Holder", "Report author", "Wards affected"} & {node.text for _d, node in _nodes(model)}
    assert [n.text for n in _node(model, "1. Recommendations").children] == ["That Cabinet starts weekly food waste collections in April 2026."]


def test_a_title_row_deep_in_a_long_front_sheet_still_gives_the_title(tmp_path):
    rows = [
        ("Meeting", "Cabinet"),
        ("Date of meeting", "8 October 2025"),
        ("Agenda item", "9"),
        ("Report of", "Director of Resources"),
        ("Portfolio Holder", "Councillor Ed Varga, Portfolio Holder for Resources"),
        ("Key decision", "Yes"),
        ("Forward Plan reference", "FP/25/061"),
        ("Wards affected", "All"),
        ("Report title", "Council Tax Reduction Scheme 2026/27"),
        ("Contact officer", "Lou Barnes, Revenues Manager"),
    ]
    paragraphs = [("bold", "Eastmere Borough Council"), ("Title", "Cabinet 8 October 2025: Item 9 of 14 on the Agenda")]
    for label, value in rows:
        paragraphs += [("bold", label), ("Normal", value)]
    paragraphs += [("Heading 1", "1. Purpose"), ("Normal", "1.1 To agree next year's scheme.")]
    assert _model(_docx(tmp_path / "ctr.docx", "", paragraphs)).title == "Council Tax Reduction Scheme 2026/27"


def test_a_paragraph_in_bold_throughout_with_a_tab_stays_a_heading(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Riverside Lido Reopening", style="Title")
    document.add_paragraph("Meeting: Cabinet")
    document.add_paragraph("Date: 5 November 2025")
    heading = document.add_paragraph()
    heading.add_run("Appendix A").bold = True
    heading.add_run().add_tab()
    heading.add_run("Survey results").bold = True
    document.add_paragraph("Nine in ten swimmers asked for the lido to reopen.")
    path = tmp_path / "lido.docx"
    document.save(str(path))
    assert "Appendix A Survey results" in {node.text for _d, node in _nodes(_model(path)) if node.kind == "heading"}


# A definition list whose terms have an empty <dd> or none at all: the term is a label with no value, never the label
# under it taken as its value.
_DL_GAPS_HTML = """<!doctype html><html><body><h1>Skate Park Lighting</h1>
<dl>
<dt>Report of</dt><dd>Head of Leisure</dd>
<dt>Report author</dt><dd></dd>
<dt>Lead Member</dt>
<dt>Decision deadline</dt><dd>30 June 2025</dd>
<dt>Contact officer</dt><dd>Nell Brock, Leisure Officer</dd>
<dt>Signed</dt><dd> </dd>
<dt>Date</dt><dd>3 June 2025</dd>
</dl>
<h2>1. Recommendation</h2><p>That the lights stay on until 9pm.</p>
</body></html>"""


def test_a_definition_list_term_without_a_value_does_not_take_the_next_term(tmp_path):
    path = tmp_path / "skate.html"
    path.write_text(_DL_GAPS_HTML, encoding="utf-8")
    fields = {item.label: item.value for item in _model(path).fields}
    assert fields["Report of"] == "Head of Leisure" and fields["Contact officer"] == "Nell Brock, Leisure Officer"
    assert fields["Date"] == "3 June 2025"
    for label in ("Report author", "Lead Member", "Signed"):
        assert label not in fields, (label, fields.get(label))
    assert not any(value in ("Lead Member", "Decision deadline", "Date") for value in fields.values())


def test_definition_list_minutes_records_without_a_value_take_no_label(tmp_path):
    path = tmp_path / "harbour.html"
    path.write_text(
        "<!doctype html><html><body><h1>Minutes of the meeting of the Harbour Board held on 2 April 2025</h1><dl>"
        "<dt>Present</dt><dd>Councillors Ada Pike (Chair), Ben Sole and Cy Tarn</dd><dt>Apologies</dt><dd></dd>"
        "<dt>Officers</dt><dd>Dee Ray, Harbour Master</dd><dt>Substitutes</dt><dt>Declarations of interest</dt><dd>None</dd>"
        "</dl><h2>HB/1 Harbour dues</h2><p>RESOLVED that the dues rise by 3%.</p></body></html>",
        encoding="utf-8",
    )
    minutes = _model(path).minutes
    assert minutes is not None
    values = [item.value for item in minutes.present + minutes.apologies + minutes.declarations]
    assert "Dee Ray, Harbour Master" in values and "None" in values
    assert not any(value in ("Officers", "Substitutes", "Declarations of interest") for value in values), values


@pytest.mark.parametrize("blank", ["Signed:", "Signature:", "Signed by:      "])
def test_a_blank_signature_label_takes_no_line_as_its_value(tmp_path, blank):
    path = tmp_path / "notice.txt"
    path.write_text(
        "WEYBRIDGE TOWN COUNCIL\n\nOfficer decision notice\n=======================\n\n"
        "Decision taker: Town Clerk\n"
        "Date of decision: 2 May 2025\n"
        f"{blank}\n"
        "Proper officer: Dee Moss, Deputy Clerk\n"
        "Key decision: No\n"
        "Contact officer: Ivy Lane, Assistant Clerk\n\n"
        "1. DECISION\n\nTo replace six benches on the Quay.\n\n"
        f"{blank}\n\n"
        "2. REASONS\n\nThe benches are unsafe.\n",
        encoding="utf-8",
    )
    fields = {item.label: item.value for item in _model(path).fields}
    assert fields["Key decision"] == "No" and fields["Contact officer"] == "Ivy Lane, Assistant Clerk"
    assert fields["Date of decision"] == "2 May 2025", "a blank label below a value is not part of it"
    assert not any(label.startswith("Sign") for label in fields), fields
    assert fields.get("Proper officer", "Dee Moss, Deputy Clerk") == "Dee Moss, Deputy Clerk"
    assert not any(value.startswith(("Proper officer", "Key decision", "2. REASONS", "REASONS")) for value in fields.values()), fields


def test_a_blank_signature_over_a_bold_label_in_html_takes_no_value(tmp_path):
    path = tmp_path / "record.html"
    path.write_text(
        "<!doctype html><html><body><h1>Record of officer decision: tree works</h1>"
        "<p><strong>Decision maker</strong></p><p>Head of Parks</p>"
        "<p><strong>Contact officer</strong></p><p>Raj Bell, Arboricultural Officer</p>"
        "<p><strong>Signature</strong></p>"
        "<p><strong>Date of decision</strong></p><p>5 May 2025</p>"
        "<h2>Decision</h2><p>To fell two ash trees.</p></body></html>",
        encoding="utf-8",
    )
    fields = {item.label: item.value for item in _model(path).fields}
    assert fields["Date of decision"] == "5 May 2025"
    assert "Signature" not in fields, fields
