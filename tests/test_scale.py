"""The scale bench's library builder, at a size a test can afford: generated passages, planted needles found."""

from __future__ import annotations

from conftest import fresh_settings

from eval.scale import NEEDLES, PASSAGES_PER_DOCUMENT, build_library, measure, needles, run_mode
from index.build import open_store
from index.catalogue import Catalogue


def test_a_generated_library_is_searchable_and_its_needles_are_found(tmp_path):
    settings = fresh_settings(tmp_path)
    built = build_library(settings, 30 * PASSAGES_PER_DOCUMENT)
    assert built["passages"] == open_store(settings).count() == 30 * PASSAGES_PER_DOCUMENT
    catalogue = Catalogue(settings.store_path)
    assert len(catalogue.documents) == 30 and {needle["doc"] for needle in needles()} <= set(catalogue.documents)
    figures = measure(settings, count=5)
    assert figures["needles_found_search"] >= 0.9 and figures["needles_found_ask"] >= 0.9, figures
    assert NEEDLES == len(needles()) and len({needle["question"] for needle in needles()}) == NEEDLES


def test_a_server_library_is_written_by_the_embedded_client_and_measured_through_the_server(tmp_path):
    figures = run_mode("server", 30 * PASSAGES_PER_DOCUMENT, tmp_path)
    assert figures["built_via"] == "embedded client" and figures["passages"] == 30 * PASSAGES_PER_DOCUMENT
    assert (tmp_path / f"server-{30 * PASSAGES_PER_DOCUMENT}" / "store" / "chroma.sqlite3").is_file()  # the folder the server served
    assert figures["server_max_rss_mb"] and figures["needles_found_search"] >= 0.9 and figures["needles_found_ask"] >= 0.9, figures
