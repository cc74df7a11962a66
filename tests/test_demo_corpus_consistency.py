"""The demo corpus's gold file agrees with the articles it describes.

These tests read ``demo/corpus/gold.json`` and the raw article files only; they
run none of crosswire's readers or analysers, so a failure here is a mistake
in the gold file or the corpus, never in crosswire.  They check that:

* every member key names an existing file, or an existing JSONL record;
* every ``contains`` string occurs verbatim in the article (for HTML, in the
  text with tags stripped and entities unescaped; for JSONL, in the record's
  ``text`` or ``html`` field), and a quote's lies inside quotation marks;
* every ``must_not_contain`` string occurs in the raw file, so that testing
  its removal means something;
* publication dates are ISO and agree with the header, the HTML meta tag or
  the JSONL field; an inferred date is the one full date the text names; an
  unknown date means the article names none;
* every resolved time expression follows from the article's publication date
  (weekdays: the most recent such day on or before it; "yesterday"; "last
  week": the Monday of the previous week; "next Tuesday"), and written
  "Tuesday 10 March 2026" style dates name the right weekday;
* claim groups that "agree" overlap and the one that "conflicts" does not,
  quote and claim groups point at gold findings, entity merge lists do not
  contradict each other, and the reused wire sentence really is near-verbatim;
* the stories have enough members from distinct outlets, in the mix of
  formats the README promises.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from crosswire.demo import corpus_path, corpus_root, gold_path

GOLD: dict[str, Any] = json.loads(gold_path().read_text(encoding="utf-8"))
ARTICLES_DIR: Path = corpus_path()
ARTICLE_KEYS: list[str] = list(GOLD["articles"])
FINDING_KINDS = ("quotes", "claims", "times", "credits", "hedges")
UNITS = {"second", "metre", "square metre", "kilogram", "percent", "person", "item"}
CREDIT_KINDS = {
    "wire", "monitor", "social", "broadcaster", "outlet", "official", "document", "witness",
    "other",
}  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip

_HEADER_RE = re.compile(r"^(?P<key>[A-Za-z]+):\s*(?P<value>.*)$")
_FULL_DATE_RE = re.compile(
    r"\b\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\s+\d{4}\b"
    r"|\b(?:" + "|".join(MONTHS) + r")\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)
_WEEKDAY_DATE_RE = re.compile(
    r"\b(?P<wd>" + "|".join(WEEKDAYS) + r"),?\s+(?P<d>\d{1,2})\s+(?P<m>" + "|".join(MONTHS) + r")"
    r"\s+(?P<y>\d{4})\b"
)
_BLOCK_END_RE = re.compile(r"</(?:p|li|h[1-6]|figcaption|div|section|aside|ul|ol)>|<br\s*/?>", re.I)
_INVISIBLE_RE = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]+>")


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True)
class RawArticle:
    """One gold member as stored: raw content, readable text and declared metadata."""

    key: str
    kind: str  # "text", "html" or "jsonl-text" / "jsonl-html"
    raw: str  # the file or record field as stored; HTML entities unescaped
    text: str  # readable text: HTML tags and scripts removed; paragraphs split by blank lines
    body: str  # ``text`` without a plain-text file's title and header lines
    outlet: str | None
    declared_date: str | None  # from a header line, a meta tag or the JSONL field


def _html_text(markup: str) -> str:
    visible = _INVISIBLE_RE.sub(" ", markup)
    visible = _BLOCK_END_RE.sub("\n\n", visible)
    text = html.unescape(_TAG_RE.sub(" ", visible))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _meta(markup: str, prop: str) -> str | None:
    m = re.search(rf'<meta\s+property="{re.escape(prop)}"\s+content="([^"]*)"', markup)
    return html.unescape(m.group(1)) if m else None


def _text_parts(text: str) -> tuple[dict[str, str], str]:
    """Header fields and body of a plain-text article (title line, then ``Key: value`` lines)."""
    lines = text.split("\n")[1:]
    headers: dict[str, str] = {}
    while lines and (not lines[0].strip() or _HEADER_RE.match(lines[0])):
        m = _HEADER_RE.match(lines.pop(0))
        if m:
            headers[m.group("key").lower()] = m.group("value").strip()
    return headers, "\n".join(lines)


@cache
def load(key: str) -> RawArticle:
    """The raw article behind a gold member key (``file`` or ``file.jsonl:LINE``)."""
    name, _, line = key.partition(":")
    path = ARTICLES_DIR / name
    data = path.read_text(encoding="utf-8")
    if line:
        rec = json.loads(data.split("\n")[int(line) - 1])
        date = rec.get("published")
        if rec.get("text"):
            return RawArticle(key, "jsonl-text", rec["text"], rec["text"], rec["text"],
                              rec.get("outlet"), date)  # fmt: skip
        markup = rec["html"]
        text = _html_text(markup)
        return RawArticle(key, "jsonl-html", html.unescape(markup), text, text,
                          rec.get("outlet"), date)  # fmt: skip
    if name.endswith(".html"):
        published = _meta(data, "article:published_time")
        text = _html_text(data)
        return RawArticle(key, "html", html.unescape(data), text, text,
                          _meta(data, "og:site_name"), published[:10] if published else None)  # fmt: skip
    headers, body = _text_parts(data)
    return RawArticle(key, "text", data, data, body, headers.get("outlet"),
                      headers.get("published") or headers.get("date"))  # fmt: skip


def _squash(s: str) -> str:
    return " ".join(s.split())


def occurs(needle: str, haystack: str) -> bool:
    return _squash(needle) in _squash(haystack)


def all_refs() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (section, {"article", "contains"}) reference outside the per-article lists."""
    for group in GOLD["quote_groups"]:
        for m in group["members"]:
            yield "quote_groups", m
    for group in GOLD["claim_groups"]:
        for m in group["members"]:
            yield "claim_groups", m
    for conflict in GOLD["timeline_conflicts"]:
        for m in conflict["members"]:
            yield "timeline_conflicts", m
    for section in ("reuse", "quote_must_not_group", "claim_must_not_group"):
        for pair in GOLD.get(section, []):
            yield section, pair["a"]
            yield section, pair["b"]


def gold_claim(article: str, contains: str) -> dict[str, Any]:
    found = [c for c in GOLD["articles"][article]["claims"] if c["contains"] == contains]
    assert len(found) == 1, f"{article}: no single gold claim {contains!r}"
    claim: dict[str, Any] = found[0]
    return claim


# --------------------------------------------------------------------------- structure


def test_gold_file_has_every_section() -> None:
    for section in ("corpus", "stories", "articles", "entities", "quote_groups",
                    "claim_groups", "timeline_conflicts", "reuse"):  # fmt: skip
        assert section in GOLD, section
    assert (corpus_root() / GOLD["corpus"]).resolve() == ARTICLES_DIR.resolve()
    assert (corpus_root() / "README.md").is_file()


def test_story_members_and_gold_articles_are_the_same_set() -> None:
    members = [m for s in GOLD["stories"] for m in s["members"]]
    assert len(members) == len(set(members)), "an article is in two stories"
    assert set(members) == set(ARTICLE_KEYS)


def test_every_corpus_file_and_record_is_a_member() -> None:
    keys: set[str] = set()
    for path in ARTICLES_DIR.iterdir():
        if path.suffix == ".jsonl":
            lines = path.read_text(encoding="utf-8").split("\n")
            keys |= {f"{path.name}:{i}" for i, line in enumerate(lines, 1) if line.strip()}
        else:
            keys.add(path.name)
    assert keys == set(ARTICLE_KEYS)


@pytest.mark.parametrize("key", ARTICLE_KEYS)
def test_member_key_names_an_existing_article(key: str) -> None:
    art = load(key)
    assert len(art.body.split()) >= 250, f"{key}: shorter than 250 words"
    assert len(art.body.split()) <= 750, f"{key}: longer than 700-odd words"
    assert art.outlet, f"{key}: no outlet declared"


def test_corpus_mixes_formats() -> None:
    kinds = [load(k).kind for k in ARTICLE_KEYS]
    assert kinds.count("text") >= 4
    assert kinds.count("html") >= 3
    assert kinds.count("jsonl-text") + kinds.count("jsonl-html") >= 3


def test_stories_have_enough_distinct_outlets() -> None:
    stories = {s["name"]: s["members"] for s in GOLD["stories"]}
    depot = stories["depot-attack"]
    flood = stories["flood-barrier"]
    assert len({load(k).outlet for k in depot}) == len(depot) >= 6
    assert len({load(k).outlet for k in flood}) == len(flood) >= 3
    assert not {load(k).outlet for k in depot} & {load(k).outlet for k in flood}


def test_readme_describes_every_file() -> None:
    readme = (corpus_root() / "README.md").read_text(encoding="utf-8")
    for path in ARTICLES_DIR.iterdir():
        assert path.name in readme, path.name
    assert "fictional" in readme.lower()
    assert "CC0" in readme


# --------------------------------------------------------------------------- contains


@pytest.mark.parametrize("key", ARTICLE_KEYS)
def test_finding_strings_occur_in_the_article(key: str) -> None:
    art = load(key)
    spec = GOLD["articles"][key]
    for kind in FINDING_KINDS:
        for item in spec.get(kind, []):
            assert occurs(item["contains"], art.body), f"{key} {kind}: {item['contains']!r}"


def _inside_quotes(paragraph: str, start: int, end: int) -> bool:
    before, after = paragraph[:start], paragraph[end:]
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    if before.rfind("\u201c") > before.rfind("\u201d") and "\u201d" in after:
        return True
    opening = before.rfind("\u2018")
    if opening >= 0 and not re.search(r"\u2019(?![A-Za-z])", before[opening:]):
        return bool(re.search(r"\u2019(?![A-Za-z])", after))
    return False


def quoted(needle: str, text: str) -> bool:
    """Does ``needle`` occur somewhere in ``text`` inside quotation marks?"""
    for paragraph in text.split("\n\n"):
        para = _squash(paragraph)
        i = para.find(needle)
        while i >= 0:
            if _inside_quotes(para, i, i + len(needle)):
                return True
            i = para.find(needle, i + 1)
    return False


@pytest.mark.parametrize("key", ARTICLE_KEYS)
def test_quote_strings_lie_inside_quotation_marks(key: str) -> None:
    art = load(key)
    for item in GOLD["articles"][key]["quotes"]:
        assert quoted(item["contains"], art.body), f"{key}: {item['contains']!r} is not quoted"
        if item["speaker"] is not None:
            assert item["speaker"] in art.body, f"{key}: speaker {item['speaker']!r} not named"


def test_quote_helper_tells_quoted_from_unquoted() -> None:
    text = 'He said "the port will reopen" on Monday.\n\nThe port will reopen, he said.'
    assert quoted("the port will reopen", text)
    assert not quoted("The port will reopen", text)
    assert quoted("only", "She called it \u2018only the start\u2019 of it.")
    assert not quoted("the start", "The town\u2019s mood, the start of it.")


@pytest.mark.parametrize("key", ARTICLE_KEYS)
def test_page_furniture_occurs_in_the_raw_file(key: str) -> None:
    art = load(key)
    for junk in GOLD["articles"][key]["must_not_contain"]:
        assert junk in art.raw, f"{key}: {junk!r} is not in the raw file"
        # furniture only: the string must not also be part of the article's prose
        prose = art.body if art.kind.endswith("text") else ""
        for line in prose.split("\n"):
            if junk in line:
                assert len(line.split()) <= 20, f"{key}: {junk!r} is in a line of prose"


def test_plain_text_files_carry_page_furniture_too() -> None:
    with_junk = [k for k in ARTICLE_KEYS if load(k).kind == "text"]
    assert sum(1 for k in with_junk if GOLD["articles"][k]["must_not_contain"]) >= 4


@pytest.mark.parametrize(("section", "ref"), list(all_refs()))
def test_cross_article_references_occur(section: str, ref: dict[str, Any]) -> None:
    assert ref["article"] in GOLD["articles"], f"{section}: unknown article {ref['article']}"
    assert occurs(ref["contains"], load(ref["article"]).body), f"{section}: {ref}"


# --------------------------------------------------------------------------- dates


def _iso(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value is not None else None


@pytest.mark.parametrize("key", ARTICLE_KEYS)
def test_publication_date_agrees_with_the_source(key: str) -> None:
    art = load(key)
    spec = GOLD["articles"][key]
    published = _iso(spec["published"])
    full_dates = {_parse_full(m.group(0)) for m in _FULL_DATE_RE.finditer(art.body)}
    if spec["published_inferred"]:
        assert art.declared_date is None
        assert full_dates == {published}, f"{key}: inferred from {full_dates}"
    elif art.declared_date is not None:
        assert published == _iso(art.declared_date)
    elif published is not None:  # a dateline in the body: "BELLMOUTH, 10 March 2026 —"
        lines = [line for line in art.body.split("\n") if line.strip()][:6]
        found = [m for line in lines if (m := _FULL_DATE_RE.search(line[:60]))]
        assert found and _parse_full(found[0].group(0)) == published
    else:
        assert not full_dates, f"{key}: unknown date, but the text names {full_dates}"


def _parse_full(s: str) -> dt.date:
    for fmt in ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise AssertionError(f"unparsed date {s!r}")


def test_undated_and_inferred_articles_exist() -> None:
    specs = GOLD["articles"].values()
    assert any(s["published"] is None for s in specs)
    assert any(s["published_inferred"] for s in specs)


def expected_date(expression: str, published: dt.date) -> dt.date:
    """What a careful reader resolves ``expression`` to, given the article's date."""
    low = expression.lower()
    if "yesterday" in low:
        return published - dt.timedelta(days=1)
    if "last week" in low:
        return published - dt.timedelta(days=published.weekday() + 7)
    for i, name in enumerate(WEEKDAYS):
        if name.lower() in low:
            back = (published.weekday() - i) % 7
            if re.search(r"\bnext\b", low):
                return published + dt.timedelta(days=(7 - back) if back else 7)
            return published - dt.timedelta(days=back)
    raise AssertionError(f"no rule for {expression!r}")


def test_expected_date_rules() -> None:
    tuesday = dt.date(2026, 3, 10)
    assert tuesday.weekday() == 1
    assert expected_date("late Monday", tuesday) == dt.date(2026, 3, 9)
    assert expected_date("on Tuesday", tuesday) == tuesday
    assert expected_date("on Friday", tuesday) == dt.date(2026, 3, 6)
    assert expected_date("next Tuesday", tuesday) == dt.date(2026, 3, 17)
    assert expected_date("last week", tuesday) == dt.date(2026, 3, 2)
    assert expected_date("yesterday", tuesday) == dt.date(2026, 3, 9)


@pytest.mark.parametrize("key", ARTICLE_KEYS)
def test_time_expressions_follow_from_the_publication_date(key: str) -> None:
    spec = GOLD["articles"][key]
    published = _iso(spec["published"])
    for item in spec["times"]:
        assert published is not None, f"{key}: relative dates need a publication date"
        got = dt.date.fromisoformat(item["date"])
        assert got == expected_date(item["contains"], published), f"{key}: {item}"


def test_weekdays_written_beside_full_dates_are_right() -> None:
    checked = 0
    for key in ARTICLE_KEYS:
        for m in _WEEKDAY_DATE_RE.finditer(load(key).raw):
            day = dt.date(int(m["y"]), MONTHS.index(m["m"]) + 1, int(m["d"]))
            assert WEEKDAYS[day.weekday()] == m["wd"], m.group(0)
            checked += 1
    assert checked >= 1


def test_main_story_dates_span_two_to_three_days_of_march_2026() -> None:
    depot = next(s["members"] for s in GOLD["stories"] if s["name"] == "depot-attack")
    dates = {GOLD["articles"][k]["published"] for k in depot} - {None}
    assert dates == {"2026-03-09", "2026-03-10", "2026-03-11"}
    assert dt.date(2026, 3, 9).weekday() == 0  # the first day of coverage is a Monday


def test_timeline_conflicts_name_dates_a_day_apart() -> None:
    for conflict in GOLD["timeline_conflicts"]:
        dates = sorted(dt.date.fromisoformat(d) for d in conflict["dates"])
        assert len(dates) == 2 and (dates[1] - dates[0]).days == 1
        seen = set()
        for m in conflict["members"]:
            assert m["date"] in conflict["dates"]
            seen.add(m["date"])
            times = [t for t in GOLD["articles"][m["article"]]["times"] if t["contains"] in m["contains"]
                     or m["contains"] in t["contains"]]  # fmt: skip
            assert times and all(t["date"] == m["date"] for t in times), m
        assert seen == set(conflict["dates"])


# --------------------------------------------------------------------------- claims


def _range(claim: dict[str, Any]) -> tuple[float, float]:
    if claim["value"] is not None:
        return float(claim["value"]), float(claim["value"])
    return float(claim["low"]), float(claim["high"])


@pytest.mark.parametrize("key", ARTICLE_KEYS)
def test_claims_and_credits_are_well_formed(key: str) -> None:
    spec = GOLD["articles"][key]
    for c in spec["claims"]:
        assert c["unit"] in UNITS or re.fullmatch(r"[A-Z]{3}", c["unit"]), c
        if c["value"] is None:
            assert c["low"] is not None and c["high"] is not None and c["low"] <= c["high"], c
        else:
            assert c["low"] is None and c["high"] is None, c
    for cr in spec["credits"]:
        assert cr["kind"] in CREDIT_KINDS, cr


def test_claim_groups_agree_or_conflict_as_stated() -> None:
    measures = [g["measure"] for g in GOLD["claim_groups"]]
    assert len(measures) == len(set(measures))
    statuses = set()
    for group in GOLD["claim_groups"]:
        claims = [gold_claim(m["article"], m["contains"]) for m in group["members"]]
        assert len({c["unit"] for c in claims}) == 1, group["measure"]
        ranges = [_range(c) for c in claims]
        overlap = max(lo for lo, _ in ranges) <= min(hi for _, hi in ranges) * 1.06
        statuses.add(group["status"])
        if group["status"] == "single":
            assert len(claims) == 1
        elif group["status"] == "agree":
            assert len({m["article"] for m in group["members"]}) >= 2 and overlap, group
        else:
            assert group["status"] == "conflict" and not overlap, group
    assert statuses == {"agree", "conflict", "single"}


def test_claims_that_must_stay_apart_measure_different_things() -> None:
    for pair in GOLD["claim_must_not_group"]:
        a = gold_claim(pair["a"]["article"], pair["a"]["contains"])
        b = gold_claim(pair["b"]["article"], pair["b"]["contains"])
        assert a["unit"] != b["unit"], pair  # a count and a duration; a length and an area


def test_burned_area_figures_convert_as_the_gold_says() -> None:
    sq_mile = 1609.344**2
    assert gold_claim("harbour-ledger-depot-video.html", "0.2 square miles")["value"] == (
        pytest.approx(0.2 * sq_mile, rel=1e-4)
    )
    assert gold_claim("evening-lantern-video-analysis.html", "700-metre square area")[
        "value"
    ] == pytest.approx(700.0**2)


# --------------------------------------------------------------------------- quotes, names, reuse


def _name_classes() -> dict[str, str]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in GOLD["entities"]["must_merge"]:
        parent[find(a)] = find(b)
    return {name: find(name) for name in list(parent)}


def test_entity_lists_name_people_in_the_corpus_and_do_not_contradict() -> None:
    everything = "\n".join(load(k).body for k in ARTICLE_KEYS)
    classes = _name_classes()
    for section in ("must_merge", "must_not_merge"):
        for pair in GOLD["entities"][section]:
            for name in pair:
                assert re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", everything), name
    for a, b in GOLD["entities"]["must_not_merge"]:
        assert classes.get(a, a) != classes.get(b, b), (a, b)


def test_spokesman_is_spelled_four_ways() -> None:
    classes = _name_classes()
    spokesman = classes["Muhammad al-Qahtani"]
    full = {n for n, c in classes.items() if c == spokesman and " " in n}
    assert len(full) >= 4


def test_quote_groups_point_at_quoted_words_of_one_speaker() -> None:
    classes = _name_classes()
    for group in GOLD["quote_groups"]:
        assert len({m["article"] for m in group["members"]}) >= 2
        for m in group["members"]:
            assert quoted(m["contains"], load(m["article"]).body), m
            for q in GOLD["articles"][m["article"]]["quotes"]:
                if q["contains"] == m["contains"]:
                    speaker = q["speaker"]
                    assert classes.get(speaker, speaker) == classes.get(
                        group["speaker"], group["speaker"]
                    ), (speaker, group["speaker"])


def test_quote_traps_have_different_speakers() -> None:
    for pair in GOLD["quote_must_not_group"]:
        speakers = []
        for side in (pair["a"], pair["b"]):
            qs = GOLD["articles"][side["article"]]["quotes"]
            speakers.append(next(q["speaker"] for q in qs if q["contains"] == side["contains"]))
        classes = _name_classes()
        assert classes.get(speakers[0], speakers[0]) != classes.get(speakers[1], speakers[1])


def test_reused_wire_sentence_is_near_verbatim_across_outlets() -> None:
    assert GOLD["reuse"]
    for pair in GOLD["reuse"]:
        a, b = pair["a"], pair["b"]
        assert load(a["article"]).outlet != load(b["article"]).outlet
        ratio = difflib.SequenceMatcher(None, a["contains"], b["contains"]).ratio()
        assert 0.85 <= ratio < 1.0, ratio
