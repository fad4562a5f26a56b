"""Verdicts on a fact's figures, and the fact's summary range.

The rules, in the order they are tried (docs/figures.md says why):

1. ``conflict / self_contradiction``: one party (the same entity, or the same claimer name in
   one report: "officials" in two outlets are two parties) gives values that cannot both be
   true, in different sentences (two counts in one sentence are parts of a list), each as the
   party wrote it (a sum of parts the party gave separately is ours, not theirs: "1,000 in tents
   and another 2,000 waiting" is no self-contradiction of "as many as 2,000 need shelter"). Parties are not merged by affiliation: a minister
   and a police chief of one government are two parties (we have no knowledge base saying who
   speaks for whom), so their disagreement is a ``denial`` or ``numbers`` conflict instead.
2. ``conflict / denial``: someone denies (a denied figure, usually 0) what another asserts.
3. ``conflict / population``: asserted values are disjoint and one side does not say whom it
   counts (people, unspecified) while the other does: they may count different groups. A
   place's residents or inhabitants are its people ("home to 100,000 people" against "200,000
   residents" is a ``numbers`` conflict).
4. ``conflict / numbers``: asserted value ranges are disjoint; or two sources give open-ended
   figures whose bounds differ beyond the approximation band of 10 % and by more than one
   ("more than 26,000" against "more than 31,000", "at least three" against "at least 10";
   not "at least six" against "at least seven"): each states its toll as a bound, and the
   tolls differ.
5. ``hedged``: every figure is hedged ("alleged", "reportedly", "could not verify").
6. ``compatible``: several sources, but only one of them counts; the others name or describe
   people who may be among those counted ("three teens arrested" in one report, "Kristian Lopez
   was also arrested" in another): the values fit together, and no second count confirms.
7. ``single_source``: every figure comes from one source (one claimer, or one outlet's voice).
8. ``agreed``: several sources, and all their ranges overlap (qualifiers included: "some 100"
   is 90-110 and overlaps "more than 100"). A vague amount that overlaps every specific count
   ("hundreds of stores" beside "355 shops") counts as a source; one that does not is set
   aside, as below.

Counted at different times: when two of a ``numbers`` or ``population`` conflict's figures
whose values differ were counted at different times (``Figure.as_of``, read from the figure's
clause by :mod:`corroborate.read.figure_times`: a date or a year after a preposition, "in
2019", "since 2014", a day resolved against the article's date, "on Tuesday"; "now",
"currently", "today"; a present-tense state: "is home to", "live"), the reason says so and names
each value with its time ("counted at different times: 2,700 (2014), about 2,500 (2019), at
least 3,000 (now)"). The kind stays what it is (the record has no kind for it): the values
differ, and the reader is told why they may. The same toll on two days gives no note.

A person described, not counted ("a police officer", "the third victim") says *at least* one
for the verdict: it is one of the people the other counts count.

A vague amount ("several", "dozens", "thousands", "tens of thousands") is a word, not a rival
count: when the fact has a specific figure, a vague one that does not overlap it makes no
conflict (rules 1 and 4 set it aside, and the reason names it). "Several buildings were set
ablaze" does not contradict "two buildings caught fire". Except below a cap: a figure its source caps
("as many as 20,000", "up to 700") at or below where a vague amount begins ("tens of
thousands": 20,000 and more) is a rival count of it (rule 3 or 4): the two agree at best at the
extreme of both.

"Shot N people" counts everyone hit, the dead included: read as an injured count, it says
between one and N were wounded ("shot three people, killing one" fits "two wounded").

Summary range, in the manner of UCDP's low / best / high estimates: ``low`` is the lowest low
among asserted, unhedged figures (all asserted figures when every one is hedged), ``high`` the
highest high among all asserted figures (None when any is unbounded, as "more than 100"),
``best`` the median of the best values of the same credible figures ``low`` is taken from (so
low <= best <= high always holds). Denied figures never enter the summary; a fact
with only denials has the summary 0 / 0 / 0.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import replace
from itertools import combinations, pairwise

from corroborate.read.figure_times import describe_time
from corroborate.read.numbers import VAGUE_AMOUNTS
from corroborate.record import Figure, Span, Verdict

__all__ = [
    "combine_parts", "counted_at_times", "describe_figure", "judge", "party_of", "ranges_overlap",
    "summary_range",
]  # fmt: skip

_UNSPECIFIED = {None, "people"}
_EVERYONE_LIVING = {"residents", "inhabitants"}
"""For a place's population (category ``population``), the words that count everyone living
there: "home to 100,000 people" and "has 200,000 residents" count one group, differently."""


def _says_whom(figure: Figure) -> bool:
    """Whether the figure says whom it counts (for rule 3): not "people" or nothing, and, for a
    place's population, not everyone living there ("residents", "inhabitants")."""
    if figure.population in _UNSPECIFIED:
        return False
    return not (figure.category == "population" and figure.population in _EVERYONE_LIVING)


def ranges_overlap(first: Figure, second: Figure) -> bool:
    """Whether two figures' value ranges share a value (None is unbounded)."""
    first_low = first.low if first.low is not None else float("-inf")
    second_low = second.low if second.low is not None else float("-inf")
    first_high = first.high if first.high is not None else float("inf")
    second_high = second.high if second.high is not None else float("inf")
    return first_low <= second_high and second_low <= first_high


def party_of(figure: Figure) -> str | None:
    """Who gives the figure, as a key: the claimer's entity, else its name; None for the outlet."""
    claimer = figure.claimer
    if claimer is None or claimer.kind == "outlet":
        return None
    if claimer.entity_id:
        return f"entity:{claimer.entity_id}"
    words = [w for w in claimer.name.lower().replace("’s", "").split() if w not in _TITLES]
    return "name:" + " ".join(words) if words else None


_TITLES = {"mr", "mr.", "mrs", "ms", "dr", "the", "minister", "interior"}


def source_of(figure: Figure, outlets: Mapping[str, str]) -> str:
    """The party, or the outlet's own voice when the report gives the figure itself."""
    return party_of(figure) or f"outlet:{outlets.get(figure.article_id, figure.article_id)}"


def describe_figure(figure: Figure, outlets: Mapping[str, str]) -> str:
    """ "the MEK: more than 100" - who says it, and the figure as written."""
    if figure.claimer is not None:
        who = figure.claimer.name
    else:
        who = outlets.get(figure.article_id) or "the report"
    verb = "denies" if figure.polarity == "denied" else "says"
    return f"{who} {verb} {figure.span.text!r}"


def summary_range(figures: Iterable[Figure]) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) of a fact, by the rule in the module docstring."""
    asserted = [figure for figure in figures if figure.polarity == "asserted"]
    if not asserted:
        return 0.0, 0.0, 0.0
    credible = [figure for figure in asserted if not figure.hedged] or asserted
    lows = [figure.low for figure in credible if figure.low is not None]
    low = min(lows) if lows else None
    high = (
        None
        if any(figure.high is None for figure in asserted)
        else max(figure.high for figure in asserted if figure.high is not None)
    )
    bests = [figure.best for figure in credible if figure.best is not None]
    best = float(statistics.median(bests)) if bests else None
    return low, best, high


def _disjoint_pairs(figures: list[Figure]) -> list[tuple[Figure, Figure]]:
    pairs = []
    for index, first in enumerate(figures):
        for second in figures[index + 1 :]:
            if not ranges_overlap(first, second):
                pairs.append((first, second))
    return pairs


def _widest(pairs: list[tuple[Figure, Figure]]) -> tuple[Figure, Figure]:
    """The pair furthest apart, lower figure first."""

    def gap(pair: tuple[Figure, Figure]) -> float:
        first, second = pair
        return abs((first.best or 0.0) - (second.best or 0.0))

    first, second = max(pairs, key=gap)
    return (first, second) if (first.best or 0) <= (second.best or 0) else (second, first)


def combine_parts(
    figures: Iterable[Figure], *, texts: Mapping[str, str] | None = None
) -> list[Figure]:
    """Counts of one fact asserted in one sentence by one source are parts and their total.

    "two women and one man died" is one count of 3 (the parts summed); in "at least three
    people, a man and two women, were killed" one count (3) is the sum of the others, so the
    parts are left out. A part of a whole ("one of 99 members") is not summed with it: with
    ``texts`` (article id to text), counts joined by "of" are left apart. The combined count is
    for comparing only (its span's text joins the parts' texts with " + "; it is never stored
    in a record).
    """
    figures = list(figures)
    by_sentence: dict[tuple[str, int, str | None], list[Figure]] = {}
    for figure in figures:
        if figure.polarity == "asserted":
            who = figure.claimer.name if figure.claimer is not None else None
            key = (figure.article_id, figure.sentence.start, who)
            by_sentence.setdefault(key, []).append(figure)
    replaced: dict[str, Figure | None] = {}
    for parts in by_sentence.values():
        if len(parts) < 2 or _partitive(parts, texts):
            continue
        total = next((f for f in parts if _is_sum_of(f, [p for p in parts if p is not f])), None)
        if total is not None:
            replaced.update({part.id: None for part in parts if part is not total})
            continue
        lows = [part.low or 0.0 for part in parts]
        highs = [part.high for part in parts]
        first, last = parts[0], parts[-1]
        combined = replace(
            first,
            span=Span(
                first.article_id,
                first.span.start,
                last.span.end,
                " + ".join(part.span.text for part in parts),
            ),
            low=sum(lows),
            high=None if any(high is None for high in highs) else sum(h or 0.0 for h in highs),
            best=sum(part.best or 0.0 for part in parts),
            hedged=all(part.hedged for part in parts),
        )
        replaced[first.id] = combined
        replaced.update({part.id: None for part in parts[1:]})
    combined_figures = []
    for figure in figures:
        if figure.id not in replaced:
            combined_figures.append(figure)
        elif replaced[figure.id] is not None:
            combined_figures.append(replaced[figure.id])  # type: ignore[arg-type]
    return combined_figures


_NUMBER_WORDS = frozenset({"one", "1", "a single", "only one", "just one"})

_VAGUE_WORDS = frozenset(" ".join(words) for words in VAGUE_AMOUNTS if words != ("a", "couple"))
_SHOT_BEFORE = re.compile(r"\b(?:shot|shoots|shooting|gunned\s+down)\s+(?:and\s+)?$", re.I)
_SHOT_AFTER = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:dead|to\s+death)\b", re.I)


def is_vague(figure: Figure) -> bool:
    """Whether the figure is a vague amount ("several", "dozens", "tens of thousands")."""
    qualifier = (figure.qualifier or "").lower().removeprefix("alleged ").strip()
    return qualifier in _VAGUE_WORDS


def _specific_pairs(
    pairs: list[tuple[Figure, Figure]], figures: list[Figure]
) -> list[tuple[Figure, Figure]]:
    """Disjoint pairs without a vague member, when the fact has a specific figure."""
    if all(is_vague(figure) for figure in figures):
        return pairs
    return [(a, b) for a, b in pairs if not (is_vague(a) or is_vague(b))]


def _capped_below_vague(figures: list[Figure]) -> list[tuple[Figure, Figure]]:
    """(cap, vague amount) pairs: a figure its source caps ("as many as 20,000", "up to 700":
    nothing below it is excluded) at or below where a vague amount begins ("tens of thousands",
    20,000 and more). The cap is written to limit the count, and it limits it to the vague word's
    floor or less: the two agree at best at one extreme of both, so they are rival counts, not a
    vague word set aside."""
    caps = [
        figure
        for figure in figures
        if figure.low == 0 and figure.high and figure.qualifier and not is_vague(figure)
    ]
    return [
        (cap, amount)
        for cap in caps
        for amount in figures
        if is_vague(amount) and amount.low and cap.high is not None and cap.high <= amount.low
    ]


def _shot_as_upper_bound(figure: Figure, texts: Mapping[str, str] | None) -> Figure:
    """An injured count written "shot N people" (the dead included): between 1 and N wounded."""
    if texts is None or figure.category != "injured" or figure.polarity != "asserted":
        return figure
    text = texts.get(figure.article_id, "")
    before = text[max(figure.sentence.start, figure.span.start - 40) : figure.span.start]
    after = text[figure.span.end : min(figure.sentence.end, figure.span.end + 40)]
    if not _SHOT_BEFORE.search(before) or _SHOT_AFTER.match(after):
        return figure
    if figure.high is None or figure.high < 1:
        return figure
    return replace(figure, low=min(figure.low or 1.0, 1.0))


def _person_as_lower_bound(figure: Figure) -> Figure:
    """A person described, not counted ("a police officer", "the third victim", "Tam Vess"),
    says at least one: another report's "two killed" does not contradict it."""
    if (
        figure.polarity == "asserted"
        and figure.best == 1
        and figure.low == 1
        and figure.high == 1
        and figure.qualifier is None
        and figure.span.text.lower() not in _NUMBER_WORDS
        and "+" not in figure.span.text
    ):
        return replace(figure, high=None)
    return figure


def _partitive(parts: list[Figure], texts: Mapping[str, str] | None) -> bool:
    """Whether one count of the sentence is a part of another: joined by "of" ("one of 99
    members"), or written as a part of the group ("288 candidates run, with 37 of the
    candidates registered as independents")."""
    if texts is None:
        return False
    ordered = sorted(parts, key=lambda figure: figure.span.start)
    for first, second in pairwise(ordered):
        between = texts.get(first.article_id, "")[first.span.end : second.span.start]
        if between.strip().lower().startswith("of"):
            return True
    return any(_written_as_a_part(figure, texts) for figure in ordered[1:])


def _parts_of_the_group(
    figures: list[Figure], texts: Mapping[str, str] | None
) -> dict[str, Figure]:
    """Counts written as a part of the group the fact counts ("37 of the candidates", "two of
    them") that are smaller than another asserted count of it: a subset, no rival value."""
    if texts is None:
        return {}
    asserted = [f for f in figures if f.polarity == "asserted"]
    return {
        figure.id: figure
        for figure in asserted
        if _written_as_a_part(figure, texts)
        and any(
            other is not figure and (other.low or 0.0) > (figure.high or figure.best or 0.0)
            for other in asserted
        )
    }


_PART_OF_THE = re.compile(r"\s+of\s+(?:the|them|those|these)\b", re.IGNORECASE)


def _written_as_a_part(figure: Figure, texts: Mapping[str, str]) -> bool:
    """Whether the count is written as a part of a group: "37 of the candidates", "two of them"."""
    return _PART_OF_THE.match(texts.get(figure.article_id, ""), figure.span.end) is not None


_BOUND_BAND = 1.1
"""Lower bounds further apart than this factor (the approximation band, 10 %) are rival tolls."""
_BOUND_STEP = 1.0
"""Lower bounds one apart are never rival tolls ("at least six" and "at least seven"): one more
victim found is the commonest update between reports, and 10 % of a small toll is under one."""


def _rival_lower_bounds(
    asserted: list[Figure], outlets: Mapping[str, str]
) -> tuple[Figure, Figure] | None:
    """Two open-ended figures from different sources whose written bounds differ beyond the
    approximation band ("more than 26,000" against "more than 31,000"): (lower, higher)."""
    bounds = [
        f
        for f in asserted
        if f.high is None and f.qualifier and not is_vague(f) and f.low and not _is_combined(f)
    ]
    if len({source_of(f, outlets) for f in bounds}) < 2:
        return None
    lowest = min(bounds, key=lambda f: f.low or 0.0)
    highest = max(bounds, key=lambda f: f.low or 0.0)
    high_bound, low_bound = highest.low or 0.0, lowest.low or 0.0
    if high_bound <= low_bound * _BOUND_BAND or high_bound - low_bound <= _BOUND_STEP:
        return None
    if source_of(lowest, outlets) == source_of(highest, outlets):
        return None
    return lowest, highest


def _is_combined(figure: Figure) -> bool:
    """Whether the figure is a sum of parts :func:`combine_parts` made (never written as such)."""
    return " + " in figure.span.text


def _is_sum_of(total: Figure, parts: list[Figure]) -> bool:
    if not parts or any(part.low is None for part in parts):
        return False
    low = sum(part.low or 0.0 for part in parts)
    high = None if any(p.high is None for p in parts) else sum(p.high or 0.0 for p in parts)
    total_low = total.low if total.low is not None else float("-inf")
    total_high = total.high if total.high is not None else float("inf")
    return total_low <= (high if high is not None else float("inf")) and low <= total_high


def _time_order(as_of: str) -> tuple[str, str]:
    """Earliest first: ISO times sort as text; "now" after every date."""
    return ("~", as_of) if as_of == "now" else (as_of, "")


def counted_at_times(figures: Iterable[Figure]) -> str:
    """ "; counted at different times: 2,700 (2014), about 2,500 (2019), at least 3,000 (now)"
    when two of the fact's asserted, specific figures whose values differ (ranges disjoint) are
    anchored (``Figure.as_of``) to different times, listing every figure (those whose clause
    names no time as "time not given"), earliest first and, at one time, lowest first; ""
    otherwise: the same toll on two days explains no difference."""
    seen: dict[tuple[str, str | None], Figure] = {}
    for figure in figures:
        if figure.polarity != "asserted" or is_vague(figure) or _is_combined(figure):
            continue
        seen.setdefault((figure.span.text.lower(), figure.as_of), figure)
    timed = [(figure, when) for (_, when), figure in seen.items() if when is not None]
    if not any(
        first_when != second_when and not ranges_overlap(first, second)
        for (first, first_when), (second, second_when) in combinations(timed, 2)
    ):
        return ""  # no two values that differ were counted at different times
    ordered = sorted(seen, key=lambda key: (_time_order(key[1] or "~~"), seen[key].best or 0.0))
    named = [
        f"{seen[key].span.text} ({describe_time(key[1]) or 'time not given'})" for key in ordered
    ]
    return "; counted at different times: " + ", ".join(named)


def judge(
    figures: list[Figure],
    outlets: Mapping[str, str],
    *,
    texts: Mapping[str, str] | None = None,
) -> Verdict:
    """The verdict on a fact's figures, with a one-line reason (``texts``: article id to text,
    to tell parts of a whole from parts of a list)."""
    combined = combine_parts(figures, texts=texts)
    parts = _parts_of_the_group(combined, texts)
    combined = [f for f in combined if f.id not in parts]
    lowered = [_person_as_lower_bound(f) for f in combined]
    persons = {f.id for f, low in zip(combined, lowered, strict=True) if low is not f}
    figures = [_shot_as_upper_bound(f, texts) for f in lowered]
    asserted = [figure for figure in figures if figure.polarity == "asserted"]
    denied = [figure for figure in figures if figure.polarity == "denied"]

    by_party: dict[str, list[Figure]] = {}
    for figure in figures:
        party = party_of(figure)
        if party is not None and not party.startswith("entity:"):
            # a name alone ("officials", "state media") is one party only within one report
            party += "@" + outlets.get(figure.article_id, figure.article_id)
        if party is not None:
            by_party.setdefault(party, []).append(figure)
    for party_figures in by_party.values():
        # two counts in one sentence are parts or a list ("two women and one man died",
        # "1,000 housed in tents and another 2,000 waiting"), not a party contradicting itself
        pairs = [
            (first, second)
            for first, second in _specific_pairs(_disjoint_pairs(party_figures), figures)
            if first.sentence != second.sentence
            and not (_is_combined(first) or _is_combined(second))
        ]
        if pairs:
            first, second = pairs[0]
            name = first.claimer.name if first.claimer else "one party"
            return Verdict(
                "conflict",
                f"self-contradiction: {name} gives {first.span.text!r} and {second.span.text!r}",
                "self_contradiction",
            )
    contradicted = [
        (denial, claim)
        for denial in denied
        for claim in asserted
        if not ranges_overlap(denial, claim)
    ]
    all_pairs = _disjoint_pairs(asserted)
    pairs = _specific_pairs(all_pairs, asserted)
    pairs += [pair for pair in _capped_below_vague(asserted) if pair not in pairs]
    specific = [figure for figure in asserted if not is_vague(figure)]
    aside = {
        f.id: f
        for pair in all_pairs
        if pair not in pairs
        for f in pair
        if is_vague(f) and (not specific or any(not ranges_overlap(f, s) for s in specific))
    }  # "hundreds of stores" that fits "355 shops" still counts; "several stores" is set aside
    set_aside = sorted({f.span.text for f in aside.values()})
    if contradicted:
        denial, claim = contradicted[0]
        reason = f"denial: {describe_figure(denial, outlets)}; {describe_figure(claim, outlets)}"
        if pairs:
            lower, higher = _widest(pairs)
            reason += (
                f" (numbers also differ: {describe_figure(higher, outlets)}; "
                f"{describe_figure(lower, outlets)})"
            )
        return Verdict("conflict", reason, "denial")
    if pairs:
        lower, higher = _widest(pairs)
        unspecified = _says_whom(lower) != _says_whom(higher)
        if unspecified:
            return Verdict(
                "conflict",
                f"population: {describe_figure(lower, outlets)} and "
                f"{describe_figure(higher, outlets)} may count different groups"
                f"{counted_at_times(asserted)}",
                "population",
            )
        return Verdict(
            "conflict",
            f"numbers: {describe_figure(higher, outlets)}; {describe_figure(lower, outlets)}"
            f"{counted_at_times(asserted)}",
            "numbers",
        )
    rival_bounds = _rival_lower_bounds(asserted, outlets)
    if rival_bounds is not None:
        lower, higher = rival_bounds
        return Verdict(
            "conflict",
            f"numbers: different lower bounds: {describe_figure(higher, outlets)}; "
            f"{describe_figure(lower, outlets)}{counted_at_times(asserted)}",
            "numbers",
        )
    if figures and all(figure.hedged for figure in figures):
        return Verdict("hedged", f"hedged: every figure is unverified ({len(figures)} given)")
    counted = [f for f in figures if f.id not in aside]
    vague_note = (
        f"; vague amounts set aside: {', '.join(repr(text) for text in set_aside)}"
        if set_aside
        else ""
    ) + (
        f"; parts of the group set aside: {', '.join(repr(f.span.text) for f in parts.values())}"
        if parts
        else ""
    )
    sources = {source_of(figure, outlets) for figure in counted}
    counts = [f for f in counted if f.id not in persons and f.polarity == "asserted"]
    if len(sources) > 1 and counts and len({source_of(f, outlets) for f in counts}) == 1:
        # "three teens arrested" and, elsewhere, "Kristian Lopez was also arrested": one source
        # counts; the others name people who may be among them, which no count confirms
        named = "; ".join(f.span.text for f in counted if f.id in persons)
        return Verdict(
            "compatible",
            f"compatible: only {describe_figure(counts[0], outlets)} counts; other reports name "
            f"people who may be among them ({named}){vague_note}",
        )
    if len(sources) <= 1:
        only = counted[0] if counted else None
        said = describe_figure(only, outlets) if only is not None else "no figure"
        return Verdict("single_source", f"single source: {said}{vague_note}")
    shown = "; ".join(figure.span.text for figure in counted if figure.polarity == "asserted")
    return Verdict(
        "agreed", f"agreed: {len(sources)} sources give overlapping values ({shown}){vague_note}"
    )
