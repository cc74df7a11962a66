"""Engines for the per-article stage: in-process, local process pool, Dask.

The model tests ingest the same self-written articles with one process, with
two pool workers and with two Dask workers, in batches of two (so that both
workers get batches), and compare what was stored, finding by finding and
vector by vector.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from crosswire import api
from crosswire.analyze.engine import InProcessEngine, PoolEngine, open_engine
from crosswire.errors import AnalysisError, ConfigError, ModelLoadError
from crosswire.model import Analysis, Article
from crosswire.settings import Settings
from crosswire.store import open_store
from crosswire.store.serialize import analysis_to_json


class _EchoAnalyser:
    """Stands in for Analyser: one Analysis per article, an error for empty titles;
    ``embed`` marks each analysis with the thread it ran in."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def analyse(self, articles: Sequence[Article]) -> list[Analysis | AnalysisError]:
        return self.embed(*self.find(articles))

    def find(self, articles: Sequence[Article]) -> tuple[list[Analysis | AnalysisError], list[str]]:
        self.calls.append([a.title for a in articles])
        results: list[Analysis | AnalysisError] = [
            Analysis(article=a.id) if a.title != "bad" else AnalysisError("bad article")
            for a in articles
        ]
        return results, [a.title for a in articles if a.title != "bad"]

    def embed(
        self, results: list[Analysis | AnalysisError], leads: list[str]
    ) -> list[Analysis | AnalysisError]:
        assert len(leads) == sum(isinstance(r, Analysis) for r in results)
        thread = threading.current_thread().name
        return [
            dataclasses.replace(r, encoder=thread) if isinstance(r, Analysis) else r
            for r in results
        ]


def _articles(*titles: str) -> list[Article]:
    return [Article.create(f"Text of {t}.", t) for t in titles]


def test_in_process_engine_keeps_batches_and_order() -> None:
    fake = _EchoAnalyser()
    engine = InProcessEngine(Settings(), analyser=fake)  # type: ignore[arg-type]
    batches = [_articles("a", "b"), _articles("bad"), _articles("c")]
    out = list(engine.map(iter(batches)))
    assert [[a.title for a in batch] for batch, _ in out] == [["a", "b"], ["bad"], ["c"]]
    assert fake.calls == [["a", "b"], ["bad"], ["c"]]
    for batch, results in out:
        for art, res in zip(batch, results, strict=True):
            if art.title == "bad":
                assert isinstance(res, AnalysisError)
            else:
                assert isinstance(res, Analysis) and res.article == art.id
                # embedded in the helper thread, while this one went on with the next batch
                assert res.encoder.startswith("crosswire-embed")
    engine.close()


def test_in_process_engine_loads_nothing_without_batches() -> None:
    # Settings naming a pipeline that does not exist: loading it would fail.
    engine = InProcessEngine(Settings(spacy_model="no_such_pipeline_xx"))
    assert list(engine.map(iter([]))) == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"workers": 0}, "workers must be 1 or more"),
        ({"engine": "spark"}, "unknown engine 'spark'"),
        ({"scheduler": "tcp://127.0.0.1:8786"}, "needs the dask engine"),
    ],
)
def test_open_engine_refuses_bad_settings(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        open_engine(Settings(**changes))


def test_open_engine_picks_by_settings() -> None:
    assert isinstance(open_engine(Settings()), InProcessEngine)
    with open_engine(Settings(workers=3)) as engine:
        assert isinstance(engine, PoolEngine) and engine.workers == 3


def test_pool_workers_that_cannot_load_models_are_a_clear_error() -> None:
    engine = PoolEngine(Settings(spacy_model="no_such_pipeline_xx", embed=False), 2)
    with engine, pytest.raises(ModelLoadError, match="cannot load the spaCy pipeline"):
        list(engine.map(iter([_articles("a")])))


def _stored(db: Path) -> dict[str, tuple[str, tuple[float, ...], str]]:
    with open_store(str(db), create=False) as store:
        articles = store.articles()
        analyses = store.analyses(a.id for a in articles)
    return {
        aid: (json.dumps(analysis_to_json(an), sort_keys=True), an.embedding, an.encoder)
        for aid, an in analyses.items()
    }


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_two_workers_store_what_one_process_stores(
    engine: str, fictional_news: Path, tmp_path: Path
) -> None:
    # batches of two: three batches, so both workers get some
    one = api.ingest(
        [fictional_news], settings=Settings(db=str(tmp_path / "one.db"), max_batch_articles=2)
    )
    two = api.ingest(
        [fictional_news],
        settings=Settings(db=str(tmp_path / "two.db"), max_batch_articles=2),
        workers=2,
        engine=engine,
    )
    assert one.ingested == two.ingested == 6 and not one.failures and not two.failures
    assert one.stories == two.stories
    ref, got = _stored(tmp_path / "one.db"), _stored(tmp_path / "two.db")
    assert got.keys() == ref.keys()
    for aid, (data, vector, encoder) in ref.items():
        assert got[aid][0] == data, f"findings differ for {aid}"
        assert vector and got[aid][1] == vector, f"embedding differs for {aid}"
        assert got[aid][2] == encoder == "use-multilingual-v3"
    with open_store(str(tmp_path / "one.db")) as s1, open_store(str(tmp_path / "two.db")) as s2:
        assert sorted(s.article_ids for s in s1.stories()) == sorted(
            s.article_ids for s in s2.stories()
        )
