#!/usr/bin/env bash
# Usage: postgres-test-cluster.sh COMMAND [ARG...]
# Starts a throwaway PostgreSQL 15 cluster in a temporary folder on a free port of 127.0.0.1,
# runs COMMAND with DATABASE_URL pointing at it, then stops the cluster and removes the folder,
# whatever COMMAND did. The cluster trades durability for speed: fsync and friends are off.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$pg_bin/initdb" ]; then
    bash scripts/require-debian-package.sh "$pg_bin/initdb" postgresql
fi

# initdb refuses to run as root: as root, the cluster belongs to the postgres system user.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cluster=$(mktemp -d "${TMPDIR:-/tmp}/trellis-postgres.XXXXXX")
data=$cluster/data
socket=$cluster/socket
log=$cluster/server.log

stop_cluster() {
    if [ -f "$data/postmaster.pid" ]; then
        as_owner "$pg_bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
}
trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$socket"
if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$cluster"
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

as_owner "$pg_bin/initdb" -D "$data" -A trust -U postgres --no-sync \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$pg_bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-p $port -k $socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$log" >&2; exit 1; }
as_owner "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres trellis

echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') test cluster on 127.0.0.1:$port"
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/trellis"
"$@"
