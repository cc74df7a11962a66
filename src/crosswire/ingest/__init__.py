"""The ingest stage: files and folders -> Articles (or named failures).

``iter_paths`` walks folders; ``read_path`` reads one file of any supported
format and never raises for bad input (it yields ``IngestFailure``);
``extract_file`` is the raising variant used by ``crosswire extract``.

Formats are detected from the content first and the extension second:
plain text, HTML (``readers.html_article``, trafilatura), JSONL, RSS/Atom
(feedparser, entity declarations refused), WARC (warcio).  Every format's text
goes through ``boilerplate.clean_text``; ``decode.decode`` handles encodings;
``dates`` finds datelines and never invents a date.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import EmptyContentError, IngestError, InputTooLargeError
from ..model import Article, IngestFailure
from ..settings import Settings
from . import readers

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc"}
REFUSED = {
    ".json": "JSON document (crosswire reads JSONL: one article object per line)",
    ".md": "Markdown document",
    ".pdf": "PDF document",
    ".doc": "Word document",
    ".docx": "Word document",
}


def iter_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files under the given files and folders, recursively and sorted; hidden ones skipped."""
    for p in paths:
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                rel = child.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if child.is_file():
                    yield child
        elif p.exists():
            yield p


def detect_format(path: Path, head: bytes) -> str:
    """'text', 'html', 'jsonl', 'feed' or 'warc' (UnsupportedFormatError otherwise)."""
    name = path.name.lower()
    suffix = path.suffix.lower()
    if name.endswith((".warc.gz", ".warc")) or head.startswith(b"WARC/"):
        return "warc"
    if suffix == ".gz":
        raise readers.unsupported("gzip file that is not a WARC archive")
    if suffix in REFUSED:
        raise readers.unsupported(REFUSED[suffix])
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    sniff = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in FEED_SUFFIXES or b"<rss" in sniff or b"<feed" in sniff:
        if b"<html" in sniff and b"<rss" not in sniff and b"<feed" not in sniff:
            return "html"
        return "feed"
    if suffix in HTML_SUFFIXES or sniff.startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise readers.unsupported(f"unknown file type {suffix!r}")


def _read(path: Path, settings: Settings) -> Iterator[Article | IngestFailure]:
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        raise InputTooLargeError(
            f"file is {size:,} bytes, over the limit of {settings.max_file_bytes:,} "
            f"(setting max_file_bytes, env CROSSWIRE_MAX_FILE_BYTES)"
        )
    if size == 0:
        raise EmptyContentError("empty file")
    with path.open("rb") as fh:
        head = fh.read(4096)
    fmt = detect_format(path, head)
    data = path.read_bytes()
    where = str(path)
    if fmt == "text":
        yield readers.read_text(data, where, settings)
    elif fmt == "html":
        yield readers.read_html(data, where, settings)
    elif fmt == "jsonl":
        yield from readers.read_jsonl(data, where, settings)
    elif fmt == "feed":
        yield from readers.read_feed(data, where, settings)
    else:
        yield from readers.read_warc(data, where, settings)


def read_path(path: Path, settings: Settings) -> Iterator[Article | IngestFailure]:
    """One file -> Articles, and IngestFailures for what could not be read. Never raises
    for bad input."""
    try:
        yield from _read(path, settings)
    except IngestError as exc:
        yield IngestFailure(str(path), str(exc))
    except OSError as exc:
        yield IngestFailure(str(path), f"cannot read file: {exc.strerror or exc}")
    except RecursionError:
        yield IngestFailure(str(path), "document nested too deeply to parse")
    except MemoryError:
        yield IngestFailure(str(path), "out of memory while reading")


def extract_file(path: Path, settings: Settings) -> list[Article]:
    """Like ``read_path`` but raises the IngestError of the first failure."""
    out: list[Article] = []
    for item in read_path(path, settings):
        if isinstance(item, IngestFailure):
            raise IngestError(f"{item.path}: {item.reason}")
        out.append(item)
    return out


__all__ = ["detect_format", "extract_file", "iter_paths", "read_path"]
