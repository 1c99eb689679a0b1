"""House styles of the three bodies of the fifth unseen corpus, registered beside the shared renderers' styles."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from eval.councils import pdf, web, word

PDF_STYLES = {
    "bddc-plan": pdf.PdfStyle(font="Helvetica", body=10.5, heading_sizes=(17, 12.5, 10.5), accent="#00594F", title_size=23,
                              header_bg="#CDE6E1", label_bg="#EAF4F2", bullet="\u25aa", footer="{footer}   \u2014   {n}",
                              space_after_heading=5),
    "qvca-dashboard": pdf.PdfStyle(font="Helvetica", body=8.5, heading_sizes=(12, 10, 9), accent="#5B2A86", title_size=15,
                                   header_bg="#DCCFEA", label_bg="#F1EBF7", margin=13 * mm,
                                   footer="Quenford Valley Combined Authority  |  {footer}  |  {n}"),
    "stanmarsh-risk": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=10, heading_font="Helvetica-Bold",
                                   heading_sizes=(12, 11, 10), accent="#3B4A1F", title_size=15, header_bg="#E2E8D0",
                                   label_bg="#F3F6EA", margin=16 * mm, footer="Page {n} - {footer}"),
    "stanmarsh-ags": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=11, heading_font="Times-Bold",
                                  heading_sizes=(14, 12, 11), accent="#3B4A1F", title_size=18, header_bg="#E2E8D0",
                                  bullet="\u2023", footer="{footer} - {n}"),
}

WORD_STYLES = {
    "bddc-report": word.WordStyle("Verdana", 10, "00594F", datetime(2025, 1, 29, 9, 0, 0)),
    "qvca-board": word.WordStyle("Segoe UI", 10.5, "5B2A86", datetime(2025, 10, 31, 9, 0, 0)),
    "stanmarsh-audit": word.WordStyle("Georgia", 11, "3B4A1F", datetime(2025, 6, 30, 9, 0, 0)),
}

CSS = {
    "bddc-minutes": "body{font-family:Verdana,sans-serif;max-width:56em;margin:2em auto;font-size:.9em;color:#1b1b1b}"
    ".council{text-transform:uppercase;color:#00594F;font-weight:bold}h1{font-size:1.35em}"
    "h2{font-size:1em;border-top:2px solid #00594F;padding-top:.3em}table{border-collapse:collapse}"
    "td,th{border:1px solid #8aa;padding:.2em .5em}",
    "qvca-web": "body{font-family:'Segoe UI',sans-serif;max-width:62em;margin:1.5em auto}h1{color:#5B2A86}"
    "h2{color:#5B2A86;border-bottom:3px solid #DCCFEA}h3{color:#333}dl{display:grid;grid-template-columns:13em 1fr;gap:.15em}"
    "dt{font-weight:600}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em}",
    "stanmarsh-web": "body{font-family:Georgia,serif;max-width:66em;margin:1em auto;font-size:.95em}"
    "h1,h2{color:#3B4A1F}dl{margin-left:1em}dt{font-weight:bold;float:left;width:12em}dd{margin-left:13em}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #999;padding:.2em .45em}td.n{text-align:right}",
}

TXT_STYLES = {
    "bddc-txt": web.TxtStyle(76, ("#", "=", "-"), True, "-", 30),
    "qvca-txt": web.TxtStyle(84, ("=", "-", ""), False, ">", 27),
}


def register() -> None:
    """Add the fifth unseen corpus's styles to the shared renderers' style tables."""
    pdf.STYLES.update(PDF_STYLES)
    word.STYLES.update(WORD_STYLES)
    web.CSS.update(CSS)
    web.TXT_STYLES.update(TXT_STYLES)
