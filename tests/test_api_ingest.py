"""api.ingest: resuming an interrupted ingest, progress, refusing to mix encoders."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from crosswire import api
from crosswire.analyze.pipeline import Analyser
from crosswire.errors import AnalysisError, ConfigError
from crosswire.model import Analysis, Article
from crosswire.settings import Settings
from crosswire.store import open_store


class _Interrupt(Exception):
    pass


class _CountingAnalyser(Analyser):
    """The real Analyser, remembering every article it was asked to analyse."""

    seen: list[str]

    def find(self, articles: Sequence[Article]) -> tuple[list[Analysis | AnalysisError], list[str]]:
        self.seen.extend(a.title for a in articles)
        return super().find(articles)


@pytest.mark.model
@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_interrupted_ingest_resumes_without_duplicates_or_reanalysis(
    workers: int, fictional_news: Path, tmp_path: Path
) -> None:
    settings = Settings(db=str(tmp_path / "news.db"), max_batch_articles=2)

    def stop_after_two(report: api.IngestReport) -> None:
        if report.ingested >= 2:
            raise _Interrupt

    with pytest.raises(_Interrupt):
        api.ingest([fictional_news], settings=settings, progress=stop_after_two, workers=workers)
    with open_store(settings.resolved_db()) as store:
        before = {a.title for a in store.articles()}
    assert len(before) == 2

    analyser = _CountingAnalyser(settings)
    analyser.seen = []
    reports: list[tuple[int, int]] = []

    def record(r: api.IngestReport) -> None:
        # one article per file: a file is done only once its article is stored or skipped
        assert r.files_done <= r.ingested + r.duplicates + r.failed
        reports.append((r.files_done, r.files_total))

    report = api.ingest([fictional_news], settings=settings, analyser=analyser, progress=record)
    assert report.ingested == 4 and report.duplicates == 2 and not report.failures
    # stored articles were skipped before analysis, not analysed again
    assert len(analyser.seen) == 4 and not set(analyser.seen) & before
    with open_store(settings.resolved_db()) as store:
        titles = [a.title for a in store.articles()]
        hashes = [a.content_hash for a in store.articles()]
        stored_in_stories = sorted(i for s in store.stories() for i in s.article_ids)
        ids = sorted(a.id for a in store.articles())
    assert len(titles) == 6 and len(set(titles)) == 6 and len(set(hashes)) == 6
    assert stored_in_stories == ids  # each article in exactly one story
    # per-file progress: every file counted once, out of the total
    assert reports[-1] == (6, 6)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_ingest_refuses_to_mix_encoders(fictional_news: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "gpu.db")
    art = Article.create("An article embedded on a GPU machine.", "Embedded elsewhere")
    an = Analysis(article=art.id, embedding=(0.6, 0.8), encoder="all-minilm-l6-v2")
    with open_store(db) as store:
        store.save(art, an)
    with pytest.raises(ConfigError, match="all-minilm-l6-v2 encoder"):
        api.ingest([fictional_news], settings=Settings(db=db, encoder="cpu"))
    with open_store(db) as store:
        assert store.count_articles() == 1


def test_ingest_refuses_an_unknown_encoder(fictional_news: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown encoder 'tpu'"):
        api.ingest([fictional_news], settings=Settings(db=str(tmp_path / "x.db"), encoder="tpu"))


@pytest.mark.model
def test_an_article_the_store_refuses_is_a_failure_and_the_batch_goes_on(
    fictional_news: Path, tmp_path: Path
) -> None:
    from crosswire.errors import RecordError

    settings = Settings(db=str(tmp_path / "news.db"))
    store = open_store(settings.resolved_db())
    real_save = store.save
    refused: list[str] = []

    def save(article: Article, analysis: Analysis) -> bool:
        if not refused:
            refused.append(article.path or article.id)
            raise RecordError(f"cannot store article {article.id}: a value the store cannot hold")
        return real_save(article, analysis)

    store.save = save  # type: ignore[method-assign]
    try:
        report = api.ingest([fictional_news], settings=settings, store=store)
        assert report.ingested >= 1
        assert [(f.path, f.stage) for f in report.failures] == [(refused[0], "store")]
        assert [f.path for f in store.failures()] == refused
        assert refused[0] not in {a.path for a in store.articles()}
    finally:
        store.close()


class _NoModelAnalyser:
    """An analyser that finds nothing (no spaCy): for tests of what ingest stores."""

    def find(self, articles: Sequence[Article]) -> tuple[list[Analysis | AnalysisError], list[str]]:
        return [Analysis(a.id) for a in articles], []

    def embed(
        self, results: list[Analysis | AnalysisError], leads: list[str]
    ) -> list[Analysis | AnalysisError]:
        return results


def test_outlet_inferred_stored_and_overridden_by_the_user(tmp_path: Path) -> None:
    body = "Fire crews fought the blaze at the fuel depot through the night, officials said."
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.txt").write_text(f"Depot fire\n\nBEIRUT (AP) — {body}\n", encoding="utf-8")
    (folder / "plain.txt").write_text(f"Port closes\n\n{body} The port shut.\n", encoding="utf-8")
    settings = Settings(db=str(tmp_path / "news.db"), embed=False)
    analyser: Any = _NoModelAnalyser()
    report = api.ingest([folder], settings=settings, analyser=analyser)
    assert report.ingested == 2, report
    with open_store(settings.resolved_db()) as store:
        got = {a.title: (a.outlet, a.outlet_inferred) for a in store.articles()}
    assert got == {"Depot fire": ("AP", True), "Port closes": (None, False)}

    other = Settings(db=str(tmp_path / "other.db"), embed=False)
    api.ingest([folder], settings=other, analyser=analyser, outlet="Harbour Ledger")
    with open_store(other.resolved_db()) as store:
        got = {a.title: (a.outlet, a.outlet_inferred) for a in store.articles()}
    assert got == {
        "Depot fire": ("Harbour Ledger", False),
        "Port closes": ("Harbour Ledger", False),
    }
