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
