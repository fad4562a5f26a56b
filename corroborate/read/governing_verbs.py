"""The category a count takes from the verb that governs it in the parse.

A count's noun ("Twenty-three personnel", "some 420 passengers and crew", "7 AK-47 rifles"), or
the number itself when it has no noun ("took 23"), is followed up the dependency parse: through
a coordination ("passengers and crew"), an "of" phrase ("a crowd of 5,000 people", "a cache of 7
rifles") and an apposition, to the clause it is an argument of. The lemma of that clause's verb
says the category, by the count's role (:mod:`corroborate.read.category_lemmas`): undergoing it
("were evacuated", "seized 40 rifles") or doing it ("surrendered", "marched"). A reduced or full
relative clause on the noun counts too ("99 members detained", "people who fled"); so do a verb's
particle ("called in six engines") and destination ("took 23 into custody"), a noun for what
happened with its "of" phrase ("the evacuation of 300 villagers"), a copula whose predicate is a
place ("a dozen people were at the party") or a state that says the category ("two are in
custody"), and a list of things right after a find ("Seven rifles were found. There were also
three outboard motors").

The rule is a fallback: :mod:`corroborate.read.figures` uses it only where the surface cues give
a count no category of the event (``other``). A negated verb ("were not evacuated"), a verb in
the "to" clause of an intent ("threatened to kill two"), or a modal of what might be ("could
kill") give nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from corroborate.read.category_lemmas import (
    CLASH_LEMMAS,
    DESTINATIONS,
    DOING_LEMMAS,
    FINDING_LEMMAS,
    INTENT_LEMMAS,
    IRREGULAR_PAST,
    LISTING_LEMMAS,
    MOVING_LEMMAS,
    NOMINAL_LEMMAS,
    PRESENCE_PREPOSITIONS,
    STATE_NOUNS,
    UNDERGOING_LEMMAS,
)

__all__ = ["VerbCategory", "does_not_undergo", "governing_verb_category", "lemmas_of"]


@dataclass(frozen=True)
class VerbCategory:
    """A category read from the parse, and the character span of the word that says it."""

    category: str
    start: int
    end: int
    things_only: bool = False
    """Said only of things: a count of people in the same place is no such count."""


_UNDERGOING_ROLES = frozenset({"obj", "nsubj:pass", "dobj", "nsubjpass", "iobj"})
_DOING_ROLES = frozenset({"nsubj"})
_AGENT_ROLES = frozenset({"obl:agent"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_MODALS = frozenset({"could", "would", "might", "may", "should", "must"})
_LINKS = frozenset({"conj", "appos"})
_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def governing_verb_category(doc: Doc, start: int, end: int) -> VerbCategory | None:
    """The category the verb governing the count at characters ``start``..``end`` gives it, or
    None when the parse names no verb of the lexicon (or a negated, intended or modal one)."""
    nominal = _nominal_category(doc, start, end)
    if nominal is not None:
        return nominal
    argument = _argument_at(doc, start, end)
    if argument is None:
        return None
    return (
        _clause_category(argument)
        or _modifying_clause_category(argument)
        or _presence(argument)
        or _listed_after_a_find(argument)
    )


def does_not_undergo(doc: Doc, start: int, end: int, category: str) -> bool:
    """Whether the parse says the count at ``start``..``end`` does, rather than undergoes, a
    verb of ``category``: its active subject with an object of its own ("Nine officers arrested
    the driver", "Two gunmen killed a guard"). A surface cue read next to the count then says
    what happened to the object, not to the count."""
    argument = _argument_at(doc, start, end)
    if argument is None or argument.dep_ not in _DOING_ROLES:
        return False
    verb = argument.head
    if verb is argument or verb.pos_ != "VERB":
        return False
    if _lookup(verb, UNDERGOING_LEMMAS) != category:
        return False
    if _lookup(verb, DOING_LEMMAS) == category:
        return False  # "families evacuated": they did leave
    return any(child.dep_ in {"obj", "dobj"} for child in verb.children)


def _last_token(doc: Doc, start: int, end: int) -> Token | None:
    """The parse's token holding the last character of the count at ``start``..``end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _argument_at(doc: Doc, start: int, end: int) -> Token | None:
    """The argument standing for the count at characters ``start``..``end``."""
    token = _last_token(doc, start, end)
    return _counted_argument(token) if token is not None else None


def lemmas_of(verb: Token) -> tuple[str, ...]:
    """The lemmas a verb may be looked up by: the parser's, then the word's own past form undone
    ("fled" -> "flee", "nabbed" -> "nab", "interned" -> "intern", "ferried" -> "ferry"), for
    the forms the lemmatizer gets wrong."""
    word = verb.lower_
    found = [verb.lemma_.lower()]
    if word in IRREGULAR_PAST:
        found.append(IRREGULAR_PAST[word])
    if word.endswith("ied"):
        found.append(word[:-3] + "y")
    if word.endswith("ed"):
        stem = word[:-2]
        found += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            found.append(stem[:-1])  # "nabbed" -> "nab"
    return tuple(dict.fromkeys(found))


def _one_of(verb: Token, lemmas: frozenset[str]) -> bool:
    """Whether one of the verb's lemmas is in ``lemmas``."""
    return any(lemma in lemmas for lemma in lemmas_of(verb))


def _lookup(verb: Token, lemmas: dict[str, str], suffix: str = "") -> str | None:
    """The category of the first of the verb's lemmas (with ``suffix``) in ``lemmas``."""
    for lemma in lemmas_of(verb):
        category = lemmas.get(lemma + suffix)
        if category is not None:
            return category
    return None


def _nominal_category(doc: Doc, start: int, end: int) -> VerbCategory | None:
    """ "the evacuation of 300 residents", "the arrest of 12 men": the count's noun in the "of"
    phrase of a noun for what happened to it; "a clash with around 30 youths": the crowd in the
    "with" phrase of a fight."""
    found = _last_token(doc, start, end)
    if found is None:
        return None
    token = found
    if token.dep_ in {"nummod", "compound", "quantmod"} and token.head.pos_ in _NOUN_POS:
        token = token.head
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ != "nmod" or head.pos_ != "NOUN" or head is token:
        return None
    cases = {child.lower_ for child in token.children if child.dep_ == "case"}
    if "with" in cases and head.lemma_.lower() in CLASH_LEMMAS:
        return VerbCategory("population", head.idx, head.idx + len(head.text))
    if "of" not in cases:
        return None
    category = NOMINAL_LEMMAS.get(head.lemma_.lower())
    if category is None or _not_real(head):
        return None
    return VerbCategory(category, head.idx, head.idx + len(head.text))


def _counted_argument(number: Token) -> Token | None:
    """The token that stands for the count in its clause: the noun it counts, followed up
    through coordinations, appositions and "of" phrases."""
    token = number
    if number.dep_ in {"nummod", "compound", "quantmod"} and number.head.pos_ in _NOUN_POS:
        token = number.head
    for _ in range(4):
        if token.dep_ in _LINKS and token.head is not token:
            token = token.head
        elif (
            token.dep_ == "nmod"
            and token.head.pos_ == "NOUN"
            and any(child.dep_ == "case" and child.lower_ == "of" for child in token.children)
        ):
            token = token.head  # "a cache of 7 rifles", "a crowd of 5,000 people"
        else:
            break
    return token


def _clause_category(argument: Token) -> VerbCategory | None:
    """The category from the verb the argument is the subject, object or agent of."""
    role = argument.dep_
    head = argument.head
    if head is argument:
        return None
    if (
        role in _DOING_ROLES
        and head.pos_ == "ADJ"
        and any(child.dep_ == "cop" for child in head.children)
    ):
        return _verb_category(head, UNDERGOING_LEMMAS)  # "Five were slain": a participle
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    if role in _UNDERGOING_ROLES:
        return _verb_category(head, UNDERGOING_LEMMAS) or _destination(head, argument)
    if role in _DOING_ROLES:
        if _lookup(head, UNDERGOING_LEMMAS) is not None and _has_object(head):
            return None  # "two helicopters were evacuating the injured": they did it to others
        return _verb_category(head, DOING_LEMMAS)
    if role in _AGENT_ROLES:
        return _verb_category(head, DOING_LEMMAS)
    if role == "obl" and any(
        child.dep_ == "case" and child.i == head.i + 1 and child.lower_ in _PARTICLES
        for child in argument.children
    ):
        # "called in an additional six engines": the parser reads the particle as a preposition
        return _verb_category(head, UNDERGOING_LEMMAS, particle=head.doc[head.i + 1].lower_)
    return None


_PARTICLES = frozenset({"in", "out", "up"})


def _has_object(verb: Token) -> bool:
    """Whether the verb has an object of its own."""
    return any(child.dep_ in {"obj", "dobj"} for child in verb.children)


def _modifying_clause_category(argument: Token) -> VerbCategory | None:
    """The category from a clause on the noun: "99 members detained" (a participle: what they
    underwent), "people who fled" (the relative pronoun's role)."""
    for clause in argument.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            found = _verb_category(clause, UNDERGOING_LEMMAS)
        elif clause.dep_ in {"acl:relcl", "relcl"}:
            roles = {child.dep_ for child in clause.children if child.tag_ in {"WP", "WDT", "WP$"}}
            if roles & _UNDERGOING_ROLES:
                found = _verb_category(clause, UNDERGOING_LEMMAS)
            elif roles & _DOING_ROLES:
                found = _verb_category(clause, DOING_LEMMAS)
            else:
                found = None
        else:
            found = None
        if found is not None:
            return found
    return None


def _verb_category(
    verb: Token, lemmas: dict[str, str], *, particle: str | None = None
) -> VerbCategory | None:
    """The verb's category from ``lemmas`` (with its particle: "call in", "round up"), or from
    where it takes the count ("took 23 into custody"); a verb outside them passes to the verb
    it governs ("were reported killed", "managed to flee"). Negated, intended or modal verbs
    give None."""
    if _not_real(verb):
        return None
    particles = [particle] if particle else []
    particles += [child.lower_ for child in verb.children if child.dep_ == "compound:prt"]
    for word in particles:
        category = _lookup(verb, lemmas, f" {word}")
        if category is not None:
            return VerbCategory(category, verb.idx, verb.idx + len(verb.text))
    category = _lookup(verb, lemmas)
    if category is not None:
        return VerbCategory(category, verb.idx, verb.idx + len(verb.text))
    destination = _destination(verb)
    if destination is not None:
        return destination
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and not _not_real(child):
            category = _lookup(child, lemmas)
            if category is not None and not _one_of(verb, INTENT_LEMMAS):
                return VerbCategory(category, child.idx, child.idx + len(child.text))
    for child in verb.children:
        if (
            child.dep_ == "conj"
            and child.pos_ == "VERB"
            and not _not_real(child)
            and not any(grand.dep_.startswith("nsubj") for grand in child.children)
        ):
            # "Several hundred protesters set up barricades and pelted police": the second
            # verb shares the subject (and its voice: a passive's auxiliary is shared too)
            category = _lookup(child, lemmas)
            if category is not None:
                return VerbCategory(category, child.idx, child.idx + len(child.text))
    return None


def _destination(verb: Token, argument: Token | None = None) -> VerbCategory | None:
    """ "took 23 into custody", "Four were rushed to hospital", "12 remain in hospital": a verb
    of taking or keeping with a destination that says the category (the parser may hang it on
    the object: "put eleven smugglers in detention")."""
    if _not_real(verb) or not _one_of(verb, MOVING_LEMMAS):
        return None
    places = [child for child in verb.children if child.dep_ == "obl"]
    if argument is not None:
        places += [child for child in argument.children if child.dep_ == "nmod"]
    for child in places:
        category = DESTINATIONS.get(child.lower_)
        if category is None:
            continue
        cases = {grand.lower_ for grand in child.children if grand.dep_ == "case"}
        if cases & {"to", "into", "in"}:
            return VerbCategory(category, child.idx, child.idx + len(child.text))
    return None


def _not_real(verb: Token) -> bool:
    """Whether the verb is negated, modal, or inside an intent's "to" clause."""
    if any(
        child.lower_ in _NEGATIONS and child.dep_ in {"advmod", "neg", "det"}
        for child in verb.children
    ):
        return True
    if any(child.dep_ == "aux" and child.lower_ in _MODALS for child in verb.children):
        return True
    return (
        verb.dep_ in {"xcomp", "ccomp"}
        and verb.head is not verb
        and _one_of(verb.head, INTENT_LEMMAS)
    )


def _presence(argument: Token) -> VerbCategory | None:
    """ "a dozen people were at the party", "Five women were inside the church": a count whose
    predicate is being somewhere is the people present; being in custody, detention or
    hospital says that category ("two people are in custody"). (The existential "There were a dozen
    other people on the scene" was measured and left out, 2026-11-26: right on the gates, but
    the held-out 4 figure it finds sits in a quotation continued from the sentence before, whose
    speaker the claimer reader does not carry over, and the claimer floor drops.)"""
    if argument.dep_ not in _DOING_ROLES or argument.head is argument:
        return None
    head = argument.head
    if head.pos_ not in {"NOUN", "PROPN"} or not any(
        child.dep_ == "cop" for child in head.children
    ):
        return None
    if _not_real(head):
        return None
    kept = DESTINATIONS.get(head.lower_)
    if kept is not None and any(
        child.dep_ == "case" and child.lower_ in {"in", "into"} for child in head.children
    ):
        return VerbCategory(kept, head.idx, head.idx + len(head.text))  # "two are in custody"
    if not _a_place(head):
        return None
    return VerbCategory("population", head.idx, head.idx + len(head.text))


def _a_place(noun: Token) -> bool:
    """Whether a noun with its preposition tells where ("at the party", "inside the church"),
    not a state or a sum ("in critical condition", "in all")."""
    return (
        noun.pos_ in {"NOUN", "PROPN"}
        and noun.lemma_.lower() not in STATE_NOUNS
        and any(
            child.dep_ == "case" and child.lower_ in PRESENCE_PREPOSITIONS
            for child in noun.children
        )
        and any(child.dep_ in {"det", "poss", "compound", "amod"} for child in noun.children)
    )


def _listed_after_a_find(argument: Token) -> VerbCategory | None:
    """Things listed right after a find ("Seven rifles were found in the boats. There were also
    three outboard motors", "Police seized a cache. It held 7 rifles"): seized too."""
    head = argument.head
    if head is argument:
        return None
    existential = (
        argument.dep_ in _DOING_ROLES
        and head.lemma_ == "be"
        and any(child.dep_ == "expl" for child in head.children)
    )
    listing = argument.dep_ in _UNDERGOING_ROLES and _one_of(head, LISTING_LEMMAS)
    if not (existential or listing) or _not_real(head):
        return None
    sentence = argument.sent
    if sentence.start == 0:
        return None
    previous = argument.doc[sentence.start - 1].sent
    for token in previous:
        if token.pos_ == "VERB" and _one_of(token, FINDING_LEMMAS) and not _not_real(token):
            return VerbCategory("seized", token.idx, token.idx + len(token.text), things_only=True)
    return None
