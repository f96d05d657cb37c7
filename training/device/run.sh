#!/usr/bin/env bash
# The one command a lent GPU machine runs (the device tool's `run`, from the repository root, carrying
# .device-kit, which `python training/device/kit.py pack` writes here first):
#   bash training/device/run.sh
# Trains every configuration in training/device/configs/ for up to BUDGET seconds each, scores it on dev every
# EVAL_EVERY epochs, and writes sweep.json, sweep.log and the best configurations' weights (float16 parts) to
# $OUT. Back here, `python training/device/unpack.py FOLDER NAME` exports one as the shipped int8 ONNX tagger.
# CONFIGS, BUDGET, EVAL_EVERY, SWEEP_ARGS and PYTHON change what runs (training/rebuild_tagger.sh sets them).
set -euo pipefail
out=${OUT:?set OUT to the folder the results go to}
kit=${KIT:-.device-kit}
budget=${BUDGET:-100}
every=${EVAL_EVERY:-2}
python=${PYTHON:-python3}
mkdir -p "$out"
mapfile -t configs < <(ls ${CONFIGS:-training/device/configs/*.json})
export PYTHONPATH="$PWD/src${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1
"$python" training/device/kit.py materialize "$kit" /tmp/qg-base
export QG_BASE_MODEL_DIR=/tmp/qg-base
nvidia-smi -L 2>/dev/null || echo "no GPU visible: training on CPU"
# shellcheck disable=SC2086  # SWEEP_ARGS holds several options
"$python" training/sweep.py "${configs[@]}" --train "$kit/train.jsonl.gz" --dev "$kit/dev.jsonl.gz" --out "$out" \
  --budget "$budget" --eval-every "$every" ${SWEEP_ARGS:-} 2>&1 | tee "$out/sweep.log"
