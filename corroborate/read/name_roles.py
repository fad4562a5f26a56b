"""Roles and titles inside a run of capitalised words: a run is cut where it holds a role and
not a name ("Ryanair CEO", "President of Iran"), or two names ("Air Force James Roche")."""

from __future__ import annotations

from corroborate.read.mention_labels import model_says_person
from corroborate.read.mention_words import CONNECTORS, ORG_WORDS, TRAILING_ROLES
from corroborate.read.name_runs import Word
from corroborate.reconcile.names import ROLE_MODIFIERS, TITLES


def split_run(run: list[Word], entities: list[tuple[int, int, str]]) -> list[list[Word]]:
    """Cut a run where it holds a role and not a name, or two names.

    "Ryanair CEO" -> "Ryanair" (a trailing title is someone's role, not part of the name);
    "Prime Minister" alone -> nothing; "President of Iran" -> "Iran"; "Air Force James Roche"
    -> "Air Force" and "James Roche" when the model reads the tail as a person.
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
    for index, word in enumerate(run[:-2]):
        tail = run[index + 1 :]
        if (
            word.key in ORG_WORDS
            and 2 <= len(tail) <= 3
            and all(part.capitalised and part.key not in CONNECTORS for part in tail)
        ) and model_says_person(tail[0].start, tail[-1].end, entities):
            return [run[: index + 1], tail]
    return [run]
