#!/usr/bin/env bash
# The NER-only experiments of docs/nlp.md (2026-11-25): does the NER gain from its own tok2vec or
# from static word vectors made from MiniLM's word-piece table? Nothing here is shipped.
#
#   training/experiments/ner_only.sh [STEPS]     from the repository root; default 3000 steps
#
# Needs training/corpus/ (run training/convert_corpora.py, or training/train.sh, first). Writes
# training/output/vectors/ and training/output/exp/{plain,vectors}/; the dev NER F1 of each
# evaluation is in training/output/exp/{plain,vectors}.log (column ENTS_F).
set -euo pipefail
cd "$(dirname "$0")/../.."
STEPS="${1:-3000}"
PY=.venv/bin/python
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
mkdir -p training/output/exp
nice -n 10 "$PY" training/build_vectors.py --out training/output/vectors
for variant in plain vectors; do
    nice -n 10 "$PY" -m spacy train "training/experiments/ner_$variant.cfg" \
        --output "training/output/exp/$variant" --code training/news_tokenizer.py \
        --training.max_steps "$STEPS" 2>&1 | tee "training/output/exp/$variant.log"
done
