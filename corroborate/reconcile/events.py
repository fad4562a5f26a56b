"""Reports of many events, grouped into one group per event.

Reads: the articles and their mentions. Adds: groups of articles, each one event, compared on its
own (``corroborate.compare_events``).

Two reports are said to tell one event by how alike they are, on two counts:

- what they say: the cosine of the all-MiniLM-L6-v2 embeddings of each report's opening (its
  first :data:`OPENING_CHARS` characters: the headline and the lead hold the event);
- whom and where they name: the cosine of their named entities, each weighted by how rare it is
  in the batch (inverse document frequency), so that two reports naming "Velmar" and "Dorsk"
  are alike, while "US" named by every report says little; and by its kind, a person counting
  more than a place or an organisation (the same city and station name many different events).

The two are mixed (:data:`TEXT_WEIGHT`); reports published more than :data:`DAYS_APART` days
apart lose :data:`DATE_PENALTY`; and the reports are clustered by average linkage: the two
groups whose reports are most alike on average are joined, as long as that average is at least
:data:`SAME_EVENT`. Average linkage keeps a chain of pairwise likenesses (a quake report like a
second quake report like a flood report) from joining everything.

The weights and the threshold were chosen on the ECB+ train topics and are reported on its dev
topics, and on a stream of 400 different shootings (GVDB), by ``benchmarks/events_grouping.py``
(docs/events.md). Reports of two events of one kind
(two earthquakes, two pirate captures) are the hard case.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from corroborate.read.dates import parse_iso
from corroborate.reconcile.names import alias_key
from corroborate.record import Article, Reading

__all__ = [
    "DATE_PENALTY",
    "DAYS_APART",
    "NAME_KIND_WEIGHTS",
    "OPENING_CHARS",
    "SAME_EVENT",
    "TEXT_WEIGHT",
    "average_linkage",
    "dated_apart",
    "group_by_event",
    "name_likeness",
    "text_likeness",
]

OPENING_CHARS = 1500
"""How much of each report's text is embedded (about the 256 tokens the encoder reads)."""
TEXT_WEIGHT = 0.4
"""Share of the text likeness in the mix; the rest is the likeness of named entities."""
SAME_EVENT = 0.35
"""Average likeness at or above which two groups of reports are one event."""
DAYS_APART = 3
"""Two reports whose publication dates are further apart than this count as unlike
(:data:`DATE_PENALTY` is taken off their likeness): a day's shootings in one city read alike, and
their dates are often all that sets them apart. A follow-up published later starts a group of its
own."""
DATE_PENALTY = 1.0
NAME_KIND_WEIGHTS: dict[str, float] = {"PERSON": 1.0, "OTHER": 0.5}
"""How much a shared name counts, by kind: a person named in two reports says they tell one
event far more than a shared city or outlet does (a day's shootings in one city name the city and
the station); places, organisations and groups count 0.3."""


def group_by_event(
    articles: Sequence[Article],
    readings: Sequence[Reading],
    *,
    threshold: float = SAME_EVENT,
) -> tuple[tuple[int, ...], ...]:
    """Groups of indexes into ``articles`` (one group per event), each in article order, the
    groups ordered by their first article. ``readings[i]`` is the reading of ``articles[i]``."""
    if len(articles) != len(readings):
        raise ValueError("one reading per article is needed")
    if len(articles) <= 1:
        return tuple((index,) for index in range(len(articles)))
    likeness = TEXT_WEIGHT * text_likeness(articles) + (1 - TEXT_WEIGHT) * name_likeness(readings)
    likeness -= DATE_PENALTY * dated_apart(articles)
    return average_linkage(likeness, threshold)


def dated_apart(articles: Sequence[Article], *, days: int = DAYS_APART) -> np.ndarray:
    """1 where both reports have a publication date and they are more than ``days`` apart."""
    dates = [parse_iso(article.published) for article in articles]
    ordinals = np.array([date.toordinal() if date else 0 for date in dates], dtype=np.int64)
    known = np.array([date is not None for date in dates])
    apart = np.abs(ordinals[:, None] - ordinals[None, :]) > days
    return (apart & known[:, None] & known[None, :]).astype(np.float64)


def text_likeness(articles: Sequence[Article]) -> np.ndarray:
    """Cosines of the embeddings of the reports' openings, one row and column per article."""
    from corroborate.embeddings import load_encoder

    openings = [article.text[:OPENING_CHARS] for article in articles]
    vectors = load_encoder().encode(openings)
    return np.asarray(vectors @ vectors.T, dtype=np.float64)


def name_likeness(readings: Sequence[Reading]) -> np.ndarray:
    """Cosines of the reports' named entities, each weighted by its rarity in the batch (IDF)
    and by its kind (:data:`NAME_KIND_WEIGHTS`, by the label most of its mentions have)."""
    names = [{alias_key(m.name) for m in reading.mentions} - {""} for reading in readings]
    labels: dict[str, Counter[str]] = {}
    for reading in readings:
        for mention in reading.mentions:
            labels.setdefault(alias_key(mention.name), Counter())[mention.label] += 1
    counts = Counter(name for found in names for name in found)
    columns = {name: column for column, name in enumerate(counts)}
    weights = np.zeros((len(names), max(1, len(columns))), dtype=np.float64)
    for row, found in enumerate(names):
        for name in found:
            kind = labels[name].most_common(1)[0][0]
            rarity = math.log(len(names) / counts[name])
            weights[row, columns[name]] = NAME_KIND_WEIGHTS.get(kind, 0.3) * rarity
    norms = np.linalg.norm(weights, axis=1, keepdims=True)
    weights /= np.maximum(norms, 1e-12)
    return np.asarray(weights @ weights.T, dtype=np.float64)


def average_linkage(likeness: np.ndarray, threshold: float) -> tuple[tuple[int, ...], ...]:
    """Join the two groups with the highest average likeness while it reaches ``threshold``;
    the groups, each sorted, in the order of their first index."""
    count = len(likeness)
    totals = likeness.astype(np.float64, copy=True)
    np.fill_diagonal(totals, -np.inf)
    sizes = np.ones(count)
    alive = np.ones(count, dtype=bool)
    members: dict[int, list[int]] = {index: [index] for index in range(count)}
    while len(members) > 1:
        average = totals / np.outer(sizes, sizes)
        average[~alive, :] = -np.inf
        average[:, ~alive] = -np.inf
        first, second = np.unravel_index(int(np.argmax(average)), average.shape)
        if average[first, second] < threshold:
            break
        keep, drop = int(min(first, second)), int(max(first, second))
        totals[keep, :] += totals[drop, :]
        totals[:, keep] += totals[:, drop]
        totals[keep, keep] = -np.inf
        sizes[keep] += sizes[drop]
        alive[drop] = False
        members[keep].extend(members.pop(drop))
    groups = [tuple(sorted(group)) for group in members.values()]
    return tuple(sorted(groups))
