"""Sentences, hedges and claimers of the figures in an article.

The sentence a figure stands in (sentences cut inside a line mended), whether a hedge or a
hedging adverb covers it, and the innermost attribution whose content holds it; else the
direct attribution whose quotation is still open at it, or the speaker of the sentence right
before a quotation with no cue of its own that holds it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from corroborate.read.categories import HEDGE_ADVERBS
from corroborate.read.figure_candidates import Candidate
from corroborate.read.numbers import Token, is_number_word
from corroborate.record import Article, Attribution, Hedge

_LOCAL_HEDGE_KINDS = frozenset({"allegedly", "reportedly", "apparently", "claimed"})
"""Hedges written as one word ("allegedly linked", "claimed"): they hedge a figure only when the
word sits next to it (just before it, or between it and the cue that gives its category), not
every figure in their sentence."""


def hedge_covers(
    hedge: Hedge,
    article: Article,
    tokens: list[Token],
    candidate: Candidate,
    cue_index: int | None,
) -> bool:
    """Whether a hedge of the article covers the candidate: a hedge read as local (an adverb)
    only near the number and its cue, any other hedge anywhere in its scope."""
    if hedge.article_id != article.id:
        return False
    if hedge.kind not in _LOCAL_HEDGE_KINDS:
        return hedge.scope.start <= candidate.start < hedge.scope.end
    local_start = tokens[max(candidate.first_token - 3, 0)].start
    local_end = tokens[cue_index].end if cue_index is not None else candidate.end
    return local_start <= hedge.cue.start < local_end


def adjacent_hedge_adverb(tokens: list[Token], candidate: Candidate) -> str | None:
    """ "allegedly" in "one allegedly killed": the qualifier of a figure that has no other."""
    following = candidate.last_token + 1
    if following < len(tokens) and tokens[following].lower in HEDGE_ADVERBS:
        return tokens[following].lower
    return None


def hedge_adverb_near(tokens: list[Token], candidate: Candidate, cue_index: int | None) -> bool:
    """A hedging adverb just before the number or between it and the cue that gave its category
    ("were reportedly injured", "one allegedly killed")."""
    start = max(candidate.first_token - 2, 0)
    end = cue_index if cue_index is not None else candidate.first_token
    return any(tokens[index].lower in HEDGE_ADVERBS for index in range(start, end))


def sentence_offsets(doc: Doc, text: str) -> list[tuple[int, int]]:
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


def _first_word(text: str, start: int) -> str:
    match = re.match(r"[A-Za-z]+", text[start : start + 20])
    return match.group() if match else ""


def _mend_sentences(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join a sentence cut inside a line: one that ends without punctuation, followed on the
    same line by one that starts with a digit or a lower-case word ("kills 1, injures | 2", "Gunman Kills | Two In Plant Shooting"), or
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
                    or is_number_word(_first_word(text, start).lower())
                    or len(text[previous_start:previous_end].split()) <= 3
                )
            ):
                mended[-1] = (previous_start, end)
                continue
        mended.append((start, end))
    return mended


def attribution_holding(
    attributions: tuple[Attribution, ...], article_id: str, offset: int
) -> Attribution | None:
    """The attribution of the article whose content holds ``offset``, the narrowest if several."""
    holding = [
        attribution
        for attribution in attributions
        if attribution.article_id == article_id
        and attribution.content.start <= offset < attribution.content.end
        and not _names_the_accused(attribution)
        and not _claims_a_life(attribution)
    ]
    if not holding:
        return None
    return min(holding, key=lambda a: a.content.end - a.content.start)


_A_LIFE = re.compile(r"the\s+(?:life|lives)\s+of\b", re.IGNORECASE)


def _claims_a_life(attribution: Attribution) -> bool:
    """ "The shooting claimed the life of a 19-year-old man", "claimed the lives of 40": a
    death, not a claim (the shooting claims nothing)."""
    cue = attribution.cue
    return (
        cue is not None
        and cue.text.lower() in {"claimed", "claims", "claiming", "claim"}
        and _A_LIFE.match(attribution.content.text) is not None
    )


_ACCUSATION_CUES = frozenset({"accused", "charged", "suspected", "convicted", "indicted"})


def _names_the_accused(attribution: Attribution) -> bool:
    """ "the trial of two men accused in killing Ana Brel and wounding two others": the phrase
    before "accused of / in" names the accused, not someone who claims the counts; what follows
    is the charge (a gerund right after "of", "in" or "with", "of" itself read as the start of
    the content, or "in the deaths of", "in the slayings of"). "The group accused the police of
    killing 40" has its claimer."""
    cue = attribution.cue
    if cue is None or cue.text.lower() not in _ACCUSATION_CUES:
        return False
    words = [word.lower().strip(",.") for word in attribution.content.text.split(maxsplit=2)[:2]]
    first_word, second_word = [*words, "", ""][:2]
    if first_word in _CHARGE_PREPOSITIONS and attribution.content.start - cue.end <= 1:
        return True  # "a man accused | of murdering two women": the charge
    charge = first_word.endswith("ing") or (
        first_word in {"the", "a", "an"} and second_word in _KILLING_NOUNS
    )  # "accused in | the deaths of two women"
    return 2 <= attribution.content.start - cue.end <= 6 and charge


_CHARGE_PREPOSITIONS = frozenset({"of", "in", "with"})


_KILLING_NOUNS = frozenset(
    {
        "death", "deaths", "killing", "killings", "slaying", "slayings", "murder", "murders",
        "shooting", "shootings", "stabbing", "stabbings", "homicide", "homicides", "attack",
        "attacks",
    }
)  # fmt: skip
"""Nouns of a charge after "accused in the" ("accused in the deaths of two women")."""


_OPENING_QUOTES = frozenset({'"', "“"})
_ANY_QUOTE = re.compile(r"[\"“”]")
_MOST_AFTER_A_QUOTE = 300
"""How far after a quoted content an unclosed quotation is still read as going on."""


def open_quote_holding(
    attributions: tuple[Attribution, ...], article: Article, offset: int
) -> Attribution | None:
    """The direct attribution whose quotation is still open at ``offset``: its content opens a
    quotation mark that nothing closes before the figure (a quote running on to a line of its
    own: 'A spokeswoman said: "The store is destroyed.' then 'No-one has been injured.')."""
    before = [
        attribution
        for attribution in attributions
        if attribution.article_id == article.id
        and attribution.kind == "direct"
        and attribution.content.end <= offset
        and offset - attribution.content.end <= _MOST_AFTER_A_QUOTE
    ]
    if not before:
        return None
    last = max(before, key=lambda a: a.content.end)
    marks = list(_ANY_QUOTE.finditer(article.text, last.content.start, last.content.end))
    if not marks or marks[-1].group() not in _OPENING_QUOTES:
        return None
    mark = marks[-1].start()
    text = article.text
    opens = (mark == 0 or text[mark - 1].isspace() or text[mark - 1] in "([") and (
        mark + 1 < len(text) and not text[mark + 1].isspace()
    )
    if not opens:
        return None  # a straight quote mark that ends a quotation ('... it," he said')
    if _ANY_QUOTE.search(article.text, last.content.end, offset):
        return None  # the quotation closed (or another opened) before the figure
    return last


_SPEAKER_KINDS = frozenset({"direct", "indirect", "mixed"})
"""Attributions whose source speaks, and so may go on speaking in a quotation after them."""
_MOST_INTO_A_QUOTE = 600
"""How far into a quotation a figure may stand and still be read as the speaker's."""
_SENTENCE_END = re.compile(r"[.!?][\"”'’]?\Z")


def quote_after_speaker(
    attributions: tuple[Attribution, ...], article: Article, offset: int
) -> Attribution | None:
    """The attribution of the sentence right before a quotation that holds ``offset`` and has
    no cue of its own: the speaker named in that sentence goes on speaking ('The fire chief,
    Ana Vell, said the blaze began in a kitchen. "It spread fast. Three people were hurt."':
    Ana Vell's three). The quotation opens a sentence, in the same paragraph as the figure,
    and is still open at the figure; the sentence before holds a direct, indirect or mixed
    attribution whose claimer is a party (not the outlet), the last of them if several."""
    text = article.text
    marks = list(_ANY_QUOTE.finditer(text, max(offset - _MOST_INTO_A_QUOTE, 0), offset))
    if not marks or marks[-1].group() not in _OPENING_QUOTES:
        return None
    mark = marks[-1].start()
    if not (mark + 1 < len(text) and not text[mark + 1].isspace()) or "\n" in text[mark:offset]:
        return None
    mark = _first_paragraph_of_the_quote(text, mark)
    before = text[:mark].rstrip()
    if not before or not _SENTENCE_END.search(before) or not text[mark - 1].isspace():
        return None  # the quotation opens no sentence: 'Police said that "five were hurt"'
    previous_start = max(
        before[:-2].rfind("\n"), *(before[:-2].rfind(end) for end in (". ", "! ", "? "))
    )
    previous_start = previous_start + 1 if previous_start >= 0 else 0
    speakers = [
        attribution
        for attribution in attributions
        if attribution.article_id == article.id
        and attribution.kind in _SPEAKER_KINDS
        and attribution.cue is not None
        and previous_start <= attribution.cue.start
        and attribution.cue.end <= mark
        and attribution.claimer is not None
        and attribution.claimer.kind != "outlet"
    ]
    if not speakers:
        return None
    return max(speakers, key=lambda attribution: attribution.cue.start if attribution.cue else 0)


_MOST_QUOTED_PARAGRAPHS = 3


def _first_paragraph_of_the_quote(text: str, mark: int) -> int:
    """The opening mark of a quotation that runs over several paragraphs, each opening with a
    quotation mark and only the last closing ('"It was terrible.' / '"Three people were
    hurt."'): from the mark opening the paragraph at ``mark``, back over the paragraphs before
    it that open a quotation and close none."""
    for _ in range(_MOST_QUOTED_PARAGRAPHS):
        if mark == 0 or text[mark - 1] != "\n":
            return mark
        line_start = text.rfind("\n", 0, mark - 1) + 1
        line = text[line_start : mark - 1]
        marks = list(_ANY_QUOTE.finditer(line))
        if (
            len(marks) != 1
            or marks[0].group() not in _OPENING_QUOTES
            or line[: marks[0].start()].strip()
        ):
            return mark
        mark = line_start + marks[0].start()
    return mark
