"""An answer's evidence as HTML: its numbered sources under ids of their own answer, each with the page or text around the quote."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote as url_quote

from cabinet.settings import Settings
from index.models import Answer, Citation
from ingest.frontsheet import TYPES

TYPE_LABELS = {kind: kind.replace("-", " ").capitalize() for kind in TYPES}  # "cabinet-report" -> "Cabinet report"
MARKERS = re.compile(r"(?<!\\)((?:\[\d{1,3}\])+)(?!\()")
LIST_CAP = 12  # list items shown before "show all"
TEXT_WINDOW = 500  # characters of a DOCX/HTML/TXT source shown either side of the quote


def source_id(answer_id: str, n: int) -> str:
    """The HTML id of source n of one answer: every answer's markers open that answer's own sources."""
    return f"source-{answer_id}-{n}"


def filters_line(filters) -> str:
    """The filters a question was asked under, in words ("Filtered: council X; cabinet reports; 2019 to 2023"); "" when none."""
    if filters is None or filters.empty:
        return ""
    parts = []
    if filters.councils:
        parts.append(("council " if len(filters.councils) == 1 else "councils ") + ", ".join(filters.councils))
    if filters.types:
        parts.append(", ".join(TYPE_LABELS.get(kind, kind).lower() + "s" for kind in filters.types))
    if filters.sources:
        parts.append(("document " if len(filters.sources) == 1 else "documents ") + ", ".join(filters.sources))
    if filters.since or filters.until:
        parts.append(f"{filters.since} to {filters.until}" if filters.since and filters.until
                     else f"from {filters.since}" if filters.since else f"up to {filters.until}")
    return "*Filtered: " + "; ".join(_escape_markdown(part) for part in parts) + "*\n\n"


def _escape_markdown(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#])", r"\\\1", text)


def chat_markdown(answer: Answer) -> str:
    """The answer for the chat: its markers linked to its own sources, markers for one page merged, long lists capped."""
    from index.render import render_answer

    pages = {c.n: (c.source, c.page) for c in answer.citations}

    def link(match: re.Match) -> str:
        numbers = [int(n) for n in re.findall(r"\d+", match.group(1))]
        groups: list[list[int]] = []
        for n in numbers:  # consecutive markers citing one page become one link
            if groups and pages.get(n) is not None and pages.get(n) == pages.get(groups[-1][-1]):
                groups[-1].append(n)
            else:
                groups.append([n])
        return "".join(f"[[{g[0]}{'–' + str(g[-1]) if len(g) > 1 else ''}]](#{source_id(answer.id or 'x', g[0])})" for g in groups)

    headline, body = _headline(answer)
    text = MARKERS.sub(link, render_answer(answer.model_copy(update={"answer": body})))
    return _cap_lists(headline + text)


COUNTED = re.compile(r"^(\d[\d,]*) ([^\W\d][^\n.\[]{0,40}?) in all\.\s*$", re.M)  # "41 activities in all." as an answerer states it
UNDER = re.compile(r":\s*under (.+?)\s*(?:\[\d+\])?$")  # "**Plan** (2018): under Outcome X [1]"


def _headline(answer: Answer) -> tuple[str, str]:
    """A count first when the answer is a long list, so a reader knows its size before its items; and the text it heads.

    When the answer states its count in the document's own words ("41 activities in all"), the headline says that,
    with what they stand under, and the line moves up into it; otherwise long lists get "N items".
    """
    text = answer.answer
    counted = None if answer.abstained else COUNTED.search(text)
    if counted:
        first = text.split("\n", 1)[0]
        under = UNDER.search(first)
        text = (text[: counted.start()] + text[counted.end():]).replace("\n\n\n", "\n\n")
        where = f" under {under.group(1)}" if under else ""
        return f"**{counted.group(1)} {counted.group(2)}**{where}.\n\n", text
    items = sum(1 for line in text.splitlines() if re.match(r"\s*(?:[-*•]|\d+[.)])\s", line))
    if answer.abstained or items < 6 or re.match(r"\W*\d+\b", text):
        return "", text
    documents = len({c.source for c in answer.citations})
    return f"**{items} items** from {documents} document{'s' if documents != 1 else ''}.\n\n", text


def _cap_lists(text: str) -> str:
    """Lines beyond LIST_CAP list items folded under "Show all" (the sources stay numbered as they were)."""
    lines = text.split("\n")
    count, cut = 0, None
    for index, line in enumerate(lines):
        if re.match(r"\s*(?:[-*•]|\d+[.)])\s", line):
            count += 1
            if count == LIST_CAP + 1:
                cut = index
    if cut is None:
        return text
    rest = "\n".join(lines[cut:])
    return "\n".join(lines[:cut]) + f"\n\n<details class='cabinet-more'><summary>Show all {count} items</summary>\n\n{rest}\n\n</details>"


def file_url(path: Path) -> str:
    """Gradio's URL of a file the app may serve (the rendered page images)."""
    return "/gradio_api/file=" + url_quote(str(Path(path).resolve()))


def document_url(doc_id: str) -> str:
    """The neutral URL of a document's original (served by the app's API, never its path on the server)."""
    return f"/api/files/{url_quote(doc_id)}"


def render_sources(answer: Answer, settings: Settings, catalogue: dict[str, dict], *, first_open: bool = True) -> str:
    """HTML of one answer's numbered sources: title, type, date, page, section, the quote highlighted, and the page or text around it."""
    if answer.abstained or not answer.citations:
        return "<p class='cabinet-none'>No sources: the documents do not answer this question.</p>"
    by_source = {doc["source"]: (doc_id, doc) for doc_id, doc in catalogue.items()}
    items = []
    for citation in answer.citations:
        doc_id, doc = by_source.get(citation.source, ("", {}))
        facts = [TYPE_LABELS.get(doc.get("doc_type"), ""), doc.get("date") or "", f"page {citation.page}" if citation.page else ""]
        meta = " · ".join(html.escape(fact) for fact in facts if fact)
        page = f", page {citation.page}" if citation.page else ""
        section = f"<div class='cabinet-meta'>Section: {html.escape(citation.section)}</div>" if _real_heading(citation.section) else ""
        evidence = _evidence(settings, doc_id, doc.get("path"), citation)
        opened = " open" if first_open and citation.n == 1 else ""
        items.append(
            f"<li><details class='cabinet-source' id='{source_id(answer.id or 'x', citation.n)}'{opened}>"
            f"<summary>[{citation.n}] {html.escape(citation.title or citation.source)}{page}"
            f"<div class='cabinet-preview'>{html.escape(_preview(citation.quote))}</div></summary>"
            f"<div class='cabinet-meta'>{html.escape(citation.source)}{' · ' + meta if meta else ''}</div>{section}"
            f"<blockquote><mark>{html.escape(citation.quote)}</mark></blockquote>{evidence}"
            f"<a class='cabinet-back' href='#chat' data-answer='{answer.id}'>Back to the answer</a></details></li>"
        )
    return "<ol class='cabinet-sources'>" + "".join(items) + "</ol>"


def _real_heading(section: str | None) -> bool:
    """A section label worth showing: a heading, not a sentence or a fragment of a table."""
    return bool(section) and 3 <= len(section) <= 90 and not section.rstrip().endswith((".", ",", ";")) and section[:1].isupper()


def _preview(quote: str, limit: int = 90) -> str:
    return quote if len(quote) <= limit else quote[:limit].rsplit(" ", 1)[0] + "…"


def _evidence(settings: Settings, doc_id: str, path: str | None, citation: Citation) -> str:
    """The cited page with the quote boxed (PDF), or the text around the quote highlighted (DOCX, HTML, TXT); and the original."""
    if not path or not Path(path).exists():
        return ""
    document = Path(path).resolve()
    pdf = document.suffix.lower() == ".pdf"
    at_page = f"#page={citation.page}" if pdf and citation.page else ""
    verb = "Open the whole document" if pdf else "Download the original"
    link = (f"<a class='cabinet-open' href='{document_url(doc_id)}{at_page}' target='_blank' rel='noopener'"
            f"{'' if pdf else ' download'}>{verb}{' at page ' + str(citation.page) if pdf and citation.page else ''}</a>") if doc_id else ""
    if not pdf:
        return _text_excerpt(document, citation.quote) + f"<div class='cabinet-links'>{link}</div>"
    return _page_crop(settings, document, citation) + f"<div class='cabinet-links'>{link}</div>"


def _page_crop(settings: Settings, document: Path, citation: Citation) -> str:
    """A window of the page around the boxed quote, which zooms on click, and the full page image."""
    from index.pages import page_image, quote_boxes

    if not citation.page:
        return ""
    image = page_image(document, citation.page, Path(settings.data_dir) / "pages")
    if image is None:
        return ""
    boxes = quote_boxes(document, citation.page, citation.quote)
    marks = "".join(
        f"<span class='cabinet-mark' style='left:{left:.2%};top:{top:.2%};width:{width:.2%};height:{height:.2%}'></span>"
        for left, top, width, height in boxes
    )
    width, height = _size(image)
    alt = html.escape(f"Page {citation.page} of {citation.source}, the quoted passage boxed")
    return (f"<div class='cabinet-crop' data-top='{boxes[0][1] if boxes else 0:.4f}' title='Click to zoom'>"
            f"<div class='cabinet-page'><img loading='lazy' src='{file_url(image)}' width='{width}' height='{height}' alt='{alt}'>{marks}</div></div>"
            f"<div class='cabinet-links'><button type='button' class='cabinet-zoom'>Zoom</button>"
            f"<a href='{file_url(image)}' target='_blank' rel='noopener'>Full page image</a></div>")


def _size(image: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(image) as opened:
        return opened.size


def _text_excerpt(document: Path, quote: str) -> str:
    """The document's text as the reader renders it, a window around the quote with the quote highlighted."""
    from index.pages import quote_span

    text = _document_text(str(document), document.stat().st_mtime_ns)
    span = quote_span(text, quote)
    if span is None:
        return ""
    start, end = span
    before_at = text.rfind("\n", 0, start - TEXT_WINDOW) + 1 if start > TEXT_WINDOW else 0
    after_at = text.find("\n", end + TEXT_WINDOW)
    after_at = len(text) if after_at < 0 else after_at
    return (f"<div class='cabinet-text'>{'… ' if before_at else ''}{html.escape(text[before_at:start])}"
            f"<mark class='cabinet-quote'>{html.escape(text[start:end])}</mark>{html.escape(text[end:after_at])}"
            f"{' …' if after_at < len(text) else ''}</div>")


@lru_cache(maxsize=8)  # whole documents' text: a few recent ones, not one per document ever cited
def _document_text(path: str, mtime_ns: int) -> str:  # noqa: ARG001 - the file's version is part of the cache key
    from ingest.readers import read_document

    return "\n\n".join(page.text for page in read_document(Path(path)).pages)
