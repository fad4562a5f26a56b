"""What happened to one person written without a number: the casualty word after them.

"a man died", "the woman, 42, was not seriously hurt", "was listed in critical condition": the
first casualty word after the person in their own clause, past asides, unless negated.
"""

from __future__ import annotations

from collections.abc import Callable

from corroborate.read.casualty_cues import (
    ATTRIBUTIVE_DETERMINERS,
    OBJECT_STARTS,
    WOUND_NOUNS,
    attributive_casualty,
    death_phrase,
    has_object,
    killed_self,
    shot_at,
)
from corroborate.read.categories import CATEGORY_CUES, PERSON_NOUNS, WEAK_CUES
from corroborate.read.figure_candidates import SINGULAR_CUES, ParseHeads, cue_at
from corroborate.read.numbers import Token


def singular_cue(
    tokens: list[Token],
    start: int,
    taken: set[int],
    subject: tuple[ParseHeads | None, int] = (None, -1),
    *,
    conditions: bool = True,
    described: bool = False,
) -> str | None:
    """What happened to the person before ``start``: the first casualty word after them that
    is about them (with a parse: whose subject they are; without: before a new clause).
    ``conditions``: whether "in critical condition", "with a gunshot wound" say hurt (for a
    person described; a named person is often an official whose condition is news).
    ``described``: a person described, for whom the parse only rules out a casualty word with
    its own, other subject (parses of "a person shot in ..." often hang the word elsewhere)."""
    parse, person = subject
    weak = None
    window_end = _after_asides(tokens, start) + 10
    for probe in range(start, min(window_end, len(tokens))):
        word = tokens[probe].lower
        if word in {".", ";", "!", "?", "|"}:
            break
        if probe in taken:
            continue
        if word in {"who", "that", "which"} and probe == start:
            continue
        previous = tokens[probe - 1].lower if probe > 0 else ""
        if conditions and (
            word == "critical"
            or (word == "condition" and previous in _CONDITIONS)
            or (
                word in _WOUND_NOUNS
                and any(
                    tokens[back].lower in _WOUND_VERBS
                    for back in range(max(probe - _WOUND_WINDOW, start), probe)
                )
            )
        ):
            # "left a man in critical condition", "Man critical after shooting", "a man with a
            # gunshot wound": hurt (said of one person only: "six gunshot wounds" counts wounds)
            if word in _WOUND_NOUNS and any(
                tokens[back].lower in _FATAL for back in range(max(probe - 3, start), probe)
            ):
                return "killed"  # "found a man with a fatal gunshot wound"
            return "injured"
        if (
            death_phrase(tokens, probe, singular=True)
            and not _negated(tokens, probe, start)
            and not (
                parse is not None
                and parse.has_other_subject(tokens[person].start, tokens[probe].start)
            )
        ):
            return "killed"  # "a man succumbed to his injuries", "lost her life"
        if word == "pistol" and not _negated(tokens, probe, start):
            whipped = _pistol_whipped_end(tokens, probe)
            if whipped is not None:
                following = tokens[whipped + 1].text if whipped + 1 < len(tokens) else ""
                if following.lower() in OBJECT_STARTS or following[:1].isupper():
                    return None  # "he pistol-whipped the clerk": about the clerk
                return "injured"  # "daughter pistol-whipped during robbery": beaten, hurt
        if word in _PASSIVE_ONLY and not _said_of_the_person(tokens, probe, start):
            continue  # "Ada Vell, daughter of slain court reporter Ona Brel": about Brel
        if (
            word in _SHOT_FORMS
            and probe + 1 < len(tokens)
            and tokens[probe + 1].lower in _REFLEXIVES
            and not killed_self(tokens, probe)
            and not _negated(tokens, probe, start)
            and not (
                parse is not None
                and parse.has_other_subject(tokens[person].start, tokens[probe].start)
            )
        ):
            return "injured"  # "a boy accidentally shot himself in the leg": his own wound
        if word in SINGULAR_CUES:
            if killed_self(tokens, probe) and not _negated(tokens, probe, start):
                return "killed"  # "the gunman later killed himself": a death
            if has_object(tokens, probe):
                return None  # "a gunman shot and wounded three people": not about the gunman
            if _negated(tokens, probe, start):
                return None  # "the deputy was not injured": nothing happened
            if shot_at(tokens, probe):
                continue  # "a trooper was shot at": fired at, not hit
            if word == "shot" and previous in _BEFORE_A_SHOT:
                continue  # "the officer returned one shot": a noun, a shot fired
            if parse is not None and (
                parse.has_other_subject(tokens[person].start, tokens[probe].start)
                if described
                else not parse.is_subject_of(tokens[person].start, tokens[probe].start)
            ):
                continue
            if word == "shot" and cue_at(tokens, probe, CATEGORY_CUES) == "killed":
                return "killed"
            if word in {"shot", "stabbed"}:
                weak = weak or "injured"
                continue
            if word in {"dies", "die"}:
                return "killed"
            return CATEGORY_CUES.get((word,)) or WEAK_CUES.get((word,))
        if word in {"killing", "injuring", "wounding", "shooting"} or word in NEW_SUBJECT:
            break
        if attributive_casualty(tokens, probe + 1):
            break  # "a story about an officer, a knife, a dead woman": about the woman
        if (
            probe > start
            and word in PERSON_NOUNS
            and tokens[probe - 1].lower in ATTRIBUTIVE_DETERMINERS
        ):
            break  # "A friend took the woman, who suffered two gunshot wounds": about her
    return weak


def _after_asides(tokens: list[Token], start: int) -> int:
    """Where the casualty window starts after a person: past an age and a home town between
    commas ("Tam Vess, 18, of Velmora,") and a relative clause between commas ("a 30-year-old
    man, who was later identified as Tam Vess, was shot"), which do not count against it."""
    start = _past_short_aside(tokens, start, lambda word: word.isdigit(), 2)  # ", 18,"
    start = _past_short_aside(tokens, start, lambda word: word in {"of", "from"}, 6)
    if (
        start + 1 >= len(tokens)
        or tokens[start].lower != ","
        or tokens[start + 1].lower
        not in {
            "who",
            "which",
        }
    ):
        return start
    closing = next(
        (index for index in range(start + 2, min(start + 14, len(tokens)))
         if tokens[index].lower == ","),
        None,
    )  # fmt: skip
    return start if closing is None else closing


def _past_short_aside(
    tokens: list[Token], start: int, opens: Callable[[str], bool], longest: int
) -> int:
    """The comma closing a short aside that opens at the comma ``start`` with a word ``opens``
    accepts (", 18,", ", of Velmora,"), or ``start`` when there is none."""
    if start + 1 >= len(tokens) or tokens[start].text != "," or not opens(tokens[start + 1].lower):
        return start
    for index in range(start + 2, min(start + 2 + longest, len(tokens))):
        if tokens[index].text in {".", ";", "!", "?"}:
            return start
        if tokens[index].text == ",":
            return index
    return start


def _pistol_whipped_end(tokens: list[Token], probe: int) -> int | None:
    """The index of "whipped" when "pistol-whipped" / "pistol whipped" opens at ``probe``."""
    words = [token.lower for token in tokens[probe + 1 : probe + 3]]
    if words[:2] == ["-", "whipped"]:
        return probe + 2
    if words[:1] == ["whipped"]:
        return probe + 1
    return None


_PASSIVE_ONLY = frozenset({"murdered", "slain"})
"""Cues of a death said of the person before them only in a passive ("was murdered", "had been
brutally slain") or right after them ("Man slain in Velmora"); elsewhere they are attributive
("the daughter of slain court reporter Ona Brel") or active ("murdered his wife")."""
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being", "be", "got", "get"})


def _said_of_the_person(tokens: list[Token], probe: int, start: int) -> bool:
    """Whether the passive-only cue at ``probe`` is said of the person ending before ``start``."""
    if probe == start:
        return True
    previous = tokens[probe - 1].lower
    if previous.endswith("ly") and probe - 2 >= start:
        previous = tokens[probe - 2].lower  # "was brutally murdered"
    return previous in _PASSIVE_AUXILIARIES


_SHOT_FORMS = frozenset({"shot", "shoots", "shooting"})
_REFLEXIVES = frozenset({"himself", "herself"})
"""A person who "shot himself" ("shoots herself") is hurt by their own shot when nothing tells a
death ("fatally shot himself" is read as a death by ``killed_self``). In a report that counts a
death, a person whose only casualty word is "shot" is dropped as most likely the dead
(``figures.read_figures``), so "the man then shot himself" after a killing adds no one hurt."""


_BEFORE_A_SHOT = frozenset({"one", "a", "single", "fatal", "first", "second", "warning", "fired"})


def _negated(tokens: list[Token], cue_index: int, start: int) -> bool:
    """Whether "not" or "never" comes just before the cue ("was not hurt", "was not seriously
    injured"), after ``start``."""
    return any(
        tokens[back].lower in {"not", "never", "n't"}
        for back in range(max(cue_index - 2, start), cue_index)
    )


_CONDITIONS = frozenset({"critical", "serious", "stable", "fair", "grave", "guarded"})


_WOUND_WINDOW = 4
"""How many tokens before a wound noun a word of having it may stand. Measured and dropped on
2026-11-25: six tokens (one article of the tuned GVDB part lost), a hyphenated compound
("non-life-threatening") counted as one word (the ECB+ gate's gold lists no figure for "A bank
employee suffered non-life threatening injuries", so its precision fell), and the whole casualty
window counted in such words (held-out GVDB killed 86.0 -> 85.0 %)."""


_WOUND_VERBS = frozenset({"with", "suffered", "sustained", "suffering", "treated", "treatment"})
"""Words before a wound that say the person has it ("with non-life threatening injuries",
"treated for minor injuries")."""


_FATAL = frozenset({"fatal", "mortal"})
"""Words before a wound that say it killed ("a fatal gunshot wound", "mortal wounds")."""


_WOUND_NOUNS = WOUND_NOUNS | {"cut", "cuts", "laceration", "lacerations", "gash"}


NEW_SUBJECT = frozenset(
    {"he", "she", "they", "we", "i", "it", "when", "while", "because", "but", "where"}
)
"""Words after which a casualty word is about someone else ("his brother when he was shot")."""
