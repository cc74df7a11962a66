"""One reader per input format; each turns bytes into Articles or raises IngestError.

Container formats (JSONL, feeds, WARC) yield an ``IngestFailure`` for a bad
record and go on with the next one.  HTML goes through trafilatura exactly once
per page; trafilatura never fetches anything here (it is only given strings).
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import logging
import re
import zlib
from collections.abc import Iterator
from typing import Any

from ..errors import DecodeError, EmptyContentError, IngestError, UnsupportedFormatError
from ..model import Article, IngestFailure
from ..settings import Settings
from .boilerplate import FORMAT_CODE_RE, WIRE_ENTITY_RE, clean_text, is_furniture, wire_header
from .dates import (
    date_stamp,
    dateline_end,
    find_dateline,
    infer_date,
    make_date,
    parse_date,
    url_date,
    wire_dateline,
)
from .decode import decode
from .limits import RAW_TEXT_FACTOR, cut_text, flatten_html, shrink_html
from .outlets import infer_outlet, outlet_from_url, split_title

_HEADER_RE = re.compile(
    r"^(?P<key>outlet|source|publication|url|link|published|date|updated|author|by|byline)"
    r"\s*:\s*(?P<value>.{0,300})$",
    re.IGNORECASE,
)
# how long a header line's value may be: longer, it is prose that opens with the word
# ("Updated: Rick Santorum on Sunday tried to clarify …" is the lead paragraph)
_HEADER_LIMITS = {"url": 2048, "link": 2048, "published": 60, "date": 60, "updated": 60}


def _header(line: str) -> re.Match[str] | None:
    m = _HEADER_RE.match(line)
    if m is None:
        return None
    value = m.group("value").strip()
    limit = _HEADER_LIMITS.get(m.group("key").lower(), 100)
    if len(value) > limit or (m.group("key").lower() in ("url", "link") and " " in value):
        return None
    return m


_ENTITY_DECL_RE = re.compile(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.IGNORECASE | re.DOTALL)
_ANY_ENTITY_RE = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DEFAULTS = Settings()
log = logging.getLogger("crosswire.ingest")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """``text`` with unpaired surrogates (JSON escapes such as "\\ud83d" of a cut
    emoji) replaced by U+FFFD: they cannot be encoded, hashed or stored."""
    return _SURROGATE_RE.sub("\ufffd", text)


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _field(value: str) -> str:
    """A field (text, title, url, outlet) without unpaired surrogates or
    control characters (a NUL from a JSON "\\u0000" cannot be stored in PostgreSQL)."""
    return _CONTROL_RE.sub("", _no_surrogates(value))


def _finish(
    text: str,
    title: str,
    *,
    path: str,
    fmt: str,
    url: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    settings: Settings = _DEFAULTS,
) -> Article:
    """Clean the text, settle the publication date and build the Article."""
    text, title = _field(text), _field(title)
    url, outlet, language = (_field(x) if x else x for x in (url, outlet, language))
    raw = _cut(text, path, settings)
    bare_title, site = split_title(title)
    outlet_inferred = False
    if not outlet:  # 1. the text says who published it (a dateline, a copyright line)
        outlet = infer_outlet(raw, title) or outlet_from_url(url)
        outlet_inferred = outlet is not None
    if site and site == outlet:
        title = bare_title  # "Headline | Site Name": the site is the outlet, not the title
    body = clean_text(raw)
    first, _, rest = body.partition("\n")
    if title and rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        body = rest.strip()  # the headline repeated as the first line of the body
    if not any(ch.isalnum() for ch in body):
        raise EmptyContentError("no article text found (no letters or digits)")
    inferred = False
    if published is None:
        published = find_dateline(body) or url_date(url)  # the site's own dates
    if published is None and (wire := wire_dateline(body, url)) is not None:
        published, inferred = wire.date, wire.year_inferred  # "WASHINGTON, April 29 (UPI) —"
    if published is None:
        published = infer_date(body)
        inferred = published is not None
    title = " ".join(title.split()) or text_title(body)
    return Article.create(
        body,
        title,
        path=path,
        url=url or None,
        outlet=outlet or None,
        published=published,
        published_inferred=inferred,
        language=language or None,
        source_format=fmt,
        outlet_inferred=outlet_inferred,
    )


# ------------------------------------------------------------------ plain text


def read_text(data: bytes, path: str, settings: Settings = _DEFAULTS) -> Article:
    text = decode(data)
    if not text.strip():
        raise EmptyContentError("empty file")
    return text_article(text, path, settings=settings)


def _cut(text: str, path: str, settings: Settings) -> str:
    """``limits.cut_text``, saying so when it cuts."""
    kept = cut_text(text, settings.max_text_chars)
    if kept is not text:
        log.warning(
            "%s: text of %s characters cut to %s before cleaning (%d x setting max_text_chars)",
            path,
            f"{len(text):,}",
            f"{len(kept):,}",
            RAW_TEXT_FACTOR,
        )
    return kept


TITLE_SEARCH_LINES = 20
"""How many lines before the title may be page furniture (navigation, bylines, dates)."""
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)]*$")
_DATE_LINE_RE = re.compile(
    r"^(?:(?:published|updated|posted|last updated)\b(?:.{0,60}|(?=.{0,25}\d).{0,120})|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? .{0,40}\d{4}.{0,20}|"
    r"\d{1,2}[ /.-][a-z]{3,9}\.?[ /.-]\d{2,4}.{0,20}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}.{0,20}|"
    r"[\d ,:./+-]{6,})$",
    re.IGNORECASE,
)


def _date_line(line: str) -> bool:
    """A date or date-and-time stamp line ("MONDAY, MAY 23, 2005", "Posted: Nov 27, 2005
    8:20 AM ET", "APR 28"; ``dates.date_stamp``): never a headline."""
    s = " ".join(line.split())
    return bool(_DATE_LINE_RE.match(s)) or date_stamp(s)


def headline_like(line: str) -> bool:
    """Could this line be a headline: a few words with a capital, not page furniture,
    not a sentence of prose, not a line of interface words repeated.  (A date line is
    never one: ``_title_line`` sets it apart with ``_date_line`` first.)"""
    s = " ".join(line.split())
    words = s.split()
    if not 2 <= len(words) <= 30 or len(s) > 250 or is_furniture(s):
        return False
    if not any(ch.isupper() for ch in s):
        return False
    folded = [w.casefold() for w in words]
    if len(words) >= 4 and len(set(folded)) <= len(words) * 0.6:
        return False  # "social-media social-media login options options"
    return not (len(words) >= 12 and _SENTENCE_END_RE.search(s))


_WIRE_BYLINE_TAIL_RE = re.compile(
    r"\s{2,}By\s+[A-Z][\w.'’ -]{1,60}?,?\s+(?:Associated Press|AP)\s+Writer$"
)


def _wire_title(line: str) -> str:
    """A wire-copy headline line without its codes: SGML code entities ("&HT;"), the
    format codes around it ("UR HEADLINE LR QL UR (ART ADV: ...": the first coded piece)
    and a byline run on after it ("Headline  By JANE DOE, Associated Press Writer")."""
    s = WIRE_ENTITY_RE.sub(" ", line).strip()
    if FORMAT_CODE_RE.match(s) and len(FORMAT_CODE_RE.findall(s)) >= 2:
        s = next((p.strip() for p in FORMAT_CODE_RE.split(s) if p.strip()), "")
    return _WIRE_BYLINE_TAIL_RE.sub("", s)


def _wire_date(line: str, meta: dict[str, Any]) -> bool:
    """Is ``line`` a wire document-id line ("APW20260309.0123 NEWS STORY 03/09/2026
    08:02:00")?  Its date goes into ``meta`` as the dateline (when ``parse_date`` reads it
    unambiguously), the date the id spells (YYYYMMDD) as ``wire_id_date``."""
    m = wire_header(line)
    if m is None:
        return False
    if m.group("date") and parse_date(m.group("date")):
        meta.setdefault("dateline", m.group("date"))
    if m.group("id"):
        digits = m.group("id")[3:11]
        day = make_date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
        if day is not None:
            meta.setdefault("wire_id_date", day)
    return True


def _editor_note(line: str) -> bool:
    """A short line all in brackets above the headline: an editor's note, not the title."""
    return line.startswith("(") and line.endswith(")") and len(line.split()) < 12


TEXT_TITLE_CHARS = 160


def bare_dateline(line: str) -> bool:
    """A line that is only a dateline ("MIAMI _", "NAIROBI, August 21 (Xinhua) --")."""
    line = line.strip()
    return bool(line) and dateline_end(line + "\n") >= len(line)


# a sentence's end inside a line: a stop, then a capital or an opening quote
_SENTENCE_END_IN_LINE_RE = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘`A-Z])")
# words a stop follows without ending a sentence ("Mr. Smith", "Sony Corp. completed")
_ABBREVIATED = frozenset(
    """mr mrs ms dr sen rep gov gen lt col capt sgt st jr sr co corp inc ltd bros no mt
    ft vs prof rev hon atty dist dept univ jan feb mar apr jun jul aug sep sept oct nov
    dec""".split()
)


def _first_sentence(line: str) -> str:
    """The first sentence of a line: up to a stop that ends a sentence (not one after
    an abbreviation or an initial), when what is left is no shorter than a headline."""
    for m in _SENTENCE_END_IN_LINE_RE.finditer(line):
        before = line[: m.start()].rstrip(".!?\"”’'")
        word = before.rsplit(None, 1)[-1] if before.split() else ""
        bare = word.strip("(\"“'").rstrip(".").lower()
        if bare in _ABBREVIATED or len(bare) <= 1 or "." in bare:
            continue  # "Mr.", "J.", "U.S."
        if m.start() >= 30:
            return line[: m.start()].strip()
    return line


def text_title(body: str) -> str:
    """A title made from a text without a headline: the first sentence of its first
    line after the dateline, cut at a word boundary before ``TEXT_TITLE_CHARS``
    characters (marked "…")."""
    start = dateline_end(body)
    first = _first_sentence(" ".join(body[start:].strip().split("\n", 1)[0].split()))
    if len(first) <= TEXT_TITLE_CHARS:
        return first
    cut = first[:TEXT_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _headed(line: str, lines: list[str], i: int) -> bool:
    """Is ``line`` (``lines[i]``) a long headline that header lines follow ("Budget passes
    after all-night sitting. Here's where the $2.4 billion goes" above "Outlet: …")?  A
    line of prose, sentences and all, is a headline when the file's own header lines
    ("Outlet:", "URL:", "Published:") come right after it: prose opens no header."""
    if len(line) > 250 or is_furniture(line) or not any(ch.isupper() for ch in line):
        return False
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j < len(lines) and _header(lines[j].strip()) is not None


def _title_line(lines: list[str], meta: dict[str, Any]) -> tuple[str, int]:
    """The first headline-like line and the index after it; header lines on the way go
    into ``meta`` and furniture is skipped.  When the text opens with prose (no headline),
    the title is "" (derived from the text later) and no line is consumed."""
    i = 0
    for _ in range(TITLE_SEARCH_LINES):
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i >= len(lines):
            break
        line = _wire_title(lines[i].strip())
        header = _header(line)
        if header:
            meta.setdefault(header.group("key").lower(), header.group("value").strip())
        elif _wire_date(line, meta) or _editor_note(line):
            pass  # a wire header line; a short editor's note ("(REPEATING to correct ...)")
        elif bare_dateline(line):
            return "", i  # "MIAMI _", "HAVANA (AP) --": the story's first line, no headline
        elif _date_line(line):
            # a date stamp above the headline ("MONDAY, MAY 23, 2005", "Posted: Nov 27,
            # 2005 8:20 AM ET") is the page's date: kept, though the line is dropped
            meta.setdefault("dateline", line)
        elif headline_like(line) or _headed(line, lines, i):
            return line, i + 1
        elif not (is_furniture(line) or len(line.split()) < 12):
            return "", i  # prose: the text has no headline line
        i += 1
    return "", 0


def text_article(
    text: str,
    path: str,
    *,
    fmt: str = "text",
    title: str | None = None,
    meta: dict[str, Any] | None = None,
    settings: Settings = _DEFAULTS,
) -> Article:
    """A plain-text article: first line title (unless given), then optional header lines.
    The raw text is cut first (``limits.cut_text``)."""
    meta = dict(meta or {})
    lines = _cut(text, path, settings).strip("\n").split("\n")
    i = 0  # the first line not read yet (popping each from the front was quadratic)
    if title is None:
        title, i = _title_line(lines, meta)
    while i < len(lines) and (not lines[i].strip() or _header(lines[i].strip())):
        m = _header(lines[i].strip())
        i += 1
        if m:
            meta.setdefault(m.group("key").lower(), m.group("value").strip())
    lines = lines[i:]
    if not any(line.strip() for line in lines):
        lines = [title]  # a one-paragraph file: its only line is both title and text
    published = None
    for key in ("published", "date", "updated"):
        if meta.get(key):
            published = parse_date(str(meta[key]))
            if published:
                break
    if published is None and meta.get("dateline"):
        published = find_dateline(str(meta["dateline"]))
    if published is None and isinstance(meta.get("wire_id_date"), dt.date):
        published = meta["wire_id_date"]  # "APW20260309.0123": the wire's own id
    outlet = meta.get("outlet") or meta.get("source") or meta.get("publication")
    url = meta.get("url") or meta.get("link")
    return _finish(
        "\n".join(lines),
        title,
        path=path,
        fmt=fmt,
        url=str(url) if url else None,
        outlet=str(outlet) if outlet else None,
        published=published,
        language=meta.get("language"),
        settings=settings,
    )


# ------------------------------------------------------------------ HTML


def _class_token(token: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {token} ')"


# elements a reader sees only on hovering a link: a person's card with their latest
# headlines run into the sentence ("Rep. Ilhan OmarIlhan OmarHillicon Valley: ...");
# pruned before extraction (class names matched as whole words).  Not "tooltip" or
# "popover": pages give those classes to the visible words a tip explains too
HIDDEN_CARDS_XPATH = "//*[{}]".format(
    " or ".join(_class_token(t) for t in ("rollover-people-block", "hovercard", "hover-card"))
)


def html_article(
    html: str,
    path: str,
    *,
    fmt: str = "html",
    url: str | None = None,
    meta: dict[str, Any] | None = None,
    settings: Settings = _DEFAULTS,
) -> Article:
    """Main text and metadata of an HTML page (trafilatura, once), within the limits
    ``max_html_chars`` and ``max_html_depth`` (``limits``)."""
    import trafilatura

    meta = dict(meta or {})
    if not html.strip():
        raise EmptyContentError("empty file")
    html = _no_surrogates(html)
    shrunk = shrink_html(html, settings.max_html_chars)
    if shrunk is not html:
        log.warning(
            "%s: HTML of %s characters cut to %s without scripts and styles "
            "(setting max_html_chars)",
            path,
            f"{len(html):,}",
            f"{len(shrunk):,}",
        )
    html = flatten_html(shrunk, settings.max_html_depth)
    if html is not shrunk:
        log.warning(
            "%s: HTML nested deeper than %d levels flattened (setting max_html_depth)",
            path,
            settings.max_html_depth,
        )
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            prune_xpath=HIDDEN_CARDS_XPATH,
        )
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise IngestError(f"HTML extraction failed: {type(exc).__name__}: {exc}") from exc
    if doc is None:
        raise EmptyContentError("no article text found")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        raise EmptyContentError("no article text found")
    published = parse_date(str(meta["published"])) if meta.get("published") else None
    if published is None and data.get("date"):
        published = parse_date(str(data["date"]))
    return _finish(
        text.replace("\n", "\n\n"),
        str(meta.get("title") or data.get("title") or ""),
        path=path,
        fmt=fmt,
        url=str(meta.get("url") or url or data.get("url") or "") or None,
        outlet=str(meta.get("outlet") or data.get("sitename") or "") or None,
        published=published,
        language=str(meta.get("language") or data.get("language") or "") or None,
        settings=settings,
    )


def read_html(data: bytes, path: str, settings: Settings = _DEFAULTS) -> Article:
    return html_article(decode(data), path, settings=settings)


# ------------------------------------------------------------------ JSONL


def _jsonl_lines(data: bytes) -> Iterator[str | DecodeError]:
    """The lines of a JSONL file.  When the file as a whole is not text (a binary
    line in the middle), each line is decoded on its own and a bad one is a
    DecodeError; a file without one line of JSON in it stays one failure."""
    try:
        text = decode(data)
    except DecodeError:
        lines: list[str | DecodeError] = []
        for raw in data.split(b"\n"):
            try:
                lines.append(decode(raw) if raw.strip() else "")
            except DecodeError as exc:
                lines.append(exc)
        if not any(isinstance(x, str) and x.lstrip().startswith("{") for x in lines):
            raise
        yield from lines
        return
    if not text.strip():
        raise EmptyContentError("empty file")
    yield from text.split("\n")


def read_jsonl(
    data: bytes, path: str, settings: Settings = _DEFAULTS
) -> Iterator[Article | IngestFailure]:
    for lineno, line in enumerate(_jsonl_lines(data), 1):
        where = f"{path}:{lineno}"
        if isinstance(line, DecodeError):
            yield IngestFailure(where, str(line))
            continue
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise IngestError("a JSONL line must be a JSON object")
            for key in ("title", "url", "outlet", "published", "language", "text", "html"):
                if rec.get(key) is not None and not isinstance(rec[key], str):
                    raise IngestError(f"field {key!r} must be a string")
            meta = {k: rec[k] for k in ("url", "outlet", "published", "language") if rec.get(k)}
            if isinstance(rec.get("text"), str) and rec["text"].strip():
                published = parse_date(rec["published"]) if rec.get("published") else None
                if rec.get("published") and published is None:
                    raise IngestError(f"unreadable published date {rec['published']!r}")
                body = rec["text"]
                title = rec.get("title")
                if title is None:
                    yield text_article(body, where, fmt="jsonl", meta=meta, settings=settings)
                else:
                    yield _finish(
                        body,
                        title,
                        path=where,
                        fmt="jsonl",
                        url=meta.get("url"),
                        outlet=meta.get("outlet"),
                        published=published,
                        language=meta.get("language"),
                        settings=settings,
                    )
            elif isinstance(rec.get("html"), str) and rec["html"].strip():
                if rec.get("title"):
                    meta["title"] = rec["title"]
                yield html_article(
                    rec["html"],
                    where,
                    fmt="jsonl",
                    url=meta.get("url"),
                    meta=meta,
                    settings=settings,
                )
            else:
                raise IngestError("no 'text' or 'html' field with content")
        except json.JSONDecodeError as exc:
            yield IngestFailure(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
        except RecursionError:
            yield IngestFailure(where, "invalid JSON: nested too deeply to parse")
        except IngestError as exc:
            yield IngestFailure(where, str(exc))


# ------------------------------------------------------------------ RSS / Atom


def refuse_entities(data: bytes) -> None:
    """Refuse XML with entity declarations (billion laughs, external entities).

    The bytes are scanned for ``<!ENTITY``; so is the decoded text when the bytes
    are UTF-16 or UTF-32 (where a byte scan sees nothing); and defusedxml parses
    the document with entities and external references forbidden (a document it
    cannot parse for other reasons goes on to feedparser's lenient parser)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    reason = "XML entity declarations are refused (possible XML bomb or external entity)"
    if _ENTITY_DECL_RE.search(data) or _ANY_ENTITY_RE.search(data[:65536]):
        raise IngestError(reason)
    if b"\x00" in data[:4096]:
        try:
            text = decode(data[:65536] if len(data) % 2 == 0 else data[:65535])
        except IngestError:
            text = ""
        if re.search("<!ENTITY", text, re.IGNORECASE):
            raise IngestError(reason)
    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise IngestError(f"{reason}: {type(exc).__name__}") from exc
    except Exception:  # malformed XML: feedparser's lenient parser reads it below
        return


def read_feed(
    data: bytes, path: str, settings: Settings = _DEFAULTS
) -> Iterator[Article | IngestFailure]:
    import feedparser

    refuse_entities(data)
    feed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        raise EmptyContentError(f"no feed items found{f' ({reason})' if reason else ''}")
    fmt = "atom" if str(feed.get("version", "")).startswith("atom") else "rss"
    outlet = feed.feed.get("title")
    for i, entry in enumerate(feed.entries, 1):
        where = f"{path}#{i}"
        try:
            content = ""
            if entry.get("content"):
                content = entry["content"][0].get("value", "")
            content = content or entry.get("summary", "") or ""
            if not content.strip():
                raise EmptyContentError("feed item has no content or summary")
            published = None
            parsed = entry.get("published_parsed") or entry.get("updated_parsed")
            if parsed:
                published = make_date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            meta = {
                "title": entry.get("title"),
                "url": entry.get("link"),
                "outlet": outlet,
                "published": published.isoformat() if published else None,
            }
            if "<" in content and re.search(r"<(p|div|br|article)\b", content, re.I):
                yield html_article(
                    f"<html><body><article>{content}</article></body></html>",
                    where,
                    fmt=fmt,
                    url=meta["url"],
                    meta=meta,
                    settings=settings,
                )
            else:
                yield _finish(
                    content,
                    str(meta["title"] or ""),
                    path=where,
                    fmt=fmt,
                    url=meta["url"],
                    outlet=outlet,
                    published=published,
                    settings=settings,
                )
        except IngestError as exc:
            yield IngestFailure(where, str(exc))


# ------------------------------------------------------------------ WARC


WARC_INFLATION = 16
"""A gzipped WARC may decompress to at most this many times ``max_file_bytes``."""


def _warc_complete(data: bytes, max_bytes: int) -> bool:
    """Does the archive end where it should (whole gzip members, or a final CRLF CRLF)?
    Raises IngestError when it decompresses to more than ``max_bytes`` (a gzip bomb)."""
    if data[:2] == b"\x1f\x8b":
        total = 0
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                while chunk := fh.read(1 << 20):
                    total += len(chunk)
                    if total > max_bytes:
                        raise IngestError(
                            f"the WARC decompresses to more than {max_bytes:,} bytes "
                            f"({WARC_INFLATION} x setting max_file_bytes): refused as a "
                            "possible gzip bomb"
                        )
        except (EOFError, OSError, zlib.error):
            return False
        return True
    return data.endswith(b"\r\n\r\n")


def read_warc(
    data: bytes, path: str, settings: Settings = _DEFAULTS
) -> Iterator[Article | IngestFailure]:
    """HTML response records of a WARC file.

    The crawl date (WARC-Date) is when the page was fetched, not when it was
    published, so it is never used as the publication date.  In a truncated
    archive, the records before the break are kept and the cut record is dropped.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    complete = _warc_complete(data, WARC_INFLATION * settings.max_file_bytes)
    count = 0
    pending: list[Article | IngestFailure] = []
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            headers = record.http_headers
            ctype = (headers.get_header("Content-Type") if headers else "") or ""
            if "html" not in ctype.lower():
                continue
            yield from pending
            pending = []
            count += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{path}#{count}"
            m = re.search(r"charset=([\w\-]+)", ctype, re.I)
            try:
                payload = record.content_stream().read(settings.max_file_bytes + 1)
                if len(payload) > settings.max_file_bytes:
                    log.warning(
                        "%s: record payload cut to %s bytes (setting max_file_bytes)",
                        where,
                        f"{settings.max_file_bytes:,}",
                    )
                    payload = payload[: settings.max_file_bytes]
                html = decode(payload, declared=m.group(1) if m else None)
                pending.append(html_article(html, where, fmt="warc", url=uri, settings=settings))
            except IngestError as exc:
                pending.append(IngestFailure(where, str(exc)))
    except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError) as exc:
        complete = False
        pending = []
        reason = f"{type(exc).__name__}: {exc}"
    else:
        reason = "the archive ends inside a record"
    if complete:
        yield from pending
        if count == 0:
            yield IngestFailure(path, "no HTML response records in WARC")
    else:
        kept = count - 1 if pending else count
        yield IngestFailure(
            path, f"truncated or corrupt WARC after {max(kept, 0)} records ({reason})"
        )


def unsupported(kind: str) -> UnsupportedFormatError:
    return UnsupportedFormatError(f"unsupported format: {kind}")
