"""Property tests of the ingest stage: decoding, datelines, furniture removal, the HTML
limits and whole-file reading.  ``decode`` raises only ``DecodeError``; everything
else here never raises, and ``read_path`` turns any bytes into Articles or named
failures."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from fuzz_text import FRAGMENTS, examples, texts
from hypothesis import given
from hypothesis import strategies as st

from crosswire.errors import DecodeError
from crosswire.ingest import read_path
from crosswire.ingest.boilerplate import clean_text
from crosswire.ingest.dates import MAX_YEAR, MIN_YEAR, find_dateline, infer_date, parse_date
from crosswire.ingest.decode import decode, normalise
from crosswire.ingest.limits import flatten_html, html_depth, shrink_html
from crosswire.model import Article, IngestFailure
from crosswire.settings import Settings

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n"} | {"\x7f", "\ufeff", "\r"}


def _sane(text: str) -> None:
    assert not set(text) & _CONTROL


@examples(300)
@given(data=st.binary(max_size=400), declared=st.sampled_from([None, "utf-8", "utf-16", "x"]))
def test_decode_gives_clean_text_or_a_decode_error(data: bytes, declared: str | None) -> None:
    try:
        text = decode(data, declared=declared)
    except DecodeError as exc:
        assert "tried" in str(exc)
    else:
        _sane(text)


@examples(300)
@given(text=texts, encoding=st.sampled_from(ENCODINGS))
def test_text_round_trips_through_its_encoding(text: str, encoding: str) -> None:
    text = "".join(ch for ch in text if ch.isprintable() or ch in "\n ") + " The river rose."
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # not representable in this code page
    got = decode(data)
    _sane(got)
    if encoding.startswith(("utf", "UTF")):
        assert got == normalise(text.removeprefix("\ufeff"))


@examples(300)
@given(text=texts)
def test_dates_are_in_range_or_none(text: str) -> None:
    for got in (parse_date(text), find_dateline(text), infer_date(text)):
        assert got is None or (isinstance(got, dt.date) and MIN_YEAR <= got.year <= MAX_YEAR)


@examples(300)
@given(lines=st.lists(st.one_of(texts, st.sampled_from(["Share", "1 of 4", "Most read",
       "Advertisement", "© 2026 Wire", "Read more:", ""])), max_size=20))  # fmt: skip
def test_furniture_removal_only_drops_whole_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    out = clean_text(text)
    kept = {line.strip() for line in text.split("\n")}
    assert all(not line or line in kept for line in out.split("\n"))
    assert out == out.strip() and "\n\n\n" not in out


TAGS = st.sampled_from(
    ["<div>", "</div>", "<p>", "</p>", "<b>", "<i>", "</b>", "<br>", "<li>", "<ul>", "</ul>",
     "<script>", "</script>", "<!--", "-->", "<style>", "</style>", "<a href='x>'>", "</a>",
     "<", ">", "</", "<svg>", "<td>", "<table>"]
)  # fmt: skip
HTML = st.lists(st.one_of(TAGS, st.sampled_from(FRAGMENTS)), max_size=80).map("".join)


@examples(300)
@given(html=HTML, depth=st.integers(min_value=1, max_value=12))
def test_flattened_html_is_within_the_depth(html: str, depth: int) -> None:
    out = flatten_html(html, depth)
    assert html_depth(out) <= depth
    if html_depth(html) <= depth:
        assert out is html


@examples(300)
@given(html=HTML, limit=st.integers(min_value=1, max_value=200))
def test_shrunk_html_is_within_the_limit(html: str, limit: int) -> None:
    out = shrink_html(html, limit)
    assert len(out) <= limit
    if len(html) <= limit:
        assert out is html


SUFFIXES = [".txt", ".html", ".jsonl", ".xml", ".rss", ".warc", ".warc.gz", ".gz", ".md", ""]
PREFIXES = [b"", b"<html><body><p>", b"<?xml version='1.0'?><rss><channel><item><description>",
            b"WARC/1.0\r\n", b"\x1f\x8b\x08", b"\xef\xbb\xbf", b"\xff\xfe", b"{\"text\": \""]  # fmt: skip


@examples(150)
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.one_of(st.binary(max_size=300), texts.map(lambda t: t.encode("utf-8", "replace"))),
    suffix=st.sampled_from(SUFFIXES),
)
def test_any_file_becomes_articles_or_named_failures(
    prefix: bytes, body: bytes, suffix: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(prefix + body)
        items = list(read_path(path, Settings()))
    assert items
    for item in items:
        if isinstance(item, IngestFailure):
            assert item.path.startswith(str(path)) and item.reason.strip()
        else:
            assert isinstance(item, Article) and item.text.strip()
            _sane(item.text)
            item.text.encode("utf-8")  # storable: no lone surrogates


SURROGATES = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.characters(categories=["Cs"])),
                      min_size=1, max_size=12).map(" ".join)  # fmt: skip
"""Text with unpaired surrogates, as JSON escapes of a cut emoji ("\\ud83d") give."""


@examples(150)
@given(records=st.lists(st.one_of(
    st.fixed_dictionaries({"title": texts, "text": texts}),
    st.fixed_dictionaries({"title": SURROGATES, "text": SURROGATES, "outlet": SURROGATES}),
    st.fixed_dictionaries({"text": texts, "published": st.sampled_from(
        ["2026-03-10", "0000-01-01", "9999-12-31", "March 9", "", "x"])}),
    st.dictionaries(st.sampled_from(["title", "text", "html", "url", "outlet"]),
                    st.one_of(texts, st.integers(), st.none(), st.lists(st.integers()))),
    st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=20),
), max_size=8))  # fmt: skip
def test_jsonl_records_each_become_an_article_or_a_failure(records: list[object]) -> None:
    lines = [json.dumps(r) if not isinstance(r, str) else r for r in records]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        items = list(read_path(path, Settings()))
    if len(items) == 1 and items[0].path == str(path):  # the file as a whole failed
        assert not any(isinstance(r, dict) for r in records)
        return
    assert len(items) <= len(lines)
    where = [item.path for item in items]
    for lineno, record in enumerate(records, 1):  # each object line: one article or failure
        if isinstance(record, dict):
            assert where.count(f"{path}:{lineno}") == 1
    for item in items:
        if isinstance(item, Article):
            item.text.encode("utf-8")
            assert item.published is None or MIN_YEAR <= item.published.year <= MAX_YEAR
        else:
            assert item.reason.strip()
