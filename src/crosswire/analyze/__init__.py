"""The analyze stage: everything found in one article, with character spans.

One module per finding, each a function ``find_<things>(parsed) -> list[Thing]``, and
the helper modules those findings are read with:

=======================  =====================================================================
``sentences.py``         sentence boundaries (model-free fallback)
``parsed.py``            ParsedArticle: the article with its spaCy parse and entity mentions
``mentions.py``          entity mentions cleaned per article: datelines, label vote, surnames
``quotes.py``            direct quotes and their speakers, running the quote phases below
``quote_spans.py``       quote phase 1: quoted spans, and which are titles or scare quotes
``quote_cues.py``        quote phase 2: speech verbs and their subjects around a span
``quote_speakers.py``    quote phase 3: from a subject phrase to a speaker
``quote_article.py``     an article's people for speakers: name forms, roles, gender, salience
``quote_names.py``       person names as written: titles, short and full forms, subject cores
``quote_text.py``        paragraphs, sentences and words of a text, for the quote finder
``quote_lexicon.py``     quote word lists: speech verbs, titles, roles, nouns
``numbers.py``           numeric mentions (value, unit, what is counted), via ``units.py``
``number_amounts.py``    the number itself (digits, words, fractions), for ``numbers.py``
``money.py``             the currency written around an amount, for ``numbers.py``
``times.py``             time expressions resolved against the publication date
``durations.py``         durations, recurrences and the present ("three weeks", "daily")
``time_tense.py``        tense of a time expression's sentence: before or after publication
``time_periods.py``      seasons, quarters, halves and decades as dated periods
``time_anchors.py``      dates counted from another date in the text ("a year earlier")
``time_holidays.py``     holidays with a fixed date or weekday (Thanksgiving, Memorial Day)
``time_names.py``        date words inside names ("USA TODAY"): not time expressions
``sources.py``           credited sources ("according to X", "posted on Telegram")
``source_parse.py``      credits read from the dependency parse (venues, tweets, bodies)
``hedges.py``            hedges ("could not be independently verified")
``credit.py``            who is credited for each number (quote speaker, credited source)
``events.py``            event keys of the lead: predicate, participants, places, counts
``embed.py``             the text the story embedding sees: title and lead
``pipeline.py``          runs all of the above over batches of articles, plus embeddings
``engine.py``            where batches are analysed: this process or a local process pool
``dask_engine.py``       ... or Dask distributed; results equal, the caller alone stores them
=======================  =====================================================================
"""

from __future__ import annotations

from .parsed import ParsedArticle, parse

__all__ = ["ParsedArticle", "parse"]
