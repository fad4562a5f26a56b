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

from spacy.tokens import Doc

from corroborate.read.casualty_cues import cue_category
from corroborate.read.categories import (
    JURY_NOUNS,
    KINSHIP_NOUNS,
    PARTICIPANT_POPULATIONS,
    PERSON_NOUNS,
    POPULATIONS,
    THING_NOUNS,
)
from corroborate.read.counted_nouns import (
    counted_group,
    counted_population,
    describing_participle,
    is_people,
    partitive_wholes,
    size_of_a_place,
    whole_category,
)
from corroborate.read.described_victims import (
    is_multiple,
    multiple_victim_candidates,
    singular_candidates,
)
from corroborate.read.fallback_victims import unnamed_victim_candidates
from corroborate.read.figure_candidates import (
    CASUALTIES,
    HUMAN_POPULATIONS,
    Candidate,
    ParseHeads,
    is_vague,
    join_coordinated_counts,
    number_candidates,
)
from corroborate.read.figure_claimers import (
    adjacent_hedge_adverb,
    attribution_holding,
    hedge_adverb_near,
    hedge_covers,
    open_quote_holding,
    quote_after_speaker,
    sentence_offsets,
)
from corroborate.read.figure_times import with_times
from corroborate.read.governing_verbs import does_not_undergo, governing_verb_category
from corroborate.read.named_victims import named_person_candidates
from corroborate.read.numbers import Token, tokenize
from corroborate.read.restatements import resolve_restatements
from corroborate.read.seizures import kit_found, share_list_categories
from corroborate.read.zero_figures import negated_subject_candidates, zero_candidates
from corroborate.record import Article, Attribution, Figure, Hedge, Polarity, Span

__all__ = ["read_figures"]


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
    dead already counted. Likewise one person hurt written as a pronoun ("a stray bullet
    injured him", "he suffered a gunshot wound") when the report counts nobody hurt.
    """
    figures = _read_figures(article, doc, attributions, hedges, fallback=False)
    if any(f.category == "killed" and f.polarity == "asserted" for f in figures):
        # "Police said a 37-year-old woman was shot twice" in a report of her death: "shot"
        # alone does not say she was hurt rather than killed; she is most likely the dead
        return with_times(article, tuple(f for f in figures if not _one_person_only_shot(f)))
    with_fallback = _read_figures(article, doc, attributions, hedges, fallback=True)
    if len(with_fallback) <= len(figures):
        return with_times(article, figures)
    hurt_known = any(
        f.category in {"injured", "hospitalised"} and f.polarity == "asserted" for f in figures
    )
    if hurt_known and not any(f.category == "killed" for f in with_fallback):
        # "A man was shot ... He suffered a gunshot wound": the pronoun is the person counted
        return with_times(article, figures)
    return with_times(article, with_fallback)


_STRONG_INJURY_WORDS = frozenset(
    {"injured", "wounded", "hurt", "hospitalized", "hospitalised", "injuring", "wounding",
     "survived", "treated", "released", "stable", "critical", "serious"}
)  # fmt: skip


_DEPLOYED_POPULATIONS = frozenset(
    {None, "people", "police officers", "soldiers", "guards", "firefighters", "rescuers"}
)
"""Who may be deployed: a force, or people unspecified; a crowd that "stormed" or "took part"
is a population."""

_FORCE_ONLY_CUES = frozenset({"rushed", "responded"})
"""Cues that deploy a force only ("40 officers rushed to the scene"), not people unnamed."""

_DEPLOYED_THINGS = frozenset(
    {"engines", "tenders", "pumps", "appliances", "vehicles", "ambulances", "helicopters",
     "crews", "units"}
)  # fmt: skip
"""What a force sends ("10 fire engines fought the blaze", "six ambulances were dispatched",
"Five crews fought the fire"):
deployed, where other things "deployed" are other."""


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


_VERBS_OF_SUFFERING = frozenset({"suffered", "sustained", "suffering", "received"})


def _before_a_verb_of_suffering(tokens: list[Token], group: list[int]) -> list[int]:
    """The counted group cut before a verb of suffering the parse may take into it ("Two men
    suffered gunshot wounds": men, not wounds)."""
    for position, index in enumerate(group):
        if position and tokens[index].lower in _VERBS_OF_SUFFERING:
            return group[:position]
    return group


_SHOT_PARTICIPLES = frozenset({"shot", "stabbed"})


_AFTER_A_BARE_PARTICIPLE = frozenset(
    {",", ".", ";", ":", "|", "-", "–", "—", "in", "at", "after", "near", "on", "during",
     "outside", "inside", "overnight", "by", "while", "early", "late", "following"}
)  # fmt: skip


_BEFORE_A_BARE_PARTICIPLE = frozenset({".", ",", ";", ":", "|", "-", "–", "—", "and", "And"})


def _bare_shot_participle(tokens: list[Token], candidate: Candidate, group: list[int]) -> bool:
    """Whether the word the number seems to count is "shot" or "stabbed" standing alone, a
    headline's participle ("Three shot, one dead after party", "Two stabbed in Velmora"):
    people hit, not shots. "Three shot dead", "two shot and killed" say more and are left to
    the cue that follows."""
    if group != [candidate.last_token + 1] or tokens[group[0]].lower not in _SHOT_PARTICIPLES:
        return False
    first = candidate.first_token
    if first > 0 and tokens[first - 1].text not in _BEFORE_A_BARE_PARTICIPLE:
        return False  # "he fired one shot": a shot fired; the count must open its clause
    after = group[0] + 1
    return after >= len(tokens) or tokens[after].lower in _AFTER_A_BARE_PARTICIPLE


def _part_of_previous(tokens: list[Token], candidate: Candidate) -> bool:
    """Whether a number with no noun of its own opens with "including" ("14 wounds, including
    five in the back"): a part of the count before it, of the same kind."""
    first = candidate.first_token
    return first > 0 and tokens[first - 1].lower == "including"


def _read_figures(
    article: Article,
    doc: Doc,
    attributions: tuple[Attribution, ...],
    hedges: tuple[Hedge, ...],
    *,
    fallback: bool,
) -> tuple[Figure, ...]:
    """The figures of one reading of the article: each candidate count with the category, the
    population and the claimer its sentence gives it; ``fallback`` as in :func:`_all_candidates`."""
    text = article.text
    tokens = tokenize(text)
    sentences = sentence_offsets(doc, text)
    sentence_starts = [start for start, _ in sentences]
    parse = ParseHeads(doc) if doc.has_annotation("DEP") else None
    token_start_list = [token.start for token in tokens]
    candidates = _all_candidates(article, doc, tokens, sentences, parse, fallback=fallback)
    wholes = partitive_wholes(tokens, candidates)
    figures: list[Figure] = []
    previous_in_sentence: dict[int, Figure] = {}
    for position, candidate in enumerate(candidates):
        is_whole = position in wholes.values()
        sentence_index = max(bisect.bisect_right(sentence_starts, candidate.start) - 1, 0)
        sentence_start, sentence_end = sentences[sentence_index]
        sentence_last = max(bisect.bisect_left(token_start_list, sentence_end) - 1, 0)
        following = wholes.get(position, position) + 1
        while following < len(candidates) and is_multiple(tokens, candidates[following]):
            following += 1  # "one of the victims in a double shooting ... has died"
        next_first = _next_first_token(candidates, following, sentence_end, sentence_last)
        whole = candidates[wholes[position]] if position in wholes else None
        group = _before_a_verb_of_suffering(
            tokens, counted_group(tokens, whole or candidate, sentence_last, parse)
        )
        if group and tokens[group[-1]].lower in {"times", "occasions", "ways"}:
            continue
        bare_participle = _bare_shot_participle(tokens, candidate, group)
        if bare_participle:
            group = []  # "Three shot, one dead": people shot, not three shots
        population, counted = counted_population(article, tokens, group)
        if candidate.named:
            population = "people"
        if candidate.polarity == "denied" and candidate.head_index is not None:
            head = tokens[candidate.head_index]
            population = POPULATIONS.get(head.lower)  # "no officers had been injured"
            counted = article.span(head.start, head.end) if population else None
        window_end = min(next_first, sentence_last + 1)
        category, cue_index = _clause_category(
            tokens, candidate, group, whole, sentence_start, window_end
        )
        if category is None and _included_part(tokens, candidates, following, sentence_end):
            # "a handful of people, including two children, were inside": with no cue of its
            # own before the part, the whole takes the cue after it
            while _included_part(tokens, candidates, following, sentence_end):
                following += 1
            window_end = min(
                _next_first_token(candidates, following, sentence_end, sentence_last),
                sentence_last + 1,
            )
            category, cue_index = _clause_category(
                tokens, candidate, group, whole, sentence_start, window_end
            )
        participle = describing_participle(tokens, candidate, group, cue_index)
        if participle is not None:
            # "Lo Presti, one of 99 members seized", "One of the bosses arrested ... hanged
            # himself": the participle describes the group; the one is a person in it, counted
            # only by a cue of its own ("One of the miners trapped ... died")
            category, cue_index = cue_category(
                tokens, candidate, [participle], sentence_start, window_end, nouns=False
            )
            if category is None:
                continue
        category = _category_from_counted_noun(
            category, tokens, candidate, group, population, cue_index, is_whole=is_whole
        )
        if bare_participle:
            category, cue_index, population = "injured", candidate.last_token + 1, "people"
        if (
            category is not None
            and parse is not None
            and candidate.category is None
            and does_not_undergo(doc, candidate.start, candidate.end, category)
        ):
            category = None  # "Nine officers arrested the driver": the driver was arrested
        previous = previous_in_sentence.get(sentence_index)
        if population is None and previous is not None and not group:
            population = previous.population
            if _part_of_previous(tokens, candidate) and previous.category not in CASUALTIES:
                # "suffered 14 gunshot wounds, including five in the back": five of the wounds,
                # not five dead, whatever the rest of the sentence tells (a part of a casualty
                # count may say its own: "three shot, including one who died")
                category = previous.category
        if (
            category is None
            and population in {"police officers", "soldiers", "firefighters", "rescuers"}
            and (candidate.best or 0) > 10
        ):
            # "raids by 1,200 police": a force counted in tens or more was sent ("two officers
            # opened fire" are people acting, not a deployment)
            category = "deployed"
        if category in {None, "other"} and kit_found(tokens, group, candidate, sentence_start):
            category = "seized"  # "nabbed 26 pirates with six rifles and 12 magazines"
        if category is None:
            if not group or (candidate.best == 1 and candidate.qualifier is None):
                continue
            if tokens[group[-1]].lower in KINSHIP_NOUNS:
                continue  # "leaves a wife and two children": family, not a count of the event
            if tokens[group[-1]].lower in JURY_NOUNS:
                continue  # "Eight of the jurors", "the three holdouts": a trial's jury
            if is_vague(candidate):
                continue  # "several major faults", "a couple of entrances": a word, not a count
            category = "other"
        if category == "other" and parse is not None and not is_whole:
            # no surface cue: the verb that governs the count in the parse ("Twenty-three
            # personnel ... surrendered", "some 420 passengers and crew were evacuated")
            category, cue_index = _category_from_the_parse(
                doc, tokens, token_start_list, candidate, group, population, cue_index
            )
        figure = _figure(
            article,
            tokens,
            candidate,
            figure_id=f"{article.id}-fig{len(figures) + 1}",
            category=category,
            cue_index=cue_index,
            population=population,
            counted=counted,
            sentence=(sentence_start, sentence_end),
            attributions=attributions,
            hedges=hedges,
        )
        figures.append(figure)
        previous_in_sentence[sentence_index] = figure
    return tuple(resolve_restatements(article, share_list_categories(article, figures)))


def _all_candidates(
    article: Article,
    doc: Doc,
    tokens: list[Token],
    sentences: list[tuple[int, int]],
    parse: ParseHeads | None,
    *,
    fallback: bool,
) -> list[Candidate]:
    """Every candidate count in the article, in text order: numbers (coordinated counts
    joined), one person told without a count, named victims, zeros, multiple victims and
    negated subjects; with ``fallback``, victims told only as a pronoun or a death "of"."""
    candidates = join_coordinated_counts(tokens, number_candidates(article, tokens))
    taken = {index for c in candidates for index in range(c.first_token, c.last_token + 1)}
    token_starts = {token.start: index for index, token in enumerate(tokens)}
    sentence_firsts = {token_starts[start] for start, _ in sentences if start in token_starts}
    candidates += singular_candidates(article, tokens, taken, sentence_firsts, parse)
    candidates += named_person_candidates(article, doc, tokens, taken, parse)
    candidates += zero_candidates(article, tokens, sentences)
    candidates += multiple_victim_candidates(article, tokens, taken)
    candidates += negated_subject_candidates(article, tokens, {c.first_token for c in candidates})
    if fallback:
        candidates += unnamed_victim_candidates(
            article, tokens, {i for c in candidates for i in range(c.first_token, c.last_token + 1)}
        )
    candidates.sort(key=lambda c: (c.start, c.end))
    return candidates


def _clause_category(
    tokens: list[Token],
    candidate: Candidate,
    group: list[int],
    whole: Candidate | None,
    sentence_start: int,
    window_end: int,
) -> tuple[str | None, int | None]:
    """The category the number's clause gives it, and the index of the cue that gave it."""
    category, cue_index = cue_category(tokens, candidate, group, sentence_start, window_end)
    # "30 of the 80 wounded remained in hospital", "one of the wounded employees is in the
    # hospital": what the clause says of the part comes before what the whole's noun says
    if whole is not None or (
        candidate.last_token + 1 < len(tokens)
        and tokens[candidate.last_token + 1].lower == "of"
        and category is not None
        and cue_index is None
    ):
        part_category, part_cue = cue_category(
            tokens, candidate, group, sentence_start, window_end, nouns=False
        )
        if part_category is not None and part_cue is not None:
            category, cue_index = part_category, part_cue
    category = candidate.category or category
    return category, cue_index


def _category_from_counted_noun(
    category: str | None,
    tokens: list[Token],
    candidate: Candidate,
    group: list[int],
    population: str | None,
    cue_index: int | None,
    *,
    is_whole: bool,
) -> str | None:
    """The category corrected by what is counted: how big a place is, the whole of a part,
    things that are seized rather than arrested, people who are arrested rather than seized,
    a crowd rather than a force deployed."""
    if size_of_a_place(tokens, candidate, group):
        category = "population"  # "a city of 500,000 people": how big the place is
    if is_whole:
        # "two of the three victims died": the verb is about the part; the whole keeps only
        # what its own words say ("the 80 wounded", "99 members arrested")
        category = whole_category(tokens, group)
    if category in CASUALTIES and group and tokens[group[-1]].lower in THING_NOUNS:
        category = "seized" if category == "arrested" else "other"
    if category == "seized" and population in HUMAN_POPULATIONS:
        category = "arrested"  # "seized 26 pirates": people are arrested, not seized
    if (
        category == "deployed"
        and population not in _DEPLOYED_POPULATIONS
        and not (group and tokens[group[-1]].lower in _DEPLOYED_THINGS)
    ):
        # "200 communists stormed the Acropolis", "500 workers took part": a crowd, the
        # people present, not a deployment (things "deployed" are other)
        category = "population" if is_people(tokens, group, population) else "other"
    if (
        category == "deployed"
        and population in {None, "people"}
        and cue_index is not None
        and tokens[cue_index].lower in _FORCE_ONLY_CUES
    ):
        category = None  # "five people rushed to the exit": no force was sent
    if category in {None, "other"} and population in PARTICIPANT_POPULATIONS:
        category = "population"  # "288 candidates are running": the people taking part
    return category


def _category_from_the_parse(
    doc: Doc,
    tokens: list[Token],
    token_starts: list[int],
    candidate: Candidate,
    group: list[int],
    population: str | None,
    cue_index: int | None,
) -> tuple[str, int | None]:
    """The category the governing verb's lemma gives a count no surface cue placed, corrected
    by what is counted as every cue is (people seized are arrested, things are never killed, a
    crowd is not deployed, things are no population); ``other`` when it gives none."""
    parsed = governing_verb_category(doc, candidate.start, candidate.end)
    if parsed is None:
        return "other", cue_index
    verb_index = max(bisect.bisect_right(token_starts, parsed.start) - 1, 0)
    category = _category_from_counted_noun(
        parsed.category, tokens, candidate, group, population, verb_index, is_whole=False
    )
    if parsed.things_only and _known_people(tokens, group, population):
        return "other", cue_index  # "Police found the car. There were three men inside"
    if category == "population" and not is_people(tokens, group, population):
        return "other", cue_index  # "the rally drew 300 vehicles": no people counted
    if category is None:
        return "other", cue_index
    return category, verb_index


def _known_people(tokens: list[Token], group: list[int], population: str | None) -> bool:
    """Whether a counted group is known to be people: a human population, or a noun for a
    person ("three men", "two cousins"); an unknown plural ("three motors") is not."""
    if population in HUMAN_POPULATIONS:
        return True
    if not group:
        return False
    head = tokens[group[-1]].lower
    return head in PERSON_NOUNS or head.removesuffix("s") in PERSON_NOUNS


def _figure(
    article: Article,
    tokens: list[Token],
    candidate: Candidate,
    *,
    figure_id: str,
    category: str,
    cue_index: int | None,
    population: str | None,
    counted: Span | None,
    sentence: tuple[int, int],
    attributions: tuple[Attribution, ...],
    hedges: tuple[Hedge, ...],
) -> Figure:
    """The figure of a candidate: its claimer from the attribution holding it, denied in a
    denial, hedged by a hedge or an adverb near it."""
    sentence_start, sentence_end = sentence
    attribution = (
        attribution_holding(attributions, article.id, candidate.start)
        or open_quote_holding(attributions, article, candidate.start)
        or quote_after_speaker(attributions, article, candidate.start)
    )
    polarity: Polarity = candidate.polarity
    if attribution is not None and attribution.kind == "denial":
        polarity = "denied"
    hedged = (
        (candidate.qualifier or "").startswith("alleged")
        or any(hedge_covers(hedge, article, tokens, candidate, cue_index) for hedge in hedges)
        or hedge_adverb_near(tokens, candidate, cue_index)
    )
    qualifier = candidate.qualifier or adjacent_hedge_adverb(tokens, candidate)
    return Figure(
        id=figure_id,
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


def _next_first_token(
    candidates: list[Candidate], following: int, sentence_end: int, sentence_last: int
) -> int:
    """The first token of the next count in the sentence, or the token after the sentence."""
    if following < len(candidates) and candidates[following].start < sentence_end:
        return candidates[following].first_token
    return sentence_last + 1


def _included_part(
    tokens: list[Token], candidates: list[Candidate], following: int, sentence_end: int
) -> bool:
    """Whether the next count in the sentence is set off as a part of the one before it ("a
    handful of people, including two children, were inside")."""
    if following >= len(candidates) or candidates[following].start >= sentence_end:
        return False
    first = candidates[following].first_token
    return first > 0 and tokens[first - 1].lower == "including"
