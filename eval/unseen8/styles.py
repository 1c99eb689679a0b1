"""House styles of the three bodies of the eighth unseen corpus, registered beside the shared renderers' styles."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from eval.councils import pdf, web, word

PDF_STYLES = {
    "mnpa-plan": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=10.5, heading_font="Times-Bold",
                              heading_sizes=(17, 12.5, 10.5), accent="#3B5323", title_size=21, header_bg="#DDE6CF",
                              label_bg="#EEF3E6", bullet="\u00bb", footer="{footer}  \u00b7  {n}", space_after_heading=3),
    "chwb-bcf": pdf.PdfStyle(font="Helvetica", body=9.5, heading_sizes=(12, 10.5, 9.5), accent="#5B2C6F", title_size=19,
                             header_bg="#E4D7EA", label_bg="#F3ECF6", margin=17 * mm, footer="{n} | {footer}"),
    "thc-risk": pdf.PdfStyle(font="Helvetica", body=8.5, heading_sizes=(11.5, 10, 9), accent="#0B4F6C", title_size=16,
                             header_bg="#CFE4EC", label_bg="#E8F2F6", bullet="\u00b7", margin=14 * mm,
                             footer="{footer} \u2014 sheet {n}"),
}

WORD_STYLES = {
    "mnpa-report": word.WordStyle("Cambria", 11, "3B5323", datetime(2025, 7, 3, 9, 0, 0)),
    "chwb-report": word.WordStyle("Arial", 10.5, "5B2C6F", datetime(2025, 11, 10, 9, 0, 0)),
    "thc-board": word.WordStyle("Tahoma", 10, "0B4F6C", datetime(2025, 11, 14, 9, 0, 0)),
}

CSS = {
    "mnpa-web": "body{font-family:Cambria,Georgia,serif;max-width:58em;margin:2em auto;color:#1d261a}"
    ".council{color:#3B5323;text-transform:uppercase;letter-spacing:.12em}h1{font-size:1.5em}"
    "h2{font-size:1.05em;background:#EEF3E6;padding:.2em .4em}table{border-collapse:collapse}"
    "td,th{border:1px solid #9a8;padding:.2em .5em}",
    "chwb-web": "body{font-family:Arial,sans-serif;max-width:62em;margin:1em auto}h1,h2{color:#5B2C6F}"
    "dl{display:grid;grid-template-columns:10em 1fr;background:#F3ECF6;padding:.6em}dt{font-weight:bold}"
    "table{border-collapse:collapse;margin:.4em 0 1em}td,th{border:1px solid #b9a;padding:.25em .5em}",
    "thc-web": "body{font-family:Tahoma,sans-serif;max-width:56em;margin:1.5em auto;line-height:1.35}"
    ".council{color:#0B4F6C;font-weight:bold}h2{border-left:5px solid #0B4F6C;padding-left:.4em;font-size:1.05em}"
    "table.frontsheet th{text-align:left;width:9em;vertical-align:top}table{border-collapse:collapse}"
    "td,th{border:1px solid #8ab;padding:.2em .5em}",
}

TXT_STYLES = {
    "mnpa-txt": web.TxtStyle(74, ("*", "=", ""), True, "+", 14),
    "chwb-txt": web.TxtStyle(80, ("=", "-", ""), False, "\u00b7", 10),
    "thc-txt": web.TxtStyle(70, ("~", "", ""), True, "=>", 24),
}


def register() -> None:
    """Add the eighth unseen corpus's styles to the shared renderers' style tables."""
    pdf.STYLES.update(PDF_STYLES)
    word.STYLES.update(WORD_STYLES)
    web.CSS.update(CSS)
    web.TXT_STYLES.update(TXT_STYLES)
