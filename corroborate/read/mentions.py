"""Names of people, organisations, groups and places in one article.

Reads: the article and its parsed Doc (the named entities, when the trained pipeline has an
entity recogniser). Adds: Mention spans, with titles and possessives stripped.

Two sources, combined:

* **Rules** that work without a trained model: runs of capitalised words ("National Council of
  Resistance of Iran", "Mujahedeen-e-Khalq", "Ashraf-3"), acronyms ("NCRI", "U.S."), names joined
  by "of" (and by "and"/"for" inside organisation names: "Special Court Against Crime and
  Corruption"). A possessive ends a name ("Albania's capital" -> "Albania"), except after a
  generic plural ("People's Mojahedin"). Titles become the role ("Albanian Interior Minister Bledi
  Cuci" -> "Bledi Cuci", role "Interior Minister"; "Mr Rrumbullaku" -> "Rrumbullaku").
  Hashtags, handles and URLs are left out, and so are lines written in capitals (promos), days
  and months, and a capitalised word that only starts a sentence ("The", "But", "Scenes") unless
  the model tags it a name or the article writes it capitalised elsewhere.
* **The model's named entities**, when the pipeline has an entity recogniser: they give the
  label of a rule mention (by character overlap) and add names the rules missed. Words that make
  a label certain overrule the model: a title (PERSON), an organisation word ending the name or
  before "of" (ORG: "Ministry of Interior"), a country name (GPE), a name given an acronym in
  brackets (ORG: "Mujahedeen-e-Khalq (MEK)").

Sentences are cut by punctuation and line breaks here, not by the parser, so that a parser's
boundary inside a name never cuts it and the rules behave the same with or without a model.

Only readable blocks are read (``Article.is_readable``).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from corroborate.read.mention_acronyms import acronyms_labelled_as_their_names, defines_acronym
from corroborate.read.mention_labels import (
    age_follows,
    certain_label,
    guess_label,
    label_from_entities,
    model_entities,
    personal_shape,
    place_context,
    surnames_after_full_names,
    tagged_proper,
)
from corroborate.read.mention_words import (
    ENTITY_LABELS,
    NAME_HEAD_NOUNS,
    NOT_NAMES,
    ORG_WORDS,
    PLACE_WORDS,
    TRAILING_ROLES,
)
from corroborate.read.name_roles import split_run
from corroborate.read.name_runs import (
    URL_PATTERN,
    Word,
    capitalised_runs,
    punctuation_sentences,
    shouting,
)
from corroborate.reconcile.names import (
    HONORIFICS,
    ROLE_MODIFIERS,
    TITLES,
    alias_key,
    fold,
    is_acronym,
    split_title,
)
from corroborate.record import Article, Mention

__all__ = ["read_mentions"]


def read_mentions(article: Article, doc: Doc) -> tuple[Mention, ...]:
    """Every name mention in the readable blocks of the article, in text order."""
    entities = model_entities(doc)
    runs = [
        run
        for sentence in punctuation_sentences(article)
        for run in capitalised_runs(article, sentence)
    ]
    runs = [part for run in runs for part in split_run(run, entities)]
    capitalised_inside = Counter(
        word.text for run in runs for word in run if not word.sentence_start
    )
    heading_inside = Counter(run[0].text for run in runs if not run[0].sentence_start)
    mentions: list[Mention] = []
    for run in runs:
        mention = _mention_from_run(article, doc, run, entities, capitalised_inside, heading_inside)
        if mention is not None:
            mentions.append(mention)
    taken = [(m.span.start, m.span.end) for m in mentions]
    taken += [span for span in punctuation_sentences(article) if shouting(article, span)]
    for start, end, label in entities:
        if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
            continue
        mention = _mention_from_entity(article, start, end, label)
        if mention is not None:
            mentions.append(mention)
    unique = {(m.span.start, m.span.end): m for m in mentions}
    ordered = sorted(unique.values(), key=lambda m: (m.span.start, m.span.end))
    ordered = acronyms_labelled_as_their_names(article, ordered)
    return tuple(surnames_after_full_names(ordered))


def _mention_from_run(
    article: Article,
    doc: Doc,
    run: list[Word],
    entities: list[tuple[int, int, str]],
    capitalised_inside: Counter[str],
    heading_inside: Counter[str],
) -> Mention | None:
    first = run[0]
    if (
        (len(run) >= 3 or (len(run) == 2 and capitalised_inside[run[1].text] > 0))
        and first.sentence_start
        and first.key not in TITLES | HONORIFICS | ORG_WORDS | PLACE_WORDS
        and capitalised_inside[first.text] == 0
        and not tagged_proper(doc, first.start, first.end, absent=True)
        and not any(s == first.start and e == run[-1].end for s, e, _ in entities)
    ):
        # "Englishman Robert Buckley said", "Later Kestrel said": not the name (unless the
        # model reads the whole run as one name: "Epaminondas Korkoneas, 37, was charged")
        run = run[1:]
    start_index, role, titled = split_title([w.text for w in run])
    name_words = run[start_index:]
    start, end = name_words[0].start, name_words[-1].end
    label = label_from_entities(start, end, entities)
    if label == "":
        return None  # the model calls it a date, a number or an amount
    if (
        len(name_words) == 1
        and name_words[0].sentence_start
        and not titled
        and not is_acronym(name_words[0].text)
        and (label in (None, "OTHER") or not tagged_proper(doc, start, end))
        and capitalised_inside[name_words[0].text] == 0
    ):
        return None  # "Scenes from ...", "Agencies contributed ...": a capitalised common word
    if (
        len(name_words) == 1
        and name_words[0].sentence_start
        and not titled
        and name_words[0].key in ORG_WORDS | PLACE_WORDS | NAME_HEAD_NOUNS
        and heading_inside[name_words[0].text] == 0
        and (label in (None, "OTHER") or not tagged_proper(doc, start, end))
    ):
        return None  # "Hospital treats 17": capitalised elsewhere only ending a name

    if len(name_words) == 1 and name_words[0].key in HONORIFICS:
        return None
    words = [w.text for w in name_words]
    certain = certain_label(words, titled=titled, model_label=label)
    if certain is None and personal_shape(words) and age_follows(article.text, end):
        certain = "PERSON"  # "Dario Kestrel, 37, was charged": only a person has an age
    label = certain or label
    if article.outlet and alias_key(" ".join(words)) == alias_key(article.outlet):
        label = "ORG"  # the article's own outlet, named in its text
    if (
        label in ("PERSON", "ORG", "OTHER", None)
        and not titled
        and place_context(article.text, start, end)
    ):
        label = "GPE"  # "the town of Dargahan", "near Manze", "the Dargehan area"
    inner_possessive = any(w.possessive for w in name_words[:-1])  # "People's Mojahedin"
    if defines_acronym(article.text, end) and (inner_possessive or not personal_shape(words)):
        label = "ORG"  # "Mujahedeen-e-Khalq (MEK)": a name given an acronym is a body
    if label is None:
        label = guess_label(words, titled=titled)
    if article.outlet and start_index == 0 and _outlet_run(article, run):
        start = run[0].start - 4
    span = article.span(start, end)
    name = re.sub(r"\s+", " ", span.text)
    return Mention(span=span, label=label, name=name, role=role)


def _outlet_run(article: Article, run: list[Word]) -> bool:
    """Whether "The" before the run belongs to the outlet's name ("The National")."""
    outlet = article.outlet or ""
    if not outlet.casefold().startswith("the "):
        return False
    before = article.text[max(0, run[0].start - 4) : run[0].start]
    written = before + article.text[run[0].start : run[-1].end]
    return before.casefold() == "the " and fold(written) == fold(outlet)


def _mention_from_entity(article: Article, start: int, end: int, label: str) -> Mention | None:
    """A mention from a model entity the rules did not find, cleaned like a rule mention."""
    record_label = ENTITY_LABELS.get(label)
    if record_label is None or not article.is_readable(start):
        return None
    if start > 0 and article.text[start - 1] in "#@":
        return None
    text = article.text[start:end]
    if URL_PATTERN.search(text):
        return None
    lead = re.match(r"(?:the|of|and|for|in|on|at|by)\s+", text, re.IGNORECASE)
    if lead:
        start += lead.end()
    tail = re.search(r"\s*['’]s?$", article.text[start:end])
    if tail:
        end = start + tail.start()
    words = article.text[start:end].split()
    if not words or not words[0][:1].isupper():
        return None
    keys = [word.casefold().rstrip(".,") for word in words]
    if all(
        key in TITLES or key in ROLE_MODIFIERS or key in HONORIFICS or key == "of" for key in keys
    ):
        return None  # "Prime Minister", "Secretary", "Mr": a role, no name
    while len(keys) > 1 and keys[-1] in TRAILING_ROLES:
        keys.pop()
        words.pop()
        end = start + len(article.text[start:end].rstrip().rsplit(None, 1)[0])
    name_start, role, _titled = split_title(words)
    if name_start:
        prefix = re.match(rf"(?:\S+\s+){{{name_start}}}", article.text[start:end])
        if prefix:
            start += prefix.end()
    if end <= start or fold(article.text[start:end]) in NOT_NAMES:
        return None
    span = article.span(start, end)
    return Mention(span=span, label=record_label, name=re.sub(r"\s+", " ", span.text), role=role)
