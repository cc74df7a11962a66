"""Helpers for benchmarks: ECB+ texts, a fresh process running one ingest, and its peak memory.

``ecbplus_rows`` reads the ECB+ articles the throughput benchmarks use
(``../shared/eval/stories/ecbplus-dev.jsonl``); ``ecbplus_article`` makes one
an ``Article`` (its first line, cut at 120 characters, as the title).

``ingest_in_subprocess`` runs ``crosswire.api.ingest`` in a new Python process
(so models load as they would for `crosswire ingest`) while this process samples
the resident memory of that process and all its children (pool or Dask workers)
every 50 ms; the peak of the sum is what the machine had to hold.
"""

from __future__ import annotations

import contextlib
import json
import resource
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

from crosswire.model import Article

ECBPLUS = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "stories" / "ecbplus-dev.jsonl"
)

_CHILD = """
import json, resource, sys, time
from crosswire import api
from crosswire.settings import Settings

def cpu():
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))

if __name__ == "__main__":
    args = json.loads(sys.argv[1])
    t0, c0 = time.perf_counter(), cpu()
    r = api.ingest([args["folder"]], settings=Settings(db=args["db"]),
                   workers=args["workers"], engine=args["engine"])
    print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": cpu() - c0,
                      "ingested": r.ingested, "failed": r.failed, "stories": r.stories}))
"""


def ecbplus_rows(path: Path = ECBPLUS, limit: int | None = None) -> list[dict[str, str]]:
    """The first ``limit`` rows (all when None) of an ECB+ JSONL file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines[:limit]]


def ecbplus_article(text: str) -> Article:
    """An ECB+ text as an Article, titled by its first line (at most 120 characters)."""
    return Article.create(text, text.partition("\n")[0][:120])


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and its reaped children so far."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        use = resource.getrusage(who)
        total += use.ru_utime + use.ru_stime
    return total


@dataclass
class Run:
    seconds: float
    """Wall time of api.ingest inside the child (imports excluded, model loading included)."""
    cpu: float
    """CPU seconds of that call: the child and its workers (once they have exited)."""
    ingested: int
    failed: int
    stories: int
    peak_mib: float
    """Peak of the summed RSS of the child and its descendants."""


class TreeMemory:
    """Samples the summed RSS of a process and its descendants in a thread."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        self.root = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                procs = []
            for p in procs:
                with contextlib.suppress(psutil.Error):
                    total += p.memory_info().rss
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def ingest_in_subprocess(folder: Path, db: Path, workers: int, engine: str = "local") -> Run:
    """Ingest ``folder`` into a fresh ``db`` in a new process; time and peak memory."""
    arg = json.dumps({"folder": str(folder), "db": str(db), "workers": workers, "engine": engine})
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, arg], stdout=subprocess.PIPE, text=True)
    with TreeMemory(proc.pid) as mem:
        out, _ = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"ingest subprocess failed ({proc.returncode})")
    data = json.loads(out.strip().splitlines()[-1])
    return Run(
        seconds=data["seconds"],
        cpu=data["cpu"],
        ingested=data["ingested"],
        failed=data["failed"],
        stories=data["stories"],
        peak_mib=mem.peak / 2**20,
    )


def write_texts(rows: list[dict[str, str]], folder: Path) -> None:
    """ECB+ rows as .txt files: title line, blank line, body."""
    folder.mkdir(parents=True, exist_ok=True)
    for r in rows:
        title, _, body = r["text"].partition("\n")
        (folder / f"{r['id']}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")


def machine() -> str:
    """One line about this machine: cores, load, memory."""
    load = ", ".join(f"{x:.1f}" for x in psutil.getloadavg())
    mem = psutil.virtual_memory().total / 2**30
    return f"{psutil.cpu_count()} cores, load average {load}, {mem:.0f} GiB RAM"


def print_grouped(title: str, items: Sequence[tuple[str, str]], show: int) -> None:
    """Count per cause, then up to ``show`` examples taken from the causes in turn."""
    groups: dict[str, list[str]] = {}
    for cause, line in items:
        groups.setdefault(cause, []).append(line)
    order = sorted(groups, key=lambda c: -len(groups[c]))
    counts = ", ".join(f"{c} {len(groups[c])}" for c in order)
    print(f"-- {title}: {len(items)} ({counts})")
    picked: dict[str, list[str]] = {c: [] for c in order}
    left, k = show, 0
    while left > 0 and any(k < len(groups[c]) for c in order):
        for c in order:
            if left > 0 and k < len(groups[c]):
                picked[c].append(groups[c][k])
                left -= 1
        k += 1
    for c in order:
        for line in picked[c]:
            print(f"  [{c}] {line}")
