"""Cabinet as one object the CLI and the app share: open a store once, then ask and search."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator

from cabinet.errors import AnswerError, ConfigError, EmptyStoreError
from cabinet.settings import Settings
from index.answer import (
    Draft,
    asks_across,
    compared_periods,
    condense,
    conversation_context,
    escape,
    expand,
    extractive_answer,
    merge_drafts,
    period_unmet_by,
    statements,
    unmet_designator,
    unmet_period,
    unmet_reference,
    without_instructions,
)
from index.answerers import ACROSS_REGISTRY, Matcher, answer_from_model, model_embedder
from index.build import open_store
from index.catalogue import Catalogue
from index.embedding import settings_model, settings_query_model
from index.intents import ASKS_CURRENT, CLAUSE_BREAK, DESIGNATED, QUARTER, STILL, WANTS_PERSON, document_terms, same_titles, subject
from index.models import Answer, Filters, Precedent, SearchHit, Timings, Turn, checked_question
from index.plans import PlanAnswerer
from index.posts import asked_posts, names_post
from index.reports import ReportAnswerer
from index.retrieval import Retriever, terms
from index.writer import Answerer, ExtractiveAnswerer, LLMAnswerer, Written
from ingest.vocabulary import load_vocabulary

SAME_MATTER = 0.8  # share of the shorter title's words two documents' titles share to report on one programme
WIDER_MARGIN = 1.25  # the named documents' answer stands unless the whole scope's best statement scores this much higher


def _framing(metadata: dict) -> str:
    """What frames a passage: its document's title and its section heading."""
    return f"{metadata.get('title', '')} {metadata.get('section', '')}"


class Cabinet:
    """A loaded store, model and retriever; build one per process and reuse it for every question."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.extractive = ExtractiveAnswerer()
        # With an endpoint configured the LLM answerer is built (and its prompts checked) first, not on the first question.
        self.llm = LLMAnswerer.from_settings(settings) if settings.llm_url or settings.mode == "llm" else None
        self.store = open_store(settings)
        # The catalogue is the truth for what is in the library: passages of a document it does not list (a killed
        # first save, a half-finished removal) are never searched, so `cabinet docs` and `cabinet ask` agree.
        catalogue = Catalogue(settings.store_path)
        if self.store.count() == 0 or not catalogue.documents:
            raise EmptyStoreError(f"no documents yet: the store at {settings.store_path} is empty; upload some or run `cabinet ingest PATH`")
        self.model = settings_model(settings)
        self.query_model = settings_query_model(settings)  # over a static store: the transformer, at query time only
        self.matcher = Matcher(model_embedder(self.query_model or self.model))  # one per process: it caches the embeddings of labels and headings
        self._load(catalogue)

    def _load(self, catalogue: Catalogue | None = None) -> None:
        """Read the catalogue (unless given) and build the retriever over the store as it is now."""
        self.catalogue = catalogue = catalogue or Catalogue(self.settings.store_path)
        self.stamp = catalogue.generation
        self.retriever = Retriever(self.store, self.model, self.settings.retrieve_k, documents=set(catalogue.documents),
                                   rescore_with=self.query_model)
        self.plans = PlanAnswerer(catalogue, self.retriever.mentions)
        self.reports = ReportAnswerer(catalogue, self.retriever.mentions)
        self.document_count = len(catalogue.documents)

    def refresh(self) -> bool:
        """Take in what an ingest in another process has saved since this Cabinet loaded (True when there was something)."""
        saved = Catalogue.saved(self.settings.store_path)  # one read per question: the counter and who saved
        if int(saved.get("generation", 0)) == self.stamp:
            return False
        # An embedded store sees this process's own writes (an upload through the app); only another process's
        # ingest needs the store reopened, which costs a fresh copy of its vector index.
        if saved.get("writer") != str(os.getpid()):
            self.store = self.store.reopened()
        self._load()
        return True

    def _check(self, question: str, filters: Filters | None = None) -> str:
        if filters is not None and not filters.empty:  # a caller that built its own filters: its documents must exist
            Filters.checked(**filters.model_dump(), documents=self.catalogue.documents.values())
        return checked_question(question, self.settings.max_question_chars)

    def ask(self, question: str, history: list[Turn] | None = None, *, k: int | None = None, filters: Filters | None = None,
            qid: str | None = None, mode: str | None = None) -> Answer:
        """Answer one question (with optional conversation history) from the documents, citing each statement."""
        *_, answer = self._answer(question, history, k=k, filters=filters, qid=qid, mode=mode, stream=False)
        return answer

    def ask_stream(self, question: str, history: list[Turn] | None = None, *, filters: Filters | None = None, k: int | None = None,
                   qid: str | None = None, mode: str | None = None) -> Iterator[str | Answer]:
        """Like `ask`, streaming: growing verified answer text (str) while a model writes, then the final Answer."""
        return self._answer(question, history, k=k, filters=filters, qid=qid, mode=mode, stream=True)

    def answerer(self, mode: str | None = None) -> Answerer:
        """The answerer for a mode (default CABINET_MODE); LLM mode without an endpoint is a ConfigError."""
        mode = mode or self.settings.mode
        if mode not in ("extractive", "llm"):
            raise ConfigError(f"unknown answer mode {mode!r}: use extractive or llm")
        if mode == "llm" and self.llm is None:
            raise ConfigError("LLM mode needs an endpoint: set CABINET_LLM_URL and CABINET_LLM_MODEL (or use --mode extractive)")
        return self.llm if mode == "llm" else self.extractive

    def _answer(self, question: str, history: list[Turn] | None, *, k: int | None, filters: Filters | None, qid: str | None,
                mode: str | None, stream: bool) -> Iterator[str | Answer]:
        self.refresh()
        started = time.perf_counter()
        deadline = time.monotonic() + self.settings.llm_timeout
        question = self._check(question, filters)
        answerer = self.answerer(mode)
        query, earlier = condense(question, history or [])
        standalone = answerer.standalone(question, history or [], deadline)
        if standalone:
            query = expand(standalone)
        context = conversation_context(question, history or [])
        draft, hits, structured = self._compare(question, earlier, context, filters, k) or self._draft(question, query, earlier, context, filters, k)
        retrieved = time.perf_counter()
        written = Written(draft, "extractive")
        if answerer.mode == "llm" and structured:
            written.note = "Answered from the document catalogue (front sheets, plan outlines); the model was not asked."
        elif not draft.abstained:  # the model writes only where the evidence answers the question; else Cabinet abstains
            for item in answerer.write(question, hits, draft, stream=stream, deadline=deadline):
                if isinstance(item, Written):
                    written = item
                else:
                    yield item
        draft = without_instructions(written.draft, question)
        done = time.perf_counter()
        yield Answer(
            id=qid,
            question=question,
            answer=draft.text,
            abstained=draft.abstained,
            citations=draft.citations,
            mode=written.mode,
            note=written.note,
            timings_ms=Timings(
                retrieve=round((retrieved - started) * 1000, 1),
                answer=round((done - retrieved) * 1000, 1),
                total=round((done - started) * 1000, 1),
            ),
        )

    def _draft(self, question: str, query: str, earlier: str, context: str, filters: Filters | None, k: int | None) -> tuple[Draft, list, bool]:
        """The answer before any model writes it: from the document models, else from passages; its hits; whether structured."""
        scope, narrower = self._scopes(question, context, filters)
        draft = self._structured(question, scope, narrower, context)
        if draft is not None and not draft.abstained and (unmet_period(question, draft.text) or
                                                          period_unmet_by(question, draft, list(self.catalogue.documents.values()))):
            draft = None  # a model's figure for another year: the passages may give the year asked
        hits: list = []
        structured = draft is not None
        if draft is None:
            draft, hits = self._extract(question, query, earlier, scope, k)
            for sources in narrower:  # the named document, or the named period's documents, first
                named, named_hits = self._extract(question, query, earlier, Filters(sources=sources), k)
                # Unless the wider search answers much better: a title word can name the wrong document. A wider answer
                # that says nothing but the named documents' titles (another paper listing it) only names them.
                # 'At the moment' asks where things stand: a later paper the wider search cites says it, not the one named.
                newer = ASKS_CURRENT.search(question) and not draft.abstained and self._latest(draft) > self._latest(named)
                if not named.abstained and not newer and (draft.abstained or named.strength * WIDER_MARGIN >= draft.strength
                                                          or draft.said <= self._title_terms(sources)):
                    draft, hits = named, named_hits
                    break
        if structured or draft.abstained:  # passages answer each part of a question themselves, unless they answer none
            draft, parts_hits = self._other_parts(question, draft, earlier, filters, k)
            hits = parts_hits or hits
        period = None if draft.abstained else unmet_period(question, draft.text)
        if period:
            draft = Draft(f"The documents don't say: no passage I found gives a figure or fact for {period}. "
                          f"The nearest passages are about other years.", [], True)
        designated = None if draft.abstained else (unmet_designator(question, draft.text) or self._unspoken_designator(question, draft)
                                                    or unmet_reference(question, draft.text))
        if designated:
            draft = Draft(f"The documents don't say anything about {escape(designated)}.", [], True)
        unnamed = None if draft.abstained else self._unnamed_post(question, scope)
        if unnamed:
            draft = Draft(f"The documents don't say: no passage names the {escape(unnamed)}, so I cannot say who holds that post.", [], True)
        return draft, hits, structured

    def _other_parts(self, question: str, draft: Draft, earlier: str, filters: Filters | None, k: int | None) -> tuple[Draft, list]:
        """An answer to a question in two parts ('what is the status, and when will it open?') with each part it does
        not speak to (every part, when it abstained) answered on its own, the whole question as context so 'it' is still
        the project, and the answers merged."""
        parts = [part for part in CLAUSE_BREAK.split(question) if part.strip(" ,;?")]
        said = set() if draft.abstained else set(terms(draft.text))
        missed = [part for part in parts if (asked := set(terms(subject(part))) - document_terms()) and len(asked & said) < 0.5 * len(asked)]
        if len(parts) < 2 or not missed or (len(missed) == len(parts) and not draft.abstained):
            return draft, []
        added, hits = [], []
        for part in missed:
            # The other parts say what this one is about, as an earlier turn of a conversation would.
            rest = " ".join(other for other in parts if other is not part)
            drafted, found, _ = self._draft(part, expand(question), f"{earlier} {rest}".strip(), question, filters, k)
            if not drafted.abstained:
                added.append(drafted)
                hits += found
        if not added:
            return draft, []
        return merge_drafts(added if draft.abstained else [draft, *added]), hits

    def _unspoken_designator(self, question: str, draft: Draft) -> str | None:
        """'phase 2' when a question names it and no document the answer cites ever does: the answer is about
        the whole project ('the approved budget'), not the part asked about."""
        designated = DESIGNATED.findall(QUARTER.sub(r"quarter \1", question))
        if not designated:
            return None  # most questions name no part: the cited papers' text is not read
        cited = {citation.source for citation in draft.citations}
        text = QUARTER.sub(r"quarter \1", " ".join(passage for doc_id, doc in self.catalogue.documents.items() if doc["source"] in cited
                                                  for _, passage in self.retriever.passages(doc_id)))
        for kind, mark in designated:
            if not re.search(rf"\b{re.escape(kind)}s? (?-i:{re.escape(mark)})\b", text, re.I):
                return f"{kind.lower()} {mark}"
        return None

    def _unnamed_post(self, question: str, scope: Filters | None) -> str | None:
        """The post a who-question names ('the Cabinet Member for Libraries') when no passage in scope names it, else None."""
        if not WANTS_PERSON.search(question):
            return None
        places = {term for place in self.catalogue.council_places().values() for term in terms(place)}
        vocabulary = load_vocabulary()
        for post in asked_posts(question, vocabulary, places):
            nodes = [node for node in self.retriever.nodes.values() if scope is None or scope.allows(node.metadata)]
            if not any(names_post(post, node.get_content(), vocabulary, _framing(node.metadata), self.retriever.idf) for node in nodes):
                return post.said
        return None

    def _latest(self, draft: Draft) -> str:
        """The date of the latest document an answer cites ('' when none is dated)."""
        cited = {citation.source for citation in draft.citations}
        return max((str(doc.get("date") or "") for doc in self.catalogue.documents.values() if doc["source"] in cited), default="")

    def _title_terms(self, sources: list[str]) -> frozenset[str]:
        """The words of the titles of the documents with these sources."""
        wanted = set(sources)
        return frozenset(term for doc in self.catalogue.documents.values() if doc["source"] in wanted for term in terms(str(doc.get("title") or "")))

    def _compare(self, question: str, earlier: str, context: str, filters: Filters | None, k: int | None) -> tuple[Draft, list, bool] | None:
        """'How has X changed between 2022 and 2024', 'in 2022, and now': each period answered on its own, oldest first.

        None when the question compares no periods, or when no period is answered (the passages then answer as usual).
        """
        parts = compared_periods(question)
        if not parts:
            return None
        scope, _ = self._scopes(question, context, filters)
        drafts: list[tuple[str, Draft]] = []
        hits: list = []
        in_scope = {doc["source"]: doc.get("date") or "" for doc in self.catalogue.documents.values() if scope is None or scope.allows(doc)}
        for label, asked, after in parts:
            # A year is answered by that year's documents when there are any ('the 2021 strategy'); a financial year's
            # figure may stand in any document; 'now' is the documents dated after the earlier period.
            of_period = ([source for source, date in in_scope.items() if date > after] if after else
                         [source for source in self.catalogue.dated(f"in {label}") if source in in_scope] if len(label) == 4 else [])
            if after and not of_period:
                continue
            draft, found, _ = self._draft(asked, expand(asked), earlier, context, Filters(sources=of_period) if of_period else scope, k)
            cited = {(c.source, c.quote) for _, earlier_draft in drafts for c in earlier_draft.citations}
            said = {statement for _, earlier_draft in drafts for statement in statements(earlier_draft.text)}
            if draft.citations and all((c.source, c.quote) in cited for c in draft.citations) and statements(draft.text) <= said:
                # The same passages, saying the same, answered an earlier period: they are not this period's answer. A
                # table row cited again for another year's cell says something else, and stands.
                draft = Draft("", [], True)
            drafts.append((label, draft))
            hits += found
        answered = [(label, draft) for label, draft in drafts if not draft.abstained]
        if not answered:
            return None
        merged = merge_drafts([draft for _, draft in answered])
        unanswered = [label for label, draft in drafts if draft.abstained and label not in merged.text]
        if unanswered:
            merged.text += f"\n\nFor {' and '.join(unanswered)} the documents don't say."
        return merged, hits, not hits

    def _extract(self, question: str, query: str, earlier: str, filters: Filters | None, k: int | None):
        """The extractive answer over retrieved passages (abstaining when they do not answer), and those passages."""
        k = k or (self.settings.top_k * 2 if asks_across(question) else self.settings.top_k)  # several documents answer
        hits = self.retriever.with_neighbours(self.retriever.retrieve(query, filters, k))
        draft = extractive_answer(
            question,
            earlier,
            hits,
            self.retriever,
            documents=self.document_count,
            min_coverage=self.settings.abstain_coverage,
            min_similarity=self.settings.abstain_similarity,
        )
        return draft, hits

    def _scopes(self, question: str, context: str, filters: Filters | None) -> tuple[Filters | None, list[list[str]]]:
        """Where to look: the filters (narrowed to the councils a question names), and narrower sets of documents to try first.

        A question that names a council ("Riverton's pools") is answered from that council's documents (and those of no
        known council) alone. Within that, a question that names one document ("the Local Plan report", or "that report"
        in a follow-up) or one year or month ("the July 2019 report") is answered from those documents first.
        """
        if not (filters is None or filters.empty):
            return filters, []
        allowed = self.catalogue.of_councils_named(question) or (self.catalogue.of_councils_named(context) if context else [])
        scope = Filters(sources=allowed) if allowed and len(allowed) < self.document_count else filters
        if asks_across(question):
            return scope, []
        asked = self.catalogue.named(question, threshold=3.0)
        named = asked or (self.catalogue.named(context, threshold=3.0) if context else None)
        sources = [self.catalogue.documents[named]["source"]] if named else self.catalogue.dated(question)
        if asked and not re.search(r"\b(19|20)\d\d\b", question):
            sources += self._later_on_same(self.catalogue.documents[asked])  # a later report on the same programme says where it stands now
        if context and not asked and STILL.search(question):
            # 'Is that still happening?' after a question about a document or a year: what the documents dated after it say.
            years = re.findall(r"\b(?:19|20)\d\d\b", context)
            date = (self.catalogue.documents[named].get("date") or "") if named else f"{min(years)}-12-31" if years else ""
            later = [doc["source"] for doc in self.catalogue.documents.values()
                     if date and (doc.get("date") or "") > date and (not allowed or doc["source"] in allowed)]
            if later:  # only they can say whether it still is: the earlier documents said what was
                return Filters(sources=later), []
        sources = [source for source in sources if not allowed or source in allowed]
        return scope, [sources] if sources and len(sources) < self.document_count else []

    def _later_on_same(self, document: dict) -> list[str]:
        """Sources of later documents of the same type on the same programme or matter as `document` (their titles' words)."""
        return [doc["source"] for doc in self.catalogue.documents.values()
                if doc is not document and doc.get("doc_type") == document.get("doc_type") and (doc.get("date") or "") > (document.get("date") or "~")
                and same_titles(document, doc, SAME_MATTER)]

    def _structured(self, question: str, scope: Filters | None, narrower: list[list[str]], context: str = ""):
        """An answer from the catalogue (front sheets and plan outlines, then document models) when the question is about one."""
        drafted = None
        for said in ("", context) if context else ("",):  # the question alone first; then what a follow-up refers to
            drafted = drafted or self.reports.answer(question, scope, said) or self.plans.answer(question, scope, said)
        return drafted or self._from_model(question, scope, narrower, context)

    def _from_model(self, question: str, scope: Filters | None, narrower: list[list[str]], context: str = ""):
        """An answer from the documents' models: from the narrower documents first, then from all in scope."""
        # Precedents and "which documents" questions read passages across documents; only a table comparing figures answers first.
        registry = ACROSS_REGISTRY if asks_across(question) else None
        for filters in [Filters(sources=sources) for sources in narrower] + [scope]:
            drafted = answer_from_model(question, self.catalogue.documents, filters, context, self.matcher, registry,
                                        prose=lambda document: self.retriever.passages(document.doc_id))
            # "The document does not say" from a model is left to the passages, which may say it in words no field has.
            if drafted and not drafted.abstained:
                return drafted
        return None

    def similar(self, source: str, *, k: int = 5, earlier_only: bool = True) -> list[Precedent]:
        """Other documents on a similar matter (by the mean embedding of their chunks), earlier ones by default."""
        import numpy as np

        docs = {doc_id: doc for doc_id, doc in self.plans.catalogue.documents.items()}
        target = next((doc_id for doc_id, doc in docs.items() if doc["source"] == source or doc_id == source), None)
        if target is None:
            raise AnswerError(f"no document {source!r} in the store; `cabinet docs` lists them")
        vectors: dict[str, list] = {}
        found = self.store.collection.get(include=["embeddings", "metadatas"])
        for vector, meta in zip(found["embeddings"], found["metadatas"]):
            vectors.setdefault(str(meta.get("document_id")), []).append(vector)
        centroid = {doc_id: np.mean(rows, axis=0) for doc_id, rows in vectors.items()}
        unit = {doc_id: vector / (np.linalg.norm(vector) or 1.0) for doc_id, vector in centroid.items()}
        date = docs[target].get("date") or ""
        ranked = []
        for doc_id, vector in unit.items():
            other = docs.get(doc_id)
            if doc_id == target or other is None or (earlier_only and date and (other.get("date") or "9999") >= date):
                continue
            ranked.append(Precedent(source=other["source"], title=other["title"], date=other.get("date"), type=other.get("doc_type"),
                                    council=other.get("council"), score=round(float(unit[target] @ vector), 4)))
        return sorted(ranked, key=lambda p: p.score, reverse=True)[:k]

    def search(self, query: str, *, k: int = 10, filters: Filters | None = None) -> list[SearchHit]:
        """Ranked passages for a query, with source, page, section and fused score."""
        query = self._check(query, filters)
        self.refresh()
        hits = self.retriever.retrieve(query, filters, k)
        return [
            SearchHit(
                rank=rank,
                source=str(hit.metadata.get("source", "")),
                title=str(hit.metadata.get("title", "")),
                page=int(hit.metadata.get("page") or 0) or None,
                section=str(hit.metadata.get("section") or "") or None,
                score=round(hit.score, 5),
                text=hit.text,
            )
            for rank, hit in enumerate(hits, start=1)
        ]
