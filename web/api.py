"""A JSON HTTP API for officers' tools on the app's own server, under /api, with the page's sign-in rules."""

from __future__ import annotations

import base64
import binascii
import mimetypes
import secrets
from collections.abc import Callable
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel, Field

from cabinet.errors import CabinetError, EmptyStoreError
from cabinet.settings import Settings
from index.models import Answer, Filters, Turn
from web.checks import question_problems

DESCRIPTION = """Ask Cabinet questions and list its documents from your own tools.

`POST /api/ask` returns exactly the object `cabinet ask --json` prints. When the app requires sign-in, send
`Authorization: Basic` with a Cabinet account, or `Authorization: Bearer TOKEN` with a token from `POST /api/token`."""


class AskRequest(BaseModel):
    """A question, the conversation so far (optional), and which documents to search (optional)."""

    question: str
    history: list[Turn] = Field(default_factory=list)
    filters: Filters | None = None


class Token(BaseModel):
    """A bearer token for the API and the page, valid while the app runs."""

    token: str
    user: str


def _basic(header: str) -> tuple[str, str] | None:
    try:
        name, _, password = base64.b64decode(header, validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return name, password


def api(settings: Settings, session, user_of: Callable[[Request], str | None], tokens: dict[str, str],
        check: Callable[[str, str], bool] | None) -> FastAPI:
    """The API app: ask, documents, a document, its original file, and a token for scripts."""
    from index import library

    service = FastAPI(title="Cabinet API", description=DESCRIPTION, version="1", docs_url="/docs", openapi_url="/openapi.json")

    def signed_in(request: Request) -> str:
        user = user_of(request)
        if user is None:
            raise HTTPException(401, "Sign in first: send a Cabinet account (Basic) or a token from POST /api/token (Bearer).",
                                headers={"WWW-Authenticate": 'Basic realm="Cabinet"'})
        return user

    @service.post("/token", response_model=Token, summary="A bearer token for a Cabinet account (Basic credentials)")
    def token(request: Request) -> Token:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        pair = _basic(value.strip()) if scheme.lower() == "basic" else None
        if check is None:
            raise HTTPException(404, "This app has no sign-in, so it needs no token.")
        if pair is None or not check(*pair):
            raise HTTPException(401, "Wrong name or password.", headers={"WWW-Authenticate": 'Basic realm="Cabinet"'})
        issued = secrets.token_urlsafe(24)
        tokens[issued] = pair[0]
        return Token(token=issued, user=pair[0])

    @service.post("/ask", response_model=Answer, summary="Answer a question from the documents, every statement cited")
    def ask(body: AskRequest, user: str = Depends(signed_in)) -> Response:  # noqa: ARG001 - the dependency signs the caller in
        filters = body.filters or Filters()
        problems = question_problems(settings, body.question, filters.types, filters.sources, filters.since or "", filters.until or "")
        if problems:
            raise HTTPException(422, " ".join(problems.values()))
        try:
            answer = session.cabinet().ask(body.question, body.history, filters=None if filters.empty else filters)
        except EmptyStoreError as exc:
            raise HTTPException(503, str(exc)) from exc
        except CabinetError as exc:
            raise HTTPException(422, str(exc)) from exc
        return Response(answer.model_dump_json(), media_type="application/json")  # byte for byte what `cabinet ask --json` prints

    @service.get("/documents", response_model=list[library.LibraryDocument], summary="Every document in the library")
    def documents(user: str = Depends(signed_in)) -> list[library.LibraryDocument]:  # noqa: ARG001
        return library.documents(settings)

    def one(doc_id: str) -> library.LibraryDocument:
        row = next((row for row in library.documents(settings) if row.doc_id == doc_id), None)
        if row is None:
            raise HTTPException(404, f"No document {doc_id} in the library; GET /api/documents lists them.")
        return row

    @service.get("/documents/{doc_id}", response_model=library.LibraryDocument, summary="One document of the library")
    def document(doc_id: str, user: str = Depends(signed_in)) -> library.LibraryDocument:  # noqa: ARG001
        return one(doc_id)

    @service.get("/files/{doc_id}", summary="A document's original file (PDFs open in the browser; others download)")
    def original(doc_id: str, user: str = Depends(signed_in)) -> FileResponse:  # noqa: ARG001
        row = one(doc_id)
        if not row.path or not Path(row.path).is_file():
            raise HTTPException(404, f"The original of {row.source} is no longer where it was read from.")
        path = Path(row.path)
        if path.suffix.lower() == ".pdf":
            return FileResponse(path, media_type="application/pdf", filename=row.source, content_disposition_type="inline")
        # Never rendered by the browser: an uploaded HTML page must not run script on the app's origin.
        kind = "application/octet-stream" if path.suffix.lower() in (".html", ".htm") else mimetypes.guess_type(path.name)[0]
        return FileResponse(path, media_type=kind or "application/octet-stream", filename=row.source,
                            headers={"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox"})

    return service


def mount_api(page, settings: Settings, session, check: Callable[[str, str], bool] | None) -> None:
    """Mount the API at /api on the launched page's server; callers sign in as on the page (its cookie, Basic, or a Bearer token)."""
    server = page.app

    def user_of(request: Request) -> str | None:
        if check is None:
            return "anyone"
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "basic":
            pair = _basic(value.strip())
            return pair[0] if pair and check(*pair) else None
        if scheme.lower() == "bearer":
            return server.tokens.get(value.strip())
        cookie = request.cookies.get(f"access-token-{server.cookie_id}") or request.cookies.get(f"access-token-unsecure-{server.cookie_id}")
        return server.tokens.get(cookie) if cookie else None

    server.mount("/api", api(settings, session, user_of, server.tokens, check))
    # Mounted after Gradio's routes; move it first so no page route of Gradio's can shadow it.
    server.router.routes.insert(0, server.router.routes.pop())
