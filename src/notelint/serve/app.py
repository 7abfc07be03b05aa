"""The ASGI app: page at /, JSON API under /v1, OpenAPI document at /v1/openapi.json.

Models load once at start-up. Request bodies are size-limited and validated; note text is never
written to logs (only method, path and status are, by uvicorn's access log).
"""
from __future__ import annotations

import json
import threading
from importlib import resources

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..api import NoteInput
from ..labels import DIMENSIONS, RECOMMENDATIONS
from .openapi import openapi_document

MAX_BODY = 1_000_000     # bytes
MAX_NOTES = 200          # per request
MAX_CHARS = 100_000      # per note


class BadRequest(Exception):
    def __init__(self, status: int, message: str):
        self.status, self.message = status, message


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


async def _json_body(request: Request) -> dict:
    if request.headers.get("content-type", "").split(";")[0].strip() not in ("application/json", ""):
        raise BadRequest(415, "send the body as application/json")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        raise BadRequest(413, f"body larger than {MAX_BODY} bytes")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise BadRequest(413, f"body larger than {MAX_BODY} bytes")
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise BadRequest(400, "body is not valid JSON") from None
    if not isinstance(data, dict):
        raise BadRequest(422, "body must be a JSON object")
    return data


def _note(obj, where: str, require_people: bool = False) -> NoteInput:
    if not isinstance(obj, dict):
        raise BadRequest(422, f"{where} must be an object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadRequest(422, f"{where}.text must be a non-empty string")
    if len(text) > MAX_CHARS:
        raise BadRequest(413, f"{where}.text longer than {MAX_CHARS} characters")
    nid = obj.get("note_id")
    if nid is not None and not isinstance(nid, str):
        raise BadRequest(422, f"{where}.note_id must be a string")
    meta = {}
    for k in ("candidate_id", "interviewer_id", "req_id", "round", "submitted_at", "recommendation"):
        v = obj.get(k)
        if v is not None and not isinstance(v, str):
            raise BadRequest(422, f"{where}.{k} must be a string")
        if v:
            meta[k] = v
    if require_people:
        for k in ("candidate_id", "interviewer_id"):
            if k not in meta:
                raise BadRequest(422, f"{where}.{k} is required")
    if "recommendation" in meta and meta["recommendation"] not in RECOMMENDATIONS:
        raise BadRequest(422, f"{where}.recommendation must be one of {', '.join(RECOMMENDATIONS)}")
    ratings = obj.get("ratings")
    if ratings is not None:
        if not isinstance(ratings, dict) or any(k not in DIMENSIONS or v not in RECOMMENDATIONS
                                                 for k, v in ratings.items()):
            raise BadRequest(422, f"{where}.ratings must map dimensions to recommendation values")
        meta["ratings"] = ratings
    return NoteInput(text, "api", nid, meta)


def _notes(data: dict, require_people=False) -> tuple[list[NoteInput], bool]:
    if "notes" in data:
        notes = data["notes"]
        if not isinstance(notes, list) or not notes:
            raise BadRequest(422, "notes must be a non-empty list")
        if len(notes) > MAX_NOTES:
            raise BadRequest(413, f"at most {MAX_NOTES} notes per request")
        return [_note(n, f"notes[{i}]", require_people) for i, n in enumerate(notes)], True
    return [_note(data, "body", require_people)], False


def create_app(linter=None) -> Starlette:
    """Build the app; ``linter`` defaults to ``notelint.load()`` (loaded once, here)."""
    if linter is None:
        import notelint
        linter = notelint.load()
    lock = threading.Lock()  # one analysis at a time: spaCy pipelines are not re-entrant
    static = resources.files(__package__).joinpath("static")

    def analyse(notes):
        with lock:
            return list(linter.lint_many(notes))

    async def guarded(request, handler):
        try:
            return await handler(await _json_body(request))
        except BadRequest as e:
            return _error(e.status, e.message)

    async def lint(request: Request):
        async def h(data):
            notes, many = _notes(data)
            reps = [r.to_dict() for r in await run_in_threadpool(analyse, notes)]
            return JSONResponse({"reports": reps} if many else reps[0])
        return await guarded(request, h)

    async def score(request: Request):
        from ..cli.score import score_record
        async def h(data):
            notes, many = _notes(data)
            if linter.scorer is None:
                return _error(503, "no specificity scorer installed")
            recs = [score_record(r) for r in await run_in_threadpool(analyse, notes)]
            return JSONResponse({"scores": recs} if many else recs[0])
        return await guarded(request, h)

    async def signal(request: Request):
        from ..debrief import compute_signal, from_report, load_rubric
        async def h(data):
            if "notes" not in data:
                raise BadRequest(422, "notes is required")
            notes, _ = _notes(data, require_people=True)
            req = data.get("req")
            if req is not None and not isinstance(req, str):
                raise BadRequest(422, "req must be a string")
            reps = await run_in_threadpool(analyse, notes)
            return JSONResponse(compute_signal([from_report(r) for r in reps], load_rubric(), req))
        return await guarded(request, h)

    async def health(request: Request):
        meta = getattr(linter.scorer, "meta", {}) or {}
        return JSONResponse({"status": "ok", "version": __version__, "scorer": linter.scorer is not None,
                             "data_hash": meta.get("data_hash")})

    async def openapi(request: Request):
        return JSONResponse(openapi_document(__version__))

    async def page(request: Request):
        return FileResponse(str(static.joinpath("index.html")), media_type="text/html")

    async def not_found(request: Request, exc):
        return _error(getattr(exc, "status_code", 404), getattr(exc, "detail", "not found"))

    async def server_error(request: Request, exc):
        return _error(500, "internal error")  # details stay out of responses and logs

    routes = [
        Route("/", page),
        Route("/v1/health", health, methods=["GET"]),
        Route("/v1/openapi.json", openapi, methods=["GET"]),
        Route("/v1/lint", lint, methods=["POST"]),
        Route("/v1/score", score, methods=["POST"]),
        Route("/v1/signal", signal, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=str(static)), name="static"),
    ]
    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found, 500: server_error})
