"""The story page reads at a glance in a real browser (Debian's Chromium, Playwright),
on a hand-built crowded story (no models): nothing wider than the window, plots that
fit their box with linked cells and numbered marks that never overlap, bidi controls
neutralised, repeats counted, the filter form and the CSV download."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "serve"))
from web_helpers import NO_ENCODER, write_crowded_store

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


@pytest.fixture
def crowded_url(tmp_path: Path, serving: Any) -> Iterator[str]:
    from crosswire.serve import create_app

    path, story = write_crowded_store(tmp_path / "c.db")
    with serving(create_app(str(path), NO_ENCODER, allowed_hosts=["127.0.0.1"])) as url:
        yield f"{url}/stories/{story}"


@pytest.fixture
def tab(browser: Any, crowded_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    assert errors == []
    context.close()


def _page_width(tab: Any) -> int:
    return int(tab.evaluate("document.documentElement.scrollWidth"))


def test_long_unbroken_strings_wrap_instead_of_widening_the_page(
    tab: Any, crowded_url: str, artifacts: Path
) -> None:
    tab.goto(crowded_url)
    assert _page_width(tab) <= 1280
    article = tab.locator("a[href^='/articles/']").first.get_attribute("href")
    tab.goto(crowded_url.rsplit("/stories/", 1)[0] + article.split("#")[0])
    assert _page_width(tab) <= 1280
    tab.goto(crowded_url.rsplit("/", 1)[0])  # the stories list
    assert _page_width(tab) <= 1280


def test_plots_fit_their_box_and_their_cells_and_marks_are_links(
    tab: Any, crowded_url: str, artifacts: Path
) -> None:
    tab.goto(crowded_url)
    for ident in ("coverage", "timeline"):
        plot = tab.locator(f"svg[id^='{ident}-']")
        box, frame = plot.bounding_box(), tab.locator(f"#{ident} figure").bounding_box()
        assert box["x"] >= frame["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"]
    # every label, the "N only here" counts at the row ends included, is inside the box
    right = tab.evaluate(
        "Math.max(...[...document.querySelectorAll(\"svg[id^='coverage-'] text\")]"
        ".map(t => t.getBoundingClientRect().right))"
    )
    assert right <= tab.evaluate(
        "document.querySelector('#coverage figure').getBoundingClientRect().right"
    )
    # the timeline's marks show their event's number and never overlap
    marks = tab.locator("svg[id^='timeline-'] .mark")
    boxes = [marks.nth(i).bounding_box() for i in range(marks.count())]
    assert len(boxes) == 3
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart_x = a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
            apart_y = a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"]
            assert apart_x or apart_y
    expect(tab.locator("svg[id^='timeline-'] .mark-number").first).to_have_text("1")
    expect(tab.locator("#event-1")).to_be_visible()  # what event 1 is, without hovering
    tab.locator("#coverage").scroll_into_view_if_needed()
    tab.screenshot(path=str(artifacts / "crowded-coverage.png"))
    tab.locator("svg[id^='coverage-'] a.plot-link").first.click()
    expect(tab).to_have_url(re.compile(r"/articles/a\w+#span-\d+-\d+$"))


def test_bidi_repeats_hedges_filter_and_csv(tab: Any, crowded_url: str, artifacts: Path) -> None:
    tab.goto(crowded_url)
    assert "\u202e" not in tab.locator("body").inner_text()
    expect(tab.locator("#articles")).to_contain_text("Daily swen Gazette")
    expect(tab.locator("#articles")).to_contain_text("unknown outlet")
    expect(tab.locator(".tag.repeat", has_text="×1000").first).to_be_visible()
    expect(tab.locator("ul.hedges mark.hedge").first).to_have_text(
        "could not be independently verified"
    )
    expect(tab.locator("ul.hedges li").first).to_contain_text("showed the span collapsing")
    tab.select_option("select[name=speaker]", "Ilan Brook")
    tab.check("input[name=conflicts]")
    tab.get_by_role("button", name="Apply").click()
    expect(tab).to_have_url(re.compile(r"speaker=Ilan\+Brook.*conflicts=1"))
    expect(tab.locator("#quotes")).not_to_contain_text("rebuild the bridge")
    expect(tab.locator("#filter-status")).to_be_visible()
    tab.screenshot(path=str(artifacts / "crowded-filtered.png"))
    with tab.expect_download() as info:
        tab.get_by_role("link", name="CSV (quotes and claims)").click()
    assert info.value.suggested_filename.endswith(".csv")
