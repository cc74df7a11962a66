"""A corpus of hostile inputs, built on demand in a folder (never committed).

``build(folder)`` writes every case and returns a list of ``Case`` saying what
crosswire must do with each file:

* ``good``: markers (unique words) that must each appear in exactly one stored
  article; a file may hold several good records (JSONL lines, WARC records);
* ``bad``: how many failures (path and reason) the file must at least produce;
* ``duplicate_of``: the file holds the same article as another case, which
  must be stored once.

The texts are fictional and self-written.  ``big=True`` adds the 50 MB plain
text file and the 20 MB single-line HTML page (bounded by the limits in
``Settings``: ``max_file_bytes`` refuses, ``max_text_chars`` and
``max_line_chars`` cut).  Used by ``tests/hostile/test_hostile_ingest.py`` and
``bench/reliability.py``.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Case", "Verdict", "build", "case_name", "check", "marker"]


@dataclass(frozen=True)
class Case:
    """One hostile input file and what ingesting it must give."""

    name: str
    """Path relative to the corpus folder."""
    what: str
    """What is hostile about it (one line, for the reliability report)."""
    good: tuple[str, ...] = ()
    """Markers that must each be found in exactly one stored article."""
    bad: int = 0
    """At least this many failures must name this file (or a record in it)."""
    duplicate_of: str | None = None
    """Name of the case holding the same article (stored once)."""
    absent: tuple[str, ...] = field(default=())
    """Strings that must not appear in any stored article (unexpanded entities)."""


def marker(n: int) -> str:
    """A unique, tokeniser-proof word for good record number ``n``."""
    return f"Quillmark{n:03d}z"


_PLACES = ["Port Sarab", "Bellmouth", "Saltmarsh", "Northline", "Estuary Point", "Harrowgate"]
_ACTORS = ["the harbour authority", "the regional council", "the fire service", "the coastguard"]


def prose(n: int, paragraphs: int = 3, seed: int | None = None) -> str:
    """Fictional news prose carrying ``marker(n)``; different for each ``n``."""
    rnd = random.Random(seed if seed is not None else n)
    out = []
    for p in range(paragraphs):
        place = rnd.choice(_PLACES)
        actor = rnd.choice(_ACTORS)
        count = rnd.randint(3, 900)
        line = (
            f"Officials in {place} said {count} people were moved from homes near the river "
            f"on Monday night, and {actor} confirmed that the ferry service would resume "
            f"within {rnd.randint(2, 9)} days."
        )
        if p == 0:
            line += f" The incident log was filed under reference {marker(n)}."
        out.append(line)
    return "\n\n".join(out)


def text_file(n: int, title: str, paragraphs: int = 3) -> str:
    return f"{title}\n\n{prose(n, paragraphs)}\n"


def html_page(n: int, title: str, body_extra: str = "", paragraphs: int = 4) -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in prose(n, paragraphs).split("\n\n"))
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>\n{paras}{body_extra}</article></body></html>"
    )


def _warc(pages: list[str], *, gzip_records: bool) -> tuple[bytes, list[int]]:
    """A WARC of HTML responses, and the byte offset where each record ends."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip_records)
    ends = []
    for i, html in enumerate(pages):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        rec = writer.create_warc_record(
            f"https://example.org/hostile/{i}",
            "response",
            payload=io.BytesIO(html.encode("utf-8")),
            http_headers=headers,
        )
        writer.write_record(rec)
        ends.append(buf.tell())
    return buf.getvalue(), ends


def _rss(items: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{prolog}\n'
        '<rss version="2.0"><channel><title>Hostile Wire</title>'
        f"<link>https://example.org/</link><description>feed</description>{items}"
        "</channel></rss>"
    )


def _item(title: str, body: str, date: str = "Tue, 10 Mar 2026 08:00:00 GMT") -> str:
    return (
        f"<item><title>{title}</title><link>https://example.org/{abs(hash(title)) % 997}</link>"
        f"<pubDate>{date}</pubDate><description>{body}</description></item>"
    )


BILLION_LAUGHS = (
    '<!DOCTYPE rss [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


def build(folder: Path, *, big: bool = False, seed: int = 6) -> list[Case]:
    """Write the hostile corpus into ``folder`` (created) and return its cases; the files
    its external entities point at go in a sibling folder ``<folder>-secret``."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []
    n = 0

    def nxt() -> int:
        nonlocal n
        n += 1
        return n

    def put(
        name: str,
        data: bytes | str,
        what: str,
        *,
        good: tuple[str, ...] = (),
        bad: int = 0,
        duplicate_of: str | None = None,
        absent: tuple[str, ...] = (),
    ) -> None:
        """Write ``data`` to ``name`` and add its ``Case``."""
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(Case(name, what, good, bad, duplicate_of, absent))

    # -- binary content with text extensions
    for ext in ("txt", "html", "jsonl", "xml"):
        blob = bytes(rnd.randrange(256) for _ in range(6000))
        put(f"binary/random.{ext}", blob, f"random bytes as .{ext}", bad=1)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rnd.randrange(256) for _ in range(3000))
    put("binary/picture.txt", png, "a PNG image named .txt", bad=1)
    gz = gzip.compress(b"plain text, but gzip-compressed " * 50)
    put("binary/packed.txt", gz, "gzip data named .txt", bad=1)

    # -- empty and whitespace-only
    for name, data in (
        ("empty/zero.txt", b""),
        ("empty/zero.html", b""),
        ("empty/zero.jsonl", b""),
        ("empty/spaces.txt", b"   \n\t\n   \r\n  \x0c "),
        ("empty/spaces.html", b"\n\n     \n"),
        ("empty/nbsp.txt", "\u00a0\u2003\u3000\n\u200b\n".encode()),
        ("empty/bom-only.txt", b"\xef\xbb\xbf"),
    ):
        put(name, data, "zero-byte or whitespace-only file", bad=1)

    # -- encodings
    i = nxt()
    put(
        "enc/cp1252.txt",
        (
            f"Caf\u00e9 owners \u201cwelcome\u201d reopening\n\n{prose(i)} \u2014 na\u00efve r\u00e9sum\u00e9 \u20ac5\n"
        ).encode("cp1252"),
        "cp1252 with smart quotes and euro sign",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "enc/latin1.txt",
        f"Se\u00f1ora Mu\u00f1oz speaks\n\n{prose(i)} \u00bfQu\u00e9?\n".encode("latin-1"),
        "latin-1",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "enc/utf16-bom.txt",
        text_file(i, "A UTF-16 file with a BOM").encode("utf-16"),
        "UTF-16 with BOM",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "enc/utf16le-nobom.txt",
        text_file(i, "A UTF-16LE file without a BOM").encode("utf-16-le"),
        "UTF-16LE without BOM",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "enc/utf16be-nobom.txt",
        text_file(i, "A UTF-16BE file without a BOM").encode("utf-16-be"),
        "UTF-16BE without BOM",
        good=(marker(i),),
    )
    i = nxt()
    arabic = (
        "\u0627\u0644\u0645\u064a\u0646\u0627\u0621 \u0645\u063a\u0644\u0642 "
        "\u0628\u0639\u062f \u0627\u0644\u0639\u0627\u0635\u0641\u0629. "
    )
    put(
        "enc/arabic-utf8.txt",
        f"\u062e\u0628\u0631 \u0639\u0627\u062c\u0644\n\n{arabic * 20}\n\n{prose(i)}\n",
        "Arabic (right-to-left) text in UTF-8",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "enc/arabic-utf16le-nobom.txt",
        f"\u062e\u0628\u0631 \u0639\u0627\u062c\u0644\n\n{arabic * 20}\n\n{prose(i)}\n".encode(
            "utf-16-le"
        ),
        "Arabic text in UTF-16LE without BOM",
        good=(marker(i),),
    )
    i = nxt()
    cjk = "\u6e2f\u53e3\u56e0\u66b4\u98a8\u95dc\u9589\u3002\u5b98\u54e1\u8868\u793a\uff0c\u6e21\u8f2a\u5c07\u65bc\u9031\u4e09\u6062\u5fa9\u3002"
    put(
        "enc/cjk-utf8.txt",
        f"\u6e2f\u53e3\u65b0\u805e\n\n{cjk * 30}\n\n{prose(i)}\n",
        "CJK text in UTF-8",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "enc/cjk-gb18030.txt",
        f"\u6e2f\u53e3\u65b0\u805e\n\n{cjk * 30}\n\n{prose(i)}\n".encode("gb18030"),
        "CJK text in GB18030",
        good=(marker(i),),
    )
    i = nxt()
    valid = text_file(i, "Invalid UTF-8 in the middle").encode("utf-8")
    cut = len(valid) // 2
    put(
        "enc/invalid-utf8.txt",
        valid[:cut] + b" \xff\xfe\xc3\x28 \xa0\xa1 \xed\xa0\x80 " + valid[cut:],
        "invalid UTF-8 sequences (lone bytes, surrogates)",
        good=(marker(i),),
    )
    i = nxt()
    mixed = (
        b"Mixed encodings in one file\n\n"
        + "Caf\u00e9 in UTF-8, ".encode()
        + "caf\u00e9 and \u201cquotes\u201d in cp1252. ".encode("cp1252")
        + prose(i).encode()
    )
    put("enc/mixed.txt", mixed, "UTF-8 and cp1252 mixed in one file", good=(marker(i),))
    i = nxt()
    put(
        "enc/declared-wrong.html",
        html_page(i, "Declared UTF-16, saved as UTF-8").replace(
            'charset="utf-8"', 'charset="utf-16"'
        ),
        "HTML declaring utf-16 but saved as UTF-8",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "enc/controls.txt",
        text_file(i, "Control\x01 characters\x07 everywhere").replace(" ", " \x0b", 5)
        + "\x1b[31mred\x1b[0m \u202e reversed \u202c\n",
        "control characters and bidi overrides",
        good=(marker(i),),
    )

    # -- HTML without article text, and hostile markup
    put(
        "html/scripts-only.html",
        "<html><head><script>var a = '<p>not text</p>';</script><style>p{color:red}</style>"
        "</head><body><script>document.write('hello')</script><noscript></noscript></body></html>",
        "HTML with only scripts and styles",
        bad=1,
    )
    i = nxt()
    deep = "<div>" * 10_000 + f"<p>{prose(i, 2)}</p>" + "</div>" * 10_000
    put(
        "html/nested-10000.html",
        f"<html><head><title>Deep</title></head><body>{deep}</body></html>",
        "HTML nested 10,000 levels deep",
        good=(marker(i),),
    )
    i = nxt()
    unclosed = "<b><i><span>" * 3000 + prose(i, 3)
    put(
        "html/unclosed.html",
        f"<html><body><article><h1>Unclosed</h1><p>{unclosed}",
        "9,000 unclosed inline tags",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "html/bad-entities.html",
        html_page(i, "Entities &#xFFFFFFFF; &#0; &#xD800; &bogus; &amp").replace(
            "</article>", "<p>&#99999999999; &#x110000; &#1114112;</p></article>"
        ),
        "out-of-range numeric character references",
        good=(marker(i),),
    )

    # -- plain text oddities
    i = nxt()
    longline = "Longtoken".ljust(400_000, "x")
    put(
        "text/long-token.txt",
        f"A very long token\n\n{prose(i)}\n\n{longline}\n",
        "a 400,000-character token",
        good=(marker(i),),
    )
    i = nxt()
    initials = " ".join(f"{chr(65 + k % 26)}." for k in range(60_000))
    put(
        "text/initials.txt",
        f"Initials everywhere\n\n{prose(i)}\n\n{initials}\n",
        "60,000 one-letter initials without a sentence end",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "text/crlf-only.txt",
        f"Carriage returns\r\r{prose(i)}\r".replace("\n", "\r"),
        "old Mac line ends (CR only)",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "text/headers-only-then-text.txt",
        "Title line\nurl: javascript:alert(1)\npublished: 0000-00-00\noutlet: "
        + "x" * 5000
        + f"\n\n{prose(i)}\n",
        "absurd header values",
        good=(marker(i),),
    )

    # -- dates
    i = nxt()
    put(
        "dates/year-0-and-9999.txt",
        f"Year zero and 9999\npublished: 0000-01-01\n\nOn January 1, 0000 and on 9999-12-31 and "
        f"on December 31, 9999 the ledger was sealed, and on 31/12/9999 too.\n\n{prose(i)}\n",
        "dates in year 0 and 9999",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "dates/far-weekdays.txt",
        f"Published 9 March 9999\n\nLate Monday, on the 31st, on February 30 and in 0001 "
        f"the crews returned.\n\n{prose(i)}\n",
        "dateline in year 9999 and impossible dates",
        good=(marker(i),),
    )

    # -- numbers
    i = nxt()
    put(
        "numbers/overflow.txt",
        "Numbers that overflow\n\n"
        "Officials said 1e309 people attended, while others counted NaN residents and "
        "Infinity boats, -0 cars and 10^400 tonnes of grain. Some 9" + "9" * 400 + " fish died. "
        "The council said 1,000,000,000,000,000,000,000,000,000 litres spilled over "
        "0.000000000000000000001 square kilometres, and 1.7976931348623157e308 metres. "
        f"nan percent, inf km and 1e-400 dollars.\n\n{prose(i)}\n",
        'numbers such as "1e309", "NaN", 400-digit runs',
        good=(marker(i),),
    )

    # -- quotes
    i = nxt()
    nested = "\u201c\u2018" * 2500 + "Stay calm," + "\u2019\u201d" * 2500
    put(
        "quotes/nested.txt",
        f"Nested quotation marks\n\n{nested} the mayor said.\n\n{prose(i)}\n",
        "5,000 nested quotation marks",
        good=(marker(i),),
    )
    i = nxt()
    put(
        "quotes/unbalanced.txt",
        f"Unbalanced quotation marks\n\n{prose(i)}\n\n"
        + '"' * 7001
        + " he said. "
        + "\u201c" * 5000
        + " she said.\n",
        "12,000 unbalanced quotation marks",
        good=(marker(i),),
    )

    # -- JSONL with broken lines in the middle
    a, b, c, d = nxt(), nxt(), nxt(), nxt()
    lines = [
        json.dumps({"title": "First record", "text": prose(a), "published": "2026-03-10"}),
        '{"title": "broken", "text": "no closing',
        "[1, 2, 3]",
        json.dumps({"title": "Second record", "text": prose(b), "outlet": "Wire"}),
        "\x00\x01garbage",
        json.dumps({"title": 7, "text": "a number as title"}),
        json.dumps({"title": "No text"}),
        json.dumps({"title": "Bad date", "text": prose(999), "published": "9999-99-99"}),
        json.dumps({"title": "Third record", "html": html_page(c, "Third record")}),
        '{"title": "cut off at the end", "text": "Officials in Port',
    ]
    lines.insert(5, json.dumps({"title": "Cut emoji \ud83d", "text": prose(d) + " \udfff"}))
    put(
        "jsonl/broken-middle.jsonl",
        "\n".join(lines),
        "JSONL with broken lines between good ones, and unpaired surrogate escapes",
        good=(marker(a), marker(b), marker(c), marker(d)),
        bad=6,
    )
    a = nxt()
    put(
        "jsonl/deep.jsonl",
        "[" * 100_000
        + "]" * 100_000
        + "\n"
        + json.dumps({"title": "After deep", "text": prose(a)}),
        "a JSONL line nested 100,000 arrays deep",
        good=(marker(a),),
        bad=1,
    )

    # -- RSS: entity expansion bombs and external entities
    secrets = folder.with_name(folder.name + "-secret")  # outside the corpus
    secrets.mkdir(parents=True, exist_ok=True)
    secret = secrets / "passwd.txt"
    secret.write_text("LeakedSecretToken\n", encoding="utf-8")
    dtd = secrets / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "{secret.as_uri()}">', encoding="utf-8")
    put(
        "rss/billion-laughs.xml",
        _rss(_item("Bomb &lol9;", "&lol9; body"), BILLION_LAUGHS),
        "RSS with a billion-laughs entity bomb",
        bad=1,
        absent=("lollollol",),
    )
    put(
        "rss/billion-laughs-utf16.xml",
        _rss(_item("Bomb &lol9;", "&lol9; body"), BILLION_LAUGHS)
        .replace("utf-8", "utf-16")
        .encode("utf-16"),
        "the same bomb encoded as UTF-16",
        bad=1,
        absent=("lollollol",),
    )
    put(
        "rss/external-entity.xml",
        _rss(
            _item("Leak", "&leak; in the body"),
            f'<!DOCTYPE rss [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>',
        ),
        "RSS with an external entity (file://)",
        bad=1,
        absent=("LeakedSecretToken",),
    )
    i = nxt()
    put(
        "rss/external-dtd.xml",
        _rss(
            _item("External DTD", f"{prose(i)} &amp; the leak: &leak;"),
            f'<!DOCTYPE rss SYSTEM "{dtd.as_uri()}">',
        ),
        "RSS naming an external DTD that defines an entity",
        good=(marker(i),),
        absent=("LeakedSecretToken",),
    )
    i, j = nxt(), nxt()
    put(
        "rss/odd-items.xml",
        _rss(
            _item("Year 0", prose(i), "Sat, 01 Jan 0000 00:00:00 GMT")
            + _item("Year 9999", prose(j), "Fri, 31 Dec 9999 23:59:59 GMT")
            + "<item><title>empty</title></item>"
        ),
        "RSS items dated year 0 and 9999, and an empty item",
        good=(marker(i), marker(j)),
        bad=1,
    )

    # -- WARC: truncated and gzip-corrupt
    pages = [html_page(k, f"Archived page {k}") for k in (nxt(), nxt(), nxt())]
    first_two = tuple(marker(n - 2 + k) for k in range(2))
    data, ends = _warc(pages, gzip_records=False)
    put(
        "warc/truncated.warc",
        data[: ends[1] + (ends[2] - ends[1]) // 2],
        "WARC cut inside its third record",
        good=first_two,
        bad=1,
    )
    pages = [html_page(k, f"Archived page {k}") for k in (nxt(), nxt(), nxt())]
    data, ends = _warc(pages, gzip_records=True)
    corrupt = bytearray(data)
    mid = ends[1] + (ends[2] - ends[1]) // 2
    corrupt[mid : mid + 64] = bytes(rnd.randrange(256) for _ in range(64))
    put(
        "warc/gzip-corrupt.warc.gz",
        bytes(corrupt),
        "gzip WARC with a corrupt third member",
        good=(marker(n - 2),),
        bad=1,
    )
    put(
        "warc/not-gzip.warc.gz",
        b"WARC/1.0\r\n" + bytes(rnd.randrange(256) for _ in range(2000)),
        "random bytes named .warc.gz",
        bad=1,
    )

    # -- duplicates under different names (and in another encoding)
    i = nxt()
    dup = text_file(i, "The same article three times")
    put("dups/original.txt", dup, "an article", good=(marker(i),))
    put(
        "dups/copy of original.txt",
        dup,
        "the same bytes under another name",
        duplicate_of="dups/original.txt",
    )
    put(
        "dups/deeper/renamed.text",
        dup.encode("utf-16"),
        "the same text in UTF-16 under another name",
        duplicate_of="dups/original.txt",
    )

    # -- big inputs (bounded by the limits)
    if big:
        # a gzip bomb: 1 MB of spaces compressed once, repeated as 1,100 gzip members of one
        # record's payload (about 1 MB on disk, 1.1 GB inflated)
        size = 1100 * (1 << 20)
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"
        head = (
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/bomb\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http) + size}\r\n\r\n"
        ).encode()
        spaces = gzip.compress(b" " * (1 << 20), compresslevel=9)
        put(
            "big/gzip-bomb.warc.gz",
            gzip.compress(head + http) + spaces * 1100,
            "gzip WARC inflating to 1.1 GB (about 1 MB on disk)",
            bad=1,
        )

        i = nxt()
        para = prose(i, 1) + "\n\n"
        filler = "".join(prose(10_000 + k % 50, 2, seed=k) + "\n\n" for k in range(200))
        size = 50 * 1024 * 1024
        (folder / "big").mkdir(exist_ok=True)
        with (folder / "big" / "huge-50mb.txt").open("wb") as fh:
            fh.write(f"A fifty-megabyte article\n\n{para}".encode())
            chunk = filler.encode()
            written = len(para)
            while written < size:
                fh.write(chunk)
                written += len(chunk)
        cases.append(Case("big/huge-50mb.txt", "a 50 MB plain-text file", good=(marker(i),)))
        i = nxt()
        one = prose(i, 1).replace("\n", " ")
        body = "".join(f"<p>{prose(20_000 + k % 50, 1, seed=k)}</p>" for k in range(400))
        html = (
            f"<!DOCTYPE html><html><head><title>One line</title></head><body><article>"
            f"<h1>One line</h1><p>{one}</p>"
        )
        reps = (20 * 1024 * 1024 - len(html)) // len(body) + 1
        put(
            "big/oneline-20mb.html",
            html + body * reps + "</article></body></html>",
            "a 20 MB HTML page on a single line",
            good=(marker(i),),
        )
    return cases


@dataclass
class Verdict:
    """What an ingest of the corpus did, case by case, against what it must do."""

    stored: int = 0
    """Articles in the store."""
    failures: int = 0
    """Failures recorded (path and reason)."""
    lost: list[str] = field(default_factory=list)
    """Good records (markers) not stored."""
    twice: list[str] = field(default_factory=list)
    """Good records stored more than once."""
    unnamed: list[str] = field(default_factory=list)
    """Bad files with fewer failures than expected, or failures without a reason."""
    unexpected: list[str] = field(default_factory=list)
    """Failures naming a file that holds no bad record."""
    leaked: list[str] = field(default_factory=list)
    """Strings that must not be stored (entity expansions) found in the store."""
    broken: list[str] = field(default_factory=list)
    """Stored findings that break an invariant (span, finite value, date window)."""

    @property
    def problems(self) -> list[str]:
        return [
            *self.lost,
            *self.twice,
            *self.unnamed,
            *self.unexpected,
            *self.leaked,
            *self.broken,
        ]


def case_name(path: str, folder: Path) -> str:
    """The case name of a failure path ("<folder>/jsonl/x.jsonl:3" -> "jsonl/x.jsonl")."""
    rel = path[len(str(folder)) + 1 :] if path.startswith(str(folder)) else path
    for sep in ("#", ":"):
        head, found, tail = rel.rpartition(sep)
        if found and tail.isdigit():
            rel = head
    return rel


def check(
    folder: Path,
    cases: list[Case],
    articles: list[Any],
    analyses: dict[str, Any],
    failures: list[Any],
) -> Verdict:
    """Compare what is stored with what the cases require."""
    import math

    v = Verdict(stored=len(articles), failures=len(failures))
    by_case: dict[str, list[Any]] = {}
    for f in failures:
        by_case.setdefault(case_name(f.path, folder), []).append(f)
        if not f.reason.strip():
            v.unnamed.append(f"{f.path}: empty reason")
    for c in cases:
        got = by_case.get(c.name, [])
        if len(got) < c.bad:
            v.unnamed.append(f"{c.name}: {len(got)} failure(s) recorded, {c.bad} expected")
        if c.bad == 0 and got:
            v.unexpected.extend(f"{f.path}: {f.reason}" for f in got)
        for m in c.good:
            holders = [a for a in articles if m in a.text]
            if not holders:
                v.lost.append(f"{c.name}: {m} not stored")
            elif len(holders) > 1:
                v.twice.append(f"{c.name}: {m} stored {len(holders)} times")
        for s in c.absent:
            v.leaked.extend(f"{c.name}: {s!r} in {a.path}" for a in articles if s in a.text)
    known = {c.name for c in cases}
    v.unexpected.extend(
        f"{f.path}: {f.reason}" for f in failures if case_name(f.path, folder) not in known
    )
    for a in articles:
        an = analyses.get(a.id)
        if an is None:
            v.broken.append(f"{a.path}: stored without its analysis")
            continue
        spans = [*an.quotes, *an.claims, *an.times, *an.credits, *an.hedges, *an.mentions]
        for s in spans:
            if not (0 <= s.start <= s.end <= len(a.text)) or a.text[s.start : s.end] != s.text:
                v.broken.append(f"{a.path}: span {s.start}:{s.end} is not its text {s.text!r:.40}")
        for s in an.sentences:
            if not 0 <= s.start < s.end <= len(a.text):
                v.broken.append(f"{a.path}: sentence {s.start}:{s.end} outside the text")
        for c in an.claims:
            values = [c.low, c.high] + ([c.value] if c.value is not None else [])
            if not all(math.isfinite(x) for x in values) or c.low > c.high:
                v.broken.append(f"{a.path}: claim {c.text!r:.40} has values {values}")
        for t in an.times:
            if a.published is None or t.date is None:
                continue  # absolute dates in an undated article are taken as written
            if abs(t.date.year - a.published.year) > 100:
                v.broken.append(f"{a.path}: time {t.text!r:.40} resolved to {t.date}")
    return v
