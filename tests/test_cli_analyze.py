"""``crosswire analyze``: per-article findings of .txt, .html and .jsonl inputs, stored nowhere,
as JSON that validates against ``analysis.schema.json`` with exact spans."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from crosswire.report import analysis_schema

pytestmark = pytest.mark.slow

TEXT = """Ferry service to Aldmoor halted after storm
Outlet: Coastal Courier
Published: 2026-02-11

ALDMOOR — Ferries to Aldmoor stopped on Monday after a storm damaged the pier, the harbour authority said.

"We expect the pier to reopen within three weeks," said Ines Marwick, the harbour master.

About 400 passengers were stranded overnight, according to the Red Cross. The cost of repairs could not be independently verified.
"""

HTML = """<html><head><title>Lowmere council backs barrier</title>
<meta property="og:site_name" content="Northline News">
<meta property="article:published_time" content="2026-02-02"></head>
<body><article><h1>Lowmere council backs barrier</h1>
<p>The Lowmere city council voted on Sunday to spend $2.5 million on a flood barrier.</p>
<p>"This barrier will protect three thousand homes," councillor Tomas Verhoek said after the vote.</p>
</article></body></html>
"""

JSONL = (
    json.dumps(
        {
            "title": "Wind farm approved",
            "outlet": "Valley Post",
            "published": "2026-01-20",
            "text": 'The regional board approved 14 turbines on Friday. "It is a good day '
            'for the valley," said board chair Odile Brandt.',
        }
    )
    + "\n"
)


def analyze(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crosswire.cli", "analyze", *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("analyze")
    paths = {
        "txt": folder / "ferry.txt",
        "html": folder / "barrier.html",
        "jsonl": folder / "feed.jsonl",
    }
    paths["txt"].write_text(TEXT, encoding="utf-8")
    paths["html"].write_text(HTML, encoding="utf-8")
    paths["jsonl"].write_text(JSONL, encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def doc(inputs: dict[str, Path]) -> dict[str, object]:
    r = analyze(*(str(p) for p in inputs.values()))
    assert r.returncode == 0, r.stderr
    out: dict[str, object] = json.loads(r.stdout)
    return out


def _by_path(doc: dict[str, object], name: str) -> dict[str, object]:
    arts = doc["articles"]
    assert isinstance(arts, list)
    return next(a for a in arts if str(a["path"]).endswith(name))


def test_json_validates_against_its_schema_with_exact_spans(doc: dict[str, object]) -> None:
    jsonschema.validate(doc, analysis_schema())
    arts = doc["articles"]
    assert isinstance(arts, list) and len(arts) == 3
    spans = 0
    for art in arts:
        for key in ("entities", "quotes", "claims", "times", "credits", "hedges"):
            for f in art[key]:
                assert art["text"][f["start"] : f["end"]] == f["text"]
                spans += 1
    assert spans > 15


def test_text_input_findings(doc: dict[str, object]) -> None:
    art = _by_path(doc, "ferry.txt")
    assert art["outlet"] == "Coastal Courier" and art["published"] == "2026-02-11"
    (quote,) = art["quotes"]
    assert quote["text"].startswith("We expect the pier") and quote["speaker"] == "Ines Marwick"
    times = {t["text"]: t["date"] for t in art["times"]}
    assert times.get("Monday") == "2026-02-09"
    claim = next(c for c in art["claims"] if "400" in c["text"])
    assert claim["unit"] == "person" and claim["low"] < 400 < claim["high"]
    assert any("Red Cross" in c["source"] for c in art["credits"])
    assert [h["text"] for h in art["hedges"]] == ["could not be independently verified"]
    assert any(e["text"] == "Ines Marwick" and e["label"] == "PERSON" for e in art["entities"])


def test_html_and_jsonl_inputs(doc: dict[str, object]) -> None:
    html = _by_path(doc, "barrier.html")
    assert html["source_format"] == "html" and html["outlet"] == "Northline News"
    assert any(c["unit"] == "USD" and c["value"] == 2_500_000 for c in html["claims"])
    assert html["quotes"][0]["speaker"] == "Tomas Verhoek"
    feed = _by_path(doc, "feed.jsonl:1")
    assert feed["outlet"] == "Valley Post"
    assert feed["quotes"][0]["speaker"] == "Odile Brandt"
    assert {t["date"] for t in feed["times"]} == {"2026-01-16"}


def test_published_overrides_the_date_relative_dates_resolve_against(
    inputs: dict[str, Path],
) -> None:
    r = analyze(str(inputs["txt"]), "--published", "2026-03-05")
    assert r.returncode == 0, r.stderr
    (art,) = json.loads(r.stdout)["articles"]
    assert art["published"] == "2026-03-05" and art["published_inferred"] is False
    assert {t["text"]: t["date"] for t in art["times"]}["Monday"] == "2026-03-02"


def test_text_format_and_a_broken_input(inputs: dict[str, Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>", encoding="utf-8")
    r = analyze(str(inputs["txt"]), str(empty), "--format", "text")
    assert r.returncode == 0, r.stderr
    assert "Ines Marwick: “We expect the pier" in r.stdout
    assert f"!! {empty}" in r.stdout and str(empty) in r.stderr
    only_bad = analyze(str(empty))
    assert only_bad.returncode == 1
    assert json.loads(only_bad.stdout)["failures"][0]["path"] == str(empty)


def test_bad_date_is_a_usage_error(inputs: dict[str, Path]) -> None:
    r = analyze(str(inputs["txt"]), "--published", "2016")
    assert r.returncode == 2 and "2016" in r.stderr


def test_an_article_in_another_language_is_said_to_have_no_findings(tmp_path: Path) -> None:
    path = tmp_path / "porto.txt"
    path.write_text(
        "Porto di Lomas chiuso\n\n"
        "I pescatori di Lomas hanno detto lunedì che il muro del porto si è incrinato "
        "durante la tempesta, e la sindaca ha promesso che i lavori inizieranno entro due "
        "settimane. Circa 40 barche sono rimaste a terra, secondo l'autorità portuale.\n",
        encoding="utf-8",
    )
    r = analyze(str(path))
    assert r.returncode == 0, r.stderr
    (art,) = json.loads(r.stdout)["articles"]
    assert (art["entities"], art["quotes"], art["claims"]) == ([], [], [])
    assert "written in 'it', not English" in r.stderr
