#!/usr/bin/env bash
# Train the PolNeAR attribution *measurement* model (see docs/attribution_trained.md).
#
#   training/attribution/train.sh [MINUTES]     from the repository root; default 33 minutes
#   STEPS=N training/attribution/train.sh       stop after N optimizer steps instead (exact re-run)
#   STEPS=500 OUT=training/output/attribution-rerun training/attribution/train.sh
#                                               re-run into another folder (check that the log's
#                                               first rows repeat those of the first run)
#
# PolNeAR has no licence: the model is written to training/output/attribution/ (gitignored) and
# is never shipped in the package; it exists to measure what a trained model reaches
# (benchmarks/attribution_polnear_trained.py), next to the shipped rules.
#
# 1. convert PolNeAR *train* (../shared/data/eval/polnear/data/train) to DocBin files; every 12th
#    text is held out as the dev slice for early stopping (PolNeAR dev is never used here);
# 2. train on CPU, one thread, under `nice`, fixed seed (training/attribution/config.cfg),
#    evaluating on the dev slice every 250 steps and keeping the best model in
#    training/output/attribution/model-best; stopped after MINUTES of wall-clock time (the step
#    reached depends on the machine's load: it is in the log) or after STEPS steps.
set -euo pipefail
cd "$(dirname "$0")/../.."
MINUTES="${1:-33}"
PY=.venv/bin/python
OUT="${OUT:-training/output/attribution}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

nice -n 10 "$PY" training/attribution/convert_polnear.py --output "$OUT/corpus"
rm -rf "$OUT/model-best" "$OUT/model-last"
TRAIN=(nice -n 10 "$PY" -m spacy train training/attribution/config.cfg --output "$OUT"
    --code training/attribution/tokenizer_callback.py
    --paths.train "$OUT/corpus/train.spacy" --paths.dev "$OUT/corpus/dev.spacy")
started=$(date +%s)
if [[ -n "${STEPS:-}" ]]; then
    "${TRAIN[@]}" --training.max_steps "$STEPS" 2>&1 | tee "$OUT/train.log"
else
    # SIGINT makes spaCy stop cleanly; model-best holds the best evaluation so far.
    timeout --signal=INT "${MINUTES}m" "${TRAIN[@]}" 2>&1 | tee "$OUT/train.log" || true
fi
echo "training wall clock: $(( $(date +%s) - started )) s" | tee -a "$OUT/train.log"
