"""Casualty verbs and adjectives: the category a count takes from the words around it.

"were injured", "seized 150 computers", "the 80 wounded", "death toll rises to 10", "a vehicle
shot at" (fired at, nobody hurt), and whether a verb cue has an object of its own.
"""

from __future__ import annotations

from corroborate.read.categories import (
    AFTER_ONLY_CUES,
    BEFORE_ONLY_CUES,
    CATEGORY_CUES,
    CATEGORY_NOUNS,
    CUE_WINDOW_AFTER,
    PERSON_NOUNS,
    SINGULAR_CATEGORIES,
    STOP_WORDS,
    WEAK_CUES,
)
from corroborate.read.figure_candidates import MAX_CUE, Candidate, cue_at, next_in
from corroborate.read.numbers import MONTHS, WEEKDAYS, Token, find_quantities

OBJECT_STARTS = {
    "the", "a", "an", "his", "her", "their", "its", "him", "them", "me", "us", "my", "our",
    "your", "this", "that", "these", "those", "himself", "herself", "themselves", "someone",
    "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
}  # fmt: skip


_REFLEXIVES = frozenset({"himself", "herself"})


def death_phrase(tokens: list[Token], probe: int, *, singular: bool = False) -> bool:
    """Whether a death in words of more than one casualty word starts at ``probe``: "succumbed
    (to his injuries)", "lost his / her / their life", "was gunned down", "has passed away",
    "took his / her own life" (``singular``: said of one person only; a suicide is a death the
    report counts)."""
    words = [token.lower for token in tokens[probe : probe + 4]]
    if words[:1] == ["succumbed"]:
        return True
    if words[:1] == ["took"]:
        return singular and words[1:2] in (["his"], ["her"]) and words[2:4] == ["own", "life"]
    if words[:1] == ["lost"]:
        return words[1:2] in (["his"], ["her"], ["their"]) and words[2:3] in (["life"], ["lives"])
    return words[:2] in (["gunned", "down"], ["passed", "away"])


def killed_self(tokens: list[Token], cue_index: int) -> bool:
    """Whether the cue at ``cue_index`` opens "killed himself", "shot and killed herself" or
    "fatally shot himself": a death, the person's own (a suicide is a death the report counts;
    "shot himself" alone may be a wound)."""
    words = tuple(token.lower for token in tokens[cue_index : cue_index + 4])
    for opening in (("killed",), ("shot", "and", "killed"), ("fatally", "shot")):
        size = len(opening)
        if words[:size] == opening and len(words) > size and words[size] in _REFLEXIVES:
            return True
    return False


def has_object(tokens: list[Token], cue_index: int) -> bool:
    """Whether a verb cue has an object after it ("shot the man", "shot and killed a neighbour",
    "fatally shot LeGrier", "shot at him"): then the cue tells what happened to the object, not
    to the number or person before it."""
    end = cue_index
    for cues in (CATEGORY_CUES, WEAK_CUES):
        for size in range(MAX_CUE, 1, -1):
            phrase = tuple(token.lower for token in tokens[cue_index : cue_index + size])
            if len(phrase) == size and phrase in cues:
                end = max(end, cue_index + size - 1)
                break
    if tokens[cue_index].lower == "fatally" and next_in(tokens, end, FATALLY_VERBS):
        end += 1
    while next_in(tokens, end, frozenset({"and"})) and next_in(tokens, end + 1, TRANSITIVE_CUES):
        end += 2  # "shot and wounded three people"
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    transitive = {tokens[cue_index].lower, tokens[end].lower} & TRANSITIVE_CUES
    if following is None or not transitive:
        return False
    word = following.lower
    if tokens[end].lower == "shot" and word == "at":
        after_at = tokens[end + 2].lower if end + 2 < len(tokens) else ""
        return after_at in OBJECT_STARTS or after_at in {"police", "officers", "him", "her"}
    if (
        following.text[:1].isupper()
        and tokens[end].text.islower()
        and word.isalpha()
        and word not in MONTHS | WEEKDAYS
    ):
        return True  # "fatally shot LeGrier" (a title-case headline says nothing)
    if word in OBJECT_STARTS or word[:1].isdigit():
        return True
    rest = tokens[end + 1 : end + 7]
    if not rest:
        return False
    following_text = " ".join(token.text for token in rest)
    return any(q.start == 0 for q in find_quantities(following_text))  # "killed at least three"


TRANSITIVE_CUES = frozenset(
    {
        "killed", "killing", "kill", "murdered", "shot", "stabbed", "injured", "injuring",
        "wounded", "wounding", "hurt", "arrested", "arresting", "detained", "seized", "seizing",
        "confiscated", "confiscating", "deployed", "dispatched", "evacuated", "struck",
        "shooting", "stabbing", "whipped",
    }
)  # fmt: skip
"""Cue verbs that take an object; intransitive cues ("died") and phrases ending in a preposition
("descended upon", "home to") never have one."""


AFTER_A_NAME = frozenset(
    {"was", "were", "is", "has", "had", "who", "and", "later", "also", "then", ","}
)
"""Words after a person's name that leave the name the subject of what follows ("Ana Ruiz
was killed", "Ana Ruiz, who ..."); after any other word the name is not the subject."""


FATALLY_VERBS = frozenset(
    {"shot", "wounded", "stabbed", "injured", "struck", "shooting", "stabbing", "wounding"}
)
"""Verbs that "fatally" turns into a death ("fatally shot", "fatally stabbing")."""


def transitive_cue_before(tokens: list[Token], index: int) -> str | None:
    """The category of a casualty verb just before a person ("shot and killed a 22-year-old
    man", "killing a guard"): the person is its object, so that is what happened to them."""
    if (
        index >= 2
        and tokens[index - 1].lower in FATALLY_VERBS
        and tokens[index - 2].lower == "fatally"
    ):
        return "killed"  # "police fatally shot a 19-year-old man", "fatally shot Tam Vess"
    if index >= 4 and (
        tokens[index - 4].lower in _TAKING_A_LIFE
        and [token.lower for token in tokens[index - 3 : index]] == ["the", "life", "of"]
    ):
        return "killed"  # "the shooting claimed the life of a 19-year-old man"
    for size in range(min(MAX_CUE, index), 0, -1):
        phrase = tuple(token.lower for token in tokens[index - size : index])
        category = CATEGORY_CUES.get(phrase)
        if category is None and phrase in _GERUND_CUES:
            before_gerund = tokens[index - size - 1].lower if index - size > 0 else ""
            if before_gerund in _GERUND_AS_NOUN:
                continue  # "the shooting a neighbour saw": a noun
            category = BEFORE_ONLY_CUES[phrase]
        if category in SINGULAR_CATEGORIES and phrase[-1] in TRANSITIVE_CUES:
            before = [t.lower for t in tokens[max(index - size - 2, 0) : index - size]]
            if before and (before[-1] in HYPOTHETICAL or before[-2:] in _COULD_HAVE):
                return None  # "within inches of possibly killing the trooper"
            if before and before[-1] == "fatally":
                return "killed"  # "accused of fatally shooting a good samaritan"
            return category
    return None


_TAKING_A_LIFE = frozenset({"claimed", "claims", "claiming", "took", "takes", "taking"})


_GERUND_CUES = frozenset({("shooting",), ("shoots",)})
"""Cues read before a number only ("shooting three people") that also take a person described
as their object ("accused of shooting a 19-year-old man": hurt)."""


_GERUND_AS_NOUN = frozenset(
    {"the", "a", "an", "this", "that", "fatal", "police", "mass", "deadly", "drive-by"}
)


HYPOTHETICAL = frozenset({"possibly", "nearly", "almost", "narrowly", "potentially"})
"""Adverbs before a casualty verb that say it did not happen ("nearly killing", "possibly
killing"): no casualty."""


_COULD_HAVE = (["could", "have"], ["would", "have"], ["might", "have"], ["may", "have"])


def cue_category(
    tokens: list[Token],
    candidate: Candidate,
    group: list[int],
    sentence_start: int,
    window_end: int,
    *,
    nouns: bool = True,
) -> tuple[str | None, int | None]:
    """The category, and the index of the cue after the number that gave it (if one did).
    ``nouns=False`` skips what the counted noun says ("wounded", "deaths")."""
    for index in reversed(group) if nouns else ():
        category = CATEGORY_NOUNS.get(tokens[index].lower)
        if category is not None:
            return category, None
    # a governing verb just before the number comes first: "seized 150", "killing his five",
    # "home to at least 3,000", "killed at least six people, injured almost 50"
    index = candidate.first_token - 1
    while index >= 0 and tokens[index].lower in _BETWEEN_VERB_AND_NUMBER:
        index -= 1
    fired_at = (
        index >= 0
        and tokens[index].lower in _FIRING_VERBS
        and "at" in {token.lower for token in tokens[index + 1 : candidate.first_token]}
    )  # "started shooting at the two teenagers": fired at, not hit
    if index >= 0 and tokens[index].start >= sentence_start and not fired_at:
        for size in range(min(MAX_CUE, index + 1), 0, -1):
            phrase = tuple(token.lower for token in tokens[index - size + 1 : index + 1])
            cue = CATEGORY_CUES.get(phrase) or BEFORE_ONLY_CUES.get(phrase)
            if cue is not None and _more_after_a_noun_cue(tokens, candidate, phrase):
                break  # "the bodies of two more victims": more found, not the dead
            if cue is not None and _intended(tokens, index - size + 1):
                return None, None  # "intended to kill one other person": what nearly happened
            if cue is not None and phrase not in AFTER_ONLY_CUES:
                if cue == "injured" and _fatally_after(tokens, candidate, group):
                    return "killed", None  # "He shot one man fatally"
                return cue, None
    if _after_a_toll(tokens, candidate.first_token, sentence_start):
        return "killed", None  # "death toll rises to 10", "the toll stood at 12"
    after_start = (group[-1] + 1) if group else candidate.last_token + 1
    after_end = min(window_end, after_start + CUE_WINDOW_AFTER)
    weak = None
    index = after_start
    in_relative = False
    while index < after_end:
        word = tokens[index].lower
        if word in {";", ":"}:
            break
        if word in _RELATIVES and _relative_of_another_noun(tokens, after_start, index):
            in_relative = True  # "approved by the late ruler, Ado Vell, who died in 2006"
        elif word == "," and in_relative:
            in_relative = False  # the relative clause is over
        if in_relative:
            index += 1
            continue
        if attributive_casualty(tokens, index):
            break  # "a couple of men ... trying to get an injured man into a car": about him
        cue = cue_at(tokens, index, CATEGORY_CUES)
        if cue is not None and cue != "population" and has_object(tokens, index):
            break  # "two officers shot the man, who later died": the rest is about the man
        if cue is not None:
            if cue == "killed" and tokens[index].lower == "killing" and index > after_start:
                index += 1
                continue
            if index > 0 and tokens[index - 1].lower in {"not", "never", "n't"}:
                return None, None  # "two children were not hurt"
            return cue, index
        if cue_at(tokens, index, WEAK_CUES) is not None and has_object(tokens, index):
            break
        if death_phrase(tokens, index):
            if index > 0 and tokens[index - 1].lower in {"not", "never", "n't"}:
                return None, None
            return "killed", index  # "two men succumbed to their injuries"
        if _having_a_wound(tokens, index, after_start):
            weak = weak or "injured"  # "two men suffering from gunshot wounds": hurt, unless
            # a stronger cue follows ("... and later died")
        if not shot_at(tokens, index):
            weak_cue = cue_at(tokens, index, WEAK_CUES)
            if weak_cue != "population" or _next_to_the_group(tokens, after_start, index):
                weak = weak or weak_cue
        index += 1
    return weak, None


_RELATIVES = frozenset({"who", "which", "whom"})


def _relative_of_another_noun(tokens: list[Token], after_start: int, index: int) -> bool:
    """Whether the relative pronoun at ``index`` opens a clause about a noun written after the
    count ("whose 2,507 members were named by the ruler, who died"), not about the count itself
    ("12 miners, who died in the blast": only a comma between)."""
    between = [token.lower for token in tokens[after_start:index]]
    return any(word not in {",", "—", "-"} for word in between)


_INTENT_VERBS = frozenset(
    {
        "intended", "intends", "intend", "tried", "tries", "try", "trying", "attempted",
        "attempting", "attempt", "planned", "plans", "plan", "planning", "threatened",
        "threatening", "threatens", "wanted", "wants", "meant", "vowed", "sought", "plotted",
        "plotting", "conspired", "conspiring",
    }
)  # fmt: skip
"""Verbs of intent before "to" and a casualty verb: what someone meant to do is no casualty."""


def _intended(tokens: list[Token], cue_start: int) -> bool:
    """Whether the casualty verb at ``cue_start`` follows "intended to", "tried to", "planned
    to" ("intended to kill one other person", "tried to kill two guards")."""
    return (
        cue_start >= 2
        and tokens[cue_start - 1].lower == "to"
        and tokens[cue_start - 2].lower in _INTENT_VERBS
    )


def _more_after_a_noun_cue(
    tokens: list[Token], candidate: Candidate, phrase: tuple[str, ...]
) -> bool:
    """Whether a killing told by a noun ("the bodies of", "the slayings of") counts "two more":
    an addition to a toll told elsewhere, not the dead of the event, so the noun gives no
    category."""
    following = candidate.last_token + 1
    return (
        len(phrase) == 2
        and phrase[-1] == "of"
        and following < len(tokens)
        and tokens[following].lower in {"more", "further", "additional"}
    )


_HAVING_A_WOUND = frozenset({"suffered", "suffering", "sustained", "with", "treated"})


WOUND_NOUNS = frozenset({"wound", "wounds", "injury", "injuries"})
"""Nouns for a wound ("suffering from gunshot wounds", "sustained serious injuries")."""


def _having_a_wound(tokens: list[Token], index: int, after_start: int) -> bool:
    """Whether token ``index`` ends "suffering from gunshot wounds", "with stab wounds" or
    "treated for injuries", said after a count of people: hurt. ("In critical condition" after
    a count was measured and dropped, 2026-11-25: the ECB+ gate's gold lists no figure for a
    vague count "in critical condition" among the injured already counted.)"""
    word = tokens[index].lower
    return word in WOUND_NOUNS and any(
        tokens[back].lower in _HAVING_A_WOUND for back in range(max(index - 4, after_start), index)
    )


_PLACE_VERBS = frozenset({"were", "was", "are", "is", "had", "have", "been", "remained"})


def _next_to_the_group(tokens: list[Token], after_start: int, index: int) -> bool:
    """Whether a cue of where people are stands right after what the number counts ("the 100
    workers inside", "80 people were in the building"), not further on ("two machine guns
    aiming at inside the camp")."""
    between = [token.lower for token in tokens[after_start:index]]
    return all(word in _PLACE_VERBS for word in between) and len(between) <= 2


_FIRING_VERBS = frozenset({"shooting", "shot", "shoots", "shoot", "fired", "firing", "fires"})


_ATTRIBUTIVE_CASUALTIES = frozenset({"dead", "injured", "wounded", "hurt", "slain"})


ATTRIBUTIVE_DETERMINERS = frozenset({"a", "an", "the", "another", "his", "her", "their"})
"""Determiners before a casualty word used as an adjective ("a wounded officer", "the
dead man")."""


def attributive_casualty(tokens: list[Token], index: int) -> bool:
    """Whether token ``index`` is a casualty word used as an adjective of the noun after it
    ("a dead woman", "an injured man", "the wounded teen"): it says what happened to that noun's
    person, not to anyone before it."""
    if index < 1 or index + 1 >= len(tokens) or tokens[index].lower not in _ATTRIBUTIVE_CASUALTIES:
        return False
    following = tokens[index + 1].lower
    return (
        tokens[index - 1].lower in ATTRIBUTIVE_DETERMINERS
        and following.isalpha()
        and following not in STOP_WORDS
    )


_AFTER_SHOT_AT = frozenset(
    {".", ",", ";", "!", "?", "|", "and", "but", "by", "like", "in", "on", "near"}
    | {"during", "while", "after", "outside", "him", "her", "them", "us", "me"}
)


_SHOT_AT_TARGETS = frozenset({"vehicle", "car", "truck", "house", "home", "window", "windows"})


def shot_at(tokens: list[Token], index: int) -> bool:
    """ "a vehicle shot at", "two men were shot at by ...", "shot at the officer": fired at,
    not hit ("Man shot at a shopping centre" says where he was hit)."""
    if tokens[index].lower != "shot" or not next_in(tokens, index, frozenset({"at"})):
        return False
    if index + 2 >= len(tokens) or tokens[index + 2].lower in _AFTER_SHOT_AT:
        return True
    target = tokens[index + 2 : index + 6]
    return tokens[index + 2].lower in {"a", "an", "the", "his", "their"} and any(
        token.lower in PERSON_NOUNS or token.lower in _SHOT_AT_TARGETS for token in target
    )


_TOLL_VERBS = frozenset(
    {
        "rises", "rose", "risen", "rising", "climbs", "climbed", "climbing", "reached",
        "reaches", "hit", "hits", "jumped", "jumps", "increased", "grew", "stood", "stands",
        "stand", "rise", "climb", "reach", "is", "was", "now",
    }
)  # fmt: skip


def _after_a_toll(tokens: list[Token], first: int, sentence_start: int) -> bool:
    """Whether the number ends a death-toll phrase: "death toll rises to 10", "the death toll
    from the quake a day before rose to 10", "a death toll of 12", "the toll stood at 3"."""
    index = first - 1
    while index >= 0 and tokens[index].lower in {"to", "at", "of", "further", "officially"}:
        index -= 1
    earlier = index
    while earlier >= 0 and earlier > index - 4 and tokens[earlier].lower != "from":
        earlier -= 1
    if earlier >= 0 and tokens[earlier].lower == "from" and tokens[first - 1].lower == "to":
        index = earlier - 1  # "the toll rose from 12 to 20": the earlier value is skipped
    if index < 0 or tokens[index].start < sentence_start:
        return False
    if tokens[index].lower in {"toll", "tolls"}:
        return index + 1 < first  # "a death toll of 12", not "toll 12"
    if tokens[index].lower not in _TOLL_VERBS:
        return False
    for back in range(index - 1, max(index - 10, -1), -1):
        if tokens[back].start < sentence_start or tokens[back].lower in {".", ";"}:
            return False
        if tokens[back].lower in {"toll", "tolls"}:
            return True
    return False


_BETWEEN_VERB_AND_NUMBER = frozenset(
    {
        "his",
        "her",
        "their",
        "its",
        "the",
        "all",
        "another",
        "other",
        "at",
        "as",
        "remaining",
        "an",
        "additional",
    }  # "called in an additional six engines"
)


def _fatally_after(tokens: list[Token], candidate: Candidate, group: list[int]) -> bool:
    """Whether "fatally" follows the counted noun at once ("shot one man fatally"): the shooting
    killed."""
    after = (group[-1] + 1) if group else candidate.last_token + 1
    return after < len(tokens) and tokens[after].lower == "fatally"
