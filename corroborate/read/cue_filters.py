"""Whether a word from the cue lexicon reports speech where it stands ("they say", not "the
state"; "described as", not "described the route" unless PolNeAR would annotate it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.read.cues import (
    BASE_FORMS,
    NOUN_LIKE_FORMS,
    ReportingVerb,
)
from corroborate.read.doc_offsets import text_of
from corroborate.read.function_words import DETERMINERS, STOP_WORDS
from corroborate.read.quotes import CLOSING_QUOTE_TOKENS, QUOTE_TOKENS
from corroborate.read.sentences import sentence_of

_EVIDENCE_NOUNS = frozenset(
    {
        "poll",
        "polls",
        "survey",
        "surveys",
        "study",
        "studies",
        "report",
        "reports",
        "data",
        "analysis",
        "figures",
        "records",
        "research",
        "results",
        "investigation",
        "review",
        "audit",
    }
)

# Rule: "shows", "found", "find" and "show", usually nouns or not reports, are cues when their
# subject is a piece of evidence ("Polls show that ...", "The audit found that ...", "A survey by
# the institute found 40 percent ...": the poll is the source).

EVIDENCE_SUBJECT_NOUNS = _EVIDENCE_NOUNS | frozenset(
    {
        "analyses",
        "audits",
        "investigations",
        "reviews",
        "documents",
        "estimates",
        "statistics",
        "findings",
        "evidence",
        "tests",
        "inquiry",
        "probe",
        "census",
        "assessment",
        "record",
        "document",
        "figure",
        # round 10 (train: what "shows" had as subject where PolNeAR marks a cue)
        "polling",
        "video",
        "videos",
        "footage",
        "photo",
        "photos",
        "filing",
        "filings",
        "email",
        "emails",
        "tally",
        "tallies",
        "numbers",
        "returns",
        "result",
    }
)
"""Nouns for a piece of evidence that can be the source of "shows" or "found"."""

_SKIPPED_BEFORE_VERB = frozenset({"also", "now", "still", "has", "have", "had", "all", "both"})


def evidence_subject(doc: Doc, token: Token) -> bool:
    """Whether the verb's subject is an evidence noun: in the parse, or the word right before it
    ("the report found", "polls have shown")."""
    if doc.has_annotation("DEP") and any(
        child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in EVIDENCE_SUBJECT_NOUNS
        for child in token.children
    ):
        return True
    index = token.i - 1
    while index >= 0 and doc[index].lower_ in _SKIPPED_BEFORE_VERB:
        index -= 1
    return index >= 0 and doc[index].lower_ in EVIDENCE_SUBJECT_NOUNS


def headline_verb(doc: Doc, token: Token) -> bool:
    """A title-case cue in a headline ("Clinton Says Russians Hacked DNC")."""
    if (
        token.text != token.text.capitalize()
        or token.i == 0
        or not doc[token.i - 1].text[:1].isupper()
    ):
        return False
    text = text_of(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


# Rule: a bare form ("say") with a subject in the parse is a cue whatever word precedes it ("Fields,
# along with a colleague, say ...").

# Rule: "described" with a plain object ("described the meeting", "described how ...") is a cue
# (PolNeAR annotates it).

_DESCRIBED_OBJECTS = frozenset(
    {"the", "his", "her", "their", "its", "how", "what", "a", "an", "this", "that", "our", "my"}
)


_NOUN_FIRST_BASE_FORMS = frozenset({"state"})
"""Bare forms that are mostly nouns or adjectives in news ("Oklahoma state senator"): cues only
before a clause, a determiner or a quotation ("they state that ...")."""


def _has_parsed_subject(token: Token) -> bool:
    return token.doc.has_annotation("DEP") and any(
        child.dep_ == "nsubj" and child.i < token.i for child in token.children
    )


# Rule: "estimated at" right after a noun ("damage estimated at 54 million dollars", "a crowd
# estimated at 5,000") is a measure, not a cue whose source is that noun.


def _estimated_at(token: Token, previous: str, following: list[str]) -> bool:
    if token.lower_ != "estimated" or following[:1] != ["at"]:
        return False
    if following[1:2] and following[1] in {"least", "most"}:
        return False  # "Officials estimated at least 40 dead"
    if previous in {"he", "she", "they", "we", "i", "it", "who", "you"} or previous.endswith("ly"):
        return False
    if token.dep_:
        return token.dep_ == "acl"  # a reduced relative; not "a crowd that the campaign estimated"
    return not token.tag_ or token.tag_ == "VBN"


# Rule (round 8): "the woman accused of killing ..." (a past participle the parse hangs on the noun
# before it) names the accused, not an accuser: no cue.


def _accused_noun(token: Token) -> bool:
    return (
        token.lower_ == "accused"
        and token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ == "of"
    )


# Rule: a quantifier standing alone as the subject ("Some said", "Another says", "One in three
# said", "Many say") is no determiner of a noun: the verb after it is a cue when the tagger reads it
# as a finite verb.

_PRONOUN_QUANTIFIERS = frozenset(
    {"some", "many", "several", "both", "most", "another", "one", "all", "each", "two", "three"}
)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _quantifier_subject(doc: Doc, token: Token, previous: str) -> bool:
    """Whether the word before the verb is a quantifier used as its subject ("Several said")."""
    if previous not in _PRONOUN_QUANTIFIERS:
        return False
    if previous == "all" and token.lower_ == "told":
        return False  # "All told, ...": an idiom
    if token.tag_:
        return token.tag_ in _FINITE_TAGS or (
            # "Okonjo and Adeyemi have both argued": a perfect after the quantifier
            token.tag_ == "VBN" and token.i >= 2 and doc[token.i - 2].lower_ in _PERFECT_AUXILIARIES
        )
    return token.lower_ in {"said", "says"} and bool(doc[token.i - 1].is_sent_start)


_PERFECT_AUXILIARIES = frozenset({"have", "has", "had", "'ve", "’ve"})


def plausible_cue(doc: Doc, token: Token, verb: ReportingVerb) -> bool:
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    following = [t.lower_ for t in doc[token.i + 1 : token.i + 4]]
    if (previous in DETERMINERS or previous in {"'s", "’s"}) and not _quantifier_subject(
        doc, token, previous
    ):
        return False
    if following[:1] and following[0] in {"to"} and verb.lemma in {"add", "call", "put", "report"}:
        return False
    if (
        token.lower_ in BASE_FORMS
        and token.lower_ != "put"
        and not _subject_or_modal_before(doc[token.i - 1].text if token.i > 0 else "")
        and not _has_parsed_subject(token)
        and not went_on_to(doc, token)
    ):
        return False
    evidence = verb.lemma in {"find", "show"} and evidence_subject(doc, token)
    if token.lower_ in NOUN_LIKE_FORMS and not (
        _name_or_pronoun_before(doc, token) or evidence or _verb_before_clause(doc, token)
    ):
        return False
    if (
        token.lower_ in _NOUN_FIRST_BASE_FORMS
        and following[:1]
        and following[0] not in DETERMINERS | {"that", ":", ",", "“", '"', "it", "the"}
    ):
        return False
    if _estimated_at(token, previous, following):
        return False
    if _accused_noun(token):
        return False
    if verb.lemma in {"find", "show"} and not (
        following[:1] == ["that"] or previous in _EVIDENCE_NOUNS or evidence
    ):
        return False
    if verb.lemma == "continue" and _after_quotation(doc, token):
        return True
    if verb.lemma == "continue" and following[:1] and following[0] not in {",", ":", "“", '"'}:
        return False
    if token.lower_ in {"admitted", "admitting"} and not _admits_something(doc, token, following):
        return False
    if verb.lemma == "point":
        return following[:1] == ["out"]
    if verb.lemma == "refer":
        return token.lower_ == "referring" and following[:1] == ["to"]
    if verb.frame == "put_number":
        return following[:2] in (
            ["the", "number"],
            ["the", "toll"],
            ["the", "figure"],
            ["the", "death"],
            ["the", "total"],
        )
    if verb.lemma == "call":
        window = doc[token.i + 1 : token.i + 10]
        return (
            (following[:1] in (["on"], ["for"]))
            or any(t.text in QUOTE_TOKENS for t in window)
            or _calls_someone_something(following)
        )
    if verb.lemma == "describe":
        window = doc[token.i + 1 : token.i + 8]
        return (
            any(t.lower_ == "as" for t in window)
            or any(t.text in QUOTE_TOKENS for t in window)
            or (bool(following) and following[0] in _DESCRIBED_OBJECTS)
        )
    if (
        verb.lemma
        in {
            "criticise",
            "criticize",
            "condemn",
            "praise",
            "continue",
            "respond",
            "reply",
            "ask",
            "report",
            "warn",
            "hold",
        }
        and sentence_of(token).end - token.i <= 2
        and not _after_reported_clause(doc, token)
    ):
        return False
    return not (token.lower_ == "reported" and previous in {"first", "was", "were", "been"})


# Rule: "called him divisive", "called themselves conservative": a pronoun object and then what it
# is called make "call" a cue; "called him on Tuesday", "called her back" are telephone calls.

_CALLED_OBJECTS = frozenset({"him", "her", "them", "himself", "herself", "themselves", "itself"})
_NOT_A_NAMING = frozenset(
    {"on", "at", "to", "back", "up", "and", "out", "in", "from", "over", "after", "before", "with"}
    | {"last", "this", "yesterday", "today", "again", "about", "or", "but", "when", "while"}
)


def _calls_someone_something(following: list[str]) -> bool:
    return (
        len(following) >= 2
        and following[0] in _CALLED_OBJECTS
        and following[1] not in _NOT_A_NAMING
        and following[1].isalpha()
    )


MODALS = frozenset(
    {
        "i",
        "we",
        "they",
        "you",
        "will",
        "would",
        "could",
        "can",
        "should",
        "might",
        "may",
        "did",
        "does",
        "do",
        "n't",
        "not",
        "must",
        "also",
        "often",
        "still",
        "never",
        "repeatedly",
    }
)


def _name_or_pronoun_before(doc: Doc, token: Token) -> bool:
    """Whether a noun-like verb form ("states", "shows") follows a name, a pronoun or "also"."""
    index = token.i - 1
    while index >= 0 and doc[index].lower_ in {"also", "now", "still", "has", "have", "had"}:
        index -= 1
    if index < 0:
        return False
    previous = doc[index]
    if previous.lower_ in {
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "who",
        "which",
        "poll",
        "survey",
        "study",
    }:
        return True
    return (
        previous.text[:1].isupper()
        and previous.lower_ not in STOP_WORDS
        and not previous.is_sent_start
    )


# Rule (round 8): "claims" and "states" after a lower-case subject ("the union claims", "the
# agreement states") are cues when the tagger reads them as verbs and a "that" clause or "to" and a
# verb follow ("the union claims that ...", "the group claims to have ..."); "in five states that
# voted" stays a noun (tagged as one). Measured on all PolNeAR train files: 1 cue, exact; the same
# rule for every noun-like form gave 4 of 6 (notes, reports: 67 %) and is left out.

_CLAIM_FORMS = frozenset({"claims", "states"})


def _verb_before_clause(doc: Doc, token: Token) -> bool:
    if token.lower_ not in _CLAIM_FORMS or not token.tag_.startswith("VB"):
        return False
    following = [t for t in doc[token.i + 1 : token.i + 3]]
    if following[:1] and following[0].lower_ == "that":
        return True
    return len(following) == 2 and following[0].lower_ == "to" and following[1].tag_ == "VB"


def _subject_or_modal_before(previous: str) -> bool:
    """Whether a bare verb form ("say", "deny") follows a subject or modal that makes it a verb
    ("they say", "did not deny"), not a noun or an infinitive ("the state", "to say")."""
    if previous[:1].isupper() and not previous.isupper() and previous.lower() not in STOP_WORDS:
        return True
    previous = previous.lower()
    if previous in MODALS or previous.isdigit():
        return True
    return (
        previous.endswith("s")
        and previous.isalpha()
        and previous not in {"is", "was", "has", "this", "its", "his", "us"}
    )


# Rule: "continued" right after a quotation and its speaker is a cue ("“...,” he continued.").


# Rule (round 12): "admitted" and "admitting" (missing from the lexicon until round 12: the final
# consonant doubles) are cues only right before "that", a colon or a quotation; "refugees admitted
# to the country", "admitted to hospital" are not reports.


def _admits_something(doc: Doc, token: Token, following: list[str]) -> bool:
    return following[:1] in (["that"], [":"]) or any(
        t.text in QUOTE_TOKENS for t in doc[token.i + 1 : token.i + 3]
    )


# Rule (round 12): "went on to say" (goes, go, going, gone on to ...) is one cue, its source the
# subject of "went" ("She went on to say that ...", "The email goes on to say: ..."); a bare form
# after "to" was no cue (PolNeAR train: 13 such cues, 11 exact before the colon was kept in).

_GO_FORMS = frozenset({"go", "goes", "went", "gone", "going"})


def went_on_to(doc: Doc, token: Token) -> bool:
    """Whether the verb follows "went on to" (or another form of "go on to")."""
    return (
        token.i >= 3
        and doc[token.i - 1].lower_ == "to"
        and doc[token.i - 2].lower_ == "on"
        and doc[token.i - 3].lower_ in _GO_FORMS
    )


# Rule (round 12): a verb of the list above ending its sentence is a cue when only its subject
# stands between it and the comma or closing quotation mark that ends what it reports ("...,
# the Daily Courier reported.", "“Why now?” she asked."): the inverted report, read like "said".
# Without that shape ("as the mayor had asked.", "before he responded.") it stays refused.

_INVERTED_SUBJECT_TOKENS = 8
_SUBORDINATORS = frozenset({"as", "when", "before", "after"})


def _after_reported_clause(doc: Doc, token: Token) -> bool:
    """Whether a comma, or a quotation closed by a comma, question or exclamation mark, comes
    right before the verb's subject, itself a short noun phrase with no verb."""
    sentence_start = sentence_of(token).start
    first = max(token.i - _INVERTED_SUBJECT_TOKENS - 1, sentence_start)
    for index in range(token.i - 1, first, -1):
        word = doc[index]
        if word.text in CLOSING_QUOTE_TOKENS:
            return index < token.i - 1 and doc[index - 1].text in {",", "?", "!"}
        if word.text == ",":
            return index < token.i - 1 and index > sentence_start
        if word.is_punct and word.text not in {".", "’s", "'s", "-"}:
            return False
        if word.pos_ in {"VERB", "AUX", "SCONJ"} or word.lower_ in _SUBORDINATORS:
            return False
    return False


def _after_quotation(doc: Doc, token: Token) -> bool:
    """Whether a quotation closes with a comma, question or exclamation mark at most four tokens
    before the verb ("“..., ” Carson continued", "“...?” she continued")."""
    for index in range(token.i - 1, max(token.i - 6, 0), -1):
        if doc[index].text in CLOSING_QUOTE_TOKENS:
            return doc[index - 1].text in {",", "?", "!"} or doc[index - 1].text.endswith(
                (",", "?", "!")
            )
        if doc[index].is_punct and doc[index].text not in {".", "’s", "'s"}:
            return False
    return False


# Rule (round 10): a verb of thought or stance ("thinks", "believed", "agreed", "pledged") is a cue
# when the parse gives it a noun or a name as subject before it and, after it, a clause ("The
# mayor thinks that the quay is safe"; not "to" and a verb: "agreed to shelter them" is a deal,
# not a view) or, for verbs of intention, "to" and a verb ("The union pledged to strike"). Pronoun subjects are left out: "I think", "he knows" are a cue in under a
# third of their occurrences on PolNeAR train. Passive and participle forms have no such subject.

_NOUN_SUBJECT_TAGS = frozenset({"NOUN", "PROPN"})


_THIRD_PERSON = frozenset({"he", "she", "they"})


def _noun_subject(token: Token, *, pronoun_at_root: bool = False) -> bool:
    """A noun or a name as the parsed subject before the verb; or he, she, they when the verb is
    the root of its sentence ("She thinks ...", not "Okonjo said she thinks ...": PolNeAR leaves
    such nested thoughts out; round 10, train: 30 of 38 root ones are gold cues)."""
    if not token.doc.has_annotation("DEP") or token.pos_ != "VERB" or token.tag_ == "VBN":
        return False
    subjects = [child for child in token.children if child.dep_ == "nsubj" and child.i < token.i]
    if not subjects:
        return False
    subject = subjects[-1]
    return subject.pos_ in _NOUN_SUBJECT_TAGS or (
        pronoun_at_root and subject.lower_ in _THIRD_PERSON and token.dep_ == "ROOT"
    )


def stance_cue(token: Token, *, infinitive: bool) -> bool:
    """Whether a verb of thought or stance is a cue here (needs the parse)."""
    if not _noun_subject(token, pronoun_at_root=not infinitive):
        return False
    if infinitive:
        return any(
            child.dep_ == "xcomp"
            and child.i > token.i
            and child.pos_ == "VERB"
            and _to_before(child)
            for child in token.children
        )
    return any(
        child.dep_ == "ccomp" and child.i > token.i and not _to_before(child)
        for child in token.children
    )


def _to_before(verb: Token) -> bool:
    """Whether a parsed "to" before the verb hangs on it (an infinitive: "pledged to strike")."""
    return any(child.lower_ == "to" and child.i < verb.i for child in verb.children)


def stance_particle_cue(token: Token, particles: frozenset[str]) -> bool:
    """Whether a verb with its particle ("pointed to", "talked about") is a cue here: a noun or a
    name as its parsed subject, the particle right after it (round 10)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in particles and _noun_subject(token)


def stance_object_cue(token: Token) -> bool:
    """Whether a verb of wanting or taking sides ("wants", "supports") is a cue here: the root of
    its sentence, a noun or a name as its parsed subject, and an object or "to" + verb after it
    (round 10)."""
    if token.dep_ != "ROOT" or not _noun_subject(token):
        return False
    return any(
        (child.dep_ == "obj" and child.i > token.i)
        or (child.dep_ == "xcomp" and child.i > token.i and _to_before(child))
        for child in token.children
    )
