"""Group figures and claims that speak of the same thing across articles, and give verdicts.

Reads: figures, attributions, hedges, entities. Adds: Facts with Verdicts and summary ranges.

Grouping rules (docs/figures.md):

* Figures group when they have the same category and compatible populations. Populations are
  compatible when equal, or of one family (residents, members, civilians... are the ``civil``
  family; police officers and soldiers the ``security`` family), or when one side does not say
  whom it counts ("people", or no noun) and the category counts people.
* A figure that does not say whom it counts joins the largest compatible group of its category;
  a *denied* figure that does not say whom it counts ("no injuries at all") joins every group of
  its category, since it contradicts each of them.
* A crowd (a ``population`` count in a sentence that marches, rallies, protests or takes to the
  streets) and a count of people somewhere (inside a building, living in a town) never group:
  "as many as 20 people had been inside the bank" is no rival count of "tens of thousands
  marched".
* Two figures of things (not people) in one article with disjoint values are different sets of
  things ("127 buildings" in the camp, "17 buildings" searched), whoever gives them: they go to
  different facts. (People counts in one article may conflict: "some 100 injured, though local
  reporting put it at around three dozen".)
* Figures of the ``other`` category group only when they count the same noun ("two women" and
  "three victims" are no rival counts of one thing, and make no conflict).
* Facts of different categories are never merged; a hospitalised fact is linked as ``related``
  to an injured fact of a compatible population when its figure fits within the injured figures.

Fact ids are ``f1``, ``f2``... in the order of each fact's first figure (article order, then
position in the text).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from corroborate.read.categories import PARTICIPANT_POPULATIONS, POPULATION_FAMILIES
from corroborate.reconcile.background import event_keys, event_label, is_crowd
from corroborate.reconcile.verdict import combine_parts, judge, ranges_overlap, summary_range
from corroborate.record import Article, Attribution, Entity, Fact, Figure, Hedge, Verdict

__all__ = ["align_facts", "fact_label", "outlet_name"]

PEOPLE_CATEGORIES = frozenset(
    {"killed", "injured", "hospitalised", "arrested", "missing", "displaced", "deployed",
     "population"}
)  # fmt: skip


@dataclass
class _Group:
    category: str
    figures: list[Figure] = field(default_factory=list)
    event: str | None = None
    """None for the main event, else the other event's key (:mod:`.background`)."""

    def populations(self) -> set[str]:
        return {f.population for f in self.figures if f.population not in (None, "people")}


_SAME_NOUNS = {"bullet": "shot", "round": "shot", "gunshot": "shot", "shot": "shot"}
"""Nouns that count one thing: "13 bullets", "his dozen rounds" and "13 shots" fired."""


def _family(population: str | None) -> str | None:
    if population is None:
        return None
    thing = _SAME_NOUNS.get(_singular(population), population)
    return POPULATION_FAMILIES.get(population, f"thing:{thing}")


def _compatible(first: str | None, second: str | None, category: str) -> bool:
    if first == second:
        return True
    if category in PEOPLE_CATEGORIES and (first in (None, "people") or second in (None, "people")):
        return True
    if category not in PEOPLE_CATEGORIES and (first is None or second is None):
        return True
    family_first, family_second = _family(first), _family(second)
    # things are one only under one name ("bullets" and "rounds" fired are both shots)
    return family_first == family_second


def _fits(group: _Group, figure: Figure, event: str | None) -> bool:
    if group.category != figure.category or group.event != event:
        return False
    if not all(
        _compatible(population, figure.population, figure.category)
        for population in group.populations() | {figure.population}
    ):
        return False
    if figure.category == "population" and any(
        _gathering(other) != _gathering(figure)
        or not _same_people_present(other.population, figure.population)
        for other in group.figures
    ):
        return False
    if any(_part_and_total(other, figure) for other in group.figures):
        return False
    if figure.category in PEOPLE_CATEGORIES:
        return True
    if figure.category == "other" and any(
        _counted_noun(other) != _counted_noun(figure) for other in group.figures
    ):
        return False
    return not any(
        other.article_id == figure.article_id
        and other.polarity == figure.polarity
        and not ranges_overlap(other, figure)
        for other in group.figures
    )


_CAPACITY = re.compile(
    r"\b(?:accommodat\w*|capacity|congregations?\s+of|seats|holds|can\s+hold|worship\w*)\b",
    re.IGNORECASE,
)


def _gathering(figure: Figure) -> str:
    """What a ``population`` figure counts: a crowd (marching, rallying), how many a place holds
    ("normally accommodates congregations of up to 1,000 people"), or the people somewhere
    ("a handful of people were inside"). Counts of different kinds never group."""
    if _CAPACITY.search(figure.sentence.text):
        return "capacity"
    return "crowd" if is_crowd(figure) else "present"


_SUB_POPULATIONS = frozenset({"children"})
"""Populations counted as a part of the people present ("a handful of people, including two
children"; "five women and two children were inside"): never the same count as the whole."""


def _same_people_present(first: str | None, second: str | None) -> bool:
    """Whether two counts of people present may count the same people: not when one counts a
    part of them (children) and the other does not."""
    return first == second or not ({first, second} & _SUB_POPULATIONS)


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_UNREST = r"protests?|riots?|rioting|demonstrations?|clashes|unrest|violence|rall(?:y|ies)|marches"
"""Words for unrest that lasts several days (an alternation, for the patterns below)."""
_ONE_DAY = re.compile(
    rf"\b{_WEEKDAY}(?:['’]s|\s+(?:night|evening|morning|afternoon)['’]s)\s+(?:\w+\s+)?"
    rf"(?:{_UNREST})\b"
    rf"|\b(?:on\s+)?{_WEEKDAY}(?:\s+(?:night|evening|morning|afternoon))?\s+alone\b",
    re.IGNORECASE,
)
"""A count of one day of an event that lasts several ("86 arrests over the course of Saturday's
protests", "40 were arrested on Sunday alone")."""

_ON_A_DAY = re.compile(rf"\b(?:on|during|over)\s+{_WEEKDAY}\b", re.IGNORECASE)
_LASTING_EVENT = re.compile(rf"\b(?:{_UNREST}|fighting|strikes?)\b", re.IGNORECASE)
"""Events that last several days: a count "on Saturday" in their sentence counts one day."""


def _one_day(sentence: str) -> bool:
    """Whether a count's sentence confines it to one day of an event that lasts several."""
    return bool(
        _ONE_DAY.search(sentence)
        or (_ON_A_DAY.search(sentence) and _LASTING_EVENT.search(sentence))
    )


_RUNNING_TOTAL = re.compile(
    r"\b(?:ha(?:ve|s)\s+(?:now\s+|so\s+far\s+)?been|so\s+far|in\s+all|in\s+total|since)\b",
    re.IGNORECASE,
)
"""A count so far ("more than 200 people have been arrested", "400 detained so far")."""


def _part_and_total(first: Figure, second: Figure) -> bool:
    """Whether one figure counts one day of an event and the other its running total, with the
    day's count the smaller: a part of the total, not a rival count ("86 arrests over the course
    of Saturday's protests" and "more than 200 people have been arrested")."""
    for day, total in ((first, second), (second, first)):
        if (
            _one_day(day.sentence.text)
            and not _one_day(total.sentence.text)
            and _RUNNING_TOTAL.search(total.sentence.text)
            and day.polarity == total.polarity == "asserted"
            and day.high is not None
            and total.low is not None
            and day.high < total.low
        ):
            return True
    return False


def _singular(word: str) -> str:
    """A noun without its plural -s ("employees" -> "employee"; "class" stays)."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _counted_noun(figure: Figure) -> str | None:
    """The noun a figure counts, lower-cased and singular (one name for nouns of one thing)."""
    if figure.counted is None:
        return None
    noun = _singular(figure.counted.text)
    return _SAME_NOUNS.get(noun, noun)


def align_facts(
    articles: tuple[Article, ...],
    figures: tuple[Figure, ...],
    attributions: tuple[Attribution, ...],
    hedges: tuple[Hedge, ...],
    entities: tuple[Entity, ...],
) -> tuple[Fact, ...]:
    """Facts: figures of the same category and population across articles, with verdicts."""
    order = {article.id: index for index, article in enumerate(articles)}
    ordered = sorted(figures, key=lambda f: (order.get(f.article_id, len(order)), f.span.start))
    specific = [f for f in ordered if not _unspecified(f)]
    unspecified = [f for f in ordered if _unspecified(f)]
    texts = {article.id: article.text for article in articles}
    events = event_keys(ordered, texts)

    groups: list[_Group] = []
    for figure in specific:
        _place(groups, figure, events.get(figure.id))
    for figure in unspecified:
        event = events.get(figure.id)
        if figure.polarity == "denied":
            matching = [g for g in groups if g.category == figure.category and g.event == event]
            if matching:
                for group in matching:
                    group.figures.append(figure)
                continue
        _place(groups, figure, event)

    position = {figure.id: index for index, figure in enumerate(ordered)}
    groups.sort(key=lambda g: min(position[f.id] for f in g.figures))
    outlets = {article.id: outlet_name(article) for article in articles}

    facts: list[Fact] = []
    for number, group in enumerate(groups, start=1):
        members = sorted(group.figures, key=lambda f: position[f.id])
        low, best, high = summary_range(combine_parts(members, texts=texts))
        facts.append(
            Fact(
                id=f"f{number}",
                category=group.category,
                label=fact_label(group.category, members, texts) + event_label(group.event),
                verdict=judge(members, outlets, texts=texts),
                population=_dominant_population(members),
                figure_ids=tuple(f.id for f in members),
                low=low,
                best=best,
                high=high,
            )
        )
    fact_events = {f"f{number}": group.event for number, group in enumerate(groups, start=1)}
    return tuple(_link_related(facts, {f.id: f for f in figures}, fact_events))


def outlet_name(article: Article) -> str:
    """How a verdict names an article's own voice: its outlet, else its title, else the file
    name without folders (never a temporary path)."""
    if article.outlet:
        return article.outlet
    if article.title:
        return article.title
    source = article.source.split("#", 1)[0].rstrip("/\\")
    return source.replace("\\", "/").rsplit("/", 1)[-1] or article.id


def _unspecified(figure: Figure) -> bool:
    return figure.category in PEOPLE_CATEGORIES and figure.population in (None, "people")


def _place(groups: list[_Group], figure: Figure, event: str | None) -> None:
    fitting = [group for group in groups if _fits(group, figure, event)]
    if not fitting:
        groups.append(_Group(figure.category, [figure], event))
        return
    if _unspecified(figure):
        # a report that does not say whom it counts speaks of the group it counts nearest
        # ("people hurt at around two dozen, far fewer than the union's count of members")
        near = [g for g in fitting if any(f.article_id == figure.article_id for f in g.figures)]
        if near:
            max(near, key=lambda g: (-_distance(g, figure), len(g.figures))).figures.append(figure)
            return
    max(fitting, key=lambda g: len(g.figures)).figures.append(figure)


def _distance(group: _Group, figure: Figure) -> int:
    return min(
        abs(other.span.start - figure.span.start)
        for other in group.figures
        if other.article_id == figure.article_id
    )


def _dominant_population(figures: list[Figure]) -> str | None:
    counts = Counter(f.population for f in figures if f.population not in (None, "people"))
    if counts:
        return counts.most_common(1)[0][0]
    return "people" if any(f.population == "people" for f in figures) else None


_POPULATION_NAMES = {
    "residents": "Residents", "members": "Members", "police officers": "Police officers",
    "soldiers": "Soldiers", "guards": "Guards", "civilians": "Civilians", "protesters": "Protesters",
    "people": "People", "students": "Students", "children": "Children",
    "journalists": "Journalists", "workers": "Workers", "candidates": "Candidates",
    "voters": "Voters", "delegates": "Delegates", "participants": "Participants",
}  # fmt: skip


def fact_label(category: str, figures: list[Figure], texts: dict[str, str]) -> str:
    """A label a person understands: "Camp residents injured", "Deaths", "Computers seized".

    The group's name comes from its dominant population; "camp" is added to residents when a
    report writes the counted group with it ("camp inhabitants", "camp residents").
    """
    population = _dominant_population(figures)
    name = _POPULATION_NAMES.get(population or "", (population or "").capitalize())
    if population in {"residents", "members"} and _written_with(figures, texts, "camp"):
        name = "Camp residents"
    if category == "killed":
        return "Deaths" if _family(population) in {None, "civil", "any"} else f"{name} killed"
    if category == "buildings":
        return "Buildings"
    if category == "population":
        if population in PARTICIPANT_POPULATIONS:
            return name  # "Candidates", "Voters"
        place = "Camp population" if _written_with(figures, texts, "camp") else "Population"
        return place
    if category == "deployed":
        if population == "police officers":
            return "Police deployed"
        return f"{name or 'People'} deployed"
    if category == "other":
        return name or "Other figures"
    return f"{name or 'People'} {category}"


def _written_with(figures: list[Figure], texts: dict[str, str], word: str) -> bool:
    for figure in figures:
        text = texts.get(figure.article_id, "")
        end = figure.counted.end if figure.counted is not None else figure.span.end
        if (
            word in text[figure.span.start : end].lower()
            or word in text[figure.sentence.start : figure.sentence.end].lower().split()
        ):
            return True
    return False


def _link_related(
    facts: list[Fact], figures: dict[str, Figure], events: dict[str, str | None]
) -> list[Fact]:
    """Link hospitalised facts to injured facts they fit within, and say so in the reason."""
    linked = list(facts)
    for index, fact in enumerate(linked):
        if fact.category != "hospitalised":
            continue
        for other_index, other in enumerate(linked):
            if events.get(other.id) != events.get(fact.id):
                continue
            if other.category != "injured" or not _compatible(
                fact.population, other.population, "injured"
            ):
                continue
            asserted = [figures[i] for i in other.figure_ids if figures[i].polarity == "asserted"]
            if not asserted or fact.low is None:
                continue
            smallest = min(asserted, key=lambda f: f.best or 0.0)
            fits = any(f.high is None or fact.low <= f.high for f in asserted)
            if not fits:
                continue
            note = (
                f"compatible: {_number(fact.best)} hospitalised fits within "
                f"~{_number(smallest.best)} injured ({other.id})"
            )
            verdict = fact.verdict
            linked[index] = replace(
                linked[index],
                related=(*linked[index].related, other.id),
                verdict=Verdict(verdict.status, f"{verdict.reason}; {note}", verdict.conflict),
            )
            linked[other_index] = replace(
                linked[other_index], related=(*linked[other_index].related, fact.id)
            )
            fact = linked[index]
    return linked


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
