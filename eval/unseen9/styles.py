"""House styles of the three bodies of the ninth unseen corpus, registered beside the shared renderers' styles."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from eval.councils import pdf, web, word

PDF_STYLES = {
    "rfra-plan": pdf.PdfStyle(font="Helvetica", body=9.5, heading_font="Helvetica-Bold", heading_sizes=(14, 11, 9.5),
                              accent="#A4161A", title_size=20, header_bg="#F2D0CF", label_bg="#F8E6E5", bullet="\u25aa",
                              margin=18 * mm, footer="{footer}   [{n}]"),
    "ftc-budget": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=11, heading_font="Times-Bold",
                               heading_sizes=(13, 11.5, 11), accent="#1B4332", title_size=18, header_bg="#D8E9DF",
                               label_bg="#EDF5F0", bullet="\u2013", footer="Fernhythe Town Council \u2014 {n}"),
    "wca-highlight": pdf.PdfStyle(font="Helvetica", body=8.5, heading_sizes=(12, 10, 8.5), accent="#3A0CA3",
                                  title_size=17, header_bg="#DCD3F5", label_bg="#EEE9FB", bullet="\u203a",
                                  margin=13 * mm, footer="page {n} of the {footer}"),
}

WORD_STYLES = {
    "rfra-report": word.WordStyle("Verdana", 10, "A4161A", datetime(2025, 7, 4, 8, 30, 0)),
    "ftc-register": word.WordStyle("Georgia", 10.5, "1B4332", datetime(2026, 2, 2, 10, 0, 0)),
    "wca-notice": word.WordStyle("Segoe UI", 10.5, "3A0CA3", datetime(2025, 10, 3, 16, 0, 0)),
}

CSS = {
    "rfra-web": "body{font-family:Verdana,sans-serif;max-width:60em;margin:1.5em auto;font-size:.95em}"
    ".council{color:#A4161A;font-weight:bold}h2{color:#A4161A;border-bottom:2px solid #A4161A}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #c99;padding:.2em .5em}"
    "table.frontsheet th{background:#F8E6E5;text-align:left}",
    "ftc-web": "body{font-family:'Times New Roman',serif;max-width:50em;margin:2em auto}"
    "h1{text-align:center}.council{text-align:center;font-variant:small-caps}h2{font-size:1em;text-transform:uppercase}"
    "dl{border:1px solid #1B4332;padding:.5em}dt{font-weight:bold;float:left;width:11em}dd{margin-left:12em}",
    "wca-web": "body{font-family:'Segoe UI',sans-serif;max-width:64em;margin:1em auto}h1,h2,h3{color:#3A0CA3}"
    "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:.25em .5em}"
    "table.frontsheet th{width:12em;text-align:left;background:#EEE9FB}",
}

TXT_STYLES = {
    "rfra-txt": web.TxtStyle(76, ("#", "-", ""), True, "-", 22),
    "ftc-txt": web.TxtStyle(72, ("^", "", ""), False, "--", 0),
    "wca-txt": web.TxtStyle(78, ("=", ".", ""), True, ">", 25),
}


def register() -> None:
    """Add the ninth unseen corpus's styles to the shared renderers' style tables."""
    pdf.STYLES.update(PDF_STYLES)
    word.STYLES.update(WORD_STYLES)
    web.CSS.update(CSS)
    web.TXT_STYLES.update(TXT_STYLES)
