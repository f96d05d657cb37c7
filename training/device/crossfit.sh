#!/usr/bin/env bash
# Cross-fitted tagger output on train, on a lent GPU machine (the device tool's `run`, from the repository root,
# carrying .device-kit, which `python training/device/kit.py pack` writes here first):
#   bash training/device/crossfit.sh
# Trains the shipped tagger's configuration (CONFIG) once per fold (FOLDS) on the other folds for up to BUDGET
# seconds (300: on an H200 each fold's 30 epochs take about 60 s; at 90, CUDA's start made the first fold's first
# dev score so slow that its decay was cut to 450 steps of 1,440), keeps each fold's best epoch by dev, and writes
# every train document's held-out logits (float16 parts) and crossfit.json to $OUT (4 folds: 265 s in all). Back here: `python training/crossfit.py cache FOLDER`, then train the verifier
# (`training/train_verifier.py --cache-dir`); the shipped one's record is src/quotegraph/models/attribution/crossfit.json.
set -euo pipefail
out=${OUT:?set OUT to the folder the results go to}
kit=${KIT:-.device-kit}
mkdir -p "$out"
export PYTHONPATH="$PWD/src${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1
python3 training/device/kit.py materialize "$kit" /tmp/qg-base
export QG_BASE_MODEL_DIR=/tmp/qg-base
nvidia-smi -L 2>/dev/null || echo "no GPU visible: training on CPU"
python3 training/crossfit.py train "${CONFIG:-training/device/configs/e30-lr2e-4-b64-d2.json}" \
  --train "${TRAIN:-$kit/train.jsonl.gz}" --dev "$kit/dev.jsonl.gz" --out "$out" --folds "${FOLDS:-4}" \
  --budget "${BUDGET:-300}" --eval-every "${EVAL_EVERY:-2}" 2>&1 | tee "$out/crossfit.log"
