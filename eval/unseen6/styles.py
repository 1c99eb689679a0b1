"""House styles of the three bodies of the sixth unseen corpus, registered beside the shared renderers' styles."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from eval.councils import pdf, web, word

PDF_STYLES = {
    "larchwick-compliance": pdf.PdfStyle(font="Helvetica", body=9.5, heading_sizes=(12.5, 11, 10), accent="#A6192E",
                                         title_size=18, header_bg="#F2D4D8", label_bg="#FBEDEF", margin=15 * mm,
                                         footer="{footer}  \u00b7  page {n}"),
    "orlingham-plan": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=10.5, heading_font="Times-Bold",
                                   heading_sizes=(17, 13, 11), accent="#7A4E12", title_size=24, bullet="\u00bb",
                                   footer="{footer}  ~  {n}", space_after_heading=6),
    "bnpa-plan": pdf.PdfStyle(font="Helvetica", body=10, heading_sizes=(15, 11.5, 10), accent="#2F5233", title_size=20,
                              header_bg="#D5E3CF", label_bg="#EEF4EB", footer="{footer} | {n}"),
    "bnpa-complaints": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=11, heading_font="Helvetica-Bold",
                                    heading_sizes=(12.5, 11, 10.5), accent="#2F5233", title_size=16, header_bg="#D5E3CF",
                                    footer="Page {n} of the {footer}"),
}

WORD_STYLES = {
    "larchwick-report": word.WordStyle("Arial", 10.5, "A6192E", datetime(2026, 1, 8, 9, 0, 0)),
    "orlingham-report": word.WordStyle("Cambria", 11.5, "7A4E12", datetime(2026, 1, 5, 9, 0, 0)),
    "bnpa-report": word.WordStyle("Tahoma", 10, "2F5233", datetime(2025, 11, 24, 9, 0, 0)),
}

CSS = {
    "larchwick-web": "body{font-family:Arial,sans-serif;max-width:58em;margin:1.5em auto;color:#1a1a1a}"
    ".council{color:#A6192E;font-weight:bold}h1{font-size:1.5em}h2{color:#A6192E;font-size:1.1em}"
    "dl{border:1px solid #ccc;padding:.5em}dt{font-weight:bold;margin-top:.3em}dd{margin-left:0}"
    "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:.2em .5em}td.n{text-align:right}",
    "orlingham-web": "body{font-family:Cambria,serif;max-width:50em;margin:2em auto;line-height:1.45}"
    ".council{font-variant:small-caps;color:#7A4E12}h2{font-size:1em;text-transform:uppercase;color:#7A4E12}"
    "table{border-collapse:collapse}td,th{border:1px solid #b9a; padding:.2em .5em}",
    "bnpa-web": "body{font-family:Tahoma,sans-serif;max-width:64em;margin:1em auto}h1,h2{color:#2F5233}"
    "dl{display:grid;grid-template-columns:11em 1fr;gap:.2em}dt{font-weight:bold}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #9a9;padding:.2em .45em}",
}

TXT_STYLES = {
    "larchwick-txt": web.TxtStyle(80, ("-", "", ""), False, "+", 24),
    "orlingham-txt": web.TxtStyle(70, ("=", "-", ""), True, "*", 12),
}


def register() -> None:
    """Add the sixth unseen corpus's styles to the shared renderers' style tables."""
    pdf.STYLES.update(PDF_STYLES)
    word.STYLES.update(WORD_STYLES)
    web.CSS.update(CSS)
    web.TXT_STYLES.update(TXT_STYLES)
