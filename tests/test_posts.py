"""Posts a question names ('the Cabinet Member for Libraries'), and whether a passage names them, in invented councils' words."""

from __future__ import annotations

import pytest

from index.posts import asked_posts, names_post
from ingest.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary()


@pytest.mark.parametrize("question,kind,remit", [
    ("Who is the Cabinet Member for Libraries?", "cabinet_member", {"librari"}),
    ("Who is Dunmere's portfolio holder for Parks and Open Spaces?", "cabinet_member", {"park", "open", "space"}),
    ("Who is the lead member for adult social care in Dunmere?", "cabinet_member", {"adult", "social", "care"}),
    ("Who is the Director of Children's Services?", "director", {"children", "servic"}),
    ("Who chairs the Audit and Governance Committee?", "chair", {"audit", "govern", "committe"}),
    ("Who is chair of the Licensing Committee, and when did it meet?", "chair", {"licens", "committe"}),
    ("Who chaired the housing repairs task and finish group in Dunmere?", "chair", {"hous", "repair", "task", "finish", "group"}),
    ("Which actions does the Head of Planning lead?", "head", {"plan"}),
    ("Who convenes Dunmere's Policy and Resources Committee?", "chair", {"polici", "resourc", "committe"}),  # a Scottish council's chair
    ("Who is the convener of the Licensing Board?", "chair", {"licens", "board"}),
    ("Who is the combined authority's Portfolio Lead for Housing?", "cabinet_member", {"hous"}),  # a combined authority's member
])
def test_a_who_question_names_a_post_by_its_kind_and_remit(question, kind, remit):
    posts = asked_posts(question, VOCABULARY, places={"dunmer"})
    assert [(post.kind, set(post.remit)) for post in posts] == [(kind, remit)]


@pytest.mark.parametrize("question", [
    "Which cabinet member is responsible for the parking review?",  # a report's member, not a post by its remit
    "Who is the lead member for the Dunmere parking report?",
    "Who is the chair?",
    "What did the Director say about the budget?",
    "How much will the library refit cost?",
    "Who is the lead Cabinet Member for Goal 1 of the Riverside plan?",  # a plan's node, whose lead a field or line names
    "Who is the lead member for Priority 2A?",
])
def test_questions_naming_no_post_by_its_remit_name_none(question):
    assert asked_posts(question, VOCABULARY) == []


def test_a_passage_names_a_post_in_any_of_its_kind_s_words_near_its_remit():
    [post] = asked_posts("Who is the Cabinet Member for Libraries?", VOCABULARY)
    assert names_post(post, "Lead Member: Councillor Ida Roe, Portfolio Holder for Libraries, Culture and Heritage", VOCABULARY)
    assert names_post(post, "Councillor Ida Roe (Libraries Cabinet Member) opened the new branch.", VOCABULARY)
    assert not names_post(post, "Cabinet Member for Leisure: Councillor Ida Roe. The libraries budget is £2m.", VOCABULARY)
    assert not names_post(post, "The libraries budget is £2m.", VOCABULARY)
    [chair] = asked_posts("Who chairs the Planning Committee?", VOCABULARY)
    assert names_post(chair, "Present: Councillors Ann Lee (Chair), Bo Hart", VOCABULARY, framing="Planning Committee minutes, 4 March 2025")
    assert not names_post(chair, "Present: Councillors Ann Lee (Chair), Bo Hart", VOCABULARY, framing="Licensing Committee minutes")


def test_half_a_remit_names_a_post_when_it_holds_the_most_distinctive_word():
    [post] = asked_posts("Who chaired the housing repairs task and finish group?", VOCABULARY)
    rare = {"task": 5.0, "finish": 5.0, "group": 2.0, "hous": 1.0, "repair": 1.5}.get
    passage = "Councillor Ada Moss, Chair of the Task and Finish Group"
    assert names_post(post, passage, VOCABULARY, idf=rare)
    assert not names_post(post, passage, VOCABULARY), "without word weights every word of the remit must be said"
    assert not names_post(post, "Councillor Ada Moss, Chair of the Housing Group", VOCABULARY, idf=rare), "not its distinctive words"
