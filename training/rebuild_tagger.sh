#!/usr/bin/env bash
# Rebuild the shipped accurate-mode tagger from PolNeAR train by its own recipe, on CPU or on a GPU:
#   bash training/rebuild_tagger.sh [OUT]      (OUT: src/quotegraph/models/attribution unless given)
# The recipe is the shipped weights' own record (src/quotegraph/models/attribution/training.json): its
# configuration, and the schedule its budgeted GPU run took (the decay replanned at the first dev score to end at
# steps.decay, there step 1,482 of the 1,890 the 30 epochs make), replayed with no time budget (sweep.py
# --decay-steps). The best epoch by dev (scored every 2 epochs) is exported as the int8 ONNX tagger, as the GPU
# machine's weights were (device/unpack.py). Fine-tuning starts from the base weights as the device kit stores
# them, as the shipped run did. Needs `pip install -e '.[train]'`. About 3 to 5 hours on 2 CPU cores (MODEL_CARD.md);
# expect scores near the shipped ones, not its bytes (GPU runs are not bit for bit repeatable, and the CPU trains in
# float32 where the GPU used bf16). Run in full on CPU (rounds 33-34, MODEL_LOG.md): best epoch 20 as on the GPU, the
# tagger alone on dev 65.53 / 82.85 exact / partial F1 against 65.55 / 83.22. The whole training state is kept
# in training/work/rebuild/checkpoints (under $WORK when set) at every dev score: a run cut short goes on from there
# when the script runs again, to the same weights (sweep.py --checkpoint-dir); remove that folder to start afresh.
# After it: the selector, the boundary refiner, then the verifier, which learns from the new tagger's cross-fitted
# train output (training/device/crossfit.sh, crossfit.py cache; MODEL_CARD.md, "How to rebuild").
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-src/quotegraph/models/attribution}
record=src/quotegraph/models/attribution/training.json
work=${WORK:-training/work/rebuild}
python=${PYTHON:-python}
mkdir -p "$work/config"
# the recorded configuration, as the one the sweep trains (named "shipped"), and where its decay ended
decay=$("$python" -c "import json,sys; r=json.load(open(sys.argv[1])); json.dump(r['config'], open(sys.argv[2], 'w'));
print(r['steps']['decay'])" "$record" "$work/config/shipped.json")
"$python" training/device/kit.py pack --kit "$work/kit" --local
KIT="$work/kit" OUT="$work" CONFIGS="$work/config/shipped.json" BUDGET=inf EVAL_EVERY=2 PYTHON="$python" \
  SWEEP_ARGS="--decay-steps $decay --keep 1 --checkpoint-dir $work/checkpoints ${SWEEP_ARGS:-}" \
  bash training/device/run.sh
"$python" training/device/unpack.py "$work" shipped --out "$out"
