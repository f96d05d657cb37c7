#!/usr/bin/env bash
# Rebuild accurate mode's three small models in the order each learns from the ones before it:
#   bash training/rebuild_small_models.sh
# 1. training/cpu_tagger.py writes the CPU-trained tagger from the repository's history (training/work/cpu-tagger);
# 2. the merge selector and 3. the boundary refiner learn from that tagger's output on train (it had not memorized
#    train as the shipped tagger has) and are checked on dev as the shipped tagger reads it;
# 4. the verifier learns from what accurate mode then makes of the shipped tagger's cross-fitted train output: put
#    it in CACHE_DIR first (training/device/crossfit.sh on a GPU, then `python training/crossfit.py cache FOLDER`),
#    or the verifier's trainer warns and learns from the shipped tagger's own train output.
# Run it after any change to the tagger or the rules: each model must be rebuilt whenever what it learns from changes.
# The shipped selector, refiner and verifier were fit on earlier rules (MODEL_CARD.md; rebuild_from_history.sh gives
# their bytes); this chain on today's rules repeats byte for byte but scored no better on dev, so it is not what
# ships (MODEL_LOG.md).
# Each writes its file under src/quotegraph/models/attribution/. CACHE_DIR (training/work) keeps the taggers'
# output between runs; PARSES_DIR may hold train.spacy / dev.spacy DocBins to skip parsing (without it each of the
# three trainers parses both splits, about 10 minutes each on 2 cores). Needs `pip install -e '.[train]'` and the
# full git history. With PARSES_DIR and only the cross-fitted train output cached: 4 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python}
cache=${CACHE_DIR:-training/work}
tagger=training/work/cpu-tagger
shared=(--cache-dir "$cache")
if [ -n "${PARSES_DIR:-}" ]; then shared+=(--parses-dir "$PARSES_DIR"); fi
"$python" training/cpu_tagger.py --out "$tagger"
"$python" training/train_selector.py --train-tagger "$tagger" "${shared[@]}"
"$python" training/train_boundaries.py --train-tagger "$tagger" "${shared[@]}"
"$python" training/train_verifier.py "${shared[@]}"
