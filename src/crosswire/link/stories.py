"""Group articles into stories (the events they cover).

The grouping is incremental (``assign.py``: the story index and its learned
rule); :func:`cluster_stories` runs it from scratch over a set of articles,
which is what a rebuild of the archive does.  Articles are placed in
(publication date, id) order, so the same articles give the same stories
whatever order they come in.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from ..ingest.boilerplate import is_furniture as is_furniture_line
from ..ingest.dates import dateline_end
from ..model import (
    HEADLINE_LEAD_CHARS,
    TITLE_MEMBERS,
    Analysis,
    Article,
    Headline,
    Story,
    StoryChanges,
    Synopsis,
)
from ..settings import STORY_WINDOW_DAYS
from .assign import (
    StoryIndex,
    entity_key,
    entity_keys,
    is_furniture,
    memberships,
    story_id,
    story_item,
)
from .story_model import StoryModel, load_story_model

__all__ = [
    "central_headline",
    "cluster_stories",
    "entity_key",
    "entity_keys",
    "late_arrivals",
    "lead_sentence",
    "retitle",
    "story_id",
    "story_synopsis",
    "story_title",
]


def cluster_stories(
    articles: Sequence[Article],
    analyses: dict[str, Analysis],
    *,
    window_days: int = STORY_WINDOW_DAYS,
    model: StoryModel | None = None,
    threshold: float | None = None,
) -> list[Story]:
    """Group articles into stories from scratch; deterministic for a given set of articles.

    ``threshold`` overrides the model's join threshold (a probability).
    """
    if threshold is not None:
        model = (model or load_story_model()).with_threshold(threshold)
    index = StoryIndex(model, window_days=window_days)
    index.add(story_item(a, analyses.get(a.id)) for a in articles)
    changes = index.drain()
    story_of = memberships([changes])
    members: dict[str, list[Article]] = {}
    for a in sorted(articles, key=lambda a: (a.published or dt.date.max, a.id)):
        members.setdefault(story_of[a.id], []).append(a)
    return sorted(
        (
            Story(
                id=sid,
                title=story_title(arts) or index.state(sid).title,
                article_ids=tuple(a.id for a in arts),
            )
            for sid, arts in members.items()
        ),
        key=lambda s: s.id,
    )


def late_arrivals(story: Story, articles: Sequence[Article]) -> list[str]:
    """Members of ``story`` dated before the article that started it (``articles``: its
    members): they were placed after newer ones, so a rebuild (canonical date order)
    may group them differently.  Empty for a story started by an undated article."""
    founder = next((a for a in articles if story_id(a.id) == story.id), None)
    if founder is None or founder.published is None:
        return []
    return sorted(a.id for a in articles if a.published and a.published < founder.published)


# ------------------------------------------------------------------ showing a story
# What a story is called and what it is about, read from its members: the
# headline (and lead sentence) that shares the most words with the other
# members' headlines and leads is the most central one.  Word overlap, not the
# embedding: it needs only the titles and the first lines, so the store can
# recompute it whenever a story changes, and it is the same whoever computes it.

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|\d[\d,.]*\d|\d")
MIN_LEAD_WORDS = 8
_ENDS = (".", "!", '"', "”", "’", "'")


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def content_words(text: str) -> Counter[str]:
    """The stemmed content words of ``text`` (stop words dropped), with counts."""
    return Counter(
        _stem(w) for w in _WORD_RE.findall(text) if w.lower() not in STOP_WORDS and len(w) > 1
    )


def _unit(bag: Counter[str]) -> dict[str, float]:
    norm = math.sqrt(sum(c * c for c in bag.values()))
    return {w: c / norm for w, c in bag.items()} if norm else {}


def _most_central(candidates: Sequence[Counter[str]], context: Sequence[Counter[str]]) -> int:
    """Index of the candidate closest (cosine) to the other members' context bags;
    ``candidates[i]`` and ``context[i]`` belong to the same member.  Ties go to the
    earliest candidate; -1 when every candidate is empty."""
    units = [_unit(c) for c in context]
    total: dict[str, float] = {}
    for u in units:
        for w, v in u.items():
            total[w] = total.get(w, 0.0) + v
    best, best_score = -1, -1.0
    for i, cand in enumerate(candidates):
        u = _unit(cand)
        if not u:
            continue
        others = {w: total.get(w, 0.0) - units[i].get(w, 0.0) for w in u}
        score = sum(v * others[w] for w, v in u.items())
        if score > best_score + 1e-12:
            best, best_score = i, score
    return best


def _is_headline(title: str) -> bool:
    t = title.strip()
    return bool(t) and not is_furniture(t) and not is_furniture_line(t)


def _lead(text: str) -> str:
    return text[dateline_end(text) : HEADLINE_LEAD_CHARS]


def headline(article: Article) -> Headline:
    """What the title choice reads of one member."""
    return Headline(
        article.id, article.title, article.published, article.text[:HEADLINE_LEAD_CHARS]
    )


def central_headline(members: Sequence[Headline]) -> str:
    """The most central headline: the member headline sharing the most words with the
    other members' headlines and leads (page furniture such as "Home" or a bare
    dateline never counts); members in (date, id) order break ties; "" when no member
    has a real headline.  Only the first ``TITLE_MEMBERS`` members count, as in the
    store (``Store.story_headlines``), so a big story's title is the same everywhere."""
    ordered = sorted(members, key=lambda h: (h.published or dt.date.max, h.article))
    ordered = ordered[:TITLE_MEMBERS]
    titled = [h for h in ordered if _is_headline(h.title)]
    # a "title" that is the article's first line with its dateline ("WASHINGTON —
    # Representative …") was made by the reader from the text: a headline wins
    titled = [h for h in titled if not dateline_end(h.title)] or titled
    if not titled:
        return ""
    heads = [content_words(h.title) for h in titled]
    context = [content_words(h.title) + content_words(_lead(h.lead)) for h in titled]
    return titled[max(_most_central(heads, context), 0)].title


def story_title(articles: Sequence[Article]) -> str:
    """The most central headline of these member articles (:func:`central_headline`)."""
    return central_headline([headline(a) for a in articles])


def retitle(changes: StoryChanges, members: Mapping[str, Sequence[Headline]]) -> StoryChanges:
    """``changes`` with each changed story titled by its most central headline;
    ``members[story]``: its members' headlines (those already stored, those the
    change assigns to it and those of the stories it absorbs)."""
    states = tuple(
        replace(st, title=central_headline(members.get(st.id, ())) or st.title)
        for st in changes.states
    )
    return replace(changes, states=states)


def lead_sentence(article: Article, analysis: Analysis | None) -> tuple[int, int] | None:
    """Span of the article's first substantive sentence: at least ``MIN_LEAD_WORDS``
    words, not a question, its opening dateline left out."""
    if analysis is None:
        return None
    for s in analysis.sentences[:4]:
        start = s.start + (dateline_end(article.text) if s.start == 0 else 0)
        text = article.text[start : s.end].strip()
        if len(_WORD_RE.findall(text)) < MIN_LEAD_WORDS or not text.endswith(_ENDS):
            continue  # short, a question, or cut short by a missed abbreviation
        if is_furniture_line(text):
            continue
        start += len(article.text[start : s.end]) - len(article.text[start : s.end].lstrip())
        return start, start + len(text)
    return None


def story_synopsis(
    articles: Sequence[Article], analyses: Mapping[str, Analysis]
) -> Synopsis | None:
    """A one-line summary of the story's main event: the most central lead sentence of
    its members (the opening sentence sharing the most words with the other members'
    headlines and leads), as an exact span of its article; None when no member has a
    lead sentence."""
    ordered = sorted(articles, key=lambda a: (a.published or dt.date.max, a.id))
    leads = [(a, lead_sentence(a, analyses.get(a.id))) for a in ordered]
    found = [(a, span) for a, span in leads if span is not None]
    if not found:
        return None
    cands = [content_words(a.text[lo:hi]) for a, (lo, hi) in found]
    context = [content_words(a.title) + content_words(_lead(a.text)) for a, _ in found]
    best = max(_most_central(cands, context), 0)
    article, (lo, hi) = found[best]
    return Synopsis(article=article.id, start=lo, end=hi, text=article.text[lo:hi])
