#!/usr/bin/env bash
# Set up, then run the main job on the bundled demo data: extract the seed-style wire article, ingest the 64
# Wikinews demo articles into ./quotegraph.db (embedded SQLite), and print a few searches.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
QG=.venv/bin/quotegraph
DB="${QUOTEGRAPH_DB:-quotegraph.db}"

echo "== who said what in one wire article (demo/tass-style.txt) =="
$QG extract demo/wire-sample.txt

echo "== ingest the demo corpus into $DB =="
$QG ingest demo/wikinews-articles.jsonl --db "$DB"
$QG stats --db "$DB"

echo "== the most quoted speakers =="
$QG speakers --db "$DB" --limit 10
echo "== search: what was said about \"climate change\" =="
$QG search '"climate change"' --db "$DB" --limit 5
echo "== search: direct quotes by Ban Ki-moon =="
$QG search --speaker "Ban" --type direct --db "$DB" --limit 5
echo "== search: quotes from 2017 mentioning Russia =="
$QG search Russia --since 2017-01-01 --until 2017-12-31 --db "$DB" --limit 5

echo "== the web UI and JSON API over $DB =="
$QG serve --db "$DB" --get /api/health
PORT="${QUOTEGRAPH_DEMO_PORT:-8000}"
# Serve in the foreground when run from a terminal (or QUOTEGRAPH_DEMO_SERVE=1); never in CI or a pipe.
serve="${QUOTEGRAPH_DEMO_SERVE:-}"
if [ -z "$serve" ]; then
  if [ -t 0 ] && [ -t 1 ] && [ -z "${CI:-}" ]; then serve=1; else serve=0; fi
fi
if [ "$serve" = 1 ]; then
  echo "serving the demo store at http://127.0.0.1:$PORT/  (Ctrl-C stops it)"
  exec $QG serve --db "$DB" --port "$PORT"   # prints the URL; Ctrl-C stops it
fi
echo "to browse it: $QG serve --db $DB   (then open http://127.0.0.1:$PORT/)"
