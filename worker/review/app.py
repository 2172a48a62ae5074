"""`labelscribe review`: a small Starlette app over one batch folder, rendered with Jinja2.

Security, since label text is untrusted and the app can change the batch:
- it binds to 127.0.0.1 unless given a token (the CLI enforces that); with a token every request
  must carry it (once as ?token=..., then as a cookie, or as `Authorization: Bearer`);
- without a token only local Host headers are answered, so a web page cannot reach the app through
  DNS rebinding;
- every template is autoescaped, and a Content-Security-Policy forbids inline script, so label text
  can never run as code;
- files are served only from inside the batch folder (`inside`);
- state-changing requests need the per-session CSRF token (a SameSite=Strict cookie, echoed in the
  X-CSRF-Token header) and, when the browser sends one, an Origin equal to the app's own.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import secrets
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_to_bytes, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from pydantic import BaseModel, Field, ValidationError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.responses import JSONResponse as StarletteJSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from models.config import DatasetMetadata
from models.dwc import official_terms
from models.errors import FolderBusyError, InputFileError, LabelscribeError
from models.record import SpecimenRecord
from pipelines.outputs.cells import readable
from pipelines.outputs.validate import validate_output
from worker.review import view
from worker.review.batch import inside, load_records, preview
from worker.review.export import REVIEWED_DIR, export_reviewed
from worker.review.storage import Change, ConflictError, ReviewStore

log = logging.getLogger(__name__)

CSRF_COOKIE = "ls_csrf"
TOKEN_COOKIE = "ls_token"
CURATOR_COOKIE = "ls_curator"
LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# A request body over this is refused before it is parsed (a value may have at most
# cells.MAX_CELL characters: storage.ReviewStore.apply says so).
MAX_BODY = 2 * 1024 * 1024
CSP = (
    "default-src 'self'; img-src 'self'; script-src 'self'; style-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class JSONResponse(StarletteJSONResponse):
    """Starlette's JSON response, but a lone surrogate (an image id from a file name that is not
    UTF-8) is sent as a \\udcXX escape instead of failing the request with a 500."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.encode("utf-8", "backslashreplace")


class ChangesIn(BaseModel):
    changes: list[Change] = Field(min_length=1, max_length=500)


class AcceptIn(BaseModel):
    threshold: float = Field(ge=0.0, le=1.0)


class ExportIn(BaseModel):
    reviewed_only: bool = False


class Batch:
    """The records of the batch folder, read again when the files change (queue mode fills them)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._lock = threading.Lock()
        self._stamp: tuple[float, ...] = ()
        self._records: list[SpecimenRecord] = []
        self._by_id: dict[str, SpecimenRecord] = {}
        self.records()

    def _source_stamp(self) -> tuple[float, ...]:
        paths = [self.out_dir / "records", self.out_dir / "records.jsonl"]
        return tuple(p.stat().st_mtime if p.exists() else 0.0 for p in paths)

    def records(self) -> list[SpecimenRecord]:
        with self._lock:
            stamp = self._source_stamp()
            if stamp != self._stamp:
                self._records = load_records(self.out_dir)
                self._by_id = {r.image_id: r for r in self._records}
                self._stamp = stamp
            return self._records

    def get(self, image_id: str) -> SpecimenRecord | None:
        """The record of an image id, or of its URL form (`view.url_id`)."""
        self.records()
        found = self._by_id.get(image_id)
        if found is None and (decoded := view.from_url_id(image_id)) is not None:
            found = self._by_id.get(decoded)
        return found


def create_app(
    out_dir: Path,
    *,
    dataset: DatasetMetadata,
    curator: str,
    token: str | None = None,
    allowed_hosts: list[str] | None = None,
) -> Starlette:
    out_dir = out_dir.resolve()
    batch = Batch(out_dir)
    store = ReviewStore(out_dir)
    templates = Environment(
        loader=PackageLoader("worker.review", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        finalize=_printable,
    )
    templates.filters["confclass"] = view.confidence_class
    templates.filters["urlid"] = lambda image_id: view.url_id(image_id) if image_id else image_id
    templates.filters["pathurl"] = _path_url
    templates.filters["history"] = view.history_summary
    terms = list(official_terms())

    def render(request: Request, name: str, **context: Any) -> HTMLResponse:
        csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
        html = templates.get_template(name).render(
            csrf=csrf, curator=who(request), batch=out_dir.name, **context
        )
        response = HTMLResponse(html)
        if request.cookies.get(CSRF_COOKIE) != csrf:
            response.set_cookie(CSRF_COOKIE, csrf, httponly=False, samesite="strict")
        return response

    def who(request: Request) -> str:
        name = request.cookies.get(CURATOR_COOKIE, "").strip()
        return name[:80] or curator

    async def index(request: Request) -> Response:
        query = view.ListQuery.from_params(request.query_params)
        records = batch.records()
        rows = view.list_rows(records, store.states(), query)
        return render(
            request,
            "list.html",
            rows=rows[query.offset : query.offset + view.PAGE],
            total=len(rows),
            query=query,
            counts=view.counts(records, store.states()),
            fields=view.field_names(records),
            qs=urlencode(query.params()),
        )

    async def specimen(request: Request) -> Response:
        record = batch.get(request.path_params["image_id"])
        if record is None:
            return HTMLResponse("no such specimen", status_code=404)
        query = view.ListQuery.from_params(request.query_params)
        ids = [row.image_id for row in view.list_rows(batch.records(), store.states(), query)]
        shown = preview(record, out_dir)
        image = None
        if shown is not None:
            image = shown[0].relative_to(out_dir).as_posix()
        page = view.specimen_page(record, store.state(record.image_id), ids)
        return render(
            request,
            "specimen.html",
            page=page,
            image=image,
            qs=urlencode(query.params()),
            terms=terms,
            audit=store.entries(record.image_id)[-50:],
        )

    async def files(request: Request) -> Response:
        relative = request.path_params["path"]
        raw = request.scope.get("raw_path")
        if isinstance(raw, bytes) and raw.startswith(b"/files/"):
            # the bytes as sent: a file name that is not UTF-8 survives (the decoded path has
            # U+FFFD in its place)
            relative = os.fsdecode(unquote_to_bytes(raw[len(b"/files/") :]))
        try:
            path = inside(out_dir, relative)
        except InputFileError:
            return Response("not found", status_code=404)
        return FileResponse(path)

    async def state(request: Request) -> Response:
        record = batch.get(request.path_params["image_id"])
        if record is None:
            return JSONResponse({"error": "no such specimen"}, status_code=404)
        return JSONResponse(view.state_json(record, store.state(record.image_id)))

    async def changes(request: Request) -> Response:
        record = batch.get(request.path_params["image_id"])
        if record is None:
            return JSONResponse({"error": "no such specimen"}, status_code=404)
        raw = await request.body()
        if len(raw) > MAX_BODY:
            return JSONResponse({"error": "request too large"}, status_code=413)
        try:
            body = ChangesIn.model_validate_json(raw)
            review = store.apply(record, body.changes, who=who(request))
        except ValidationError as e:
            return JSONResponse({"error": str(e)}, status_code=422)
        except ValueError as e:
            return JSONResponse({"error": str(e)}, status_code=422)
        except ConflictError as e:
            current = view.state_json(record, store.state(record.image_id))
            return JSONResponse({"error": e.message, "state": current}, status_code=409)
        return JSONResponse(view.state_json(record, review))

    async def accept_above(request: Request) -> Response:
        record = batch.get(request.path_params["image_id"])
        if record is None:
            return JSONResponse({"error": "no such specimen"}, status_code=404)
        try:
            body = AcceptIn.model_validate_json(await request.body())
        except ValidationError as e:
            return JSONResponse({"error": str(e)}, status_code=422)
        review, accepted = store.accept_above(record, body.threshold, who=who(request))
        return JSONResponse({**view.state_json(record, review), "accepted": accepted})

    async def export(request: Request) -> Response:
        try:
            body = ExportIn.model_validate_json(await request.body())
        except ValidationError as e:
            return JSONResponse({"error": str(e)}, status_code=422)
        target = out_dir / REVIEWED_DIR
        try:
            done = export_reviewed(
                batch.records(), store, target, dataset, reviewed_only=body.reviewed_only
            )
        except FolderBusyError as e:
            return JSONResponse({"error": e.message}, status_code=409)
        except LabelscribeError as e:
            log.warning("export failed: %s", e.message)
            return JSONResponse({"error": readable(e.message)}, status_code=500)
        problems = validate_output(target)
        names = ["occurrence.csv", "dwca.zip", "occurrence_review.csv", "records.jsonl"]
        return JSONResponse(
            {
                "exported": done.exported,
                "skipped": done.skipped,
                "files": {n: f"/files/{REVIEWED_DIR}/{n}" for n in names},
                "errors": [str(p) for p in problems if p.severity == "error"],
                "warnings": [str(p) for p in problems if p.severity == "warning"],
            }
        )

    middleware = [
        Middleware(
            TrustedHostMiddleware,
            allowed_hosts=allowed_hosts or (["*"] if token else LOCAL_HOSTS),
        ),
        Middleware(BaseHTTPMiddleware, dispatch=_guard(token)),
    ]
    static = StaticFiles(packages=[("worker.review", "static")])
    routes = [
        Route("/", index),
        Route("/specimen/{image_id}", specimen),
        Route("/files/{path:path}", files),
        Route("/api/specimen/{image_id}", state),
        Route("/api/specimen/{image_id}/changes", changes, methods=["POST"]),
        Route("/api/specimen/{image_id}/accept-above", accept_above, methods=["POST"]),
        Route("/api/export", export, methods=["POST"]),
        Mount("/static", static, name="static"),
    ]
    return Starlette(routes=routes, middleware=middleware)


def _printable(value: Any) -> Any:
    """What a template prints: text from a file name that is not UTF-8 shown as \\xNN (the page
    could not be encoded otherwise); markup (tojson) passes as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return readable(value)
    return value


def _path_url(relative: str) -> str:
    """A path of the batch folder as a URL path, byte for byte (see `files`)."""
    try:
        raw = os.fsencode(relative)
    except UnicodeEncodeError:
        raw = relative.encode("utf-8", "backslashreplace")
    return quote(raw)


Handler = Callable[[Request], Awaitable[Response]]


def _guard(token: str | None) -> Callable[[Request, Handler], Awaitable[Response]]:
    async def dispatch(request: Request, call_next: Handler) -> Response:
        set_token = False
        if token is not None:
            given = (
                request.query_params.get("token")
                or request.cookies.get(TOKEN_COOKIE)
                or request.headers.get("authorization", "").removeprefix("Bearer ")
            )
            if not hmac.compare_digest(given.encode(), token.encode()):
                return Response("access token required", status_code=401)
            set_token = request.cookies.get(TOKEN_COOKIE) != token
        if request.method not in SAFE_METHODS:
            origin = request.headers.get("origin")
            if origin is not None and urlsplit(origin).netloc != request.headers.get("host"):
                return JSONResponse({"error": "cross-site request refused"}, status_code=403)
            cookie = request.cookies.get(CSRF_COOKIE, "")
            header = request.headers.get("x-csrf-token", "")
            if not cookie or not hmac.compare_digest(cookie.encode(), header.encode()):
                return JSONResponse({"error": "missing or wrong CSRF token"}, status_code=403)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if set_token and token is not None:
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response

    return dispatch
