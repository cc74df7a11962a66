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
    "Site Mobile Navigation",  # a newspaper page's menu, above its headline
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
    # comment notices, captions and agency credits, subscription and reading-time lines
    "Please let us know if you're having issues with commenting on the stories, we value it.",
    "TOPSHOT - A picture taken on March 3, 2026 shows smoke rising over the depot.",
    "Smoke rises over the depot on Monday. (AP Photo/Hussein Malla)",
    "A man walks past the rubble in the port (Photo by Jane Doe / AFP)",
    "Protesters gather outside the harbour office in Port Sarab [Getty]",
    "Firefighters at the depot [AFP via Getty Images]",
    "Image source, Getty Images",
    "Open this photo in gallery Smoke rises over the depot on Monday. Jane Doe/Harbour Ledger",
    "To get our evening briefing in your inbox, click here.",
    "Click here to subscribe to the print edition",
    "5 min read",
    "Updated 3 hours ago · 4 min read",
    # video promos, a clip's blurb with its running time
    "WATCH: Harbour chief speaks after the depot fire",
    "WATCH BELOW: The council debates the barrier plan. (Jan. 6, 2026)",
    "WATCH | Highlights from the harbour regatta",
    "Video: Smoke over the depot on Monday",
    "Crews fought the fire through the night at the Port Sarab depot. 1:42",
    "Story continues below advertisement",
    # a caption with its photographer's credit, a footer's handle
    "Crews fought the fire at the depot on Monday. (Jane Doe/Harbour Ledger)",
    "The harbour at dusk. ( Jane Doe / Gulf Dispatch File Photo )",
    "Jane Doe / The Canadian Press Firefighters leave the depot on Monday.",
    "REUTERS/Jane Doe Smoke rises over the depot on Monday.",
    "Twitter: JaneDoeHL",
    # bylines and contributor lines
    "By Jane Doe",
    "By Jane Doe and John Roe, Associated Press",
    "Samy Magdy reported from Cairo. Associated Press writer Bassem Mroue in Beirut contributed.",
    "Associated Press writer Jon Gambrell in Dubai contributed to this report.",
    "Reporting by Jane Doe; Editing by John Roe",
    # a name with its agency or newsroom role alone on a line
    "Jane Doe, The Associated Press",
    "Jane Doe, Reuters",
    "John Roe, Harbour Hour producer",
    "Jane A. Doe, Senior Political Correspondent",
    # interface words
    "social-media social-media login options options",
    "Menu Search Sign in",
    # news-wire transmission headers (fictional)
    "HLW20260309.0123 NEWS STORY 03/19/2026 08:02:00",
    "HLW20260309.0123  NEWS STORY  2026-03-09 08:02",
    "HLW20260309.0123",
    "NEWS STORY",
    "w1234 Cx1f wstmr i Cx13 Cx11 BC-Port-Sarab-Fire 03-09 0512",
    "A1234 &Cx1f; taf-z",
    "u a &Cx13;  &Cx11;  BC-PORT-SARAB-FIRE     03-09 0512",
    "u w BC-PORT-SARAB-0309-HLW     03-09 0867",
    "BC-Port-Sarab-Fire",
    "BC-Port Sarab-Depot-Fire",
    "UR By JANE DOE QC UR Associated Press Writer QC",
    "LR QL UR (JD LR ) QL UR By JANE DOE LR QC QL UR c.2026 Harbour News Service LR QC QL",
    "By JANE DOE Associated Press Writer",
    "By JANE DOE, AP Writer",
    "c.2026 Harbour News Service",
    "&HT;    By JANE DOE",
]
KEEP = [
    "The share price of the port operator fell by a third after the fire, analysts said on Tuesday.",
    "The two towns share a border and a long history of disputes over the fishing grounds.",
    "Comments from officials suggested that the depot would stay closed for at least a month.",
    "She said residents would follow us to the council chamber if the barrier plan failed.",
    # sentences that mention photos, contributors, comments or bylines stay
    "The photo was taken on Monday by a resident and shared widely, officials said.",
    "A photographer for the agency, John Roe, was injured in the blast at the depot.",
    "The aid, he said, contributed to the recovery of the port and its fishing fleet.",
    "The writers contributed to the report, the editor of the newspaper said on Monday.",
    "Jane Doe reported from Cairo that the talks had failed for a third time.",
    "By Monday, the troops had left the city and the roads to the port were open.",
    "By the time firefighters arrived, the depot was ablaze, witnesses said.",
    "He said the comment policy of the ministry had issues with transparency.",
    # "comments" and "issues with" in a paragraph of news are no comment notice
    "The mayor made the comments at a meeting with about 40 harbour workers in which he "
    "heard about their issues with the port authority.",
    "Search and rescue teams worked through the night at the harbour.",
    "The video (posted on Telegram on Sunday) showed the strike on the depot.",
    # wire words in prose: no header
    "The NEWS STORY ran on March 9, 2026, the editor of the Harbour Ledger said.",
    "The agency's file HLW20260309.0123 was corrected later that day, editors said.",
    "An Associated Press writer was among those hurt in the blast, officials said.",
    "UR right that the depot was closed, the mayor told QC reporters on Monday.",
    "FIRED IN PHILLY!!",
    # a watch, a video or a clock time in prose
    "Watchdogs said the video of the fire was shared 10,000 times by 9:30.",
    "The match ended at 10:45",
    "The ferry left the harbour at 7:30 p.m. on Monday, officials said at 10:45",
    # slashes in prose
    "The speed limit on the harbour road is 40 (km/h)",
    "The band on the quay played songs by (AC/DC)",
    "Reuters/Ipsos polls show the mayor ahead by ten points in Port Sarab.",
    # a name and a description: a headline or a list line, no byline
    "Jane Doe, harbour pilot and union leader, dies at 91",
    "Jane Doe, The Harbour Master",
    "Jane Doe, Accused in Depot Fire, Is Released",
    "Deputy Sheriff",
]


@pytest.mark.parametrize("line", REMOVE)
def test_furniture_lines_are_removed(line: str) -> None:
    out = clean_text(f"{PROSE}\n\n{line}\n\n{PROSE.replace('night', 'day')}")
    assert line not in out
    assert PROSE in out


@pytest.mark.parametrize("line", KEEP)
def test_prose_with_furniture_words_is_kept(line: str) -> None:
    assert line in clean_text(f"{PROSE}\n\n{line}")


def test_an_also_on_block_is_dropped_until_prose() -> None:
    text = f"{PROSE}\n\nAlso on Harbour Ledger:\n\nCouncil votes on barrier\n\n{KEEP[0]}"
    out = clean_text(text)
    assert "Also on" not in out and "Council votes" not in out
    assert KEEP[0] in out


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


def test_a_dont_miss_block_and_tagged_teaser_links_are_dropped() -> None:
    # a cross-outlet dossier audit: "CDC names EIGHT deadly diseases [WARNING]", a teaser
    # under "DON'T MISS", gave a claim of eight diseases
    text = (
        f"{PROSE}\n\nDON'T MISS\n\nHarbour warning: agency names EIGHT risky ports [WARNING]"
        f"\n\nPort fears: two crews fall ill after the storm [INSIGHT]|\n\n{KEEP[0]}\n\n"
        "Velmora votes on the barrier budget today [VIDEO]\n\n"
        "The council [insight] panel met on the barrier, its chair said."
    )
    out = clean_text(text)
    for gone in ("DON'T MISS", "EIGHT risky", "two crews", "barrier budget today"):
        assert gone not in out
    assert KEEP[0] in out and "The council [insight] panel met" in out


def test_a_sentence_opening_with_dont_miss_heads_no_list() -> None:
    text = (
        f"{PROSE}\n\nDon't miss the harbour parade on Sunday.\n\n“It will be loud,” Obi said."
        f"\n\nThe Velmora council voted on the barrier budget [Update]\n\n{KEEP[0]}"
    )
    out = clean_text(text)
    assert "“It will be loud,” Obi said." in out
    assert "barrier budget [Update]" in out
