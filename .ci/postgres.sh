#!/usr/bin/env bash
# Sourced by .ci/run: starts a throwaway PostgreSQL server for the store's PostgreSQL tests when this
# machine has one installed (Debian's postgresql; `apt-get install postgresql`), and exports
# RETORT_TEST_PG_URL/USER/PASSWORD for them. Without PostgreSQL, nothing happens and those tests skip.
# The server lives in a temporary folder, listens on loopback only, and is stopped when CI ends.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ -n "${RETORT_TEST_PG_URL:-}" ]; then
    return 0 2>/dev/null || exit 0
fi
pg_dir=$(mktemp -d /tmp/retort-ci-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
if as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U retort --auth=trust >"$pg_dir/initdb.log" 2>&1 \
        && as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
            -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1 \
        && as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U retort retort_test >/dev/null 2>&1; then
    export RETORT_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$pg_port/retort_test"
    export RETORT_TEST_PG_USER=retort
    export RETORT_TEST_PG_PASSWORD=
    echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the store's tests on 127.0.0.1:$pg_port"
    trap 'as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1; rm -rf "$pg_dir"' EXIT
else
    echo "PostgreSQL is installed but did not start (see $pg_dir); the store's PostgreSQL tests skip"
fi
