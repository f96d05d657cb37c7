#!/usr/bin/env bash
# Rebuild a shipped small model with the trainer, rules and tagger of the commit that made it:
#   bash training/rebuild_from_history.sh selector [OUT]
# The shipped merge selector learned from the CPU-trained tagger's train output under the rules of its own round,
# which today's code no longer has (training/rebuild_small_models.sh rebuilds the chain on today's rules;
# MODEL_CARD.md, "How to rebuild"). This checks out the commit that wrote it (a git worktree under training/work/),
# runs that commit's trainer there with this repository's environment, and writes OUT (the shipped file's path
# unless given): the shipped bytes, in 5 minutes on a 2-core CPU, parsing and tagging both splits. The boundary
# refiner is not listed: its commit (47c4bc6) run the same way gives another file on this machine (10,767 train
# contents against the 10,759 it recorded, end margin 0 against 0.15; MODEL_LOG.md). Needs
# `pip install -e '.[train]'` and the full git history.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  selector) commit=babc60d trainer=training/train_selector.py file=selector.json ;;
  *) echo "usage: $0 selector [OUT]" >&2; exit 2 ;;
esac
out=$(realpath -m "${2:-src/quotegraph/models/attribution/$file}")
data=$(realpath ../shared/data/polnear)
work=$(realpath -m training/work)
tree=$work/history-$commit
mkdir -p "$work"
git worktree add --detach "$tree" "$commit"
trap 'git worktree remove --force "$tree"' EXIT
(cd "$tree" && "${PYTHON:-python}" "$trainer" --train "$data/train.jsonl" --dev "$data/dev.jsonl" \
  --cache-dir "$work/history-cache-$commit" --out "$out")
