"""Convert PolNeAR's *train* split to spaCy DocBin files for the attribution measurement model.

Run from the repository root (``training/attribution/train.sh`` does)::

    .venv/bin/python training/attribution/convert_polnear.py

Reads ../shared/data/eval/polnear/data/train (brat ``.ann`` standoff, character offsets) and
writes training/output/attribution/corpus/{train,dev}.spacy. PolNeAR has no licence: what is
built from these files is for measurement only and is never shipped in the package.

- Gold spans are read and trimmed by the benchmark's own reader
  (``benchmarks/attribution_polnear.gold_spans``), so the model learns the very boundaries the
  scorer compares; a discontinuous span is its separate pieces.
- Each span becomes an entity labelled SOURCE, CUE or CONTENT over the whole document, tokenized
  by the shipped model's tokenizer, and each token gets the tag the model learns: ``B-SOURCE``,
  ``I-SOURCE``, ..., or ``O`` (outside every span), stored as the token's ``tag_``. A span whose
  ends fall inside a token is widened to whole tokens; a span that overlaps one already placed
  is dropped (PolNeAR is univocal, so this is rare); both are counted and printed.
- A text annotated more than once keeps its first annotation file (sorted by name).
- Every ``DEV_EVERY``-th text (sorted by name) goes to the dev file used for early stopping:
  a slice of *train*, never PolNeAR's dev split, which is what the benchmark reports on.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import spacy  # noqa: E402
from attribution_polnear import ROLES, gold_spans  # noqa: E402
from spacy.tokens import DocBin, Span, Token  # noqa: E402

POLNEAR_TRAIN = ROOT / ".." / "shared" / "data" / "eval" / "polnear" / "data" / "train"
MODEL_DIR = ROOT / "corroborate" / "nlp" / "model"
OUTPUT = ROOT / "training" / "output" / "attribution" / "corpus"
DEV_EVERY = 12
OUTSIDE = "O"


def first_annotation_per_text(folder: Path) -> list[tuple[Path, Path]]:
    """(annotation, text) pairs, one per text: the first annotation file in name order."""
    pairs: dict[Path, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        text_path = folder / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")
        if text_path.exists() and text_path not in pairs:
            pairs[text_path] = ann
    return [(ann, text) for text, ann in sorted(pairs.items())]


def bio_tag(token: Token) -> str:
    """The token's role as the tagger learns it: ``B-ROLE`` opens a span, ``I-ROLE`` goes on."""
    if not token.ent_type_:
        return OUTSIDE
    return f"{'B' if token.ent_iob_ == 'B' else 'I'}-{token.ent_type_}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    arguments = parser.parse_args()
    if not POLNEAR_TRAIN.exists():
        sys.exit(f"../shared/data/eval/polnear not present ({POLNEAR_TRAIN}): nothing to convert")
    tokenizer = spacy.load(
        MODEL_DIR,
        exclude=["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"],
    ).tokenizer
    counts: Counter[str] = Counter()
    train, dev = DocBin(), DocBin()
    for number, (ann, text_path) in enumerate(first_annotation_per_text(POLNEAR_TRAIN)):
        text = text_path.read_text(encoding="utf-8")
        doc = tokenizer(text)
        gold = gold_spans(ann, text)
        pieces = sorted(
            ((start, end, role) for role in ROLES for start, end in gold.get(role, set())),
            key=lambda piece: (piece[0], -piece[1]),
        )
        entities: list[Span] = []
        taken: set[int] = set()
        for start, end, role in pieces:
            span = doc.char_span(start, end, label=role.upper(), alignment_mode="expand")
            counts["spans"] += 1
            if span is None or len(span) == 0:
                counts["unalignable"] += 1
                continue
            if (span.start_char, span.end_char) != (start, end):
                counts["widened to whole tokens"] += 1
            if any(index in taken for index in range(span.start, span.end)):
                counts["overlapping, dropped"] += 1
                continue
            taken.update(range(span.start, span.end))
            entities.append(span)
        doc.set_ents(entities, default="outside")
        for token in doc:
            token.tag_ = bio_tag(token)
        (dev if number % DEV_EVERY == 0 else train).add(doc)
        counts["dev documents" if number % DEV_EVERY == 0 else "train documents"] += 1
    arguments.output.mkdir(parents=True, exist_ok=True)
    train.to_disk(arguments.output / "train.spacy")
    dev.to_disk(arguments.output / "dev.spacy")
    for name, value in sorted(counts.items()):
        print(f"{name}: {value}")
    print(f"wrote {arguments.output}/train.spacy and dev.spacy")


if __name__ == "__main__":
    main()
