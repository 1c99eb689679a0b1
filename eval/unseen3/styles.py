"""House styles of the three councils of the third unseen corpus, registered beside the shared renderers' styles."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from eval.councils import pdf, web, word

PDF_STYLES = {
    "stourwick-report": pdf.PdfStyle(font="Helvetica", body=10, heading_sizes=(12, 11, 10), accent="#C8102E", title_size=17,
                                     header_bg="#F2D0D5", label_bg="#FBEFF1", bullet="\u25aa",
                                     footer="London Borough of Stourwick  |  Cabinet  |  {n}"),
    "stourwick-plan": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=11, heading_font="Helvetica-Bold",
                                   heading_sizes=(20, 13.5, 11.5), accent="#C8102E", title_size=24, header_bg="#F2D0D5",
                                   bullet="\u2192", footer="{footer} {n}", space_after_heading=7),
    "halbeck-register": pdf.PdfStyle(font="Helvetica", body=8, heading_sizes=(11, 9.5, 8.5), accent="#1B4F72", title_size=14,
                                     header_bg="#D4E6F1", label_bg="#EAF2F8", margin=11 * mm, footer="{footer}   Page {n}"),
    "orrinford-highlight": pdf.PdfStyle(font="Courier", bold="Courier-Bold", body=9, heading_font="Helvetica-Bold",
                                        heading_sizes=(11.5, 10, 9), accent="#0B6E4F", title_size=15, header_bg="#CDEBDD",
                                        label_bg="#EAF6F0", margin=14 * mm, footer="{footer} -- {n} --"),
}

WORD_STYLES = {
    "halbeck-budget": word.WordStyle("Verdana", 10, "1B4F72", datetime(2025, 2, 14, 9, 0, 0)),
    "halbeck-audit": word.WordStyle("Georgia", 11, "4A235A", datetime(2025, 7, 3, 9, 0, 0)),
    "orrinford-report": word.WordStyle("Segoe UI", 10.5, "0B6E4F", datetime(2025, 9, 24, 9, 0, 0)),
}

CSS = {
    "stourwick-minutes": "body{font-family:'Helvetica Neue',Arial,sans-serif;max-width:56em;margin:2em auto;color:#1a1a1a}"
    "h1{font-size:1.4em;color:#C8102E}h2{font-size:1.15em;border-left:4px solid #C8102E;padding-left:.4em}"
    "h3{font-size:1em}.council{text-transform:uppercase;font-size:.8em}table{border-collapse:collapse}"
    "td,th{border:1px solid #aaa;padding:.2em .5em}",
    "orrinford-web": "body{font-family:Verdana,sans-serif;font-size:.9em;max-width:62em;margin:1em auto}h1,h2,h3{color:#0B6E4F}"
    "dl{display:grid;grid-template-columns:16em 1fr}dt{font-weight:bold}table{border-collapse:collapse;margin:.5em 0}"
    "td,th{border:1px solid #9cc;padding:.2em .5em}td.n{text-align:right}caption{text-align:left;font-weight:bold}",
    "orrinford-plan": "body{font-family:Georgia,serif;max-width:48em;margin:2em auto;line-height:1.5}h1{font-size:2em;color:#0B6E4F}"
    "h2{color:#0B6E4F;border-bottom:2px solid #0B6E4F}h3{color:#333}ol{padding-left:2em}.council{color:#666}"
    "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em}",
}

TXT_STYLES = {
    "stourwick-txt": web.TxtStyle(76, ("=", "-", ""), True, "-", 24),
    "halbeck-txt": web.TxtStyle(84, ("-", ".", ""), False, ">", 0),
    "orrinford-txt": web.TxtStyle(70, ("~", "", ""), True, "#", 18),
}


def register() -> None:
    """Add the third unseen corpus's styles to the shared renderers' style tables."""
    pdf.STYLES.update(PDF_STYLES)
    word.STYLES.update(WORD_STYLES)
    web.CSS.update(CSS)
    web.TXT_STYLES.update(TXT_STYLES)
