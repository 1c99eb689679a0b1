"""House styles of the three bodies of the seventh unseen corpus, registered beside the shared renderers' styles."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from eval.councils import pdf, web, word

PDF_STYLES = {
    "hfra-plan": pdf.PdfStyle(font="Helvetica", body=10, heading_sizes=(16, 12, 10.5), accent="#B3261E", title_size=22,
                              header_bg="#F6D5D2", label_bg="#FCEDEB", bullet="\u203a", footer="{footer}  |  {n}",
                              space_after_heading=5),
    "rpcp-pack": pdf.PdfStyle(font="Times-Roman", bold="Times-Bold", body=10.5, heading_font="Helvetica-Bold",
                              heading_sizes=(13, 11.5, 10.5), accent="#1B3A6B", title_size=18, header_bg="#D6DFEE",
                              label_bg="#ECF0F7", margin=18 * mm, footer="{footer} - page {n}"),
    "tjwc-eqia": pdf.PdfStyle(font="Helvetica", body=9.5, heading_sizes=(12.5, 11, 10), accent="#3F6B21", title_size=17,
                              header_bg="#DCEBCF", label_bg="#F0F6EA", margin=16 * mm, footer="{footer}   Page {n}"),
}

WORD_STYLES = {
    "hfra-report": word.WordStyle("Verdana", 10, "B3261E", datetime(2026, 1, 23, 9, 0, 0)),
    "rpcp-minutes": word.WordStyle("Georgia", 11, "1B3A6B", datetime(2026, 2, 6, 9, 0, 0)),
    "tjwc-report": word.WordStyle("Segoe UI", 10.5, "3F6B21", datetime(2026, 1, 12, 9, 0, 0)),
}

CSS = {
    "hfra-web": "body{font-family:Verdana,sans-serif;max-width:56em;margin:1.5em auto;color:#202020}"
    ".council{color:#B3261E;font-weight:bold;letter-spacing:.05em}h1{font-size:1.45em}h2{font-size:1.05em;color:#B3261E}"
    "table{border-collapse:collapse}td,th{border:1px solid #c99;padding:.2em .5em}td.n{text-align:right}",
    "rpcp-web": "body{font-family:Georgia,serif;max-width:54em;margin:2em auto;line-height:1.4}"
    ".council{font-variant:small-caps;color:#1B3A6B}h2{color:#1B3A6B;font-size:1.1em}"
    "dl{border-left:4px solid #1B3A6B;padding-left:.8em}dt{font-weight:bold;margin-top:.4em}dd{margin-left:0}"
    "table{border-collapse:collapse}td,th{border:1px solid #99a;padding:.2em .5em}",
    "tjwc-web": "body{font-family:'Segoe UI',sans-serif;max-width:60em;margin:1em auto}h1,h2{color:#3F6B21}"
    "table.frontsheet th{text-align:left;background:#F0F6EA;width:14em}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #9b9;padding:.25em .5em}",
}

TXT_STYLES = {
    "hfra-txt": web.TxtStyle(76, ("=", "-", ""), True, "-", 20),
    "rpcp-txt": web.TxtStyle(78, ("~", "-", ""), False, "#", 0),
    "tjwc-txt": web.TxtStyle(72, ("-", ".", ""), True, ">", 18),
}


def register() -> None:
    """Add the seventh unseen corpus's styles to the shared renderers' style tables."""
    pdf.STYLES.update(PDF_STYLES)
    word.STYLES.update(WORD_STYLES)
    web.CSS.update(CSS)
    web.TXT_STYLES.update(TXT_STYLES)
