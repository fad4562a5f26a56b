"""Victims described without a number: each one a figure of 1, or a multiple.

"a man died", "a 42-year-old woman was fatally shot", "another was wounded", "a police officer
and a bystander were hurt", "a double shooting" (two hit).
"""

from __future__ import annotations

from dataclasses import replace

from corroborate.read.casualty_cues import has_object, transitive_cue_before
from corroborate.read.casualty_of_a_person import singular_cue
from corroborate.read.categories import (
    CATEGORY_CUES,
    COUNT_ONLY_CUES,
    PERSON_NOUNS,
    POPULATIONS,
    SINGULAR_CATEGORIES,
    STOP_WORDS,
    THING_NOUNS,
)
from corroborate.read.figure_candidates import (
    SINGULAR_CUES,
    Candidate,
    ParseHeads,
    cue_at,
    next_in,
    next_is,
    one_person,
)
from corroborate.read.numbers import TENS, UNITS, Token
from corroborate.record import Article

_SINGULAR_DETERMINERS = {"a", "an", "another", "the", "his", "her", "their"}


def singular_candidates(
    article: Article,
    tokens: list[Token],
    taken: set[int],
    sentence_firsts: set[int],
    parse: ParseHeads | None,
) -> list[Candidate]:
    """ "a man died", "a 42-year-old woman was fatally shot", "the individual killed", and
    headlines ("Man shot, killed on west side"): one person."""
    found = []
    for index, token in enumerate(tokens):
        if index in taken:
            continue
        determiner = token.lower in _SINGULAR_DETERMINERS
        bare_start = index in sentence_firsts and (token.text[:1].isupper() or token.text.isdigit())
        bare_found_dead = (
            token.lower in PERSON_NOUNS
            and index > 0
            and tokens[index - 1].lower not in _SINGULAR_DETERMINERS
            and next_is(tokens, index, "found")
            and next_is(tokens, index + 1, "dead")
        )  # "Couple claims man found dead on county road was robber": a headline's person
        bare_start = bare_start or bare_found_dead
        if not determiner and not bare_start:
            continue
        noun_index = _ordinal_person(tokens, index) if determiner else None
        for offset in range(1 if determiner else 0, 8 if noun_index is None else 0):
            probe = index + offset
            if probe >= len(tokens) or (probe in taken and probe != index):
                break
            if probe > index and "\n" in article.text[tokens[probe - 1].end : tokens[probe].start]:
                break
            if not determiner and offset > 3:
                break
            word = tokens[probe].lower
            if word in PERSON_NOUNS or (determiner and _body_found(tokens, probe)):
                noun_index = probe
                break
            if _is_age_compound_end(tokens, probe) and not any(
                tokens[later].lower in PERSON_NOUNS
                for later in range(probe + 1, min(probe + 4, len(tokens)))
            ):
                noun_index = probe  # "a 5-year-old was shot": the age stands for the person
                break
            modifier = word.isalpha() or word == "-" or word.isdigit()
            if not modifier or (word in STOP_WORDS and offset > 0):
                break
            if not determiner and tokens[probe].text.islower() and word.endswith("s"):
                break  # "Couple claims man ...": a verb, not a modifier
        if noun_index is None or not article.is_readable(token.start):
            continue
        if determiner and index > 0 and tokens[index - 1].lower in {"by", "with", "at"}:
            # "shot by a teenage friend": the agent; "an apartment she shared with her
            # boyfriend died ...", "fired at the officer, and ...": the casualty word is about
            # the sentence's subject
            continue
        after_noun = tokens[noun_index + 1] if noun_index + 1 < len(tokens) else None
        if (
            after_noun is not None
            and after_noun.text[:1].isupper()
            and after_noun.lower in PERSON_NOUNS
        ):
            continue  # "Senior Trooper William Hakim": a title before a name
        body_found = determiner and (_body_found(tokens, noun_index) or _body_of(tokens, index))
        if noun_index + 1 < len(tokens) and tokens[noun_index + 1].lower in {"'s", "’s", "of"}:
            continue
        following = tokens[noun_index + 1].lower if noun_index + 1 < len(tokens) else ""
        cue = None if (following,) in COUNT_ONLY_CUES else CATEGORY_CUES.get((following,))
        victim_of = transitive_cue_before(tokens, index) if determiner else None
        if victim_of is None and determiner:
            victim_of = _cue_before_a_listed_count(tokens, index, noun_index)
        if body_found:
            category: str | None = "killed"  # "after a man's body was found": he is dead
        elif victim_of is not None:
            category = victim_of
        elif (
            cue in SINGULAR_CATEGORIES
            and following.endswith("ed")
            and not has_object(tokens, noun_index + 1)
        ):
            category = cue
        else:
            category = singular_cue(
                tokens, noun_index + 1, taken, (parse, noun_index), described=True
            )
            if category is None and _victim_went_to_hospital(tokens, noun_index):
                category = "injured"  # "The 27-year-old victim went to Velmora General"
        if category is None:
            category = _cue_after_a_pair(tokens, noun_index, taken, parse)
        if category is None:
            continue
        found.append(one_person(tokens, index, noun_index, category))
        taken.update(range(index, noun_index + 1))
        second = _coordinated_person(tokens, noun_index, taken)
        if second is not None:
            # "killed a police officer and a state bomb disposal technician": two people
            same = POPULATIONS.get(tokens[noun_index].lower) == POPULATIONS.get(
                tokens[second].lower
            )
            found[-1] = replace(
                found[-1],
                end=tokens[second].end,
                last_token=second,
                low=2.0,
                high=2.0,
                best=2.0,
                named=not same,
            )
            taken.update(range(noun_index, second + 1))
    return found


_PERSON_ENDINGS = ("ian", "er", "or", "ist", "ant", "ent", "man", "woman", "ee")


_FOUND_WORDS = frozenset({"found", "discovered", "recovered", "pulled", "located"})


def _body_found(tokens: list[Token], noun_index: int) -> bool:
    """Whether "'s body was found" follows a person described ("a man's body is found in the
    backyard", "the woman's body was discovered"): one dead."""
    word = tokens[noun_index].lower
    following = [token.lower for token in tokens[noun_index + 1 : noun_index + 5]]
    return (
        word.endswith(("'s", "’s"))
        and word[:-2] in PERSON_NOUNS
        and len(following) >= 2
        and following[0] == "body"
        and any(word in _FOUND_WORDS for word in following[1:])
    )


def _body_of(tokens: list[Token], index: int) -> bool:
    """Whether "the body of" opens the person described at token ``index`` ("found the body
    of a man with a gunshot wound"): one dead, whatever wound the sentence tells."""
    return index >= 2 and tokens[index - 2].lower == "body" and tokens[index - 1].lower == "of"


def _victim_went_to_hospital(tokens: list[Token], noun_index: int) -> bool:
    """Whether a victim described "went to" or "walked into" a hospital ("The 27-year-old
    victim went to Velmora General on his own", "A third victim went to a hospital"): hurt.
    Said of a victim only: anyone else may go to a hospital to visit."""
    if tokens[noun_index].lower != "victim" or noun_index + 2 >= len(tokens):
        return False
    if (tokens[noun_index + 1].lower, tokens[noun_index + 2].lower) not in {
        ("went", "to"),
        ("walked", "into"),
        ("arrived", "at"),
        ("showed", "up"),
    }:
        return False
    return any(token.lower == "hospital" for token in tokens[noun_index + 3 : noun_index + 8])


_ORDINAL_PEOPLE = frozenset({"second", "third", "fourth"})


_AFTER_AN_ORDINAL_PERSON = frozenset(
    {"was", "is", "were", "has", "had", "with", "in", "died", "later", "suffered", "remains"}
)


def _ordinal_person(tokens: list[Token], index: int) -> int | None:
    """The index of the word that stands for a person in "another was wounded", "one man died
    and a second was injured", "left one dead and another with life-threatening injuries" (no
    noun: the person is the one before, counted again), or None."""
    word = tokens[index].lower
    last = index
    if word in {"a", "the"} and next_in(tokens, index, _ORDINAL_PEOPLE):
        last = index + 1
    elif word != "another":
        return None
    return last if next_in(tokens, last, _AFTER_AN_ORDINAL_PERSON) else None


_AS_WELL_AS = ("as", "well", "as")


_CLAUSE_VERBS = frozenset(
    {"was", "were", "is", "are", "has", "had", "have", "will", "would", "said", "says", "told"}
)


def _cue_before_a_listed_count(tokens: list[Token], index: int, noun_index: int) -> str | None:
    """What happened to a person listed after a count of people ("killing his five young
    children as well as his wife"): the casualty verb before the count, whose object the
    person is too; None when there is no such count, or when a verb follows the person (in
    "killed two people and the man was arrested", the man opens a clause of his own)."""
    after = tokens[noun_index + 1].lower if noun_index + 1 < len(tokens) else ""
    if after in _CLAUSE_VERBS or (after.endswith("ed") and after.isalpha()):
        return None
    probe = index - 1
    if probe >= 0 and tokens[probe].lower == "and":
        probe -= 1
    elif probe >= 2 and tuple(token.lower for token in tokens[probe - 2 : probe + 1]) == (
        _AS_WELL_AS
    ):
        probe -= 3
    else:
        return None
    for _ in range(5):
        if probe < 0 or not tokens[probe].lower.isalnum():
            return None
        word = tokens[probe].lower
        if word.isdigit() or word in UNITS or word in TENS:
            if probe > 0 and tokens[probe - 1].lower in {"his", "her", "their", "the"}:
                probe -= 1  # "killing his five young children"
            return transitive_cue_before(tokens, probe)
        probe -= 1
    return None


_PLURAL_VERBS = frozenset({"were", "are", "have", "had", "both"})


def _cue_after_a_pair(
    tokens: list[Token], noun_index: int, taken: set[int], parse: ParseHeads | None
) -> str | None:
    """What happened to two people joined by "and" ("A man and a woman were killed"): the cue
    after the second, when a plural verb or the cue itself follows them (in "a man and a woman
    who was shot", the cue is the woman's only)."""
    second = _coordinated_person(tokens, noun_index, taken)
    if second is None or second + 1 >= len(tokens):
        return None
    following = tokens[second + 1].lower
    if following not in _PLURAL_VERBS and following not in SINGULAR_CUES:
        return None
    return singular_cue(tokens, second + 1, taken, (parse, second), described=True)


def _coordinated_person(tokens: list[Token], noun_index: int, taken: set[int]) -> int | None:
    """The index of a second person joined to a described one by "and" ("a police officer and
    a state bomb disposal technician"; "a young man and the man's elderly neighbor": a
    possessive before the second is someone else's), or None."""
    probe = noun_index + 1
    if probe >= len(tokens) or tokens[probe].lower != "and":
        return None
    probe += 1
    if probe < len(tokens) and tokens[probe].lower in {"a", "an", "the", "his", "her", "their"}:
        probe += 1
    if probe + 1 < len(tokens) and tokens[probe].lower.endswith(_POSSESSIVES):
        probe += 1  # "and the man's neighbor": the neighbor is the person
    last = None
    for index in range(probe, min(probe + 7, len(tokens))):
        word = tokens[index].lower
        if index in taken or not word.isalpha() or word in STOP_WORDS:
            break
        if cue_at(tokens, index, CATEGORY_CUES) is not None or word in SINGULAR_CUES:
            break
        last = index
    if last is None:
        return None
    word = tokens[last].lower
    if word in THING_NOUNS or word in _NOT_PERSON_ENDINGS:
        return None
    if not (word in PERSON_NOUNS or (len(word) > 5 and word.endswith(_PERSON_ENDINGS))):
        return None
    return last


_POSSESSIVES = ("'s", "’s")


_NOT_PERSON_ENDINGS = frozenset(
    {
        "later", "after", "never", "ever", "other", "together", "rather", "further", "either",
        "neither", "whether", "however", "over", "under", "sooner", "major", "minor", "interior",
        "exterior", "superior", "different", "recent", "present", "current", "apparent",
        "important", "relevant", "silent", "violent", "significant", "center", "centre",
        "corner", "order", "water", "number",
    }
)  # fmt: skip
"""Words with a person's ending that are not people ("a friend and later died")."""


def _is_age_compound_end(tokens: list[Token], index: int) -> bool:
    """Whether token ``index`` ends "9-year-old"."""
    return (
        index >= 3
        and tokens[index].lower == "old"
        and tokens[index - 1].text == "-"
        and tokens[index - 2].lower in {"year", "month"}
        and tokens[index - 3].text == "-"
    )


_MULTIPLES = {"double": 2.0, "triple": 3.0, "quadruple": 4.0}


_MULTIPLE_EVENTS = {
    "shooting": "injured", "shootings": "injured", "stabbing": "injured", "stabbings": "injured",
}  # fmt: skip
"""Events a multiple counts the victims of. "Double murder" is left out: it names charges and
past cases as often as the event ("charged with double murder")."""


def is_multiple(tokens: list[Token], candidate: Candidate) -> bool:
    """Whether a candidate is "a double shooting": it names the event too, so it never ends the
    cue window of a count before it."""
    return candidate.category is not None and tokens[candidate.first_token].lower in _MULTIPLES


def multiple_victim_candidates(
    article: Article, tokens: list[Token], taken: set[int]
) -> list[Candidate]:
    """ "a double shooting", "a triple stabbing": the people hit, counted by the word before
    the event (injured, as in "shooting two people"; the dead are among them)."""
    found = []
    for index, token in enumerate(tokens[:-1]):
        value = _MULTIPLES.get(token.lower)
        category = _MULTIPLE_EVENTS.get(tokens[index + 1].lower)
        if value is None or category is None or index in taken:
            continue
        if not article.is_readable(token.start):
            continue
        found.append(
            Candidate(
                start=token.start,
                end=tokens[index + 1].end,
                first_token=index,
                last_token=index + 1,
                low=value,
                high=value,
                best=value,
                category=category,
            )
        )
    return found
