"""One entity per real thing across articles, and claimers linked to those entities.

Reads: every article's mentions (and the article texts, for acronyms they define). Adds:
Entities; Claimer.entity_id on attributions and figures.

Mentions are grouped by rules, each guarded against false merges (docs/entities.md):

1. **Same name**: the folded name (diacritics, case, dots, hyphens: "Ashraf-3" = "Ashraf 3"),
   through a small table of well-known aliases (US = U.S. = United States).
2. **Acronyms the texts define**: "Mujahedeen-e-Khalq (MEK)", "(PMOI/MEK)" after a name ties
   the name and every acronym in the brackets.
3. **Acronyms by initials**: "NCRI" and "National Council of Resistance of Iran", when exactly
   one group of names has those initials.
4. **Transliterations**: Manze / Maneza / Manëz (same consonants, vowels only added, dropped or
   changed at the end); never Iran / Iraq, Tehran / Tirana, Austria / Australia.
5. **Shorter forms of organisation names**: "State Department" in "US State Department", when
   exactly one longer name fits (two words at least: "Iran" never joins "... of Iran").
6. **Given-name variants** of a person: same surname, same initial and compatible roles (Bledi
   Cuci, Interior Minister = Bledar Cuci, Minister of Interior).
   **Given-name spellings**: same surname, a given name spelt two ways (Robyn / Robin,
   Catherine / Katherine / Kathryn; not Dana / Dean).
   **Nicknames** of a person with the same surname (Bill / William Hakim; a small table).
   **Surname particles**: the same given name and a surname written with or without its
   particle (Anthony LaCalamita = Anthony La Calamita = Anthony Calamita; "Dean" is no "De").
7. **Surname-only references**: "Cuci", "Mr Cuci" join the one person with that surname.
8. **Ships**: "INS Sukanya" = "Indian Naval Ship Sukanya" = "Sukanya", whatever the labels,
   unless two navies' prefixes disagree (HMS / USS Victory).

Types guard every step: a person never joins a place or an organisation (OTHER, the label of a
name no model labelled, joins anything). Names with different numbers never join (Ashraf-3 is
not Ashraf-4).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from corroborate.reconcile.names import (
    COMPANY_SUFFIXES,
    COUNTRIES,
    acronym_candidates,
    alias_key,
    fold,
    folded_variant,
    given_name_spelling,
    has_person_shape,
    is_acronym,
    nickname_variants,
    role_key,
    surname,
    vessel_name,
)
from corroborate.record import Article, Claimer, Entity, Mention, Reading, Span

__all__ = ["cluster_mentions", "link_claimers", "resolve_entities"]

_TYPE_GROUPS: dict[str, str] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
}
"""Labels that may share an entity are in one group (a GPE may be a LOC); OTHER is in none."""

_NAME_CONNECTORS: frozenset[str] = frozenset({"of", "and", "the", "for", "de", "e", "al", "el"})


def resolve_entities(
    articles: tuple[Article, ...], readings: tuple[Reading, ...]
) -> tuple[Entity, ...]:
    """Group mentions from all articles into entities (no false merges)."""
    order = {article.id: index for index, article in enumerate(articles)}
    mentions = [mention for reading in readings for mention in reading.mentions]
    mentions.sort(key=lambda m: (order.get(m.span.article_id, len(order)), m.span.start))
    texts = {article.id: article.text for article in articles}
    clusters = _clustered(mentions, texts=texts)
    # Clusters are numbered by their first mention, so insertion order is first-mention order.
    members: dict[int, list[tuple[Mention, str]]] = {}
    for index, (mention, label) in enumerate(zip(mentions, clusters.labels, strict=True)):
        members.setdefault(clusters.find(index), []).append((mention, label))
    return tuple(
        _entity(f"e{number}", group) for number, group in enumerate(members.values(), start=1)
    )


def _entity(entity_id: str, labelled: list[tuple[Mention, str]]) -> Entity:
    """An entity from its mentions and their labels as made consistent across articles. Its
    type is the vote of the labels its mentions' own words make certain (a legal form for a
    company, "Apple Inc."; a title for a person; a country's name for a GPE), or, when none
    does, of all their labels."""
    mentions = [mention for mention, _label in labelled]
    names = [m.name for m in mentions]
    counts = Counter(names)
    first_seen = {name: index for index, name in reversed(list(enumerate(names)))}
    canonical = max(
        counts,
        key=lambda name: (
            not is_acronym(name),
            len(fold(name).split()),
            counts[name],
            len(name),
            -first_seen[name],
        ),
    )
    certain = Counter(m.label for m, _label in labelled if _certain(m, m.label))
    votes = certain or Counter(label for _m, label in labelled if label != "OTHER")
    entity_type = votes.most_common(1)[0][0] if votes else "OTHER"
    variants = tuple(dict.fromkeys(names))
    return Entity(
        id=entity_id,
        type=entity_type,
        name=canonical,
        variants=variants,
        mentions=tuple(m.span for m in mentions),
    )


def _certain(mention: Mention, label: str) -> bool:
    """Whether the mention's own words make its label certain."""
    words = fold(mention.name).split()
    if label == "ORG":
        return len(words) > 1 and words[-1] in COMPANY_SUFFIXES
    if label == "PERSON":
        return mention.role is not None
    return label == "GPE" and alias_key(mention.name) in COUNTRIES


def cluster_mentions(
    mentions: Sequence[Mention], *, texts: Mapping[str, str] | None = None
) -> tuple[int, ...]:
    """The cluster of each mention (an index into ``mentions`` of its cluster's first mention).

    ``texts`` maps article ids to article texts; with it, acronyms defined in brackets ("Name
    (ACR)") are learnt from the text. The benchmarks call this with gold mentions.
    """
    clusters = _clustered(mentions, texts=texts)
    return tuple(clusters.find(index) for index in range(len(mentions)))


def _clustered(mentions: Sequence[Mention], *, texts: Mapping[str, str] | None = None) -> _Clusters:
    clusters = _Clusters(mentions)
    clusters.join_same_names()
    if texts:
        clusters.join_bracketed_acronyms(texts)
    clusters.join_acronyms_by_initials()
    clusters.join_transliterations()
    clusters.join_shorter_organisation_names()
    clusters.join_given_name_variants()
    clusters.join_given_name_spellings()
    clusters.join_nicknames()
    clusters.join_surname_particles()
    clusters.join_surnames()
    clusters.join_middle_names()
    clusters.join_vessel_names()
    return clusters


class _Clusters:
    """Union-find over mentions that refuses unions of incompatible types."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = list(mentions)
        self.keys = [_key(_person_without_affiliation(m)) for m in self.mentions]
        labels = _article_labels(self.mentions, self.keys)
        self.parent = list(range(len(self.mentions)))
        self.groups: list[set[str]] = [
            {_TYPE_GROUPS[label]} if label in _TYPE_GROUPS else set() for label in labels
        ]
        self.labels = labels
        self.full_names: list[frozenset[tuple[str, ...]]] = [
            frozenset({tuple(key.split())})
            if 2 <= len(key.split()) <= 3 and key.replace(" ", "").isalpha()
            else frozenset()
            for key in self.keys
        ]

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def compatible(self, first: int, second: int) -> bool:
        return len(self.groups[self.find(first)] | self.groups[self.find(second)]) <= 1

    def union(
        self,
        first: int,
        second: int,
        *,
        same_person: bool = False,
        same_name: bool = False,
        same_vessel: bool = False,
    ) -> bool:
        """Join two clusters unless their types differ, or (unless ``same_person`` says a rule
        found them one person) they hold two different full names of people.

        ``same_name`` (one name written the same way) tolerates a disagreement between
        organisation, place and group labels, which models often confuse ("Wasilla Bible
        Church" as ORG and FAC), but never joins a person with anything else. ``same_vessel``
        (a ship's name with and without its prefix) ignores labels: models read ships as
        people, places or organisations at random."""
        root_a, root_b = self.find(first), self.find(second)
        if root_a == root_b:
            return True
        joined = self.groups[root_a] | self.groups[root_b]
        if len(joined) > 1 and not same_vessel and (not same_name or "person" in joined):
            return False
        names_a, names_b = self.full_names[root_a], self.full_names[root_b]
        if not (same_person or same_vessel) and _rival_names(names_a, names_b):
            return False  # Dario and Dorin Kestrel stay apart unless a rule joined them
        if root_b < root_a:
            root_a, root_b = root_b, root_a
            names_a, names_b = names_b, names_a
        self.parent[root_b] = root_a
        self.groups[root_a] |= self.groups[root_b]
        self.full_names[root_a] = names_a | names_b
        return True

    def roots(self) -> dict[int, list[int]]:
        grouped: dict[int, list[int]] = defaultdict(list)
        for index in range(len(self.mentions)):
            grouped[self.find(index)].append(index)
        return grouped

    def group_of(self, index: int) -> str | None:
        group = self.groups[self.find(index)]
        if len(group) > 1:
            return "mixed"  # an organisation and a place written alike: no further rules
        return next(iter(group)) if group else None

    # -- rules --------------------------------------------------------------------------

    def join_same_names(self) -> None:
        by_key: dict[str, list[int]] = defaultdict(list)
        for index, key in enumerate(self.keys):
            if key:
                by_key[key].append(index)
        for indexes in by_key.values():
            _join_compatible(self, indexes)

    def join_bracketed_acronyms(self, texts: Mapping[str, str]) -> None:
        by_article: dict[str, list[int]] = defaultdict(list)
        for index, mention in enumerate(self.mentions):
            by_article[mention.span.article_id].append(index)
        for article_id, indexes in by_article.items():
            text = texts.get(article_id)
            if text is None:
                continue
            indexes.sort(key=lambda i: self.mentions[i].span.start)
            for position, index in enumerate(indexes[:-1]):
                self._join_brackets_after(text, index, indexes[position + 1 :])

    def _join_brackets_after(self, text: str, index: int, following: list[int]) -> None:
        name = self.mentions[index]
        if self.labels[index] == "PERSON" and _looks_like_personal_name(name.name):
            return  # "Dario Kestrel (CRA)": an affiliation, not a definition
        cursor = name.span.end
        opener = re.match(r"\s*\(\s*", text[cursor:])
        if not opener:
            return
        cursor += opener.end()
        inside: list[int] = []
        for other in following:
            span = self.mentions[other].span
            if span.start != cursor:
                break
            inside.append(other)
            separator = re.match(r"\s*[/,]\s*", text[span.end :])
            closer = re.match(r"\s*\)", text[span.end :])
            if closer:
                break
            if not separator:
                return
            cursor = span.end + separator.end()
        else:
            return
        if not inside or not re.match(r"\s*\)", text[self.mentions[inside[-1]].span.end :]):
            return
        name_is_acronym = is_acronym(name.name)
        for other in inside:
            other_is_acronym = is_acronym(self.mentions[other].name)
            if name_is_acronym != other_is_acronym:
                self.union(index, other, same_name=True)

    def join_acronyms_by_initials(self) -> None:
        expansions: dict[str, set[int]] = defaultdict(set)
        for index, mention in enumerate(self.mentions):
            if not is_acronym(mention.name) and not any(c.isdigit() for c in mention.name):
                for initials in acronym_candidates(mention.name):
                    expansions[initials].add(index)
        for index, mention in enumerate(self.mentions):
            if not is_acronym(mention.name):
                continue
            letters = fold(mention.name).replace(" ", "")
            candidates = {self.find(other) for other in expansions.get(letters, ())}
            candidates = {root for root in candidates if self.compatible(root, index)}
            if len(candidates) == 1:
                self.union(index, candidates.pop())

    def join_transliterations(self) -> None:
        representatives = self._key_representatives()
        # Variants start with the same letter and are about as long: compare those only.
        buckets: dict[str, list[tuple[str, tuple[str, ...], int]]] = defaultdict(list)
        for key in representatives:
            if not _has_acronym_word(key):
                words = tuple(key.split())
                entry = (key, words, len(key.replace(" ", "")))
                buckets[key[0]].append(entry)
                if key.startswith("gi"):
                    buckets["y"].append(entry)  # Giannis / Yiannis
        for entries in buckets.values():
            entries.sort(key=lambda entry: entry[2])
            for position, (first, words_a, size_a) in enumerate(entries):
                for second, words_b, size_b in entries[position + 1 :]:
                    if size_b - size_a > 3:
                        break
                    if folded_variant(words_a, words_b):
                        for index_a in representatives[first]:
                            for index_b in representatives[second]:
                                # The whole name is one spelling of the other (Heydar / Heidar);
                                # a variant no model labelled may join a place the models
                                # also read as an organisation (Brennik / Brenik).
                                untyped = not (
                                    self.groups[self.find(index_a)]
                                    and self.groups[self.find(index_b)]
                                )
                                self.union(index_a, index_b, same_person=True, same_name=untyped)

    def join_shorter_organisation_names(self) -> None:
        representatives = self._key_representatives()
        # Every shorter form a longer name allows, and which longer names allow it.
        longer: dict[tuple[str, ...], list[tuple[str, bool]]] = defaultdict(list)
        for long_key in representatives:
            words = tuple(long_key.split())
            numbered = any(word.isdigit() for word in words)
            for size in range(2, len(words)):
                for part in {words[:size], words[-size:]}:
                    if not numbered or any(word.isdigit() for word in part):
                        # "Internet Explorer 8" is not "Internet Explorer"
                        longer[part].append((long_key, False))
            # One word only as the head of an organisation's name: "Chargers" in "San Diego
            # Chargers", "Academy" in "Academy of Motion Picture Arts"; never a place inside
            # it ("Iran" in "... of Iran").
            head = words[: words.index("of")] if "of" in words else words
            if len(words) > 1 and head and not numbered:
                longer[(head[-1],)].append((long_key, True))
        for short_key, short_indexes in representatives.items():
            short_words = tuple(short_key.split())
            if len(short_words) == 1 and (len(short_key) <= 3 or short_key.isdigit()):
                continue
            if short_words[0] in _NAME_CONNECTORS:
                continue  # "of Iran" is a piece of a name, never a shorter form of one
            candidates: set[int] = set()
            for long_key, single in longer.get(short_words, ()):
                wanted = ("organisation",) if single else ("organisation", None)
                for long_index in representatives[long_key]:
                    if self.group_of(long_index) in wanted:
                        candidates.add(self.find(long_index))
            for short_index in short_indexes:
                if self.group_of(short_index) in ("person", "place"):
                    continue
                fitting = {root for root in candidates if self.compatible(root, short_index)}
                fitting.discard(self.find(short_index))
                if len(fitting) == 1:
                    self.union(short_index, fitting.pop())

    def join_given_name_variants(self) -> None:
        people = self._people()
        by_surname: dict[str, list[int]] = defaultdict(list)
        for root, names in people.items():
            for words in names:
                by_surname[surname(words)].append(root)
        for roots in by_surname.values():
            unique = list(dict.fromkeys(roots))
            for position, first in enumerate(unique):
                for second in unique[position + 1 :]:
                    if self._same_person(first, second, people):
                        self.union(first, second, same_person=True)

    def _same_person(self, first: int, second: int, people: dict[int, list[list[str]]]) -> bool:
        if self.find(first) == self.find(second) or not self.compatible(first, second):
            return False
        initials_a = {words[0][0] for words in people[first]}
        initials_b = {words[0][0] for words in people[second]}
        if not initials_a & initials_b:
            return False
        roles_a = self._roles(first)
        roles_b = self._roles(second)
        return any(a <= b or b <= a for a in roles_a for b in roles_b)

    def join_nicknames(self) -> None:
        """Bill Hakim = William Hakim: same surname, given names one name through the
        nickname table, compatible types, and roles that do not disagree."""
        people = self._people()
        by_surname: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for root, names in people.items():
            for words in names:
                if len(words) == 2:
                    by_surname[surname(words)].append((root, words[0]))
        for entries in by_surname.values():
            for position, (first, given_a) in enumerate(entries):
                for second, given_b in entries[position + 1 :]:
                    if not nickname_variants(given_a, given_b):
                        continue
                    if self._may_be_one_person(first, second):
                        self.union(first, second, same_person=True)

    def join_given_name_spellings(self) -> None:
        """Robyn / Robin Mendes, Catherine / Katherine / Kathryn Gomes: the same surname and
        given names that are one name spelt two ways (:func:`given_name_spelling`), with
        compatible types and roles that do not disagree. Dana / Dean, Marian / Marion stay
        apart (too short, or a vowel of another class)."""
        people = self._people()
        by_surname: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
        for root, names in people.items():
            for words in names:
                if len(words) in (2, 3):
                    by_surname[tuple(words[1:])].append((root, words[0]))
        for entries in by_surname.values():
            for position, (first, given_a) in enumerate(entries):
                for second, given_b in entries[position + 1 :]:
                    if not given_name_spelling(given_a, given_b):
                        continue
                    if self._may_be_one_person(first, second):
                        self.union(first, second, same_person=True)

    def join_surname_particles(self) -> None:
        """Same given name, surname with and without a particle written before it ("LaCalamita",
        "La Calamita", "Calamita"), compatible types and roles that do not disagree."""
        people = self._people()
        by_name: dict[tuple[str, str], list[tuple[int, bool]]] = defaultdict(list)
        for index, mention in enumerate(self.mentions):
            root = self.find(index)
            if root not in people:
                continue
            found = _without_particle(mention.name, self.keys[index])
            if found is not None:
                given, bare, had_particle = found
                by_name[(given, bare)].append((root, had_particle))
        for entries in by_name.values():
            with_particle = {root for root, had in entries if had}
            without = {root for root, had in entries if not had}
            for first in with_particle:
                for second in without:
                    if self._may_be_one_person(first, second):
                        self.union(first, second, same_person=True)

    def join_middle_names(self) -> None:
        """Oskar Ferrin Dalby = Oskar Dalby: a person's full name with and without a middle
        name (the same first and last name), when only one such full name is in the set."""
        people = self._people()
        by_ends: dict[tuple[str, str], set[int]] = defaultdict(set)
        two_word: list[tuple[int, tuple[str, str]]] = []
        for root, names in people.items():
            for words in names:
                if len(words) == 3:
                    by_ends[(words[0], words[-1])].add(root)
                elif len(words) == 2:
                    two_word.append((root, (words[0], words[1])))
        for root, ends in two_word:
            candidates = {self.find(other) for other in by_ends.get(ends, set())}
            candidates.discard(self.find(root))
            candidates = {other for other in candidates if self.compatible(other, root)}
            if len(candidates) == 1:
                self.union(root, candidates.pop())

    def join_vessel_names(self) -> None:
        """INS Sukanya = Indian Naval Ship Sukanya = the warship Sukanya = Sukanya: a ship's
        name with and without its prefix, whatever the labels, unless two navies' prefixes
        disagree (HMS Victory is not USS Victory); a bare name of two words or more never
        joins a person ("HMS Queen Elizabeth")."""
        representatives = self._key_representatives()
        ships: dict[tuple[str, ...], list[tuple[str | None, int]]] = defaultdict(list)
        for key, indexes in representatives.items():
            found = vessel_name(tuple(key.split()))
            if found is not None:
                navy, bare = found
                ships[bare].extend((navy, index) for index in indexes)
        for bare, prefixed in ships.items():
            if len({navy for navy, _ in prefixed if navy is not None}) > 1:
                continue
            members = [index for _, index in prefixed]
            for index in representatives.get(" ".join(bare), ()):
                if len(bare) > 1 and self.group_of(index) == "person":
                    continue
                members.append(index)
            for other in members[1:]:
                self.union(members[0], other, same_vessel=True)

    def join_surnames(self) -> None:
        people = self._people()
        by_surname: dict[tuple[str, ...], set[int]] = defaultdict(set)
        for root, names in people.items():
            for words in names:
                by_surname[(surname(words),)].add(root)
                if len(words) >= 3:
                    by_surname[tuple(words[-2:])].add(root)  # "Lo Presti", "Van Gogh"
        articles_of: dict[int, set[str]] = defaultdict(set)
        for index, mention in enumerate(self.mentions):
            articles_of[self.find(index)].add(mention.span.article_id)
        for index, key in enumerate(self.keys):
            written = tuple(key.split())
            if not 1 <= len(written) <= 2 or is_acronym(self.mentions[index].name):
                continue
            if self.group_of(index) not in (None, "person"):
                continue
            candidates = {self.find(root) for root in by_surname.get(written, set())}
            candidates = {root for root in candidates if self.compatible(root, index)}
            candidates.discard(self.find(index))
            if len(candidates) > 1:
                # Ambiguous in the whole set: the one full name in the same article, if any.
                article_id = self.mentions[index].span.article_id
                candidates = {root for root in candidates if article_id in articles_of[root]}
            if len(candidates) == 1:
                self.union(index, candidates.pop())

    # -- helpers ------------------------------------------------------------------------

    def _key_representatives(self) -> dict[str, list[int]]:
        """Each distinct key and one mention per cluster that has it."""
        found: dict[str, dict[int, int]] = defaultdict(dict)
        for index, key in enumerate(self.keys):
            if key:
                found[key].setdefault(self.find(index), index)
        return {key: list(by_root.values()) for key, by_root in found.items()}

    def _people(self) -> dict[int, list[list[str]]]:
        """Clusters that are people with a full name (two words at least), and their names."""
        people: dict[int, list[list[str]]] = defaultdict(list)
        for index, key in enumerate(self.keys):
            words = key.split()
            if not 2 <= len(words) <= 4 or is_acronym(self.mentions[index].name):
                continue
            group = self.group_of(index)
            looks_personal = group == "person" or (
                group is None
                and len(words) <= 3
                and not set(words) & _NAME_CONNECTORS
                and all(word.isalpha() for word in words)
            )
            if looks_personal:
                people[self.find(index)].append(words)
        return people

    def _may_be_one_person(self, first: int, second: int) -> bool:
        """Two groups not yet joined, of compatible types, whose roles (when both have one) do
        not disagree: one role's words contain the other's ("minister" / "interior minister")."""
        if self.find(first) == self.find(second) or not self.compatible(first, second):
            return False
        roles_a, roles_b = self._roles(first), self._roles(second)
        if roles_a and roles_b:
            return any(a <= b or b <= a for a in roles_a for b in roles_b)
        return True

    def _roles(self, index: int) -> list[frozenset[str]]:
        root = self.find(index)
        return [
            role_key(m.role) for i, m in enumerate(self.mentions) if m.role and self.find(i) == root
        ]


_PARTICLES = ("della", "del", "la", "le", "de", "di", "da", "van", "von", "du", "mac", "mc")
_ATTACHED_PARTICLE = re.compile(
    r"^(?:" + "|".join(p.capitalize() for p in _PARTICLES) + r")(?P<bare>[A-Z][a-z]{3,})$"
)


def _without_particle(name: str, key: str) -> tuple[str, str, bool] | None:
    """(given name, surname without its particle, whether a particle was written) for a
    person's name of two or three words; None for other names."""
    words = key.split()
    written = name.split()
    if len(written) != len(words) or not 2 <= len(words) <= 3:
        return None
    if len(words) == 3:
        if words[1] not in _PARTICLES:
            return None
        return words[0], words[2], True
    attached = _ATTACHED_PARTICLE.match(written[1])
    if attached is not None:
        return words[0], attached.group("bare").lower(), True
    return words[0], words[1], False


def _rival_names(first: frozenset[tuple[str, ...]], second: frozenset[tuple[str, ...]]) -> bool:
    """Whether two clusters hold rival names: as many words, the same last word, a different
    first word (Dario Kestrel / Dorin Kestrel, Foreign Ministry / Defence Ministry)."""
    if first & second:
        return False
    return any(len(a) == len(b) and a[-1] == b[-1] and a[0] != b[0] for a in first for b in second)


def _join_compatible(clusters: _Clusters, indexes: list[int]) -> None:
    """Join mentions of one name: each joins the first cluster it is compatible with."""
    heads: list[int] = []
    for index in indexes:
        for head in heads:
            if clusters.union(head, index, same_name=True):
                break
        else:
            heads.append(index)


def _person_without_affiliation(mention: Mention) -> str:
    """A person's name without the place or body written after it with "of" ("James G. Tarrow
    of Superior Court", "Ana Vell of Dravik" are James G. Tarrow and Ana Vell), when the model
    labelled the whole a person and what comes before "of" has a person's shape."""
    name = mention.name
    if mention.label != "PERSON" or " of " not in name:
        return name
    before = name.split(" of ", 1)[0]
    return before if has_person_shape(before.split()) else name


def _key(name: str) -> str:
    """The comparison key of a written name; well-known aliases only for capitalised names."""
    if not any(char.isupper() for char in name):
        return fold(name)
    return alias_key(name)


def _has_acronym_word(key: str) -> bool:
    return any(len(word) <= 3 for word in key.split()) and len(key.split()) == 1


def _article_labels(mentions: list[Mention], keys: list[str]) -> list[str]:
    """Each mention's label, made consistent: within an article, the label the model gave the
    same name most often there (OTHER on a tie); then, across articles, the label most of the
    name's mentions have when it is more than half of them (one stray label does not split an
    entity; a tie, such as a person called Jordan in one report and the country in another,
    stays apart, unless the name has a person's shape and its surname alone is a person's)."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for mention, key in zip(mentions, keys, strict=True):
        if mention.label != "OTHER":
            votes[(mention.span.article_id, key)][mention.label] += 1
    labels = []
    for mention, key in zip(mentions, keys, strict=True):
        vote = votes.get((mention.span.article_id, key))
        if not vote:
            labels.append(mention.label)
            continue
        ranked = vote.most_common(2)
        tied = len(ranked) == 2 and ranked[0][1] == ranked[1][1]
        labels.append("OTHER" if tied else ranked[0][0])  # a tie says nothing
    overall: dict[str, Counter[str]] = defaultdict(Counter)
    for label, key in zip(labels, keys, strict=True):
        if label in _TYPE_GROUPS:
            overall[key][_TYPE_GROUPS[label]] += 1
    surnames = {
        key.split()[-1]
        for label, key in zip(labels, keys, strict=True)
        if label == "PERSON" and len(key.split()) >= 2
    }
    people_alone = {
        key for label, key in zip(labels, keys, strict=True) if label == "PERSON" and " " not in key
    }
    for index, key in enumerate(keys):
        groups = overall.get(key)
        if not groups or len(groups) < 2:
            continue
        (group, count), *_rest = groups.most_common(1)
        tie_on_person = 2 * count == sum(groups.values()) and "person" in groups
        if tie_on_person and (key in surnames or _person_by_surname(key, people_alone)):
            group = "person"  # a tie on "Mostashari" or "Emil Sarvik" (with "Sarvik" a person)
        elif 2 * count <= sum(groups.values()):
            continue
        if _TYPE_GROUPS.get(labels[index]) != group:
            labels[index] = next(
                label
                for label, key_of_label in zip(labels, keys, strict=True)
                if key_of_label == key and _TYPE_GROUPS.get(label) == group
            )
    for index, key in enumerate(keys):
        if (
            labels[index] == "ORG"
            and set(overall.get(key, {})) <= {"organisation", "person"}
            and len(key.split()) == 2
            and _person_by_surname(key, people_alone)
            and not set(key.split()) & _ORGANISATION_WORDS
        ):
            labels[index] = "PERSON"  # "Unique Armstead" read as a firm, "Armstead" a person
    _surnames_of_people_named_before(mentions, keys, labels)
    return labels


def _surnames_of_people_named_before(
    mentions: list[Mention], keys: list[str], labels: list[str]
) -> None:
    """A one-word name labelled a place or an organisation that is the surname of a person the
    same article named in full before it is that person ("Ana Lisa Vell ... Vell", with the
    model reading the second "Vell" as a place). The full name counts as a person's where it
    has no label there but is labelled a person elsewhere. Never a country name."""
    people = {key for key, label in zip(keys, labels, strict=True) if label == "PERSON"}
    named: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for mention, key, label in zip(mentions, keys, labels, strict=True):
        words = key.split()
        person = label == "PERSON" or (label == "OTHER" and key in people)
        if person and 2 <= len(words) <= 4 and key.replace(" ", "").isalpha():
            named[mention.span.article_id].append((mention.span.start, words[-1]))
    for index, (mention, key) in enumerate(zip(mentions, keys, strict=True)):
        if labels[index] not in ("GPE", "LOC", "ORG", "FAC") or " " in key or key in COUNTRIES:
            continue
        if not key.isalpha() or is_acronym(mention.name):
            continue
        if any(
            start < mention.span.start and last == key
            for start, last in named.get(mention.span.article_id, ())
        ):
            labels[index] = "PERSON"


_ORGANISATION_WORDS = frozenset(
    {
        "bank", "church", "group", "party", "university", "college", "school", "company",
        "council", "agency", "ministry", "department", "police", "army", "union", "news",
        "times", "post", "press", "media", "motors", "airlines", "club", "fund", "foundation",
        "institute", "association", "hospital", "court", "stanley", "sachs", "brothers",
    }
)  # fmt: skip
"""Words that make a two-word name an organisation's even when its last word is a person's
("Goldman Sachs", "Lehman Brothers")."""


def _person_by_surname(key: str, people_alone: set[str]) -> bool:
    """Two or three alphabetic words whose last word alone is labelled a person."""
    words = key.split()
    return 2 <= len(words) <= 3 and key.replace(" ", "").isalpha() and words[-1] in people_alone


def _looks_like_personal_name(name: str) -> bool:
    """Two to four capitalised words, no possessive, no "of", no word in capitals: "Dario
    Kestrel", not "People's Mojahedin" or "Council of Resistance"."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and not re.search(r"['’]s\b", name)
        and all(word[:1].isupper() and not word.isupper() for word in words)
    )


def link_claimers(
    readings: tuple[Reading, ...],
    entities: tuple[Entity, ...],
    *,
    texts: Mapping[str, str] | None = None,
) -> tuple[Reading, ...]:
    """The readings with every claimer's ``entity_id`` set.

    The claimer is the entity of a mention in its antecedent (pronouns, descriptions resolved
    to a name), else in its own span; inside a longer phrase, the mention whose entity has the
    claimer's name, else the first person ("the governor of Qeshm, Mehdi Irannejad"), else the
    first mention that is not a group adjective ("Albanian
    authorities" is not the entity "Albanian"; "Ali Safavi, a member of the NCRI's Foreign
    Affairs Committee" is Ali Safavi). A claimer with no mention under it is linked by name when
    exactly one entity has that name among its variants.

    A description is not the party its modifier relates it to: in "a coalition linked to the
    MEK" the MEK is not the claimer. Such a description is linked, when ``texts`` (article id to
    text) are given, to the one party the article names with it in apposition ("the National
    Council of Resistance of Iran, a coalition that ..."), else to nothing.
    """
    by_article: dict[str, list[tuple[Span, Entity]]] = defaultdict(list)
    for entity in entities:
        for span in entity.mentions:
            by_article[span.article_id].append((span, entity))
    for spans in by_article.values():
        spans.sort(key=lambda pair: (pair[0].start, pair[0].end))
    by_name: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for variant in entity.variants:
            by_name[_key(variant)].add(entity.id)

    def link(claimer: Claimer) -> Claimer:
        name_key = _key(claimer.name) if claimer.name else ""
        own_span = claimer.span
        related = claimer.kind == "description" and own_span is not None
        if related and own_span is not None:
            cut = _before_relation(own_span)
            related = cut is not own_span
            own_span = cut
        entity_id = (
            _entity_at(claimer.antecedent, name_key, by_article)
            or _person_in_apposition(claimer, texts, by_article)
            or _entity_at(own_span, name_key, by_article)
        )
        if entity_id is None and related and claimer.span is not None and texts:
            entity_id = _named_in_apposition(
                texts.get(claimer.span.article_id, ""), claimer.name, by_article, claimer.span
            )
        if entity_id is None and name_key:
            named = by_name.get(name_key, set())
            entity_id = next(iter(named)) if len(named) == 1 else None
        if entity_id is None or entity_id == claimer.entity_id:
            return claimer
        return dataclasses.replace(claimer, entity_id=entity_id)

    linked = []
    for reading in readings:
        attributions = tuple(
            dataclasses.replace(a, claimer=link(a.claimer)) if a.claimer else a
            for a in reading.attributions
        )
        figures = tuple(
            dataclasses.replace(f, claimer=link(f.claimer)) if f.claimer else f
            for f in reading.figures
        )
        linked.append(dataclasses.replace(reading, attributions=attributions, figures=figures))
    return tuple(linked)


_APPOSITION_END = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")


def _person_in_apposition(
    claimer: Claimer,
    texts: Mapping[str, str] | None,
    by_article: Mapping[str, list[tuple[Span, Entity]]],
) -> str | None:
    """The person a description names in apposition right after it ("said the Central Mat-Su
    fire chief, James Steele."): the claimer is that person, not the body the description
    names ("Central Mat-Su")."""
    span = claimer.span
    if claimer.kind != "description" or span is None or not texts:
        return None
    text = texts.get(span.article_id, "")
    if text[span.end : span.end + 2] != ", ":
        return None
    for mention, entity in by_article.get(span.article_id, ()):
        if (
            entity.type == "PERSON"
            and mention.start == span.end + 2
            and _APPOSITION_END.match(text, mention.end)
        ):
            return entity.id
    return None


_RELATION = re.compile(
    r"\b(?:(?:linked|close|allied|tied|loyal|affiliated|aligned|connected|opposed)\s+(?:to|with)"
    r"|(?:backed|funded|supported|led|run|founded)\s+by|against)\b",
    re.IGNORECASE,
)
"""Words after a description's head that relate it to another party ("a coalition linked to")."""


def _before_relation(span: Span) -> Span:
    """The description up to the words that relate it to another party; the span itself when
    there are none."""
    match = _RELATION.search(span.text)
    if match is None or not span.text[: match.start()].strip():
        return span
    end = match.start()
    return Span(span.article_id, span.start, span.start + end, span.text[:end])


def _named_in_apposition(
    text: str,
    description: str,
    by_article: Mapping[str, list[tuple[Span, Entity]]],
    span: Span,
) -> str | None:
    """The one entity the article names right before ", a <description>" ("the National Council
    of Resistance of Iran, a coalition that ..."), outside the description's own span."""
    words = description.strip().split()
    if not words:
        return None
    pattern = re.compile(r",\s+(?:an?|the)\s+" + r"\s+".join(map(re.escape, words)) + r"\b")
    found: set[str] = set()
    for match in pattern.finditer(text):
        if span.start <= match.start() < span.end:
            continue
        for mention, entity in by_article.get(span.article_id, ()):
            if mention.end == match.start() and entity.type in {"ORG", "PERSON", "NORP", "GPE"}:
                found.add(entity.id)
    return next(iter(found)) if len(found) == 1 else None


def _entity_at(
    span: Span | None, name_key: str, by_article: Mapping[str, list[tuple[Span, Entity]]]
) -> str | None:
    """The entity a claimer's span (or antecedent) names, from the mentions it overlaps."""
    if span is None:
        return None
    overlapping = [
        (mention, entity)
        for mention, entity in by_article.get(span.article_id, ())
        if min(span.end, mention.end) > max(span.start, mention.start)
    ]
    if not overlapping:
        return None
    for _mention, entity in overlapping:
        if name_key and name_key in {_key(variant) for variant in entity.variants}:
            return entity.id
    people = [entity for _mention, entity in overlapping if entity.type == "PERSON"]
    if people:
        return people[0].id  # "the governor of Qeshm, Mehdi Irannejad" is the governor
    for mention, entity in overlapping:
        whole = mention.start <= span.start and span.end <= mention.end
        if entity.type != "NORP" or whole:
            return entity.id
    return None
