"""Articles in another language get no English findings (``analyze/language.py``);
hand-written, fictional paragraphs."""

from __future__ import annotations

import pytest

from crosswire.analyze import language
from crosswire.analyze.language import MIN_CHARS, other_language
from crosswire.model import Article

ENGLISH = (
    "Fishermen in Lomas said on Monday that the harbour wall had cracked during the "
    "storm, and the mayor, Adaeze Okafor, promised that repairs would start within two "
    "weeks. About 40 boats were kept ashore, according to the port authority."
)
ITALIAN = (
    "I pescatori di Lomas hanno detto lunedì che il muro del porto si è incrinato durante "
    "la tempesta, e la sindaca, Adaeze Okafor, ha promesso che i lavori inizieranno entro "
    "due settimane. Circa 40 barche sono rimaste a terra, secondo l'autorità portuale."
)
RUSSIAN = (
    "Рыбаки в Ломасе заявили в понедельник, что стена гавани треснула во время шторма, "
    "а мэр Адаэзе Окафор пообещала, что ремонт начнётся в течение двух недель. Около 40 "
    "лодок остались на берегу, сообщили в управлении порта."
)


def test_english_is_english() -> None:
    assert other_language(ENGLISH) is None


def test_plain_english_news_needs_no_language_model() -> None:
    language._identifier.cache_clear()
    assert other_language(ENGLISH) is None
    assert language._identifier.cache_info().currsize == 0


@pytest.mark.parametrize(("text", "lang"), [(ITALIAN, "it"), (RUSSIAN, "ru")])
def test_another_language_is_told(text: str, lang: str) -> None:
    assert other_language(text) == lang


def test_short_text_is_read_as_english() -> None:
    short = ITALIAN[: MIN_CHARS - 1]
    assert other_language(short) is None


@pytest.mark.model
def test_an_article_in_another_language_gets_no_findings() -> None:
    from crosswire.analyze.pipeline import Analyser
    from crosswire.settings import Settings

    analyser = Analyser(Settings(embed=False))
    en, it = (Article.create(t, "Porto di Lomas") for t in (ENGLISH, ITALIAN))
    (a_en, a_it), leads = analyser.find([en, it])
    assert not isinstance(a_en, Exception) and not isinstance(a_it, Exception)
    assert a_en.mentions and a_en.claims and a_en.credits
    assert a_it.sentences and leads[1].startswith("Porto di Lomas")
    assert (a_it.mentions, a_it.quotes, a_it.claims, a_it.times, a_it.credits) == (
        (),
        (),
        (),
        (),
        (),
    )
