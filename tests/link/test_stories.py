from __future__ import annotations

import datetime as dt
import random

import numpy as np

from crosswire.link.stories import cluster_stories, entity_key
from crosswire.model import Analysis, Article, Mention


def _mk(i: int, vec: list[float], names: list[str], day: int) -> tuple[Article, Analysis]:
    text = f"Article number {i} " + " ".join(names)
    a = Article.create(text, f"Title {i}", published=dt.date(2026, 3, day))
    mentions = []
    for n in names:
        s = text.index(n)
        mentions.append(Mention(a.id, s, s + len(n), n, "PERSON"))
    v = np.asarray(vec, dtype=np.float32)
    v /= np.linalg.norm(v)
    return a, Analysis(a.id, mentions=tuple(mentions), embedding=tuple(float(x) for x in v))


def _corpus() -> list[tuple[Article, Analysis]]:
    return [
        _mk(1, [1, 0.1, 0], ["Adaeze Okafor"], 9),
        _mk(2, [0.9, 0.2, 0], ["Adaeze Okafor", "Port Sarab"], 10),
        _mk(3, [1, 0, 0.1], ["Port Sarab"], 11),
        _mk(4, [0, 1, 0.1], ["Tomas Verhoek"], 10),
        _mk(5, [0.1, 1, 0], ["Tomas Verhoek"], 11),
    ]


def test_two_events_give_two_stories() -> None:
    items = _corpus()
    stories = cluster_stories([a for a, _ in items], {an.article: an for _, an in items})
    groups = sorted(sorted(s.article_ids) for s in stories)
    ids = [a.id for a, _ in items]
    assert groups == sorted([sorted(ids[:3]), sorted(ids[3:])])


def test_same_stories_whatever_the_order() -> None:
    items = _corpus()
    analyses = {an.article: an for _, an in items}
    expected = cluster_stories([a for a, _ in items], analyses)
    for seed in range(5):
        shuffled = [a for a, _ in items]
        random.Random(seed).shuffle(shuffled)
        assert cluster_stories(shuffled, analyses) == expected


def test_articles_far_apart_in_time_are_not_grouped() -> None:
    a1, an1 = _mk(1, [1, 0, 0], ["Adaeze Okafor"], 1)
    a2, an2 = _mk(2, [1, 0, 0], ["Adaeze Okafor"], 28)
    stories = cluster_stories([a1, a2], {an1.article: an1, an2.article: an2}, window_days=7)
    assert len(stories) == 2


def test_entity_key_ignores_case_articles_and_possessives() -> None:
    assert entity_key("The Rapid Coastal Force's") == entity_key("rapid coastal force")


def test_a_member_older_than_the_story_founder_is_a_late_arrival() -> None:
    from crosswire.link.stories import late_arrivals, story_id
    from crosswire.model import Story

    founder = Article.create("Founder text", "Quay fire", published=dt.date(2026, 3, 10))
    newer = Article.create("Newer text", "Quay fire, day two", published=dt.date(2026, 3, 11))
    older = Article.create("Older text", "Quay fire starts", published=dt.date(2026, 3, 8))
    undated = Article.create("Undated text", "Quay fire recap")
    arts = [founder, newer, older, undated]
    story = Story(story_id(founder.id), "Quay fire", tuple(a.id for a in arts))
    assert late_arrivals(story, arts) == [older.id]
    in_order = Story(story_id(older.id), "Quay fire", tuple(a.id for a in arts))
    assert late_arrivals(in_order, arts) == []


def test_story_summary_says_who_did_what_to_whom_where() -> None:
    from crosswire.link.stories import story_summary

    text = "Grelmont guard arrested Dorn Abelard in Veltmark."
    mentions = (
        Mention("a1", 0, 14, "Grelmont guard", "ORG"),
        Mention("a1", 24, 36, "Dorn Abelard", "PERSON"),
        Mention("a1", 40, 48, "Veltmark", "GPE"),
    )
    assert text[24:36] == "Dorn Abelard"
    keys = ("a:grelmont guard", "o:dorn abelard", "p:arrest", "l:veltmark")
    first = Analysis("a1", mentions=mentions, events=keys)
    second = Analysis("a2", events=("p:arrest", "o:dorn abelard", "p:say"))
    assert story_summary([first, second]) == "Grelmont guard — arrest — Dorn Abelard (Veltmark)"
    assert story_summary([Analysis("a3")]) == ""
