#!/usr/bin/env bash
# REST read latency under load, from a second process on loopback (docs/benchmarks.md, "REST API").
#
#   benchmarks/rest-load.sh [seconds] [connections]      defaults: 60 s, 200 connections
#   RETORT_WEB_THREADS=n     the server's threads.max for the run (etc/org.retort.web.cfg; default 200)
#   RETORT_DISTRIBUTION=tar  another distribution archive than karaf-assembly/target's
#
# Unpacks the assembled distribution (karaf-assembly/target/*.tar.gz; build it first) into a temporary
# folder, starts it on a free port, creates an API key for its administrator, and runs wrk (Debian's
# package; installed here when missing) against three reads: GET /api/v1/health (no login),
# GET /api/v1/auth/me (API key → account from the database) and GET /api/v1/nodes (the palette, a
# large document). Rate limits are raised for the run so that they do not answer the load with 429s.
# Prints wrk's latency distribution for each, then stops Retort and deletes the folder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_PER_RUN="${1:-60}"
CONNECTIONS="${2:-200}"

if ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk (Debian package) ..."
    if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
tarball="${RETORT_DISTRIBUTION:-$(ls karaf-assembly/target/retort-distribution-*.tar.gz 2>/dev/null | head -n 1)}"
[ -n "$tarball" ] || { echo "build the distribution first: mvn -B install -DskipTests" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/retort-load.XXXXXX")
home=""
cleanup() {
    [ -n "$home" ] && (cd "$home" && bin/retort stop >/dev/null 2>&1 || true)
    rm -rf "$work"
}
trap cleanup EXIT
tar xzf "$tarball" -C "$work"
home=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ssh=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
sed -i "s/^port = .*/port = $port/" "$home/etc/org.retort.web.cfg"
sed -i "s/^host = .*/host = 127.0.0.1/" "$home/etc/org.retort.web.cfg"
if [ -n "${RETORT_WEB_THREADS:-}" ]; then
    echo "threads.max = $RETORT_WEB_THREADS" >> "$home/etc/org.retort.web.cfg"
fi
sed -i "s/^sshPort *=.*/sshPort = $ssh/" "$home/etc/org.apache.karaf.shell.cfg"
sed -i "s/^requestsPerMinutePerUser = .*/requestsPerMinutePerUser = 100000000/; s/^requestsPerMinutePerIp = .*/requestsPerMinutePerIp = 100000000/" \
    "$home/etc/org.retort.auth.cfg"
password="load-test-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
(cd "$home" && RETORT_ADMIN_PASSWORD="$password" bin/retort start >/dev/null)
base="http://127.0.0.1:$port/api/v1"

login=$(curl -s -D "$work/headers" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$base/auth/login")
cookie=$(grep -i '^set-cookie:' "$work/headers" | sed 's/^[^:]*: *//; s/;.*//' | tr -d '\r')
csrf=$(printf '%s' "$login" | python3 -c 'import sys,json; print(json.load(sys.stdin)["csrfToken"])')
key=$(curl -s -H 'Content-Type: application/json' -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" \
    -d '{"name":"load test"}' "$base/auth/api-keys" | python3 -c 'import sys,json; print(json.load(sys.stdin)["key"])')

echo "Retort $(basename "$home") on 127.0.0.1:$port; wrk: $CONNECTIONS connections, 2 threads, ${SECONDS_PER_RUN} s per endpoint"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
paths="${RETORT_LOAD_PATHS:-/health /auth/me /nodes}"
# Warm the whole server first (JIT, heap sizing): 20 s on every endpoint, so the first one measured is not
# measured cold (without this pass the first endpoint came out at half the throughput of the same endpoint
# measured last).
for path in $paths; do
    wrk -t2 -c"$CONNECTIONS" -d20s -H "Authorization: Bearer $key" "$base$path" >/dev/null
done
for path in $paths; do
    echo
    echo "== GET /api/v1$path"
    # a short warm-up, then the measured run
    wrk -t2 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $key" "$base$path" >/dev/null
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s benchmarks/rest-load.lua -H "Authorization: Bearer $key" "$base$path" \
        | grep -E "^summary:|Requests/sec|Socket errors|Non-2xx"
done
