#!/usr/bin/env bash
# Set up, then run every check: ruff (lint + format), mypy, and the whole pytest suite against SQLite and a
# throwaway PostgreSQL on 127.0.0.1 that this script starts and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev

pg_started=0
cleanup() {
  if [ "$pg_started" = 1 ]; then bash scripts/stop-postgres.sh || true; fi
}
trap cleanup EXIT
if url=$(bash scripts/start-postgres.sh); then
  export QUOTEGRAPH_TEST_PG_URL="$url"
  pg_started=1
else
  echo "test.sh: PostgreSQL could not be started; PostgreSQL tests will be skipped" >&2
fi

# Browser tests drive Debian's chromium through Playwright (never `playwright install`); when chromium cannot
# be installed they are skipped, not failed.
if ! command -v chromium >/dev/null 2>&1; then
  (apt-get update && apt-get install -y chromium) >&2 \
    || echo "test.sh: chromium could not be installed; browser tests will be skipped" >&2
fi

.venv/bin/ruff check src tests benchmarks
.venv/bin/ruff format --check src tests benchmarks
.venv/bin/mypy
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
