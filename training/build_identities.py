"""Build ``corroborate/nlp/wikipedia_identities.json`` from GUM's Wikipedia identities.

Usage (from the repository root)::

    .venv/bin/python training/build_identities.py [--data ../shared/data]

Reads the names (as the NER is trained on them) of GUM's train and dev documents, without
wikiHow and fiction, and keeps for each normalised name the identity it is most often linked to.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from convert_corpora import listed_files

from corroborate.nlp.conllu import read_conllu
from corroborate.nlp.gum_entities import sentence_names
from corroborate.nlp.identities import IDENTITIES_FILE, normalise_name


def build(gum: Path) -> dict[str, dict[str, object]]:
    """Normalised name -> {title, label, count} over GUM train and dev."""
    seen: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for split in ("train", "dev"):
        for path in listed_files(gum, split):
            for sentence in read_conllu(path):
                for name in sentence_names(sentence):
                    if not name.identity:
                        continue
                    words = sentence.words[name.start : name.end]
                    text = "".join(w.form + (" " if w.space_after else "") for w in words)
                    seen[normalise_name(text)][(name.identity, name.label)] += 1
    table = {}
    for key, counts in sorted(seen.items()):
        (title, label), count = counts.most_common(1)[0]
        table[key] = {"title": title, "label": label, "count": count}
    return table


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=root / ".." / "shared" / "data")
    args = parser.parse_args()
    table = build(args.data / "ud-english-gum")
    document = {
        "source": "UD English GUM Entity= identities (CC BY), train and dev documents, "
        "wikiHow and fiction excluded; built by training/build_identities.py",
        "names": table,
    }
    IDENTITIES_FILE.write_text(
        json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{IDENTITIES_FILE}: {len(table)} names")


if __name__ == "__main__":
    main()
