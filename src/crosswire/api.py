"""The Python API: what the CLI and the web app call.

::

    from crosswire import Settings, ingest, open_store, dossiers
    report = ingest(["articles/"], settings=Settings(db="news.db"))
    with open_store("news.db") as store:
        for d in dossiers(store):
            print(d.story.title, len(d.quotes))
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .analyze.pipeline import Analyser, limit_text
from .errors import AnalysisError, CrosswireError, StoreError
from .ingest import iter_paths, read_path
from .link import build_dossier, cluster_stories
from .model import Article, Dossier, IngestFailure, Story
from .resources import load_encoder
from .settings import Settings
from .store import Store, open_store

BATCH_SIZE = 32


@dataclass
class IngestReport:
    """What one ingest batch did."""

    ingested: int = 0
    duplicates: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    stories: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)


ProgressCallback = Callable[[IngestReport], None]


def _articles(paths: Iterable[Path], settings: Settings) -> Iterator[Article | IngestFailure]:
    for path in iter_paths(paths):
        try:
            yield from read_path(path, settings)
        except CrosswireError as exc:  # read_path should not raise; be safe anyway
            yield IngestFailure(str(path), str(exc))
        except Exception as exc:  # a bug in a reader must not abort the batch
            yield IngestFailure(
                str(path), f"internal error while reading: {type(exc).__name__}: {exc}"
            )


def ingest(
    paths: Sequence[str | Path],
    *,
    settings: Settings | None = None,
    store: Store | None = None,
    analyser: Analyser | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Ingest files and folders: extract, analyse, store, then regroup stories.

    Bad inputs are recorded (in the report and the store's ``failures`` table)
    and skipped; content already stored is skipped as a duplicate, so running
    the same batch again changes nothing.
    """
    settings = settings or Settings.from_env()
    own_store = store is None
    store = store or open_store(settings.resolved_db())
    started = time.perf_counter()
    report = IngestReport()
    try:
        missing = [p for p in map(Path, paths) if not p.exists()]
        for p in missing:
            fail = IngestFailure(str(p), "no such file or folder")
            report.failures.append(fail)
            store.record_failure(fail)
        seen: set[str] = set()
        batch: list[Article] = []

        def flush() -> None:
            nonlocal analyser
            if not batch:
                return
            analyser = analyser or Analyser(settings)
            for art, result in zip(batch, analyser.analyse(batch), strict=True):
                if isinstance(result, AnalysisError):
                    fail = IngestFailure(art.path or art.id, str(result), stage="analyze")
                    report.failures.append(fail)
                    store.record_failure(fail)
                elif store.save(art, result):
                    report.ingested += 1
                else:
                    report.duplicates += 1
            batch.clear()
            if progress:
                progress(report)

        for item in _articles([p for p in map(Path, paths) if p.exists()], settings):
            if isinstance(item, IngestFailure):
                report.failures.append(item)
                store.record_failure(item)
                continue
            item = limit_text(item, settings.max_text_chars)
            if item.content_hash in seen or store.has_content(item.content_hash):
                report.duplicates += 1
                continue
            seen.add(item.content_hash)
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                flush()
        flush()
        report.stories = len(update_stories(store, settings))
    finally:
        report.seconds = time.perf_counter() - started
        if own_store:
            store.close()
    return report


def update_stories(store: Store, settings: Settings | None = None) -> list[Story]:
    """Regroup all stored articles into stories and store the grouping."""
    settings = settings or Settings.from_env()
    articles = store.articles()
    analyses = store.analyses(a.id for a in articles)
    stories = cluster_stories(
        articles,
        analyses,
        threshold=settings.story_threshold,
        window_days=settings.story_window_days,
    )
    store.replace_stories(stories)
    return stories


def dossiers(
    store: Store, story_id: str | None = None, *, settings: Settings | None = None
) -> list[Dossier]:
    """Build the dossier of one story, or of every story."""
    settings = settings or Settings.from_env()
    encoder = load_encoder(settings.encoder_threads) if settings.embed else None
    stories = store.stories()
    if story_id is not None:
        stories = [s for s in stories if s.id == story_id]
        if not stories:
            raise StoreError(f"no story with id {story_id!r}: `crosswire stories` lists them")
    out = []
    for s in stories:
        articles = store.articles(list(s.article_ids))
        analyses = store.analyses(s.article_ids)
        out.append(build_dossier(s, articles, analyses, encoder))
    return out
