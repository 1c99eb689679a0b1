"""Render a councils-corpus Doc to HTML or plain text."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from html import escape
from pathlib import Path

from eval.councils import model as m

CSS = {
    "ashcombe-minutes": "body{font-family:Georgia,serif;max-width:52em;margin:2em auto;color:#222}"
    "h1{font-size:1.5em;color:#00665E}h2{font-size:1.1em;border-bottom:1px solid #00665E}"
    ".council{font-variant:small-caps;letter-spacing:.1em}.resolved{margin-left:2em}"
    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em}",
    "kestrel-vale-web": "body{font-family:Arial,sans-serif;max-width:60em;margin:1.5em auto}"
    "h1{color:#6A1B9A}h2,h3{color:#6A1B9A}dl{display:grid;grid-template-columns:14em 1fr}"
    "dt{font-weight:bold}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.25em .6em}"
    "td.n{text-align:right}caption{font-weight:bold;text-align:left}",
}


def _value_html(value: m.Value) -> str:
    """A front-sheet value with <br> between lines."""
    parts = (value,) if isinstance(value, str) else value
    return "<br>".join(escape(p) for p in parts)


def _is_number(text: str) -> bool:
    """True for a figure cell (right-aligned)."""
    return bool(text) and text.replace(",", "").replace("£", "").replace(".", "").replace("-", "").replace("(", "").replace(")", "").isdigit()


def _td(text: str) -> str:
    """A table cell; figures are right-aligned."""
    cls = ' class="n"' if _is_number(text) else ""
    return f"<td{cls}>{escape(text)}</td>"


def _table_html(block: m.Table) -> str:
    """An HTML table with thead and tbody."""
    cap = f"<caption>{escape(block.caption)}</caption>" if block.caption else ""
    head = "".join(f"<th scope=\"col\">{escape(h)}</th>" for h in block.header)
    body = "\n".join("<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in block.rows)
    return f"<table>{cap}\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>"


def _front_html(block: m.FrontSheet) -> str:
    """Front sheet as a definition list or a two-column table."""
    if block.layout == "dl":
        return "<dl>\n" + "\n".join(f"<dt>{escape(k)}</dt><dd>{_value_html(v)}</dd>" for k, v in block.pairs) + "\n</dl>"
    rows = "\n".join(f"<tr><th scope=\"row\">{escape(k)}</th><td>{_value_html(v)}</td></tr>" for k, v in block.pairs)
    return f"<table class=\"frontsheet\">\n{rows}\n</table>"


def _html_block(block: m.Block) -> str:
    """The HTML for one block."""
    match block:
        case m.Council(text):
            return f"<p class=\"council\">{escape(text)}</p>"
        case m.Title(text):
            return f"<h1>{escape(text)}</h1>"
        case m.Subtitle(text):
            return f"<p class=\"subtitle\"><em>{escape(text)}</em></p>"
        case m.Heading(text, level, _keep):
            return f"<h{level + 1}>{escape(text)}</h{level + 1}>"
        case m.Para(text, num, label, small):
            if num:
                return f"<p class=\"numbered\"><span class=\"num\">{escape(num)}</span> {escape(text)}</p>"
            if label:
                return f"<p><strong>{escape(label)}</strong> {escape(text)}</p>"
            return f"<p class=\"note\">{escape(text)}</p>" if small else f"<p>{escape(text)}</p>"
        case m.Bullets(items, marker):
            tag = "ol" if marker in ("1", "a") else "ul"
            attr = " type=\"a\"" if marker == "a" else ""
            return f"<{tag}{attr}>\n" + "\n".join(f"<li>{escape(i)}</li>" for i in items) + f"\n</{tag}>"
        case m.Table():
            return _table_html(block)
        case m.FrontSheet():
            return _front_html(block)
        case m.PageBreak() | m.Space():
            return ""
    raise TypeError(f"unknown block {block!r}")


def build_html(doc: m.Doc, path: Path) -> None:
    """Write doc as a standalone HTML page."""
    body = "\n".join(h for h in (_html_block(b) for b in doc.blocks) if h)
    page = (
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{escape(doc.meta_title)}</title>\n<style>{CSS[doc.style]}</style>\n</head>\n<body>\n"
        f"<div class=\"mgContent\">\n{body}\n</div>\n"
        f"<footer><p>{escape(doc.footer)}</p></footer>\n</body>\n</html>\n"
    )
    path.write_text(page, encoding="utf-8", newline="\n")


@dataclass(frozen=True)
class TxtStyle:
    """Plain-text conventions for one council."""

    width: int
    underline: tuple[str, str, str]
    upper_h1: bool
    bullet: str
    label_width: int


TXT_STYLES = {
    "pellingford-txt": TxtStyle(72, ("-", "~", ""), True, "*", 0),
    "kestrel-vale-txt": TxtStyle(78, ("-", "", ""), False, "o", 26),
}


def _wrap(text: str, width: int, first: str = "", rest: str = "") -> str:
    """Wrap text with the given first-line and continuation prefixes."""
    return textwrap.fill(text, width=width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False,
                         break_long_words=False)


def _txt_table(block: m.Table, st: TxtStyle) -> str:
    """A table as one record per row: the first cell, then 'Header: value' lines."""
    out = [block.caption.upper()] if block.caption else []
    for row in block.rows:
        out.append(_wrap(row[0], st.width, f"{st.bullet} ", "  "))
        out += [_wrap(f"{h}: {c}", st.width, "    ", "      ") for h, c in zip(block.header[1:], row[1:])]
    return "\n".join(out)


def _txt_front(block: m.FrontSheet, st: TxtStyle) -> str:
    """Front sheet as aligned 'Label: value' lines."""
    out = []
    for k, v in block.pairs:
        value = v if isinstance(v, str) else ", ".join(v)
        label = f"{k}:".ljust(st.label_width) if st.label_width else f"{k}: "
        out.append(_wrap(value, st.width, label, " " * len(label)))
    return "\n".join(out)


def _txt_block(block: m.Block, st: TxtStyle) -> str:
    """The plain text for one block."""
    match block:
        case m.Council(text) | m.Title(text):
            return text.upper() if isinstance(block, m.Council) else text + "\n" + "=" * min(len(text), st.width)
        case m.Subtitle(text):
            return _wrap(text, st.width)
        case m.Heading(text, level, _keep):
            shown = text.upper() if (level == 1 and st.upper_h1) else text
            mark = st.underline[level - 1]
            return shown + ("\n" + mark * len(shown) if mark else "")
        case m.Para(text, num, label, _small):
            if num:
                return _wrap(text, st.width, f"{num}".ljust(6), " " * 6)
            return _wrap(f"{label} {text}" if label else text, st.width)
        case m.Bullets(items, marker):
            marks = [f"({chr(97 + i)})" if marker == "a" else f"{i + 1}." if marker == "1" else st.bullet for i in range(len(items))]
            return "\n".join(_wrap(t, st.width, f"  {mk} ", " " * (len(mk) + 3)) for mk, t in zip(marks, items))
        case m.Table():
            return _txt_table(block, st)
        case m.FrontSheet():
            return _txt_front(block, st)
        case m.PageBreak() | m.Space():
            return ""
    raise TypeError(f"unknown block {block!r}")


def build_txt(doc: m.Doc, path: Path) -> None:
    """Write doc as plain text (UTF-8, LF line endings)."""
    st = TXT_STYLES[doc.style]
    parts = [t for t in (_txt_block(b, st) for b in doc.blocks) if t]
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8", newline="\n")
