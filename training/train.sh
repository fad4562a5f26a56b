#!/usr/bin/env bash
# Train corroborate's English pipeline and ship it to corroborate/nlp/model/ (see docs/nlp.md).
#
#   training/train.sh [MINUTES]            from the repository root; default 80 minutes
#   STEPS=N training/train.sh              stop after N optimizer steps instead (exact re-run)
#   STEPS=7000 SHIP=no RUN=training/output/rerun training/train.sh
#                                          re-run into another folder without shipping, to check
#                                          that training reproduces the shipped model (docs/nlp.md)
#
# 1. convert the treebanks in ../shared/data to training/corpus/*.spacy and build the table of
#    GUM's Wikipedia identities (corroborate/nlp/wikipedia_identities.json);
# 2. train with spaCy on one thread under `nice` (config training/config.cfg, fixed seed),
#    evaluating on dev every 1000 steps and keeping the best model in training/output/run/;
#    stopped after MINUTES of wall-clock time (the step reached depends on the machine: it is
#    printed in the log and written to meta.json) or after STEPS steps;
# 3. copy the best model into corroborate/nlp/model/ with corpus credits in meta.json.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES="${1:-80}"
PY=.venv/bin/python
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

nice -n 10 "$PY" training/convert_corpora.py
nice -n 10 "$PY" training/build_identities.py
RUN="${RUN:-training/output/run}"
rm -rf "$RUN"
mkdir -p "$(dirname "$RUN")"
if [[ -n "${STEPS:-}" ]]; then
    nice -n 10 "$PY" -m spacy train training/config.cfg --output "$RUN" \
        --code training/news_tokenizer.py --training.max_steps "$STEPS" \
        2>&1 | tee "$RUN.log"
else
    # SIGINT makes spaCy stop cleanly; model-best holds the best evaluation so far.
    nice -n 10 timeout --signal=INT "${MINUTES}m" "$PY" -m spacy train training/config.cfg \
        --output "$RUN" --code training/news_tokenizer.py \
        2>&1 | tee "$RUN.log" || true
fi
if [[ "${SHIP:-yes}" != "no" ]]; then
    nice -n 10 "$PY" training/ship_model.py "$RUN/model-best" \
        --version "${VERSION:-0.2.0}" --log "$RUN.log"
fi
