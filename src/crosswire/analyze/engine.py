"""Where the per-article stage runs: this process, a local process pool, or Dask.

::

    with open_engine(settings) as engine:
        for batch, results in engine.map(batches):
            ...  # results[i] is the Analysis (or AnalysisError) of batch[i]

* ``InProcessEngine``: ``Settings.workers == 1`` with the local engine; the
  ingesting process analyses each batch itself.
* ``PoolEngine``: ``workers > 1`` processes of a ``ProcessPoolExecutor``
  (started with "spawn"); an initializer loads the spaCy pipeline and the
  sentence encoder once in each worker.
* ``DaskEngine`` (``dask_engine.py``): ``Settings.engine == "dask"``, on a Dask
  distributed cluster; models load once per Dask worker (a worker plugin).

Every engine analyses the batches it is given whole, with the same code as a
single process, so the results are the same whatever the engine; they come
back in input order, with at most ``2 x workers`` batches in flight so memory
stays bounded.  Workers only compute: the caller (``crosswire.api.ingest``)
writes every result to the store, from one process.  Workers are started on
the first batch, so a re-run whose articles are all stored starts none.
"""

from __future__ import annotations

import functools
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType

from ..errors import AnalysisError, ConfigError, CrosswireError
from ..model import Analysis, Article
from ..settings import Settings
from .pipeline import Analyser

Results = list[Analysis | AnalysisError]
"""One batch's outcome: an Analysis, or the AnalysisError, per article, in order."""

ENGINES = ("local", "dask")
"""Values of ``Settings.engine``."""

WORKER_DIED = (
    "the analysis worker process died (out of memory, or a crash) analysing this article's "
    "batch, twice; run the ingest again to retry it, or with --workers 1 to see the error"
)


class Engine:
    """Runs ``Analyser.analyse`` over batches of articles; results in input order."""

    workers: int = 1

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[tuple[list[Article], Results]]:
        """Analyse each batch; yield (batch, results) in the order the batches came."""
        raise NotImplementedError

    def close(self) -> None:
        """Stop the workers (pending batches are cancelled)."""

    def _in_order(
        self,
        batches: Iterable[Sequence[Article]],
        submit: Callable[[list[Article]], Callable[[], Results]],
    ) -> Iterator[tuple[list[Article], Results]]:
        """``map`` for engines with workers: ``submit`` sends a batch off and returns
        what waits for its results; at most ``2 x workers`` batches are in flight."""
        pending: deque[tuple[list[Article], Callable[[], Results]]] = deque()
        for batch in batches:
            items = list(batch)
            pending.append((items, submit(items)))
            while len(pending) >= 2 * self.workers:
                items, wait = pending.popleft()
                yield items, wait()
        while pending:
            items, wait = pending.popleft()
            yield items, wait()

    def __enter__(self) -> Engine:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class InProcessEngine(Engine):
    """The ingesting process analyses every batch itself (models load on first use).

    The embedding of a batch's leads runs in one helper thread while this thread
    parses the next batch and the caller stores the last one: the spaCy parse and
    the finders keep one core busy, and the encoder's matrix products release the
    GIL, so on two cores they overlap.  Batches still come back in order, and at
    most two are held.
    """

    def __init__(self, settings: Settings, analyser: Analyser | None = None) -> None:
        self.settings = settings
        self._analyser = analyser
        self._embedder: ThreadPoolExecutor | None = None

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[tuple[list[Article], Results]]:
        waiting: tuple[list[Article], Future[Results]] | None = None
        for batch in batches:
            items = list(batch)
            analyser = self._analyser = self._analyser or Analyser(self.settings)
            found = analyser.find(items)
            if self._embedder is None:
                self._embedder = ThreadPoolExecutor(1, thread_name_prefix="crosswire-embed")
            embedded = self._embedder.submit(analyser.embed, *found)
            if waiting is not None:
                yield waiting[0], waiting[1].result()
            waiting = items, embedded
        if waiting is not None:
            yield waiting[0], waiting[1].result()

    def close(self) -> None:
        if self._embedder is not None:
            self._embedder.shutdown(cancel_futures=True)
            self._embedder = None


# ------------------------------------------------------------------ worker side
# Module-level so that they pickle by reference; they run in the worker processes.


@functools.lru_cache(maxsize=2)
def worker_analyser(settings: Settings) -> Analyser:
    """This process's Analyser for ``settings`` (models loaded once per process).

    The encoder is run once on a word: USE loads its weights on first use, and a
    worker should pay for that when it starts, not in its first batch.
    """
    analyser = Analyser(settings)
    if analyser.encoder is not None:
        analyser.encoder.encode(["warm-up"])
    return analyser


_worker_settings: Settings | None = None
_worker_error: CrosswireError | None = None


def _init_pool_worker(settings: Settings) -> None:
    """Pool initializer: ignore Ctrl-C (the parent stops the pool) and load the models."""
    global _worker_settings, _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_settings = settings
    try:
        worker_analyser(settings)
    except CrosswireError as exc:  # reported with the first batch, not as a broken pool
        _worker_error = exc


def _analyse_in_pool(batch: list[Article]) -> Results:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_settings is not None, "the pool initializer did not run"
    return worker_analyser(_worker_settings).analyse(batch)


def analyse_batch(settings: Settings, batch: list[Article]) -> Results:
    """Analyse one batch with this process's cached Analyser (what Dask tasks run)."""
    return worker_analyser(settings).analyse(batch)


# ------------------------------------------------------------------ local pool


class PoolEngine(Engine):
    """``workers`` local processes; the spaCy pipeline and encoder load once in each.

    When a worker dies (out of memory, a crash in a native library), the pool
    breaks and every batch in flight with it: each of those batches is tried
    once more, alone, in a fresh pool; a batch that breaks that pool too is
    recorded as failed (its articles are not stored, so a re-run retries them).
    A pool that breaks before any batch came back is an error: the workers
    cannot start.
    """

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._any_done = False

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_pool_worker,
                initargs=(self.settings,),
            )
        return self._pool

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[tuple[list[Article], Results]]:
        def submit(items: list[Article]) -> Callable[[], Results]:
            pool = self._executor()
            return functools.partial(
                self._collect, items, pool, pool.submit(_analyse_in_pool, items)
            )

        return self._in_order(batches, submit)

    def _collect(
        self, batch: list[Article], pool: ProcessPoolExecutor, future: Future[Results]
    ) -> Results:
        try:
            results = future.result()
        except BrokenProcessPool:
            self._discard(pool)
            retry = self._executor()
            try:
                results = retry.submit(_analyse_in_pool, batch).result()
            except BrokenProcessPool as exc:
                self._discard(retry)
                if not self._any_done:
                    raise AnalysisError(
                        f"the analysis worker processes died before finishing any batch ({exc}); "
                        "run with --workers 1 to see the error"
                    ) from exc
                results = [AnalysisError(WORKER_DIED) for _ in batch]
        self._any_done = True
        return results

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        if pool is self._pool:
            self.close()
        else:  # an older, already broken pool
            pool.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def open_engine(
    settings: Settings,
    *,
    analyser: Analyser | None = None,
) -> Engine:
    """The engine that ``settings`` asks for (``engine``, ``workers``, ``scheduler``).

    ``analyser`` (already loaded) is used by the in-process engine only.
    """
    if settings.workers < 1:
        raise ConfigError(f"workers must be 1 or more, not {settings.workers}")
    if settings.engine not in ENGINES:
        raise ConfigError(f"unknown engine {settings.engine!r}: choose one of {', '.join(ENGINES)}")
    if settings.engine == "dask":
        try:
            from .dask_engine import DaskEngine
        except ImportError as exc:
            raise ConfigError(
                "the dask engine needs dask[distributed]: pip install 'crosswire[dask]'"
            ) from exc
        return DaskEngine(settings)
    if settings.scheduler:
        raise ConfigError("a scheduler address needs the dask engine (--engine dask)")
    if settings.workers == 1:
        return InProcessEngine(settings, analyser)
    return PoolEngine(settings, settings.workers)
