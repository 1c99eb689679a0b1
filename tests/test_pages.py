"""Cited pages: the quote located on the page despite different line breaks, and the page rendered once."""

from __future__ import annotations

from conftest import DEMO

PLAN = DEMO / "somerset-business-plan-2018-19.pdf"


def test_quote_span_ignores_spacing_and_punctuation():
    from index.pages import quote_span

    page = "Activity:\r\nWork with institutions and stake-\r\nholders to focus on increasing it."
    start, end = quote_span(page, "Work with institutions and stakeholders to focus")
    assert page[start:end] == "Work with institutions and stake-\r\nholders to focus"
    assert quote_span(page, "Something the page does not say") is None


def test_quote_boxes_cover_a_quote_that_wraps_onto_two_lines():
    from index.pages import quote_boxes

    boxes = quote_boxes(PLAN, 7, "Work with institutions and stakeholders to focus on increasing the educational achievement of children in Somerset.")
    assert len(boxes) == 2  # one box per line
    for left, top, width, height in boxes:
        assert 0 <= left < 1 and 0 <= top < 1 and 0 < width <= 1 and 0 < height < 0.05
    assert quote_boxes(PLAN, 1, "Work with institutions and stakeholders to focus on increasing") == []  # not on that page


def test_page_image_is_rendered_once_and_cached(tmp_path):
    from PIL import Image

    from index.pages import page_image

    first = page_image(PLAN, 7, tmp_path, width=400)
    assert Image.open(first).size[0] == 400
    stamp = first.stat().st_mtime_ns
    assert page_image(PLAN, 7, tmp_path, width=400) == first and first.stat().st_mtime_ns == stamp
    assert page_image(PLAN, 99, tmp_path) is None


def test_pages_are_drawn_safely_from_many_threads_at_once(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from index.pages import page_image, quote_boxes

    def draw(page: int):  # PDFium itself is not thread-safe; the app calls this from several conversations at once
        return page_image(PLAN, page, tmp_path / str(page % 3), width=300), quote_boxes(PLAN, page, "Somerset County Council")

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(draw, [1 + n % 11 for n in range(33)]))
    assert all(image is not None and image.exists() for image, _ in results)
