"""Limits on what one input may cost: raw text cut, HTML shrunk and flattened."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.ingest import read_path
from crosswire.ingest.limits import (
    RAW_TEXT_FACTOR,
    cut_text,
    flatten_html,
    html_depth,
    shrink_html,
)
from crosswire.ingest.readers import html_article
from crosswire.model import Article, IngestFailure
from crosswire.settings import Settings

PARA = (
    "Officials in Port Sarab said forty people were moved from homes near the river on "
    "Monday night, and the coastguard confirmed that the ferry would resume within days."
)


def _page(body: str) -> str:
    return f"<html><head><title>Deep page</title></head><body>{body}</body></html>"


def test_cut_text_keeps_a_multiple_of_the_analysed_length() -> None:
    text = "x" * 1000
    assert cut_text(text, 1000) is text
    assert len(cut_text("y" * 10_000, 100)) == 100 * RAW_TEXT_FACTOR


def test_shrink_html_leaves_a_page_within_the_limit_alone() -> None:
    page = _page(f"<p>{PARA}</p>")
    assert shrink_html(page, len(page)) is page


def test_shrink_html_drops_scripts_styles_and_comments_before_cutting() -> None:
    junk = "<script>var data = '" + "z" * 5000 + "';</script><!-- " + "c" * 3000 + " -->"
    page = _page(f"{junk}<style>p {{ color: red }}</style><p>{PARA}</p>")
    out = shrink_html(page, 1000)
    assert PARA in out
    assert "zzz" not in out and "ccc" not in out and "color" not in out


def test_shrink_html_cuts_at_a_tag_and_an_unclosed_script_runs_to_the_end() -> None:
    page = _page("".join(f"<p>{PARA} {i}</p>" for i in range(100)))
    out = shrink_html(page, 2000)
    assert len(out) <= 2000 and out.endswith("</p>")
    assert shrink_html(f"<p>{PARA}</p><script>" + "x" * 5000, 1000) == f"<p>{PARA}</p>"


def test_html_depth_follows_void_raw_and_implied_end_tags() -> None:
    assert html_depth("<div><p>a<p>b<br><img src=x></div>") == 2
    assert html_depth("<ul><li>a<li>b<li>c</ul>") == 2
    assert html_depth("<div><script>if (a<b && c<d) {}</script></div>") == 2
    assert html_depth("<div>" * 50 + "</div>" * 50) == 50
    assert html_depth("<b><i>" * 30) == 60


def test_flatten_html_keeps_text_below_the_limit_depth() -> None:
    shallow = _page(f"<div><p>{PARA}</p></div>")
    assert flatten_html(shallow, 10) is shallow
    deep = "<div>" * 500 + f"<p>{PARA}</p><script>hidden()</script>" + "</div>" * 500
    out = flatten_html(deep, 20)
    assert html_depth(out) <= 20
    assert PARA in out and "hidden" not in out


def test_text_nested_ten_thousand_levels_deep_is_extracted() -> None:
    # libxml2 stops at depth 256: without flattening the page had no text at all
    deep = "<div>" * 10_000 + f"<p>{PARA}</p>" + "</div>" * 10_000
    art = html_article(_page(deep), "deep.html")
    assert PARA in art.text


def test_text_after_thousands_of_unclosed_inline_tags_is_extracted() -> None:
    art = html_article(_page("<article><p>" + "<b><i><span>" * 3000 + PARA), "unclosed.html")
    assert PARA in art.text


def test_a_page_over_max_html_chars_is_shrunk_not_refused(tmp_path: Path) -> None:
    p = tmp_path / "big.html"
    script = "<script>" + "var x = 1;" * 20_000 + "</script>"
    p.write_text(_page(script + f"<article><p>{PARA}</p><p>{PARA} Again.</p></article>"))
    (art,) = read_path(p, Settings(max_html_chars=5_000))
    assert isinstance(art, Article)
    assert PARA in art.text


def test_raw_text_is_cut_before_cleaning(tmp_path: Path) -> None:
    p = tmp_path / "long.txt"
    p.write_text("A long file\n\n" + (PARA + "\n\n") * 2000, encoding="utf-8")
    (art,) = read_path(p, Settings(max_text_chars=1_000))
    assert isinstance(art, Article)
    assert PARA in art.text and len(art.text) <= 1_000 * RAW_TEXT_FACTOR


def _gzip_warc(html: bytes) -> bytes:
    import gzip

    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/x\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def test_a_gzip_bomb_warc_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "bomb.warc.gz"
    p.write_bytes(_gzip_warc(b"<html><body><p>" + b" " * 3_000_000))
    (fail,) = read_path(p, Settings(max_file_bytes=100_000))
    assert isinstance(fail, IngestFailure) and "gzip bomb" in fail.reason


def test_a_warc_record_over_max_file_bytes_is_cut_and_said(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    p = tmp_path / "long.warc.gz"
    page = _page(f"<article><p>{PARA}</p>" + "<p>filler text here.</p>" * 20_000 + "</article>")
    p.write_bytes(_gzip_warc(page.encode()))
    (art,) = read_path(p, Settings(max_file_bytes=200_000))
    assert isinstance(art, Article) and PARA in art.text
    assert "payload cut" in caplog.text and "max_file_bytes" in caplog.text


def test_cuts_are_said_with_the_setting_to_change(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    deep = tmp_path / "deep.html"
    deep.write_text(_page("<div>" * 300 + f"<p>{PARA}</p>" + "</div>" * 300))
    long = tmp_path / "long.txt"
    long.write_text("A long file\n\n" + (PARA + "\n\n") * 200, encoding="utf-8")
    big = tmp_path / "big.html"
    big.write_text(_page("<script>x</script>" * 1000 + f"<article><p>{PARA}</p></article>"))
    settings = Settings(max_text_chars=1_000, max_html_chars=10_000, max_html_depth=100)
    for p in (deep, long, big):
        list(read_path(p, settings))
    assert "setting max_html_depth" in caplog.text
    assert "setting max_text_chars" in caplog.text
    assert "setting max_html_chars" in caplog.text
