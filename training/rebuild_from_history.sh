#!/usr/bin/env bash
# Rebuild a shipped small model with the trainer, rules and tagger of the commit that made it:
#   bash training/rebuild_from_history.sh selector|refiner [OUT]
# The shipped merge selector and boundary refiner learned from the CPU-trained tagger's train output under the rules
# of their own rounds, which today's code no longer has (training/rebuild_small_models.sh rebuilds the chain on
# today's rules; MODEL_CARD.md, "How to rebuild"). This checks out the commit that wrote the file (a git worktree
# under training/work/), runs that commit's trainer there with this repository's environment, and writes OUT (the
# shipped file's path unless given).
# - selector (babc60d): the shipped bytes, in 5 minutes on a 2-core CPU, parsing and tagging both splits.
# - refiner (47c4bc6): that round ran on a CPU without VNNI, whose int8 arithmetic tags a few words otherwise
#   (MODEL_LOG.md), so both splits are first tagged by that commit's tagger under Debian's qemu-user as such a CPU
#   (`qemu-x86_64 -cpu Haswell`, one process per core, JOBS; training/history_taggings.py), then that commit's
#   trainer runs natively: the shipped bytes, in about 3 hours on 2 cores, nearly all of it tagging. The pieces
#   stay in training/work/history-cache-47c4bc6/ (one folder per split and emulator), so a run cut short goes on where
#   it stopped. On an AVX2 CPU without AVX-512 or VNNI, EMULATOR= (empty) tags natively instead.
# Needs `pip install -e '.[train]'`, the full git history and, for the refiner, qemu-user (`apt install qemu-user`).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  selector) commit=babc60d trainer=training/train_selector.py file=selector.json cpu=native ;;
  refiner) commit=47c4bc6 trainer=training/train_boundaries.py file=boundaries.json cpu=Haswell ;;
  *) echo "usage: $0 selector|refiner [OUT]" >&2; exit 2 ;;
esac
out=$(realpath -m "${2:-src/quotegraph/models/attribution/$file}")
data=$(realpath ../shared/data/polnear)
work=$(realpath -m training/work)
tree=$work/history-$commit
cache=$work/history-cache-$commit
python=$(command -v "${PYTHON:-python}")
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
