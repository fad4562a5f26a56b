"""Counts in one article: value range, qualifier, category, population, polarity, claimer.

Reads: the article, its Doc, its attributions (for claimers) and hedges. Adds: Figures.

How a figure is read (rules and lexicons in docs/figures.md and :mod:`corroborate.read.categories`):

1. Number expressions come from :mod:`corroborate.read.numbers` (digits, words, ranges, bounds,
   approximations, vague amounts); ages, years, dates, times, durations, measures, percentages,
   money, ordinals and labels ("Ashraf-3") are left out. Only readable blocks are read.
2. One person named by a description ("a man died", "the individual killed") is a figure of 1.
3. A denial of casualties ("denied there were any fatalities or injuries") gives a figure of 0
   per category, polarity ``denied``; "no injuries" gives an asserted 0.
4. What is counted: the noun group after the number ("Iranian exiles", "of its members"), from
   the parse when there is one (the number's ``nummod`` head) or else from the words; the
   category from that noun ("127 buildings") or from a cue in the number's clause ("were
   injured", "requiring hospital treatment") or just before it ("seized 150 computers").
   A number with no noun of its own ("one allegedly killed", "those injured") takes the
   population of the figure before it in the same sentence.
5. Claimer: the claimer of the innermost attribution whose content holds the figure; else None
   (the outlet's own voice). Hedged: a hedge's scope holds it, its qualifier is "alleged", or a
   hedging adverb ("reportedly", "allegedly") sits between the number and its cue.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from corroborate.read.categories import (
    AFTER_ONLY_CUES,
    BEFORE_ONLY_CUES,
    CATEGORY_CUES,
    CATEGORY_NOUNS,
    CUE_WINDOW_AFTER,
    DENIAL_CUES,
    FINDING_CUES,
    HEDGE_ADVERBS,
    KINSHIP_NOUNS,
    KIT_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    POPULATIONS,
    RESIDENT_NOUNS,
    SINGULAR_CATEGORIES,
    STOP_WORDS,
    THING_NOUNS,
    WEAK_CUES,
    ZERO_NOUNS,
)
from corroborate.read.numbers import (
    MONTHS,
    VAGUE_AMOUNTS,
    WEEKDAYS,
    Token,
    find_quantities,
    non_count_reason,
    tokenize,
)
from corroborate.record import Article, Attribution, Figure, Hedge, Polarity, Span

__all__ = ["read_figures"]

_MAX_CUE = max(len(cue) for cue in CATEGORY_CUES)
_HUMAN_POPULATIONS = {
    "residents", "members", "police officers", "soldiers", "guards", "civilians", "protesters",
    "students", "children", "journalists", "people", "suspects", "workers",
}  # fmt: skip
_CASUALTIES = frozenset({"killed", "injured", "hospitalised", "arrested", "missing", "displaced"})
_SINGULAR_CUES = {
    "killed", "died", "dead", "injured", "wounded", "hurt", "hospitalised", "hospitalized",
    "arrested", "detained", "missing", "fatally", "shot", "stabbed", "dies", "grazed",
}  # fmt: skip


@dataclass(frozen=True)
class _Candidate:
    """A count found in the text, before it becomes a Figure."""

    start: int
    end: int
    first_token: int
    last_token: int
    low: float | None
    high: float | None
    best: float | None
    qualifier: str | None = None
    category: str | None = None
    polarity: Polarity = "asserted"
    singular: bool = False
    head_index: int | None = None
    named: bool = False


def read_figures(
    article: Article,
    doc: Doc,
    attributions: tuple[Attribution, ...],
    hedges: tuple[Hedge, ...],
) -> tuple[Figure, ...]:
    """Every count in the readable blocks of the article.

    A victim written only as a pronoun ("He was pronounced dead", "where she died") or by a
    death "of" someone ("charged in the death of Ali Vess") is one person killed when the
    report gives no other count of the dead: otherwise that person is most likely one of the
    dead already counted.
    """
    figures = _read_figures(article, doc, attributions, hedges, fallback=False)
    if any(f.category == "killed" and f.polarity == "asserted" for f in figures):
        # "Police said a 37-year-old woman was shot twice" in a report of her death: "shot"
        # alone does not say she was hurt rather than killed; she is most likely the dead
        return tuple(f for f in figures if not _one_person_only_shot(f))
    with_fallback = _read_figures(article, doc, attributions, hedges, fallback=True)
    return with_fallback if len(with_fallback) > len(figures) else figures


_STRONG_INJURY_WORDS = frozenset(
    {"injured", "wounded", "hurt", "hospitalized", "hospitalised", "injuring", "wounding",
     "survived", "treated", "released", "stable", "critical", "serious"}
)  # fmt: skip


def _one_person_only_shot(figure: Figure) -> bool:
    """A person described, not counted ("a 37-year-old woman", "Oliver"), whose only casualty
    word is "shot" or "stabbed"."""
    if figure.category != "injured" or figure.best != 1 or figure.qualifier is not None:
        return False
    if figure.span.text.lower() in {"one", "1", "a single"}:
        return False  # a count, not a person described
    after = figure.sentence.text[figure.span.end - figure.sentence.start :].lower()
    words = re.findall(r"[a-z]+", after)[:10]
    return bool({"shot", "stabbed"} & set(words)) and not (_STRONG_INJURY_WORDS & set(words))


def _read_figures(
    article: Article,
    doc: Doc,
    attributions: tuple[Attribution, ...],
    hedges: tuple[Hedge, ...],
    *,
    fallback: bool,
) -> tuple[Figure, ...]:
    text = article.text
    tokens = tokenize(text)
    sentences = _sentences(doc, text)
    sentence_starts = [start for start, _ in sentences]
    parse = _ParseHeads(doc) if doc.has_annotation("DEP") else None
    candidates = _number_candidates(article, tokens)
    taken = {index for c in candidates for index in range(c.first_token, c.last_token + 1)}
    token_start_list = [token.start for token in tokens]
    token_starts = {start: index for index, start in enumerate(token_start_list)}
    sentence_firsts = {token_starts[start] for start, _ in sentences if start in token_starts}
    candidates += _singular_candidates(article, tokens, taken, sentence_firsts, parse)
    candidates += _named_person_candidates(article, doc, tokens, taken, parse)
    candidates += _zero_candidates(article, tokens, sentences)
    candidates += _multiple_victim_candidates(article, tokens, taken)
    candidates += _negated_subject_candidates(article, tokens, {c.first_token for c in candidates})
    if fallback:
        candidates += _unnamed_victim_candidates(
            article, tokens, {i for c in candidates for i in range(c.first_token, c.last_token + 1)}
        )
    candidates.sort(key=lambda c: (c.start, c.end))

    wholes = _partitive_wholes(tokens, candidates)
    figures: list[Figure] = []
    previous_in_sentence: dict[int, Figure] = {}
    for position, candidate in enumerate(candidates):
        is_whole = position in wholes.values()
        sentence_index = max(bisect.bisect_right(sentence_starts, candidate.start) - 1, 0)
        sentence_start, sentence_end = sentences[sentence_index]
        sentence_last = max(bisect.bisect_left(token_start_list, sentence_end) - 1, 0)
        following = wholes.get(position, position) + 1
        while following < len(candidates) and _is_multiple(tokens, candidates[following]):
            following += 1  # "one of the victims in a double shooting ... has died"
        next_first = (
            candidates[following].first_token
            if following < len(candidates) and candidates[following].start < sentence_end
            else sentence_last + 1
        )
        whole = candidates[wholes[position]] if position in wholes else None
        group = _counted_group(tokens, whole or candidate, sentence_last, parse)
        if group and tokens[group[-1]].lower in {"times", "occasions", "ways"}:
            continue
        population, counted = _population(article, tokens, group)
        if candidate.named:
            population = "people"
        if candidate.polarity == "denied" and candidate.head_index is not None:
            head = tokens[candidate.head_index]
            population = POPULATIONS.get(head.lower)  # "no officers had been injured"
            counted = article.span(head.start, head.end) if population else None
        window_end = min(next_first, sentence_last + 1)
        category, cue_index = _category(tokens, candidate, group, sentence_start, window_end)
        if whole is not None:
            # "30 of the 80 wounded remained in hospital": what the clause says of the part
            # comes before what the whole's noun says
            part_category, part_cue = _category(
                tokens, candidate, group, sentence_start, window_end, nouns=False
            )
            if part_category is not None and part_cue is not None:
                category, cue_index = part_category, part_cue
        category = candidate.category or category
        participle = _describing_participle(tokens, candidate, group, cue_index)
        if participle is not None:
            # "Lo Presti, one of 99 members seized", "One of the bosses arrested ... hanged
            # himself": the participle describes the group; the one is a person in it, counted
            # only by a cue of its own ("One of the miners trapped ... died")
            category, cue_index = _category(
                tokens, candidate, [participle], sentence_start, window_end, nouns=False
            )
            if category is None:
                continue
        if _size_of_a_place(tokens, candidate, group):
            category = "population"  # "a city of 500,000 people": how big the place is
        if is_whole:
            # "two of the three victims died": the verb is about the part; the whole keeps only
            # what its own words say ("the 80 wounded", "99 members arrested")
            category = _whole_category(tokens, group)
        if category in _CASUALTIES and group and tokens[group[-1]].lower in THING_NOUNS:
            category = "seized" if category == "arrested" else "other"
        if category == "seized" and population in _HUMAN_POPULATIONS:
            category = "arrested"  # "seized 26 pirates": people are arrested, not seized
        if category == "deployed" and population not in {
            None,
            "people",
            "police officers",
            "soldiers",
            "guards",
        }:
            # "200 communists stormed the Acropolis", "500 workers took part": a crowd, the
            # people present, not a deployment (things "deployed" are other)
            category = "population" if _is_people(tokens, group, population) else "other"
        previous = previous_in_sentence.get(sentence_index)
        if population is None and previous is not None and not group:
            population = previous.population
        if (
            category is None
            and population in {"police officers", "soldiers"}
            and (candidate.best or 0) > 10
        ):
            # "raids by 1,200 police": a force counted in tens or more was sent ("two officers
            # opened fire" are people acting, not a deployment)
            category = "deployed"
        if category in {None, "other"} and _kit_found(tokens, group, candidate, sentence_start):
            category = "seized"  # "nabbed 26 pirates with six rifles and 12 magazines"
        if category is None:
            if not group or (candidate.best == 1 and candidate.qualifier is None):
                continue
            if tokens[group[-1]].lower in KINSHIP_NOUNS:
                continue  # "leaves a wife and two children": family, not a count of the event
            if _is_vague(candidate):
                continue  # "several major faults", "a couple of entrances": a word, not a count
            category = "other"
        attribution = _attribution_holding(attributions, article.id, candidate.start)
        polarity: Polarity = candidate.polarity
        if attribution is not None and attribution.kind == "denial":
            polarity = "denied"
        hedged = (
            (candidate.qualifier or "").startswith("alleged")
            or any(_hedge_covers(hedge, article, tokens, candidate, cue_index) for hedge in hedges)
            or _hedge_adverb_near(tokens, candidate, cue_index)
        )
        qualifier = candidate.qualifier or _adjacent_hedge_adverb(tokens, candidate)
        figure = Figure(
            id=f"{article.id}-fig{len(figures) + 1}",
            article_id=article.id,
            span=article.span(candidate.start, candidate.end),
            low=candidate.low,
            high=candidate.high,
            best=candidate.best,
            category=category,
            sentence=article.span(sentence_start, sentence_end),
            qualifier=qualifier,
            population=population,
            counted=counted,
            polarity=polarity,
            claimer=attribution.claimer if attribution is not None else None,
            attribution_id=attribution.id if attribution is not None else None,
            hedged=hedged,
        )
        figures.append(figure)
        previous_in_sentence[sentence_index] = figure
    return tuple(_restatements(article, _share_list_categories(article, figures)))


_BACK_REFERENCES = frozenset({"the", "all", "those", "these", "both"})


def _restatements(article: Article, figures: list[Figure]) -> list[Figure]:
    """A count read as ``other`` that repeats an earlier count of the article (same value, same
    population or noun) is that count again: "26 pirates arrested ... The boats had a total of
    26 Somali crew" takes ``arrested``; written as a back-reference ("the three boats", "all
    three of the people") it adds nothing and is dropped."""
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
        if figure.category != "other" or earlier is None or figure.best is None:
            kept.append(figure)
            continue
        before = article.text[figure.sentence.start : figure.span.start].split()
        if before and before[-1].lower() in _BACK_REFERENCES:
            continue
        kept.append(replace(figure, category=earlier.category))
    return kept


def _same_counted(first: Figure, second: Figure) -> bool:
    if first.population is not None and first.population == second.population:
        return True
    return (
        first.counted is not None
        and second.counted is not None
        and first.counted.text.lower() == second.counted.text.lower()
    )


_VAGUE_QUALIFIERS = frozenset(" ".join(words) for words in VAGUE_AMOUNTS)


def _is_vague(candidate: _Candidate) -> bool:
    """A vague amount ("several", "a couple", "dozens"): a range by convention, not a count."""
    return (candidate.qualifier or "").lower() in _VAGUE_QUALIFIERS


def _describing_participle(
    tokens: list[Token], candidate: _Candidate, group: list[int], cue_index: int | None
) -> int | None:
    """In "one of the members arrested", the participle after the group of "of" ("arrested")."""
    if candidate.best != 1 or tokens[candidate.first_token].lower != "one" or not group:
        return None
    following = candidate.last_token + 1
    if following >= len(tokens) or tokens[following].lower != "of":
        return None
    if (
        cue_index is not None
        and group[-1] < cue_index <= group[-1] + 4
        and tokens[cue_index].lower.endswith("ed")
        and all(
            t.lower in {"and", "or"} or (t.lower.isalpha() and t.lower not in STOP_WORDS)
            for t in tokens[group[-1] + 1 : cue_index]
        )
    ):
        return cue_index  # "one of the bosses and clan members arrested"
    last = tokens[group[-1]].lower
    if len(group) >= 2 and last.endswith("ed") and last in CATEGORY_NOUNS:
        return group[-1]  # read into the group: "99 alleged members arrested"
    return None


def _size_of_a_place(tokens: list[Token], candidate: _Candidate, group: list[int]) -> bool:
    """ "a city of 500,000 people", "a town of about 15,000", "the island, which has about
    200,000 residents": the number gives a place's size."""
    before = candidate.first_token - 1
    if before < 1:
        return False
    if group and tokens[group[-1]].lower not in RESIDENT_NOUNS:
        return False
    if tokens[before].lower == "of":
        return tokens[before - 1].lower in PLACE_NOUNS
    if tokens[before].lower in {"has", "have", "had"}:
        return bool(group) and tokens[group[-1]].lower != "people"
    return False


def _kit_found(
    tokens: list[Token], group: list[int], candidate: _Candidate, sentence_start: int
) -> bool:
    """A count of weapons or ammunition after a seizure, arrest or find in its sentence."""
    if not group or tokens[group[-1]].lower not in KIT_NOUNS:
        return False
    index = candidate.first_token - 1
    while index >= 0 and tokens[index].start >= sentence_start:
        if tokens[index].lower in FINDING_CUES:
            return True
        index -= 1
    return False


_LIST_SEPARATORS = frozenset({",", "and", ", and", "or", ", or", ";"})


def _share_list_categories(article: Article, figures: list[Figure]) -> list[Figure]:
    """A list of counts shares its verb: in "seized six rifles, 12 magazines and about 300
    rounds", all three are seized; members read as ``other`` take the list's category."""
    shared = list(figures)
    runs: list[list[int]] = []
    for index, figure in enumerate(shared):
        if index and runs and _joined(article, shared[index - 1], figure):
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        if len(run) < 2:
            continue
        categories = [shared[i].category for i in run if shared[i].category != "other"]
        if not categories:
            continue
        for i in run:
            if shared[i].category == "other":
                category = categories[0]
                if category == "seized" and shared[i].population in _HUMAN_POPULATIONS:
                    category = "arrested"
                counted = shared[i].counted
                if (
                    category in _CASUALTIES
                    and counted is not None
                    and (counted.text.lower() in THING_NOUNS)
                ):
                    continue
                shared[i] = replace(shared[i], category=category)
    return shared


def _joined(article: Article, first: Figure, second: Figure) -> bool:
    if first.sentence != second.sentence or first.polarity != second.polarity:
        return False
    end = first.counted.end if first.counted is not None else first.span.end
    if end > second.span.start:
        return False
    return article.text[end : second.span.start].strip() in _LIST_SEPARATORS


def _is_people(tokens: list[Token], group: list[int], population: str | None) -> bool:
    """Whether a counted group is people: a known human population, or an unknown plural noun
    that names no thing ("communists", "pensioners")."""
    if population in _HUMAN_POPULATIONS:
        return True
    if not group or population is None:
        return False
    head = tokens[group[-1]].lower
    return head not in THING_NOUNS and head not in POPULATIONS and head.endswith("s")


def _whole_category(tokens: list[Token], group: list[int]) -> str | None:
    if not group:
        return None
    for index in reversed(group):
        category = CATEGORY_NOUNS.get(tokens[index].lower)
        if category is not None:
            return category
    following = group[-1] + 1
    if following < len(tokens) and tokens[following].lower in _TRANSITIVE_CUES:
        return CATEGORY_CUES.get((tokens[following].lower,))
    return None


def _partitive_wholes(tokens: list[Token], candidates: list[_Candidate]) -> dict[int, int]:
    """Part and whole: "two of the three victims" maps the index of "two" to that of "three"."""
    wholes = {}
    for index in range(len(candidates) - 1):
        part, whole = candidates[index], candidates[index + 1]
        if part.singular or whole.singular or part.category or whole.category:
            continue
        between = [t.lower for t in tokens[part.last_token + 1 : whole.first_token]]
        if between in (["of"], ["of", "the"], ["of", "those"], ["of", "these"], ["of", "all"]):
            wholes[index] = index + 1
    return wholes


# --- finding candidates ----------------------------------------------------------------------


def _number_candidates(article: Article, tokens: list[Token]) -> list[_Candidate]:
    found = []
    for quantity in find_quantities(article.text, tokens=tokens):
        if not article.is_readable(quantity.start):
            continue
        if non_count_reason(article.text, quantity, tokens) is not None:
            continue
        if quantity.best is not None and not float(quantity.best).is_integer():
            continue  # "a magnitude of at least 5.9": no count of people or things has decimals
        found.append(
            _Candidate(
                start=quantity.start,
                end=quantity.end,
                first_token=quantity.first_token,
                last_token=quantity.last_token,
                low=quantity.low,
                high=quantity.high,
                best=quantity.best,
                qualifier=quantity.qualifier,
            )
        )
    return found


_SINGULAR_DETERMINERS = {"a", "an", "another", "the", "his", "her", "their"}
_OBJECT_STARTS = {
    "the", "a", "an", "his", "her", "their", "its", "him", "them", "me", "us", "my", "our",
    "your", "this", "that", "these", "those", "himself", "herself", "themselves", "someone",
    "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
}  # fmt: skip


def _has_object(tokens: list[Token], cue_index: int) -> bool:
    """Whether a verb cue has an object after it ("shot the man", "shot and killed a neighbour",
    "fatally shot LeGrier", "shot at him"): then the cue tells what happened to the object, not
    to the number or person before it."""
    end = cue_index
    for cues in (CATEGORY_CUES, WEAK_CUES):
        for size in range(_MAX_CUE, 1, -1):
            phrase = tuple(token.lower for token in tokens[cue_index : cue_index + size])
            if len(phrase) == size and phrase in cues:
                end = max(end, cue_index + size - 1)
                break
    if tokens[cue_index].lower == "fatally" and _next_in(tokens, end, _FATALLY_VERBS):
        end += 1
    while _next_in(tokens, end, frozenset({"and"})) and _next_in(tokens, end + 1, _TRANSITIVE_CUES):
        end += 2  # "shot and wounded three people"
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    transitive = {tokens[cue_index].lower, tokens[end].lower} & _TRANSITIVE_CUES
    if following is None or not transitive:
        return False
    word = following.lower
    if tokens[end].lower == "shot" and word == "at":
        after_at = tokens[end + 2].lower if end + 2 < len(tokens) else ""
        return after_at in _OBJECT_STARTS or after_at in {"police", "officers", "him", "her"}
    if (
        following.text[:1].isupper()
        and tokens[end].text.islower()
        and word.isalpha()
        and word not in MONTHS | WEEKDAYS
    ):
        return True  # "fatally shot LeGrier" (a title-case headline says nothing)
    if word in _OBJECT_STARTS or word[:1].isdigit():
        return True
    rest = tokens[end + 1 : end + 7]
    if not rest:
        return False
    following_text = " ".join(token.text for token in rest)
    return any(q.start == 0 for q in find_quantities(following_text))  # "killed at least three"


_TRANSITIVE_CUES = frozenset(
    {
        "killed", "killing", "kill", "murdered", "shot", "stabbed", "injured", "injuring",
        "wounded", "wounding", "hurt", "arrested", "arresting", "detained", "seized", "seizing",
        "confiscated", "confiscating", "deployed", "dispatched", "evacuated", "struck",
        "shooting", "stabbing",
    }
)  # fmt: skip
"""Cue verbs that take an object; intransitive cues ("died") and phrases ending in a preposition
("descended upon", "home to") never have one."""
_AFTER_A_NAME = frozenset(
    {"was", "were", "is", "has", "had", "who", "and", "later", "also", "then", ","}
)
_FATALLY_VERBS = frozenset(
    {"shot", "wounded", "stabbed", "injured", "struck", "shooting", "stabbing", "wounding"}
)


def _next_in(tokens: list[Token], index: int, words: frozenset[str]) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower in words


def _singular_candidates(
    article: Article,
    tokens: list[Token],
    taken: set[int],
    sentence_firsts: set[int],
    parse: _ParseHeads | None,
) -> list[_Candidate]:
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
            and _next_is(tokens, index, "found")
            and _next_is(tokens, index + 1, "dead")
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
        body_found = determiner and _body_found(tokens, noun_index)
        if noun_index + 1 < len(tokens) and tokens[noun_index + 1].lower in {"'s", "’s", "of"}:
            continue
        following = tokens[noun_index + 1].lower if noun_index + 1 < len(tokens) else ""
        cue = CATEGORY_CUES.get((following,))
        victim_of = _transitive_cue_before(tokens, index) if determiner else None
        if body_found:
            category: str | None = "killed"  # "after a man's body was found": he is dead
        elif victim_of is not None:
            category = victim_of
        elif (
            cue in SINGULAR_CATEGORIES
            and following.endswith("ed")
            and not _has_object(tokens, noun_index + 1)
        ):
            category = cue
        else:
            category = _singular_cue(
                tokens, noun_index + 1, taken, (parse, noun_index), described=True
            )
        if category is None:
            continue
        found.append(
            _Candidate(
                start=token.start,
                end=tokens[noun_index].end,
                first_token=index,
                last_token=noun_index,
                low=1.0,
                high=1.0,
                best=1.0,
                category=category,
                singular=True,
                head_index=noun_index,
            )
        )
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
    if word in {"a", "the"} and _next_in(tokens, index, _ORDINAL_PEOPLE):
        last = index + 1
    elif word != "another":
        return None
    return last if _next_in(tokens, last, _AFTER_AN_ORDINAL_PERSON) else None


def _coordinated_person(tokens: list[Token], noun_index: int, taken: set[int]) -> int | None:
    """The index of a second person joined to a described one by "and" ("a police officer and
    a state bomb disposal technician"), or None."""
    probe = noun_index + 1
    if probe >= len(tokens) or tokens[probe].lower != "and":
        return None
    probe += 1
    if probe < len(tokens) and tokens[probe].lower in {"a", "an", "the", "his", "her", "their"}:
        probe += 1
    last = None
    for index in range(probe, min(probe + 7, len(tokens))):
        word = tokens[index].lower
        if index in taken or not word.isalpha() or word in STOP_WORDS:
            break
        if _cue_at(tokens, index, CATEGORY_CUES) is not None or word in _SINGULAR_CUES:
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


def _transitive_cue_before(tokens: list[Token], index: int) -> str | None:
    """The category of a casualty verb just before a person ("shot and killed a 22-year-old
    man", "killing a guard"): the person is its object, so that is what happened to them."""
    for size in range(min(_MAX_CUE, index), 0, -1):
        phrase = tuple(token.lower for token in tokens[index - size : index])
        category = CATEGORY_CUES.get(phrase)
        if category is None and phrase in _GERUND_CUES:
            before_gerund = tokens[index - size - 1].lower if index - size > 0 else ""
            if before_gerund in _GERUND_AS_NOUN:
                continue  # "the shooting a neighbour saw": a noun
            category = BEFORE_ONLY_CUES[phrase]
        if category in SINGULAR_CATEGORIES and phrase[-1] in _TRANSITIVE_CUES:
            before = [t.lower for t in tokens[max(index - size - 2, 0) : index - size]]
            if before and (before[-1] in _HYPOTHETICAL or before[-2:] in _COULD_HAVE):
                return None  # "within inches of possibly killing the trooper"
            if before and before[-1] == "fatally":
                return "killed"  # "accused of fatally shooting a good samaritan"
            return category
    return None


_GERUND_CUES = frozenset({("shooting",), ("shoots",)})
"""Cues read before a number only ("shooting three people") that also take a person described
as their object ("accused of shooting a 19-year-old man": hurt)."""
_GERUND_AS_NOUN = frozenset(
    {"the", "a", "an", "this", "that", "fatal", "police", "mass", "deadly", "drive-by"}
)


_HYPOTHETICAL = frozenset({"possibly", "nearly", "almost", "narrowly", "potentially"})
_COULD_HAVE = (["could", "have"], ["would", "have"], ["might", "have"], ["may", "have"])


def _named_person_candidates(
    article: Article, doc: Doc, tokens: list[Token], taken: set[int], parse: _ParseHeads | None
) -> list[_Candidate]:
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
    found = []
    for first, last in sorted(names):
        if any(i in taken for i in range(first, last + 1)):
            continue
        if not article.is_readable(tokens[first].start):
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
        if following not in _AFTER_A_NAME and following not in _SINGULAR_CUES:
            continue  # "a suspected Mafia boss arrested": the name is not the subject
        category = _transitive_cue_before(tokens, first) or _singular_cue(
            tokens, last + 1, taken, (parse, last), conditions=False
        )
        if category is None:
            continue
        found.append(
            _Candidate(
                start=tokens[first].start,
                end=tokens[last].end,
                first_token=first,
                last_token=last,
                low=1.0,
                high=1.0,
                best=1.0,
                category=category,
                singular=True,
                head_index=last,
                named=True,
            )
        )
        taken.update(range(first, last + 1))
    return found


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
        and entity[-1].text.istitle()
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


def _singular_cue(
    tokens: list[Token],
    start: int,
    taken: set[int],
    subject: tuple[_ParseHeads | None, int] = (None, -1),
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
                    tokens[back].lower in {"with", "suffered", "sustained", "suffering"}
                    for back in range(max(probe - 4, start), probe)
                )
            )
        ):
            # "left a man in critical condition", "Man critical after shooting", "a man with a
            # gunshot wound": hurt (said of one person only: "six gunshot wounds" counts wounds)
            return "injured"
        if word in _SINGULAR_CUES:
            if _has_object(tokens, probe):
                return None  # "a gunman shot and wounded three people": not about the gunman
            if _negated(tokens, probe, start):
                return None  # "the deputy was not injured": nothing happened
            if _shot_at(tokens, probe):
                continue  # "a trooper was shot at": fired at, not hit
            if word == "shot" and previous in _BEFORE_A_SHOT:
                continue  # "the officer returned one shot": a noun, a shot fired
            if parse is not None and (
                parse.has_other_subject(tokens[person].start, tokens[probe].start)
                if described
                else not parse.is_subject_of(tokens[person].start, tokens[probe].start)
            ):
                continue
            if word == "shot" and _cue_at(tokens, probe, CATEGORY_CUES) == "killed":
                return "killed"
            if word in {"shot", "stabbed"}:
                weak = weak or "injured"
                continue
            if word in {"dies", "die"}:
                return "killed"
            return CATEGORY_CUES.get((word,)) or WEAK_CUES.get((word,))
        if word in {"killing", "injuring", "wounding", "shooting"} or word in _NEW_SUBJECT:
            break
        if _attributive_casualty(tokens, probe + 1):
            break  # "a story about an officer, a knife, a dead woman": about the woman
        if (
            probe > start
            and word in PERSON_NOUNS
            and tokens[probe - 1].lower in _ATTRIBUTIVE_DETERMINERS
        ):
            break  # "A friend took the woman, who suffered two gunshot wounds": about her
    return weak


def _after_asides(tokens: list[Token], start: int) -> int:
    """Where the casualty window starts after a person: past a relative clause between commas
    ("a 30-year-old man, who was later identified as Tam Vess, was shot"), which does not count
    against it."""
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


_BEFORE_A_SHOT = frozenset({"one", "a", "single", "fatal", "first", "second", "warning", "fired"})


def _negated(tokens: list[Token], cue_index: int, start: int) -> bool:
    """Whether "not" or "never" comes just before the cue ("was not hurt", "was not seriously
    injured"), after ``start``."""
    return any(
        tokens[back].lower in {"not", "never", "n't"}
        for back in range(max(cue_index - 2, start), cue_index)
    )


_CONDITIONS = frozenset({"critical", "serious", "stable", "fair", "grave", "guarded"})
_WOUND_NOUNS = frozenset(
    {"wound", "wounds", "injuries", "injury", "cut", "cuts", "laceration", "lacerations", "gash"}
)

_NEW_SUBJECT = frozenset(
    {"he", "she", "they", "we", "i", "it", "when", "while", "because", "but", "where"}
)
"""Words after which a casualty word is about someone else ("his brother when he was shot")."""


_MULTIPLES = {"double": 2.0, "triple": 3.0, "quadruple": 4.0}
_MULTIPLE_EVENTS = {
    "shooting": "injured", "shootings": "injured", "stabbing": "injured", "stabbings": "injured",
}  # fmt: skip
"""Events a multiple counts the victims of. "Double murder" is left out: it names charges and
past cases as often as the event ("charged with double murder")."""


def _is_multiple(tokens: list[Token], candidate: _Candidate) -> bool:
    """Whether a candidate is "a double shooting": it names the event too, so it never ends the
    cue window of a count before it."""
    return candidate.category is not None and tokens[candidate.first_token].lower in _MULTIPLES


def _multiple_victim_candidates(
    article: Article, tokens: list[Token], taken: set[int]
) -> list[_Candidate]:
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
            _Candidate(
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


def _zero_candidates(
    article: Article, tokens: list[Token], sentences: list[tuple[int, int]]
) -> list[_Candidate]:
    """Zeros: "denied there were any fatalities or injuries" (denied), "no injuries" (asserted)."""
    found: list[_Candidate] = []
    seen: set[tuple[int, str]] = set()
    for index, token in enumerate(tokens):
        word = token.lower
        if word not in ZERO_NOUNS or not article.is_readable(token.start):
            continue
        determiner = None
        for back in range(index - 1, max(index - 5, -1), -1):
            prior = tokens[back].lower
            if prior in {"any", "no"}:
                determiner = back
                break
            if prior not in {"or", "and", ",", "serious", "major", "reported", "immediate"} and (
                prior not in ZERO_NOUNS
            ):
                break
        if determiner is None:
            continue
        sentence_start = max((s for s, _ in sentences if s <= token.start), default=0)
        denied = any(
            tokens[probe].lower in DENIAL_CUES
            and tokens[probe].start >= sentence_start
            and (tokens[probe].lower != "ruled" or _next_is(tokens, probe, "out"))
            for probe in range(max(determiner - 8, 0), determiner)
        )
        if tokens[determiner].lower == "any" and not denied:
            continue
        category = ZERO_NOUNS[word]
        key = (sentence_start, category)
        if key in seen:
            continue
        seen.add(key)
        start_index = determiner if not any(c.first_token == determiner for c in found) else index
        found.append(
            _Candidate(
                start=tokens[start_index].start,
                end=token.end,
                first_token=start_index,
                last_token=index,
                low=0.0,
                high=0.0,
                best=0.0,
                qualifier=tokens[determiner].lower,
                category=category,
                polarity="denied" if denied else "asserted",
            )
        )
    return found


def _next_is(tokens: list[Token], index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower == word


_VICTIM_PRONOUNS = frozenset({"he", "she"})
_BEFORE_DEATH = frozenset(
    {
        "was", "had", "has", "been", "later", "also", "then", "subsequently", "eventually",
        "soon", "ultimately", "is", "both", "tragically", "sadly", "already", "found",
    }
)  # fmt: skip
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
    if before in _HYPOTHETICAL:
        return None  # "nearly killed him"
    if word in _KILLING_VERBS or (before == "fatally" and word in _FATALLY_VERBS):
        return "killed"
    return "injured" if word in _HURTING_VERBS else None


def _unnamed_victim_candidates(
    article: Article, tokens: list[Token], taken: set[int]
) -> list[_Candidate]:
    """One person killed, written without a count: "he was pronounced dead", "where she later
    died", "in the death of Ali Vess", "the fatal shooting of 22-year-old Tam Vess", "walked
    over and killed him". The first such mention only (the report speaks of one victim). When
    the report tells no death, one person hurt written as a pronoun object ("a stray bullet
    injured him"): one injured."""
    hurt: list[_Candidate] = []
    for index, token in enumerate(tokens):
        if index in taken or not article.is_readable(token.start):
            continue
        object_category = _pronoun_object(tokens, index)
        if object_category is not None:
            candidate = _Candidate(
                start=tokens[index + 1].start,
                end=tokens[index + 1].end,
                first_token=index + 1,
                last_token=index + 1,
                low=1.0,
                high=1.0,
                best=1.0,
                category=object_category,
                singular=True,
                head_index=index + 1,
                named=True,  # whom: a person, population "people"
            )
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
                or (tokens[probe].lower == "pronounced" and _next_is(tokens, probe, "dead"))
                or (tokens[probe].lower == "dead" and tokens[probe - 1].lower == "found")
            )
            if not died or _next_in(
                tokens, probe, frozenset(_OBJECT_STARTS | {"himself", "herself"})
            ):
                continue  # "he killed her", "she killed herself" (not a victim of another)
            if tokens[probe].lower == "killed" and tokens[probe - 1].lower not in {"was", "been"}:
                continue
            last = index
        elif _one_word_name_found_dead(article, tokens, index):
            last = index
        elif word in _DEATH_NOUNS and _next_is(tokens, index, "of") and index + 2 < len(tokens):
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
        return [
            _Candidate(
                start=token.start,
                end=tokens[last].end,
                first_token=index,
                last_token=last,
                low=1.0,
                high=1.0,
                best=1.0,
                category="killed",
                singular=True,
                head_index=last,
                named=True,  # whom: a person, population "people"
            )
        ]
    return hurt


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
    if token.lower in STOP_WORDS | _VICTIM_PRONOUNS | _NEGATED_SUBJECTS | _INDEFINITE_PEOPLE:
        return False  # "Nobody was found dead", "Someone was found dead" say no name
    gap = article.text[tokens[index - 1].end : token.start] if index else "\n"
    opens = index == 0 or "\n" in gap or tokens[index - 1].text in {".", "!", "?"}
    if not opens or not _next_in(tokens, index, frozenset({"was", "had"})):
        return False
    for probe in range(index + 2, min(index + 12, len(tokens) - 1)):
        word = tokens[probe].lower
        if word in _CLAUSE_ENDS or word in _NEW_SUBJECT:
            return False
        if word in {"found", "pronounced"} and tokens[probe + 1].lower == "dead":
            return True
    return False


_NEGATED_SUBJECTS = frozenset({"nobody", "none", "noone"})
_BEFORE_NEGATED_CUE = frozenset(
    {
        "was", "were", "had", "has", "have", "been", "is", "are", "be", "being", "got", "ever",
        "seriously", "badly", "critically", "severely", "fatally", "gravely", "actually",
        "reportedly", "else", "of", "them", "us", "the", "our", "their",
    }
)  # fmt: skip


def _negated_subject_candidates(
    article: Article, tokens: list[Token], starts: set[int]
) -> list[_Candidate]:
    """Denied zeros written as a negated subject: "No one died", "nobody was seriously hurt",
    "no officers had been injured", "none of them were killed". One zero per category named,
    polarity ``denied``; a people noun after "no" gives the population."""
    found = []
    for index, token in enumerate(tokens):
        word = token.lower
        if index in starts or not article.is_readable(token.start):
            continue
        head = None
        if word == "no" and _next_is(tokens, index, "one"):
            last = index + 1
        elif word in _NEGATED_SUBJECTS:
            last = index
        elif (
            word == "no"
            and index + 1 < len(tokens)
            and (tokens[index + 1].lower in POPULATIONS or tokens[index + 1].lower in PERSON_NOUNS)
            and tokens[index + 1].lower not in THING_NOUNS
        ):
            last = head = index + 1
        else:
            continue
        probe = last + 1
        while (
            probe < len(tokens)
            and probe - last <= 5
            and (tokens[probe].lower in _BEFORE_NEGATED_CUE)
        ):
            probe += 1
        if probe >= len(tokens) or tokens[probe].lower not in _SINGULAR_CUES:
            continue
        category = _cue_at(tokens, probe, CATEGORY_CUES)
        if category not in SINGULAR_CATEGORIES:
            continue
        found.append(
            _Candidate(
                start=token.start,
                end=tokens[last].end,
                first_token=index,
                last_token=last,
                low=0.0,
                high=0.0,
                best=0.0,
                qualifier=" ".join(t.lower for t in tokens[index : last + 1])
                if head is None
                else "no",
                category=category,
                polarity="denied",
                head_index=head,
            )
        )
    return found


# --- what is counted --------------------------------------------------------------------------


class _ParseHeads:
    """The parse's answer to "which noun does this number count?", when there is a parser."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._starts = [token.idx for token in doc]

    def _token_at(self, offset: int):
        position = bisect.bisect_right(self._starts, offset) - 1
        return self._doc[position] if position >= 0 else None

    def is_subject_of(self, person_offset: int, cue_offset: int) -> bool:
        """Whether the person is what the cue is about: its subject (or the subject of the verb
        it depends on: "was found dead", "shot and killed"), or the noun a reduced relative
        hangs on ("the individual killed", "a man who died")."""
        person = self._token_at(person_offset)
        cue = self._token_at(cue_offset)
        if person is None or cue is None:
            return True
        while person.dep_ in {"compound", "flat", "flat:name", "amod"} and person.head != person:
            person = person.head
        chain = [cue]
        for _ in range(2):
            if chain[-1].head != chain[-1]:
                chain.append(chain[-1].head)
        if person.dep_.startswith("nsubj") and person.head in chain:
            return True
        if any(
            link.head == person and link.dep_.split(":")[0] in {"acl", "relcl"} for link in chain
        ):
            return True
        # Parsers miss long subjects: only a different, explicit subject rules the cue out
        # ("... lives three blocks from where Bolton was shot").
        others = [
            child
            for link in chain
            for child in link.children
            if child.dep_.startswith("nsubj")
            and child.i != person.i
            and child.lower_ not in {"who", "that", "which"}
        ]
        return not others

    def has_other_subject(self, person_offset: int, cue_offset: int) -> bool:
        """Whether the cue itself has an explicit subject other than the person ("The woman
        fired again and Ganobick was shot": "shot" is about Ganobick)."""
        person = self._token_at(person_offset)
        cue = self._token_at(cue_offset)
        if person is None or cue is None:
            return False
        while person.dep_ in {"compound", "flat", "flat:name", "amod", "appos", "conj"} and (
            person.head != person
        ):
            person = person.head
        subjects = [child for child in cue.children if child.dep_.startswith("nsubj")]
        return person not in subjects and any(
            child.lower_ not in {"who", "that", "which"} for child in subjects
        )

    def head_noun(self, number_end: int) -> tuple[int, int] | None:
        """(start, end) of the noun the number ending at ``number_end`` modifies."""
        position = bisect.bisect_right(self._starts, number_end - 1) - 1
        if position < 0:
            return None
        token = self._doc[position]
        if (
            token.dep_ in {"nummod", "quantmod", "compound"}
            and token.head.i > token.i
            and token.head.pos_ == "NOUN"
        ):
            head = token.head
            return head.idx, head.idx + len(head.text)
        return None


def _counted_group(
    tokens: list[Token], candidate: _Candidate, sentence_last: int, parse: _ParseHeads | None
) -> list[int]:
    """Token indices of the noun group the number counts ("Iranian exiles", "its members")."""
    if candidate.singular and candidate.head_index is not None:
        return [candidate.head_index]
    if candidate.category is not None and candidate.polarity == "denied":
        return []
    if candidate.low == 0 and candidate.high == 0:
        return []
    index = candidate.last_token + 1
    if index <= sentence_last and tokens[index].lower == "of":
        index += 1
        if index <= sentence_last and tokens[index].lower in {
            "its", "the", "their", "his", "her", "our", "those", "these", "them",
        }:  # fmt: skip
            index += 1
    group: list[int] = []
    while index <= sentence_last and len(group) < 5:
        token = tokens[index]
        word = token.lower
        if word == "-" and group and token.start == tokens[index - 1].end:
            index += 1
            continue
        if (
            word.isdigit()
            and group
            and (tokens[index - 1].lower == "-" or tokens[index - 1].text.isupper())
        ):
            index += 1  # a model number: "AK-47 rifles", "six AK 47 rifles"
            continue
        if not word.replace("'", "").isalpha() or word in STOP_WORDS:
            break
        if word.endswith("ly") or (word.endswith("ing") and word not in {"building"}):
            break
        if word.endswith("ed") and word not in CATEGORY_NOUNS:
            following = tokens[index + 1].lower if index + 1 <= sentence_last else ""
            if not (following.isalpha() and following not in STOP_WORDS):
                break
        if (
            _cue_at(tokens, index, CATEGORY_CUES) is not None
            and word not in CATEGORY_NOUNS
            and word not in POPULATIONS
        ):
            break
        group.append(index)
        index += 1
    known = set(THING_NOUNS) | set(POPULATIONS) | set(CATEGORY_NOUNS)
    last_known = max((k for k, i in enumerate(group) if tokens[i].lower in known), default=None)
    if group and tokens[group[-1]].lower not in known and last_known is not None:
        # "two government buildings ablaze": the group ends at the last noun we know
        return group[: last_known + 1]
    if parse is not None and group and tokens[group[-1]].lower not in known:
        head = parse.head_noun(tokens[candidate.last_token].end)
        if head is not None:
            group = [i for i in group if tokens[i].start < head[1]] or group
    return group


def _population(
    article: Article, tokens: list[Token], group: list[int]
) -> tuple[str | None, Span | None]:
    """The normalised population of a noun group, and the span of its head noun."""
    if not group:
        return None, None
    head = group[-1]
    counted = article.span(tokens[head].start, tokens[head].end)
    words = [tokens[i].lower for i in group]
    for word in reversed(words):
        if word in POPULATIONS:
            population = POPULATIONS[word]
            if population == "police officers" and "police" not in words and "officers" in words:
                population = "police officers"
            return population, counted
    # a noun that names what happened ("three bank workers dead", "15 deaths") is not whom
    named = [word for word in words if CATEGORY_NOUNS.get(word) not in _CASUALTIES]
    if not named:
        return None, counted
    return named[-1], counted


def _category(
    tokens: list[Token],
    candidate: _Candidate,
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
        for size in range(min(_MAX_CUE, index + 1), 0, -1):
            phrase = tuple(token.lower for token in tokens[index - size + 1 : index + 1])
            cue = CATEGORY_CUES.get(phrase) or BEFORE_ONLY_CUES.get(phrase)
            if cue is not None and phrase not in AFTER_ONLY_CUES:
                return cue, None
    if _after_a_toll(tokens, candidate.first_token, sentence_start):
        return "killed", None  # "death toll rises to 10", "the toll stood at 12"
    after_start = (group[-1] + 1) if group else candidate.last_token + 1
    after_end = min(window_end, after_start + CUE_WINDOW_AFTER)
    weak = None
    index = after_start
    while index < after_end:
        word = tokens[index].lower
        if word in {";", ":"}:
            break
        if _attributive_casualty(tokens, index):
            break  # "a couple of men ... trying to get an injured man into a car": about him
        cue = _cue_at(tokens, index, CATEGORY_CUES)
        if cue is not None and cue != "population" and _has_object(tokens, index):
            break  # "two officers shot the man, who later died": the rest is about the man
        if cue is not None:
            if cue == "killed" and tokens[index].lower == "killing" and index > after_start:
                index += 1
                continue
            if index > 0 and tokens[index - 1].lower in {"not", "never", "n't"}:
                return None, None  # "two children were not hurt"
            return cue, index
        if _cue_at(tokens, index, WEAK_CUES) is not None and _has_object(tokens, index):
            break
        if not _shot_at(tokens, index):
            weak = weak or _cue_at(tokens, index, WEAK_CUES)
        index += 1
    return weak, None


_FIRING_VERBS = frozenset({"shooting", "shot", "shoots", "shoot", "fired", "firing", "fires"})

_ATTRIBUTIVE_CASUALTIES = frozenset({"dead", "injured", "wounded", "hurt", "slain"})
_ATTRIBUTIVE_DETERMINERS = frozenset({"a", "an", "the", "another", "his", "her", "their"})


def _attributive_casualty(tokens: list[Token], index: int) -> bool:
    """Whether token ``index`` is a casualty word used as an adjective of the noun after it
    ("a dead woman", "an injured man", "the wounded teen"): it says what happened to that noun's
    person, not to anyone before it."""
    if index < 1 or index + 1 >= len(tokens) or tokens[index].lower not in _ATTRIBUTIVE_CASUALTIES:
        return False
    following = tokens[index + 1].lower
    return (
        tokens[index - 1].lower in _ATTRIBUTIVE_DETERMINERS
        and following.isalpha()
        and following not in STOP_WORDS
    )


_AFTER_SHOT_AT = frozenset(
    {".", ",", ";", "!", "?", "|", "and", "but", "by", "like", "in", "on", "near"}
    | {"during", "while", "after", "outside", "him", "her", "them", "us", "me"}
)
_SHOT_AT_TARGETS = frozenset({"vehicle", "car", "truck", "house", "home", "window", "windows"})


def _shot_at(tokens: list[Token], index: int) -> bool:
    """ "a vehicle shot at", "two men were shot at by ...", "shot at the officer": fired at,
    not hit ("Man shot at a shopping centre" says where he was hit)."""
    if tokens[index].lower != "shot" or not _next_in(tokens, index, frozenset({"at"})):
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
    {"his", "her", "their", "its", "the", "all", "another", "other", "at", "as", "remaining"}
)


def _cue_at(tokens: list[Token], index: int, cues: dict[tuple[str, ...], str]) -> str | None:
    for size in range(_MAX_CUE, 0, -1):
        phrase = tuple(token.lower for token in tokens[index : index + size])
        if len(phrase) == size and phrase in cues:
            return cues[phrase]
    return None


_LOCAL_HEDGE_KINDS = frozenset({"allegedly", "reportedly", "apparently", "claimed"})
"""Hedges written as one word ("allegedly linked", "claimed"): they hedge a figure only when the
word sits next to it (just before it, or between it and the cue that gives its category), not
every figure in their sentence."""


def _hedge_covers(
    hedge: Hedge,
    article: Article,
    tokens: list[Token],
    candidate: _Candidate,
    cue_index: int | None,
) -> bool:
    if hedge.article_id != article.id:
        return False
    if hedge.kind not in _LOCAL_HEDGE_KINDS:
        return hedge.scope.start <= candidate.start < hedge.scope.end
    local_start = tokens[max(candidate.first_token - 3, 0)].start
    local_end = tokens[cue_index].end if cue_index is not None else candidate.end
    return local_start <= hedge.cue.start < local_end


def _adjacent_hedge_adverb(tokens: list[Token], candidate: _Candidate) -> str | None:
    """ "allegedly" in "one allegedly killed": the qualifier of a figure that has no other."""
    following = candidate.last_token + 1
    if following < len(tokens) and tokens[following].lower in HEDGE_ADVERBS:
        return tokens[following].lower
    return None


def _hedge_adverb_near(tokens: list[Token], candidate: _Candidate, cue_index: int | None) -> bool:
    """A hedging adverb just before the number or between it and the cue that gave its category
    ("were reportedly injured", "one allegedly killed")."""
    start = max(candidate.first_token - 2, 0)
    end = cue_index if cue_index is not None else candidate.first_token
    return any(tokens[index].lower in HEDGE_ADVERBS for index in range(start, end))


# --- sentences and attributions ---------------------------------------------------------------


def _sentences(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets, trailing white space trimmed."""
    spans: list[tuple[int, int]] = []
    if doc.has_annotation("SENT_START") or len(doc) == 0:
        for sentence in doc.sents:
            start = sentence.start_char
            end = sentence.end_char
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            if end > start:
                spans.append((start, end))
    if not spans:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]*", text)]
    return _mend_sentences(spans, text) or [(0, len(text))]


def _mend_sentences(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join a sentence cut inside a line: one that ends without punctuation, followed on the
    same line by one that starts with a digit or a lower-case word ("kills 1, injures | 2"), or
    that is three words at most ("Five | Wounded by Quake")."""
    mended: list[tuple[int, int]] = []
    for start, end in spans:
        if mended:
            previous_start, previous_end = mended[-1]
            gap = text[previous_end:start]
            first = text[start : start + 1]
            if (
                "\n" not in gap
                and text[previous_end - 1 : previous_end] not in {".", "!", "?", ":", '"', "”"}
                and (
                    first.isdigit()
                    or first.islower()
                    or len(text[previous_start:previous_end].split()) <= 3
                )
            ):
                mended[-1] = (previous_start, end)
                continue
        mended.append((start, end))
    return mended


def _attribution_holding(
    attributions: tuple[Attribution, ...], article_id: str, offset: int
) -> Attribution | None:
    holding = [
        attribution
        for attribution in attributions
        if attribution.article_id == article_id
        and attribution.content.start <= offset < attribution.content.end
    ]
    if not holding:
        return None
    return min(holding, key=lambda a: a.content.end - a.content.start)
