"""The web app: FastAPI routes over the store, server-rendered pages, a JSON twin for each.

Routes (every page also answers ``.json`` or ``Accept: application/json``)::

    GET  /                                  -> redirect to /stories
    GET  /stories[.json]                    stories, newest first (?outlet= &since= &until= &page=)
    GET  /stories/{id}[.json]               the story's dossier (JSON: the dossier contract;
                                            page: ?outlet= &speaker= &conflicts=1 &sort=)
    GET  /stories/{id}/dossier.{json,md,html,csv}  export downloads (CSV: quotes and claims)
    GET  /articles/{id}[.json]              clean text with every finding highlighted
    GET  /search[.json]?q=                  full-text search with highlighted snippets
    GET  /failures[.json]                   inputs that failed to ingest
    GET  /static/...                        the app's own CSS and JS (from the package)
    GET  /ingest, POST /ingest?filename=    only with ``allow_ingest``

Security: Jinja autoescaping everywhere (article text is hostile), links only
for http(s) URLs with rel="noopener noreferrer", a strict
Content-Security-Policy (scripts and styles only from /static), nothing read
from disk but the store and the package's static files, and the app never
fetches a URL.  Read-only unless ``allow_ingest``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import math
import re
import tempfile
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..api import story_dossier
from ..errors import CrosswireError
from ..link.stories import lead_sentence
from ..model import Analysis, Article, Dossier
from ..report import dossier_json, dumps, render_csv, render_html, render_markdown
from ..report.html import safe_url
from ..report.labels import display_value
from ..settings import Settings
from ..store import Store, display_location, open_store
from . import svg
from .catalog import Catalog, StoryFilter, StorySummary, build_catalog, store_version
from .story_view import SORTS, DossierFilter, filter_view
from .views import (
    KINDS,
    DossierView,
    analysis_dict,
    article_dict,
    dossier_view,
    highlights,
    paragraphs,
    snippet_dict,
    snippet_parts,
    span_href,
)

PAGE_SIZE = 50
SEARCH_LIMIT = 50
MAX_QUERY = 200
DOSSIER_CACHE = 64
ENCODER_THREADS = 1
PREBUILD = 8
"""Dossiers of the newest stories built at start-up, in the background."""
CATALOG_REFRESH_S = 2.0
"""A changed store is re-read at most this often (an ingest commits every batch)."""

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


@dataclass
class CachedDossier:
    dossier: Dossier
    view: DossierView
    timeline_svg: Markup
    coverage_svg: Markup
    _data: dict[str, Any] | None = None

    @property
    def data(self) -> dict[str, Any]:
        """The JSON contract, validated (schema and spans) the first time it is asked for."""
        if self._data is None:
            self._data = dossier_json([self.dossier])[0]
        return self._data


class WebState:
    """What the app keeps between requests: the store location, the catalogue, dossiers."""

    def __init__(self, location: str, settings: Settings, allow_ingest: bool) -> None:
        self.location = location
        self.settings = settings
        self.allow_ingest = allow_ingest
        self._catalog: Catalog | None = None
        self._checked = 0.0
        self._catalog_lock = threading.Lock()
        self._dossier_lock = threading.Lock()
        self._build_lock = threading.Lock()
        self._ingest_lock = threading.Lock()
        self._dossiers: OrderedDict[tuple[str, tuple[str, ...]], CachedDossier] = OrderedDict()

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A store connection for one request (SQLite connections stay in their thread)."""
        store = open_store(self.location, read_only=True)  # the upload route opens its own
        try:
            yield store
        finally:
            store.close()

    def catalog(self, store: Store) -> Catalog:
        """The story catalogue, re-read when the store changed (at most every 2 s)."""
        now = time.monotonic()
        current = self._catalog
        if current is not None and now - self._checked < CATALOG_REFRESH_S:
            return current
        version = store_version(self.location, store)
        if current is not None and current.version == version:
            self._checked = now
            return current
        with self._catalog_lock:
            if self._catalog is None or self._catalog is current:
                self._catalog = build_catalog(store, version)
                self._checked = time.monotonic()
            return self._catalog

    def warm(self) -> None:
        """Ahead of the first requests: the catalogue, the encoder, the newest dossiers."""
        try:
            with self.store() as store:
                catalog = self.catalog(store)
                self.encoder()
                for summary in catalog.stories[:PREBUILD]:
                    self.dossier(store, summary)
        except CrosswireError:
            pass  # the requests that need the same will show the error

    def invalidate(self) -> None:
        self._checked = 0.0

    def dossier(self, store: Store, summary: StorySummary) -> CachedDossier:
        """The story's dossier, built once per (story, its articles) and kept (LRU).

        Builds run one at a time; a cached dossier never waits behind one.
        """
        key = (summary.id, summary.article_ids)
        hit = self._cached(key)
        if hit is not None:
            return hit
        with self._build_lock:
            hit = self._cached(key)  # built while this request waited
            if hit is not None:
                return hit
            d = story_dossier(store, summary.story, self.encoder())
            view = dossier_view(d)
            entry = CachedDossier(
                d,
                view,
                svg.timeline_plot(d, view.lanes, span_href),
                svg.coverage_plot(d, view.lanes, span_href),
            )
            with self._dossier_lock:
                self._dossiers[key] = entry
                while len(self._dossiers) > DOSSIER_CACHE:
                    self._dossiers.popitem(last=False)
        return entry

    def _cached(self, key: tuple[str, tuple[str, ...]]) -> CachedDossier | None:
        with self._dossier_lock:
            hit = self._dossiers.get(key)
            if hit is not None:
                self._dossiers.move_to_end(key)
            return hit

    def encoder(self) -> Any:
        """The sentence encoder quote alignment uses (USE, as ``api.dossiers``), or None.

        With one BLAS thread: a dossier's quotes are a small batch, requests
        run in parallel threads, and two BLAS threads per build stalled for
        ~200 ms at a time on a busy 2-core machine (bench/web_latency.py).
        """
        if not self.settings.embed:
            return None
        from ..resources import load_encoder

        return load_encoder(ENCODER_THREADS)


# --------------------------------------------------------------------------- helpers


@functools.cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("crosswire.serve", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=display_value,
    )
    env.globals.update(safe_url=safe_url, span_href=span_href, kinds=KINDS)
    env.filters["date"] = lambda d: d.isoformat() if d else "undated"
    env.filters["pct"] = lambda x: f"{x * 100:.0f}%"
    return env


_JSON_TWINS = ("stories", "articles", "search", "failures")


def _render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    state: WebState = request.app.state.web
    path = request.url.path
    twin = None
    if status == 200 and path.split("/")[1] in _JSON_TWINS:
        twin = path + ".json" + (f"?{request.url.query}" if request.url.query else "")
    html = (
        _env()
        .get_template(template)
        .render(
            request_path=path,
            page_kind=template.split(".")[0],
            json_href=twin,
            allow_ingest=state.allow_ingest,
            location=display_location(state.location),
            **context,
        )
    )
    return HTMLResponse(html, status_code=status)


def wants_json(request: Request) -> bool:
    """The ``.json`` URL, or an Accept header preferring JSON to HTML."""
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "").lower()
    if "application/json" not in accept:
        return False
    if "text/html" not in accept:
        return True
    return accept.index("application/json") < accept.index("text/html")


def _secured(request: Request, response: Response) -> Response:
    """``response`` with the security and cache headers every response carries."""
    response.headers.setdefault("Content-Security-Policy", CSP)
    for key, value in SECURITY_HEADERS.items():
        response.headers.setdefault(key, value)
    if request.url.path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", "public, max-age=3600")
    else:
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def _error(request: Request, as_json: bool, status: int, title: str, what: str) -> Response:
    """``{"error": what}`` or the error page, with ``status``."""
    if as_json:
        return _json({"error": what}, status)
    return _render(request, "error.html.j2", status, title=title, message=what)


def _not_found(request: Request, as_json: bool, what: str) -> Response:
    return _error(request, as_json, 404, "Not found", what)


def _date_param(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


_View = TypeVar("_View", bound=Callable[..., Any])


def _get(app: FastAPI, *paths: str) -> Callable[[_View], _View]:
    """Route GET and HEAD of each path, in this order (a ``.json`` twin before its page), to
    the decorated view."""

    def register(view: _View) -> _View:
        for path in paths:
            app.api_route(path, methods=["GET", "HEAD"], include_in_schema=False)(view)
        return view

    return register


def _story(state: WebState, story_id: str) -> tuple[StorySummary, CachedDossier] | None:
    """The story's summary and (cached) dossier, or None when there is no such story."""
    with state.store() as store:
        summary = state.catalog(store).get(story_id)
        return None if summary is None else (summary, state.dossier(store, summary))


_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _attachment(name: str) -> str:
    return f'attachment; filename="{_SAFE_NAME.sub("_", name)[:120] or "dossier"}"'


# --------------------------------------------------------------------------- the app


def create_app(
    store_location: str,
    settings: Settings | None = None,
    allow_ingest: bool = False,
    *,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """The web app over the store at ``store_location`` (a SQLite file or postgresql:// URL).

    The store must exist (``StoreError`` otherwise).  ``allow_ingest`` adds the
    upload route; ``allowed_hosts`` (e.g. ``["127.0.0.1", "localhost"]``)
    refuses requests for other Host names (DNS rebinding).
    """
    settings = settings or Settings.from_env()
    with open_store(store_location, create=False, read_only=not allow_ingest):
        pass  # fail early, with the store's own message, when there is no crosswire store
    state = WebState(store_location, settings, allow_ingest)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=state.warm, name="crosswire-warm", daemon=True).start()
        yield

    app = FastAPI(
        title="crosswire",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.web = state
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    timeout = settings.request_timeout_s

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response
        if request.method == "POST" or timeout <= 0:  # an ingest takes as long as it takes
            response = await call_next(request)
        else:
            try:
                response = await asyncio.wait_for(call_next(request), timeout)
            except TimeoutError:
                what = f"the request took longer than {timeout:g} s (request_timeout_s)"
                response = _error(request, wants_json(request), 504, "Too slow", what)
        return _secured(request, response)

    @app.exception_handler(CrosswireError)
    async def crosswire_error(request: Request, exc: CrosswireError) -> Response:
        return _error(request, wants_json(request), 500, "Error", str(exc))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        # Starlette answers an unhandled exception outside every middleware (and then
        # re-raises it, so the server logs the traceback): the headers are set here
        what = "an internal error; the server log has the details"
        try:
            response = _error(request, wants_json(request), 500, "Error", what)
        except Exception:  # the error page itself failed: plain text
            response = Response(what, status_code=500, media_type="text/plain")
        return _secured(request, response)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        status = exc.status_code
        return _error(request, wants_json(request), status, str(status), str(exc.detail))

    static = Path(str(resources.files("crosswire.serve").joinpath("static")))
    app.mount("/static", StaticFiles(directory=static, follow_symlink=False), name="static")

    @_get(app, "/")
    def home() -> RedirectResponse:
        return RedirectResponse("/stories", status_code=307)

    # ------------------------------------------------------------------ stories
    @_get(app, "/stories.json", "/stories")
    def stories_page(request: Request) -> Response:
        state: WebState = request.app.state.web
        as_json = wants_json(request)
        q = request.query_params
        try:
            flt = StoryFilter(
                outlet=q.get("outlet") or None,
                since=_date_param(q.get("since"), "since"),
                until=_date_param(q.get("until"), "until"),
            )
            page = int(q.get("page") or 1)
        except ValueError as exc:
            return _error(request, as_json, 400, "Bad request", str(exc))
        with state.store() as store:
            catalog = state.catalog(store)
            selected = catalog.select(flt)
            pages = max(1, math.ceil(len(selected) / PAGE_SIZE))
            page = min(max(page, 1), pages)
            shown = selected[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
            # only the JSON lists each story's articles
            ids = [i for s in shown for i in s.article_ids] if as_json else []
            articles = {a.id: a for a in store.articles(ids)} if ids else {}
        if as_json:
            return _json(
                {
                    "filter": {
                        "outlet": flt.outlet,
                        "since": flt.since.isoformat() if flt.since else None,
                        "until": flt.until.isoformat() if flt.until else None,
                    },
                    "total": len(selected),
                    "page": page,
                    "pages": pages,
                    "stories": [
                        s.to_dict()
                        | {"articles": [articles[i].ref() for i in s.article_ids if i in articles]}
                        for s in shown
                    ],
                }
            )
        return _render(
            request,
            "stories.html.j2",
            title="Stories",
            catalog=catalog,
            stories=shown,
            total=len(selected),
            page=page,
            pages=pages,
            flt=flt,
            spark=lambda s: svg.sparkline(f"spark-{s.id}", s.per_day),
            overview=svg.sparkline(
                "spark-all", catalog.per_day, width=640, height=48, what="articles"
            ),
        )

    # ------------------------------------------------------------------ one story
    @_get(app, "/stories/{story_id}.json", "/stories/{story_id}")
    def story_page(request: Request, story_id: str) -> Response:
        as_json = wants_json(request)
        found = _story(request.app.state.web, story_id)
        if found is None:
            return _not_found(request, as_json, f"no story with id {story_id!r}")
        summary, cached = found
        if as_json:
            return _json(cached.data)
        flt = DossierFilter.from_query(request.query_params)
        return _render(
            request,
            "story.html.j2",
            title=cached.dossier.story.title,
            v=filter_view(cached.view, flt),
            flt=flt,
            sorts=SORTS,
            speakers=cached.view.speakers,
            d=cached.dossier,
            summary=summary,
            timeline_svg=cached.timeline_svg,
            coverage_svg=cached.coverage_svg,
            spark=svg.sparkline(f"spark-{summary.id}", summary.per_day, width=200, height=32),
        )

    @_get(app, "/stories/{story_id}/dossier.{fmt}")
    def story_export(request: Request, story_id: str, fmt: str) -> Response:
        if fmt not in ("json", "md", "html", "csv"):
            return _not_found(request, False, f"no export format {fmt!r}: json, md, html or csv")
        found = _story(request.app.state.web, story_id)
        if found is None:
            return _not_found(request, False, f"no story with id {story_id!r}")
        cached = found[1]
        headers = {"Content-Disposition": _attachment(f"{story_id}.{fmt}")}
        if fmt == "json":
            body = dumps(cached.data)
            return Response(body, media_type="application/json", headers=headers)
        if fmt == "md":
            return Response(
                render_markdown(cached.dossier), media_type="text/markdown", headers=headers
            )
        if fmt == "csv":  # the quotes and claims
            return Response(
                render_csv(cached.dossier), media_type="text/csv; charset=utf-8", headers=headers
            )
        headers["Content-Security-Policy"] = EXPORT_CSP
        return Response(render_html(cached.dossier), media_type="text/html", headers=headers)

    # ------------------------------------------------------------------ articles
    @_get(app, "/articles/{article_id}.json", "/articles/{article_id}")
    def article_page(request: Request, article_id: str) -> Response:
        state: WebState = request.app.state.web
        as_json = wants_json(request)
        with state.store() as store:
            article = store.article(article_id)
            if article is None:
                return _not_found(request, as_json, f"no article with id {article_id!r}")
            analysis = store.analyses([article_id]).get(article_id)
            catalog = state.catalog(store)
        story_id = catalog.story_of.get(article_id)
        summary = catalog.get(story_id) if story_id else None
        if as_json:
            return _json(
                {
                    "article": article_dict(article),
                    "story": story_id,
                    "findings": analysis_dict(analysis),
                }
            )
        marks = highlights(analysis)
        cuts = [s.end for s in analysis.sentences] if analysis else []
        return _render(
            request,
            "article.html.j2",
            title=article.title,
            a=article,
            url=safe_url(article.url),
            summary=summary,
            paras=paragraphs(article.text, marks, cuts, _lead_anchor(article, analysis)),
            counts=Counter(m.kind for m in marks),
            analysis=analysis,
        )

    # ------------------------------------------------------------------ search
    @_get(app, "/search.json", "/search")
    def search_page(request: Request) -> Response:
        state: WebState = request.app.state.web
        as_json = wants_json(request)
        query = (request.query_params.get("q") or "").strip()
        if len(query) > MAX_QUERY:
            what = f"the query is longer than {MAX_QUERY} characters"
            return _error(request, as_json, 400, "Bad request", what)
        control = next((c for c in query if _CONTROL.match(c)), None)
        if control is not None:
            what = f"the query holds a control character (U+{ord(control):04X}): remove it"
            return _error(request, as_json, 400, "Bad request", what)
        hits: list[dict[str, Any]] = []
        if query:
            with state.store() as store:
                found = store.search(query, limit=SEARCH_LIMIT)
                arts = {a.id: a for a in store.articles([aid for aid, _ in found])}
                catalog = state.catalog(store)
            for aid, snippet in found:
                a = arts.get(aid)
                if a is None:
                    continue
                sid = catalog.story_of.get(aid)
                summary = catalog.get(sid) if sid else None
                hits.append(
                    {
                        "article": aid,
                        "title": a.title,
                        "outlet": a.outlet,
                        "published": a.published.isoformat() if a.published else None,
                        "story": sid,
                        "story_title": summary.title if summary else None,
                        # JSON: plain text and hit offsets; the page: (text, is_hit) parts
                        "snippet": snippet_dict(snippet, query)
                        if as_json
                        else snippet_parts(snippet, query),
                    }
                )
        if as_json:
            return _json({"query": query, "hits": hits})
        return _render(request, "search.html.j2", title="Search", query=query, hits=hits)

    # ------------------------------------------------------------------ failures
    @_get(app, "/failures.json", "/failures")
    def failures_page(request: Request) -> Response:
        state: WebState = request.app.state.web
        with state.store() as store:
            rows = store.failures()
        if wants_json(request):
            return _json(
                {"failures": [{"path": f.path, "reason": f.reason, "stage": f.stage} for f in rows]}
            )
        return _render(request, "failures.html.j2", title="Failures", failures=rows)

    if allow_ingest:
        _add_ingest_routes(app)
    return app


# --------------------------------------------------------------------------- ingest

_UPLOAD_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _upload_name(raw: str) -> str:
    """A safe file name for an upload: its last path part, plain characters, a kept suffix."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = _UPLOAD_NAME.sub("_", name).lstrip(".")[:120]
    return name or "upload.txt"


def _add_ingest_routes(app: FastAPI) -> None:
    @_get(app, "/ingest")
    def ingest_form(request: Request) -> Response:
        return _render(request, "ingest.html.j2", title="Add articles")

    @app.post("/ingest", include_in_schema=False)
    async def ingest_upload(request: Request) -> Response:
        """One file per request, as the raw body (``Content-Type: application/octet-stream``).

        That content type is not one a cross-site form can send without a CORS
        preflight, which this app never answers: other sites cannot post here.
        """
        state: WebState = request.app.state.web
        if request.headers.get("content-type", "").split(";")[0].strip() != (
            "application/octet-stream"
        ):
            return _json({"error": "send the file as application/octet-stream"}, 415)
        origin = request.headers.get("origin")
        if origin and origin.rstrip("/") != f"{request.url.scheme}://{request.url.netloc}":
            return _json({"error": "cross-origin uploads are refused"}, 403)
        name = _upload_name(request.query_params.get("filename") or "upload.txt")
        limit = state.settings.max_file_bytes
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                return _json({"error": f"the file is larger than {limit} bytes"}, 413)
        report = await run_in_threadpool(_ingest_bytes, state, name, bytes(body))
        return _json(report)


def _ingest_bytes(state: WebState, name: str, data: bytes) -> dict[str, Any]:
    from .. import api

    with state._ingest_lock, tempfile.TemporaryDirectory(prefix="crosswire-upload-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        settings = state.settings.replace(db=state.location)
        report = api.ingest([path], settings=settings)
        state.invalidate()
        return {
            "file": name,
            "ingested": report.ingested,
            "duplicates": report.duplicates,
            "failed": report.failed,
            "failures": [
                {
                    "path": f.path.replace(str(tmp), "upload"),
                    "reason": f.reason.replace(tmp, "upload"),
                }
                for f in report.failures
            ],
            "stories": report.stories,
        }


def _lead_anchor(article: Article, analysis: Analysis | None) -> list[tuple[int, int]]:
    """The article's lead sentence, which a story summary may link to."""
    span = lead_sentence(article, analysis)
    return [span] if span else []
