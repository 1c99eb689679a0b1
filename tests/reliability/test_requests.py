"""Filters and questions are checked in one place, before the store or the model loads; a wrong one is a usage error with a message."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cabinet.cli import main
from cabinet.errors import AnswerError, FilterError
from index.models import Filters, checked_question, is_date

CATALOGUE = [{"source": "new-vision.pdf", "council": "Somerset County Council"}, {"source": "plan.pdf", "council": None}]


@pytest.mark.parametrize("text", ["2019", "2019-05", "2019-05-13", "2020-02-29"])
def test_real_dates_are_dates(text):
    assert is_date(text)


@pytest.mark.parametrize("text", ["2019-13-45", "yesterday", "2019-02-30", "2021-02-29", "19-05", "2019-5", "2019/05/13", "20190513", "2019-05-13T10:00", ""])
def test_other_texts_are_not_dates(text):
    assert not is_date(text)


@pytest.mark.parametrize(("given", "message"), [
    ({"since": "yesterday"}, "'yesterday' is not a date"),
    ({"until": "2019-13-45"}, "'2019-13-45' is not a date"),
    ({"since": "2020", "until": "2010"}, "'since' date 2020 is after the 'until' date 2010"),
    ({"since": "2019-06-01", "until": "2019-05"}, "is after the 'until' date"),
    ({"types": ["cabinet"]}, "no document type cabinet: choose from cabinet-report"),
    ({"sources": ["no-such-file.pdf"], "documents": CATALOGUE}, "no document no-such-file.pdf in the library: `cabinet docs`"),
    ({"councils": ["Atlantis"], "documents": CATALOGUE}, "no document of a council named Atlantis"),
])
def test_wrong_filters_are_refused_with_what_to_use(given, message):
    with pytest.raises(FilterError, match=message.replace("(", r"\(").replace("`", ".")):
        Filters.checked(**given)


def test_good_filters_pass_and_blank_values_mean_no_filter():
    filters = Filters.checked(sources=["plan.pdf"], councils=["somerset"], since=" 2019-05 ", until="2019", documents=CATALOGUE)
    assert (filters.sources, filters.since, filters.until) == (["plan.pdf"], "2019-05", "2019")
    assert Filters.checked(since="", until="  ", sources=[""]).empty


def test_a_question_is_checked_for_length_and_emptiness():
    assert checked_question("  what   is  it? ", 100) == "what is it?"
    with pytest.raises(AnswerError, match="100000 characters long; the limit is 1000"):
        checked_question("x" * 100_000, 1000)
    with pytest.raises(AnswerError, match="empty"):
        checked_question(" \n ", 1000)


@pytest.fixture
def nothing_loads(monkeypatch):
    """Opening a Cabinet (the store and the embedding model) fails the test: the checks must come first."""
    from index import service

    def refuse(self, settings):
        raise AssertionError("the store and model were loaded before the request was checked")

    monkeypatch.setattr(service.Cabinet, "__init__", refuse)


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "yesterday"], "'yesterday' is not a date"),
    (["--since", "2020", "--until", "2010"], "is after the 'until' date 2010"),
    (["--until", "2019-13-45"], "'2019-13-45' is not a date"),
    (["--doc", "no-such-file.pdf"], "no document no-such-file.pdf in the library"),
    (["--council", "Atlantis"], "no document of a council named Atlantis"),
])
def test_cli_refuses_wrong_filters_before_loading(settings, nothing_loads, args, message):
    for command in (["ask", "What are the priority outcomes?"], ["search", "priority outcomes"]):
        result = CliRunner().invoke(main, [*command, "--store", str(settings.store_path), *args])
        assert result.exit_code == 2, result.output
        assert message in result.output


def test_cli_refuses_a_huge_question_before_loading(settings, nothing_loads):
    result = CliRunner().invoke(main, ["ask", "x " * 50_000, "--store", str(settings.store_path)])
    assert result.exit_code == 2 and "the limit is" in result.output


def test_the_service_refuses_a_document_it_does_not_hold(cabinet):
    with pytest.raises(FilterError, match="no document nope.pdf"):
        cabinet.ask("What are the priority outcomes?", filters=Filters(sources=["nope.pdf"]))
