"""Roles and titles inside a run of capitalised words: a run is cut where it holds a role and
not a name ("Ryanair CEO", "President of Iran"), or two names ("Air Force James Roche")."""

from __future__ import annotations

from corroborate.read.mention_labels import model_says_person
from corroborate.read.mention_words import CONNECTORS, ORG_WORDS, TRAILING_ROLES
from corroborate.read.name_runs import Word
from corroborate.reconcile.names import ROLE_MODIFIERS, TITLES, has_person_shape, split_title


def split_run(run: list[Word], entities: list[tuple[int, int, str]]) -> list[list[Word]]:
    """Cut a run where it holds a role and not a name, or two names.

    "Ryanair CEO" -> "Ryanair" (a trailing title is someone's role, not part of the name);
    "Prime Minister" alone -> nothing; "President of Iran" -> "Iran"; "Air Force James Roche"
    -> "Air Force" and "James Roche" when the model reads the tail as a person; "James G.
    Tarrow of Superior Court" -> "James G. Tarrow" and "Superior Court" when the model reads
    the words before "of" as a person.
    """
    if not run:
        return []
    keys = [word.key for word in run]
    for index in range(len(run) - 2):
        if (
            keys[index] in TITLES
            and keys[index + 1] == "of"
            and keys[index + 2] not in (ROLE_MODIFIERS)
        ):
            return split_run(run[:index], entities) + split_run(run[index + 2 :], entities)
    while len(run) > 1 and run[-1].key in TRAILING_ROLES:
        run = run[:-1]
    if all(word.key in TITLES or word.key in ROLE_MODIFIERS for word in run):
        return []  # "Prime Minister", "Interior Minister": a role, no name
    cut = _person_before_of(run, entities)
    if cut is not None:
        return [run[:cut], *split_run(run[cut + 1 :], entities)]
    for index, word in enumerate(run[:-2]):
        tail = run[index + 1 :]
        if (
            word.key in ORG_WORDS
            and 2 <= len(tail) <= 3
            and all(part.capitalised and part.key not in CONNECTORS for part in tail)
        ) and model_says_person(tail[0].start, tail[-1].end, entities):
            return [run[: index + 1], tail]
    return [run]


def _person_before_of(run: list[Word], entities: list[tuple[int, int, str]]) -> int | None:
    """Where "of" cuts a person's name from the place or body after it ("Judge James G. Tarrow
    of Superior Court", "Ana Vell of Dravik"): the index of "of", when the words before it
    (titles aside) have a person's shape (two to four names or initials, the last a name) and
    the model reads them as a person. None otherwise ("Bank of Ostland", "Duke of Tolvane")."""
    keys = [word.key for word in run]
    if "of" not in keys:
        return None
    cut = keys.index("of")
    if cut + 1 >= len(run):
        return None
    start, _role, _titled = split_title([word.text for word in run[:cut]])
    name = run[start:cut]
    if not has_person_shape([word.text for word in name]):
        return None
    return cut if model_says_person(name[0].start, name[-1].end, entities) else None
