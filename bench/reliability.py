"""Reliability report: hostile input, crash safety, concurrency and peak memory.

    .venv/bin/python bench/reliability.py [--out docs/reliability.md] [--kills 6]

Everything runs through the ``crosswire`` command line in fresh processes, as a
user would run it, and writes ``docs/reliability.md``:

1. **baseline**: ``crosswire ingest`` of a clean batch of 40 ordinary articles
   (``tests/reliability/reliability_news.py``): wall time and peak resident
   memory (the models loaded, ordinary texts);
2. **hostile**: ``crosswire ingest`` of the hostile corpus
   (``tests/hostile/hostile_corpus.py``, the 50 MB text, the 20 MB one-line page
   and the gzip bomb included), then every case checked against the store: good
   records stored once, bad ones named with path and reason, nothing expanded or
   fetched, every stored finding's span exact;
3. **worst file**: one text file just under ``max_file_bytes`` of four-byte
   characters (emoji), the most memory one input can take;
4. **crash safety**: ``crosswire ingest`` of a batch killed with SIGKILL at
   random points ``--kills`` times, the store checked after each kill, then run
   to completion;
5. **concurrency**: two reader threads listing stories, articles, searches and
   dossiers while ingest processes write.

Peak memory is the kernel's high-water mark of the ingest process
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` in a wrapper process), and
is given as a ratio to the baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "hostile"), str(ROOT / "tests" / "reliability")]

import hostile_corpus  # noqa: E402
import reliability_news  # noqa: E402

from crosswire.analyze.pipeline import PARSE_CHARS  # noqa: E402
from crosswire.settings import Settings  # noqa: E402
from crosswire.store import open_store  # noqa: E402

PARSE_MIB = 350
"""Memory of one spaCy call on ``PARSE_CHARS`` one-character tokens (17 KB a token)."""

_WRAPPER = (
    "import json, resource, subprocess, sys, time\n"
    "t0 = time.perf_counter()\n"
    "r = subprocess.run(sys.argv[1:])\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'rc': r.returncode, 'seconds': time.perf_counter() - t0,\n"
    "                  'maxrss_kib': use.ru_maxrss, 'cpu': use.ru_utime + use.ru_stime}),\n"
    "      file=sys.stderr)\n"
)


@dataclass
class Measured:
    rc: int
    seconds: float
    cpu: float
    peak_mib: float
    stdout: str
    stderr: str


def measured(cmd: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd`` in a wrapper process that reports its exact peak RSS."""
    proc = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *cmd],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = proc.stderr.rstrip().splitlines()
    data = json.loads(lines[-1])
    return Measured(
        rc=data["rc"],
        seconds=data["seconds"],
        cpu=data["cpu"],
        peak_mib=data["maxrss_kib"] / 1024,
        stdout=proc.stdout,
        stderr="\n".join(lines[:-1]),
    )


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kib / 2**20:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({cpu or platform.machine()}){mem}, load average {load}; "
        f"Python {platform.python_version()}"
    )


# ---------------------------------------------------------------------------- sections


@dataclass
class Hostile:
    run: Measured
    cases: list[hostile_corpus.Case]
    verdict: hostile_corpus.Verdict
    reasons: dict[str, list[str]]
    """Failure reasons by case name."""
    stored: dict[str, int]
    """Articles stored by case name."""
    build_seconds: float
    disk_mib: float


@dataclass
class Kills:
    articles: int
    kills: int
    stored_before_rerun: int
    stored: int
    problems: list[str]
    rerun_rc: int
    rerun: str


@dataclass
class Concurrency:
    articles: int
    writer_rc: int
    reads: int
    dossiers: int
    errors: list[str]
    partial: list[str]
    stored: int
    problems: list[str]


def run_hostile(tmp: Path) -> Hostile:
    folder = tmp / "hostile"
    t0 = time.perf_counter()
    cases = hostile_corpus.build(folder, big=True)
    built = time.perf_counter() - t0
    disk = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20
    db = tmp / "hostile.db"
    run = measured(reliability_news.ingest_command(folder, db))
    if run.rc != 0:
        raise SystemExit(f"hostile ingest failed ({run.rc}):\n{run.stderr[-2000:]}")
    with open_store(str(db)) as store:
        articles = store.articles()
        analyses = store.analyses(a.id for a in articles)
        failures = store.failures()
        verdict = hostile_corpus.check(folder, cases, articles, analyses, failures)
    reasons: dict[str, list[str]] = {}
    for f in failures:
        reasons.setdefault(hostile_corpus.case_name(f.path, folder), []).append(f.reason)
    stored: dict[str, int] = {}
    for a in articles:
        name = hostile_corpus.case_name(a.path or "", folder)
        stored[name] = stored.get(name, 0) + 1
    return Hostile(run, cases, verdict, reasons, stored, built, disk)


def run_worst(tmp: Path, max_file_bytes: int) -> tuple[Measured, int]:
    folder = tmp / "worst"
    folder.mkdir()
    path = folder / "emoji.txt"
    line = ("Officials said the ferry \U0001f6a2 resumed \U0001f600 on Monday. " * 40).encode()
    with path.open("wb") as fh:
        fh.write(b"Four-byte characters\n\n")
        while fh.tell() + len(line) + 2 < max_file_bytes:
            fh.write(line + b"\n\n")
    return measured(reliability_news.ingest_command(folder, tmp / "worst.db")), path.stat().st_size


def run_kills(tmp: Path, kills: int, seed: int = 6) -> Kills:
    folder, db = tmp / "batch", tmp / "kill.db"
    n = reliability_news.write_batch(folder, 40)
    rng = random.Random(seed)
    done_kills, problems = 0, []
    for i in range(kills):
        if reliability_news.kill_during_ingest(folder, db, rng, early=i == 0):
            done_kills += 1
        problems += reliability_news.store_problems(db)
    before = reliability_news.stored_count(db)
    final = subprocess.run(
        reliability_news.ingest_command(folder, db),
        env=reliability_news.fast_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    problems += reliability_news.store_problems(db)
    stored = reliability_news.stored_count(db)
    return Kills(
        articles=n,
        kills=done_kills,
        stored_before_rerun=before,
        stored=stored,
        problems=problems,
        rerun_rc=final.returncode,
        rerun=final.stdout.strip().splitlines()[0] if final.stdout.strip() else "",
    )


def run_concurrency(tmp: Path) -> Concurrency:
    db = tmp / "concurrent.db"
    r = reliability_news.ingest_while_reading(tmp / "concurrent", db)
    return Concurrency(
        articles=r.articles,
        writer_rc=r.writer_rc,
        reads=r.reads,
        dossiers=r.dossiers,
        errors=[f"{type(exc).__name__}: {exc}" for exc in r.errors],
        partial=r.partial,
        stored=reliability_news.stored_count(db),
        problems=reliability_news.store_problems(db),
    )


# ---------------------------------------------------------------------------- report


def _cell(text: str, width: int = 90) -> str:
    text = " ".join(text.replace("|", "\\|").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def report(args: argparse.Namespace) -> tuple[str, bool]:
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        print("baseline: 40 ordinary articles …", flush=True)
        reliability_news.write_batch(tmp / "clean", 40)
        (tmp / "clean" / "broken.html").unlink()
        (tmp / "clean" / "empty.txt").unlink()
        base = measured(reliability_news.ingest_command(tmp / "clean", tmp / "clean.db"))
        if base.rc != 0:
            raise SystemExit(f"baseline ingest failed:\n{base.stderr[-2000:]}")
        print(f"  {base.seconds:.1f} s, peak {base.peak_mib:.0f} MiB", flush=True)
        print("hostile corpus …", flush=True)
        h = run_hostile(tmp)
        print(f"  {h.run.seconds:.1f} s, peak {h.run.peak_mib:.0f} MiB", flush=True)
        print("worst single file …", flush=True)
        worst, worst_size = run_worst(tmp, settings.max_file_bytes)
        print(f"  {worst.seconds:.1f} s, peak {worst.peak_mib:.0f} MiB", flush=True)
        print(f"crash safety: {args.kills} kills …", flush=True)
        k = run_kills(tmp, args.kills)
        print(f"  {k}", flush=True)
        print("concurrency …", flush=True)
        c = run_concurrency(tmp)
        print(f"  {c.reads} reads, errors {c.errors}", flush=True)

    v = h.verdict
    good = sum(len(x.good) for x in h.cases)
    bad_files = sum(1 for x in h.cases if x.bad)
    lost = len(v.lost) + (k.articles - k.stored) + (c.articles - c.stored)
    mib = 2**20
    bound = base.peak_mib + 5 * settings.max_file_bytes / mib + PARSE_MIB
    peak = max(h.run.peak_mib, worst.peak_mib)
    problems = [*v.problems, *k.problems, *c.problems, *c.errors, *c.partial]
    lines = [
        "# Reliability",
        "",
        f"Generated by `bench/reliability.py` on {dt.date.today().isoformat()}; "
        f"machine: {machine()}.  Do not edit by hand: run "
        "`.venv/bin/python bench/reliability.py` again.",
        "",
        "## Summary",
        "",
        "| what | result |",
        "|---|---|",
        f"| hostile inputs tried | {len(h.cases)} files ({good} good records; {bad_files} "
        "files holding bad input) |",
        f"| crashes | {0 if h.run.rc == 0 else 1} (`crosswire ingest` exit code {h.run.rc}) |",
        f"| failures named with path and reason | {v.failures}; bad inputs not named: "
        f"{len(v.unnamed)}; failures in good files: {len(v.unexpected)} |",
        f"| good records stored | {v.stored} of {good}; stored twice: {len(v.twice)} |",
        f"| records lost | **{lost}** (hostile corpus {len(v.lost)}, killed ingests "
        f"{k.articles - k.stored}, concurrent ingests {c.articles - c.stored}) |",
        f"| entity expansions or fetched files in the store | {len(v.leaked)} |",
        f"| stored findings breaking an invariant | {len(v.broken)} |",
        f"| SIGKILLs during ingest | {k.kills}; store problems after them: {len(k.problems)}; "
        f"the re-run: `{k.rerun}` |",
        f"| reads during concurrent ingests | {c.reads} ({c.dossiers} of them building every "
        f"dossier); errors {len(c.errors)}; partial stories seen {len(c.partial)} |",
        f"| peak memory | hostile corpus {h.run.peak_mib:.0f} MiB, worst single file "
        f"{worst.peak_mib:.0f} MiB; baseline {base.peak_mib:.0f} MiB "
        f"(ratio {peak / base.peak_mib:.2f}) |",
        f"| stated bound | peak ≤ baseline + 5 × `max_file_bytes` + {PARSE_MIB} MiB = "
        f"{bound:.0f} MiB with the defaults: {'holds' if peak <= bound else '**exceeded**'} |",
        "",
        "## Memory and time",
        "",
        "Each row is one `crosswire ingest` in a fresh process (the models load in it);",
        "peak resident memory is the kernel's high-water mark for that process.",
        "",
        "| run | input | seconds | CPU s | peak MiB | peak / baseline |",
        "|---|---|---:|---:|---:|---:|",
        f"| baseline | 40 ordinary articles | {base.seconds:.1f} | {base.cpu:.1f} | "
        f"{base.peak_mib:.0f} | 1.00 |",
        f"| hostile corpus | {len(h.cases)} files, {h.disk_mib:.0f} MiB on disk (built in "
        f"{h.build_seconds:.1f} s) | {h.run.seconds:.1f} | {h.run.cpu:.1f} | "
        f"{h.run.peak_mib:.0f} | {h.run.peak_mib / base.peak_mib:.2f} |",
        f"| worst single file | {worst_size / mib:.0f} MiB of text in four-byte characters | "
        f"{worst.seconds:.1f} | {worst.cpu:.1f} | {worst.peak_mib:.0f} | "
        f"{worst.peak_mib / base.peak_mib:.2f} |",
        "",
        "**The bound.** Files are read one at a time.  One file costs at most a few",
        "copies of its bytes while it is decoded and cleaned (the bytes, the decoded text",
        "and its normalised copy; for JSONL, its lines), because everything after that is",
        "cut: raw text to 4 × `max_text_chars`, HTML to `max_html_chars`, analysed text to",
        "`max_text_chars`, a WARC record's payload to `max_file_bytes`, a gzipped WARC's",
        "inflated size to 16 × `max_file_bytes`.  At most `max_batch_articles` cut",
        "articles wait for analysis, and spaCy parses at most",
        f"`PARSE_CHARS` = {PARSE_CHARS:,} characters in one call (about 17 KB a token, at",
        f"most one token a character: {PARSE_MIB} MiB).  So peak memory ≤ the models'",
        f"baseline + 5 × `max_file_bytes` + {PARSE_MIB} MiB",
        f"({5 * settings.max_file_bytes / mib + PARSE_MIB:.0f} MiB above the baseline with",
        "the defaults); lowering `max_file_bytes` lowers it.",
        "",
        "## Limits (settings)",
        "",
        "| setting | default | when it is hit |",
        "|---|---|---|",
        f'| `max_file_bytes` | {settings.max_file_bytes:,} | the file is refused: "file is N '
        'bytes, over the limit of M (setting max_file_bytes, env CROSSWIRE_MAX_FILE_BYTES)"; '
        "a WARC record's payload is cut; a gzipped WARC inflating past 16 × this is refused "
        "as a possible gzip bomb |",
        f"| `max_text_chars` | {settings.max_text_chars:,} | raw text past 4 × this is dropped "
        "before cleaning, clean text past it is cut at a paragraph; a warning names the file "
        "and the setting |",
        f"| `max_html_chars` | {settings.max_html_chars:,} | scripts, styles and comments go, "
        "then the page is cut at a tag; a warning says so |",
        f"| `max_html_depth` | {settings.max_html_depth} | deeper tags are dropped, their text "
        "kept; a warning says so |",
        f"| `max_batch_articles` | {settings.max_batch_articles} | articles held and analysed "
        "together before they are stored |",
        f"| `request_timeout_s` | {settings.request_timeout_s:g} | the web app answers a "
        "slower request with an error |",
        "",
        "## Inputs tried",
        "",
        "Each file of the hostile corpus, what it holds, how many articles crosswire stored",
        "from it and the reasons it gave for what it could not read.",
        "",
        "| file | hostile because | stored | failures: reasons |",
        "|---|---|---:|---|",
    ]
    for case in h.cases:
        why = h.reasons.get(case.name, [])
        count = f"{h.stored.get(case.name, 0)}"
        if case.duplicate_of:
            count += f" (duplicate of `{case.duplicate_of}`)"
        shown = f"{len(why)}: {_cell('; '.join(sorted(set(why))))}" if why else "0"
        lines.append(f"| `{case.name}` | {_cell(case.what, 60)} | {count} | {shown} |")
    lines += [
        "",
        "## Crash safety and concurrency",
        "",
        f"* {k.articles} articles ingested with `CROSSWIRE_EMBED=0` and batches of two; the "
        f"ingest process was killed with SIGKILL {k.kills} times (the first while it started, "
        "the others while it stored articles).  After each kill SQLite's `PRAGMA "
        "integrity_check` passed and the store held no article twice or without its analysis, "
        f"no story naming a missing article and no story without articles; {k.stored_before_rerun} "
        f"articles were stored before the re-run, {k.stored} after it (exit code {k.rerun_rc}).",
        f"* {c.articles} articles ingested by four `crosswire ingest` processes in turn while two "
        "reader threads listed stories with their articles and analyses, searched and built "
        f"dossiers: {c.reads} reads, {len(c.errors)} errors, {len(c.partial)} partial stories; "
        f"{c.stored} articles stored.",
        "",
        "The tests that keep this true in CI: `tests/hostile/test_hostile_ingest.py`, "
        "`tests/fuzz/`, `tests/reliability/test_kill.py`, `tests/reliability/test_concurrent.py` "
        "and, for PostgreSQL (transactions instead of WAL), "
        "`tests/store/test_postgres_concurrent.py`.",
        "",
        "## Problems found in this run",
        "",
        *([f"* {_cell(p, 200)}" for p in problems] or ["None."]),
    ]
    return "\n".join(lines) + "\n", not problems and lost == 0 and h.run.rc == 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    ap.add_argument("--kills", type=int, default=6)
    args = ap.parse_args()
    text, ok = report(args)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    if not ok:
        raise SystemExit(f"problems found or records lost: see {args.out}")


if __name__ == "__main__":
    main()
