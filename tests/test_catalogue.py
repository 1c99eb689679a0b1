"""The catalogue: one row per document, saved by what changed, read by other processes, imported from the old JSON file."""

from __future__ import annotations

import json
import sqlite3

from index.catalogue import FILE_NAME, Catalogue
from ingest.documents import PARSER_VERSION


def _doc(title: str) -> dict:
    return {"title": title, "source": f"{title}.pdf", "parser": PARSER_VERSION, "outline": []}


def test_saved_documents_and_failures_load_again(tmp_path):
    catalogue = Catalogue(tmp_path)
    catalogue.documents["a"] = _doc("Waste strategy")
    catalogue.failures["h1"] = "file is encrypted"
    catalogue.save()
    again = Catalogue(tmp_path)
    assert again.documents == {"a": _doc("Waste strategy")}
    assert again.failures == {"h1": "file is encrypted"}
    assert again.current("a") and Catalogue.stamp(tmp_path) == 1


def test_save_writes_only_the_changed_rows(tmp_path):
    first = Catalogue(tmp_path)
    first.documents.update({})  # nothing
    for number in range(50):
        first.documents[f"d{number}"] = _doc(f"Report {number}")
    first.save()
    # A row written behind this reader's back survives its next save: save does not rewrite the whole catalogue.
    connection = sqlite3.connect(tmp_path / FILE_NAME)
    with connection:
        connection.execute("UPDATE documents SET body = ? WHERE doc_id = 'd7'", (json.dumps(_doc("Changed elsewhere")),))
    connection.close()
    first.remove("d3")
    first.documents["d3b"] = _doc("Report 3b")
    first.save()
    again = Catalogue(tmp_path)
    assert again.documents["d7"]["title"] == "Changed elsewhere"
    assert "d3" not in again.documents and again.documents["d3b"]["title"] == "Report 3b"
    assert len(again.documents) == 50 and Catalogue.stamp(tmp_path) == 2


def test_an_edit_in_place_and_a_clear_are_saved(tmp_path):
    catalogue = Catalogue(tmp_path)
    catalogue.documents["a"] = _doc("Plan")
    catalogue.save()
    catalogue = Catalogue(tmp_path)
    catalogue.documents["a"]["parser"] = 1
    catalogue.save()
    assert not Catalogue(tmp_path).current("a")
    catalogue.documents.clear()
    catalogue.save()
    assert Catalogue(tmp_path).documents == {}


def test_the_old_single_file_is_imported(tmp_path):
    legacy = {"version": 1, "parser": PARSER_VERSION, "documents": {"a": _doc("Old")}, "failures": {"h": "bad"}}
    (tmp_path / "catalogue.json").write_text(json.dumps(legacy))
    catalogue = Catalogue(tmp_path)
    assert catalogue.documents == {"a": _doc("Old")} and catalogue.failures == {"h": "bad"}
    catalogue.save()
    assert Catalogue(tmp_path).documents == {"a": _doc("Old")}


def test_a_council_name_in_a_title_does_not_name_that_document(tmp_path):
    catalogue = Catalogue(tmp_path)
    catalogue.documents["plan"] = {**_doc("Harrowgate Corporate Plan 2025-2028"), "council": "Harrowgate Borough Council"}
    catalogue.documents["review"] = {**_doc("Library Service Review: Proposed Library Offer"), "council": "Harrowgate Borough Council"}
    assert catalogue.named("Tell me what the Harrowgate library review is proposing.", threshold=3.0) == "review"


def test_a_plan_of_no_known_council_is_named_by_its_own_words_and_kept_to_its_place(tmp_path):
    catalogue = Catalogue(tmp_path)
    catalogue.documents["plan"] = _doc("Harrowgate Corporate Plan 2025-2028")  # the council was not read from the plan
    catalogue.documents["review"] = {**_doc("Library Service Review: Proposed Library Offer"), "council": "Harrowgate Borough Council"}
    catalogue.documents["pools"] = {**_doc("Swimming Pools"), "council": "Upper Dale District Council"}
    assert catalogue.named("How long did Harrowgate's library consultation run?", threshold=3.0) is None
    assert catalogue.named("What is in the Harrowgate corporate plan?", threshold=1.0) == "plan"
    assert sorted(catalogue.of_councils_named("Upper Dale's pools")) == ["Swimming Pools.pdf"]
    assert sorted(catalogue.of_councils_named("Harrowgate's libraries")) == ["Harrowgate Corporate Plan 2025-2028.pdf",
                                                                             "Library Service Review: Proposed Library Offer.pdf"]


def test_a_council_named_london_borough_of_a_place_is_named_by_its_place(tmp_path):
    catalogue = Catalogue(tmp_path)
    catalogue.documents["streets"] = {**_doc("School Streets"), "council": "London Borough of Fenbridge"}
    catalogue.documents["pools"] = {**_doc("Swimming Pools"), "council": "Upper Dale District Council"}
    assert catalogue.council_places()["London Borough of Fenbridge"] == "fenbridge"
    assert catalogue.of_councils_named("Who do I ring about school streets in Fenbridge?") == ["School Streets.pdf"]


def test_the_one_council_of_a_kind_of_public_body_is_named_by_that_kind(tmp_path):
    """'The fire authority's budget' names the one fire and rescue authority in the library; 'fire safety' names none."""
    catalogue = Catalogue(tmp_path)
    catalogue.documents["plan"] = {**_doc("Community Risk Management Plan"), "council": "Brackwater Fire and Rescue Authority"}
    catalogue.documents["pack"] = {**_doc("Panel agenda pack"), "council": "Upper Dale District Council"}
    assert catalogue.of_councils_named("How much council tax goes to the fire authority's budget?") == ["Community Risk Management Plan.pdf"]
    assert catalogue.of_councils_named("What does the council do about fire safety in flats?") == []
    catalogue.documents["other"] = {**_doc("Integrated Risk Plan"), "council": "Coldfell Fire and Rescue Authority"}
    assert catalogue.of_councils_named("How much council tax goes to the fire authority's budget?") == [], "two of that kind: neither"


def test_a_document_keeps_the_time_it_first_came_into_the_library(tmp_path):
    from types import SimpleNamespace

    page = SimpleNamespace(number=1)
    parsed = SimpleNamespace(doc_id="d", source="d.pdf", path=tmp_path / "d.pdf", title="Depot", date=None, kind="pdf",
                             doc_type="other", council=None, front_sheet=None, workstreams=[], page_count=1, pages=[page],
                             outline=[], model=None)
    catalogue = Catalogue(tmp_path)
    catalogue.put(parsed)
    first = catalogue.documents["d"]["added"]
    assert len(first) == 20 and first.endswith("Z")
    catalogue.documents["d"]["added"] = "2020-01-02T03:04:05Z"  # as if ingested long ago
    catalogue.put(parsed)  # read again (a new parser version): still added then
    assert catalogue.documents["d"]["added"] == "2020-01-02T03:04:05Z"
