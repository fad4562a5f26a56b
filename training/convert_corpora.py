"""Convert the UD English treebanks in ``../shared/data`` into spaCy ``DocBin`` training files.

Usage (from the repository root)::

    .venv/bin/python training/convert_corpora.py [--data ../shared/data] [--out training/corpus]

Splits: *train* is EWT's and GUM's per-document source files listed in
``not-to-release/file-lists/files.train``; *dev* and *test* are EWT's ``en_ewt-ud-dev/test.conllu``
and GUM's per-document files listed in ``files.dev`` / ``files.test``. GUM's ``whow`` and
``fiction`` documents (CC BY-NC-SA) are left out of every split.

Named entities come from GUM's ``Entity=`` MISC annotation, names only (see ``docs/nlp.md``);
EWT documents carry no entity annotation, so their entity values are left *missing* (not "O")
and the NER is trained on GUM alone.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from corroborate.nlp.conllu import docs_from_sentences, read_conllu
from corroborate.nlp.gum_entities import sentence_entities

EXCLUDED_GUM_GENRES = ("GUM_whow_", "GUM_fiction_")
SENTENCES_PER_DOC = 10


def listed_files(corpus: Path, split: str) -> list[Path]:
    """The per-document source files of one split, in list order, without excluded genres."""
    names = (corpus / "not-to-release" / "file-lists" / f"files.{split}").read_text().split()
    paths = []
    for name in names:
        if name.startswith(EXCLUDED_GUM_GENRES):
            continue
        path = corpus / "not-to-release" / "sources" / name
        path = path if path.suffix == ".conllu" else path.with_name(name + ".conllu")
        if path.exists():  # GUM's Reddit documents are not distributed with text: absent
            paths.append(path)
    return paths


def convert(data: Path, out: Path) -> dict[str, int]:
    """Write train/dev/test DocBins (combined and per treebank); return docs written per file."""
    nlp = spacy.blank("en")
    ewt = data / "ud-english-ewt"
    gum = data / "ud-english-gum"
    parts: dict[str, list[Doc]] = {}
    for split in ("train", "dev", "test"):
        if split == "train":
            ewt_sents = (s for p in listed_files(ewt, split) for s in read_conllu(p))
        else:
            ewt_sents = read_conllu(ewt / f"en_ewt-ud-{split}.conllu")
        gum_sents = (s for p in listed_files(gum, split) for s in read_conllu(p))
        parts[f"{split}-ewt"] = list(
            docs_from_sentences(nlp.vocab, ewt_sents, max_sentences=SENTENCES_PER_DOC)
        )
        parts[f"{split}-gum"] = list(
            docs_from_sentences(
                nlp.vocab,
                gum_sents,
                max_sentences=SENTENCES_PER_DOC,
                find_entities=sentence_entities,
            )
        )
        parts[split] = parts[f"{split}-ewt"] + parts[f"{split}-gum"]
    out.mkdir(parents=True, exist_ok=True)
    for name, docs in parts.items():
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{name}.spacy")
    return {name: len(docs) for name, docs in parts.items()}


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=root / ".." / "shared" / "data")
    parser.add_argument("--out", type=Path, default=root / "training" / "corpus")
    args = parser.parse_args()
    for name, count in convert(args.data, args.out).items():
        print(f"{name}: {count} docs")


if __name__ == "__main__":
    main()
