"""The web app over a real ingest: the demo corpus plus hostile articles (spaCy, encoder)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import assert_safe_html, visible_text

from crosswire import api
from crosswire.report import dossier_json
from crosswire.serve import create_app
from crosswire.settings import Settings
from crosswire.store import open_store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def site(web_demo_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(web_demo_db), Settings())) as c:
        yield c


def test_story_json_is_what_the_api_builds(site: TestClient, web_demo_db: Path) -> None:
    stories = site.get("/stories.json").json()["stories"]
    main = max(stories, key=lambda s: s["article_count"])
    with open_store(str(web_demo_db), create=False) as store:
        expected = dossier_json(api.dossiers(store, main["id"], settings=Settings()))[0]
    assert site.get(f"/stories/{main['id']}.json").json() == expected


def test_every_page_of_the_real_store_is_safe(site: TestClient) -> None:
    stories = site.get("/stories.json").json()["stories"]
    assert len(stories) >= 3
    urls = ["/stories", "/search?q=Zyxquartz", "/search?q=script", "/failures"]
    for s in stories:
        urls.append(f"/stories/{s['id']}")
        urls += [f"/articles/{a['id']}" for a in s["articles"]]
    for url in urls:
        r = site.get(url)
        assert r.status_code == 200, url
        assert_safe_html(r.text)


def test_hostile_articles_are_a_story_shown_as_text(site: TestClient) -> None:
    hits = site.get("/search.json?q=Zyxquartz").json()["hits"]
    assert len(hits) == 3
    story_ids = {h["story"] for h in hits}
    assert len(story_ids) == 1
    page = site.get(f"/stories/{story_ids.pop()}").text
    shown = visible_text(page)
    assert "Velmora <img src=x onerror=\"window.__xss='outlet'\">Courier" in shown
    assert "<script>window.__xss='title'</script>" in shown
    assert "javascript:window.__xss='url'" in shown  # the URL as text, not a link
    assert 'href="javascript:' not in page


def test_demo_story_page_shows_conflicts_and_diffs(site: TestClient) -> None:
    stories = site.get("/stories.json").json()["stories"]
    main = max(stories, key=lambda s: s["article_count"])
    data = site.get(f"/stories/{main['id']}.json").json()
    page = site.get(f"/stories/{main['id']}").text
    conflicts = [c for c in data["claims"] if c["status"] == "conflict"]
    assert conflicts
    assert page.count('<tbody class="claim status-conflict"') == len(conflicts)
    assert page.count('class="mark conflict"') == sum(  # a mark per event and article
        len({s["article"] for s in t["sources"]}) for t in data["timeline"] if t["conflict"]
    )
    multi = [g for g in data["quotes"] if len({r["article"] for r in g["renderings"]}) > 1]
    assert page.count('<article class="quote-group multi"') == len(multi)
    assert '<ins class="diff">' in page
