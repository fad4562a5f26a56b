"""News-text adjustments to spaCy's English tokenizer, applied before training.

Registered as the ``corroborate.news_tokenizer.v1`` callback (``[initialize.before_init]`` in
``training/config.cfg``). The adjusted rules are saved with the pipeline, so loading the shipped
model needs nothing but spaCy.

- ``#hashtag`` and ``@handle`` stay one token (``#`` and ``@`` are no longer split off as prefixes);
- ``said:"ok"``: a colon glued to a following quote is split off;
- abbreviations common in news datelines and titles keep their period (``Gen.``, ``Sen.``,
  ``Lt.``, ...), in addition to spaCy's own list (``Mr.``, ``Dr.``, ``U.S.``, ``U.N.``, ...);
- curly quotes, ``30km`` (number + unit) and ``pic.twitter.com/...`` links are already handled by
  spaCy's defaults and are covered by ``tests/nlp``.
"""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex

NEWS_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "Gen.",
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Sgt.",
    "Cpl.",
    "Adm.",
    "Cmdr.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Pres.",
    "Amb.",
    "Supt.",
    "Insp.",
    "Det.",
    "Rev.",
    "Hon.",
    "St.",
    "Mt.",
    "Ft.",
    "Jr.",
    "Sr.",
    "No.",
    "Nos.",
    "Vol.",
    "Art.",
    "Sec.",
    "Dept.",
    "Corp.",
    "Inc.",
    "Ltd.",
    "Co.",
    "Bros.",
    "approx.",
    "est.",
    "vs.",
    "U.S.",
    "U.N.",
    "U.K.",
    "E.U.",
    "U.S.A.",
    "D.C.",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
)
UNSPLIT_PREFIXES = ("#", "@")
QUOTE_AFTER_COLON_INFIXES = (r"(?<=[A-Za-z]):(?=[\"“‘'])", r"(?<=:)[\"“‘'](?=\w)")


def adjust_news_tokenizer(nlp: Language) -> Language:
    """Apply the news adjustments to ``nlp.tokenizer`` in place and return ``nlp``."""
    tokenizer = nlp.tokenizer
    prefixes = [p for p in nlp.Defaults.prefixes if p not in UNSPLIT_PREFIXES]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    infixes = [*nlp.Defaults.infixes, *QUOTE_AFTER_COLON_INFIXES]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for abbreviation in NEWS_ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp


@spacy.registry.callbacks("corroborate.news_tokenizer.v1")
def make_news_tokenizer_callback() -> Callable[[Language], Language]:
    """The ``before_init`` callback for spaCy's training config."""
    return adjust_news_tokenizer
