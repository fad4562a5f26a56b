#!/usr/bin/env bash
# The fast-parser experiment of docs/nlp.md (2026-11-25): the shipped pipeline with its parser
# replaced by a smaller one (hidden width 64, maxout 2) trained on the frozen shipped tok2vec.
# Nothing here is shipped.
#
#   training/experiments/fast_parser.sh [STEPS]    from the repository root; default 4000 steps
#
# Needs training/corpus/ (training/convert_corpora.py). Writes training/output/exp/fast_parser/
# and its log (dev LAS per evaluation in the DEP_LAS column).
set -euo pipefail
cd "$(dirname "$0")/../.."
STEPS="${1:-4000}"
PY=.venv/bin/python
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
mkdir -p training/output/exp
nice -n 15 "$PY" -m spacy train training/experiments/fast_parser.cfg \
    --output training/output/exp/fast_parser --code training/news_tokenizer.py \
    --training.max_steps "$STEPS" 2>&1 | tee training/output/exp/fast_parser.log
