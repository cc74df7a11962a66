"""The outlet a text names (wire datelines, sign-offs, copyright lines, title site names)."""

from __future__ import annotations

import pytest

from crosswire.ingest.outlets import infer_outlet, outlet_from_url, split_title

BODY = "Fire crews fought the blaze at the fuel depot through the night, officials said."


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"BEIRUT (AP) — {BODY}", "AP"),
        (f"KYIV, March 3 (Reuters) - {BODY}", "Reuters"),
        (f"Paris (AFP) - {BODY}", "AFP"),
        (f"WASHINGTON (CNN) — {BODY}", "CNN"),
        (f"(CNN) — {BODY}", "CNN"),
        (f"By Jane Doe\n5 min read\n\nBEIRUT (AP) — {BODY}", "AP"),  # furniture before it
        (f"{BODY}\n\nThe talks resume on Friday. — AFP", "AFP"),
        (f"{BODY}\n\n© 2026 The Associated Press. All rights reserved.", "AP"),
        (f"{BODY}\n\nCopyright 2026 Reuters", "Reuters"),
        (f"{BODY}\n\n© Copyright Al Jazeera 2026", "Al Jazeera"),
        (f"{BODY}\n\nThis article was originally published by ProPublica.", "ProPublica"),
    ],
)
def test_outlet_named_by_the_text(text: str, outlet: str) -> None:
    assert infer_outlet(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        f"The minister (SNP) - who was there - said the vote would go ahead. {BODY}",
        f"Officials in Paris (France) - a day later - confirmed it. {BODY}",
        f"{BODY} He said it was - in effect - over",
        f"{BODY}\n\nThe agency said the figures came from AP and Reuters.",
    ],
)
def test_no_outlet_is_guessed(text: str) -> None:
    assert infer_outlet(text) is None


def test_a_site_name_after_a_bar_in_the_title() -> None:
    assert split_title("Depot attacked overnight | Harbour Ledger") == (
        "Depot attacked overnight",
        "Harbour Ledger",
    )
    assert split_title("Depot attacked overnight") == ("Depot attacked overnight", None)
    assert infer_outlet(BODY, "Depot attacked overnight | Harbour Ledger") == "Harbour Ledger"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.harbourledger.example/news/2026/03/09/fire", "harbourledger.example"),
        ("http://archive30.harbourledger.com/news/fire.htm", "harbourledger.com"),
        ("https://www.gulfdispatch.co.uk/news/fire", "gulfdispatch.co.uk"),
        ("https://www.gulfdispatch.com.au/news/fire", "gulfdispatch.com.au"),
        ("http://portsarab.blogspot.nl/2026/03/fire.html", "portsarab.blogspot.nl"),
        ("https://user:secret@www.harbourledger.com/fire", "harbourledger.com"),
        ("http://192.168.0.1/fire", None),
        ("http://localhost/fire", None),
        ("http://harbour ledger.com/fire", None),
        ("ecbplus-dev.jsonl", None),
        (None, None),
    ],
)
def test_outlet_from_url_names_the_sites_domain(url: str | None, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet
