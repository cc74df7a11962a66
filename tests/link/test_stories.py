from __future__ import annotations

import datetime as dt
import random

import numpy as np

from crosswire.link.stories import cluster_stories, entity_key
from crosswire.model import Analysis, Article, Mention, Sentence


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


def _member(title: str, text: str, day: int) -> Article:
    return Article.create(text, title, published=dt.date(2026, 5, day), outlet=f"Outlet {day}")


def test_the_story_title_is_the_most_central_headline_not_the_first() -> None:
    from crosswire.link.stories import story_title

    first = _member(
        "Morning briefing: what to know today",
        "Harbour workers in Veltmark walked out on Monday over pay.",
        1,
    )
    second = _member(
        "Veltmark harbour workers strike over pay",
        "Harbour workers in Veltmark went on strike on Monday, demanding higher pay.",
        2,
    )
    third = _member(
        "Strike shuts Veltmark harbour as workers demand pay rise",
        "The Veltmark harbour was shut on Monday as workers struck over pay.",
        3,
    )
    assert story_title([first, second, third]) == second.title
    # page furniture is never the title, even when it comes first
    furniture = _member("Posted: May 1, 2026 8:20 AM", "Harbour workers struck.", 1)
    assert story_title([furniture, third]) == third.title
    assert story_title([furniture]) == ""


def test_a_headline_beats_a_title_made_from_the_dateline() -> None:
    from crosswire.link.stories import story_title

    made = _member(
        "VELTMARK — Harbour workers in Veltmark went on strike on Monday over pay",
        "VELTMARK — Harbour workers in Veltmark went on strike on Monday over pay.",
        1,
    )
    real = _member("Veltmark harbour strike", "Harbour workers went on strike over pay.", 2)
    assert story_title([made, real]) == real.title


def test_the_synopsis_is_the_most_central_lead_sentence_as_a_span() -> None:
    from crosswire.link.stories import story_synopsis

    texts = [
        "VELTMARK — Harbour workers in Veltmark went on strike on Monday, demanding "
        "higher pay. Ships queued offshore.",
        "Is this the end of the harbour? Dock staff walked out in Veltmark on Monday, "
        "leaving ships offshore.",
        "A long day. Officials in the capital said talks with the union of Veltmark "
        "harbour workers would resume next week.",
    ]
    arts = [_member(f"Headline {i}", t, i + 1) for i, t in enumerate(texts)]
    analyses = {}
    for a in arts:
        bounds, start = [], 0
        for piece in a.text.replace("? ", "?|").replace(". ", ".|").split("|"):
            bounds.append(Sentence(a.id, start, start + len(piece)))
            start += len(piece) + 1
        analyses[a.id] = Analysis(a.id, sentences=tuple(bounds))
    syn = story_synopsis(arts, analyses)
    assert syn is not None and syn.article == arts[0].id
    # the dateline is left out, the question and the short sentence are never chosen
    assert syn.text == "Harbour workers in Veltmark went on strike on Monday, demanding higher pay."
    assert arts[0].text[syn.start : syn.end] == syn.text
    assert story_synopsis(arts, {}) is None


def test_retitle_reads_the_stored_absorbed_and_new_members() -> None:
    from crosswire.link.stories import headline, retitle
    from crosswire.model import StoryChanges, StoryState

    state = StoryState("s1", "Morning briefing", "a1", dt.date(2026, 5, 1), 3, None, None, (), ())
    changes = StoryChanges(states=(state,))
    members = [
        headline(_member("Morning briefing", "Harbour workers struck over pay.", 1)),
        headline(_member("Veltmark harbour strike over pay", "Harbour workers struck.", 2)),
        headline(_member("Harbour strike in Veltmark", "Workers struck over pay.", 3)),
    ]
    (got,) = retitle(changes, {"s1": members}).states
    assert got.title == "Veltmark harbour strike over pay"
    (kept,) = retitle(changes, {}).states
    assert kept.title == "Morning briefing"
