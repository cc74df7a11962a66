"""Byte-exact golden files for rendered dossiers (Markdown, HTML, JSON).

The dossier is built by hand, so these tests pin the renderers alone. After an
intended change to a renderer, regenerate with
``CROSSWIRE_UPDATE_GOLDEN=1 pytest tests/report/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from crosswire.link.dossier import build_dossier
from crosswire.model import (
    Analysis,
    Article,
    Claim,
    Credit,
    Dossier,
    Hedge,
    Mention,
    Quote,
    Sentence,
    Story,
    TimeExpression,
)
from crosswire.report import dossier_json, dumps, render_html, render_markdown

GOLDEN = Path(__file__).parent / "golden"

A = (
    "Four guards were killed late Monday at the Port Sarab depot, according to the Meridian "
    'Press Agency. "We will return to the gate," said Muhammad al-Qahtani. The video lasted '
    "two and a half minutes and could not be independently verified."
)
B = (
    'Mohamed el-Kahtani said: "We will return to the gate <soon>." The group said 200 to 300 '
    "fighters took part. The 150-second video appeared on Monday."
)


def _span(text: str, needle: str) -> tuple[int, int]:
    s = text.index(needle)
    return s, s + len(needle)


def _analysis(a: Article) -> Analysis:
    t = a.text
    out: dict[str, list[object]] = {k: [] for k in ("m", "q", "c", "t", "cr", "h")}

    def add(kind: str, needle: str, make: object) -> None:
        s, e = _span(t, needle)
        out[kind].append(make(s, e, t[s:e]))  # type: ignore[operator]

    for name in ("Muhammad al-Qahtani", "Mohamed el-Kahtani"):
        if name in t:
            add("m", name, lambda s, e, x: Mention(a.id, s, e, x, "PERSON"))
    if "We will return to the gate," in t:
        add(
            "q",
            "We will return to the gate",
            lambda s, e, x: Quote(
                a.id,
                s,
                e,
                x,
                speaker="Muhammad al-Qahtani",
                speaker_text="Muhammad al-Qahtani",
                cue="say",
            ),
        )
        add(
            "c",
            "two and a half minutes",
            lambda s, e, x: Claim(
                a.id, s, e, x, 150.0, 150.0, 150.0, "second", "duration", "video"
            ),
        )
        add(
            "c",
            "Four guards",
            lambda s, e, x: Claim(
                a.id,
                s,
                e,
                x,
                4.0,
                4.0,
                4.0,
                "person",
                "count",
                "guard",
                credited_to="the Meridian Press Agency",
            ),
        )
        add(
            "t",
            "late Monday",
            lambda s, e, x: TimeExpression(
                a.id,
                s,
                e,
                x,
                dt.date(2026, 3, 9),
                part_of_day="late",
                relative=True,
                reference=dt.date(2026, 3, 10),
            ),
        )
        add(
            "cr",
            "according to the Meridian Press Agency",
            lambda s, e, x: Credit(a.id, s, e, x, "the Meridian Press Agency", "wire"),
        )
        add(
            "h",
            "could not be independently verified",
            lambda s, e, x: Hedge(a.id, s, e, x, "unverified"),
        )
    else:
        add(
            "q",
            "We will return to the gate <soon>.",
            lambda s, e, x: Quote(
                a.id,
                s,
                e,
                x,
                speaker="Mohamed el-Kahtani",
                speaker_text="Mohamed el-Kahtani",
                cue="say",
            ),
        )
        add(
            "c",
            "150-second",
            lambda s, e, x: Claim(
                a.id, s, e, x, 150.0, 150.0, 150.0, "second", "duration", "video"
            ),
        )
        add(
            "c",
            "200 to 300 fighters",
            lambda s, e, x: Claim(
                a.id,
                s,
                e,
                x,
                None,
                200.0,
                300.0,
                "person",
                "count",
                "fighter",
                credited_to="The group",
            ),
        )
        add(
            "t",
            "Monday",
            lambda s, e, x: TimeExpression(
                a.id, s, e, x, dt.date(2026, 3, 9), relative=True, reference=dt.date(2026, 3, 11)
            ),
        )
    return Analysis(
        a.id,
        sentences=(Sentence(a.id, 0, len(t)),),
        mentions=tuple(out["m"]),  # type: ignore[arg-type]
        quotes=tuple(out["q"]),  # type: ignore[arg-type]
        claims=tuple(out["c"]),  # type: ignore[arg-type]
        times=tuple(out["t"]),  # type: ignore[arg-type]
        credits=tuple(out["cr"]),  # type: ignore[arg-type]
        hedges=tuple(out["h"]),  # type: ignore[arg-type]
    )


def _dossier() -> Dossier:
    a = Article.create(
        A,
        "Depot attack",
        outlet="Harbour Ledger",
        url="https://example.org/a",
        published=dt.date(2026, 3, 10),
        path="a.txt",
    )
    b = Article.create(
        B,
        "Group claims <b>raid</b>",
        outlet="Gulf Dispatch",
        published=dt.date(2026, 3, 11),
        path="b.html",
    )
    story = Story("s-golden", "Depot attack", (a.id, b.id))
    return build_dossier(story, [a, b], {a.id: _analysis(a), b.id: _analysis(b)})


def _check(name: str, rendered: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CROSSWIRE_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}: run with CROSSWIRE_UPDATE_GOLDEN=1"
    assert rendered == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "render"),
    [
        ("dossier.md", render_markdown),
        ("dossier.html", render_html),
        (
            "dossier.json",
            lambda d: dumps(dossier_json([d])[0]) + "\n",
        ),
    ],
)
def test_rendering_matches_golden_file(name: str, render: object) -> None:
    _check(name, render(_dossier()))  # type: ignore[operator]


def test_golden_dossier_links_speakers_and_compares_numbers() -> None:
    d = _dossier()
    (group,) = [g for g in d.quotes if len(g.renderings) == 2]
    assert group.speaker_name == "Muhammad al-Qahtani"
    statuses = {g.measure: g.status for g in d.claims}
    assert statuses["duration: video"] == "agree"
