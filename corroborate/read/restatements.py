"""Restatements: a count that repeats an earlier count of the same article."""

from __future__ import annotations

from dataclasses import replace

from corroborate.record import Article, Figure

_BACK_REFERENCES = frozenset({"the", "all", "those", "these", "both"})


def resolve_restatements(article: Article, figures: list[Figure]) -> list[Figure]:
    """A count read as ``other`` that repeats an earlier count of the article (same value, same
    population or noun) is that count again: "26 pirates arrested ... The boats had a total of
    26 Somali crew" takes ``arrested``; written as a back-reference ("the three boats", "all
    three of the people") it adds nothing and is dropped. A back-reference to people named
    only as people ("the two women") is dropped after any count of as many people hurt,
    killed or arrested ("killing two co-workers")."""
    kept: list[Figure] = []
    for figure in figures:
        earlier = next(
            (
                f
                for f in reversed(kept)
                if f.category != "other"
                and f.best == figure.best
                and f.polarity == figure.polarity
                and _same_counted(f, figure)
            ),
            None,
        )
        before = article.text[figure.sentence.start : figure.span.start].split()
        back_reference = bool(before) and before[-1].lower() in _BACK_REFERENCES
        if (
            earlier is None
            and back_reference
            and figure.category == "other"
            and figure.population == "people"
            and any(
                f.category in _PEOPLE_COUNTED
                and f.best == figure.best
                and f.polarity == figure.polarity
                and f.population in _ANY_PEOPLE
                for f in kept
            )
        ):
            continue  # "killing two co-workers ... an altercation with the two women": the same
        if figure.category != "other" or earlier is None or figure.best is None:
            kept.append(figure)
            continue
        if back_reference:
            continue
        kept.append(replace(figure, category=earlier.category))
    return kept


_PEOPLE_COUNTED = frozenset({"killed", "injured", "hospitalised", "arrested", "missing"})
"""What happened to people an article counts, which a later "the two women" may refer back to."""

_ANY_PEOPLE = frozenset(
    {None, "people", "workers", "residents", "members", "civilians", "students", "children"}
    | {"protesters", "journalists", "suspects", "police officers", "soldiers", "guards"}
)


def _same_counted(first: Figure, second: Figure) -> bool:
    if first.population is not None and first.population == second.population:
        return True
    return (
        first.counted is not None
        and second.counted is not None
        and first.counted.text.lower() == second.counted.text.lower()
    )
