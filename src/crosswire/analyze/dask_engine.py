"""The per-article stage on Dask distributed (``--engine dask [--scheduler ADDRESS]``).

Without a scheduler address a ``LocalCluster`` of ``Settings.workers`` worker
processes (one thread each) is started on 127.0.0.1, with no dashboard, and
stopped at the end.  With an address, the batches go to that cluster; its
workers need crosswire (same version) installed.  A worker plugin loads the
spaCy pipeline and the sentence encoder once per worker as it joins; tasks then
reuse them.  Workers return analyses; only the ingesting process writes to the
store.
"""

from __future__ import annotations

import functools
import logging
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin

from ..errors import AnalysisError, ConfigError
from ..model import Article
from ..settings import Settings
from .engine import WORKER_DIED, Engine, Results, analyse_batch, worker_analyser


class LoadModels(WorkerPlugin):
    """Loads the models for ``settings`` once on each worker, when it joins."""

    name = "crosswire-load-models"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        worker_analyser(self.settings)


class DaskEngine(Engine):
    """Batches as Dask tasks; results gathered back in input order."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.workers = settings.workers
        self._client: Client | None = None
        self._cluster: LocalCluster | None = None

    def start(self) -> Client:
        """Connect (or start the local cluster) and load the models on every worker."""
        if self._client is not None:
            return self._client
        try:
            if self.settings.scheduler:
                self._client = Client(self.settings.scheduler, timeout="30s")
                self.workers = max(1, len(self._client.scheduler_info()["workers"]))
            else:
                with warnings.catch_warnings():
                    # The scheduler's small HTTP endpoint (127.0.0.1, no dashboard) takes
                    # another port when 8787 is busy, and says so; that is fine here.
                    warnings.filterwarnings("ignore", "Port .* is already in use", UserWarning)
                    self._cluster = LocalCluster(
                        n_workers=self.settings.workers,
                        threads_per_worker=1,
                        processes=True,
                        host="127.0.0.1",
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                self._client = Client(self._cluster)
        except OSError as exc:
            self.close()
            where = self.settings.scheduler or "a local cluster on 127.0.0.1"
            raise ConfigError(f"cannot reach the Dask scheduler ({where}): {exc}") from exc
        self._client.register_plugin(LoadModels(self.settings))
        return self._client

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[tuple[list[Article], Results]]:
        def submit(items: list[Article]) -> Callable[[], Results]:
            future = self.start().submit(analyse_batch, self.settings, items, pure=False)
            return functools.partial(self._collect, items, future)

        return self._in_order(batches, submit)

    @staticmethod
    def _collect(batch: list[Article], future: Future[Results]) -> Results:
        try:
            results: Results = future.result()
        except KilledWorker:
            results = [AnalysisError(WORKER_DIED) for _ in batch]
        finally:
            future.release()
        return results

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
