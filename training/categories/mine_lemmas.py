"""Candidate verb lemmas per figure category, mined from the UD English treebanks.

Run (from the repository root; needs ../shared/data/ud-english-ewt and ud-english-gum)::

    .venv/bin/python training/categories/mine_lemmas.py --top 50 > training/categories/candidates.tsv
    .venv/bin/python training/categories/mine_lemmas.py --nouns --top 40 \
        > training/categories/candidate_nouns.tsv

What it does, reproducibly:

1. Reads the gold lemmas, POS and dependencies of the *train* documents of UD English EWT
   (CC BY-SA 4.0) and UD English GUM (train list; the ``whow`` and ``fiction`` documents,
   CC BY-NC-SA, are left out). Dev and test files are not read.
2. Keeps every verb lemma (UPOS ``VERB``) seen at least twice, and counts how often it governs
   a count: a subject, passive subject or object noun with a ``nummod`` child ("three men were
   arrested", "seized 40 rifles").
3. Ranks the lemmas for each category by the cosine similarity of MiniLM embeddings
   (:mod:`corroborate.embeddings`, numpy only) of the lemma in a sentence about a count, to the
   same sentence built on a few seed lemmas of that category (the largest similarity to any
   seed). The sentence uses the lemma's own past forms as the treebanks write them: "Twelve
   people were <past participle>." for the role of undergoing the verb (object, passive
   subject) and "Twelve people <past tense>." for doing it (active subject); a bare lemma
   embeds too little sense. Prints the top ``--top`` per category and role as TSV: category,
   role, rank, lemma, similarity, frequency, times governing a count.

The output is a list of *candidates*. The lexicon that ships
(:data:`corroborate.read.category_lemmas.VERB_LEMMA_CATEGORIES`) was reviewed by hand from it:
a lemma was kept only when its sense next to a count of people or things says the category
(docs/figures.md, "Sixth session"). No treebank text is written out, only lemmas and counts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared" / "data"

SEEDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("killed", "undergoing"): ("kill", "murder"),
    ("killed", "doing"): ("die", "perish"),
    ("injured", "undergoing"): ("injure", "wound", "hurt"),
    ("hospitalised", "undergoing"): ("hospitalize",),
    ("arrested", "undergoing"): ("arrest", "detain"),
    ("arrested", "doing"): ("surrender",),
    ("displaced", "undergoing"): ("evacuate", "displace", "rescue"),
    ("displaced", "doing"): ("flee", "evacuate"),
    ("seized", "undergoing"): ("seize", "confiscate"),
    ("deployed", "undergoing"): ("deploy", "dispatch", "send"),
    ("deployed", "doing"): ("respond",),
    ("population", "doing"): ("gather", "protest", "march", "live"),
}
"""A few seed lemmas per category and role: what the ranking is measured against."""

NOUN_SEEDS: dict[str, tuple[str, ...]] = {
    "killed": ("deaths", "fatalities"),
    "injured": ("injuries", "wounded"),
    "arrested": ("arrests", "detainees"),
    "displaced": ("evacuees", "displaced"),
    "buildings": ("buildings", "houses"),
}
"""With ``--nouns``: seed plural nouns per category, that say by themselves what is counted."""

NOUN_TEMPLATE = "There were twelve {}."
"""The sentence a counted plural noun is embedded in."""

TEMPLATES = {"undergoing": "Twelve people were {}.", "doing": "Twelve people {}."}
"""The sentence a lemma is embedded in, per role (its past participle, its past tense)."""

_COUNTED_RELATIONS = frozenset({"nsubj", "nsubj:pass", "obj"})
_LEFT_OUT_GENRES = ("GUM_whow_", "GUM_fiction_")


def train_files() -> list[Path]:
    """The train documents of both treebanks (GUM without wikiHow and fiction)."""
    files = []
    for treebank in ("ud-english-ewt", "ud-english-gum"):
        root = SHARED / treebank / "not-to-release"
        listed = (root / "file-lists" / "files.train").read_text(encoding="utf-8").split()
        for name in listed:
            if name.startswith(_LEFT_OUT_GENRES):
                continue
            path = root / "sources" / (name if name.endswith(".conllu") else name + ".conllu")
            if path.exists():
                files.append(path)
    return files


def sentences(path: Path):
    """The token rows of each sentence of a CoNLL-U file (multi-word and empty nodes left out)."""
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            columns = line.split("\t")
            if columns[0].isdigit():
                rows.append(columns)
    if rows:
        yield rows


def verb_counts(
    files: list[Path],
) -> tuple[Counter[str], Counter[str], dict[tuple[str, str], Counter[str]]]:
    """How often each verb lemma occurs, how often it governs a counted noun, and its written
    forms per tag (``VBN``, ``VBD``)."""
    seen: Counter[str] = Counter()
    counting: Counter[str] = Counter()
    forms: dict[tuple[str, str], Counter[str]] = {}
    for path in files:
        for rows in sentences(path):
            children: dict[str, list[list[str]]] = {}
            for row in rows:
                children.setdefault(row[6], []).append(row)
            for row in rows:
                if row[3] != "VERB":
                    continue
                lemma = row[2].lower()
                if not lemma.isalpha():
                    continue
                seen[lemma] += 1
                if row[4] in {"VBN", "VBD"}:
                    forms.setdefault((lemma, row[4]), Counter())[row[1].lower()] += 1
                for argument in children.get(row[0], []):
                    if argument[7] in _COUNTED_RELATIONS and any(
                        child[7] == "nummod" for child in children.get(argument[0], [])
                    ):
                        counting[lemma] += 1
                        break
    return seen, counting, forms


def counted_nouns(files: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """How often each plural common noun (``NNS``) occurs, and how often with a ``nummod``."""
    seen: Counter[str] = Counter()
    counting: Counter[str] = Counter()
    for path in files:
        for rows in sentences(path):
            counted = {row[6] for row in rows if row[7] == "nummod"}
            for row in rows:
                word = row[1].lower()
                if row[4] != "NNS" or not word.isalpha():
                    continue
                seen[word] += 1
                if row[0] in counted:
                    counting[word] += 1
    return seen, counting


def rank_nouns(top: int, min_count: int) -> None:
    """Print the plural nouns nearest each category's seed nouns (``--nouns``)."""
    from corroborate.embeddings import load_encoder

    seen, counting = counted_nouns(train_files())
    nouns = sorted(noun for noun, count in seen.items() if count >= min_count)
    encoder = load_encoder()
    vectors = encoder.encode([NOUN_TEMPLATE.format(noun) for noun in nouns], batch_size=64)
    print("category\trank\tnoun\tsimilarity\tfrequency\tcounted")
    for category, seeds in NOUN_SEEDS.items():
        seed_vectors = encoder.encode([NOUN_TEMPLATE.format(seed) for seed in seeds])
        similarity = (vectors @ seed_vectors.T).max(axis=1)
        order = np.argsort(-similarity, kind="stable")
        for rank, position in enumerate(order[:top], start=1):
            noun = nouns[position]
            print(
                f"{category}\t{rank}\t{noun}\t{similarity[position]:.3f}\t{seen[noun]}"
                f"\t{counting[noun]}"
            )


def written(lemma: str, tag: str, forms: dict[tuple[str, str], Counter[str]]) -> str:
    """The lemma's most frequent form with ``tag`` in the treebanks; for a lemma never seen
    with it, the other past form, or a regular "-ed" form."""
    for wanted in (tag, "VBN" if tag == "VBD" else "VBD"):
        counter = forms.get((lemma, wanted))
        if counter:
            return counter.most_common(1)[0][0]
    return lemma + ("d" if lemma.endswith("e") else "ed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=60, help="candidates printed per category")
    parser.add_argument("--min-count", type=int, default=2, help="least frequency kept")
    parser.add_argument("--nouns", action="store_true", help="rank counted plural nouns instead")
    options = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} not present: the treebanks are needed", file=sys.stderr)
        return 1
    sys.path.insert(0, str(REPO))
    if options.nouns:
        rank_nouns(options.top, options.min_count)
        return 0
    from corroborate.embeddings import load_encoder

    seen, counting, forms = verb_counts(train_files())
    lemmas = sorted(lemma for lemma, count in seen.items() if count >= options.min_count)
    encoder = load_encoder()
    vectors = {}
    for role, template in TEMPLATES.items():
        tag = "VBN" if role == "undergoing" else "VBD"
        sentences_of = [template.format(written(lemma, tag, forms)) for lemma in lemmas]
        vectors[role] = encoder.encode(sentences_of, batch_size=64)
    print("category\trole\trank\tlemma\tsimilarity\tfrequency\tgoverning_a_count")
    for (category, role), seeds in SEEDS.items():
        tag = "VBN" if role == "undergoing" else "VBD"
        seed_vectors = encoder.encode(
            [TEMPLATES[role].format(written(seed, tag, forms)) for seed in seeds]
        )
        similarity = (vectors[role] @ seed_vectors.T).max(axis=1)
        order = np.argsort(-similarity, kind="stable")
        for rank, position in enumerate(order[: options.top], start=1):
            lemma = lemmas[position]
            print(
                f"{category}\t{role}\t{rank}\t{lemma}\t{similarity[position]:.3f}"
                f"\t{seen[lemma]}\t{counting[lemma]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
