"""Page furniture removal: must-remove and must-keep lines, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.ingest.boilerplate import clean_text

PROSE = (
    "Fire crews fought the blaze at the Port Sarab fuel depot through the night, officials said."
)

REMOVE = [
    "Share",
    "Share this article",
    "Share on Facebook",
    "Facebook | Twitter | Email | Copy link",
    "Tweet",
    "1 of 4",
    "Photo 2/5",
    "(Photo: Jane Doe / Harbour Ledger)",
    "Sign up for our daily briefing",
    "Subscribe to our newsletter for the latest news",
    "Comments are closed",
    "12 comments",
    "Join the conversation",
    "Follow us on Telegram",
    "Advertisement",
    "© 2026 Harbour Ledger",
    "Copyright 2026 Gulf Dispatch. All rights reserved.",
]
KEEP = [
    "The share price of the port operator fell by a third after the fire, analysts said on Tuesday.",
    "The two towns share a border and a long history of disputes over the fishing grounds.",
    "Comments from officials suggested that the depot would stay closed for at least a month.",
    "She said residents would follow us to the council chamber if the barrier plan failed.",
]


@pytest.mark.parametrize("line", REMOVE)
def test_furniture_lines_are_removed(line: str) -> None:
    out = clean_text(f"{PROSE}\n\n{line}\n\n{PROSE.replace('night', 'day')}")
    assert line not in out
    assert PROSE in out


@pytest.mark.parametrize("line", KEEP)
def test_prose_with_furniture_words_is_kept(line: str) -> None:
    assert line in clean_text(f"{PROSE}\n\n{line}")


def test_most_read_block_is_dropped_until_prose() -> None:
    text = f"{PROSE}\n\nMost read\nCouncil votes on barrier\nTen things to know\n\n{KEEP[0]}"
    out = clean_text(text)
    assert "Most read" not in out and "Ten things" not in out
    assert KEEP[0] in out


def test_repeated_caption_is_dropped_once_seen() -> None:
    caption = "Smoke rises over the fuel depot at Port Sarab"
    out = clean_text(f"{caption}\n\n{PROSE}\n\n1 of 4\n{caption}\n\n{KEEP[0]}")
    assert out.count(caption) == 1


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_clean_text_properties(text: str) -> None:
    out = clean_text(text)
    lines_in = {line.strip() for line in text.split("\n")}
    assert all(line in lines_in for line in out.split("\n") if line)
    assert clean_text(out) == out
