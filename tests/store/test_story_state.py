"""The story index's state in the store, run against every backend (SQLite and PostgreSQL).

Methods: ``unassigned_article_ids``, ``story_states_between``,
``undated_story_states``, ``save_story_changes`` (with ``reset``),
``story_events``, ``count_stories``; ``replace_stories`` drops the index state.
"""

from __future__ import annotations

import datetime as dt

from crosswire.model import (
    Analysis,
    Article,
    Story,
    StoryChanges,
    StoryEvent,
    StoryState,
)
from crosswire.store import Store, open_store


def _article(n: int, day: int | None) -> Article:
    return Article.create(
        f"Article {n} about the depot fire.",
        f"Title {n}",
        published=dt.date(2026, 3, day) if day else None,
    )


def _save(store: Store, *articles: Article) -> None:
    for a in articles:
        assert store.save(a, Analysis(a.id, embedding=(1.0, 0.0)))


def _state(
    sid: str, founder: str, first: int | None, last: int | None, size: int = 1
) -> StoryState:
    return StoryState(
        id=sid,
        title=f"story {sid}",
        founder=founder,
        founded=dt.date(2026, 3, first) if first else None,
        size=size,
        first=dt.date(2026, 3, first) if first else None,
        last=dt.date(2026, 3, last) if last else None,
        vector=(0.25, -1.5, 1e-17),
        keys=(("port sarab", 2), ("adaeze okafor", 1)),
    )


def test_state_round_trips_and_is_found_by_its_date_range(store_location: str) -> None:
    a, b, c = _article(1, 2), _article(2, 20), _article(3, None)
    with open_store(store_location) as store:
        _save(store, a, b, c)
        early, late, undated = (
            _state("s1", a.id, 2, 5),
            _state("s2", b.id, 20, 22),
            _state("s3", c.id, None, None),
        )
        store.save_story_changes(
            StoryChanges(
                states=(early, late, undated),
                assigned=((a.id, "s1"), (b.id, "s2"), (c.id, "s3")),
            )
        )
        assert store.story_states_between(dt.date(2026, 3, 1), dt.date(2026, 3, 31)) == [
            early,
            late,
        ]
        # a range that meets [2, 5] only at its end, and one that misses both
        assert store.story_states_between(dt.date(2026, 3, 5), dt.date(2026, 3, 10)) == [early]
        assert store.story_states_between(dt.date(2026, 3, 6), dt.date(2026, 3, 19)) == []
        assert store.undated_story_states() == [undated]
        assert store.count_stories() == 3
        assert [s.id for s in store.stories()] == ["s1", "s2", "s3"]


def test_unassigned_articles_in_date_then_id_order_undated_last(store_location: str) -> None:
    arts = [_article(1, 9), _article(2, 3), _article(3, None), _article(4, 3)]
    with open_store(store_location) as store:
        _save(store, *arts)
        want = [a.id for a in sorted(arts, key=lambda a: (a.published or dt.date.max, a.id))]
        assert store.unassigned_article_ids() == want
        store.save_story_changes(
            StoryChanges(states=(_state("s1", arts[1].id, 3, 3),), assigned=((arts[1].id, "s1"),))
        )
        assert store.unassigned_article_ids() == [i for i in want if i != arts[1].id]


def test_merge_moves_articles_and_drops_the_absorbed_story(store_location: str) -> None:
    a, b, c = _article(1, 2), _article(2, 3), _article(3, 4)
    with open_store(store_location) as store:
        _save(store, a, b, c)
        store.save_story_changes(
            StoryChanges(
                states=(_state("s1", a.id, 2, 2), _state("s2", b.id, 3, 3)),
                assigned=((a.id, "s1"), (b.id, "s2")),
                events=(StoryEvent("created", "s1", a.id), StoryEvent("created", "s2", b.id)),
            )
        )
        merged = _state("s1", a.id, 2, 4, size=3)
        store.save_story_changes(
            StoryChanges(
                states=(merged,),
                merged=(("s2", "s1"),),
                assigned=((c.id, "s1"),),
                events=(
                    StoryEvent("joined", "s1", c.id, score=0.9),
                    StoryEvent("merged", "s1", c.id, other="s2", score=0.97),
                ),
            )
        )
        assert store.stories() == [Story("s1", "story s1", (a.id, b.id, c.id))]
        assert store.story_states_between(dt.date(2026, 3, 1), dt.date(2026, 3, 9)) == [merged]
        assert [e.kind for e in store.story_events()] == ["created", "created", "joined", "merged"]
        assert store.story_events(["s2"]) == [StoryEvent("created", "s2", b.id)]
        assert store.story_events(["s1"])[-1] == StoryEvent("merged", "s1", c.id, "s2", 0.97)


def test_reset_and_replace_stories_drop_state_and_history(store_location: str) -> None:
    a, b = _article(1, 2), _article(2, 3)
    with open_store(store_location) as store:
        _save(store, a, b)
        store.save_story_changes(
            StoryChanges(
                states=(_state("s1", a.id, 2, 2),),
                assigned=((a.id, "s1"),),
                events=(StoryEvent("created", "s1", a.id),),
            )
        )
        store.save_story_changes(
            StoryChanges(
                states=(_state("s9", b.id, 3, 3),),
                assigned=((b.id, "s9"),),
                events=(StoryEvent("created", "s9", b.id),),
            ),
            reset=True,
        )
        assert [s.id for s in store.stories()] == ["s9"]
        assert store.unassigned_article_ids() == [a.id]
        assert store.story_events() == [StoryEvent("created", "s9", b.id)]
        store.replace_stories([Story("s5", "both", (a.id, b.id))])
        assert store.story_events() == []
        assert store.story_states_between(dt.date(2026, 3, 1), dt.date(2026, 3, 9)) == []
        assert store.count_stories() == 1


def test_story_state_survives_reopening(store_location: str) -> None:
    a = _article(1, 2)
    with open_store(store_location) as store:
        _save(store, a)
        store.save_story_changes(
            StoryChanges(states=(_state("s1", a.id, 2, 2),), assigned=((a.id, "s1"),))
        )
    with open_store(store_location) as store:
        assert store.story_states_between(dt.date(2026, 3, 2), dt.date(2026, 3, 2)) == [
            _state("s1", a.id, 2, 2)
        ]
