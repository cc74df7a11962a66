"""The Python API: what the CLI and the web app call.

::

    from crosswire import Settings, ingest, open_store, dossiers
    report = ingest(["articles/"], settings=Settings(db="news.db"))
    with open_store("news.db") as store:
        for d in dossiers(store):
            print(d.story.title, len(d.quotes))
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .analyze.engine import open_engine
from .analyze.pipeline import Analyser, limit_text
from .errors import (
    AnalysisError,
    CrosswireError,
    EncoderMismatchError,
    NoInputError,
    RecordError,
    StoreError,
)
from .ingest import iter_paths, read_path
from .link import build_dossier
from .link.assign import StoryIndex, story_item, survivor
from .link.quotes import SentenceEncoder
from .link.stories import headline, retitle
from .link.story_model import load_story_model
from .model import (
    AnalysedArticle,
    Article,
    Dossier,
    Headline,
    IngestFailure,
    Story,
    StoryChanges,
    StoryEvent,
)
from .resources import MINILM_ENCODER, encoder_name, load_encoder
from .settings import Settings
from .store import Store, open_store


@dataclass
class IngestReport:
    """What one ingest batch did (also passed, as it grows, to the progress callback)."""

    ingested: int = 0
    duplicates: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    stories: int = 0
    seconds: float = 0.0
    files_total: int = 0
    """Files found under the given paths."""
    files_done: int = 0
    """Files whose every article is stored, skipped or failed."""
    warnings: list[IngestFailure] = field(default_factory=list)
    """What was read, but not whole (a text cut to a limit, say): stage "warning"."""

    @property
    def failed(self) -> int:
        return len(self.failures)


ProgressCallback = Callable[[IngestReport], None]


def input_files(paths: Sequence[str | Path]) -> list[Path]:
    """The files an ingest of ``paths`` reads (folders recursively, hidden files skipped).

    Raises :class:`~crosswire.errors.NoInputError` when a path does not exist or
    the paths hold no file at all, before anything is opened or written.
    """
    given = [Path(p) for p in paths]
    missing = [str(p) for p in given if not p.exists()]
    if missing:
        raise NoInputError(f"no such file or folder: {', '.join(missing)}")
    files = list(iter_paths(given))
    if not files:
        where = ", ".join(str(p) for p in given)
        raise NoInputError(f"no articles found in {where} (hidden files are skipped)")
    return files


class _Caught(logging.Handler):
    """Keeps the warnings crosswire logs in this thread (a cut text, a flattened page)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.records.append(record)


@contextmanager
def _catching_warnings() -> Iterator[_Caught]:
    handler = _Caught()
    logger = logging.getLogger("crosswire")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def _too_short(article: Article, settings: Settings) -> IngestFailure | None:
    words = len(article.text.split())
    if words >= settings.min_words:
        return None
    return IngestFailure(
        article.path or article.id,
        f"too short: {words} word(s), an article needs at least {settings.min_words} "
        "(setting min_words)",
    )


def _read(
    path: Path, settings: Settings, warn: Callable[[IngestFailure], None]
) -> Iterator[Article | IngestFailure]:
    """Each article of one file, cut to ``max_text_chars``, or the failure to read it.

    A warning logged while the file is read (a text or page cut to a limit) is
    passed to ``warn`` as a failure of stage "warning" of this file.
    """
    items = _articles(path, settings)
    while True:
        with _catching_warnings() as caught:
            item = next(items, None)
            if isinstance(item, Article):
                item = limit_text(item, settings.max_text_chars)
                item = _too_short(item, settings) or item
        for record in caught.records:
            message = record.getMessage()
            where, sep, rest = message.partition(": ")
            if sep and where.startswith(str(path)):
                warn(IngestFailure(where, rest, stage="warning"))
            else:
                warn(IngestFailure(str(path), message, stage="warning"))
        if item is None:
            return
        yield item


def _articles(path: Path, settings: Settings) -> Iterator[Article | IngestFailure]:
    try:
        yield from read_path(path, settings)
    except CrosswireError as exc:  # read_path should not raise; be safe anyway
        yield IngestFailure(str(path), str(exc))
    except Exception as exc:  # a bug in a reader must not abort the batch
        yield IngestFailure(str(path), f"internal error while reading: {type(exc).__name__}: {exc}")


class _FileCounter:
    """Counts a file as done once the batch holding its last new article is stored.

    Batches are stored in the order they were formed, so a file is done when the
    number of stored batches reaches the number formed (or started) when it was read.
    """

    def __init__(self, report: IngestReport) -> None:
        self.report = report
        self.formed = 0
        self.stored = 0
        self._waiting: deque[int] = deque()

    def file_read(self, open_batch: bool) -> None:
        self._waiting.append(self.formed + (1 if open_batch else 0))
        self._advance()

    def batch_stored(self) -> None:
        self.stored += 1
        self._advance()

    def _advance(self) -> None:
        while self._waiting and self._waiting[0] <= self.stored:
            self._waiting.popleft()
            self.report.files_done += 1


def _check_encoder(store: Store, settings: Settings) -> None:
    """Refuse to add embeddings of another encoder than the stored ones (other vector space)."""
    stored = store.embedding_encoder()
    wanted = encoder_name(settings.encoder)
    if stored is not None and stored != wanted:
        match = "gpu" if stored == MINILM_ENCODER else "cpu"
        raise EncoderMismatchError(
            f"the database holds embeddings of the {stored} encoder; encoder "
            f"{settings.encoder!r} would add {wanted} ones, which cannot be compared with "
            f"them: ingest with --encoder {match} (or CROSSWIRE_ENCODER={match}), the encoder "
            "the database was built with, or into another database",
            choice=settings.encoder,
            stored=stored,
        )


def ingest(
    paths: Sequence[str | Path],
    *,
    settings: Settings | None = None,
    store: Store | None = None,
    analyser: Analyser | None = None,
    progress: ProgressCallback | None = None,
    workers: int | None = None,
    engine: str | None = None,
    scheduler: str | None = None,
    outlet: str | None = None,
) -> IngestReport:
    """Ingest files and folders: extract, analyse, store, then regroup stories.

    Bad inputs are recorded (in the report and the store's ``failures`` table)
    and skipped; content already stored is skipped as a duplicate before it is
    analysed, so running the same batch again changes nothing and an
    interrupted ingest, run again, resumes where it stopped.

    ``workers``, ``engine`` and ``scheduler`` override the settings of those
    names: the per-article stage runs in this process (1 worker), a local
    process pool, or on Dask (``crosswire.analyze.engine``); results are the
    same and only this process writes to the store.  ``progress`` is called
    with the growing report after each file read and each batch stored.
    ``outlet`` names the outlet of every article of the batch, over what the
    files say or what was inferred from their text (``ingest/outlets.py``).
    """
    settings = (settings or Settings.from_env()).replace(
        workers=workers, engine=engine, scheduler=scheduler
    )
    own_store = store is None
    store = store or open_store(settings.resolved_db())
    started = time.perf_counter()
    report = IngestReport()

    def failed(failure: IngestFailure) -> None:
        report.failures.append(failure)
        store.record_failure(failure)

    def warned(warning: IngestFailure) -> None:
        report.warnings.append(warning)
        store.record_failure(warning)

    try:
        given = [Path(p) for p in paths]
        for p in given:
            if not p.exists():
                failed(IngestFailure(str(p), "no such file or folder"))
        files = list(iter_paths([p for p in given if p.exists()]))
        report.files_total = len(files)
        if settings.embed:
            _check_encoder(store, settings)
        seen: set[str] = set()
        counter = _FileCounter(report)

        def batches() -> Iterator[list[Article]]:
            # 1. read each file; 2. skip what is stored (before any analysis)
            batch: list[Article] = []
            for path in files:
                for item in _read(path, settings, warned):
                    if isinstance(item, IngestFailure):
                        failed(item)
                        continue
                    if outlet:
                        item = dataclasses.replace(item, outlet=outlet, outlet_inferred=False)
                    if item.content_hash in seen or store.has_content(item.content_hash):
                        report.duplicates += 1
                        continue
                    seen.add(item.content_hash)
                    batch.append(item)
                    if len(batch) >= max(1, settings.max_batch_articles):
                        counter.formed += 1
                        yield batch
                        batch = []
                counter.file_read(open_batch=bool(batch))
                if progress:
                    progress(report)
            if batch:
                counter.formed += 1
                yield batch

        # 3. analyse (in this process, a pool or Dask); 4. store, here only
        with open_engine(settings, analyser=analyser) as runner:
            for batch, results in runner.map(batches()):
                for art, result in zip(batch, results, strict=True):
                    if isinstance(result, AnalysisError):
                        failed(IngestFailure(art.path or art.id, str(result), stage="analyze"))
                        continue
                    try:
                        saved = store.save(art, result)
                    except RecordError as exc:  # this article only: the batch goes on
                        failed(IngestFailure(art.path or art.id, str(exc), stage="store"))
                        continue
                    if saved:
                        report.ingested += 1
                    else:
                        report.duplicates += 1
                counter.batch_stored()
                if progress:
                    progress(report)
        # 5. regroup stories
        report.stories = update_stories(store, settings).stories
    finally:
        report.seconds = time.perf_counter() - started
        if own_store:
            store.close()
    return report


@dataclass
class StoryUpdate:
    """What one story update did."""

    assigned: int = 0
    """Articles placed in a story."""
    created: int = 0
    joined: int = 0
    merged: int = 0
    stories: int = 0
    """Stories in the store afterwards."""


STORY_CHUNK = 500


@dataclass
class AnalyzeReport:
    """What ``analyze`` found: each readable article with its findings, and the failures."""

    articles: list[AnalysedArticle] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)
    warnings: list[IngestFailure] = field(default_factory=list)
    """Inputs read, but not whole (stage "warning")."""


def analyze(
    paths: Sequence[str | Path],
    *,
    settings: Settings | None = None,
    published: dt.date | None = None,
    analyser: Analyser | None = None,
) -> AnalyzeReport:
    """Read and analyse files exactly as ``ingest`` would, storing nothing.

    ``published`` overrides every article's publication date (relative dates
    resolve against it).  A file that cannot be read or analysed is a failure
    in the report; the others go on.  No embeddings are computed.
    """
    settings = (settings or Settings.from_env()).replace(embed=False)
    analyser = analyser or Analyser(settings)
    report = AnalyzeReport()
    articles: list[Article] = []
    for path in paths:
        for item in _read(Path(path), settings, report.warnings.append):
            if isinstance(item, IngestFailure):
                report.failures.append(item)
                continue
            if published is not None:
                item = dataclasses.replace(item, published=published, published_inferred=False)
            articles.append(item)
    for article, result in zip(articles, analyser.analyse(articles), strict=True):
        if isinstance(result, AnalysisError):
            report.failures.append(
                IngestFailure(article.path or article.id, str(result), "analyze")
            )
        else:
            report.articles.append(AnalysedArticle(article, result))
    return report


def story_index(store: Store | None, settings: Settings) -> StoryIndex:
    """The story index for ``settings``, loading stored stories from ``store`` as needed."""
    model = load_story_model()
    if settings.story_threshold > 0:
        model = model.with_threshold(settings.story_threshold)
    return StoryIndex(model, window_days=settings.story_window_days, source=store)


def update_stories(
    store: Store, settings: Settings | None = None, *, rebuild: bool = False
) -> StoryUpdate:
    """Place the articles that are in no story yet (incremental; ``link/assign.py``).

    Only the new articles are assigned, against the stored stories active around
    their dates; what changed is saved per chunk of articles, so an interrupted
    update resumes.  ``rebuild`` first drops every story and its history and
    regroups the whole archive in canonical (date, id) order.
    """
    settings = settings or Settings.from_env()
    index = story_index(store, settings)
    if rebuild:
        store.save_story_changes(StoryChanges(), reset=True)
    ids = store.unassigned_article_ids()
    done = StoryUpdate()
    for i in range(0, len(ids), STORY_CHUNK):
        chunk = ids[i : i + STORY_CHUNK]
        articles = store.articles(chunk)
        analyses = store.analyses(chunk)
        index.add(story_item(a, analyses.get(a.id)) for a in articles)
        changes = index.drain()
        changes = retitle(changes, _member_headlines(store, changes, articles))
        store.save_story_changes(changes)
        done.assigned += len(changes.assigned)
        for e in changes.events:
            if e.kind == "created":
                done.created += 1
            elif e.kind == "joined":
                done.joined += 1
            else:
                done.merged += 1
        dated = [a.published for a in articles if a.published]
        if dated:  # later chunks hold no earlier articles
            index.trim(max(dated))
    done.stories = store.count_stories()
    return done


def _member_headlines(
    store: Store, changes: StoryChanges, articles: Sequence[Article]
) -> dict[str, list[Headline]]:
    """Per changed story, its members' headlines once ``changes`` is saved: those
    stored, those of the stories it absorbs, and the articles it is given."""
    ids = [st.id for st in changes.states]
    stored = store.story_headlines(ids + [gone for gone, _ in changes.merged])
    out = {sid: list(stored.get(sid, ())) for sid in ids}
    for gone, keep in changes.merged:
        out.setdefault(keep, []).extend(stored.get(gone, ()))
    by_id = {a.id: a for a in articles}
    for aid, sid in changes.assigned:  # only this chunk's articles
        out.setdefault(sid, []).append(headline(by_id[aid]))
    return out


def story_history(store: Store) -> dict[str, list[StoryEvent]]:
    """Each stored story's history, the histories of the stories merged into it included."""
    events = store.story_events()
    absorbed = {e.other: e.story for e in events if e.kind == "merged" and e.other}
    out: dict[str, list[StoryEvent]] = {}
    for e in events:
        out.setdefault(survivor(absorbed, e.story), []).append(e)
    return out


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
    return [story_dossier(store, s, encoder) for s in stories]


def story_dossier(store: Store, story: Story, encoder: SentenceEncoder | None = None) -> Dossier:
    """One story's dossier from its stored articles and analyses."""
    ids = list(story.article_ids)
    return build_dossier(story, store.articles(ids), store.analyses(ids), encoder)
