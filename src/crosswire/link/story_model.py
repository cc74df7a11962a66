"""The learned decision rule of story clustering: a small logistic model.

``story_model.json`` (next to this module) holds the feature names, the
weights, the two probability thresholds and how they were obtained; it is
written by ``bench/train_story_model.py`` from labelled article–story pairs and
read here.  :func:`fit_logistic` is the (numpy-only) trainer that script uses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError

FEATURES: tuple[str, ...] = (
    "cosine",
    "entity_wjaccard",
    "log1p_days",
    "event_roles",
    "event_clash",
    "year_novel",
    "terms",
)
"""What the model sees of one (article, candidate story) pair, in this order:

* ``cosine``: cosine of the article's title+lead embedding to the story centroid;
* ``entity_wjaccard``: weighted Jaccard of the article's entity keys (weight 1)
  and the story's (weight: the share of its articles that name the key);
* ``log1p_days``: log(1 + days from the article's date to the story's date range)
  (0 inside the range, for undated articles and for inferred dates);
* ``event_roles``: who did what to whom: of the names the article's lead has as
  agent or patient (:mod:`crosswire.analyze.events`), the largest share of the
  story's leads that have the same name in the same role;
* ``event_clash``: how many of three signs of the same kind of event elsewhere or
  at another time the pair shows (0–3): the leads name other places, other years
  (a date's year counts), or count the same thing with other numbers ("23
  pirates" against "26 pirates"); see ``link.assign.event_evidence``.

* ``year_novel``: the article's lead names a year (or its date, when not inferred
  from its text, falls in one) that no lead of a story of two or more leads names
  and the story's dates do not cover.  Two events of the same kind are often years
  apart, and the later one's articles say so ("in 2011"), while the earlier event's
  leads name no year at all: ``event_clash`` needs years on both sides and misses
  that.
* ``terms``: cosine of the article's content terms (the 40 most frequent content
  words of its whole text, stemmed: ``link.text.content_terms``) to the story's term
  counts.  The lead and the names tell two events of the same actors apart badly (a
  politician's tax deal and a leadership vote, cosine 0.7 and more); what the whole
  text keeps returning to does.  0 for stories stored before terms.

The event columns are 0 when the article or the story has no event keys (stories
stored before them).

Tried and left out, because their weights did not carry over between the two
halves of the training topics (``bench/train_story_model.py``): the share of the
article's names the story names; the story's size (teacher-forced pairs make big
stories look like wrong answers: they are retrieved as candidates for many
articles); the event predicate and its subject/object nouns as separate columns
(same-kind events share them: two earthquakes both *strike*), and each clash as its
own column (each fires too rarely for a stable weight of its own); a different
agent or patient as a clash; the share of the story's leads naming the article's
year (two events of one year, a riot and a crash in one city, joined on it); a
year no lead names against a story of one lead (a third to a half of one event's
leads name no year); years named anywhere in the text rather than in the lead
(background years: a boxer's earlier fights).  Member-level links (the largest or
second-largest cosine, or the mean name overlap, to the story's members rather
than to its centroid), as fitted columns or as a second condition on a join, and
joins below a firmer p that leave the centroid as it was gained nothing held out:
the two events' articles are as close to the members as to the centroid, so the
mixing is not centroid drift alone.  Later also: a salient participant of the
article (an agent or patient of its lead, or a name it gives twice) that a story of
three or more articles never names, alone, as a share, or only when the story names
another of the article's participants (articles of one event name victims,
spokespeople and reporters the rest of the story never does, so it fired on right
joins about as often as on wrong ones); and the count clash as a column of its own
(too few pairs fire in one training half for a weight that carries over).
"""

SIGNS: tuple[int, ...] = (1, 1, -1, 1, -1, -1, 1)
"""Sign constraints used in training (+1: never lowers p, -1: never raises it, 0: free):
more similar text, more shared names or the same participants never make a story less
likely, and a story further away in time, or elsewhere, or another year, is never more
likely."""

MODEL_PATH = Path(__file__).with_name("story_model.json")

Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class StoryModel:
    """Logistic model: p(article belongs to story) = sigmoid(bias + weights · features)."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    """An article joins its most probable candidate story when p reaches this."""
    merge_threshold: float
    """Another candidate story reaching this p is the same story: the two merge."""
    features: tuple[str, ...] = FEATURES
    info: dict[str, Any] = field(default_factory=dict, compare=False)
    """How the model was trained (data, split, scores); informative only."""

    def __post_init__(self) -> None:
        if self.features != FEATURES or len(self.weights) != len(FEATURES):
            raise ConfigError(
                f"story model features {list(self.features)} do not match this crosswire's "
                f"{list(FEATURES)}: retrain with bench/train_story_model.py"
            )

    def probability(self, x: Array) -> Array:
        """P(same story) for each row of ``x`` (shape: pairs × features)."""
        z = x @ np.asarray(self.weights, dtype=np.float64) + self.bias
        return _sigmoid(z)

    def with_threshold(self, threshold: float) -> StoryModel:
        return replace(self, threshold=threshold)

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "weights": [round(w, 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "threshold": self.threshold,
            "merge_threshold": self.merge_threshold,
            "info": self.info,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoryModel:
        try:
            return cls(
                weights=tuple(float(w) for w in data["weights"]),
                bias=float(data["bias"]),
                threshold=float(data["threshold"]),
                merge_threshold=float(data["merge_threshold"]),
                features=tuple(str(f) for f in data["features"]),
                info=dict(data.get("info", {})),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"malformed story model: {exc}") from exc


@cache
def _load(path: str) -> StoryModel:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"cannot read the story model {path}: {exc} (reinstall crosswire, or "
            f"retrain it with bench/train_story_model.py)"
        ) from exc
    return StoryModel.from_json(data)


def load_story_model(path: Path | None = None) -> StoryModel:
    """The shipped model (``story_model.json``), or the one at ``path``."""
    return _load(str(path or MODEL_PATH))


def _sigmoid(z: Array) -> Array:
    out: Array = 0.5 * (1.0 + np.tanh(0.5 * z))  # overflow-free logistic
    return out


def fit_logistic(
    x: Array,
    y: npt.NDArray[np.bool_] | Array,
    *,
    l2: float = 1.0,
    signs: tuple[int, ...] | None = None,
    iterations: int = 50,
) -> tuple[Array, float]:
    """Weights and bias of an L2-regularised logistic regression (Newton's method).

    Minimises the summed log-loss plus ``l2 / 2 * |w|²`` (the bias is not
    penalised).  ``signs`` (one per feature: +1, -1 or 0 for free) constrains
    the sign of weights: a feature whose fitted weight has the wrong sign gets
    weight 0 and the rest are fitted again.  Returns ``(weights, bias)``.
    """
    x = np.asarray(x, dtype=np.float64)
    k = x.shape[1]
    active = list(range(k))
    while True:
        w_act, bias = _newton(x[:, active], y, l2, iterations)
        weights = np.zeros(k)
        weights[active] = w_act
        wrong = [j for j in active if signs and signs[j] and weights[j] * signs[j] < 0]
        if not wrong:
            return weights, bias
        active = [j for j in active if j not in wrong]


def _newton(
    x: Array, y: npt.NDArray[np.bool_] | Array, l2: float, iterations: int
) -> tuple[Array, float]:
    t = np.asarray(y, dtype=np.float64)
    n, k = x.shape
    a = np.hstack([x, np.ones((n, 1))])
    penalty = np.full(k + 1, l2)
    penalty[-1] = 0.0
    theta = np.zeros(k + 1)
    for _ in range(iterations):
        p = _sigmoid(a @ theta)
        grad = a.T @ (p - t) + penalty * theta
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty) + 1e-9 * np.eye(k + 1)
        step = np.linalg.solve(hess, grad)
        theta = theta - step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    return theta[:-1].copy(), float(theta[-1])
