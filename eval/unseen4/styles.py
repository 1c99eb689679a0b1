"""House styles of the three councils of the fourth unseen corpus, registered beside the shared renderers' styles."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from eval.councils import pdf, web, word

PDF_STYLES = {
    "penrhydd-plan": pdf.PdfStyle(font="Helvetica", body=10.5, heading_sizes=(16, 12, 10.5), accent="#A4123F", title_size=22,
                                  header_bg="#F3D3DD", label_bg="#FAEBEF", bullet="\u25cf", footer="{footer}  \u00b7  {n}",
                                  space_after_heading=6),
    "hsfra-mtfp": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=10.5, heading_font="Times-Bold",
                               heading_sizes=(13, 11.5, 10.5), accent="#8B0000", title_size=17, header_bg="#E8D5D5",
                               footer="{footer}        Page {n}"),
    "hsfra-report": pdf.PdfStyle(font="Helvetica", body=10, heading_sizes=(12, 10.5, 10), accent="#B22222", title_size=16,
                                 header_bg="#F5DADA", label_bg="#FFFFFF", bullet="\u2013", footer="{footer} | {n}"),
    "strathgowan-report": pdf.PdfStyle(font="Helvetica", body=10, heading_sizes=(11.5, 10.5, 10), accent="#003865",
                                       title_size=15, header_bg="#D6E4F0", label_bg="#EEF4FA", margin=18 * mm,
                                       footer="STRATHGOWAN COUNCIL - {footer} - PAGE {n}"),
}

WORD_STYLES = {
    "penrhydd-report": word.WordStyle("Arial", 11, "A4123F", datetime(2025, 7, 4, 9, 0, 0)),
    "hsfra-mtfp-docx": word.WordStyle("Cambria", 11, "8B0000", datetime(2025, 2, 7, 9, 0, 0)),
    "strathgowan-status": word.WordStyle("Calibri", 10.5, "003865", datetime(2025, 10, 14, 9, 0, 0)),
}

CSS = {
    "penrhydd-minutes": "body{font-family:Arial,sans-serif;max-width:58em;margin:2em auto;color:#222}"
    "h1{font-size:1.5em;color:#A4123F}h2{font-size:1.05em;background:#FAEBEF;padding:.2em .4em}"
    ".council{font-weight:bold}ol{list-style-type:lower-alpha}table{border-collapse:collapse}"
    "td,th{border:1px solid #aaa;padding:.2em .5em}",
    "hsfra-web": "body{font-family:Tahoma,sans-serif;max-width:64em;margin:1em auto;font-size:.92em}"
    "h1,h2{color:#B22222}h3{color:#444}table{border-collapse:collapse;margin:.6em 0}"
    "td,th{border:1px solid #c99;padding:.2em .5em}td.n{text-align:right}caption{text-align:left;font-weight:bold}",
    "strathgowan-plan": "body{font-family:'Trebuchet MS',sans-serif;max-width:50em;margin:2em auto;line-height:1.45}"
    ".council{font-size:1.3em;font-weight:bold;letter-spacing:.15em;color:#003865}h1{color:#003865}"
    "h2{color:#fff;background:#003865;padding:.3em .5em}h3{color:#003865}table{border-collapse:collapse;width:100%}"
    "td,th{border:1px solid #9ab;padding:.25em .5em}caption{text-align:left;font-style:italic}",
}

TXT_STYLES = {
    "penrhydd-txt": web.TxtStyle(80, ("=", "-", ""), False, "+", 0),
    "strathgowan-txt": web.TxtStyle(74, ("*", "-", ""), True, "-", 27),
}


def register() -> None:
    """Add the fourth unseen corpus's styles to the shared renderers' style tables."""
    pdf.STYLES.update(PDF_STYLES)
    word.STYLES.update(WORD_STYLES)
    web.CSS.update(CSS)
    web.TXT_STYLES.update(TXT_STYLES)
