"""The matcher (words and meaning), the intents' cue patterns, and field matching with the real embedding model."""

from __future__ import annotations

import numpy as np
import pytest
from model_councils import catalogue, fake_embed

from index.answerers import Ask, Matcher, load
from index.answerers.fields import asked_fields, candidates, without
from index.catalogue import Catalogue
from index.intents import MINUTES_CUES, TABLE_CUES, TREE_CUES, cues, numbers, subject
from ingest.model import DocumentModel, Field
from ingest.vocabulary import load_vocabulary

DOCS = catalogue()


def test_lexical_overlap_ignores_question_framing_and_stems_words():
    matcher = Matcher()
    assert matcher.lexical("Which actions improve air quality?", "Improve air quality near schools") > 0.6
    assert matcher.lexical("What is under it?", "Improve air quality near schools") == 0.0
    assert matcher.covered("air quality", "Install air quality monitors") == 1.0


def test_common_words_do_not_decide_between_candidates():
    matcher = Matcher()
    common = frozenset({"report"})
    assert matcher.lexical("who drafted the report", "Report of", common=common) == 0.0
    assert matcher.lexical("who drafted the report", "who drafted the paper", common=common) > 0.6
    assert matcher.lexical("whose report", "Report of", common=common) > 0.0  # nothing else to go on: the common word counts


def test_dense_scores_follow_the_embedder_and_are_cached():
    calls = []

    def embed(texts):
        calls.append(list(texts))
        return fake_embed(texts)

    matcher = Matcher(embed)
    first = matcher.dense("solar panels", ["Fit solar panels to the civic centre", "Tackle loneliness"])
    assert first[0] > 0.5 and first[1] == 0.0
    matcher.dense("solar panels", ["Fit solar panels to the civic centre"])
    assert len(calls) == 1  # every text was embedded once
    assert np.allclose(Matcher().dense("x", ["a", "b"]), 0.0)


@pytest.mark.parametrize("question,family,cue", [
    ("Which steps will the council take under the thriving towns ambition?", TREE_CUES, "under"),
    ("List everything the borough has committed to for parks and open spaces.", TREE_CUES, "under"),
    ("What has the council promised on housing?", TREE_CUES, "under"),
    ("What are they pledging to do about the high street?", TREE_CUES, "under"),
    ("In which priority does the lunch club commitment fall?", TREE_CUES, "where"),
    ("Which objective does the events programme contribute to?", TREE_CUES, "where"),
    ("Who leads the cycle hire action, and which priority is it under?", TREE_CUES, "where_level"),
    ("What priority and theme does the lido repair belong to?", TREE_CUES, "where"),
    ("Where in the council plan is the youth hub?", TREE_CUES, "where"),
    ("Which well-being goal does the lido repair come under?", TREE_CUES, "where"),  # a hyphenated level name
    ("Which theme is the £2 million lido repair under?", TREE_CUES, "where_level"),
    ("What strand is the youth hub action in?", TREE_CUES, "where_level"),
    ("How many pledges are there?", TREE_CUES, "count"),
    ("Name the plan's aims", TREE_CUES, "levels"),
    ("Which deliverables are running behind?", TABLE_CUES, "slipped"),
    ("Is the depot scheme behind?", TABLE_CUES, "slipped"),
    ("What are the most serious risks on the register?", TABLE_CUES, "highest"),
    ("When is the depot milestone due?", TABLE_CUES, "lookup"),
    ("Who could not attend the board?", MINUTES_CUES, "apologies"),
    ("Which councillors attended?", MINUTES_CUES, "present"),
    ("Who chaired the licensing committee in May?", MINUTES_CUES, "present"),
    ("Who substituted at the planning committee, and for whom?", MINUTES_CUES, "present"),
    ("Did anyone disclose a pecuniary interest?", MINUTES_CUES, "declarations"),
    ("What was agreed about the budget at the meeting?", MINUTES_CUES, "decisions"),
])
def test_cues_recognise_paraphrases(question, family, cue):
    assert cue in cues(family, question)


@pytest.mark.parametrize("question,family,cue", [
    ("What is the council's vision?", TREE_CUES, "under"),
    ("Who chaired it, and who else was on it?", MINUTES_CUES, "present"),  # a task group, not a meeting
    ("Who wrote the report?", TREE_CUES, "where"),
    ("Whose report is it, and which lead member is it under?", TREE_CUES, "where"),
    ("Which reports are key decisions?", TABLE_CUES, "rows"),
    ("What are the recommendations?", TABLE_CUES, "slipped"),
    ("Who was the councillor behind the parking review?", TABLE_CUES, "slipped"),
    ("Who is the cabinet member?", MINUTES_CUES, "present"),
    ("What is the purpose of the report?", MINUTES_CUES, "decisions"),
])
def test_cues_leave_other_questions_alone(question, family, cue):
    assert cue not in cues(family, question)


def test_outline_numbers_and_lettered_levels_but_never_years():
    vocabulary = load_vocabulary()
    assert numbers("What is under objective 2.1 in the 2024 plan?", vocabulary) == ["2.1"]
    assert numbers("Which priorities sit under Theme B?", vocabulary) == ["b"]
    assert numbers("Who plants 50,000 trees for £12 million, 20% more, under priority 3?", vocabulary) == ["3"]
    assert subject("What sits under the thriving towns ambition?", "under sits ambition") == "the thriving towns"


def test_catalogue_keeps_the_model_of_a_document_that_has_one(tmp_path):
    class Parsed:
        doc_id, source, path, title, date, kind, doc_type, council = "d1", "a.pdf", str(tmp_path / "a.pdf"), "A", None, "pdf", "report", None
        front_sheet, workstreams, outline, page_count = None, [], [], 1
        pages = [type("Page", (), {"number": 1})()]
        model = DocumentModel(title="A", fields=[Field("author", "Author", "Jo", 1, "Author: Jo")])

    catalogue_ = Catalogue(tmp_path)
    catalogue_.put(Parsed())
    assert DocumentModel.from_dict(catalogue_.documents["d1"]["model"]).fields[0].quote == "Author: Jo"


@pytest.fixture(scope="module")
def real_matcher():
    from cabinet.settings import Settings
    from index.answerers import model_embedder
    from index.embedding import embed_model

    return Matcher(model_embedder(embed_model(Settings().model_path)))


# Paraphrases -> the field that must come first, in three house styles (labels 'Report of', 'Lead Director', 'Responsible Director').
REAL_FIELDS = [
    ("Whose report is the leisure centre refurbishment?", "report_of"),
    ("Whose paper is the harbour wall repairs?", "report_of"),
    ("Which director is responsible for the housing allocations policy update?", "director"),
    ("Who wrote the harbour wall repairs?", "author"),
    ("Who drafted the leisure centre refurbishment report?", "author"),
    ("Which councillor is in charge of the housing allocations policy update?", "portfolio_holder"),
    ("Is the harbour wall repairs report confidential?", "exempt"),
]


def test_fields_are_found_by_meaning_with_the_real_model(real_matcher):
    documents = load(DOCS, None)
    for question, field_name in REAL_FIELDS:
        ask = Ask(question, documents, real_matcher)
        document = ask.named()
        asked = asked_fields(ask, without(question, ask.title_terms(document)), candidates(ask, [document]))
        assert asked and asked[0][0] == field_name, (question, asked)


def test_the_subject_drops_listed_words_with_their_inflections_and_possessives_but_not_words_sharing_a_stem():
    from index.intents import subject

    assert subject("Who owns Stanmarsh's cyber attack risk?", "Stanmarsh District Council") == "owns cyber attack risk"
    assert subject("What supports the healthy and active outcome?", "support activity") == "the healthy and active outcome"
    assert subject("Which priorities are supported?", "support priority") == "are"  # a stop word stays; it names nothing either way
