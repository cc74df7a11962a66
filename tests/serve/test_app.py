"""HTTP-level tests of every route and its JSON twin, on a hand-written hostile store."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from web_helpers import (
    BAD_URLS,
    NO_ENCODER,
    OUTLET_EVIL,
    SPEAKER,
    TITLE_EVIL,
    XSS,
    HostileStore,
    assert_safe_html,
    parse_html,
    visible_text,
    write_hostile_store,
)

import crosswire.api as api_module
from crosswire import api
from crosswire.errors import StoreError
from crosswire.link import build_dossier
from crosswire.model import Analysis, Article, Story
from crosswire.report import validate_dossier
from crosswire.serve import app as app_module
from crosswire.serve import create_app
from crosswire.store import open_store


def esc(text: str) -> str:
    """``text`` as the templates write it (Jinja autoescape)."""
    return str(escape(text))


def pages(hs: HostileStore) -> list[str]:
    """Every HTML page of the hostile store."""
    return [
        "/stories",
        "/stories?outlet=Karsk+Tribune",
        f"/stories/{hs.story}",
        f"/stories/{hs.old_story}",
        *(f"/articles/{a.id}" for a in hs.articles),
        "/search?q=crate",
        "/search?q=script",
        "/failures",
    ]


def built_dossier(hs: HostileStore, story_id: str) -> dict[str, object]:
    """The story's dossier as ``api.dossiers`` builds it (the JSON contract)."""
    with open_store(str(hs.path), create=False) as store:
        return api.dossiers(store, story_id, settings=NO_ENCODER)[0].to_dict()


# --------------------------------------------------------------------------- every route


def test_home_redirects_to_stories(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307
    assert r.headers["location"] == "/stories"


@pytest.mark.parametrize("kind", ["suffix", "accept"])
def test_every_page_has_a_json_twin(
    client: TestClient, hostile_store: HostileStore, kind: str
) -> None:
    for url in pages(hostile_store):
        page = client.get(url)
        assert page.status_code == 200, url
        assert page.headers["content-type"].startswith("text/html")
        if kind == "suffix":
            path, _, query = url.partition("?")
            twin = client.get(f"{path}.json" + (f"?{query}" if query else ""))
        else:
            twin = client.get(url, headers={"Accept": "application/json"})
        assert twin.status_code == 200, url
        assert twin.headers["content-type"] == "application/json"
        assert isinstance(twin.json(), dict)


def test_browser_accept_header_gets_html(client: TestClient) -> None:
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.8"
    r = client.get("/stories", headers={"Accept": accept})
    assert r.headers["content-type"].startswith("text/html")


def test_html_pages_link_their_json_twin(client: TestClient, hostile_store: HostileStore) -> None:
    r = client.get(f"/stories/{hostile_store.story}")
    assert f'href="/stories/{hostile_store.story}.json"' in r.text


def test_stories_newest_first_with_counts_outlets_and_dates(
    client: TestClient, hostile_store: HostileStore
) -> None:
    data = client.get("/stories.json").json()
    assert data["total"] == 2
    ids = [s["id"] for s in data["stories"]]
    assert ids == [hostile_store.story, hostile_store.old_story]
    karsk = data["stories"][0]
    assert karsk["article_count"] == 3
    assert sorted(karsk["outlets"]) == sorted(a.outlet for a in hostile_store.articles[:3])
    assert (karsk["first"], karsk["last"]) == ("2026-03-10", "2026-03-11")
    assert karsk["per_day"] == [
        {"date": "2026-03-10", "articles": 1},
        {"date": "2026-03-11", "articles": 2},
    ]
    # the `crosswire stories --format json` fields are there too
    assert {a["id"] for a in karsk["articles"]} == {a.id for a in hostile_store.articles[:3]}
    assert set(karsk["articles"][0]) == {
        "id",
        "path",
        "url",
        "outlet",
        "outlet_inferred",
        "published",
    }
    page = client.get("/stories").text
    assert page.index(f"/stories/{hostile_store.story}") < page.index(
        f"/stories/{hostile_store.old_story}"
    )


def test_stories_sparkline_has_a_text_alternative(
    client: TestClient, hostile_store: HostileStore
) -> None:
    doc = client.get("/stories").text
    m = re.search(rf'<svg[^>]*id="spark-{hostile_store.story}"[^>]*>', doc)
    assert m and 'role="img"' in m.group(0)
    assert "3 articles from 2026-03-10 to 2026-03-11" in doc


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("outlet=Karsk+Tribune", ["s-karsk-museum"]),
        ("outlet=Ostrel+Post", ["s-ostrel-strike"]),
        ("outlet=Nobody", []),
        ("since=2026-01-01", ["s-karsk-museum"]),
        ("until=2025-12-31", ["s-ostrel-strike"]),
        ("since=2026-03-11&until=2026-03-11", ["s-karsk-museum"]),
        ("since=2026-03-12", []),
    ],
)
def test_stories_filters(client: TestClient, query: str, expected: list[str]) -> None:
    data = client.get(f"/stories.json?{query}").json()
    assert [s["id"] for s in data["stories"]] == expected
    page = client.get(f"/stories?{query}").text
    for sid in ("s-karsk-museum", "s-ostrel-strike"):
        assert (f'href="/stories/{sid}"' in page) == (sid in expected)


def test_bad_filter_is_a_400_with_the_reason(client: TestClient) -> None:
    r = client.get("/stories?since=yesterday")
    assert r.status_code == 400
    assert "YYYY-MM-DD" in r.text
    assert client.get("/stories.json?page=x").status_code == 400


def test_story_json_is_the_validated_dossier_contract(
    client: TestClient, hostile_store: HostileStore
) -> None:
    data = client.get(f"/stories/{hostile_store.story}.json").json()
    validate_dossier(data, {a.id: a.text for a in hostile_store.articles})
    assert data == json.loads(json.dumps(built_dossier(hostile_store, hostile_store.story)))


def test_story_page_shows_every_part_of_the_dossier(
    client: TestClient, hostile_store: HostileStore
) -> None:
    d = built_dossier(hostile_store, hostile_store.story)
    page = client.get(f"/stories/{hostile_store.story}").text
    for section in (
        "entities",
        "quotes",
        "claims",
        "timeline",
        "coverage",
        "provenance",
        "articles",
    ):
        assert f'<section id="{section}"' in page
    # quote groups side by side, the reference and the differing words marked
    groups = [g for g in d["quotes"] if len(g["renderings"]) > 1]  # type: ignore[union-attr]
    assert groups, "the hostile story should have a quote rendered by several outlets"
    for g in groups:
        assert f'id="quote-{g["id"]}"' in page
        for r in g["renderings"]:
            assert f'href="/articles/{r["article"]}#span-{r["start"]}-{r["end"]}"' in page
    assert '<ins class="diff">' in page
    # claims: conflicts stand out, every value linked to its span
    conflicts = [c for c in d["claims"] if c["status"] == "conflict"]  # type: ignore[index]
    assert conflicts
    for c in conflicts:
        assert f'<tbody class="claim status-conflict" id="claim-{c["id"]}">' in page
        for v in c["values"]:
            assert f'#span-{v["start"]}-{v["end"]}"' in page
    assert "⚠ conflict" in page
    # plots with text alternatives
    for plot in ("timeline", "coverage"):
        m = re.search(rf'<svg[^>]*id="{plot}-{hostile_store.story}"[^>]*>', page)
        assert m and 'role="img"' in m.group(0)
        assert f'<title id="{plot}-{hostile_store.story}-title">' in page
        assert f'<desc id="{plot}-{hostile_store.story}-desc">' in page
    # timeline marks link to each source span
    for t in d["timeline"]:  # type: ignore[union-attr]
        for s in t["sources"]:
            assert f'href="/articles/{s["article"]}#span-{s["start"]}-{s["end"]}"' in page
    # reused passages: the pairs joined, each copy linked to its span
    assert d["reuse"], "the hostile story should share a wire sentence between outlets"
    reuse = page[page.index('<ul class="reuse">') :]
    reuse = reuse[: reuse.index("</ul>")]
    copies = {(s["article"], s["start"], s["end"]) for r in d["reuse"] for s in (r["a"], r["b"])}  # type: ignore[union-attr]
    for article, start, end in copies:
        assert f'href="/articles/{article}#span-{start}-{end}"' in reuse
    assert reuse.count("<li>") < len(d["reuse"])  # type: ignore[arg-type]
    # the summary: a lead sentence, linked to its anchor on the article page
    summary = d["story"]["summary"]  # type: ignore[index]
    assert summary is not None
    href = f"/articles/{summary['article']}#span-{summary['start']}-{summary['end']}"
    assert '<p class="synopsis">' in page and f'href="{href}"' in page
    article_page = client.get(f"/articles/{summary['article']}").text
    assert f'id="span-{summary["start"]}-{summary["end"]}"' in article_page
    # provenance, hedges, downloads
    assert "could not be independently verified" in page
    for fmt in ("json", "md", "html"):
        assert f'href="/stories/{hostile_store.story}/dossier.{fmt}"' in page


def test_entities_show_which_outlet_used_which_spelling(
    client: TestClient, hostile_store: HostileStore
) -> None:
    page = client.get(f"/stories/{hostile_store.story}").text
    row = page[page.index('<section id="entities"') : page.index('<section id="quotes"')]
    assert esc(SPEAKER) in row
    assert "Karsk Tribune" in row


def test_exports_download(client: TestClient, hostile_store: HostileStore) -> None:
    sid = hostile_store.story
    r = client.get(f"/stories/{sid}/dossier.json")
    assert r.headers["content-disposition"] == f'attachment; filename="{sid}.json"'
    validate_dossier(r.json(), {a.id: a.text for a in hostile_store.articles})
    md = client.get(f"/stories/{sid}/dossier.md")
    assert md.headers["content-type"].startswith("text/markdown")
    assert "Karsk" in md.text
    h = client.get(f"/stories/{sid}/dossier.html")
    assert h.headers["content-disposition"].startswith("attachment")
    assert "sandbox" in h.headers["content-security-policy"]
    assert_safe_html(h.text.replace("<style>", "<div>").replace("</style>", "</div>"))
    assert client.get(f"/stories/{sid}/dossier.exe").status_code == 404


def test_unknown_things_are_404_in_both_forms(client: TestClient) -> None:
    for url in ("/stories/nope", "/articles/nope", "/stories/nope/dossier.json"):
        r = client.get(url)
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("text/html")
    for url in ("/stories/nope.json", "/articles/nope.json", "/no/such/route.json"):
        r = client.get(url)
        assert r.status_code == 404
        assert "error" in r.json()


def test_article_view_highlights_every_finding_at_its_span(
    client: TestClient, hostile_store: HostileStore
) -> None:
    for a in hostile_store.articles:
        page = client.get(f"/articles/{a.id}").text
        analysis = hostile_store.analyses[a.id]
        findings = [*analysis.mentions, *analysis.quotes, *analysis.claims, *analysis.times,
                    *analysis.credits, *analysis.hedges]  # fmt: skip
        for f in findings:
            assert f'id="span-{f.start}-{f.end}"' in page
        # the pieces cover the clean text exactly, paragraph breaks aside
        doc = parse_html(
            page[
                page.index('<div class="article-text"') : page.index(
                    "</div>", page.index('<div class="article-text"')
                )
            ]
        )
        pieces = [(dict(attrs)) for tag, attrs in doc.tags if "data-s" in dict(attrs)]
        covered = "".join(a.text[int(p["data-s"]) : int(p["data-e"])] for p in pieces)  # type: ignore[arg-type]
        assert covered == "".join(re.split(r"\n\s*\n", a.text))
        assert "".join(doc.text).replace("\n", "") == covered.replace("\n", "")


def test_article_json_has_text_story_and_findings(
    client: TestClient, hostile_store: HostileStore
) -> None:
    a = hostile_store.articles[0]
    data = client.get(f"/articles/{a.id}.json").json()
    assert data["article"]["text"] == a.text
    assert data["article"]["title"] == a.title
    assert data["story"] == hostile_store.story
    quotes = data["findings"]["quotes"]
    assert [(q["start"], q["end"], q["speaker"]) for q in quotes] == [
        (q.start, q.end, q.speaker) for q in hostile_store.analyses[a.id].quotes
    ]


def test_search_escapes_then_marks_hits(client: TestClient, hostile_store: HostileStore) -> None:
    data = client.get("/search.json?q=crate").json()
    assert {h["article"] for h in data["hits"]} == {a.id for a in hostile_store.articles[:3]}
    for h in data["hits"]:
        assert h["story"] == hostile_store.story
        text, marks = h["snippet"]["text"], h["snippet"]["marks"]
        assert marks and all(text[s:e].casefold() == "crate" for s, e in marks)
        assert "[on time]" in text  # the article's own brackets are not a hit
    page = client.get("/search?q=crate").text
    assert "<mark>crate</mark>" in page
    assert "[on time]" in page
    assert "Ilse Brandt<svg" in visible_text(page)
    assert_safe_html(page)


def test_search_without_query_and_with_a_huge_one(client: TestClient) -> None:
    assert client.get("/search.json").json() == {"query": "", "hits": []}
    assert client.get("/search?q=").status_code == 200
    assert client.get("/search.json?q=" + "a" * 500).status_code == 400


def test_failures_page(client: TestClient) -> None:
    data = client.get("/failures.json").json()
    assert data["failures"][0]["path"] == f"/in/{XSS['img']}.html"
    page = client.get("/failures").text
    assert esc(f"/in/{XSS['img']}.html") in page
    assert_safe_html(page)


# --------------------------------------------------------------------------- security


def test_no_page_carries_unescaped_article_content(
    client: TestClient, hostile_store: HostileStore
) -> None:
    for url in pages(hostile_store):
        page = client.get(url).text
        assert_safe_html(page)
        for payload in XSS.values():
            assert payload not in page, (url, payload)
        assert OUTLET_EVIL not in page
        for bad in BAD_URLS:
            assert f'href="{bad}' not in page


def test_hostile_text_is_shown_escaped(client: TestClient, hostile_store: HostileStore) -> None:
    story = client.get(f"/stories/{hostile_store.story}").text
    article = client.get(f"/articles/{hostile_store.articles[0].id}").text
    for payload in XSS.values():
        assert payload in visible_text(article)  # as text
    for key in ("img", "svg", "attr", "script"):  # in a quote, a speaker, a source, the title
        assert XSS[key] in visible_text(story)
    assert OUTLET_EVIL in visible_text(story) and esc(OUTLET_EVIL) in story
    assert TITLE_EVIL in visible_text(article) and esc(TITLE_EVIL) in article
    # a javascript: URL is shown as text, never as a link
    assert BAD_URLS[0] in visible_text(story)
    assert 'href="https://karsk-tribune.example/museum" rel="noopener noreferrer"' in story


def test_security_headers_on_every_response(
    client: TestClient, hostile_store: HostileStore
) -> None:
    for url in [*pages(hostile_store), "/stories.json", "/static/app.css", "/nope"]:
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize(
    "url",
    [
        "/static/../../../../etc/passwd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2fapp.py",
        "/static/../app.py",
        "/static//etc/passwd",
    ],
)
def test_static_files_only_from_the_package(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert "root:" not in r.text and "def create_app" not in r.text


def test_static_assets_are_served(client: TestClient) -> None:
    assert "mark.k-quote" in client.get("/static/app.css").text
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js and "eval(" not in js


def test_read_only_by_default(client: TestClient) -> None:
    assert client.get("/ingest").status_code == 404
    r = client.post("/ingest?filename=a.txt", content=b"text",
                    headers={"content-type": "application/octet-stream"})  # fmt: skip
    assert r.status_code in (404, 405)
    assert 'href="/ingest"' not in client.get("/stories").text


def test_a_missing_store_is_refused_at_start(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        create_app(str(tmp_path / "none.db"), NO_ENCODER)
    assert not (tmp_path / "none.db").exists()


def test_allowed_hosts_refuse_other_host_names(hostile_store: HostileStore) -> None:
    app = create_app(str(hostile_store.path), NO_ENCODER, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        assert c.get("/stories").status_code == 200
        assert c.get("/stories", headers={"host": "rebound.example"}).status_code == 400


# --------------------------------------------------------------------------- ingest route


@pytest.fixture
def ingest_client(tmp_path: Path, hostile_store: HostileStore) -> TestClient:
    db = tmp_path / "copy.db"
    shutil.copy(hostile_store.path, db)
    return TestClient(create_app(str(db), NO_ENCODER, allow_ingest=True))


def test_ingest_refuses_forms_and_other_origins(ingest_client: TestClient) -> None:
    assert ingest_client.get("/ingest").status_code == 200
    form = ingest_client.post("/ingest", data={"x": "y"})
    assert form.status_code == 415
    foreign = ingest_client.post(
        "/ingest?filename=a.txt",
        content=b"x",
        headers={"content-type": "application/octet-stream", "origin": "https://evil.example"},
    )
    assert foreign.status_code == 403


def test_upload_names_cannot_leave_the_upload_folder() -> None:
    assert app_module._upload_name("../../etc/passwd") == "passwd"
    assert app_module._upload_name("..\\..\\boot.ini") == "boot.ini"
    assert app_module._upload_name("....") == "upload.txt"
    assert app_module._upload_name("a b<script>.html") == "a_b_script_.html"


@pytest.mark.model
def test_ingest_route_adds_an_article(ingest_client: TestClient) -> None:
    text = (
        "Ferry service resumes in Lisk\n\n"
        "LISK, March 12 — The ferry between Lisk and Amberfall ran again on Thursday after "
        'a week of storms, the harbour office said. "We are glad to be back," said captain '
        "Oskar Feld.\n"
    )
    r = ingest_client.post(
        "/ingest?filename=../ferry.txt",
        content=text.encode(),
        headers={"content-type": "application/octet-stream", "origin": "http://testserver"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["ingested"] == 1 and r.json()["file"] == "ferry.txt"
    titles = [s["title"] for s in ingest_client.get("/stories.json").json()["stories"]]
    assert any("Ferry" in t for t in titles)
    again = ingest_client.post(
        "/ingest?filename=ferry.txt", content=text.encode(),
        headers={"content-type": "application/octet-stream"},
    )  # fmt: skip
    assert again.json()["duplicates"] == 1


# --------------------------------------------------------------------------- caching


def test_dossiers_are_cached_until_the_story_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hs = write_hostile_store(tmp_path / "cache.db")
    calls: list[str] = []

    def counting(story: Story, *args: object, **kwargs: object) -> object:
        calls.append(story.id)
        return build_dossier(story, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(api_module, "build_dossier", counting)
    monkeypatch.setattr(app_module, "CATALOG_REFRESH_S", 0.0)
    c = TestClient(create_app(str(hs.path), NO_ENCODER))
    c.get(f"/stories/{hs.story}")
    c.get(f"/stories/{hs.story}.json")
    c.get(f"/stories/{hs.story}/dossier.md")
    assert calls == [hs.story]
    # a new article joins the story: the catalogue and the dossier are rebuilt
    text = "KARSK — Visitors kept coming to the Karsk museum on Tuesday, staff said."
    extra = Article.create(text, "More visitors in Karsk", outlet="Karsk Echo")
    with open_store(str(hs.path)) as store:
        store.save(extra, Analysis(article=extra.id))
        story = next(s for s in store.stories() if s.id == hs.story)
        others = [s for s in store.stories() if s.id != hs.story]
        store.replace_stories(
            [Story(story.id, story.title, (*story.article_ids, extra.id)), *others]
        )
    data = c.get(f"/stories/{hs.story}.json").json()
    assert calls == [hs.story, hs.story]
    assert extra.id in {a["id"] for a in data["story"]["articles"]}
    assert client_story_count(c, hs.story) == 4


def client_story_count(c: TestClient, story_id: str) -> int:
    data = c.get("/stories.json").json()
    return next(s["article_count"] for s in data["stories"] if s["id"] == story_id)


def test_a_slow_request_is_answered_with_an_error(
    hostile_store: HostileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(1.0)
        return build_dossier(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(api_module, "build_dossier", slow)
    app = create_app(str(hostile_store.path), NO_ENCODER.replace(request_timeout_s=0.2))
    with TestClient(app) as c:
        r = c.get(f"/stories/{hostile_store.story}.json")
        assert r.status_code == 504
        assert "request_timeout_s" in r.json()["error"]
        assert c.get("/stories.json").status_code == 200


def test_pages_of_stories(hostile_store: HostileStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "PAGE_SIZE", 1)
    c = TestClient(create_app(str(hostile_store.path), NO_ENCODER))
    first, second = c.get("/stories.json").json(), c.get("/stories.json?page=2").json()
    assert (first["pages"], first["page"], second["page"]) == (2, 1, 2)
    assert [s["id"] for s in first["stories"] + second["stories"]] == [
        hostile_store.story,
        hostile_store.old_story,
    ]
    assert c.get("/stories.json?page=99").json()["page"] == 2
    page = c.get("/stories?outlet=&page=1").text
    assert 'rel="next" href="/stories?outlet=&amp;since=&amp;until=&amp;page=2"' in page


def test_head_requests(client: TestClient, hostile_store: HostileStore) -> None:
    for url in ("/stories", f"/stories/{hostile_store.story}", "/static/app.js"):
        r = client.head(url)
        assert r.status_code == 200 and r.content == b""


def test_concurrent_views_build_a_dossier_once(
    hostile_store: HostileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    calls: list[str] = []

    def slow(story: Story, *args: object, **kwargs: object) -> object:
        calls.append(story.id)
        time.sleep(0.3)
        return build_dossier(story, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(api_module, "build_dossier", slow)
    c = TestClient(create_app(str(hostile_store.path), NO_ENCODER))
    codes: list[int] = []
    threads = [
        threading.Thread(
            target=lambda: codes.append(c.get(f"/stories/{hostile_store.story}").status_code)
        )
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [200, 200, 200]
    assert calls == [hostile_store.story]
