"""The web app in a real browser (Debian's Chromium through Playwright).

The store holds the demo corpus and the hostile articles of
tests/serve/hostile_articles; each test takes screenshots into the artifacts
folder (see conftest.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.model]
expect = pytest.importorskip("playwright.sync_api").expect

HOSTILE_WORD = "Zyxquartz"


def _stories(page: Any) -> list[dict[str, Any]]:
    return list(page.request.get("/stories.json").json()["stories"])


def _main_story(page: Any) -> dict[str, Any]:
    return max(_stories(page), key=lambda s: s["article_count"])


def _quiet(watch: Any) -> None:
    """Nothing ran that should not have: no dialog, no script error or CSP report, no
    request leaving the app."""
    assert watch.dialogs == []
    assert watch.errors == []
    assert watch.foreign_requests() == []


def _in_viewport(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return bool(box) and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= size["height"]


def test_story_page_shows_quote_diff_conflicts_and_plots(
    page: Any, watch: Any, artifacts: Path
) -> None:
    story = _main_story(page)
    data = page.request.get(f"/stories/{story['id']}.json").json()
    page.goto(f"/stories/{story['id']}")
    expect(page.locator("h1")).to_have_text(data["story"]["title"])

    # quotes side by side, the words that differ highlighted
    multi = page.locator(".quote-group.multi")
    expect(multi.first).to_be_visible()
    assert multi.count() == sum(
        1 for g in data["quotes"] if len({r["article"] for r in g["renderings"]}) > 1
    )
    first_group = multi.first.locator(".rendering")
    assert first_group.count() >= 2
    boxes = [first_group.nth(i).bounding_box() for i in range(2)]
    assert boxes[0]["y"] == boxes[1]["y"] and boxes[0]["x"] < boxes[1]["x"]  # side by side
    expect(page.locator("ins.diff").first).to_be_visible()
    page.goto(f"/stories/{story['id']}#quotes")
    page.screenshot(path=str(artifacts / "story-quotes.png"))

    # claims: the conflicting ones stand out
    conflicts = [c for c in data["claims"] if c["status"] == "conflict"]
    rows = page.locator("tbody.claim.status-conflict")
    assert conflicts and rows.count() == len(conflicts)
    expect(rows.first).to_be_visible()
    expect(rows.first.locator(".status.conflict")).to_have_text("⚠ conflict")
    colour = rows.first.evaluate("e => getComputedStyle(e).backgroundColor")
    plain = page.locator("tbody.claim.status-single").first.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    assert colour != plain

    # the plots are drawn, sized and described
    timeline = page.locator(f"svg#timeline-{story['id']}")
    expect(timeline).to_be_visible()
    assert timeline.bounding_box()["width"] > 300
    # one numbered mark per event and article reporting it
    per_article = [len({s["article"] for s in t["sources"]}) for t in data["timeline"]]
    assert timeline.locator("a.plot-link").count() == sum(per_article)
    assert timeline.locator(".mark.conflict").count() == sum(
        n for n, t in zip(per_article, data["timeline"], strict=True) if t["conflict"]
    )
    assert "dated events" in timeline.locator("desc").text_content()
    coverage = page.locator(f"svg#coverage-{story['id']}")
    expect(coverage).to_be_visible()
    columns = len(data["quotes"]) + len(data["claims"]) + len(data["timeline"])
    assert coverage.locator("rect.cell").count() == columns * len(data["story"]["articles"])
    page.locator("#timeline").screenshot(path=str(artifacts / "story-timeline.png"))
    page.locator("#coverage").screenshot(path=str(artifacts / "story-coverage.png"))
    page.screenshot(path=str(artifacts / "story-full.png"), full_page=True)
    _quiet(watch)


def test_clicking_a_quote_lands_on_the_highlighted_span(
    page: Any, watch: Any, artifacts: Path
) -> None:
    story = _main_story(page)
    page.goto(f"/stories/{story['id']}")
    link = page.locator(".quote-group.multi .rendering .quote-link").nth(1)
    href = link.get_attribute("href")
    assert href and href.startswith("/articles/") and "#span-" in href
    article_id = href.split("/")[2].split("#")[0]
    start, end = (int(x) for x in href.split("#span-")[1].split("-"))
    text = page.request.get(f"/articles/{article_id}.json").json()["article"]["text"]
    link.click()
    page.wait_for_url(f"**{href}")
    target = page.locator("#text .is-target")
    expect(target.first).to_be_visible()
    assert "".join(target.all_text_contents()) == text[start:end]
    assert _in_viewport(page, target.first)
    outline = target.first.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"
    expect(page.locator("#target-status")).to_contain_text(f"{start}–{end}")
    page.screenshot(path=str(artifacts / "article-span.png"))

    # the findings list of the article jumps within the page too
    other = page.locator(".findings a[href^='#span-']").first
    other_href = other.get_attribute("href")
    other.click()
    s2, e2 = (int(x) for x in other_href.split("#span-")[1].split("-"))
    expect(page.locator("#text .is-target").first).to_be_visible()
    assert "".join(page.locator("#text .is-target").all_text_contents()) == text[s2:e2]
    _quiet(watch)


def test_search_shows_highlighted_snippets(page: Any, watch: Any, artifacts: Path) -> None:
    page.goto("/stories")
    page.get_by_label("Search all articles").fill("Qahtani")
    page.get_by_label("Search all articles").press("Enter")
    page.wait_for_url("**/search?q=Qahtani")
    hits = page.locator(".hit")
    expect(hits.first).to_be_visible()
    assert hits.count() >= 3
    marks = page.locator(".snippet mark")
    assert marks.count() >= hits.count()
    assert {m.casefold() for m in marks.all_text_contents()} == {"qahtani"}
    expect(page.locator("#hit-count")).to_contain_text(f"{hits.count()} articles found")
    page.screenshot(path=str(artifacts / "search.png"))
    hits.first.locator("a.hit-title").click()
    expect(page.locator("#text")).to_contain_text("Qahtani")
    _quiet(watch)


def test_stories_filter_by_outlet(page: Any, watch: Any, artifacts: Path) -> None:
    page.goto("/stories")
    total = page.locator(".story-item").count()
    assert total >= 3
    outlet = _main_story(page)["outlets"][0]
    page.get_by_label("Outlet").select_option(outlet)
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/stories?outlet=*")
    items = page.locator(".story-item")
    assert 1 <= items.count() < total
    for i in range(items.count()):
        expect(items.nth(i).locator(".outlets")).to_contain_text(outlet)
    expect(page.locator("svg.spark").first).to_be_visible()
    page.screenshot(path=str(artifacts / "stories-filtered.png"))
    _quiet(watch)


def test_legend_toggles_a_kind_of_highlight(page: Any, watch: Any) -> None:
    story = _main_story(page)
    page.goto(f"/articles/{story['articles'][0]['id']}")
    claim = page.locator("#text mark.k-claim").first
    before = claim.evaluate("e => getComputedStyle(e).backgroundColor")
    page.get_by_label("claims", exact=False).uncheck()
    after = claim.evaluate("e => getComputedStyle(e).backgroundColor")
    assert before != after
    _quiet(watch)


def test_hostile_articles_never_run(page: Any, watch: Any, artifacts: Path) -> None:
    hits = page.request.get(f"/search.json?q={HOSTILE_WORD}").json()["hits"]
    assert len(hits) == 3
    story_id = hits[0]["story"]
    urls = [
        "/stories",
        f"/stories/{story_id}",
        *(f"/articles/{h['article']}" for h in hits),
        f"/search?q={HOSTILE_WORD}",
        "/search?q=script",
    ]
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("load")
        # hover and click over what holds hostile text (handlers would fire here)
        for sel in ("blockquote", "mark", "td", ".snippet", "h1"):
            loc = page.locator(sel)
            for i in range(min(loc.count(), 5)):
                if loc.nth(i).is_visible():
                    loc.nth(i).hover()
        assert page.evaluate("typeof window.__xss") == "undefined", url
        scripts = page.evaluate("[...document.scripts].map(s => s.src)")
        assert scripts == [f"{watch.origin}/static/app.js"], url
        handlers = page.evaluate(
            "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
            ".filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))"
        )
        assert handlers == [], url
        assert page.locator("iframe, img, object, embed").count() == 0, url
    page.goto(f"/stories/{story_id}")
    expect(page.locator("body")).to_contain_text("<script>window.__xss='title'</script>")
    page.screenshot(path=str(artifacts / "hostile-story.png"), full_page=True)
    _quiet(watch)


def test_upload_on_the_ingest_page(
    browser: Any, web_demo_db: Path, tmp_path: Path, artifacts: Path, serving: Any
) -> None:
    import shutil

    from crosswire.serve import create_app
    from crosswire.settings import Settings

    db = tmp_path / "ingest.db"
    shutil.copy(web_demo_db, db)
    article = tmp_path / "lisk-ferry.txt"
    article.write_text(
        "Ferry to Amberfall sails again from Lisk\nOutlet: Lisk Herald\nPublished: 2026-04-20\n\n"
        "LISK, April 20 — The ferry between Lisk and Amberfall sailed again on Monday after "
        'a week of storms, the harbour office said. "We are glad to be back," said captain '
        "Oskar Feld.\n",
        encoding="utf-8",
    )
    with serving(create_app(str(db), Settings(), allow_ingest=True)) as url:
        context = browser.new_context(base_url=url)
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto("/stories")
        page.get_by_role("link", name="Add articles").click()
        page.set_input_files("#ingest-files", str(article))
        page.get_by_role("button", name="Ingest").click()
        expect(page.locator("#ingest-log")).to_contain_text("lisk-ferry.txt: 1 ingested")
        expect(page.locator("#ingest-log")).to_contain_text("Done.")
        page.screenshot(path=str(artifacts / "ingest.png"))
        page.goto("/stories")
        expect(page.locator(".story-title").first).to_have_text(
            "Ferry to Amberfall sails again from Lisk"
        )
        assert errors == []
        context.close()
