"""The story page on a crowded story: filter and sort, CSV download, repeats counted,
hedges in their sentence, bidi controls neutralised, unknown outlets, linked plots."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from web_helpers import (
    BIDI_OUTLET,
    HEDGE_SENTENCE,
    NO_ENCODER,
    assert_safe_html,
    visible_text,
    write_crowded_store,
)

from crosswire.serve import create_app

BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str]]:
    path, story = write_crowded_store(tmp_path_factory.mktemp("crowded") / "c.db")
    with TestClient(create_app(str(path), NO_ENCODER)) as c:
        yield c, story


def _page(crowded: tuple[TestClient, str], query: str = "") -> str:
    client, story = crowded
    r = client.get(f"/stories/{story}{query}")
    assert r.status_code == 200
    assert_safe_html(r.text)
    return r.text


def test_a_sentence_repeated_a_thousand_times_is_listed_once_with_a_count(
    crowded: tuple[TestClient, str],
) -> None:
    page = _page(crowded)
    # once per article (and in the plot tooltips), not a thousand times
    assert page.count("We will rebuild the bridge before winter") < 10
    assert "×1000" in page


def test_hedges_are_shown_in_their_sentence(crowded: tuple[TestClient, str]) -> None:
    page = _page(crowded)
    before, _, after = HEDGE_SENTENCE.partition("could not be independently verified")
    assert f'{before}<mark class="hedge">could not be independently verified</mark>{after}' in page


def test_bidi_controls_never_reach_the_page_but_stay_in_the_data(
    crowded: tuple[TestClient, str],
) -> None:
    client, story = crowded
    page = _page(crowded)
    assert not BIDI.search(page)
    assert "Daily swen Gazette" in visible_text(page)  # in stored order, not reordered
    data = client.get(f"/stories/{story}.json").json()
    assert BIDI_OUTLET in {a["outlet"] for a in data["story"]["articles"]}


def test_an_unknown_outlet_is_said_so_never_a_file_name(crowded: tuple[TestClient, str]) -> None:
    text = visible_text(_page(crowded))
    assert "unknown outlet" in text
    assert "2 outlets + 1 of unknown outlet" in " ".join(text.split())
    assert not re.search(r"2\.txt\s*:", text)  # a label is never the file name


def test_filter_by_outlet_speaker_and_conflicts(crowded: tuple[TestClient, str]) -> None:
    page = _page(crowded, "?outlet=Bridge+Courier")
    hedges = page[page.index('<ul class="hedges">') :]
    hedges = hedges[: hedges.index("</ul>")]
    assert hedges.count("<li>") == 1 and "Bridge Courier" in hedges
    assert "selected>Bridge Courier</option>" in page

    page = _page(crowded, "?speaker=Ilan+Brook")
    quotes = page[page.index('id="quotes"') : page.index('id="claims"')]
    assert "The river was too high" in quotes and "rebuild the bridge" not in quotes

    page = _page(crowded, "?conflicts=1&sort=name")
    assert page.count('class="claim status-conflict"') == 1
    assert "checked" in page and 'value="name" selected' in page
    # an unknown sort or outlet shows nothing broken
    assert _page(crowded, "?sort=%3Cscript%3E&outlet=nobody").count("<script ") == 1


def test_csv_download_of_quotes_and_claims(crowded: tuple[TestClient, str]) -> None:
    client, story = crowded
    r = client.get(f"/stories/{story}/dossier.csv")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    kinds = {row["kind"] for row in rows}
    assert kinds == {"quote", "claim"}
    claims = [row for row in rows if row["kind"] == "claim"]
    assert {row["value"] for row in claims} == {"40", "300", "45"}
    assert {row["status"] for row in claims} == {"conflict"}
    assert "unknown outlet" in {row["outlet"] for row in rows}
    assert f'href="/stories/{crowded[1]}/dossier.csv"' in _page(crowded)


def test_plots_link_every_cell_and_number_every_event(crowded: tuple[TestClient, str]) -> None:
    page = _page(crowded)
    coverage = page[
        page.index('<svg xmlns="http://www.w3.org/2000/svg" class="plot" id="coverage') :
    ]
    assert re.search(r'<a href="/articles/a\w+#span-\d+-\d+" class="plot-link"><rect', coverage)
    assert 'class="mark-number">1</text>' in page
    assert '<td class="num">1</td>' in page  # the table says what event 1 is
