"""The ``crosswire`` command line: a thin shell over ``crosswire.api``.

Each command parses its options, calls one library function and renders the
result; library errors (``CrosswireError``) become a one-line message and a
non-zero exit code.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from . import api
from .errors import CrosswireError, EncoderMismatchError, NoInputError
from .ingest import extract_file
from .link.stories import late_arrivals
from .model import Article, StoryEvent
from .report import dossier_json, dumps, render_html, render_markdown
from .report.labels import UNKNOWN_OUTLET
from .settings import Settings, default_db_path
from .store import display_location, is_postgres_url, open_store

F = TypeVar("F", bound=Callable[..., Any])

db_option = click.option(
    "--db",
    envvar="CROSSWIRE_DB",
    default=None,
    metavar="FILE",
    help=(
        "SQLite database file or postgresql:// URL "
        "(default: a file in the user data directory; env CROSSWIRE_DB)."
    ),
)


def handle_errors(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NoInputError as exc:
            raise click.UsageError(str(exc)) from exc
        except EncoderMismatchError as exc:
            raise click.ClickException(f"{_encoder_source(exc.choice)}{exc}") from exc
        except CrosswireError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def _encoder_source(choice: str) -> str:
    """Where the encoder choice came from, as the user typed it: "--encoder gpu: " or ""."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.get_parameter_source("encoder") is ParameterSource.COMMANDLINE:
        return f"--encoder {choice}: "
    if os.environ.get("CROSSWIRE_ENCODER"):
        return f"CROSSWIRE_ENCODER={choice}: "
    return ""


@click.group()
@click.version_option(package_name="crosswire")
def main() -> None:
    """crosswire: cross-source dossiers from news articles, offline."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes analysing articles in parallel (default 1; env CROSSWIRE_WORKERS).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default=None,
    help="Run the per-article stage on a local process pool or on Dask (env CROSSWIRE_ENGINE).",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="Dask scheduler address (with --engine dask; default: a local cluster on 127.0.0.1).",
)
@click.option(
    "--encoder",
    type=click.Choice(["cpu", "gpu", "auto", "e5"]),
    default=None,
    help=(
        "Sentence encoder: cpu (USE), gpu (MiniLM, needs crosswire[gpu]), auto, "
        "or e5 (multilingual-e5-small on CPU, needs crosswire[e5])."
    ),
)
@click.option(
    "--outlet",
    default=None,
    metavar="NAME",
    help=(
        "The outlet of every article in this batch, over what the files say "
        "(per article: a JSONL 'outlet' field or an 'Outlet:' header line)."
    ),
)
@handle_errors
def ingest(
    paths: tuple[Path, ...],
    db: str | None,
    workers: int | None,
    engine: str | None,
    scheduler: str | None,
    encoder: str | None,
    outlet: str | None,
) -> None:
    """Ingest files or folders (text, HTML, JSONL, RSS/Atom, WARC), recursively.

    Shows a progress bar on a terminal, then prints a summary; failed inputs
    are listed with their reasons.  The exit code is 0 when the batch ran, even
    if some inputs failed.  An interrupted ingest, run again, resumes: stored
    articles are skipped before analysis.
    """
    settings = Settings.from_env(
        db=db, workers=workers, engine=engine, scheduler=scheduler, encoder=encoder
    )
    # a missing path or no files: a usage error, nothing created; the folders are walked once
    files = api.input_files(list(paths))
    with open_store(settings.resolved_db()) as store, _IngestProgress() as progress:
        report = api.ingest(files, settings=settings, store=store, progress=progress, outlet=outlet)
    _print_report(report, settings.resolved_db())


class _IngestProgress:
    """A rich progress bar on stderr (files read, articles stored, articles/s, failures)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._started = time.perf_counter()
        self._bar = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(
                "files • {task.fields[stored]} stored • {task.fields[rate]:.1f} articles/s • "
                "{task.fields[skipped]} skipped • {task.fields[failed]} failed"
            ),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            disable=not sys.stderr.isatty(),
        )
        self._task = self._bar.add_task(
            "ingest", total=None, stored=0, rate=0.0, skipped=0, failed=0
        )

    def __call__(self, report: api.IngestReport) -> None:
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self._bar.update(
            self._task,
            total=report.files_total,
            completed=report.files_done,
            stored=report.ingested,
            rate=report.ingested / elapsed,
            skipped=report.duplicates,
            failed=report.failed,
        )

    def __enter__(self) -> _IngestProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()


def _print_report(report: api.IngestReport, db: str) -> None:
    click.echo(
        f"ingested {report.ingested}, skipped {report.duplicates} duplicate(s), "
        f"failed {report.failed}; {report.stories} stories in {display_location(db)} "
        f"({report.seconds:.1f} s)"
    )
    for f in report.failures:
        click.echo(f"  failed: {f.path}: {f.reason}")
    for w in report.warnings:
        click.echo(f"  warning: {w.path}: {w.reason}")


@main.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table (for reading) or json (id, title and articles of each story).",
)
@click.option("--history", is_flag=True, help="Show how each story grew: created, joined, merged.")
@click.option("--rebuild", is_flag=True, help="Regroup the whole archive from scratch first.")
@handle_errors
def stories(db: str | None, fmt: str, history: bool, rebuild: bool) -> None:
    """List stories: id, title, article count, outlets, date range."""
    settings = Settings.from_env(db=db)
    # read-only, unless --rebuild (which writes the new grouping, never creates a store)
    with open_store(settings.resolved_db(), create=False, read_only=not rebuild) as store:
        if rebuild:
            api.update_stories(store, settings, rebuild=True)
        rows = []
        for s in store.stories():
            arts = store.articles(list(s.article_ids))
            rows.append((s, arts))
        events = api.story_history(store) if history else {}
    if fmt == "json":
        out = []
        for s, arts in rows:
            item: dict[str, object] = {
                "id": s.id,
                "title": s.title,
                "articles": [a.ref() for a in arts],
            }
            if history:
                item["history"] = [
                    {
                        "event": e.kind,
                        "story": e.story,
                        "article": e.article,
                        "other": e.other,
                        "score": e.score,
                    }
                    for e in events.get(s.id, [])
                ]
            out.append(item)
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("no stories yet: run `crosswire ingest PATH...`")
    for s, arts in sorted(rows, key=lambda r: -len(r[1])):
        dates = sorted(a.published.isoformat() for a in arts if a.published)
        span = f"{dates[0]}..{dates[-1]}" if dates else "undated"
        outlets = sorted({a.outlet for a in arts if a.outlet})
        unknown = sum(1 for a in arts if not a.outlet)
        if unknown:  # never a file name in place of an outlet
            outlets.append(UNKNOWN_OUTLET + (f" ({unknown} articles)" if unknown > 1 else ""))
        click.echo(f"{s.id}  {len(arts):>3} article(s)  {span:<22}  {s.title}")
        click.echo(f"{'':14}outlets: {', '.join(outlets)}")
        if history:
            by_id = {a.id: a for a in arts}
            for e in events.get(s.id, []):
                click.echo(f"{'':14}{_history_line(e, by_id)}")
    late = sum(len(late_arrivals(s, arts)) for s, arts in rows)
    if late and not rebuild:
        click.echo(
            f"note: {late} article(s) arrived after newer ones of their story; "
            "`crosswire stories --rebuild` regroups the archive in date order",
            err=True,
        )


def _history_line(e: StoryEvent, articles: dict[str, Article]) -> str:
    a = articles.get(e.article)
    date = a.published.isoformat() if a and a.published else "undated"
    title = a.title if a else e.article
    p = f" (p {e.score:.2f})" if e.score is not None else ""
    if e.kind == "merged":
        return f"{date}  merged   {e.other} into {e.story}: both matched {title!r}{p}"
    return f"{date}  {e.kind:<8} {e.story}: {title!r}{p}"


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text (the clean text only) or json (one object per article, with its metadata).",
)
@handle_errors
def extract(file: Path, fmt: str) -> None:
    """Print one file's clean main text (or JSON with metadata); stores nothing."""
    articles = extract_file(file, Settings.from_env())
    for a in articles:
        if fmt == "json":
            click.echo(
                json.dumps(
                    {
                        "title": a.title,
                        "outlet": a.outlet,
                        "outlet_inferred": a.outlet_inferred,
                        "url": a.url,
                        "published": a.published.isoformat() if a.published else None,
                        "published_inferred": a.published_inferred,
                        "language": a.language,
                        "text": a.text,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            click.echo(a.text)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text"]),
    default="json",
    show_default=True,
    help="json (analysis.schema.json) or text (the same findings, for reading).",
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date (YYYY-MM-DD) to resolve relative dates against, for every input.",
)
@handle_errors
def analyze(files: tuple[Path, ...], fmt: str, published: Any) -> None:
    """Print every per-article finding of FILES (quotes, entities, claims, times,
    credits, hedges, each with its span into the clean text); stores nothing.

    The JSON follows src/crosswire/report/analysis.schema.json (a contract).
    Exits 1 when no input could be analysed.
    """
    from .analyze.language import other_language
    from .report import analysis_json, analysis_text

    date = published.date() if published is not None else None
    report = api.analyze(list(files), settings=Settings.from_env(), published=date)
    doc = analysis_json(report.articles, report.failures)
    click.echo(dumps(doc) if fmt == "json" else analysis_text(doc))
    for f in report.failures:
        click.echo(f"crosswire: {f.path}: {f.reason}", err=True)
    for a in report.articles:
        found = a.analysis
        if found.mentions or found.quotes or found.claims or found.times or found.credits:
            continue  # the English rules ran: no need to tell the language again
        lang = other_language(a.article.text)
        if lang is not None:
            click.echo(
                f"crosswire: {a.article.path or a.article.title}: written in {lang!r}, not "
                "English: the English rules were not run, no findings",
                err=True,
            )
    if not report.articles:
        raise SystemExit(1)


@main.command()
@db_option
@click.option(
    "--story", "story_id", default=None, help="Only this story (see `crosswire stories`)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown", "md", "html"]),
    default=None,
    help=(
        "json (the dossier contract), markdown (or md) or html; "
        "default: from the --out file's suffix."
    ),
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help=(
        "A file (FILE.json, .md or .html: one story, or every story in one JSON file) "
        "or a folder (one file per story). JSON defaults to stdout."
    ),
)
@handle_errors
def export(db: str | None, story_id: str | None, fmt: str | None, out: Path | None) -> None:
    """Export dossiers as JSON, Markdown or HTML (one per story)."""
    fmt = _export_format(fmt, out)
    settings = Settings.from_env(db=db)
    with open_store(settings.resolved_db(), read_only=True) as store:
        ds = api.dossiers(store, story_id)
    if fmt == "json" and out is not None and _is_file(out, fmt) and len(ds) != 1:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(dumps(dossier_json(ds)), encoding="utf-8")  # as on stdout: a list
        click.echo(str(out))
        return
    if out is not None and _is_file(out, fmt) and len(ds) != 1:
        raise click.UsageError(
            f"--out {out} names one file but there are {len(ds)} stories: "
            "pass --story ID, or a folder"
        )
    if fmt == "json" and out is None:
        click.echo(dumps(dossier_json(ds)))
        return
    if out is None:
        if len(ds) != 1:
            raise click.UsageError("--out FOLDER is needed for several stories (or use --story)")
        click.echo(_render(ds[0], fmt))
        return
    for path in write_exports(ds, fmt, out):
        click.echo(str(path))


_SUFFIX = {"json": ".json", "markdown": ".md", "html": ".html"}
_FORMAT_OF_SUFFIX = {".json": "json", ".md": "markdown", ".markdown": "markdown", ".html": "html"}


def _export_format(fmt: str | None, out: Path | None) -> str:
    """The export format: ``--format`` (md is markdown), else the ``--out`` file's suffix."""
    if fmt == "md":
        return "markdown"
    if fmt is not None:
        return fmt
    if out is not None and out.suffix.lower() in _FORMAT_OF_SUFFIX:
        return _FORMAT_OF_SUFFIX[out.suffix.lower()]
    raise click.UsageError("--format json, markdown (md) or html is needed")


def _is_file(out: Path, fmt: str) -> bool:
    """True when ``--out`` names a file of the format (its suffix), not a folder."""
    return not out.is_dir() and _FORMAT_OF_SUFFIX.get(out.suffix.lower()) == fmt


def _render(d: Any, fmt: str) -> str:
    if fmt == "json":
        return dumps(dossier_json([d])[0])
    if fmt == "markdown":
        return render_markdown(d)
    return render_html(d)


def write_exports(ds: list[Any], fmt: str, out: Path) -> list[Path]:
    """Write dossiers to ``out`` (a file when it has the format's suffix and there is one)."""
    if len(ds) == 1 and _is_file(out, fmt):
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(_render(ds[0], fmt), encoding="utf-8")
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for d in ds:
        path = out / f"{d.story.id}{_SUFFIX[fmt]}"
        path.write_text(_render(d, fmt), encoding="utf-8")
        paths.append(path)
    return paths


@main.command()
@db_option
@handle_errors
def failures(db: str | None) -> None:
    """List inputs that failed to ingest, with their reasons, then those read with a warning."""
    settings = Settings.from_env(db=db)
    with open_store(settings.resolved_db(), read_only=True) as store:
        rows = store.failures()
        warned = store.warnings()
    if not rows:
        click.echo("no failures recorded")
    for f in [*rows, *warned]:
        click.echo(f"{f.stage:8} {f.path}: {f.reason}")


@main.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the demo database and dossiers (default: demo/ in the user data dir).",
)
@handle_errors
def demo(out: Path | None) -> None:
    """Build the bundled example corpus into dossiers and print where they are."""
    from .demo import corpus_path

    settings = Settings.from_env()
    default_home = (
        default_db_path() if is_postgres_url(settings.resolved_db()) else settings.resolved_db()
    )
    out = out or Path(default_home).parent / "demo"
    db = out / "demo.db"
    if out.exists():
        for name in ("demo.db", "demo.db-wal", "demo.db-shm", "dossiers"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    out.mkdir(parents=True, exist_ok=True)
    settings = settings.replace(db=str(db))
    with open_store(str(db)) as store:
        report = api.ingest([corpus_path()], settings=settings, store=store)
        ds = api.dossiers(store)
    _print_report(report, str(db))
    written = []
    for fmt in ("html", "json", "markdown"):
        written += write_exports(ds, fmt, out / "dossiers")
    main_story = max(ds, key=lambda d: len(d.articles))
    html_path = out / "dossiers" / f"{main_story.story.id}.html"
    click.echo(f"{len(ds)} dossiers written to {out / 'dossiers'} (HTML, JSON, Markdown)")
    click.echo(f"main dossier: {html_path}")
    click.echo(f"explore further: crosswire stories --db {db}")
    click.echo(f"run `crosswire serve --db {db} --open` to browse it")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0: any free one); a port in use is an error.",
)
@click.option(
    "--allow-ingest",
    is_flag=True,
    help="Let the web page add articles (an upload form); read-only without it.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the stories page in a browser.")
@handle_errors
def serve(db: str | None, host: str, port: int, allow_ingest: bool, open_browser: bool) -> None:
    """Browse stories, dossiers, articles and search in a web browser.

    Binds 127.0.0.1 unless --host says otherwise; the app never fetches URLs
    found in articles and writes nothing unless --allow-ingest.
    """
    from .serve import LOOPBACK, run

    settings = Settings.from_env(db=db)
    if host not in LOOPBACK:
        click.echo(
            f"warning: listening on {host}: anyone who can reach this address can read the store",
            err=True,
        )
    run(
        settings.resolved_db(),
        settings,
        host=host,
        port=port,
        allow_ingest=allow_ingest,
        open_browser=open_browser,
        echo=click.echo,
    )


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option(
    "--verbose", "-v", is_flag=True, help="List every miss, wrong finding and false finding."
)
@handle_errors
def evaluate(gold: Path, db: str | None, verbose: bool) -> None:
    """Score findings against a gold file (the demo corpus's gold.json format).

    Without --db, the gold file's corpus folder (its "corpus" field, relative to
    GOLD; default: GOLD's folder) is ingested into a temporary database.
    """
    import tempfile

    from .evaluate import evaluate as run_evaluation
    from .evaluate import format_table, load_gold

    spec = load_gold(gold)
    settings = Settings.from_env(db=db)
    with tempfile.TemporaryDirectory() as tmp:
        location = db or str(Path(tmp) / "evaluate.db")
        with open_store(location, read_only=db is not None) as store:
            if db is None:
                folder = gold.parent / str(spec.get("corpus", "."))
                api.ingest([folder], settings=settings.replace(db=location), store=store)
            articles = store.articles()
            analyses = store.analyses(a.id for a in articles)
            result = run_evaluation(spec, articles, analyses, store.stories(), api.dossiers(store))
    click.echo(format_table(result))
    if verbose:
        for sc in [*result.scores.values(), *result.links.values()]:
            for line in [*sc.misses, *sc.false]:
                click.echo(f"  {line}")


if __name__ == "__main__":  # pragma: no cover
    main()
