"""House styles of the three councils of the second unseen corpus, registered beside the shared renderers' styles."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from eval.councils import pdf, web, word

PDF_STYLES = {
    "haverleigh-strategy": pdf.PdfStyle(font="Helvetica", body=10, heading_sizes=(18, 12.5, 10.5), accent="#5B2A86", title_size=22,
                                        header_bg="#E4D8F0", bullet="\u203a", footer="{footer}  \u00b7  {n}", space_after_heading=5),
    "haverleigh-report": pdf.PdfStyle(font="Helvetica", body=10.5, heading_sizes=(12.5, 11, 10.5), accent="#5B2A86", title_size=15,
                                      header_bg="#E4D8F0", label_bg="#F3EEF8", footer="Haverleigh County Council - Cabinet - {n}"),
    "haverleigh-performance": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=9.5, heading_font="Helvetica-Bold",
                                           heading_sizes=(12, 10.5, 9.5), accent="#5B2A86", title_size=14, header_bg="#D9CCE6",
                                           margin=14 * mm, footer="{footer} | page {n}"),
    "corrowdale-highlight": pdf.PdfStyle(font="Helvetica", body=9, heading_sizes=(11, 10, 9), accent="#B03A2E", title_size=14,
                                         header_bg="#F5D5D0", label_bg="#FBEAE7", margin=13 * mm, footer="{footer}  [{n}]"),
}

WORD_STYLES = {
    "brindlecombe-plan": word.WordStyle("Trebuchet MS", 10.5, "00646E", datetime(2023, 5, 2, 9, 0, 0)),
    "brindlecombe-resolution": word.WordStyle("Arial", 11, "000000", datetime(2024, 2, 28, 9, 0, 0)),
    "corrowdale-report": word.WordStyle("Cambria", 11, "B03A2E", datetime(2025, 9, 12, 9, 0, 0)),
}

CSS = {
    "brindlecombe-minutes": "body{font-family:Tahoma,sans-serif;max-width:58em;margin:2em auto;color:#202020}"
    "h1{font-size:1.35em;color:#00646E}h2{font-size:1.1em;background:#E0F0F1;padding:.2em}h3{font-size:1em;color:#00646E}"
    ".council{letter-spacing:.08em;font-weight:bold}table{border-collapse:collapse}td,th{border:1px solid #8ab;padding:.2em .5em}",
    "corrowdale-web": "body{font-family:'Gill Sans',Calibri,sans-serif;max-width:64em;margin:1em auto}h1,h2,h3{color:#B03A2E}"
    "dl{display:grid;grid-template-columns:15em 1fr}dt{font-weight:bold}table{border-collapse:collapse;margin:.6em 0}"
    "td,th{border:1px solid #d8a49c;padding:.2em .5em}td.n{text-align:right}caption{text-align:left;font-weight:bold}",
}

TXT_STYLES = {
    "haverleigh-txt": web.TxtStyle(80, ("#", "=", "-"), True, "+", 0),
    "brindlecombe-txt": web.TxtStyle(74, ("*", "-", ""), False, "-", 30),
    "corrowdale-txt": web.TxtStyle(68, ("", "-", ""), True, "*", 20),
}


def register() -> None:
    """Add the second unseen corpus's styles to the shared renderers' style tables."""
    pdf.STYLES.update(PDF_STYLES)
    word.STYLES.update(WORD_STYLES)
    web.CSS.update(CSS)
    web.TXT_STYLES.update(TXT_STYLES)
