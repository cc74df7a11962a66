"""The demo corpus against its gold file: an evaluation gate with pinned floors.

The floors are the quality the demo must keep; the numbers actually measured
are printed by ``crosswire evaluate src/crosswire/demo/corpus/gold.json`` and
recorded in docs/evaluation.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crosswire.api import dossiers, ingest
from crosswire.demo import corpus_path, gold_path
from crosswire.evaluate import Evaluation, evaluate, load_gold
from crosswire.model import Dossier
from crosswire.report import dossier_json
from crosswire.settings import Settings
from crosswire.store import open_store

pytestmark = pytest.mark.slow

# finding: (minimum recall, minimum accuracy of what was found)
FLOORS = {
    "published": (1.0, 1.0),
    "furniture": (1.0, 1.0),
    "quotes": (0.95, 0.9),
    "claims": (0.9, 0.9),
    "times": (0.95, 0.95),
    "credits": (0.85, 0.9),
    "hedges": (1.0, 1.0),
}


# cross-source links: (minimum pair recall, minimum share of forbidden pairs kept apart)
LINK_FLOORS = {
    "entities": (1.0, 1.0),
    "quote groups": (0.95, 1.0),
    "claim groups": (0.95, 1.0),
    "timeline conflicts": (1.0, 1.0),
    "reuse": (1.0, 1.0),
}


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Evaluation, list[Dossier], dict[str, Any]]]:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    settings = Settings(db=str(db))
    gold = load_gold(gold_path())
    with open_store(str(db)) as store:
        report = ingest([corpus_path()], settings=settings, store=store)
        assert report.failed == 0, report.failures
        articles = store.articles()
        analyses = store.analyses(a.id for a in articles)
        ds = dossiers(store, settings=settings)
        result = evaluate(gold, articles, analyses, store.stories(), ds)
    yield result, ds, gold


@pytest.mark.parametrize("finding", sorted(FLOORS))
def test_finding_meets_its_floor(
    demo: tuple[Evaluation, list[Dossier], dict[str, Any]], finding: str
) -> None:
    result, _, _ = demo
    score = result.scores[finding]
    min_recall, min_accuracy = FLOORS[finding]
    assert score.gold > 0
    assert score.recall >= min_recall, score.misses
    assert score.accuracy >= min_accuracy, score.misses


@pytest.mark.parametrize("link", sorted(LINK_FLOORS))
def test_cross_source_link_meets_its_floor(
    demo: tuple[Evaluation, list[Dossier], dict[str, Any]], link: str
) -> None:
    result, _, _ = demo
    score = result.links[link]
    min_recall, min_apart = LINK_FLOORS[link]
    assert score.pairs > 0
    assert score.recall >= min_recall, score.misses
    assert score.kept_apart >= min_apart, score.misses


def test_claim_statuses_match_the_gold(
    demo: tuple[Evaluation, list[Dossier], dict[str, Any]],
) -> None:
    score = demo[0].links["claim groups"]
    assert score.statuses_right >= score.statuses - 1, score.misses


def test_every_gold_article_is_ingested_and_stories_match(
    demo: tuple[Evaluation, list[Dossier], dict[str, Any]],
) -> None:
    result, _, _ = demo
    assert result.unmatched_articles == []
    assert result.stories == (1.0, 1.0, 1.0)


def test_near_namesakes_are_never_merged(
    demo: tuple[Evaluation, list[Dossier], dict[str, Any]],
) -> None:
    _, ds, gold = demo
    for d in ds:
        for entity in d.entities:
            variants = set(entity.variants)
            for a, b in gold["entities"]["must_not_merge"]:
                assert not (a in variants and b in variants), (entity.name, a, b)


def test_every_dossier_is_schema_valid_with_exact_spans(
    demo: tuple[Evaluation, list[Dossier], dict[str, Any]],
) -> None:
    _, ds, _ = demo
    assert len(dossier_json(ds)) == len(gold_stories := load_gold(gold_path())["stories"])
    assert len(ds) == len(gold_stories)


def test_demo_command_writes_dossiers(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "crosswire.cli", "demo", "--out", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    main = next(line for line in r.stdout.splitlines() if line.startswith("main dossier: "))
    page = Path(main.removeprefix("main dossier: "))
    assert page.exists() and page.suffix == ".html"
    html = page.read_text(encoding="utf-8")
    assert "Who said what" in html and "<script" not in html
    jsons = list((tmp_path / "demo" / "dossiers").glob("*.json"))
    assert jsons and all(
        json.loads(p.read_text(encoding="utf-8"))["story"]["articles"] for p in jsons
    )
