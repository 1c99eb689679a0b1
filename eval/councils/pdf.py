"""Render a councils-corpus Doc to PDF with reportlab platypus, in one of several house styles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak

from eval.councils import model as m

RAG_COLOURS = {"red": "#F4B6B6", "amber": "#FFD89B", "green": "#BFE3B4"}


@dataclass(frozen=True)
class PdfStyle:
    """A council house style for PDFs."""

    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    body: float = 10.5
    heading_sizes: tuple[float, float, float] = (14, 12, 11)
    heading_font: str = "Helvetica-Bold"
    accent: str = "#000000"
    title_size: float = 18
    council_size: float = 10
    header_bg: str = "#DDDDDD"
    label_bg: str = "#EFEFEF"
    bullet: str = "\u2022"
    footer: str = "Page {n}"
    margin: float = 20 * mm
    space_after_heading: float = 4


STYLES: dict[str, PdfStyle] = {
    "ashcombe": PdfStyle(accent="#00665E", heading_sizes=(13, 11.5, 10.5), label_bg="#E3EFEE", header_bg="#CFE3E1",
                         footer="{footer}    Page {n}"),
    "ashcombe-register": PdfStyle(body=8, accent="#00665E", title_size=16, header_bg="#CFE3E1", margin=12 * mm,
                                  footer="{footer}    Page {n}"),
    "pellingford": PdfStyle(font="Times-Roman", bold="Times-Bold", body=11.5, heading_font="Helvetica-Bold",
                            heading_sizes=(12.5, 11.5, 11), accent="#1F3864", title_size=17, bullet="\u2013", footer="- {n} -"),
    "pellingford-plan": PdfStyle(body=10.5, heading_sizes=(21, 13, 11), accent="#2E7D32", title_size=26,
                                 header_bg="#C8E6C9", footer="{footer}  |  {n}", space_after_heading=6),
    "pellingford-highlight": PdfStyle(body=9, heading_sizes=(11.5, 10, 9), accent="#4A148C", title_size=15,
                                      header_bg="#D1C4E9", label_bg="#EDE7F6", margin=15 * mm, footer="{footer} - page {n}"),
    "wenbury": PdfStyle(font="Times-Roman", bold="Times-Bold", body=11, heading_font="Times-Bold",
                        heading_sizes=(13, 12, 11), accent="#7B1F1F", title_size=16, footer="Wenbury Council        {n}"),
}


def _styles(st: PdfStyle) -> dict[str, ParagraphStyle]:
    """Paragraph styles for one house style."""
    body = ParagraphStyle("body", fontName=st.font, fontSize=st.body, leading=st.body * 1.3, spaceAfter=st.body * 0.5)
    heads = {
        f"h{i + 1}": ParagraphStyle(f"h{i + 1}", fontName=st.heading_font, fontSize=size, leading=size * 1.25,
                                    textColor=colors.HexColor(st.accent), spaceBefore=size * 0.8, spaceAfter=st.space_after_heading,
                                    keepWithNext=1)
        for i, size in enumerate(st.heading_sizes)
    }
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=st.body * 0.85, leading=st.body * 1.1, textColor=colors.HexColor("#444444")),
        "num": ParagraphStyle("num", parent=body, leftIndent=11 * mm, bulletIndent=0, bulletFontName=st.font),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0, leading=st.body * 1.2),
        "cellb": ParagraphStyle("cellb", parent=body, fontName=st.bold, spaceAfter=0, leading=st.body * 1.2),
        "title": ParagraphStyle("title", fontName=st.heading_font, fontSize=st.title_size, leading=st.title_size * 1.2,
                                textColor=colors.HexColor(st.accent), spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", fontName=st.font, fontSize=st.body * 1.15, leading=st.body * 1.5, spaceAfter=8),
        "council": ParagraphStyle("council", fontName=st.bold, fontSize=st.council_size, leading=st.council_size * 1.4,
                                  textColor=colors.HexColor("#555555"), spaceAfter=10),
        **heads,
    }


def _p(text: str, style: ParagraphStyle, **kw: str) -> Paragraph:
    """A paragraph from plain text (escaped)."""
    return Paragraph(escape(text), style, **kw)


def _table(block: m.Table, ps: dict[str, ParagraphStyle], st: PdfStyle, width: float) -> list[Flowable]:
    """A wrapped, gridded table whose header row repeats on every page."""
    cell, cellb = ps["cell"], ps["cellb"]
    if block.font_size:
        cell = ParagraphStyle("cellx", parent=cell, fontSize=block.font_size, leading=block.font_size * 1.2)
        cellb = ParagraphStyle("cellbx", parent=cellb, fontSize=block.font_size, leading=block.font_size * 1.2)
    data = [[_p(h, cellb) for h in block.header]] + [[_p(c, cell) for c in row] for row in block.rows]
    widths = [w * width for w in block.widths] if block.widths else None
    table = Table(data, colWidths=widths, repeatRows=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.header_bg)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if block.rag_col >= 0:
        for r, row in enumerate(block.rows, start=1):
            colour = RAG_COLOURS.get(row[block.rag_col].split()[0].lower())
            if colour:
                commands.append(("BACKGROUND", (block.rag_col, r), (block.rag_col, r), colors.HexColor(colour)))
    table.setStyle(TableStyle(commands))
    out: list[Flowable] = [_p(block.caption, ps["h3"])] if block.caption else []
    return out + [table, Spacer(1, 8)]


def _value_markup(value: m.Value) -> str:
    """A front-sheet value as paragraph markup, one line per part."""
    parts = (value,) if isinstance(value, str) else value
    return "<br/>".join(escape(p) for p in parts)


def _front_sheet(block: m.FrontSheet, ps: dict[str, ParagraphStyle], st: PdfStyle, width: float) -> list[Flowable]:
    """Front sheet as a two-column table, 'Label: value' lines, capital labels in a margin column, a grid, or bold label lines."""
    if block.layout == "table":
        data = [[Paragraph(escape(k), ps["cellb"]), Paragraph(_value_markup(v), ps["cell"])] for k, v in block.pairs]
        table = Table(data, colWidths=[0.3 * width, 0.7 * width])
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8FA9A6")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(st.label_bg)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return [table, Spacer(1, 12)]
    if block.layout == "lines":
        return [Paragraph(f"{escape(k)}: {_value_markup(v).replace('<br/>', ', ')}", ps["body"]) for k, v in block.pairs] + [Spacer(1, 8)]
    if block.layout == "margin":
        # labels in capitals in a narrow left margin column, no grid, a rule under each row
        label = ParagraphStyle("marginlab", parent=ps["cellb"], fontSize=st.body * 0.85, textColor=colors.HexColor(st.accent))
        data = [[Paragraph(escape(k.upper()), label), Paragraph(_value_markup(v), ps["cell"])] for k, v in block.pairs]
        table = Table(data, colWidths=[0.24 * width, 0.76 * width])
        table.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return [table, Spacer(1, 12)]
    if block.layout == "grid":
        return _grid_front_sheet(block, ps, st, width)
    out: list[Flowable] = []
    for k, v in block.pairs:
        out.append(Paragraph(f"<b>{escape(k)}</b>", ParagraphStyle("lab", parent=ps["body"], spaceAfter=0, fontName=st.bold)))
        out.append(Paragraph(_value_markup(v), ps["body"]))
    return out + [Spacer(1, 6)]


def _grid_front_sheet(block: m.FrontSheet, ps: dict[str, ParagraphStyle], st: PdfStyle, width: float) -> list[Flowable]:
    """Front sheet as a four-column grid, two label/value pairs to a row, the label columns shaded."""
    cells = [c for k, v in block.pairs for c in (Paragraph(escape(k), ps["cellb"]), Paragraph(_value_markup(v), ps["cell"]))]
    if len(cells) % 4:
        cells += [Paragraph("", ps["cell"]), Paragraph("", ps["cell"])]
    table = Table([cells[i:i + 4] for i in range(0, len(cells), 4)], colWidths=[0.17 * width, 0.33 * width] * 2)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(st.label_bg)),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor(st.label_bg)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return [table, Spacer(1, 12)]


def _bullets(block: m.Bullets, ps: dict[str, ParagraphStyle], st: PdfStyle) -> list[Flowable]:
    """A bulleted, lettered or numbered list."""
    items = [ListItem(_p(t, ps["body"])) for t in block.items]
    if block.marker == "a":
        return [ListFlowable(items, bulletType="a", bulletFormat="(%s)", leftIndent=10 * mm, bulletFontName=st.font)]
    if block.marker == "1":
        return [ListFlowable(items, bulletType="1", bulletFormat="%s.", leftIndent=10 * mm, bulletFontName=st.font)]
    return [ListFlowable(items, bulletType="bullet", start=st.bullet, leftIndent=8 * mm, bulletFontName=st.font)]


def _flowables(block: m.Block, ps: dict[str, ParagraphStyle], st: PdfStyle, width: float) -> list[Flowable]:
    """The flowables for one block."""
    match block:
        case m.Council(text):
            return [_p(text, ps["council"])]
        case m.Title(text):
            return [_p(text, ps["title"])]
        case m.Subtitle(text):
            return [_p(text, ps["subtitle"])]
        case m.Heading(text, level, keep):
            style = ps[f"h{level}"]
            return [_p(text, style if keep else ParagraphStyle("loose", parent=style, keepWithNext=0))]
        case m.Para(text, num, label, small):
            if num:
                return [Paragraph(escape(text), ps["num"], bulletText=num)]
            if label:
                return [Paragraph(f"<b>{escape(label)}</b> {escape(text)}", ps["body"])]
            return [_p(text, ps["small" if small else "body"])]
        case m.Bullets():
            return _bullets(block, ps, st)
        case m.Table():
            return _table(block, ps, st, width)
        case m.FrontSheet():
            return _front_sheet(block, ps, st, width)
        case m.PageBreak():
            return [RLPageBreak()]
        case m.Space(height):
            return [Spacer(1, height)]
    raise TypeError(f"unknown block {block!r}")


def _footer(doc: m.Doc, st: PdfStyle):
    """A page callback drawing the footer with the page number."""

    def draw(canvas, tpl) -> None:
        canvas.saveState()
        canvas.setFont(st.font, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        text = st.footer.format(n=canvas.getPageNumber(), footer=doc.footer)
        canvas.drawCentredString(tpl.pagesize[0] / 2, 10 * mm, text)
        canvas.restoreState()

    return draw


def build_pdf(doc: m.Doc, path: Path) -> None:
    """Write doc as a PDF at path (invariant, so byte-identical on every run)."""
    st = STYLES[doc.style]
    ps = _styles(st)
    pagesize = landscape(A4) if doc.landscape else A4
    width = pagesize[0] - 2 * st.margin
    story = [f for block in doc.blocks for f in _flowables(block, ps, st, width)]
    tpl = SimpleDocTemplate(str(path), pagesize=pagesize, invariant=1, title=doc.meta_title, author=doc.author,
                            subject="", creator="Committee Document Publisher", leftMargin=st.margin,
                            rightMargin=st.margin, topMargin=st.margin, bottomMargin=st.margin + 4 * mm)
    footer = _footer(doc, st)
    tpl.build(story, onFirstPage=footer, onLaterPages=footer)

