from __future__ import annotations

import datetime as dt

from crosswire.analyze.sentences import split_sentences
from crosswire.link.reuse import find_reuse
from crosswire.model import Analysis, Article, Sentence

WIRE = "The group said its fighters had reached the outer fence of the depot before dawn on Monday."


def _art(text: str) -> tuple[Article, Analysis]:
    a = Article.create(text, "t", published=dt.date(2026, 3, 10))
    sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))
    return a, Analysis(a.id, sentences=sents)


def test_near_verbatim_wire_sentence_is_found() -> None:
    a, an_a = _art("Smoke rose over the port. " + WIRE)
    b, an_b = _art(WIRE.replace("reached", "got to") + " Officials disputed the account.")
    c, an_c = _art("The council met to discuss the flood barrier and its cost to residents.")
    found = find_reuse({x.id: x for x in (a, b, c)}, [an_a, an_b, an_c])
    assert len(found) == 1
    r = found[0]
    assert {r.a.article, r.b.article} == {a.id, b.id}
    assert r.similarity >= 0.7
    assert WIRE in {r.a.text, r.b.text}
