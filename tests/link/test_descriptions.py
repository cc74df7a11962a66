"""Speakers given only by a description, resolved where the story names them."""

from __future__ import annotations

import re

from crosswire.link.dossier import build_dossier
from crosswire.link.quotes import description_key, resolve_descriptions
from crosswire.model import Analysis, Article, Mention, Quote, Story

PEOPLE = ("Mira Tollan", "Ana Li", "Jo Ray")


def _mentions(aid: str, text: str) -> list[Mention]:
    return [
        Mention(aid, m.start(), m.end(), m.group(), "PERSON")
        for name in PEOPLE
        for m in re.finditer(re.escape(name), text)
    ]


def _quote(aid: str, text: str, said: str, speaker: str | None = None) -> Quote:
    start = text.index(said)
    return Quote(aid, start, start + len(said), said, speaker)


def _resolve(texts: dict[str, str], quotes: list[Quote]) -> list[Quote]:
    from crosswire.link.entities import resolve_entities

    mentions = [m for aid, t in texts.items() for m in _mentions(aid, t)]
    return resolve_descriptions(quotes, resolve_entities(mentions, texts), texts)


SUBJECT = (
    "The harbour closed on Monday.\n\n"
    "The island council chairman went so far as to say the port should “stay shut all winter”."
)
APPOSITION = "Mira Tollan, the island council chairman, visited the harbour on Monday."
PREMODIFIER = "Island council chairman Mira Tollan visited the harbour on Monday."


def test_a_subject_description_is_resolved_by_an_apposition_elsewhere() -> None:
    texts = {"a1": SUBJECT, "a2": APPOSITION}
    [q] = _resolve(texts, [_quote("a1", SUBJECT, "stay shut all winter")])
    assert q.speaker == "Mira Tollan"
    assert q.speaker_text == "The island council chairman"
    assert q.speaker_start is not None and q.speaker_end is not None
    assert SUBJECT[q.speaker_start : q.speaker_end] == q.speaker_text


def test_a_subject_description_is_resolved_by_a_pre_modifier_elsewhere() -> None:
    texts = {"a1": SUBJECT, "a2": PREMODIFIER}
    [q] = _resolve(texts, [_quote("a1", SUBJECT, "stay shut all winter")])
    assert q.speaker == "Mira Tollan"


def test_a_definite_description_speaker_is_resolved() -> None:
    text = "“We will reopen in spring,” the island council chairman said."
    texts = {"a1": text, "a2": APPOSITION}
    q0 = _quote("a1", text, "We will reopen in spring,", "the island council chairman")
    [q] = _resolve(texts, [q0])
    assert q.speaker == "Mira Tollan"


def test_an_indefinite_description_stays_anonymous() -> None:
    text = "“We will reopen in spring,” an island council chairman said."
    texts = {"a1": text, "a2": APPOSITION}
    q0 = _quote("a1", text, "We will reopen in spring,", "an island council chairman")
    assert _resolve(texts, [q0]) == [q0]


def test_two_people_bound_to_the_description_leave_it_unresolved() -> None:
    other = "Ana Li, the island council chairman, disagreed."
    texts = {"a1": SUBJECT, "a2": APPOSITION, "a3": other}
    q0 = _quote("a1", SUBJECT, "stay shut all winter")
    assert _resolve(texts, [q0]) == [q0]


def test_a_one_word_role_never_matches() -> None:
    subject = "The chairman went so far as to say the port should “stay shut all winter”."
    texts = {"a1": subject, "a2": "Mira Tollan, the chairman, visited the harbour."}
    q0 = _quote("a1", subject, "stay shut all winter")
    assert _resolve(texts, [q0]) == [q0]
    assert description_key("The Chairman") == ("chairman",)


def test_the_match_is_exact_and_the_binding_a_whole_phrase() -> None:
    q0 = _quote("a1", SUBJECT, "stay shut all winter")
    for other in (
        "Former island council chairman Mira Tollan visited the harbour.",
        "Mira Tollan, the island council chairman's deputy, visited the harbour.",
        "Mira Tollan, the deputy island council chairman, visited the harbour.",
        "Mira Tollan, the island council vice chairman, visited the harbour.",
    ):
        assert _resolve({"a1": SUBJECT, "a2": other}, [q0]) == [q0], other


def test_a_subject_needs_a_speech_verb_and_must_end_at_the_description() -> None:
    for subject in (
        "The island council chairman campaign said the port should “stay shut all winter”.",
        "The island council chairman wants the port to “stay shut all winter”.",
        "The island council chairman’s aide said the port should “stay shut all winter”.",
    ):
        q0 = _quote("a1", subject, "stay shut all winter")
        assert _resolve({"a1": subject, "a2": APPOSITION}, [q0]) == [q0], subject


def test_a_named_speaker_is_never_changed() -> None:
    text = "Jo Ray, the island council chairman, said the port should “stay shut all winter”."
    q0 = _quote("a1", text, "stay shut all winter", "Jo Ray")
    assert _resolve({"a1": text, "a2": APPOSITION}, [q0]) == [q0]


def test_the_dossier_gives_the_quote_to_the_bound_person() -> None:
    arts = [Article("a1", SUBJECT, "Harbour"), Article("a2", APPOSITION, "Harbour")]
    ans = {
        "a1": Analysis("a1", quotes=(_quote("a1", SUBJECT, "stay shut all winter"),)),
        "a2": Analysis("a2", mentions=tuple(_mentions("a2", APPOSITION))),
    }
    d = build_dossier(Story("s", "Harbour", ("a1", "a2")), arts, ans)
    [g] = d.quotes
    assert g.speaker_name == "Mira Tollan"
    assert g.speaker_entity is not None


def test_a_role_of_someone_as_written_is_the_person_the_story_gives_it() -> None:
    # a cross-outlet dossier audit: "China’s ambassador to Britain ... warned that the
    # Chinese government “will not sit on our hands”" had no speaker, though the article
    # goes on: "China’s ambassador to Britain Liu Xiaming has said ..."
    text = (
        "Velmora’s envoy to Orlin warned that Velmora “will not sit on its hands”.\n\n"
        "Velmora’s envoy to Orlin Jo Ray has said the port will reopen."
    )
    said = "will not sit on its hands"
    start = text.index(said)
    q = Quote("a1", start, start + len(said), said, None, speaker_text="Velmora’s envoy to Orlin")
    [got] = _resolve({"a1": text}, [q])
    assert got.speaker == "Jo Ray"
    # a role nobody is given stays unresolved
    other = "Velmora’s envoy to Orlin warned that Velmora “will not sit on its hands”."
    q2 = Quote("a1", other.index(said), other.index(said) + len(said), said, None,
               speaker_text="Velmora’s envoy to Orlin")  # fmt: skip
    assert _resolve({"a1": other}, [q2])[0].speaker is None
