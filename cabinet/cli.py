"""The `cabinet` command: parse arguments, call one function of index/, print, turn errors into messages."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from cabinet.errors import CabinetError
from cabinet.settings import Settings
from ingest.frontsheet import TYPES


def _settings(store: Path | None) -> Settings:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    context = click.get_current_context(silent=True)
    settings = Settings(**(context.meta.get("cabinet.settings", {}) if context else {}))
    if store is not None:
        settings.store_dir = store
    return settings


def _fail(exc: CabinetError) -> click.ClickException:
    return click.ClickException(str(exc))


mode_option = click.option(
    "--mode", type=click.Choice(["extractive", "llm"]), default=None,
    help="extractive: the documents' own sentences; llm: a model's answer, every statement verified (needs CABINET_LLM_URL). Default: CABINET_MODE.",
)
def _to_settings(name: str):
    """A click callback that keeps an option for `_settings` (over its CABINET_ variable) in the command's context."""

    def put(ctx, param, value):
        if value:
            ctx.meta.setdefault("cabinet.settings", {})[name] = value
        return value

    return put


def store_option(command):
    """--store, plus --chroma-url and --library (over CABINET_CHROMA_URL and CABINET_LIBRARY)."""
    command = click.option("--library", expose_value=False, callback=_to_settings("library"),
                           help="Library (Chroma collection) to use, e.g. one per council (default: CABINET_LIBRARY or cabinet).")(command)
    command = click.option("--chroma-url", expose_value=False, callback=_to_settings("chroma_url"),
                           help="A Chroma server, e.g. http://127.0.0.1:8000 (default: CABINET_CHROMA_URL; unset: the embedded store).")(command)
    return click.option("--store", type=click.Path(path_type=Path, file_okay=False), help="Store directory (default: CABINET_STORE_DIR or data/store).")(command)


@click.group()
@click.version_option(package_name="cabinet")
def main() -> None:
    """Cabinet: cited answers over council plans and reports."""
    # Configure logging first: a library that calls basicConfig(level=DEBUG) on import then changes nothing.
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@store_option
@click.option("--rebuild", is_flag=True, help="Empty the store first and embed everything again (asks first when the library has documents).")
@click.option("--yes", is_flag=True, help="Do not ask before --rebuild empties a library that has documents.")
@click.option("--json", "as_json", is_flag=True, help="One JSON line per file, then a summary line.")
def ingest(paths: tuple[Path, ...], store: Path | None, rebuild: bool, yes: bool, as_json: bool) -> None:
    """Ingest PDF, DOCX, HTML, TXT and MD files and folders (recursively) into the store."""
    from index.build import expand_paths, ingest_paths
    from index.catalogue import Catalogue

    settings = _settings(store)
    held = len(Catalogue(settings.store_path).documents) if rebuild else 0
    if held and not yes:
        click.confirm(f"The library at {settings.store_path} holds {held} document{'s' if held != 1 else ''}; --rebuild empties it and keeps "
                      f"only what this run ingests. Continue?", abort=True, err=True)
    total = len(expand_paths(paths, exclude=settings.store_path))
    bar = None
    if not as_json and sys.stderr.isatty():
        bar = click.progressbar(length=total, label="Ingesting", file=sys.stderr)
        bar.__enter__()

    def show(result) -> None:
        if as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
            return
        detail = f": {result.reason}" if result.reason else f" ({result.pages} pages, {result.chunks} chunks)" if result.status == "ingested" else ""
        if bar is not None:
            sys.stderr.write("\r\033[K")  # clear the bar's line, print the file's status, then draw the bar again below it
        click.echo(f"{result.status:<9} {result.file}{detail}")
        if bar is not None:
            bar.update(1)

    try:
        report = ingest_paths(paths, settings, rebuild=rebuild, on_result=show,
                              on_wait=lambda why: click.echo(f"cabinet: {why} (CABINET_WRITE_WAIT)", err=True))
    except CabinetError as exc:
        raise _fail(exc) from exc
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    summary = report.summary()
    if as_json:
        click.echo(json.dumps({"summary": summary}))
    else:
        click.echo(
            f"{summary['files']} files: {summary['ingested']} ingested, {summary['unchanged']} unchanged, "
            f"{summary['skipped']} skipped, {summary['failed']} failed; {summary['pages']} pages, "
            f"{summary['chunks']} chunks in {summary['seconds']} s (store: {settings.store_path})"
        )
    sys.exit(1 if report.failed else 0)


filter_options = [
    click.option("--doc", "docs", multiple=True, help="Only this document (file name); repeat for several."),
    click.option("--type", "types", multiple=True, type=click.Choice(TYPES), help="Only documents of this type; repeat for several."),
    click.option("--council", "councils", multiple=True, help="Only documents of a council whose name contains this."),
    click.option("--since", help="Only documents dated on or after YYYY[-MM[-DD]]."),
    click.option("--until", help="Only documents dated on or before YYYY[-MM[-DD]]."),
]


def with_filters(command):
    for option in reversed(filter_options):
        command = option(command)
    return command


def _filters(settings: Settings, docs, types, councils, since, until):
    """The filters checked against the catalogue (dates, order, documents, councils) before the model loads: a usage error when wrong."""
    from cabinet.errors import FilterError
    from index.catalogue import Catalogue
    from index.models import Filters

    try:
        catalogue = Catalogue(settings.store_path) if docs or councils else None
        return Filters.checked(sources=docs, types=types, councils=councils, since=since, until=until,
                               documents=catalogue.documents.values() if catalogue else None)
    except FilterError as exc:
        raise click.UsageError(str(exc)) from exc
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"the catalogue of the store at {settings.store_path} cannot be read ({exc})") from exc


def _question(settings: Settings, question: str) -> str:
    """A question checked for length before the model loads (a usage error when too long or empty)."""
    from cabinet.errors import AnswerError
    from index.models import checked_question

    try:
        return checked_question(question, settings.max_question_chars)
    except AnswerError as exc:
        raise click.UsageError(str(exc)) from exc


def _open(settings: Settings):
    from index.service import Cabinet

    try:
        return Cabinet(settings)
    except CabinetError as exc:
        raise _fail(exc) from exc


@main.command()
@click.argument("question", required=False)
@store_option
@click.option("--k", type=click.IntRange(1, 50), default=None, help="Passages to read (default: CABINET_TOP_K).")
@click.option("--questions", type=click.File("r"), help="A JSONL file of {id, q, history}; one answer line per question.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer JSON.")
@mode_option
@with_filters
def ask(question, store, k, questions, as_json, mode, docs, types, councils, since, until) -> None:
    """Answer a question from the documents, with numbered citations."""
    from index.models import Question

    if not question and not questions:
        raise click.UsageError("give a QUESTION or --questions FILE.jsonl")
    settings = _settings(store)
    _check_mode(settings, mode)
    filters = _filters(settings, docs, types, councils, since, until)  # cheap checks first: the model loads only for a valid request
    items = [Question(q=_question(settings, question))] if question else [_parse_line(line, n) for n, line in enumerate(questions, 1) if line.strip()]
    cabinet = _open(settings)
    for item in items:
        try:
            answer = cabinet.ask(item.q, item.history, k=k, filters=filters, qid=item.id, mode=mode)
        except CabinetError as exc:
            if len(items) == 1:
                raise _fail(exc) from exc
            click.echo(json.dumps({"id": item.id, "question": item.q, "error": str(exc)}))
            continue
        if as_json or questions:
            click.echo(answer.model_dump_json())
        else:
            if answer.note:
                click.echo(f"({answer.note})\n")
            click.echo(answer.answer)
            if answer.citations:
                click.echo("\nSources:")
            for citation in answer.citations:
                page = f", page {citation.page}" if citation.page else ""
                click.echo(f"[{citation.n}] {citation.source}{page}: \"{citation.quote}\"")


def _check_mode(settings: Settings, mode: str | None) -> None:
    """LLM mode needs an endpoint: say so before loading anything."""
    if (mode or settings.mode) == "llm" and not (settings.llm_url and settings.llm_model):
        raise click.UsageError("--mode llm needs a model endpoint: set CABINET_LLM_URL and CABINET_LLM_MODEL (and CABINET_LLM_API_KEY if it needs one)")


def _parse_line(line: str, number: int):
    from pydantic import ValidationError

    from index.models import Question

    try:
        return Question.model_validate_json(line)
    except ValidationError as exc:
        raise click.UsageError(f"line {number} of --questions is not a question object ({exc.errors()[0]['msg']})") from exc


@main.command()
@click.argument("query")
@store_option
@click.option("--k", type=click.IntRange(1, 100), default=10, help="Passages to list.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
@with_filters
def search(query, store, k, as_json, docs, types, councils, since, until) -> None:
    """Ranked passages for a query, with source, page, section and score."""
    settings = _settings(store)
    filters = _filters(settings, docs, types, councils, since, until)
    query = _question(settings, query)
    cabinet = _open(settings)
    try:
        hits = cabinet.search(query, k=k, filters=filters)
    except CabinetError as exc:
        raise _fail(exc) from exc
    for hit in hits:
        if as_json:
            click.echo(hit.model_dump_json())
        else:
            page = f" p.{hit.page}" if hit.page else ""
            section = f" [{hit.section}]" if hit.section else ""
            click.echo(f"{hit.rank:>2}. {hit.source}{page}{section} ({hit.score:.4f})\n    {hit.text[:300].replace(chr(10), ' ')}")


@main.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
def docs(store, as_json) -> None:
    """List the catalogue: title, type, council, date, pages, lead officer."""
    from index.library import documents

    settings = _settings(store)
    try:
        rows = documents(settings)
    except CabinetError as exc:
        raise _fail(exc) from exc
    if not rows:
        raise click.ClickException(f"no documents yet in {settings.store_path}: run `cabinet ingest PATH`")
    for row in rows:
        if as_json:
            click.echo(row.model_dump_json())
        else:
            click.echo(f"{row.date or '-':<10} {row.type or '-':<16} {row.pages or '-':>3}p  {row.title}  "
                       f"[{row.council or '-'}; lead officer: {row.lead_officer or '-'}]")


@main.command()
@click.argument("document")
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the document's model as JSON.")
def show(document, store, as_json) -> None:
    """What Cabinet read from DOCUMENT (a file name from `cabinet docs`): fields with page and quote, tree, tables, minutes."""
    from index.catalogue import Catalogue
    from index.show import describe, read_back

    settings = _settings(store)
    catalogue = Catalogue(settings.store_path)
    if not catalogue.documents:
        raise click.ClickException(f"no documents yet in {settings.store_path}: run `cabinet ingest PATH`")
    try:
        entry, model = read_back(catalogue, document)
    except CabinetError as exc:
        raise _fail(exc) from exc
    click.echo(json.dumps({"source": entry["source"], **model.to_dict()}, ensure_ascii=False, indent=2) if as_json else describe(entry, model))


@main.command()
@click.argument("document")
@store_option
@click.option("--k", type=click.IntRange(1, 50), default=5, help="How many to list.")
@click.option("--any-date", is_flag=True, help="Include later documents too (default: earlier ones only).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
def similar(document, store, k, any_date, as_json) -> None:
    """Earlier documents on a similar matter to DOCUMENT (a file name from `cabinet docs`): precedents."""
    cabinet = _open(_settings(store))
    try:
        precedents = cabinet.similar(document, k=k, earlier_only=not any_date)
    except CabinetError as exc:
        raise _fail(exc) from exc
    if not precedents and not as_json:
        click.echo("No earlier documents in the store." if not any_date else "No other documents in the store.")
    for precedent in precedents:
        if as_json:
            click.echo(precedent.model_dump_json())
        else:
            click.echo(f"{precedent.score:.3f}  {precedent.date or '-':<10} {precedent.type or '-':<16} {precedent.title}  ({precedent.source})")


@main.command()
@store_option
@click.option("--host", help="Address to bind (default: CABINET_HOST, 127.0.0.1).")
@click.option("--port", type=int, help="Port (default: CABINET_PORT, 7860).")
@click.option("--ingest-if-empty", "seed", type=click.Path(path_type=Path, exists=True), help="Ingest this folder first when the store is empty.")
def serve(store, host, port, seed) -> None:
    """Start the chat app in the browser."""
    import app

    settings = _settings(store)
    settings.host = host or settings.host
    settings.port = port or settings.port
    if seed is not None:
        _seed(settings, seed)
    try:
        app.launch(settings)
    except CabinetError as exc:
        raise _fail(exc) from exc


def _seed(settings: Settings, folder: Path) -> None:
    from index.build import ingest_paths
    from index.catalogue import Catalogue

    if (settings.store_path / "chroma.sqlite3").exists() or Catalogue(settings.store_path).documents:
        return
    click.echo(f"The store is empty: ingesting {folder} ...")
    report = ingest_paths([folder], settings)
    summary = report.summary()
    click.echo(f"{summary['ingested']} documents, {summary['chunks']} chunks in {summary['seconds']} s")


@main.command(name="eval")
@click.option("--store", type=click.Path(path_type=Path, file_okay=False),
              help="The eval's own store: a new or empty folder, or one an earlier eval made (default: a temporary folder). Never a library.")
@click.option("--questions", type=click.Path(path_type=Path, exists=True, dir_okay=False), default=None, help="Gold questions (default: eval/questions.jsonl).")
@click.option("--corpus", type=click.Path(path_type=Path, exists=True, file_okay=False), default=None, help="Corpus to ingest and check quotes against.")
@click.option("--floors", type=click.Path(path_type=Path, exists=True, dir_okay=False), default=None, help="Floors to check (default: eval/floors.json).")
@click.option("--baseline/--no-baseline", default=True, help="Also measure the plain llama-index tutorial pipeline.")
@click.option("--check-floors", is_flag=True, help="Exit 1 when a figure is below its floor.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--mode", type=click.Choice(["extractive", "llm", "both"]), default=None,
              help="Answerer(s) to measure; default: both side by side when CABINET_LLM_URL is set, else extractive.")
def evaluate(store, questions, corpus, floors, baseline, check_floors, as_json, mode) -> None:
    """Measure answer quality, citation validity and latency on the gold questions, in a store of the eval's own."""
    from eval.run import DEFAULT_QUESTIONS, FLOORS, EvalRun, run_eval

    settings = _settings(None)
    if mode in ("llm", "both"):
        _check_mode(settings, "llm")
    endpoint = bool(settings.llm_url and settings.llm_model)
    modes = ["extractive", "llm"] if mode == "both" or (mode is None and endpoint) else [mode or "extractive"]
    questions = questions or DEFAULT_QUESTIONS
    run = EvalRun(questions=questions, corpus=corpus, floors=floors or FLOORS, baseline=baseline, check_floors=check_floors,
                  as_json=as_json, modes=modes, report_name=f"eval-report-{questions.parent.name}.json" if floors else "eval-report.json")
    try:
        ok = run_eval(settings, run, store=store)
    except CabinetError as exc:
        raise _fail(exc) from exc
    sys.exit(0 if ok else 1)


@main.group()
def feedback() -> None:
    """Members' votes on answers (DATA_DIR/feedback.jsonl)."""


@feedback.command(name="export")
@click.option("--out", type=click.File("w"), default="-", help="Where to write the JSONL (default: standard output).")
def feedback_export(out) -> None:
    """Turn feedback into eval candidates (eval/questions.jsonl lines with a review field) for a person to complete."""
    from index.feedback import eval_candidates, feedback_path

    settings = Settings()
    candidates = eval_candidates(settings)
    for candidate in candidates:
        out.write(json.dumps(candidate, ensure_ascii=False) + "\n")
    click.echo(f"{len(candidates)} candidate(s) from {feedback_path(settings)}", err=True)


@main.group()
def user() -> None:
    """Accounts for the app's sign-in (CABINET_AUTH_FILE)."""


@user.command(name="add")
@click.argument("name")
@click.option("--auth-file", type=click.Path(path_type=Path, dir_okay=False), help="Users file (default: CABINET_AUTH_FILE).")
@click.password_option(help="The password (asked for when not given).")
@click.option("--admin/--no-admin", default=None, help="May remove documents in the app (default: a known user keeps their role).")
def user_add(name, auth_file, password, admin) -> None:
    """Add NAME (or change their password) in the users file; passwords are stored as scrypt hashes."""
    from cabinet.auth import add_user

    path = auth_file or Settings().auth_file
    if path is None:
        raise click.UsageError("no users file: pass --auth-file or set CABINET_AUTH_FILE")
    try:
        add_user(Path(path), name, password, admin=admin)
    except CabinetError as exc:
        raise _fail(exc) from exc
    click.echo(f"{name} can now sign in; start the app with CABINET_AUTH_FILE={path}")
