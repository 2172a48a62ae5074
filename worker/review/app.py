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
import logging
import secrets
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import BaseModel, Field, ValidationError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from models.config import DatasetMetadata
from models.dwc import official_terms
from models.errors import InputFileError
from models.record import SpecimenRecord
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
CSP = (
    "default-src 'self'; img-src 'self'; script-src 'self'; style-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


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
        self.records()
        return self._by_id.get(image_id)


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
    )
    templates.filters["confclass"] = view.confidence_class
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
        try:
            path = inside(out_dir, request.path_params["path"])
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
        try:
            body = ChangesIn.model_validate_json(await request.body())
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
        done = export_reviewed(
            batch.records(), store, target, dataset, reviewed_only=body.reviewed_only
        )
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
