"""The analyze stage: everything found in one article, with character spans.

One module per finding, each a function ``find_<things>(parsed) -> list[Thing]``:

====================  =====================================================
``sentences.py``      sentence boundaries (model-free fallback)
``parsed.py``         ParsedArticle: the article with its spaCy parse and entity mentions
``quotes.py``         direct quotes and their speakers
``numbers.py``        numeric mentions (value, unit, what is counted), via ``units.py``
``times.py``          time expressions resolved against the publication date
``sources.py``        credited sources ("according to X", "posted on Telegram")
``hedges.py``         hedges ("could not be independently verified")
``credit.py``         who is credited for each number (quote speaker, credited source)
``pipeline.py``       runs all of the above over batches of articles, plus embeddings
``engine.py``         where batches are analysed: this process or a local process pool
``dask_engine.py``    ... or Dask distributed; results equal, the caller alone stores them
====================  =====================================================
"""

from __future__ import annotations

from .parsed import ParsedArticle, parse

__all__ = ["ParsedArticle", "parse"]
