#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for Parley's tests and prints the URL to export as
# PARLEY_TEST_POSTGRES. Used by .ci/run; developers run it the same way:
#   export PARLEY_TEST_POSTGRES=$(tools/dev/test-postgres.sh start)
#   tools/dev/test-postgres.sh stop
# Needs Debian's `postgresql` package. PostgreSQL refuses to run as root, so as root the server runs
# as the `postgres` user. Data lives under /tmp/parley-test-pg; fsync is off (test data only).
set -euo pipefail
port="${PARLEY_TEST_PG_PORT:-5433}"
dir="${PARLEY_TEST_PG_DIR:-/tmp/parley-test-pg}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$bin" ] || bin="$(dirname "$(command -v pg_ctl)")"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

case "${1:-start}" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres "$dir"
      as_pg "'$bin/initdb' -D '$dir/data' -A trust -U postgres >/dev/null"
    fi
    if ! as_pg "'$bin/pg_ctl' -D '$dir/data' status >/dev/null 2>&1"; then
      as_pg "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -w start -o \"-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off\" >/dev/null"
    fi
    as_pg "psql -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_roles WHERE rolname='parley'\" | grep -q 1 \
      || psql -h 127.0.0.1 -p $port -U postgres -qc 'CREATE ROLE parley LOGIN'"
    as_pg "psql -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='parley_test'\" | grep -q 1 \
      || psql -h 127.0.0.1 -p $port -U postgres -qc 'CREATE DATABASE parley_test OWNER parley'"
    echo "postgresql://parley@127.0.0.1:$port/parley_test"
    ;;
  stop)
    as_pg "'$bin/pg_ctl' -D '$dir/data' -w stop -m fast >/dev/null" || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
