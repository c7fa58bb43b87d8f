#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the server tests (issue 7): a cluster in /tmp, listening on 127.0.0.1 only,
# with a database and a password role for the tests. Installs Debian's `postgresql` when its binaries are missing.
# Idempotent: when the cluster is already running it only makes sure the role and database exist.
#
# stdout gets exactly one line, for the caller to export:
#   TEST_DATABASE_URL=postgres://tavoitevahti:tavoitevahti@127.0.0.1:54329/tavoitevahti_test
# Progress and errors go to stderr. Exits non-zero, saying why, when PostgreSQL cannot start.
#
# Environment (all optional): PG_TEST_PORT (54329), PG_TEST_DIR (/tmp/tavoitevahti-postgres).
set -euo pipefail

PORT="${PG_TEST_PORT:-54329}"
BASE_DIR="${PG_TEST_DIR:-/tmp/tavoitevahti-postgres}"
DATA_DIR="$BASE_DIR/data"
SOCKET_DIR="$BASE_DIR"
LOG_FILE="$BASE_DIR/postgres.log"
DATABASE=tavoitevahti_test
ROLE=tavoitevahti
# A test-only password for a cluster that listens on loopback and lives in /tmp; never a deployment's.
PASSWORD=tavoitevahti

say() { echo "start-postgres: $*" >&2; }
fail() {
  say "ERROR: $*"
  if [ -f "$LOG_FILE" ]; then
    say "last lines of $LOG_FILE:"
    tail -n 20 "$LOG_FILE" >&2 || true
  fi
  exit 1
}

find_bin_dir() {
  local candidates
  candidates=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V || true)
  [ -n "$candidates" ] && echo "$candidates" | tail -n 1
}

BIN_DIR="$(find_bin_dir || true)"
if [ -z "$BIN_DIR" ] || [ ! -x "$BIN_DIR/pg_ctl" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    fail "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl) and installing it needs root: apt-get install -y postgresql"
  fi
  say "installing PostgreSQL from Debian's packages"
  apt-get update >&2 || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2 ||
    fail "apt-get install postgresql failed"
  BIN_DIR="$(find_bin_dir || true)"
  [ -n "$BIN_DIR" ] && [ -x "$BIN_DIR/pg_ctl" ] || fail "postgresql was installed but pg_ctl was not found under /usr/lib/postgresql"
fi

# initdb and postgres refuse to run as root: as root, run them as the `postgres` user (which the package creates).
RUN_AS=()
OWNER="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres || fail "could not create the postgres user"
  fi
  OWNER=postgres
  if command -v runuser >/dev/null; then RUN_AS=(runuser -u postgres --); else RUN_AS=(su postgres -s /bin/sh -c); fi
fi
as_owner() {
  if [ "${#RUN_AS[@]}" -eq 0 ]; then
    "$@"
  elif [ "${RUN_AS[0]}" = runuser ]; then
    "${RUN_AS[@]}" "$@"
  else
    "${RUN_AS[@]}" "$(printf '%q ' "$@")"
  fi
}

mkdir -p "$BASE_DIR"
chown "$OWNER" "$BASE_DIR" || fail "cannot give $BASE_DIR to $OWNER"
chmod 700 "$BASE_DIR"

running() { as_owner "$BIN_DIR/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; }

if running; then
  say "already running in $DATA_DIR"
else
  if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    rm -rf "$DATA_DIR"
    say "initialising a cluster in $DATA_DIR"
    # Local (socket) connections are trusted so this script can create the role; TCP needs the password.
    as_owner "$BIN_DIR/initdb" -D "$DATA_DIR" --username=postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$BASE_DIR/initdb.log" 2>&1 ||
      as_owner "$BIN_DIR/initdb" -D "$DATA_DIR" --username=postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C >"$BASE_DIR/initdb.log" 2>&1 ||
      { cat "$BASE_DIR/initdb.log" >&2; fail "initdb failed"; }
  fi
  say "starting PostgreSQL on 127.0.0.1:$PORT"
  # A stale pid file from a killed server would stop pg_ctl; postgres itself checks whether that pid still runs.
  as_owner "$BIN_DIR/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$SOCKET_DIR" start >&2 ||
    fail "PostgreSQL did not start (is port $PORT taken by another server?)"
fi

for _ in $(seq 1 60); do
  if "$BIN_DIR/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 0.5
done
"$BIN_DIR/pg_isready" -q -h 127.0.0.1 -p "$PORT" || fail "PostgreSQL is not accepting connections on 127.0.0.1:$PORT"

psql_admin() { as_owner "$BIN_DIR/psql" -h "$SOCKET_DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tAq "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
  psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2 || fail "could not create the role $ROLE"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE" >&2 || fail "could not create the database $DATABASE"
fi

URL="postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
PGPASSWORD="$PASSWORD" "$BIN_DIR/psql" "$URL" -tAqc 'SELECT 1' >/dev/null || fail "cannot sign in to $DATABASE as $ROLE over TCP"
say "ready"
echo "TEST_DATABASE_URL=$URL"
