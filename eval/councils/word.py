"""Render a councils-corpus Doc to DOCX with python-docx, using real Word styles (Title, Heading n, List Bullet)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from eval.councils import model as m

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class WordStyle:
    """A council house style for Word documents."""

    font: str
    size: float
    heading_colour: str
    created: datetime


STYLES: dict[str, WordStyle] = {
    "kestrel-vale": WordStyle("Arial", 11, "6A1B9A", datetime(2024, 9, 30, 9, 0, 0)),
    "kestrel-vale-plan": WordStyle("Arial", 11, "00838F", datetime(2025, 1, 20, 9, 0, 0)),
    "ashcombe-docx": WordStyle("Calibri", 11, "00665E", datetime(2024, 11, 4, 9, 0, 0)),
}


def _setup(d: docx.document.Document, doc: m.Doc, st: WordStyle) -> None:
    """Base font, heading colours and fixed core properties."""
    normal = d.styles["Normal"]
    normal.font.name = st.font
    normal.font.size = Pt(st.size)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        d.styles[name].font.name = st.font
        d.styles[name].font.color.rgb = RGBColor.from_string(st.heading_colour)
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = doc.meta_title, doc.author, doc.author
    cp.created = cp.modified = cp.last_printed = st.created
    cp.revision, cp.comments, cp.keywords, cp.subject, cp.category = 1, "", "", "", ""


def _repeat_header(row) -> None:
    """Mark a table row as a header row repeated on each page."""
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def _table(d, block: m.Table) -> None:
    """A 'Table Grid' table with a bold, repeating header row."""
    if block.caption:
        d.add_paragraph().add_run(block.caption).bold = True
    table = d.add_table(rows=1 + len(block.rows), cols=len(block.header))
    table.style = d.styles["Table Grid"]
    for i, text in enumerate(block.header):
        table.rows[0].cells[i].paragraphs[0].add_run(text).bold = True
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for i, text in enumerate(row):
            table.rows[r].cells[i].paragraphs[0].add_run(text)
    if block.widths:
        for row in table.rows:
            for cell, w in zip(row.cells, block.widths):
                cell.width = Cm(16.5 * w)
    d.add_paragraph()


def _value(par, value: m.Value) -> None:
    """Add a front-sheet value, one line per part."""
    parts = (value,) if isinstance(value, str) else value
    for i, part in enumerate(parts):
        run = par.add_run(part)
        if i < len(parts) - 1:
            run.add_break(WD_BREAK.LINE)


def _front_sheet(d, block: m.FrontSheet) -> None:
    """Front sheet: bold label on its own line then the value, 'Label: value' lines, a two-column table or a grid."""
    if block.layout == "table":
        table = d.add_table(rows=len(block.pairs), cols=2)
        table.style = d.styles["Table Grid"]
        for row, (k, v) in zip(table.rows, block.pairs):
            row.cells[0].paragraphs[0].add_run(k).bold = True
            _value(row.cells[1].paragraphs[0], v)
        d.add_paragraph()
        return
    if block.layout == "grid":
        _grid_front_sheet(d, block)
        return
    for k, v in block.pairs:
        if block.layout == "bold":
            label = d.add_paragraph()
            label.paragraph_format.space_after = Pt(0)
            label.add_run(k).bold = True
            _value(d.add_paragraph(), v)
        else:
            par = d.add_paragraph()
            par.paragraph_format.space_after = Pt(2)
            par.add_run(f"{k}: ").bold = True
            _value(par, v)


def _grid_front_sheet(d, block: m.FrontSheet) -> None:
    """Front sheet as a four-column table, two label/value pairs to a row."""
    table = d.add_table(rows=(len(block.pairs) + 1) // 2, cols=4)
    table.style = d.styles["Table Grid"]
    for i, (k, v) in enumerate(block.pairs):
        cells = table.rows[i // 2].cells
        col = (i % 2) * 2
        cells[col].paragraphs[0].add_run(k).bold = True
        _value(cells[col + 1].paragraphs[0], v)
    d.add_paragraph()


def _para(d, block: m.Para) -> None:
    """A body paragraph, numbered with a hanging indent, or with a bold lead label."""
    par = d.add_paragraph()
    if block.num:
        par.paragraph_format.left_indent = Cm(1.25)
        par.paragraph_format.first_line_indent = Cm(-1.25)
        par.add_run(f"{block.num}\t{block.text}")
    elif block.label:
        par.add_run(block.label + " ").bold = True
        par.add_run(block.text)
    else:
        run = par.add_run(block.text)
        if block.small:
            run.italic = True
            run.font.size = Pt(9)


def _add(d, block: m.Block) -> None:
    """Add one block to the Word document."""
    match block:
        case m.Council(text):
            d.add_paragraph().add_run(text).bold = True
        case m.Title(text):
            d.add_paragraph(text, style="Title")
        case m.Subtitle(text):
            d.add_paragraph(text, style="Subtitle")
        case m.Heading(text, level, _keep):
            d.add_heading(text, level=level)
        case m.Para():
            _para(d, block)
        case m.Bullets(items, marker):
            for item in items:
                d.add_paragraph(item, style="List Number" if marker in ("1", "a") else "List Bullet")
        case m.Table():
            _table(d, block)
        case m.FrontSheet():
            _front_sheet(d, block)
        case m.PageBreak():
            d.add_page_break()
        case m.Space():
            pass
        case _:
            raise TypeError(f"unknown block {block!r}")


def _fixed_zip(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps and attributes, so the file is byte-identical on every run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            out.writestr(fixed, src.read(info.filename))


def build_docx(doc: m.Doc, path: Path) -> None:
    """Write doc as a DOCX at path."""
    st = STYLES[doc.style]
    d = docx.Document()
    _setup(d, doc, st)
    for block in doc.blocks:
        _add(d, block)
    buf = io.BytesIO()
    d.save(buf)
    _fixed_zip(buf.getvalue(), path)
