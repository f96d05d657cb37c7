#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 on 127.0.0.1 for the test suite and print its URL on stdout.
#
# Usage: url=$(scripts/start-postgres.sh) && export QUOTEGRAPH_TEST_PG_URL="$url"
# Stop it with scripts/stop-postgres.sh. Environment: QUOTEGRAPH_PG_PORT (default 55432),
# QUOTEGRAPH_PG_STATE (file recording the data directory, default /tmp/quotegraph-pg.state).
# Everything but the URL goes to stderr. Trust authentication on loopback only: never for real data.
set -euo pipefail

PORT="${QUOTEGRAPH_PG_PORT:-55432}"
STATE="${QUOTEGRAPH_PG_STATE:-/tmp/quotegraph-pg.state}"
DBNAME="quotegraph_test"
PGBIN="${QUOTEGRAPH_PG_BIN:-/usr/lib/postgresql/15/bin}"
URL="postgresql://postgres@127.0.0.1:${PORT}/${DBNAME}"

log() { echo "start-postgres: $*" >&2; }

as_postgres() {
  # initdb refuses to run as root, so the server runs as the postgres system user.
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ ! -x "$PGBIN/initdb" ]; then
  log "PostgreSQL binaries missing in $PGBIN; installing the Debian package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y postgresql >&2 || { apt-get update >&2 && apt-get install -y postgresql >&2; }
fi

if [ -f "$STATE" ] && [ -d "$(cat "$STATE")/data" ] \
  && as_postgres "$PGBIN/pg_ctl" -D "$(cat "$STATE")/data" status >/dev/null 2>&1; then
  log "already running from $(cat "$STATE")"
  echo "$URL"
  exit 0
fi

DIR="$(mktemp -d /tmp/quotegraph-pg.XXXXXX)"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$DIR"
fi
echo "$DIR" >"$STATE"

as_postgres "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >&2
# Test-only durability settings: a crash of this server loses nothing anyone needs.
as_postgres "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off \
      -c full_page_writes=off -c max_connections=50" >&2

for _ in $(seq 1 60); do
  if "$PGBIN/pg_isready" -h 127.0.0.1 -p "$PORT" -U postgres >/dev/null 2>&1; then
    break
  fi
  sleep 0.5
done
"$PGBIN/pg_isready" -h 127.0.0.1 -p "$PORT" -U postgres >&2

"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DBNAME"
log "running in $DIR (log: $DIR/server.log)"
echo "$URL"
