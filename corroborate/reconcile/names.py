"""Name normalisation: folding, titles, acronyms, well-known aliases and transliteration variants.

Pure string functions, shared by mention reading (``corroborate.read.mentions``) and entity
resolution (``corroborate.reconcile.resolve``). No spaCy, no article: a name in, a key out.

What is here, and why each rule is careful:

* :func:`fold` turns a name into a comparison key: diacritics folded (Manëz -> manez), case
  folded, typographic apostrophes unified, dots of acronyms dropped (U.S. -> us), hyphens and
  letter/digit boundaries made spaces (Ashraf-3 = Ashraf 3 = Ashraf3 -> "ashraf 3").
* :func:`split_title` cuts a leading title or honorific off a person's name and returns it as a
  role ("Interior Minister Bledi Cuci" -> role "Interior Minister", name "Bledi Cuci").
* :func:`acronym_candidates` gives the initials a full name could be abbreviated to
  (National Council of Resistance of Iran -> NCRI; Mujahedeen-e-Khalq -> MEK).
* :data:`WELL_KNOWN_ALIASES` is a small, documented table of equivalences every reader knows
  (US = U.S. = USA = United States). It holds no event-specific names.
* :data:`COUNTRIES` is a general gazetteer of country names, folded (the reader labels such a
  name GPE when the model gives none; reconciliation keys events by country).
* :data:`PLACE_NAMES` is a small, documented table of well-known exonyms and former names of
  cities (Salonika = Thessaloniki, Bombay = Mumbai, Kiev = Kyiv).
* :data:`NICKNAMES` is a small, documented table of common English short forms of given
  names (Bill / William, Bob / Robert, Jim / James); :func:`nickname_variants` compares two
  given names through it.
* :func:`vessel_name` splits a ship's prefix from its name ("INS Sukanya" -> navy "ins",
  name "sukanya"; "Indian Naval Ship Sukanya" -> "ins", "sukanya"; "the warship Sukanya").
* :func:`is_transliteration_variant` accepts spelling variants of one name (Manze / Maneza /
  Manëz, Tehran / Teheran, Tirana / Tirane, Dargahan / Dargehan) and refuses near-identical
  different names (Iran / Iraq, Tehran / Tirana, Austria / Australia, Niger / Nigeria, Gaza /
  Giza): the consonants must be identical and in the same order, vowels may only be inserted or
  dropped inside the word (or, in longer words, swapped within a/e, o/u, i/y), and only the
  final vowel may change.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

__all__ = [
    "COMPANY_SUFFIXES",
    "COUNTRIES",
    "GENERATIONAL_SUFFIXES",
    "HONORIFICS",
    "NICKNAMES",
    "PLACE_NAMES",
    "ROLE_MODIFIERS",
    "TITLES",
    "VESSEL_PREFIXES",
    "WELL_KNOWN_ALIASES",
    "acronym_candidates",
    "alias_key",
    "fold",
    "folded_variant",
    "given_name_spelling",
    "has_person_shape",
    "is_acronym",
    "is_transliteration_variant",
    "nickname_variants",
    "role_key",
    "split_title",
    "surname",
    "vessel_name",
]

HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "madam", "monsieur", "mme"}
)
"""Courtesy titles: stripped from the name but not kept as a role ("Mr Cuci" -> "Cuci")."""

TITLES: frozenset[str] = frozenset(
    {
        "minister",
        "president",
        "secretary",
        "senator",
        "sen",
        "governor",
        "gov",
        "mayor",
        "gen",
        "colonel",
        "col",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "admiral",
        "commander",
        "chief",
        "director",
        "ambassador",
        "judge",
        "prosecutor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "ayatollah",
        "sheikh",
        "imam",
        "rabbi",
        "bishop",
        "archbishop",
        "cardinal",
        "rep",
        "representative",
        "premier",
        "chancellor",
        "inspector",
        "insp",
        "superintendent",
        "supt",
        "det",
        "cpl",
        "commissioner",
        "envoy",
        "attorney",
        "officer",
        "leader",
        "head",
        "deputy",
        "speaker",
        "cfo",
        "coo",
        "chairperson",
        "emir",
        "sultan",
        "coach",
        "manager",
        "sheriff",
        "trooper",
        "detective",
        "constable",
        "corporal",
        "marshal",
        "warden",
        "lawmaker",
        "councillor",
        "councilman",
        "councilwoman",
    }
)
"""Words that make a role when written before a person's name ("Minister", "CEO", "Ayatollah").
"General" is left out on purpose: "General Motors" is not a person."""

ROLE_MODIFIERS: frozenset[str] = frozenset(
    {
        "prime",
        "deputy",
        "vice",
        "interior",
        "foreign",
        "defence",
        "defense",
        "finance",
        "justice",
        "health",
        "home",
        "state",
        "former",
        "acting",
        "first",
        "assistant",
        "executive",
        "general",
        "economy",
        "trade",
        "energy",
        "education",
        "affairs",
        "internal",
        "national",
        "police",
        "security",
        "army",
        "military",
        "supreme",
        "grand",
        "senior",
        "chief",
        "labour",
        "labor",
        "transport",
        "culture",
        "environment",
        "agriculture",
        "development",
        "intelligence",
        "public",
        "works",
        "treasury",
        "opposition",
        "party",
        "press",
        "communications",
        "operating",
        "financial",
    }
)
"""Words that qualify a title ("Interior" in "Interior Minister", "Foreign Affairs")."""

COMPANY_SUFFIXES: frozenset[str] = frozenset(
    {"corp", "corporation", "inc", "incorporated", "ltd", "llc", "plc", "co", "ag", "gmbh", "sa"}
)
"""Legal-form words left out of an organisation's key ("Microsoft Corp." = "Microsoft")."""

GENERATIONAL_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})

_STOP_IN_INITIALS: frozenset[str] = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "on",
        "in",
        "de",
        "e",
        "al",
        "el",
        "des",
        "du",
        "la",
        "le",
        "y",
        "&",
        "at",
        "to",
    }
)

WELL_KNOWN_ALIASES: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "great britain": "united kingdom",
    "britain": "united kingdom",
    "un": "united nations",
    "eu": "european union",
    "nato": "north atlantic treaty organization",
    "north atlantic treaty organisation": "north atlantic treaty organization",
    "uae": "united arab emirates",
    "ussr": "soviet union",
    "drc": "democratic republic of the congo",
}
"""Equivalences every reader knows, keyed and valued by :func:`fold` form. "Washington" is
deliberately not an alias of the United States: it names a city and a state as often as the
government, and a wrong merge is worse than a missed one."""


PLACE_NAMES: dict[str, str] = {
    # exonyms and former names of cities and regions, in fold form, to the name used today
    "salonika": "thessaloniki", "salonica": "thessaloniki",
    "bombay": "mumbai", "calcutta": "kolkata", "madras": "chennai", "bangalore": "bengaluru",
    "poona": "pune", "benares": "varanasi",
    "peking": "beijing", "rangoon": "yangon", "saigon": "ho chi minh city",
    "leningrad": "saint petersburg", "st petersburg": "saint petersburg",
    "kiev": "kyiv", "kharkov": "kharkiv", "lvov": "lviv", "lemberg": "lviv",
    "constantinople": "istanbul", "danzig": "gdansk", "pressburg": "bratislava",
    "leghorn": "livorno",
    "koln": "cologne", "munchen": "munich", "wien": "vienna", "praha": "prague",
    "warszawa": "warsaw", "firenze": "florence", "venezia": "venice", "napoli": "naples",
    "torino": "turin", "lisboa": "lisbon", "athina": "athens", "bruxelles": "brussels",
    "geneve": "geneva", "genf": "geneva", "moskva": "moscow", "beograd": "belgrade",
    "bucuresti": "bucharest", "kobenhavn": "copenhagen",
}  # fmt: skip
"""Well-known exonyms and former names of cities (Salonika / Thessaloniki, Bombay / Mumbai, Kiev
/ Kyiv, Köln / Cologne), keyed and valued by :func:`fold` form: outlets write one place either
way. The pairs are of the kind Wikipedia's "List of European exonyms" and "List of renamed
cities" list, written here by hand from those well-known lists (not downloaded) and kept to
cities: no country (a country's old name is often a different state: Persia, Burma), and no
name that is also a common word or another place ("Canton", "Roma", "Odessa" in Texas).
Near-identical different places stay apart by :func:`is_transliteration_variant`, which this
table does not touch (Iran / Iraq, Tehran / Tirana)."""

_COMBINING = re.compile(r"[\u0300-\u036f]")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]{1,7}s?$|^[A-Z]{2,}(?:/[A-Z]{2,})+$")
_VOWELS = frozenset("aeiouy")


def fold(name: str) -> str:
    """Comparison key of a name: diacritics, case, dots, hyphens and possessives folded.

    >>> fold("Manëz"), fold("U.S."), fold("Ashraf-3"), fold("People’s Mojahedin")
    ('manez', 'us', 'ashraf 3', 'peoples mojahedin')
    """
    text = unicodedata.normalize("NFKD", name)
    text = _COMBINING.sub("", text)
    text = text.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("đ", "d")
    text = text.casefold()
    text = re.sub(r"['’`´](?=\w)", "", text)
    text = re.sub(r"(?<=\b\w)\.(?=\w\.?)|(?<=\b\w)\.$", "", text)
    text = _LETTER_DIGIT.sub(" ", text)
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def alias_key(name: str) -> str:
    """:func:`fold` of a name, mapped through :data:`WELL_KNOWN_ALIASES` (``"U.S."`` ->
    ``"united states"``) and :data:`PLACE_NAMES` (``"Salonika"`` -> ``"thessaloniki"``), with
    :data:`PLACE_ABBREVIATIONS` written in full (``"Mt Cook"`` -> ``"mount cook"``)."""
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    words = key.split()
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words = words[:-1]  # "Microsoft Corp." is "Microsoft"
    if len(words) >= 3 and re.fullmatch(r"[A-Z][a-z'’\-]+ (?:[A-Z]\.? )+[A-Z][\w'’\-]+", name):
        words = [words[0], words[-1]]  # a middle initial: "Robert J. Pickell" is "Robert Pickell"
    if len(words) > 1:
        # "Mt Cook" is "Mount Cook", "St Helens" "Saint Helens"; never the last word ("High St")
        words = [PLACE_ABBREVIATIONS.get(word, word) for word in words[:-1]] + words[-1:]
    key = _american_spelling(" ".join(words))
    return WELL_KNOWN_ALIASES.get(key, PLACE_NAMES.get(key, key))


_BRITISH_SPELLINGS: dict[str, str] = {
    "co operation": "cooperation", "co ordination": "coordination", "centre": "center",
    "centres": "centers", "defence": "defense", "programme": "program",
    "theatre": "theater", "harbour": "harbor", "organisations": "organizations",
}  # fmt: skip
_BRITISH_PATTERN = re.compile(
    r"\b(?:" + "|".join(re.escape(word) for word in _BRITISH_SPELLINGS) + r")\b"
    r"|\b(organ|civil|util|modern|national|special|privat|author|urban)isation(s?)\b"
)


def _american_spelling(key: str) -> str:
    """A folded name with British spellings written the American way, so that one name spelt
    both ways has one key ("Organisation for Security and Co-operation in Europe" = "...
    Organization for Security and Cooperation ..."; "Kennedy Centre" = "Kennedy Center")."""

    def american(found: re.Match[str]) -> str:
        if found.group(1):
            return f"{found.group(1)}ization{found.group(2)}"
        return _BRITISH_SPELLINGS[found.group(0)]

    return _BRITISH_PATTERN.sub(american, key)


PLACE_ABBREVIATIONS: dict[str, str] = {"mt": "mount", "st": "saint", "ste": "sainte", "ft": "fort"}
"""Abbreviations written in place names (folded), read as the word in full when another word
follows: "Mt Cook" / "Mount Cook", "St Ives" / "Saint Ives", "Ft Worth" / "Fort Worth"."""


def surname(words: list[str]) -> str:
    """The last word of a folded full name, generational suffixes skipped ("Jr", "III")."""
    while len(words) > 2 and words[-1] in GENERATIONAL_SUFFIXES:
        words = words[:-1]
    return words[-1]


def is_acronym(word: str) -> bool:
    """Whether a written word is an acronym: ``NCRI``, ``MEK``, ``U.S.``, ``PMOI/MEK``."""
    return bool(_ACRONYM.match(word.strip()))


def acronym_candidates(name: str) -> frozenset[str]:
    """Initials a name could be abbreviated to, in :func:`fold` form.

    Both with and without small words, and with hyphenated parts counted as words:
    "National Council of Resistance of Iran" -> {"ncri", "ncoroi"}; "Mujahedeen-e-Khalq" ->
    {"mek", "mk"}. A single-word name has no acronym.
    """
    words = [w for w in re.split(r"[\s\-]+", unicodedata.normalize("NFKD", name)) if w]
    words = [re.sub(r"['’]s$", "", w) for w in words]
    words = [w for w in words if any(c.isalpha() for c in w)]
    if len(words) < 2:
        return frozenset()
    every = "".join(w[0] for w in words).casefold()
    content = "".join(w[0] for w in words if w.casefold() not in _STOP_IN_INITIALS).casefold()
    return frozenset(c for c in (every, content) if len(c) >= 2)


_INITIAL = re.compile(r"[A-Z]\.?")
_NAME_WORD = re.compile(r"[A-Z][a-z'’\-]+")


def has_person_shape(words: Sequence[str]) -> bool:
    """Whether written words have the shape of a person's name: two to four capitalised names
    or initials, the last a name ("James G. Tarrow", "Ana Vell"; not "Tarrow J.")."""
    return (
        2 <= len(words) <= 4
        and all(_NAME_WORD.fullmatch(word) or _INITIAL.fullmatch(word) for word in words)
        and _NAME_WORD.fullmatch(words[-1]) is not None
    )


def split_title(words: list[str]) -> tuple[int, str | None, bool]:
    """Where the name starts in a run of capitalised words, the role written before it, and
    whether a title or honorific was found.

    Returns ``(start, role, titled)``: ``words[start:]`` is the name. The role is the run of
    title words ending at the last title ("Interior Minister", "Minister of Interior", "CEO"),
    without a leading nationality or company ("Albanian", "Apple"); honorifics ("Mr") are not
    roles. At least one word is always left for the name.

    >>> split_title(["Albanian", "Interior", "Minister", "Bledi", "Cuci"])
    (3, 'Interior Minister', True)
    >>> split_title(["Mr", "Rrumbullaku"])
    (1, None, True)
    """
    keys = [w.casefold().rstrip(".") for w in words]
    last_title = -1
    name_start = 0
    for index, key in enumerate(keys[:-1]):
        if key in TITLES or key in HONORIFICS:
            after = index + 1
            if after < len(keys) - 1 and keys[after] == "of":
                after += 1
                while after < len(keys) - 1 and keys[after] in ROLE_MODIFIERS:
                    after += 1
                if after == index + 2:  # "of" with no department after it: not a role
                    continue
            if after < len(keys) and keys[after] not in TITLES and keys[after] != "of":
                last_title = index
                name_start = after
    if last_title < 0:
        return 0, None, False
    first = last_title
    while first > 0 and (keys[first - 1] in ROLE_MODIFIERS or keys[first - 1] in TITLES):
        first -= 1
    role_words = [
        w
        for w, k in zip(words[first:name_start], keys[first:name_start], strict=True)
        if k not in HONORIFICS
    ]
    role = " ".join(role_words) if role_words else None
    return name_start, role, True


def role_key(role: str | None) -> frozenset[str]:
    """The content words of a role, order-free, so that "Interior Minister" and "Minister of
    Interior" compare equal."""
    if not role:
        return frozenset()
    return frozenset(w for w in fold(role).split() if w not in _STOP_IN_INITIALS)


@functools.lru_cache(maxsize=65536)
def _skeleton(word: str) -> tuple[str, tuple[str, ...]]:
    """Consonants of a folded word (doubles collapsed), and the vowel groups around them."""
    consonants: list[str] = []
    groups: list[str] = [""]
    for char in word:
        if char in _VOWELS:
            groups[-1] += char
        elif consonants and consonants[-1] == char and groups[-1] == "":
            continue
        else:
            consonants.append(char)
            groups.append("")
    return "".join(consonants), tuple(groups)


_VOWEL_CLASSES = str.maketrans({"a": "a", "e": "a", "o": "o", "u": "o", "i": "i", "y": "i"})
"""Vowels transliterations swap: a/e (Dargahan / Dargehan), o/u (Mohammad / Muhammad), i/y
(Heydar / Heidar). Never a/i or a/o (Gaza / Giza, Hamburg / Homburg)."""


def _inner_vowels_compatible(first: str, second: str, *, long_words: bool) -> bool:
    if first == second or not first or not second:
        return True  # the same vowels, or a vowel added or dropped (Manze / Maneza)
    if not long_words:
        return False  # short words must keep their vowels (Gaza is not Giza)
    mapped_a, mapped_b = first.translate(_VOWEL_CLASSES), second.translate(_VOWEL_CLASSES)
    if mapped_a == mapped_b:
        return True
    shorter, longer = sorted((mapped_a, mapped_b), key=len)
    remaining = iter(longer)
    return all(char in remaining for char in shorter)  # Zainabieh / Zinabieh


def _word_variant(first: str, second: str) -> bool:
    if first == second:
        return True
    if any(c.isdigit() for c in first + second) or min(len(first), len(second)) < 5:
        return False
    if first[0] != second[0]:
        return _greek_gi_variant(first, second)
    consonants_a, groups_a = _skeleton(first)
    consonants_b, groups_b = _skeleton(second)
    if len(consonants_a) < 2:
        return False
    if consonants_a != consonants_b and not (
        min(len(first), len(second)) >= _LABIAL_SWAP_LENGTH
        and _one_labial_swap(consonants_a, consonants_b)
    ):
        return False
    long_words = min(len(first), len(second)) >= 6
    *inner_a, final_a = groups_a
    *inner_b, final_b = groups_b
    for vowels_a, vowels_b in zip(inner_a, inner_b, strict=True):
        if not _inner_vowels_compatible(vowels_a, vowels_b, long_words=long_words):
            return False
    # At the end one vowel may differ (Tirana / Tirane), never a longer ending (Niger / Nigeria).
    return len(final_a) <= 1 and len(final_b) <= 1


_LABIALS = frozenset("bvw")
_LABIAL_SWAP_LENGTH = 8
"""Words at least this long may write one inner b / v / w differently (Alishbandi / Alishvandi,
Wahidi / Vahidi are too short to qualify alone); shorter names keep their consonants (Bava /
Baba, Devon / Deborn)."""


def _one_labial_swap(first: str, second: str) -> bool:
    """Consonant skeletons equal but for one inner b / v / w (transliterations of Persian and
    Arabic names write that sound either way)."""
    if len(first) != len(second):
        return False
    differences = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    if len(differences) != 1 or first[0] != second[0]:
        return False
    (pair,) = differences
    return set(pair) <= _LABIALS


def _greek_gi_variant(first: str, second: str) -> bool:
    """Gi- / Yi- before a vowel, the rest written alike: two spellings of Greek "Γι"
    (Giannis / Yiannis, Giorgos / Yiorgos). Nothing else may change."""
    pair = {first[:2], second[:2]}
    return pair == {"gi", "yi"} and first[2:] == second[2:] and first[2:3] in _VOWELS - {"i", "y"}


def is_transliteration_variant(first: str, second: str) -> bool:
    """Whether two names are spellings of one name (in any form; they are folded here).

    Every pair of words equal, or both at least five letters long with the same first letter,
    the same consonants in the same order, vowels only added or dropped inside the word, and at
    most a one-letter final vowel changed. In words of six letters or more, inside vowels may
    also swap within a/e, o/u and i/y, or lose a letter (Dargahan / Dargehan, Heydar / Heidar,
    Zainabieh / Zinabieh). In words of eight letters or more one inner consonant may be written
    b, v or w (Alishbandi / Alishvandi). Names written as one word or two compare as one word (Irannejad /
    Iran-Nejad). Words with digits must be equal (Ashraf 3 is not Ashraf 4).
    """
    return folded_variant(tuple(fold(first).split()), tuple(fold(second).split()))


def given_name_spelling(first: str, second: str) -> bool:
    """Whether two folded given names are one name spelt two ways: a first C written K before a
    vowel, h or r (Catherine / Katherine, Carl / Karl), an inner y written i (Robyn / Robin,
    Kathryn / Katherin), and otherwise :func:`is_transliteration_variant`'s rule for a word of
    five letters or more (Kathryn / Katherine). Short names keep their letters (Dana / Dean,
    Jon / Jan), and vowels of different classes stay apart (Marian / Marion). A name with an
    ending added or changed is another name (Daniel / Danielle, Carl / Carla, Mario / Maria);
    only a silent final e may come and go (Katherine / Kathryn)."""
    if first == second:
        return False
    spelt_a, spelt_b = _given_name_spelling_key(first), _given_name_spelling_key(second)
    if spelt_a == spelt_b:
        return True
    if spelt_a.startswith(spelt_b) or spelt_b.startswith(spelt_a):
        return False  # another name with an ending added: Daniel / Danielle, Carl / Carla
    endings = {spelt_a[-1:], spelt_b[-1:]} & _VOWELS
    if endings and endings != {"e"}:
        return False  # Mario / Maria, Antonio / Antonia, Julia / Julie
    return _word_variant(spelt_a, spelt_b)


def _given_name_spelling_key(name: str) -> str:
    if re.match(r"c[aeiouhrl]", name):
        name = "k" + name[1:]
    return name[:1] + name[1:].replace("y", "i")


def folded_variant(words_a: tuple[str, ...], words_b: tuple[str, ...]) -> bool:
    """:func:`is_transliteration_variant` for names already folded and split into words."""
    if not words_a or not words_b or words_a == words_b:
        return False
    if len(words_a) != len(words_b):
        joined_a, joined_b = "".join(words_a), "".join(words_b)
        return joined_a == joined_b or _word_variant(joined_a, joined_b)
    return all(_word_variant(a, b) for a, b in zip(words_a, words_b, strict=True))


NICKNAMES: dict[str, frozenset[str]] = {
    "bill": frozenset({"william"}),
    "billy": frozenset({"william"}),
    "will": frozenset({"william"}),
    "willie": frozenset({"william"}),
    "bob": frozenset({"robert"}),
    "bobby": frozenset({"robert"}),
    "rob": frozenset({"robert"}),
    "robbie": frozenset({"robert"}),
    "jim": frozenset({"james"}),
    "jimmy": frozenset({"james"}),
    "jamie": frozenset({"james"}),
    "mike": frozenset({"michael"}),
    "mick": frozenset({"michael"}),
    "mickey": frozenset({"michael"}),
    "tom": frozenset({"thomas"}),
    "tommy": frozenset({"thomas"}),
    "dick": frozenset({"richard"}),
    "rick": frozenset({"richard"}),
    "rich": frozenset({"richard"}),
    "dave": frozenset({"david"}),
    "dan": frozenset({"daniel"}),
    "danny": frozenset({"daniel"}),
    "joe": frozenset({"joseph"}),
    "tony": frozenset({"anthony"}),
    "steve": frozenset({"steven", "stephen"}),
    "chris": frozenset({"christopher", "christine", "christina"}),
    "matt": frozenset({"matthew"}),
    "nick": frozenset({"nicholas"}),
    "ed": frozenset({"edward"}),
    "eddie": frozenset({"edward"}),
    "ted": frozenset({"edward", "theodore"}),
    "ben": frozenset({"benjamin"}),
    "sam": frozenset({"samuel", "samantha"}),
    "alex": frozenset({"alexander", "alexandra", "alexandros", "alexandre"}),
    "alexis": frozenset({"alexandros"}),  # the usual Greek short form
    "andy": frozenset({"andrew"}),
    "pete": frozenset({"peter"}),
    "ron": frozenset({"ronald"}),
    "don": frozenset({"donald"}),
    "ken": frozenset({"kenneth"}),
    "larry": frozenset({"lawrence"}),
    "jerry": frozenset({"gerald", "jerome"}),
    "greg": frozenset({"gregory"}),
    "jeff": frozenset({"jeffrey"}),
    "tim": frozenset({"timothy"}),
    "pat": frozenset({"patrick", "patricia"}),
    "charlie": frozenset({"charles"}),
    "chuck": frozenset({"charles"}),
    "harry": frozenset({"henry", "harold"}),
    "jack": frozenset({"john"}),
    "johnny": frozenset({"john"}),
    "jon": frozenset({"jonathan"}),
    "fred": frozenset({"frederick"}),
    "kate": frozenset({"katherine", "catherine", "kathryn"}),
    "katie": frozenset({"katherine", "catherine", "kathryn"}),
    "cathy": frozenset({"catherine"}),
    "liz": frozenset({"elizabeth"}),
    "beth": frozenset({"elizabeth"}),
    "betty": frozenset({"elizabeth"}),
    "sue": frozenset({"susan"}),
    "jenny": frozenset({"jennifer"}),
    "jen": frozenset({"jennifer"}),
    "meg": frozenset({"margaret"}),
    "peggy": frozenset({"margaret"}),
    "maggie": frozenset({"margaret"}),
    "debbie": frozenset({"deborah"}),
    "becky": frozenset({"rebecca"}),
    "vicky": frozenset({"victoria"}),
    # common short forms of Greek, Slavic and Spanish given names, as news writes them
    "nikos": frozenset({"nikolaos"}),
    "kostas": frozenset({"konstantinos"}),
    "giannis": frozenset({"ioannis"}),
    "yannis": frozenset({"ioannis"}),
    "dimitris": frozenset({"dimitrios"}),
    "giorgos": frozenset({"georgios"}),
    "sasha": frozenset({"alexander", "alexandr", "aleksandr", "alexandra"}),
    "misha": frozenset({"mikhail"}),
    "pepe": frozenset({"jose"}),
    "paco": frozenset({"francisco"}),
}
"""Common short forms of given names, each to the formal names it shortens (folded).
Small and general on purpose: a nickname joins a formal name only with the same surname."""


def nickname_variants(first: str, second: str) -> bool:
    """Whether two folded given names differ but are one name through :data:`NICKNAMES`: a
    short form and its formal name (Bill / William), or two short forms of one formal name
    (Bill / Will)."""
    if first == second:
        return False
    forms_a = NICKNAMES.get(first, frozenset()) | {first}
    forms_b = NICKNAMES.get(second, frozenset()) | {second}
    return bool(forms_a & forms_b)


VESSEL_PREFIXES: frozenset[str] = frozenset(
    {
        "ins",
        "hms",
        "uss",
        "usns",
        "uscgc",
        "hmas",
        "hmcs",
        "hmnzs",
        "pns",
        "rfa",
        "mv",
        "rms",
        "rv",
        "sv",
        "fv",
    }
)
"""Ship prefixes (folded): navies' (INS, HMS, USS, ...) and merchant ones (MV, RMS, ...).
Not "MS", "MT", "SS": they fold like "Ms", "Mt" (a mountain) and the SS."""

_VESSEL_NOUNS: frozenset[str] = frozenset(
    {
        "ship",
        "warship",
        "vessel",
        "frigate",
        "destroyer",
        "corvette",
        "cruiser",
        "submarine",
        "tanker",
        "freighter",
        "trawler",
        "yacht",
    }
)


def vessel_name(words: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]] | None:
    """A ship's prefix and its bare name, from a folded name: ("ins", "sukanya") -> ("ins",
    ("sukanya",)); "indian naval ship sukanya" -> ("ins", ...) by the prefix's initials;
    "warship sukanya" -> (None, ...): no navy said. None when the name has no ship prefix."""
    if len(words) < 2:
        return None
    if words[0] in VESSEL_PREFIXES:
        return words[0], words[1:]
    last_noun = max((i for i, w in enumerate(words[:-1]) if w in _VESSEL_NOUNS), default=None)
    if last_noun is None:
        return None
    prefix = words[: last_noun + 1]
    initials = "".join(w[0] for w in prefix)
    navy = initials if len(prefix) > 1 and initials in VESSEL_PREFIXES else None
    return navy, words[last_noun + 1 :]


_COUNTRY_NAMES = (
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria "
    "Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan "
    "Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad "
    "Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti "
    "Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon "
    "Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras "
    "Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan "
    "Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia "
    "Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali "
    "Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro "
    "Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria "
    "Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal "
    "Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia "
    "Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan "
    "Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine "
    "Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain England "
    "Scotland Wales"
)


_MULTI_WORD_COUNTRIES = (
    "New Zealand",
    "South Africa",
    "South Korea",
    "North Korea",
    "South Sudan",
    "Saudi Arabia",
    "Sri Lanka",
    "Costa Rica",
    "El Salvador",
    "Sierra Leone",
    "Ivory Coast",
    "Burkina Faso",
    "Cape Verde",
    "Papua New Guinea",
    "Dominican Republic",
    "Czech Republic",
    "Central African Republic",
    "United Arab Emirates",
    "North Macedonia",
    "East Timor",
    "Equatorial Guinea",
    "Guinea-Bissau",
    "Trinidad and Tobago",
    "San Marino",
    "Solomon Islands",
    "Marshall Islands",
    "Northern Ireland",
)

COUNTRIES: frozenset[str] = (
    frozenset(fold(name) for name in _COUNTRY_NAMES.split())
    | frozenset(fold(name) for name in _MULTI_WORD_COUNTRIES)
) | (
    frozenset(WELL_KNOWN_ALIASES.values())
    - {"north atlantic treaty organization", "european union", "united nations"}
)
"""Country names, folded: a general gazetteer (no event-specific places) that labels a name
GPE when the model gives no label."""
