"""Front sheets in four house styles and formats (tests/frontsheet_styles.py): fields read whole, quotes verbatim,
and paraphrased questions answered from the right field with the real embedding model."""

from __future__ import annotations

import re

import pytest
from frontsheet_styles import GOLD, QUESTIONS, build

from ingest.chunking import collapse
from ingest.readers import read_document
from ingest.reading import read_model


@pytest.fixture(scope="module")
def styles(tmp_path_factory) -> dict[str, tuple]:
    """Each built file's (parsed document, model)."""
    folder = build(tmp_path_factory.mktemp("frontsheets"))
    read = {}
    for path in sorted(folder.iterdir()):
        document = read_document(path)
        read[path.name] = (document, read_model(document))
    return read


@pytest.fixture(scope="module")
def real_matcher():
    from cabinet.settings import Settings
    from index.answerers import Matcher, model_embedder
    from index.embedding import embed_model

    return Matcher(model_embedder(embed_model(Settings().model_path)))


@pytest.mark.parametrize("name", sorted(GOLD))
def test_each_house_style_gives_every_front_sheet_field_whole(styles, name):
    _, model = styles[name]
    fields = {}
    for item in model.fields:
        fields.setdefault(item.name, " ".join(item.value.split()))
    for field_name, words in GOLD[name].items():
        assert field_name in fields, (name, field_name, sorted(fields))
        for word in words:
            assert word in fields[field_name], (name, field_name, fields[field_name])


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_field_quote_is_verbatim_and_holds_its_value(styles, name):
    document, model = styles[name]
    pages = {page.number: collapse(page.text).lower() for page in document.pages}
    whole = " ".join(pages.values())
    for item in model.fields:
        quote = collapse(item.quote).lower()
        assert len(quote) >= 8 or quote == collapse(item.value).lower()
        assert quote in (pages.get(item.page, "") if item.page else whole), (name, item)
        if item.name in GOLD[name]:
            assert collapse(item.value).lower() in quote or quote in collapse(item.value).lower(), item


def test_a_value_wrapped_under_its_column_in_plain_text_stays_in_its_row(styles):
    _, model = styles["corrindale-community-grants.txt"]
    table = model.tables[0]
    rows = {row[0].rstrip(":"): row[1] for row in [table.header, *table.rows]}
    assert rows["Lead Member"] == "Councillor Hugh Marchetti, Lead Member for Communities and Voluntary Sector"
    assert rows["Contact officer"].endswith("01745 330 912, delyth.pryce@corrindale.example.gov.uk")
    assert rows["Public/Exempt"] == "Public"


def _catalogue(styles) -> dict[str, dict]:
    return {
        name: {"source": name, "title": model.title, "date": model.date, "doc_type": model.doc_type, "council": model.council,
               "model": model.to_dict()}
        for name, (_, model) in styles.items()
    }


@pytest.mark.parametrize("question,facts", QUESTIONS)
def test_paraphrased_front_sheet_questions_are_answered_from_their_fields(styles, real_matcher, question, facts):
    from index.answerers import answer_from_model

    draft = answer_from_model(question, _catalogue(styles), matcher=real_matcher)
    assert draft is not None and not draft.abstained, question
    text = " ".join(draft.text.replace("\\", "").split())
    for fact in facts:
        assert fact in text, (question, fact, text)
    pages = {name: collapse(document.text if hasattr(document, "text") else " ".join(p.text for p in document.pages)).lower()
             for name, (document, _) in styles.items()}
    for citation in draft.citations:
        assert len(citation.quote) >= 8 and collapse(citation.quote).lower() in pages[citation.source], citation
        assert re.search(rf"\[{citation.n}\]", draft.text)
