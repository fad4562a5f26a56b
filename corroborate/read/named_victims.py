"""Named victims: a person's name with a casualty word after it is one person.

"Malone Amason was found dead", "shot and killed Ada Kerr"; later mentions by surname alone are
the same person.
"""

from __future__ import annotations

from spacy.tokens import Doc

from corroborate.read.casualty_cues import AFTER_A_NAME, death_phrase, transitive_cue_before
from corroborate.read.casualty_of_a_person import singular_cue
from corroborate.read.categories import PERSON_NOUNS
from corroborate.read.figure_candidates import SINGULAR_CUES, Candidate, ParseHeads, one_person
from corroborate.read.numbers import MONTHS, WEEKDAYS, Token
from corroborate.record import Article


def named_person_candidates(
    article: Article, doc: Doc, tokens: list[Token], taken: set[int], parse: ParseHeads | None
) -> list[Candidate]:
    """A named person with a casualty word after them ("Malone Amason was found dead"), when
    the pipeline has named entities; a surname alone stands for the person named in full
    elsewhere in the article ("Tam Vess ... Vess died at the scene"). Appositions ("a man named
    Ali Vess", "her son, Tam Vess,") are left to the description before them."""
    if not doc.has_annotation("ENT_IOB"):
        return []
    starts = {token.start: index for index, token in enumerate(tokens)}
    ends = {token.end: index for index, token in enumerate(tokens)}
    names: list[tuple[int, int]] = []
    for entity in doc.ents:
        if entity.label_ != "PERSON" and not (
            entity.label_ in {"ORG", "GPE", "NORP"} and _looks_like_a_name(entity)
        ):
            continue
        first = starts.get(entity.start_char)
        last = ends.get(entity.end_char)
        if first is not None and last is not None:
            names.append((first, last))
    names += _surname_mentions(doc, tokens, names)
    found: list[Candidate] = []
    for first, last in sorted(names):
        if any(i in taken for i in range(first, last + 1)):
            continue
        if not article.is_readable(tokens[first].start):
            continue
        joined = found[-1].category if found else None
        if joined is not None and _joined_names(tokens, found[-1].last_token, first):
            # "Tam Vess, 32, and Ana Vell, 51, were shot and killed": the cue after the second
            # name is the first's too
            found.append(one_person(tokens, first, last, joined, named=True))
            taken.update(range(first, last + 1))
            continue
        before = tokens[first - 1].lower if first > 0 else ""
        if before == "of" and _relative_clause_after(tokens, last):
            before = ""  # "the daughter of Jon Vess, 51, who was shot and killed": about him
        if before in {
            ",",
            "as",
            "(",
            "victim",
            "in",
            "at",
            "on",
            "from",
            "to",
            "of",
            "near",
        } or any(
            tokens[i].lower in {"named", "identified", "called"} or i in taken
            for i in range(max(first - 3, 0), first)
        ):
            continue
        following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
        found_with = _found_with(tokens, first, following)
        if (
            following not in AFTER_A_NAME
            and following not in SINGULAR_CUES
            and not found_with
            and not death_phrase(tokens, last + 1, singular=True)
        ):
            continue  # "a suspected Mafia boss arrested": the name is not the subject
        category = transitive_cue_before(tokens, first) or singular_cue(
            tokens, last + 1, taken, (parse, last), conditions=found_with
        )
        if category is None:
            continue
        found.append(one_person(tokens, first, last, category, named=True))
        taken.update(range(first, last + 1))
    return found


_FOUND_VERBS = frozenset({"found", "discovered", "located"})


def _found_with(tokens: list[Token], first: int, following: str) -> bool:
    """Whether the name starting at token ``first`` was found "with" something ("deputies
    found 32-year-old Tam Vess with a gunshot wound to the leg"): what follows is about them."""
    return following == "with" and any(
        tokens[index].lower in _FOUND_VERBS for index in range(max(first - 6, 0), first)
    )


def _joined_names(tokens: list[Token], previous_last: int, first: int) -> bool:
    """Whether only "and" (and the first person's age between commas) stands between a named
    person counted and the name starting at ``first`` ("Tam Vess and Ana Vell were killed",
    "Tam Vess, 32, and Ana Vell, 51, were ..."): the first's cue came after both names."""
    between = [token.text.lower() for token in tokens[previous_last + 1 : first]]
    return between in (["and"], [",", "and"]) or (
        len(between) == 4
        and between[0] == ","
        and between[1].isdigit()
        and between[2:] == [",", "and"]
    )


def _relative_clause_after(tokens: list[Token], last: int) -> bool:
    """Whether a relative clause about the name ending at ``last`` follows it, past an age
    between commas ("Jon Vess, 51, who was shot")."""
    probe = last + 1
    if probe + 2 < len(tokens) and tokens[probe].text == "," and tokens[probe + 1].text.isdigit():
        probe += 2
    return (
        probe + 1 < len(tokens)
        and tokens[probe].text == ","
        and tokens[probe + 1].lower in {"who", "whose"}
    )


def _surname_mentions(
    doc: Doc, tokens: list[Token], names: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Tokens outside the names found that repeat the last word of a person's full name
    ("Ronald Munn ... Munn died in surgery"), as (first, last) token indexes."""
    surnames = {
        entity[-1].text
        for entity in doc.ents
        if entity.label_ == "PERSON"
        and len(entity) >= 2
        and entity[-1].text.isalpha()
        and entity[-1].text[:1].isupper()
        and not entity[-1].text.isupper()
        and len(entity[-1].text) >= 3
        and entity[-1].text.lower() not in PERSON_NOUNS | MONTHS | WEEKDAYS
    }
    inside = {index for first, last in names for index in range(first, last + 1)}
    return [
        (index, index)
        for index, token in enumerate(tokens)
        if token.text in surnames and index not in inside
    ]


_ORGANISATION_WORDS = frozenset(
    {
        "inc", "corp", "company", "group", "police", "department", "bank", "university",
        "school", "college", "hospital", "council", "ministry", "office", "agency", "news",
        "party", "union", "association", "federation", "army", "force", "forces", "court",
        "county", "city", "state", "street", "avenue", "road", "center", "centre", "church",
        "club", "team", "service", "services", "board", "committee", "institute", "foundation",
        "times", "post", "press", "media", "radio", "television", "tv", "airlines", "motors",
    }
)  # fmt: skip


def _looks_like_a_name(entity: object) -> bool:
    """Whether an entity the model labelled otherwise reads as a person's name: two or three
    capitalised words, none an organisation's or a place's word ("Tamsin Orrery"). Only used
    before a casualty word, which organisations and places do not suffer."""
    words = [token.text for token in entity]  # type: ignore[attr-defined]
    return 2 <= len(words) <= 3 and all(
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and word.lower() not in _ORGANISATION_WORDS
        for word in words
    )
