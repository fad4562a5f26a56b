"""The fallbacks: a victim written as a pronoun or a one-word name.

"He was pronounced dead", "where she later died", "killed him", "charged in the death of Ali
Vess", "Velo was found dead". Read only when nothing else in the report counts the dead.
"""

from __future__ import annotations

from corroborate.read.casualty_cues import (
    FATALLY_VERBS,
    HYPOTHETICAL,
    OBJECT_STARTS,
    WOUND_NOUNS,
)
from corroborate.read.casualty_of_a_person import NEW_SUBJECT
from corroborate.read.categories import STOP_WORDS
from corroborate.read.figure_candidates import Candidate, next_in, next_is, one_person
from corroborate.read.numbers import Token
from corroborate.read.zero_figures import NEGATED_SUBJECTS
from corroborate.record import Article

_VICTIM_PRONOUNS = frozenset({"he", "she"})


_BEFORE_DEATH = frozenset(
    {
        "was", "had", "has", "been", "later", "also", "then", "subsequently", "eventually",
        "soon", "ultimately", "is", "both", "tragically", "sadly", "already", "found",
    }
)  # fmt: skip


_DEAD = frozenset({"dead", "deceased"})
"""What a person is "pronounced" or "found" when they died ("pronounced deceased")."""


_DEATH_WORDS = frozenset({"died", "dies", "killed", "slain", "murdered", "succumbed"})


_DEATH_NOUNS = frozenset({"death", "killing", "murder", "slaying", "homicide"})


_KILLING_VERBS = frozenset({"killed", "murdered", "slew"})


_HURTING_VERBS = frozenset({"injured", "wounded", "hurt", "grazed"})


_OBJECT_PRONOUNS = frozenset({"him", "her"})


def _pronoun_object(tokens: list[Token], index: int) -> str | None:
    """What happened to a victim written as a pronoun object: "walked over and killed him",
    "fatally shot her" (killed), "a stray bullet injured him" (injured), or None. "Shot him"
    alone says too little (fired at, hit or killed), and "killed himself" is a suicide, which
    the report tells in words of its own."""
    word = tokens[index].lower
    if index + 1 >= len(tokens) or tokens[index + 1].lower not in _OBJECT_PRONOUNS:
        return None
    before = tokens[index - 1].lower if index > 0 else ""
    if before in HYPOTHETICAL:
        return None  # "nearly killed him"
    if word in _KILLING_VERBS or (before == "fatally" and word in FATALLY_VERBS):
        return "killed"
    return "injured" if word in _HURTING_VERBS else None


def unnamed_victim_candidates(
    article: Article, tokens: list[Token], taken: set[int]
) -> list[Candidate]:
    """One person killed, written without a count: "he was pronounced dead", "where she later
    died", "in the death of Ali Vess", "the fatal shooting of 22-year-old Tam Vess", "walked
    over and killed him". The first such mention only (the report speaks of one victim). When
    the report tells no death, one person hurt written as a pronoun object ("a stray bullet
    injured him"): one injured."""
    hurt: list[Candidate] = []
    for index, token in enumerate(tokens):
        if index in taken or not article.is_readable(token.start):
            continue
        object_category = _pronoun_object(tokens, index)
        if object_category is not None:
            # whom: a person, population "people"
            candidate = one_person(tokens, index + 1, index + 1, object_category, named=True)
            if object_category == "killed":
                return [candidate]
            hurt = hurt or [candidate]
            continue
        word = token.lower
        if word in _VICTIM_PRONOUNS:
            probe = index + 1
            while (
                probe < len(tokens)
                and probe - index <= 4
                and tokens[probe].lower in (_BEFORE_DEATH)
            ):
                probe += 1
            if probe >= len(tokens):
                continue
            died = (
                tokens[probe].lower in _DEATH_WORDS
                or (tokens[probe].lower == "pronounced" and next_in(tokens, probe, _DEAD))
                or (tokens[probe].lower in _DEAD and tokens[probe - 1].lower == "found")
                or _shot_dead(tokens, probe)
            )
            if not died and _suffered_a_wound(tokens, probe):
                # "he suffered a non-life threatening gunshot wound": one hurt
                hurt = hurt or [one_person(tokens, index, index, "injured", named=True)]
                continue
            if not died or next_in(
                tokens, probe, frozenset(OBJECT_STARTS | {"himself", "herself"})
            ):
                continue  # "he killed her", "she killed herself" (not a victim of another)
            if tokens[probe].lower == "killed" and tokens[probe - 1].lower not in {"was", "been"}:
                continue
            last = index
        elif _one_word_name_found_dead(article, tokens, index):
            last = index
        elif _victim_of_a_deadly_event(tokens, index):
            last = index  # "the victim of a deadly weekend shooting": one dead
        elif word in _DEATH_NOUNS and next_is(tokens, index, "of") and index + 2 < len(tokens):
            victim = tokens[index + 2]
            if not (
                victim.text[:1].isupper()
                or victim.text[:1].isdigit()
                or victim.lower in {"a", "an"}
            ) or victim.lower in {"the", "his", "her", "their", "this", "that"}:
                continue
            last = index
        else:
            continue
        return [one_person(tokens, index, last, "killed", named=True)]  # population "people"
    return hurt


def _shot_dead(tokens: list[Token], probe: int) -> bool:
    """Whether "was shot dead" / "been shot to death" is told at ``probe`` ("He was shot dead
    by police"): passive only ("he shot dead two men" is the gunman)."""
    if tokens[probe].lower != "shot" or tokens[probe - 1].lower not in {"was", "been"}:
        return False
    words = [token.lower for token in tokens[probe + 1 : probe + 3]]
    return words[:1] == ["dead"] or words == ["to", "death"]


_SUFFERED = frozenset({"suffered", "sustained"})


def _suffered_a_wound(tokens: list[Token], probe: int) -> bool:
    """Whether token ``probe`` opens "suffered a (non-life threatening) gunshot wound",
    "sustained serious injuries": a wound within the next eight words, in the same clause."""
    if tokens[probe].lower not in _SUFFERED:
        return False
    for later in range(probe + 1, min(probe + 9, len(tokens))):
        word = tokens[later].lower
        if word in _CLAUSE_ENDS or word in {",", "and", "but"}:
            return False
        if word in WOUND_NOUNS:
            return True
    return False


_DEADLY = frozenset({"deadly", "fatal"})


_DEADLY_EVENTS = frozenset(
    {"shooting", "stabbing", "attack", "assault", "crash", "accident", "fire", "incident",
     "beating", "robbery", "rampage", "explosion", "blast"}
)  # fmt: skip


def _victim_of_a_deadly_event(tokens: list[Token], index: int) -> bool:
    """Whether token ``index`` is "victim" in "the victim of a deadly weekend shooting"
    (or "a fatal stabbing"): one person killed. Said of one victim only."""
    if tokens[index].lower != "victim" or not next_is(tokens, index, "of"):
        return False
    words = [token.lower for token in tokens[index + 2 : index + 9]]
    if len(words) < 3 or not (
        words[0] in {"a", "an", "the", "this", "that", "last"}
        or words[0].endswith(("'s", "’s"))
        or words[1] in {"'s", "’s"}
    ):
        return False  # "of a deadly ...", "of Friday's fatal ..."
    deadly = next((at for at, word in enumerate(words[:4]) if word in _DEADLY), None)
    return deadly is not None and any(word in _DEADLY_EVENTS for word in words[deadly + 1 :])


_INDEFINITE_PEOPLE = frozenset(
    {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nothing", "this"}
)


_CLAUSE_ENDS = frozenset({".", ";", "!", "?", "|", "said", "says", "told"})


def _one_word_name_found_dead(article: Article, tokens: list[Token], index: int) -> bool:
    """Whether a capitalised word opening a sentence ("Velo was found dead in the car", "Orrin
    had been shot twice and was pronounced dead") is a person found or pronounced dead: a name
    the entity tagger may not know, told dead in its own clause."""
    token = tokens[index]
    if not (token.text.isalpha() and token.text.istitle() and len(token.text) >= 3):
        return False
    if token.lower in STOP_WORDS | _VICTIM_PRONOUNS | NEGATED_SUBJECTS | _INDEFINITE_PEOPLE:
        return False  # "Nobody was found dead", "Someone was found dead" say no name
    gap = article.text[tokens[index - 1].end : token.start] if index else "\n"
    opens = index == 0 or "\n" in gap or tokens[index - 1].text in {".", "!", "?"}
    if not opens or not next_in(tokens, index, frozenset({"was", "had"})):
        return False
    for probe in range(index + 2, min(index + 12, len(tokens) - 1)):
        word = tokens[probe].lower
        if word in _CLAUSE_ENDS or word in NEW_SUBJECT:
            return False
        if word in {"found", "pronounced"} and tokens[probe + 1].lower in _DEAD:
            return True
    return False
