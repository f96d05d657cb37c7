#!/usr/bin/env bash
# Stop the throwaway PostgreSQL started by scripts/start-postgres.sh and delete its data directory.
set -euo pipefail

STATE="${QUOTEGRAPH_PG_STATE:-/tmp/quotegraph-pg.state}"
PGBIN="${QUOTEGRAPH_PG_BIN:-/usr/lib/postgresql/15/bin}"

if [ ! -f "$STATE" ]; then
  echo "stop-postgres: nothing to stop ($STATE missing)" >&2
  exit 0
fi
DIR="$(cat "$STATE")"
if [ -d "$DIR/data" ]; then
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  else
    "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  fi
fi
case "$DIR" in
  /tmp/quotegraph-pg.*) rm -rf "$DIR" ;;
esac
rm -f "$STATE"
echo "stop-postgres: stopped" >&2
