"""Who a claimer is: names, descriptions, and anaphors resolved within one article.

"it" after the Harbour Authority's quote is the Harbour Authority; "he" after the minister's
words is the minister; "the group" is the organisation named before; "Mr Okafor" is the
Daniel Okafor named earlier; "Velmar authorities" stays a description.

Resolution prefers the most recent earlier *claimer* that fits (speakers stay speakers across a
paragraph), then the most recent earlier *mention* that fits (``it`` -> ORG/GPE, ``he``/``she``
-> PERSON, ``the minister`` -> a PERSON whose role says minister). Works with the mentions the
mention reader gives, and with none (then names are read from capitalisation).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from corroborate.read.cues import (
    ANAPHORIC_NOUNS,
    NAME_NOUNS,
    ORG_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLES,
)
from corroborate.reconcile.names import COUNTRIES, alias_key
from corroborate.record import Article, Claimer, ClaimerKind, Mention, Span

SALIENCE_WINDOW = 1500
"""How far back (characters) an earlier claimer stays the first choice for an anaphor."""

_DETERMINERS = ("the ", "a ", "an ", "this ", "that ")
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i)$")


@dataclass(frozen=True)
class Referent:
    """A claimer already read, kept to resolve the anaphors that follow it."""

    claimer: Claimer
    """The claimer as resolved."""
    label: str | None
    """PERSON, ORG, GPE, NORP ... when known or guessed; None for descriptions."""
    description: str
    """The words written for it where it was named ("Velmari Minister of Ports Ada Okonjo")."""
    named_at: Span | None
    """The span that names it (the entity itself, or a pronoun's antecedent)."""


def resolve_claimer(
    article: Article,
    span: Span,
    mentions: Sequence[Mention],
    earlier: Sequence[Referent],
) -> Referent:
    """The claimer written at ``span``: an entity, a description, a resolved anaphor, or the
    article's own outlet ("The Ledger has learned that ...")."""
    words = span.text.strip()
    lowered = words.lower()
    found: Referent | None
    spoken_for = _spoken_for(article, span)
    if spoken_for is not None:
        found = resolve_claimer(article, spoken_for, mentions, earlier)
        if found.claimer.kind != "description" or found.label is not None:
            claimer = Claimer(
                found.claimer.name,
                found.claimer.kind,
                span,
                antecedent=found.claimer.antecedent or found.named_at,
            )
            return Referent(claimer, found.label, words, found.named_at)
    if article.outlet and _strip_determiner(lowered) == _strip_determiner(article.outlet.lower()):
        return Referent(Claimer(article.outlet, "outlet", span), "ORG", words, span)
    if lowered in PRONOUNS:
        found = _antecedent(
            span.start,
            PRONOUNS[lowered],
            None,
            mentions,
            earlier,
            pronoun=lowered,
            text=article.text,
        )
        return _anaphor(span, found, words)
    if lowered in {"who", "which"} and not words.isupper():  # not "WHO", the organisation
        return _relative(article, span, mentions, earlier)
    anaphor = _anaphoric_description(lowered)
    if anaphor is not None:
        labels, role = anaphor
        noun = lowered.split(" ", 1)[1].strip()
        found = None
        if noun in NAME_NOUNS:
            found = _named_organisation(span.start, (noun,), mentions, earlier, ahead=False)
        if found is None:
            found = _antecedent(span.start, labels, role, mentions, earlier)
        if found is not None:
            return _anaphor(span, found, words)
    named = _name_after_description(article, span)
    if named is not None:
        found = resolve_claimer(article, named, mentions, earlier)
        claimer = Claimer(found.claimer.name, found.claimer.kind, span, found.claimer.antecedent)
        return Referent(claimer, found.label, words, found.named_at)
    described = _described_organisation(words)
    if described is not None:
        found = _named_organisation(span.start, described, mentions, earlier, ahead=True)
        if found is not None:
            return _anaphor(span, found, words)
    listed = _name_with_listed_words(article, span, words)
    if listed is not None:
        return listed
    heads = _head_mentions(span, mentions)
    if heads:
        return _from_mentions(article, span, heads, mentions)
    if _looks_like_name(words):
        return _from_capitals(article, span, words)
    description = _strip_determiner(_HEAD_END.split(words)[0])
    return Referent(Claimer(description, "description", span), None, words, span)


# Rule (round 12): an organisation named "X of A, B, C and D" ("the Bureau of Alcohol, Tobacco,
# Firearms and Explosives", "the Ministry of Culture, Media and Sport") is one name: its commas
# do not end the claimer's head (was "Bureau of Alcohol").

_LISTED_NAME = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w’'.-]*\s+)+of\s+[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+,?\s+"
    r"(?:and|&)\s+[A-Z][\w’'-]*)(?=$|,\s|\s\()"
)


def _name_with_listed_words(article: Article, span: Span, words: str) -> Referent | None:
    """The claimer when the phrase opens with an organisation name that lists words with commas
    ("The Bureau of Alcohol, Tobacco, Firearms and Explosives, which ..."), or None."""
    match = _LISTED_NAME.match(words)
    if match is None:
        return None
    name = match.group(1)
    return Referent(Claimer(name, "entity", span), "ORG", words, _sub_span(article, span, name))


_SPEAKER_FOR = re.compile(
    r"^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:[Ss]pokes(?:man|woman|person|men|women|people)|[Rr]epresentatives?|[Ll]awyers?|"
    r"[Aa]ttorneys?|[Oo]fficials?|[Aa]ides?)\s+(?:for|of|from)\s+"
)
_SPEAKER_OF = re.compile(
    r"[’']s?\s+(?:press\s+)?(?:office|spokes(?:man|woman|person)|lawyers?|attorneys?|aides?)$"
)


_PLACE_AFTER = re.compile(r"\s(?:in|at|near|based)\s")
"""Where a party's name ends and where it is based starts ("Beaumont Clinic in Royal Oak")."""


def _spoken_for(article: Article, span: Span) -> Span | None:
    """The party someone speaks for: "a spokesman for the Port Authority", "Mayor Broch's
    office" -> the Port Authority, Mayor Broch. Their words are the party's claim."""
    text = span.text
    match = _SPEAKER_FOR.match(text)
    if match is not None and match.end() < len(text):
        party = _PLACE_AFTER.split(text[match.end() :])[0]
        return article.span(span.start + match.end(), span.start + match.end() + len(party))
    match = _SPEAKER_OF.search(text)
    if (
        match is not None
        and match.start() > 0
        and text[:1].isupper()
        and " " in text[: match.start()] + " "
    ):
        named = text[: match.start()]
        if named.split()[0].lower() in {"his", "her", "their", "its"}:
            return None
        return article.span(span.start, span.start + match.start())
    return None


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*,?\s*$")


def _relative(
    article: Article, span: Span, mentions: Sequence[Mention], earlier: Sequence[Referent]
) -> Referent:
    """ "who"/"which" is the name right before it ("Ms Okonjo, who said ...")."""
    before = article.text[max(0, span.start - 120) : span.start]
    gap_start = span.start - (len(before) - len(before.rstrip(" ,")))
    for mention in sorted(mentions, key=lambda m: m.span.end, reverse=True):
        if (
            mention.span.end <= gap_start
            and gap_start - mention.span.end <= 1
            and mention.label != "NORP"
        ):
            found = resolve_claimer(article, mention.span, mentions, earlier)
            claimer = Claimer(
                found.claimer.name, "pronoun", span, antecedent=found.named_at or mention.span
            )
            return Referent(claimer, found.label, found.description, found.named_at)
    match = _NAME_BEFORE.search(article.text, max(0, span.start - 120), span.start)
    if match is not None and match.group(1).strip():
        named = article.span(match.start(1), match.end(1))
        found = resolve_claimer(article, named, mentions, earlier)
        claimer = Claimer(found.claimer.name, "pronoun", span, antecedent=found.named_at)
        return Referent(claimer, found.label, found.description, found.named_at)
    match = _DESCRIPTION_BEFORE.search(article.text, max(0, span.start - 120), span.start)
    if match is not None:
        named = article.span(match.start(1), match.end(1))
        found = resolve_claimer(article, named, mentions, earlier)
        kind: ClaimerKind = "description" if found.claimer.kind == "description" else "pronoun"
        claimer = Claimer(found.claimer.name, kind, span, antecedent=found.named_at or named)
        return Referent(claimer, found.label, found.description, found.named_at or named)
    return Referent(Claimer(span.text, "pronoun", span), None, span.text, None)


_DESCRIPTION_BEFORE = re.compile(
    r"\b((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)\s*,?\s*$"
)
"""A description right before a relative pronoun ("the regional police, who reported ...", "A dock
worker who said ..."): the claimer is the description, never the word "who" itself."""


def guess_label(words: str, *, acronyms: frozenset[str] = frozenset()) -> str:
    """PERSON, ORG or GPE, from the words alone (used when no entity recogniser ran).

    GPE for a country's name ("New Zealand"). ORG when a word is an organisation word ("ministry", "union"), when every name word is an
    acronym ("the FMW", "FMW and LDP"), or when a word is an acronym the article defines for a
    name ("... Federation of Mill Workers (FMW)"): people are not given acronyms.
    """
    if alias_key(_strip_determiner(words.strip().lower())) in COUNTRIES:
        return "GPE"
    tokens = [token.strip("’'.()").lower() for token in words.split()]
    if any(token in ORG_WORDS or token.endswith("news") for token in tokens):
        return "ORG"
    bare = [
        t.strip("()’'")
        for t in words.split()
        if t.lower().strip(".") not in TITLES and t.lower() not in {"and", "&", "of"}
    ]
    bare = [re.sub(r"[’']s$", "", t) for t in bare if t]
    if bare and all(_is_acronym(t) for t in bare):
        return "ORG"
    if any(t in acronyms for t in bare):
        return "ORG"
    return "PERSON"


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.replace("-", "").replace(".", "").isalpha()


_DEFINED_ACRONYM = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'.-]*))+\s+\(([A-Z]{2,})\)"
)


def defined_acronyms(text: str) -> frozenset[str]:
    """Acronyms the article defines after a capitalised name ("the Federation of Mill Workers
    (FMW)" defines FMW)."""
    return frozenset(match.group(1) for match in _DEFINED_ACRONYM.finditer(text))


def person_name(words: str) -> str:
    """A person's name without the title before it ("Velmari Ports Minister Ada Okonjo")."""
    words = (
        re.split(r"\s*(?:,|\(|\b(?:a|an|the|who|which)\b\s)", words.strip())[0]
        if _starts_with_name(words)
        else words
    )
    tokens = words.split()
    while tokens and (
        tokens[0].lower().strip(".") in TITLES
        or _NATIONALITY.match(tokens[0])
        or not tokens[0][:1].isupper()
    ):
        tokens.pop(0)
    run: list[str] = []
    for token in tokens:
        if not token[:1].isupper():
            break
        run.append(token)
    name = " ".join(run) or words.strip()
    return re.sub(r"[’']s$", "", name)


def _has_title(words: str) -> bool:
    tokens = words.split()
    return len(tokens) > 2 and any(t.lower().strip(".") in TITLES for t in tokens[:-2])


def _starts_with_name(words: str) -> bool:
    first = words.strip().split()[:1]
    return bool(first) and first[0].lower().strip(".") not in TITLES and first[0][:1].isupper()


def organisation_name(words: str) -> str:
    """An organisation's name without determiner, possessive or bracketed acronym."""
    name = _strip_determiner(words.strip())
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    name = re.split(r",\s", name)[0]
    return re.sub(r"[’']s$", "", name).strip()


def _strip_determiner(words: str) -> str:
    lowered = words.lower()
    for determiner in _DETERMINERS:
        if lowered.startswith(determiner):
            return words[len(determiner) :].strip()
    return words


def _anaphoric_description(lowered: str) -> tuple[frozenset[str], str | None] | None:
    if not lowered.startswith(("the ", "this ")):
        return None
    rest = lowered.split(" ", 1)[1].strip()
    if rest in ANAPHORIC_NOUNS:
        return ANAPHORIC_NOUNS[rest], None
    if rest in ROLE_NOUNS:
        return frozenset({"PERSON"}), rest
    return None


_DESCRIBED = re.compile(r"^(?:[Tt]he|[Tt]his)\s+((?:[a-z][a-z’'-]*\s+){1,3})([a-z]+)$")


def _described_organisation(words: str) -> tuple[str, ...] | None:
    """The words that must recur in a name for "the workers' union" to be that organisation:
    the head noun when it names organisations, and the modifiers ("workers", "union")."""
    match = _DESCRIBED.match(words)
    if match is None or match.group(2) not in ANAPHORIC_NOUNS:
        return None
    if "ORG" not in ANAPHORIC_NOUNS[match.group(2)]:
        return None
    modifiers = tuple(
        re.sub(r"[’']s?$", "", word) for word in match.group(1).split() if len(word) > 3
    )
    return (match.group(2), *modifiers)


def _named_organisation(
    position: int,
    words: tuple[str, ...],
    mentions: Sequence[Mention],
    earlier: Sequence[Referent],
    *,
    ahead: bool,
) -> Referent | None:
    """The organisation whose name holds one of ``words``: the nearest named before
    ``position``, else (with ``ahead``) the first named after it in the article."""

    def fits(name: str) -> bool:
        keys = {_singular(word) for word in re.findall(r"[a-z]+", name.lower())}
        return any(_singular(word) in keys for word in words)

    for referent in reversed(earlier):
        if (
            referent.label == "ORG"
            and referent.named_at is not None
            and referent.named_at.start < position
            and fits(referent.claimer.name)
        ):
            return referent
    organisations = [m for m in mentions if _label(m) == "ORG" and fits(m.name)]
    before = [m for m in organisations if m.span.end <= position]
    if before:
        chosen = max(before, key=lambda m: m.span.start)
    elif ahead and organisations:
        chosen = min(organisations, key=lambda m: m.span.start)
    else:
        return None
    return Referent(Claimer(chosen.name, "entity", chosen.span), "ORG", chosen.name, chosen.span)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _antecedent(
    position: int,
    labels: frozenset[str],
    role: str | None,
    mentions: Sequence[Mention],
    earlier: Sequence[Referent],
    *,
    pronoun: str | None = None,
    text: str = "",
) -> Referent | None:
    """What an anaphor at ``position`` refers to: the most recent earlier claimer that fits
    (within SALIENCE_WINDOW), unless a person opening this sentence or the one before, named
    since that claimer, fits "he"/"she" (see ``_sentence_subject``); then the most recent
    earlier mention that fits."""
    gender = _PRONOUN_GENDER.get(pronoun or "")
    subject = _sentence_subject(text, position, mentions, gender) if gender and text else None
    for referent in reversed(earlier):
        if referent.named_at is None:
            continue
        if referent.label not in labels and not (
            pronoun == "they" and _plural_description(referent)
        ):
            continue
        if referent.named_at.start >= position:
            continue
        if _is_personal_pronoun(referent.named_at.text):
            continue
        if gender is not None and _title_gender(referent.description) not in {None, gender}:
            continue
        claimer_at = (
            referent.claimer.span.start if referent.claimer.span else referent.named_at.start
        )
        if role is None and position - claimer_at > SALIENCE_WINDOW:
            break
        if role is not None and role not in referent.description.lower():
            continue
        if (
            subject is not None
            and subject.span.start > claimer_at
            and not _same_person(subject.name, referent.claimer.name)
        ):
            return _from_mention(subject)
        return referent
    if subject is not None:
        return _from_mention(subject)
    for mention in sorted(mentions, key=lambda m: m.span.start, reverse=True):
        if mention.span.end > position or _label(mention) not in labels:
            continue
        if role is not None and role not in (mention.role or "").lower():
            continue
        if gender is not None and _title_gender(_words_before(text, mention)) not in {None, gender}:
            continue
        return _from_mention(mention)
    return None


def _from_mention(mention: Mention) -> Referent:
    return Referent(
        Claimer(mention.name, "entity", mention.span),
        _label(mention),
        (mention.role + " " if mention.role else "") + mention.name,
        mention.span,
    )


# Rule: "he" or "she" whose sentence, or the sentence before, opens with a person's name (its
# subject) refers to that person rather than to an older speaker ("Ms Broch spoke first. Karl
# Weber chaired the talks. He said ..." is Weber): the subject of the sentence before is the
# most likely referent (centering). Gender is read from titles only ("Mr", "Mrs", "Ms", "Queen"):
# a title of the other gender rules a person out; first names are a weak cue and not used.

_PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}
_TITLE_GENDER = {
    "mr": "male",
    "sir": "male",
    "lord": "male",
    "king": "male",
    "prince": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "madam": "female",
    "dame": "female",
    "lady": "female",
    "queen": "female",
    "princess": "female",
}
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*")
_OPENING = re.compile(r"^[\s\"“‘'(]*(?:(?:[A-Z][a-z]+\.?|[A-Z][a-z]+\s+[A-Z][a-z]+)\s+)?$")
"""What may stand before a sentence's subject name: quotation marks, a title ("Mr", "Justice")."""


def _sentence_starts(text: str, position: int) -> tuple[int, int]:
    """Where the sentence holding ``position`` starts, and where the one before it starts."""
    window = max(0, position - SALIENCE_WINDOW)
    starts = [window] + [m.end() for m in _SENTENCE_END.finditer(text, window, position)]
    own = starts[-1]
    previous = starts[-2] if len(starts) > 1 else own
    return own, previous


def _sentence_subject(
    text: str, position: int, mentions: Sequence[Mention], gender: str
) -> Mention | None:
    """The person taken up by a pronoun right after their name in this sentence ("Karl Weber,
    he ..."), else the person named first in the sentence of ``position`` (before it) or,
    failing that, in the sentence before, when the name opens that sentence (its subject); never
    one with a title of the other gender."""
    own, previous = _sentence_starts(text, position)
    for mention in sorted(mentions, key=lambda m: m.span.start, reverse=True):
        if (
            own <= mention.span.start
            and mention.span.end <= position
            and _label(mention) == "PERSON"
            and _DISLOCATED.match(text, mention.span.end)
            and _title_gender(_words_before(text, mention)) in {None, gender}
        ):
            return mention
    for start, end in ((own, position), (previous, own)):
        if start >= end:
            continue
        for mention in sorted(mentions, key=lambda m: m.span.start):
            if mention.span.start < start or mention.span.end > end:
                continue
            if _label(mention) != "PERSON" or _is_personal_pronoun(mention.span.text):
                break
            if not _OPENING.match(text[start : mention.span.start]):
                break
            if _title_gender(text[start : mention.span.end]) not in {None, gender}:
                break
            return mention
    return None


_DISLOCATED = re.compile(r"\s*,\s*(?:he|she)\b")
"""A name taken up by a pronoun right after it ("Judge Karl Weber, he ruled that ...")."""


def _title_gender(words: str) -> str | None:
    """ "male" or "female" when a gendered title is written ("Mr Okafor", "Queen Ada")."""
    for token in re.findall(r"[A-Za-z]+", words):
        if token[:1].isupper() and token.lower() in _TITLE_GENDER:
            return _TITLE_GENDER[token.lower()]
    return None


def _words_before(text: str, mention: Mention) -> str:
    before = text[max(0, mention.span.start - 12) : mention.span.start].split()
    return (before[-1] if before else "") + " " + mention.span.text


def _same_person(name: str, other: str) -> bool:
    words = set(name.lower().split())
    return bool(words & set(other.lower().split()))


# Rule: "they" may be a group described, not named, that spoke before ("The researchers said
# ... They called for ..."): an earlier description claimer whose head noun is plural.

_NOT_PLURAL = ("ss", "us", "is", "news")


def _plural_description(referent: Referent) -> bool:
    """A description claimer whose head noun is plural ("the authors", "local officials")."""
    if referent.claimer.kind != "description" or referent.label is not None:
        return False
    words = re.findall(r"[a-z]+", referent.claimer.name.lower())
    return bool(words) and words[-1].endswith("s") and not words[-1].endswith(_NOT_PLURAL)


_PERSONAL = frozenset({"i", "me", "we", "us", "you", "my", "our", "your"})


def _is_personal_pronoun(words: str) -> bool:
    """First and second person pronouns never stand for a third person."""
    return words.strip().lower() in _PERSONAL


def _anaphor(span: Span, found: Referent | None, words: str) -> Referent:
    if found is None:
        return Referent(Claimer(words, "pronoun", span), None, words, None)
    claimer = Claimer(found.claimer.name, "pronoun", span, antecedent=found.named_at)
    return Referent(claimer, found.label, found.description, found.named_at)


_HEAD_END = re.compile(
    r",\s|\s(?:a|an|who|which|whose|that)\s|\s—\s|\s(?:linked|close|allied|affiliated|tied|"
    r"loyal|connected|aligned|sympathetic|backed|funded)\s+(?:to|with|by)\s"
)


_MODIFIER_BEFORE_NAME = re.compile(
    r"\b(?:linked|based|close|allied|affiliated|loyal|to|for|from|with|by|at|in|on|who|which|"
    r"that)\b|\bof\s+(?:the\s+)?[a-z]"
)
"""Words showing that a name at the end of a phrase only modifies its head ("A coalition linked
to ... the Federation of Mill Workers"), unlike a title before a name ("Minister of Ports Ada Okonjo")."""


def _head_mentions(span: Span, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that are the heads of the claimer phrase (one per conjunct), if any."""
    head_text = _HEAD_END.split(span.text)[0]
    conjuncts: list[tuple[int, int]] = []
    offset = span.start
    for part in re.split(r"(\s+and\s+)", head_text):
        if part.strip() and not re.fullmatch(r"\s+and\s+", part):
            conjuncts.append((offset, offset + len(part)))
        offset += len(part)
    heads: list[Mention] = []
    for start, end in conjuncts:
        tail = re.sub(r"\s*\([^)]*\)\s*$", "", span.text[start - span.start : end - span.start])
        end = start + len(tail.rstrip())
        for mention in mentions:
            if start <= mention.span.start and mention.span.end == end and mention.label != "NORP":
                prefix = span.text[start - span.start : mention.span.start - span.start]
                if _MODIFIER_BEFORE_NAME.search(prefix):
                    continue
                heads.append(_person_before_of(mention, start, mentions, span) or mention)
                break
    return heads if len(heads) == len(conjuncts) else []


def _person_before_of(
    place: Mention, start: int, mentions: Sequence[Mention], span: Span
) -> Mention | None:
    """The person in "Mayor Tavro Lenk of Pellworth", "Dr Ana Vell of Harbour Hospital": a
    name written after a person with "of" is where the person belongs, not the head (whatever
    label the model gives it: a town it has never seen may be read as a person)."""
    for mention in mentions:
        if start <= mention.span.start and mention.span.end < place.span.start:
            between = span.text[mention.span.end - span.start : place.span.start - span.start]
            if _label(mention) == "PERSON" and re.fullmatch(r"\s+of\s+(?:the\s+)?", between):
                return mention
    return None


def _label(mention: Mention) -> str:
    if mention.label != "OTHER":
        return mention.label
    return guess_label(mention.span.text)


def _from_mentions(
    article: Article, span: Span, heads: list[Mention], mentions: Sequence[Mention]
) -> Referent:
    if len(heads) > 1:
        name = " and ".join(m.name for m in heads)
        return Referent(Claimer(name, "entity", span), _label(heads[0]), span.text, span)
    head = heads[0]
    label = _label(head)
    antecedent = None
    name = head.name
    if len(name.split()) == 1 and label == "PERSON":
        fuller = _fuller_mention(head, mentions)
        if fuller is not None:
            name, antecedent = fuller.name, fuller.span
        else:
            found = _fuller_name_before(article, span.start, name)
            if found is not None:
                name, antecedent = found.text, found
    description = span.text if head.role is None else head.role + " " + name
    return Referent(
        Claimer(name, "entity", span, antecedent=antecedent), label, description, head.span
    )


def _fuller_mention(short: Mention, mentions: Sequence[Mention]) -> Mention | None:
    for mention in sorted(mentions, key=lambda m: m.span.start):
        if mention.span.start >= short.span.start:
            break
        compatible = (
            mention.label == short.label
            or "OTHER" in {mention.label, short.label}
            or (
                short.label == "PERSON"
                and len(mention.name.split()) > 1
                and guess_label(mention.name) == "PERSON"
            )
        )
        if compatible and mention.name.split()[-1] == short.name and mention.name != short.name:
            return mention
    return None


# Rule: a source written "description, Name" ("the head of the port authority, Ilse Broch") is
# claimed by the name, not the description ("the governor of Velmar, Ada al-Okonjo" too).

# Rule (round 12): the name after the description may open with "the" ("a piracy monitor, the
# Harbour Piracy Centre"): the claimer is the organisation, not "piracy monitor".

_DESCRIPTION_THEN_NAME = re.compile(
    r"^(?:[Tt]he|[Aa]n?)\s+[a-z][^,]*,\s+"
    r"((?:the\s+)?[A-Z][\w.’'-]+(?:\s+(?:of\s+)?(?:[A-Z][\w.’'-]*|[a-z]+-[A-Z][\w.’'-]*))+)$"
)


def _name_after_description(article: Article, span: Span) -> Span | None:
    """The name in a source "the governor of Velmar, Ada Okonjo", or None."""
    match = _DESCRIPTION_THEN_NAME.match(span.text)
    if match is None:
        return None
    return article.span(span.start + match.start(1), span.start + match.end(1))


def _looks_like_name(words: str) -> bool:
    tokens = [t for t in _strip_determiner(words).split() if t not in {"(", ")"}]
    if not tokens or not tokens[-1][:1].isupper():
        return False
    capitalised = [t for t in tokens if t[:1].isupper()]
    return len(capitalised) * 2 > len(tokens) or (tokens[0][:1].isupper() and len(tokens) <= 2)


def _from_capitals(article: Article, span: Span, words: str) -> Referent:
    words = re.split(r",\s|\s(?:a|an|who|which|whose)\s", words)[0]
    if " and " in words:
        parts = re.split(r"\s+and\s+", words)
        acronyms = defined_acronyms(article.text)
        labels = {guess_label(part, acronyms=acronyms) for part in parts}
        if labels == {"PERSON"} or all(_has_title(part) for part in parts):
            name = " and ".join(person_name(part) for part in parts)
            return Referent(Claimer(name, "entity", span), "PERSON", words, span)
    label = guess_label(words, acronyms=defined_acronyms(article.text))
    name = organisation_name(words) if label == "ORG" else person_name(words)
    antecedent = None
    if label == "PERSON" and len(name.split()) == 1:
        fuller = _fuller_name_before(article, span.start, name)
        if fuller is not None:
            name, antecedent = fuller.text, fuller
    return Referent(
        Claimer(name, "entity", span, antecedent=antecedent),
        label,
        words,
        _sub_span(article, span, name),
    )


def _sub_span(article: Article, span: Span, name: str) -> Span:
    """Where the name itself is written inside the claimer phrase (the phrase when it is not)."""
    position = span.text.find(name)
    if position < 0:
        return span
    return article.span(span.start + position, span.start + position + len(name))


def _fuller_name_before(article: Article, position: int, surname: str) -> Span | None:
    pattern = re.compile(r"((?:[A-Z][\w’'-]+\s+){1,3})" + re.escape(surname) + r"\b")
    for match in pattern.finditer(article.text, 0, position):
        tokens = match.group(1).split()
        while tokens and (tokens[0].lower().strip(".") in TITLES or _NATIONALITY.match(tokens[0])):
            tokens.pop(0)
        if tokens:
            start = match.end() - len(surname) - len(" ".join(tokens)) - 1
            if article.text[start : match.end()] == " ".join(tokens) + " " + surname:
                return article.span(start, match.end())
    return None
