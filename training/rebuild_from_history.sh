#!/usr/bin/env bash
# Rebuild a shipped small model with the trainer, rules and tagger of the commit that made it:
#   bash training/rebuild_from_history.sh selector|refiner|verifier [OUT]
# The shipped merge selector and boundary refiner learned from the CPU-trained tagger's train output, and the
# verifier from what accurate mode made of the shipped tagger's cross-fitted train output, under the rules of their
# own rounds, which today's code no longer has (training/rebuild_small_models.sh rebuilds the chain on today's
# rules; MODEL_CARD.md, "How to rebuild"). This checks out the commit that wrote the file (a git worktree
# under training/work/), runs that commit's trainer there with this repository's environment, and writes OUT (the
# shipped file's path unless given).
# - selector (babc60d): the shipped bytes, in 5 minutes on a 2-core CPU, parsing and tagging both splits.
# - refiner (47c4bc6): that round ran on a CPU without VNNI, whose int8 arithmetic tags a few words otherwise
#   (MODEL_LOG.md), so both splits are first tagged by that commit's tagger under Debian's qemu-user as such a CPU
#   (`qemu-x86_64 -cpu Haswell`, one process per core, JOBS; training/history_taggings.py), then that commit's
#   trainer runs natively: the shipped bytes, in about 3 hours on 2 cores, nearly all of it tagging. The pieces
#   stay in training/work/history-cache-47c4bc6/ (one folder per split and emulator), so a run cut short goes on where
#   it stopped. On an AVX2 CPU without AVX-512 or VNNI, EMULATOR= (empty) tags natively instead.
# - verifier (3afb954): learns from the cross-fitted train output, which only a GPU run makes (training/device/
#   crossfit.sh, then `python training/crossfit.py cache FOLDER`): CACHE_DIR (training/work) must hold that
#   taggings-train.pkl. The shipped bytes, in about 4 minutes on 2 cores, parsing both splits and tagging dev.
# Needs `pip install -e '.[train]'`, the full git history and, for the refiner, qemu-user (`apt install qemu-user`).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  selector) commit=babc60d trainer=training/train_selector.py file=selector.json cpu=native ;;
  refiner) commit=47c4bc6 trainer=training/train_boundaries.py file=boundaries.json cpu=Haswell ;;
  verifier) commit=3afb954 trainer=training/train_verifier.py file=verifier.json cpu=native ;;
  *) echo "usage: $0 selector|refiner|verifier [OUT]" >&2; exit 2 ;;
esac
out=$(realpath -m "${2:-src/quotegraph/models/attribution/$file}")
data=$(realpath ../shared/data/polnear)
work=$(realpath -m training/work)
tree=$work/history-$commit
cache=$work/history-cache-$commit
python=$(command -v "${PYTHON:-python}")
if [ "$1" = verifier ]; then
  cache=$(realpath -m "${CACHE_DIR:-training/work}")
  # the commit's trainer would take the tagger's own train output, or re-tag train over another tagger's, and warn
  tagger=$(git show "$commit:src/quotegraph/models/attribution/attribution.int8.onnx" 2>/dev/null | sha256sum | cut -d' ' -f1)
  if ! "$python" - "$cache/taggings-train.pkl" "$tagger" <<'PY'; then
import pickle, sys
from pathlib import Path
cache, weights = Path(sys.argv[1]), sys.argv[2]
stored = pickle.loads(cache.read_bytes()) if cache.is_file() else {}
sys.exit(0 if stored.get("crossfit") and stored.get("weights") == weights else 1)
PY
    echo "$0: the verifier learns from the shipped tagger's cross-fitted train output, which $cache/taggings-train.pkl" \
      "does not hold (training/device/crossfit.sh on a GPU, then python training/crossfit.py cache FOLDER; or set" \
      "CACHE_DIR)" >&2
    exit 2
  fi
fi
mkdir -p "$work"
git worktree add --detach "$tree" "$commit"
pids=()  # the emulated taggers running, stopped with the script
clean_up() {
  if [ "${#pids[@]}" -gt 0 ]; then kill "${pids[@]}" 2>/dev/null || true; fi
  git worktree remove --force "$tree"
}
trap clean_up EXIT
if [ "$cpu" != native ]; then
  read -r -a emulator <<<"${EMULATOR-qemu-x86_64 -cpu $cpu}"
  jobs=${JOBS:-$(nproc)}
  label=${emulator[*]:-native}  # pieces tagged one way are never taken for another's
  for split in train dev; do
    pieces=$cache/pieces-$split-${label// /_}
    for ((first = 0; first < jobs; first++)); do
      # qemu names each CPU feature of the model its TCG lacks (TSX, x2APIC: none of them arithmetic), again and again
      "${emulator[@]}" "$python" training/history_taggings.py tag "$tree" "$data/$split.jsonl" "$pieces" \
        --first "$first" --step "$jobs" 2> >(grep -v "TCG doesn't support requested feature" >&2 || true) &
      pids+=("$!")
    done
    for pid in "${pids[@]}"; do wait "$pid"; done
    pids=()
    "$python" training/history_taggings.py join "$tree" "$data/$split.jsonl" "$pieces" "$cache/taggings-$split.pkl"
  done
fi
(cd "$tree" && "$python" "$trainer" --train "$data/train.jsonl" --dev "$data/dev.jsonl" --cache-dir "$cache" \
  --out "$out")
