"""What the story embedding reads of an article (``analyze.embed.lead_text``)."""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.embed import lead_text


@pytest.mark.model
def test_the_lead_is_the_parsers_first_three_sentences(make_parsed: MakeParsed) -> None:
    # the article's sentences are cut at paragraph breaks; the lead the story model
    # was fitted on is the parser's, which a byline line does not shorten
    text = (
        "By Ada Lund\n\nThe Selk ferry sank on Monday.\n\nTwo crew members swam ashore "
        "and raised the alarm.\n\nThe harbour board met that night. It closed the pier."
    )
    parsed = make_parsed(text, model=True)
    ends = [s.end_char for s in parsed.doc.sents if text[s.start_char : s.end_char].strip()]
    assert lead_text(parsed.article, parsed) == f"{parsed.article.title}. {text[: ends[2]]}"
    # without a parse, the article's own sentences
    bare = make_parsed(text, model=False)
    third = bare.sentences[2].end
    assert lead_text(bare.article, bare) == f"{bare.article.title}. {text[:third]}"
