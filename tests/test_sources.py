"""How an answer reads in the chat: markers linked to its own sources, one link per page, long lists folded."""

from __future__ import annotations

from index.models import Answer, Citation, Timings
from web.sources import LIST_CAP, chat_markdown


def _answer(text: str, pages: list[int], answer_id: str = "abc123") -> Answer:
    citations = [Citation(n=n, source="plan.pdf", title="Plan", page=page, section=None, quote=f"quote number {n}", score=1.0)
                 for n, page in enumerate(pages, start=1)]
    return Answer(id=answer_id, question="q", answer=text, abstained=False, citations=citations, timings_ms=Timings(retrieve=0, answer=0, total=0))


def test_markers_link_to_their_own_answer_and_merge_when_they_cite_one_page():
    shown = chat_markdown(_answer("Parks are open. [1][2][3]", [4, 4, 5], answer_id="first"))
    assert "[[1–2]](#source-first-1)" in shown and "[[3]](#source-first-3)" in shown and "[2]" not in shown.replace("[1–2]", "")


def test_a_long_list_leads_with_its_count_and_folds_after_the_cap():
    items = [f"- Activity {n} [{n}]" for n in range(1, 21)]
    shown = chat_markdown(_answer("\n".join(items), list(range(1, 21))))
    assert shown.startswith("**20 items** from 1 document.")
    visible, folded = shown.split("<details class='cabinet-more'>")
    assert f"Activity {LIST_CAP} " in visible and f"Activity {LIST_CAP + 1} " in folded and "Show all 20 items" in folded


def test_a_list_the_document_counts_is_headed_by_its_own_kind_count_and_heading():
    items = [f"- Plant street tree {n} [{n + 1}]" for n in range(1, 13)]
    text = "**Eastfold Delivery Plan** (2022): under Theme Greener towns [1]\n12 projects in all.\n\n" + "\n".join(items)
    shown = chat_markdown(_answer(text, list(range(1, 14))))
    assert shown.startswith("**12 projects** under Theme Greener towns.\n\n**Eastfold Delivery Plan**")
    assert "in all." not in shown and "items**" not in shown
    bare = chat_markdown(_answer("**Plan** (2020): under Priority Safer roads [1]\n7 schemes in all.\n- a [2]", [1, 2]))
    assert bare.startswith("**7 schemes** under Priority Safer roads.")
