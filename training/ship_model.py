"""Copy a trained spaCy pipeline into ``corroborate/nlp/model/`` with corpus credits.

Usage (from the repository root)::

    .venv/bin/python training/ship_model.py training/output/run/model-best [--version 0.2.0]

The shipped ``config.cfg`` no longer names the training-only tokenizer callback (its rules are
already saved in ``tokenizer``), so ``spacy.load(corroborate/nlp/model)`` needs spaCy alone.
``meta.json`` names the corpora, their licences and the dev scores of the model.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from spacy.util import load_config

ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = ROOT / "corroborate" / "nlp" / "model"

SOURCES = [
    {
        "name": "Universal Dependencies English Web Treebank (UD_English-EWT) v2.15",
        "url": "https://github.com/UniversalDependencies/UD_English-EWT",
        "license": "CC BY-SA 4.0",
        "author": "Silveira et al. 2014; UD contributors",
        "use": "train split: tagger, morphologizer, lemmatizer, parser",
    },
    {
        "name": "Universal Dependencies English GUM (Georgetown University Multilayer corpus)",
        "url": "https://github.com/UniversalDependencies/UD_English-GUM",
        "license": "CC BY (Wikimedia, OpenStax, speech, vlog, conversation and other texts used)",
        "author": "Zeldes 2017; GUM contributors",
        "use": (
            "train split: tagger, morphologizer, lemmatizer, parser, named entities (Entity= "
            "annotation, names only). The CC BY-NC-SA parts (wikiHow 'whow', 'fiction') are "
            "excluded from training and evaluation."
        ),
    },
]


def best_checkpoint(log: Path, performance: dict[str, float]) -> dict[str, float]:
    """Epoch, step and dev score of the evaluation in a ``spacy train`` log that produced
    ``performance`` (the saved model's dev scores; matched on LAS and NER F1)."""
    wanted = (
        round(100 * performance.get("dep_las", 0), 2),
        round(100 * performance.get("ents_f", 0), 2),
    )
    rows = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split()
        if len(fields) > 7 and fields[0].isdigit() and fields[1].isdigit():
            las, ents_f = float(fields[-6]), float(fields[-4])
            rows.append(
                (
                    {
                        "epoch": int(fields[0]),
                        "step": int(fields[1]),
                        "dev_score": float(fields[-1]),
                    },
                    (las, ents_f),
                )
            )
    matching = [row for row, scores in rows if scores == wanted]
    if matching:
        return matching[-1]
    return max((row for row, _ in rows), key=lambda row: row["dev_score"], default={})


def ship(model_path: Path, *, version: str, log: Path | None = None) -> Path:
    """Replace ``MODEL_DIR`` by the pipeline at ``model_path`` and return ``MODEL_DIR``."""
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    shutil.copytree(model_path, MODEL_DIR)
    config = load_config(MODEL_DIR / "config.cfg", interpolate=False)
    config["initialize"]["before_init"] = None
    for key in ("train", "dev"):
        config["paths"][key] = None
    config.to_disk(MODEL_DIR / "config.cfg", interpolate=False)
    meta_path = MODEL_DIR / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "lang": "en",
            "name": "corroborate_news",
            "version": version,
            "description": (
                "corroborate's English pipeline: news tokenizer, tagger (XPOS), morphologizer "
                "(UPOS+FEATS), trainable lemmatizer, dependency parser, NER "
                "(PERSON, NORP, ORG, GPE, LOC, MISC) trained from open treebanks."
            ),
            "author": "corroborate developers",
            "url": "https://github.com/corroborate",
            "license": "CC BY-SA 4.0",
            "sources": SOURCES,
            "notes": (
                "Trained with training/train.sh (see docs/nlp.md). Entity labels follow the "
                "mapping in docs/nlp.md from GUM entity types. Scores under 'performance' are on "
                "the dev split (EWT dev + GUM dev without whow/fiction)."
            ),
        }
    )
    if log is not None:
        meta["training"] = {
            "command": "training/train.sh (docs/nlp.md)",
            "best_checkpoint": best_checkpoint(log, meta.get("performance", {})),
        }
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return MODEL_DIR


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--version", default="0.2.0")
    parser.add_argument("--log", type=Path, help="the spacy train log, for the checkpoint step")
    args = parser.parse_args()
    print(ship(args.model, version=args.version, log=args.log))


if __name__ == "__main__":
    main()
