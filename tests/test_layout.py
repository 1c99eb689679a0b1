"""Layout blocks: every format's headings, items and tables from its own signals, each a verbatim span of its page."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED, needs_shared

from ingest.chunking import chunk_document, split_units
from ingest.layout import collapse, read_blocks, split_marker
from ingest.readers import read_document

COUNCIL_FILES = SHARED / "sample"


def _kinds(blocks):
    return [(block.kind, block.level, block.text) for block in blocks if block.kind != "table"]


def assert_verbatim(document) -> None:
    """Every block, header cell and row cell is a span of the page it names (the whole text for pageless formats)."""
    pages = {page.number: collapse(page.text) for page in document.pages}
    whole = collapse("\n".join(page.text for page in document.pages))
    assert document.blocks, document.source
    for block in document.blocks:
        text = pages.get(block.page, whole) if block.page is not None else whole
        assert collapse(block.text) in text, (document.source, block.page, block.text[:80])
        if block.table is not None:
            for cell in block.table.header:
                assert collapse(cell) in text, (document.source, cell)
            for row, page in zip(block.table.rows, block.table.row_pages):
                where = pages.get(page, whole) if page is not None else whole
                for cell in row:
                    assert collapse(cell) in where, (document.source, page, cell)


# --- PDF -------------------------------------------------------------------------------------------------


def _fells_plan(path: Path) -> Path:
    """An invented district's plan: title, section headings, bullets, numbered points, running header and footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10, leading=12, spaceAfter=8)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6)

    def furniture(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, A4[1] - 30, "Thornbury Fells District Council - Annual Delivery Plan")
        canvas.drawString(260, 25, f"Page {doc.page} of 3")

    story = [Paragraph("Annual Delivery Plan 2026", styles["Title"])]
    for number, section in enumerate(["Cleaner streets", "Safer parks", "Better buses"], start=1):
        story.append(Paragraph(f"{section} for every ward", styles["Heading2"]))
        story.append(Paragraph(f"This section explains how the council will improve {section.lower()} over the year.", body))
        story.append(Paragraph("Our commitments are:", body))
        for item in ("Publish a quarterly progress note", "Hold two ward walkabouts"):
            story.append(Paragraph(f"{item} about {section.lower()}", bullet, bulletText="•"))
        story.append(Paragraph(f"{number}.1 Review the {section.lower()} budget with members in spring.", body))
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story[:-1], onFirstPage=furniture, onLaterPages=furniture)
    return path


def test_pdf_headings_items_and_no_furniture(tmp_path):
    document = read_document(_fells_plan(tmp_path / "fells-plan.pdf"))
    blocks = document.blocks
    headings = [(block.level, block.text) for block in blocks if block.kind == "heading"]
    assert headings[0] == (1, "Annual Delivery Plan 2026")
    assert (2, "Safer parks for every ward") in headings and len(headings) == 4
    items = [block for block in blocks if block.kind == "item"]
    assert [block.text for block in items[:2]] == ["Publish a quarterly progress note about cleaner streets", "Hold two ward walkabouts about cleaner streets"]
    assert items[0].marker in {"•", "\x7f"} and items[0].page == 1  # pypdf reads Helvetica's bullet as \x7f
    assert any(block.marker == "1.1" and block.text.startswith("1.1 Review") for block in items)
    assert not any("Thornbury Fells District Council" in block.text or "Page 2 of 3" in block.text for block in blocks), "running header and footer are furniture"
    assert "Page 2 of 3" in document.pages[1].text, "page text keeps everything extract_text gives"
    assert_verbatim(document)


def _milestones_pdf(path: Path, rows: int) -> Path:
    """A ruled milestone table long enough to run onto a second page, its header row repeated there."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    data = [["Ref", "Milestone", "Due", "Status"]]
    data += [[f"MS{n:02d}", f"Open community hub number {n}", f"{n % 28 + 1} May 2027", "On track" if n % 3 else "Slipped"] for n in range(1, rows + 1)]
    table = Table(data, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    story = [Paragraph("Marlow Heath Programme Board", styles["Title"]), Paragraph("Milestones", styles["Heading2"]), table,
             Paragraph("The board is asked to note the slipped milestones.", styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_pdf_table_over_a_page_break_is_one_table(tmp_path):
    document = read_document(_milestones_pdf(tmp_path / "milestones.pdf", rows=60))
    tables = [block.table for block in document.blocks if block.kind == "table"]
    assert len(tables) == 1, [table.header for table in tables]
    table = tables[0]
    assert table.header == ["Ref", "Milestone", "Due", "Status"]
    assert len(table.rows) == 60 and table.rows[59][0] == "MS60"
    assert set(table.row_pages) == {1, 2} and table.row_pages[0] == 1 and table.row_pages[-1] == 2
    assert table.records()[2] == {"Ref": "MS03", "Milestone": "Open community hub number 3", "Due": "4 May 2027", "Status": "Slipped"}
    assert not any(block.kind != "table" and "Open community hub number 5" in block.text for block in document.blocks), "table cells are not also paragraphs"
    assert document.blocks[-1].text == "The board is asked to note the slipped milestones."
    assert_verbatim(document)


def test_two_tables_with_one_header_and_text_between_them_stay_two_tables(tmp_path):
    """Each outcome's measures table has the same header; the second, at the top of the next page, follows a heading
    and items printed below the first, so it does not continue it."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    first = [["Leisure visits", "1.1 million", "1.4 million"], ["Walkers", "640", "900"], ["Swimmers", "310", "400"]]
    second = [[f"Business measure {n}", str(150 + n), str(180 + n)] for n in range(1, 13)]
    story = [Paragraph("Outcome 1: Healthy people", styles["Heading2"]), Paragraph("How we will measure it", styles["Heading3"]),
             Table([["Measure", "Baseline", "Target"], *first], style=style),
             Paragraph("Outcome 2: A strong economy", styles["Heading2"]),
             Paragraph("Open a business hub in the market town", styles["BodyText"]), PageBreak(),
             Paragraph("How we will measure it", styles["Heading3"]), Table([["Measure", "Baseline", "Target"], *second], style=style)]
    SimpleDocTemplate(str(tmp_path / "plan.pdf"), topMargin=20).build(story)
    document = read_document(tmp_path / "plan.pdf")
    tables = [block.table for block in document.blocks if block.kind == "table"]
    assert [[row[0] for row in table.rows] for table in tables] == [[row[0] for row in first], [row[0] for row in second]]


def test_a_table_after_a_heading_at_the_top_of_the_next_page_is_a_table_of_its_own(tmp_path):
    """The first table ends its page; the next page opens with a heading, then a table with the same header: two tables."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    first = [[f"CL1.{n}", f"Net zero action {n}", "Authority", "2030"] for n in range(1, 4)]
    second = [[f"CL2.{n}", f"Farming action {n}", "Farming Forum", "2028"] for n in range(1, 13)]
    story = [Paragraph("Policy CL1: Net zero", styles["Heading2"]), Spacer(1, 500), Table([["Ref", "Action", "Lead", "By"], *first], style=style), PageBreak(),
             Paragraph("Policy CL2: Farming for nature", styles["Heading2"]), Table([["Ref", "Action", "Lead", "By"], *second], style=style)]
    SimpleDocTemplate(str(tmp_path / "plan.pdf"), topMargin=20).build(story)
    tables = [block.table for block in read_document(tmp_path / "plan.pdf").blocks if block.kind == "table"]
    assert [[row[0] for row in table.rows] for table in tables] == [[row[0] for row in first], [row[0] for row in second]]


def test_page_without_rules_is_not_handed_to_pdfplumber(tmp_path, monkeypatch):
    import ingest.pdf_tables as pdf_tables

    opened = []
    real_open = __import__("pdfplumber").open
    monkeypatch.setattr("pdfplumber.open", lambda *args, **kwargs: opened.append(kwargs.get("pages")) or real_open(*args, **kwargs))
    read_document(_fells_plan(tmp_path / "plain.pdf"))
    assert opened == [], "a page with no grid must not be parsed twice"
    read_document(_milestones_pdf(tmp_path / "ruled.pdf", rows=8))
    assert opened == [[1]]
    assert pdf_tables.page_tables  # the module stays importable without pdfplumber installed at import time


# --- DOCX ------------------------------------------------------------------------------------------------


def test_docx_styles_lists_bold_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Harrowdale Borough Plan", style="Title")
    document.add_paragraph("Theme: Greener neighbourhoods", style="Heading 1")
    document.add_paragraph("Priority 1.1: Plant more street trees", style="Heading 2")
    document.add_paragraph("Milestones").runs[0].bold = True
    document.add_paragraph("Survey every ward", style="List Bullet")
    document.add_paragraph("Mark sites for planting", style="List Bullet 2")
    document.add_paragraph("Plant 500 trees", style="List Number")
    document.add_paragraph("The council will report on progress every quarter.")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [["Action", "Lead", "By when"], ["Tree survey", "Parks manager", "June 2026"], ["Planting", "Tree officer", "March 2027"]]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    path = tmp_path / "harrowdale.docx"
    document.save(path)
    parsed = read_document(path)
    kinds = _kinds(parsed.blocks)
    assert kinds[:4] == [("heading", 1, "Harrowdale Borough Plan"), ("heading", 2, "Theme: Greener neighbourhoods"),
                         ("heading", 3, "Priority 1.1: Plant more street trees"), ("heading", 4, "Milestones")]
    assert kinds[4:8] == [("item", 1, "Survey every ward"), ("item", 2, "Mark sites for planting"), ("item", 1, "Plant 500 trees"),
                          ("paragraph", 0, "The council will report on progress every quarter.")]
    table_block = parsed.blocks[-1]
    assert table_block.kind == "table" and table_block.table.header == ["Action", "Lead", "By when"]
    assert table_block.table.rows[1] == ["Planting", "Tree officer", "March 2027"]
    assert_verbatim(parsed)


# --- HTML ------------------------------------------------------------------------------------------------

HTML = """<html><head><title>Oakridge minutes</title></head><body>
<h1>Oakridge Parish Council</h1><h2>Decisions</h2>
<p><strong>Key actions</strong></p>
<ul><li>Repair the bus shelter<ul><li>Get two quotes</li></ul></li><li>Clear the brook</li></ul>
<p>The clerk will report back in <b>May</b>.</p>
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Bus shelter</td><td>&pound;1,200</td></tr></table>
<dl><dt>Present</dt><dd>Cllr Amos, Cllr Bell</dd></dl>
</body></html>"""


def test_html_tags_give_headings_nested_items_tables_and_definitions(tmp_path):
    path = tmp_path / "oakridge.html"
    path.write_text(HTML, encoding="utf-8")
    parsed = read_document(path)
    kinds = _kinds(parsed.blocks)
    assert kinds[0] == ("heading", 1, "Oakridge Parish Council") and kinds[1] == ("heading", 2, "Decisions")
    assert kinds[2] == ("heading", 3, "Key actions"), "a paragraph wholly in <strong> acts as a heading"
    assert kinds[3:6] == [("item", 1, "Repair the bus shelter"), ("item", 2, "Get two quotes"), ("item", 1, "Clear the brook")]
    assert kinds[6] == ("paragraph", 0, "The clerk will report back in May .")
    table = next(block.table for block in parsed.blocks if block.kind == "table")
    assert table.header == ["Item", "Cost"] and table.rows == [["Bus shelter", "£1,200"]]
    # A <dt> is a label over its <dd> value (a front sheet's or a record's), never a heading of the tree.
    assert ("paragraph", 0, "Present") in kinds and ("paragraph", 0, "Cllr Amos, Cllr Bell") in kinds
    assert next(block for block in parsed.blocks if block.text == "Present").bold
    assert_verbatim(parsed)


# --- TXT / MD --------------------------------------------------------------------------------------------

TEXT_CASES = {
    "markdown": ("# Annual report\n\nIntro text.\n\n## Finance\n\nSpend was on budget.\n", [("heading", 1, "Annual report"), ("paragraph", 0, "Intro text."), ("heading", 2, "Finance"), ("paragraph", 0, "Spend was on budget.")]),
    "underlined": ("Waste review\n============\n\nScope\n-----\nAll rounds.\n", [("heading", 1, "Waste review"), ("heading", 2, "Scope"), ("paragraph", 0, "All rounds.")]),
    "capitals": ("RECOMMENDATIONS\n\nThat Cabinet agrees the plan.\n", [("heading", 1, "RECOMMENDATIONS"), ("paragraph", 0, "That Cabinet agrees the plan.")]),
    "numbered": ("3. Recommendations\n\n3.1 Adopt the charter\n\nThe charter is attached.\n", [("heading", 1, "3. Recommendations"), ("heading", 2, "3.1 Adopt the charter"), ("paragraph", 0, "The charter is attached.")]),
    "bullets": ("We will:\n- mend roads\n  - fill potholes\n    within a week\n- light paths\n", [("paragraph", 0, "We will:"), ("item", 1, "mend roads"), ("item", 2, "fill potholes within a week"), ("item", 1, "light paths")]),
}


@pytest.mark.parametrize("name", sorted(TEXT_CASES))
def test_text_layouts(tmp_path, name):
    text, expected = TEXT_CASES[name]
    path = tmp_path / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    parsed = read_document(path)
    assert _kinds(parsed.blocks) == expected
    assert_verbatim(parsed)


# Underlines of any adornment character ('#', '*', '~' as well as '=' and '-'): the level is the order in which the
# document first uses each character (as reStructuredText reads them), and the underline itself is never a block.
UNDERLINED_HOUSE = (
    "ASHVALE PARISH COUNCIL\n\n"
    "Allotment rents review\n~~~~~~~~~~~~~~~~~~~~~~\n\n"
    "1. FINDINGS\n###########\n\n"
    "1.1   Rents have not changed since 2019.\n\n"
    "Waiting list\n************\n\n"
    "Forty households are waiting.\n\n"
    "------------------------------\n\n"
    "2. PROPOSALS\n############\n\n"
    "2.1   Raise rents by 5% a year.\n"
)


def _headings_of(tmp_path, name: str, text: str):
    """The parsed plain-text document and its (level, heading) pairs."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    parsed = read_document(path)
    return parsed, [(level, heading) for kind, level, heading in _kinds(parsed.blocks) if kind == "heading"]


def test_underlines_of_any_adornment_are_headings_ranked_by_first_use(tmp_path):
    parsed, headings = _headings_of(tmp_path, "rents.txt", UNDERLINED_HOUSE)
    kinds = _kinds(parsed.blocks)
    assert headings == [(1, "ASHVALE PARISH COUNCIL"), (1, "Allotment rents review"), (2, "1. FINDINGS"), (3, "Waiting list"), (2, "2. PROPOSALS")]
    assert not any(set(text) <= set("~#*-= ") for _kind, _level, text in kinds), "an underline or a rule is never a block"
    assert ("paragraph", 0, "Forty households are waiting.") in kinds
    assert_verbatim(parsed)


def test_a_row_of_dots_or_rules_under_a_label_is_not_an_underline(tmp_path):
    path = tmp_path / "form.txt"
    path.write_text("Approved by the Clerk\n\nSigned\n..............\n\nName\n______________\n", encoding="utf-8")
    assert not any(block.kind == "heading" for block in read_document(path).blocks)


# A row of dots as long as the line above underlines it (a third heading level here), and a record's name may wrap
# onto an indented line above its first label.
DOTTED_HOUSE = (
    "PLAY AREAS PLAN\n---------------\n\n"
    "Theme 1 Safer play\n..................\n\n"
    "> 1.1 Replace the swings at Orchard Green and the slide at Mill\n  Lane\n    Status: Late\n    Comment: Parts due in May\n"
    "> 1.2 Fence the pond\n    Status: Done\n    Comment: Finished in March\n\n"
    "Theme 2 Greener play\n....................\n\n"
    "Signed:\n....................\n"
)


def test_a_row_of_dots_as_long_as_its_line_underlines_it_and_a_record_name_may_wrap(tmp_path):
    parsed, headings = _headings_of(tmp_path, "play.txt", DOTTED_HOUSE)
    assert headings == [(1, "PLAY AREAS PLAN"), (2, "Theme 1 Safer play"), (2, "Theme 2 Greener play")]
    table = next(block.table for block in parsed.blocks if block.table)
    assert [row[0] for row in table.rows] == ["1.1 Replace the swings at Orchard Green and the slide at Mill Lane", "1.2 Fence the pond"]
    assert table.records()[0]["Status"] == "Late"
    units = split_units(DOTTED_HOUSE)
    assert "Theme 1 Safer play" in units and not any(unit.startswith("Theme 1 Safer play .") for unit in units)
    assert_verbatim(parsed)


def test_underlines_and_rules_are_in_no_passage(tmp_path):
    path = tmp_path / "rents.txt"
    path.write_text(UNDERLINED_HOUSE, encoding="utf-8")
    chunks = chunk_document(read_document(path))
    assert chunks and not any(marks in chunk.text for chunk in chunks for marks in ("~~~", "###", "***", "---"))
    units = split_units(UNDERLINED_HOUSE)
    assert "Waiting list" in units and "1. FINDINGS" in units and "Forty households are waiting." in units, "a heading is a passage of its own"


@pytest.mark.parametrize("text", [
    "| Ward | Bins |\n|------|------|\n| North | 120 |\n| South | 95 |\n",
    "Ward      Bins   Lead\nNorth     120    Ana Ruiz\nSouth     95     Bo Chen\n",
])
def test_text_tables(tmp_path, text):
    path = tmp_path / "bins.txt"
    path.write_text(text, encoding="utf-8")
    parsed = read_document(path)
    table = parsed.blocks[0].table
    assert table is not None and table.header[:2] == ["Ward", "Bins"]
    assert [row[:2] for row in table.rows] == [["North", "120"], ["South", "95"]]
    assert_verbatim(parsed)


@pytest.mark.parametrize("line,marker,rest", [
    ("• Fix the roof", "•", "Fix the roof"), ("\uf0b7 Fix the roof", "\uf0b7", "Fix the roof"), ("2.1.3 Fix it", "2.1.3", "2.1.3 Fix it"),
    ("(a) Fix it", "(a)", "(a) Fix it"), ("iv. Fix it", "iv.", "iv. Fix it"), ("R1 Fix it", "R1", "R1 Fix it"),
    ("2019 was a year", None, "2019 was a year"), ("e.g. this", None, "e.g. this"),
])
def test_markers(line, marker, rest):
    found, text, _ = split_marker(line)
    assert (found, text) == (marker, rest)


# --- real documents ---------------------------------------------------------------------------------------


@needs_shared
@pytest.mark.parametrize("name", sorted(path.name for path in COUNCIL_FILES.glob("*")) if COUNCIL_FILES.is_dir() else [])
def test_every_sample_block_is_verbatim(name):
    assert_verbatim(read_document(COUNCIL_FILES / name))


def test_every_second_corpus_block_is_verbatim(councils):
    for path in sorted(councils.glob("*")):
        assert_verbatim(read_document(path))


@needs_shared
def test_pdf_page_text_is_exactly_extract_text():
    from pypdf import PdfReader

    path = COUNCIL_FILES / "somerset-business-plan-2018-19.pdf"
    plain = [page.extract_text() for page in PdfReader(path).pages]
    assert [page.text for page in read_document(path).pages] == plain


@needs_shared
def test_debug_listing_names_kinds_and_pages(capsys):
    from ingest.layout import main

    main([str(COUNCIL_FILES / "northmoor-programme-status-2022-q2.pdf")])
    out = capsys.readouterr().out
    assert "p1 heading" in out and "table 5 rows" in out and "Digital front door" in out


def test_read_blocks_falls_back_to_plain_text():
    from ingest.documents import Page, ParsedDocument

    document = ParsedDocument(path="x", source="x.txt", doc_id="x", kind="text", title="x", pages=[Page(None, "# Heading\n\nBody.")])
    assert [(block.kind, block.text) for block in read_blocks(document)] == [("heading", "Heading"), ("paragraph", "Body.")]


@pytest.mark.parametrize("glyph", ["›", "»", "❯", "→", "•"])
def test_arrow_and_chevron_bullets_are_bullets_not_text(glyph):
    from ingest.layout import split_marker

    marker, text, _ = split_marker(f"{glyph} A thriving county economy")
    assert marker == glyph and text == "A thriving county economy"


def test_a_bullet_drawn_apart_from_its_text_still_makes_a_list_item(tmp_path):
    """A symbol font's bullet sits on its own baseline, so the page text has it on a line of its own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "plan.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(50, 790, "How the plan works")
    page.setFont("Helvetica", 10)
    page.drawString(50, 765, "Each objective has a lead member and a list of steps.")
    for n, text in enumerate(["Long term", "Prevention", "Integration"]):
        y = 745 - 16 * n
        page.setFont("ZapfDingbats", 14)  # a symbol font's bullet, bigger than the text and off its baseline
        page.drawString(58, y + 2, "l")
        page.setFont("Helvetica", 10)
        page.drawString(72, y, text)
    page.drawString(50, 690, "These ways of working shape every step.")
    page.save()
    blocks = read_blocks(read_document(path))
    assert [(block.kind, block.text) for block in blocks if block.kind == "item"] == [
        ("item", "Long term"), ("item", "Prevention"), ("item", "Integration")]


def test_a_number_hung_apart_from_its_text_still_makes_a_numbered_item(tmp_path):
    """A hanging number set larger than its text, a little off its baseline, comes out as a line of its own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "objectives.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(50, 790, "Improvement objectives")
    page.setFont("Helvetica", 10)
    page.drawString(50, 765, "The council has set three objectives for the year:")
    items = ["We will answer 90% of calls within a minute", "We will mend potholes within 28 days", "We will publish every decision"]
    for n, text in enumerate(items):
        y = 740 - 20 * n
        page.setFont("Helvetica", 12)
        page.drawString(50, y - 1, f"{n + 1}.")
        page.setFont("Helvetica", 10)
        page.drawString(78, y, text)
    page.drawString(50, 670, "Progress is reported each autumn.")
    page.save()
    blocks = read_blocks(read_document(path))
    assert [(block.kind, block.marker, block.text) for block in blocks if block.marker] == [
        ("item", f"{n + 1}.", f"{n + 1}. {text}") for n, text in enumerate(items)]
