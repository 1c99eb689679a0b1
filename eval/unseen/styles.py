"""House styles of the three unseen councils, registered beside the councils corpus's own renderer styles."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from eval.councils import pdf, web, word

PDF_STYLES = {
    "fernhallow-plan": pdf.PdfStyle(font="Helvetica", body=10.5, heading_sizes=(20, 13.5, 11), accent="#0B5563", title_size=24,
                                    header_bg="#CDE6EA", bullet="\u25aa", footer="{footer}    {n}", space_after_heading=6),
    "fernhallow-report": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=11, heading_font="Times-Bold",
                                      heading_sizes=(13, 11.5, 11), accent="#0B5563", title_size=16, label_bg="#E6F1F3",
                                      header_bg="#CDE6EA", footer="Fernhallow Borough Council | Cabinet | page {n}"),
    "fernhallow-capital": pdf.PdfStyle(body=8.5, heading_sizes=(12, 10, 9), accent="#0B5563", title_size=15,
                                       header_bg="#CDE6EA", margin=12 * mm, footer="{footer} - {n}"),
    "tarnbridge-highlight": pdf.PdfStyle(font="Courier", bold="Courier-Bold", body=9, heading_font="Helvetica-Bold",
                                         heading_sizes=(12, 10.5, 9.5), accent="#8A3B00", title_size=15, header_bg="#F2D7C2",
                                         label_bg="#FBEDE3", margin=14 * mm, footer="OFFICIAL  |  {footer}  |  {n}"),
}

WORD_STYLES = {
    "greyholme-plan": word.WordStyle("Georgia", 11, "3B5B2A", datetime(2024, 3, 1, 9, 0, 0)),
    "greyholme-report": word.WordStyle("Verdana", 10, "333333", datetime(2022, 9, 27, 9, 0, 0)),
    "tarnbridge-report": word.WordStyle("Calibri", 11, "8A3B00", datetime(2024, 10, 4, 9, 0, 0)),
}

CSS = {
    "fernhallow-minutes": "body{font-family:'Segoe UI',sans-serif;max-width:56em;margin:2em auto;color:#1b1b1b}"
    "h1{font-size:1.4em;color:#0B5563}h2{font-size:1.15em;color:#0B5563}h3{font-size:1em}"
    ".council{text-transform:uppercase;font-weight:bold}",
    "tarnbridge-web": "body{font-family:Verdana,sans-serif;max-width:62em;margin:1em auto}h1,h2,h3{color:#8A3B00}"
    "dl{display:grid;grid-template-columns:13em 1fr}dt{font-weight:bold}table{border-collapse:collapse}"
    "td,th{border:1px solid #c9a88f;padding:.2em .5em}td.n{text-align:right}caption{text-align:left;font-weight:bold}",
}

TXT_STYLES = {
    "greyholme-txt": web.TxtStyle(76, ("=", "-", ""), True, "-", 22),
    "tarnbridge-txt": web.TxtStyle(70, ("", "", ""), True, ">", 0),
}


def register() -> None:
    """Add the unseen councils' styles to the shared renderers' style tables."""
    pdf.STYLES.update(PDF_STYLES)
    word.STYLES.update(WORD_STYLES)
    web.CSS.update(CSS)
    web.TXT_STYLES.update(TXT_STYLES)
