"""Ingesting the hostile corpus: nothing crashes, every bad input is named, nothing good
is lost, duplicates are stored once, nothing is expanded or fetched.

The corpus (``hostile_corpus.py``) is built in a temporary folder, big files
included: the 50 MB text and the 20 MB one-line page stay bounded in time by the
limits in ``Settings`` (raw text cut before cleaning, HTML shrunk before
extraction).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile_corpus import Case, Verdict, build, check

from crosswire import api
from crosswire.settings import Settings
from crosswire.store import open_store

pytestmark = [pytest.mark.model, pytest.mark.slow]


@dataclass
class Run:
    folder: Path
    cases: list[Case]
    report: api.IngestReport
    verdict: Verdict
    db: Path


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "corpus"
    cases = build(folder, big=True)
    db = root / "hostile.db"
    settings = Settings(db=str(db))
    report = api.ingest([folder], settings=settings)
    with open_store(str(db)) as store:
        articles = store.articles()
        verdict = check(
            folder, cases, articles, store.analyses(a.id for a in articles), store.failures()
        )
        assert store.integrity_ok()
    yield Run(folder, cases, report, verdict, db)


def test_every_bad_input_is_named_with_path_and_reason(run: Run) -> None:
    assert run.verdict.unnamed == []
    assert run.verdict.unexpected == []
    for f in run.report.failures:
        assert f.path.startswith(str(run.folder)) and f.reason.strip()


def test_every_good_record_is_stored_once(run: Run) -> None:
    assert run.verdict.lost == []
    assert run.verdict.twice == []
    good = sum(len(c.good) for c in run.cases)
    assert run.verdict.stored == good


def test_duplicates_under_other_names_are_skipped(run: Run) -> None:
    dups = [c for c in run.cases if c.duplicate_of]
    assert dups and run.report.duplicates >= len(dups)


def test_entities_are_neither_expanded_nor_fetched(run: Run) -> None:
    assert any(c.absent for c in run.cases)
    assert run.verdict.leaked == []


def test_stored_findings_keep_their_invariants(run: Run) -> None:
    assert run.verdict.broken == []


def test_the_report_matches_the_store(run: Run) -> None:
    assert run.report.ingested == run.verdict.stored
    with open_store(str(run.db)) as store:
        assert len(store.failures()) >= len(run.report.failures) > 0


def test_a_second_run_changes_nothing(run: Run) -> None:
    again = api.ingest([run.folder], settings=Settings(db=str(run.db)))
    assert again.ingested == 0
    assert again.duplicates == run.report.ingested + run.report.duplicates
    assert len(again.failures) == len(run.report.failures)
    with open_store(str(run.db)) as store:
        assert store.count_articles() == run.verdict.stored
