"""Check that a training re-run reproduced the shipped pipeline (issue 3).

Usage (from the repository root, after a re-run that does not ship)::

    STEPS=7000 SHIP=no RUN=training/output/rerun training/train.sh
    .venv/bin/python training/check_reproduced.py training/output/rerun/model-best

Compares, component by component, the SHA-256 of the re-run's weight files with the shipped
model's in ``corroborate/nlp/model/``, and the dev scores spaCy wrote into both ``meta.json``
files. Exits 0 when every weight file is byte-identical, 1 otherwise (the score table then shows
how far apart the two are).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

SCORES = ("tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "ents_f")


def weight_digests(model: Path) -> dict[str, str]:
    """SHA-256 of each component's ``model`` file, by component folder name."""
    return {
        path.parent.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(model.glob("*/model"))
    }


def main() -> int:
    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rerun", type=Path, help="the re-run's model folder (model-best)")
    parser.add_argument("--shipped", type=Path, default=root / "corroborate" / "nlp" / "model")
    args = parser.parse_args()
    shipped, rerun = weight_digests(args.shipped), weight_digests(args.rerun)
    identical = bool(shipped) and shipped == rerun
    for component in sorted(set(shipped) | set(rerun)):
        same = shipped.get(component) == rerun.get(component)
        print(f"{component:22} {'identical' if same else 'DIFFERENT'} weights")
    shipped_scores = json.loads((args.shipped / "meta.json").read_text())["performance"]
    rerun_scores = json.loads((args.rerun / "meta.json").read_text())["performance"]
    print(f"{'dev score':22} {'shipped':>8} {'re-run':>8}")
    for name in SCORES:
        print(f"{name:22} {100 * shipped_scores[name]:8.2f} {100 * rerun_scores[name]:8.2f}")
    print("reproduced: byte-identical weights" if identical else "NOT byte-identical")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
