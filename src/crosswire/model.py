"""The crosswire data model: every stage speaks these types, and only these.

Flow::

    ingest  -> Article                      (clean text; offsets into ``Article.text``
                                             are the reference for every finding)
    analyze -> Analysis                     (per article: sentences, mentions, quotes,
                                             claims, time expressions, credits, hedges)
    link    -> Story, Dossier               (across the articles of one story)
    report  -> JSON / Markdown / HTML       (``Dossier.to_dict()`` is the JSON contract)

All findings carry ``article`` (the article id) and ``start``/``end`` character
offsets into that article's stored clean text; ``text`` is exactly
``article.text[start:end]``.  Everything is a frozen dataclass so that a finding
can be hashed, compared and passed between processes safely.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["day", "month", "year"]
TimelinePrecision = Literal["day", "week", "weekend", "month", "quarter", "season", "half", "year"]
"""A timeline item's precision: a week, a weekend, a quarter, a season or a half year is
shown as one ("1989-Q3", "fall 1989"), not as its first day or month."""
TimeKind = Literal["date", "duration", "set", "ref"]
ClaimStatus = Literal["agree", "conflict", "single"]


def content_hash(text: str) -> str:
    """The content hash that makes ingest idempotent (sha256 of the clean text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id_for(text: str) -> str:
    """A short, stable article id derived from the clean text."""
    return "a" + content_hash(text)[:15]


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested: clean main text plus metadata.

    ``published`` is the article's own publication date (the reference date for
    relative time expressions).  ``published_inferred`` is True when no dateline
    or metadata gave it and it was inferred from the text; ``None`` means unknown.
    ``outlet_inferred`` is True when no metadata named the outlet and the text
    did (a wire dateline, a copyright line: ``ingest/outlets.py``); ``outlet``
    None means unknown.
    """

    id: str
    text: str
    title: str
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    language: str | None = None
    source_format: str = "text"
    content_hash: str = ""
    outlet_inferred: bool = False

    @classmethod
    def create(
        cls,
        text: str,
        title: str,
        *,
        path: str | None = None,
        url: str | None = None,
        outlet: str | None = None,
        published: dt.date | None = None,
        published_inferred: bool = False,
        language: str | None = None,
        source_format: str = "text",
        outlet_inferred: bool = False,
    ) -> Article:
        """Build an article, deriving ``id`` and ``content_hash`` from the text."""
        return cls(
            id=article_id_for(text),
            text=text,
            title=title,
            path=path,
            url=url,
            outlet=outlet,
            published=published,
            published_inferred=published_inferred,
            language=language,
            source_format=source_format,
            content_hash=content_hash(text),
            outlet_inferred=outlet_inferred,
        )

    def ref(self) -> dict[str, str | bool | None]:
        """Where the article comes from, as listed with a story (``crosswire stories
        --format json``, ``/stories.json``): part of its :meth:`metadata`."""
        meta = self.metadata()
        return {k: meta[k] for k in ("id", "path", "url", "outlet", "outlet_inferred", "published")}

    def metadata(self) -> dict[str, Any]:
        """The article's metadata as JSON (no text): how the dossier contract lists it,
        and how ``crosswire analyze --format json`` opens each article."""
        return {
            "id": self.id,
            "path": self.path,
            "url": self.url,
            "outlet": self.outlet,
            "outlet_inferred": self.outlet_inferred,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "published_inferred": self.published_inferred,
            "language": self.language,
        }


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """A file (or a record inside a file) that could not be ingested, and why."""

    path: str
    reason: str
    stage: str = "ingest"


# --------------------------------------------------------------------------- analyze


@dataclass(frozen=True, slots=True)
class Sentence:
    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention (spaCy NER label in ``label``: PERSON, ORG, GPE, ...)."""

    article: str
    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: ``start``/``end`` span the words inside the quotation marks.

    ``speaker`` is the speaker's name as resolved in this article (the fullest
    form found, e.g. "Muhammad al-Qahtani" when the attribution says "he" or
    "al-Qahtani"); ``speaker_text`` is the attribution as written next to the
    quote ("he", "al-Qahtani", "a spokesman"), spanning
    ``speaker_start``/``speaker_end``.  ``speaker`` is None when no speaker was found.
    """

    article: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A numeric mention with its unit and what it counts, normalised.

    ``value`` is the point value in the canonical ``unit`` ("second", "metre",
    "square metre", "person", "item", "percent", ...), or None for ranges and
    vague amounts, which have ``low``/``high`` instead (a point value has
    low == high == value).  ``quantity`` is the dimension ("count",
    "duration", "length", "area", "percent", "money", "mass", ...);
    ``counted`` is what is counted or measured, as a lemma ("soldier",
    "protester", "broadcast"), when it can be found.  ``credited_to`` is whom the
    article credits for the number, if anyone (``analyze/credit.py``): the
    resolved speaker of a quote holding it, else a text as written in its
    sentence, either a credited source ("the island council") or the whole
    subject phrase of a speech verb, which may carry an appositive ("Mira
    Tollan, the harbour master") or other modifiers; it is not normalised to a
    bare name.
    """

    article: str
    start: int
    end: int
    text: str
    value: float | None
    low: float
    high: float
    unit: str
    quantity: str
    counted: str | None = None
    approximate: bool = False
    credited_to: str | None = None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression resolved against the article's own publication date.

    ``date`` is the resolved calendar date (None when it cannot be resolved,
    e.g. the article's date is unknown); ``precision`` says how much of it is
    meaningful; ``part_of_day`` keeps "night", "late", "morning" qualifiers.
    ``relative`` is True for expressions such as "late Monday" or "last week"
    that only make sense against ``reference`` (the publication date used, or the
    day a quote was said for a date inside it: ``analyze/time_speech.py``).

    ``kind`` says what the expression is: ``"date"`` (a point or period on the
    calendar, the default), ``"duration"`` (a length of time: "three weeks", "a
    22-month investigation"; ``date`` is None), ``"set"`` (a recurrence: "daily";
    ``date`` is None) or ``"ref"`` (the present, the recent past or the future:
    "currently", "right now", "at present" with ``part_of_day`` "present",
    "recently" with "past", "in the coming weeks", "in the near future" with
    "future"; ``date`` is None; a bare "now" or "soon" is not taken).
    ``duration`` is the ISO 8601 length of a duration or the period of a set
    ("P2W", "P22M", "PT1H"; an ``X`` for an unknown count, "PXD" for "the next
    few days"); None otherwise.  Only dates reach the timeline.
    """

    article: str
    start: int
    end: int
    text: str
    date: dt.date | None
    precision: Precision = "day"
    part_of_day: str | None = None
    relative: bool = False
    reference: dt.date | None = None
    kind: TimeKind = "date"
    duration: str | None = None


@dataclass(frozen=True, slots=True)
class Credit:
    """A credited source: whom the article credits for information.

    ``source`` is the credited name as written ("Reuters", "a monitoring group",
    "a Telegram channel"), except that a bare description of a medium ("told the
    newspaper", "the agency said") is the one the article credited by name before
    it ("the Anchorage Daily News"); ``kind`` classifies it: "wire", "monitor", "social",
    "broadcaster", "outlet", "official", "document", "witness" or "other".
    ``start``/``end`` span the whole attribution phrase ("according to Reuters").
    """

    article: str
    start: int
    end: int
    text: str
    source: str
    kind: str = "other"


@dataclass(frozen=True, slots=True)
class Hedge:
    """A hedge or verification caveat ("could not be independently verified").

    ``sentence_start``/``sentence_end`` give the sentence it qualifies (None when
    unknown, in analyses stored before they were recorded).
    """

    article: str
    start: int
    end: int
    text: str
    kind: str = "unverified"
    sentence_start: int | None = None
    sentence_end: int | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the per-article stage found in one article."""

    article: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    credits: tuple[Credit, ...] = ()
    hedges: tuple[Hedge, ...] = ()
    embedding: tuple[float, ...] = field(default=(), compare=False, repr=False)
    encoder: str = field(default="", compare=False, repr=False)
    """Name of the sentence encoder that made ``embedding`` ("" when there is none);
    vectors of different encoders live in different spaces and are never compared."""
    events: tuple[str, ...] = field(default=(), repr=False)
    """Event keys of the lead (``analyze/events.py``): what happened, and who did it where."""


# --------------------------------------------------------------------------- link


@dataclass(frozen=True, slots=True)
class AnalysedArticle:
    """One article with its per-article findings, as ``crosswire analyze`` shows them."""

    article: Article
    analysis: Analysis


@dataclass(frozen=True, slots=True)
class Story:
    """A group of articles covering one event."""

    id: str
    title: str
    article_ids: tuple[str, ...]


HEADLINE_LEAD_CHARS = 600
"""How much of each member's text a story's title choice reads (``Headline.lead``)."""
TITLE_MEMBERS = 200
"""A story's title is chosen among its first members in (date, id) order, this many."""


@dataclass(frozen=True, slots=True)
class Headline:
    """What a story's title is chosen from, per member article: its title and the
    opening of its text (``lead``: the first characters, dateline included)."""

    article: str
    title: str
    published: dt.date | None
    lead: str


@dataclass(frozen=True, slots=True)
class Synopsis:
    """A one-line summary of a story's main event: a sentence of one of its articles
    (``text`` is ``article.text[start:end]``)."""

    article: str
    start: int
    end: int
    text: str


StoryEventKind = Literal["created", "joined", "merged"]


@dataclass(frozen=True, slots=True)
class StoryState:
    """What the incremental story index keeps of one story between ingests.

    ``vector`` is the sum of the members' embeddings (its direction is the
    centroid); ``keys`` counts, per entity key, the members that name it, and per
    lead event key (behind ``link.assign.EVENT_PREFIX``), the members whose lead has it.
    """

    id: str
    title: str
    founder: str
    """The article that started the story (its id is derived from this one)."""
    founded: dt.date | None
    """The founder's publication date: (founded, founder) orders stories."""
    size: int
    first: dt.date | None
    last: dt.date | None
    vector: tuple[float, ...]
    keys: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """One step in a story's history: created by, joined by, or merged with."""

    kind: StoryEventKind
    story: str
    article: str
    """The article that was added (or, for ``merged``, that matched both stories)."""
    other: str | None = None
    """For ``merged``: the story absorbed into ``story``."""
    score: float | None = None
    """The model's probability behind the decision (None for ``created``)."""


@dataclass(frozen=True, slots=True)
class StoryChanges:
    """What one incremental story update changed, saved by the store in one transaction."""

    states: tuple[StoryState, ...] = ()
    """New or changed stories (written whole)."""
    merged: tuple[tuple[str, str], ...] = ()
    """(absorbed, survivor): the absorbed story's articles move to the survivor."""
    assigned: tuple[tuple[str, str], ...] = ()
    """(article, story) for each newly assigned article.

    Story ids in ``merged`` survivors and ``assigned`` are final: the stories
    they name are in ``states`` (or unchanged in the store), never absorbed."""
    events: tuple[StoryEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class SpanRef:
    """A pointer to a span of one article's clean text."""

    article: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity with every surface form the story's articles use."""

    id: str
    name: str
    kind: str
    variants: tuple[str, ...]
    mentions: tuple[SpanRef, ...]


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """The same statement as rendered by one or more articles."""

    id: str
    speaker_name: str | None
    speaker_entity: str | None
    renderings: tuple[Quote, ...]


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Numeric claims that measure the same thing, compared across articles."""

    id: str
    measure: str
    status: ClaimStatus
    values: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class TimelineItem:
    id: str
    date: dt.date
    precision: TimelinePrecision
    description: str
    conflict: bool
    sources: tuple[SpanRef, ...]


@dataclass(frozen=True, slots=True)
class Reuse:
    """A near-verbatim passage shared by two articles (wire copy)."""

    a: SpanRef
    b: SpanRef
    similarity: float


@dataclass(frozen=True, slots=True)
class ReusedPassage:
    """One passage that several articles share near-verbatim: the ``Reuse`` pairs
    joined through the spans they have in common (a view for reading; the dossier
    contract keeps the pairs)."""

    spans: tuple[SpanRef, ...]
    """Each article's copy (see :func:`crosswire.link.reuse.reused_passages` for the order)."""
    low: float
    """The lowest similarity of a pair in it."""
    high: float
    """The highest."""

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article for s in self.spans))

    @property
    def similarity(self) -> str:
        """The similarity range as shown to readers: "93%", or "85–100%"."""
        low, high = f"{self.low * 100:.0f}", f"{self.high * 100:.0f}"
        return f"{low}%" if low == high else f"{low}–{high}%"


@dataclass(frozen=True, slots=True)
class Dossier:
    """The cross-source dossier of one story; ``to_dict`` is the JSON contract."""

    story: Story
    articles: tuple[Article, ...]
    entities: tuple[Entity, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    claims: tuple[ClaimGroup, ...] = ()
    timeline: tuple[TimelineItem, ...] = ()
    provenance: tuple[Credit, ...] = ()
    hedges: tuple[Hedge, ...] = ()
    reuse: tuple[Reuse, ...] = ()
    coverage: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    synopsis: Synopsis | None = None
    """One line on the story's main event (``link/stories.py``: the most central lead)."""

    def qualified_by(self, h: Hedge) -> tuple[str, ...]:
        """Ids of the quote and claim groups with a rendering or value in the hedge's
        sentence: what the hedge qualifies ("…, which could not be verified")."""
        if h.sentence_start is None or h.sentence_end is None:
            return ()
        lo, hi = h.sentence_start, h.sentence_end
        spans: list[tuple[str, Quote | Claim]] = [
            (g.id, r) for g in self.quotes for r in g.renderings
        ]
        spans += [(c.id, v) for c in self.claims for v in c.values]
        seen: dict[str, None] = {}
        for gid, f in spans:
            if f.article == h.article and lo <= f.start and f.end <= hi:
                seen.setdefault(gid)
        return tuple(seen)

    def _hedge_json(self, h: Hedge, texts: dict[str, str]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "article": h.article,
            "start": h.start,
            "end": h.end,
            "text": h.text,
            "kind": h.kind,
        }
        if h.sentence_start is not None and h.sentence_end is not None:
            out["sentence"] = {
                "start": h.sentence_start,
                "end": h.sentence_end,
                "text": texts.get(h.article, "")[h.sentence_start : h.sentence_end],
            }
            out["qualifies"] = list(self.qualified_by(h))
        return out

    def to_dict(self) -> dict[str, Any]:
        """The dossier as its JSON contract (``src/crosswire/report/dossier.schema.json``)."""
        texts = {a.id: a.text for a in self.articles}
        return {
            "story": {
                "id": self.story.id,
                "title": self.story.title,
                "summary": None
                if self.synopsis is None
                else {
                    "text": self.synopsis.text,
                    "article": self.synopsis.article,
                    "start": self.synopsis.start,
                    "end": self.synopsis.end,
                },
                "articles": [a.metadata() for a in self.articles],
            },
            "entities": [
                {
                    "id": e.id,
                    "name": e.name,
                    "kind": e.kind,
                    "variants": list(e.variants),
                    "mentions": [m.to_dict() for m in e.mentions],
                }
                for e in self.entities
            ],
            "quotes": [
                {
                    "id": g.id,
                    "speaker": {"name": g.speaker_name, "entity": g.speaker_entity},
                    "renderings": [
                        {
                            "article": q.article,
                            "start": q.start,
                            "end": q.end,
                            "text": q.text,
                            "speaker_text": q.speaker_text,
                        }
                        for q in g.renderings
                    ],
                }
                for g in self.quotes
            ],
            "claims": [
                {
                    "id": g.id,
                    "measure": g.measure,
                    "status": g.status,
                    "values": [
                        {
                            "article": c.article,
                            "start": c.start,
                            "end": c.end,
                            "text": c.text,
                            "value": c.value,
                            "low": c.low,
                            "high": c.high,
                            "unit": c.unit,
                            "quantity": c.quantity,
                            "counted": c.counted,
                            "credited_to": c.credited_to,
                        }
                        for c in g.values
                    ],
                }
                for g in self.claims
            ],
            "timeline": [
                {
                    "id": t.id,
                    "date": t.date.isoformat(),
                    "precision": t.precision,
                    "description": t.description,
                    "conflict": t.conflict,
                    "sources": [s.to_dict() for s in t.sources],
                }
                for t in self.timeline
            ],
            "provenance": [
                {
                    "article": c.article,
                    "credits": c.source,
                    "kind": c.kind,
                    "start": c.start,
                    "end": c.end,
                    "text": c.text,
                }
                for c in self.provenance
            ],
            "hedges": [self._hedge_json(h, texts) for h in self.hedges],
            "reuse": [
                {
                    "a": {"article": r.a.article, "start": r.a.start, "end": r.a.end},
                    "b": {"article": r.b.article, "start": r.b.start, "end": r.b.end},
                    "similarity": round(r.similarity, 4),
                }
                for r in self.reuse
            ],
            "coverage": {aid: {"unique": list(ids)} for aid, ids in self.coverage.items()},
        }
