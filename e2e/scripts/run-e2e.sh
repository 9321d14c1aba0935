#!/usr/bin/env bash
# The browser tests, as `mvn verify` runs them (integration-test phase of the e2e module): installs Debian's
# Chromium when missing, unpacks the assembled distribution into target/, gives it free ports, starts it with
# bin/retort (administrator password below), runs Playwright, and always stops Retort again.
# Screenshots and Playwright's report land in e2e/target/.
set -euo pipefail
E2E="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$E2E/.." && pwd)"
cd "$E2E"

bash scripts/ensure-chromium.sh
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefer-offline --no-audit --no-fund --loglevel=error

dist=$(ls -t "$ROOT"/karaf-assembly/target/retort-distribution-*.tar.gz | head -n 1)
rm -rf target/retort target/home && mkdir -p target/retort target/home target/screenshots
tar xzf "$dist" -C target/retort
home=$(find target/retort -mindepth 1 -maxdepth 1 -type d | head -n 1)
home=$(cd "$home" && pwd)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
set_cfg() { # file key value (a file the distribution does not have is left alone)
    [ -f "$home/$1" ] || return 0
    if grep -qE "^[[:space:]]*$2[[:space:]]*=" "$home/$1"; then
        sed -i -E "s|^[[:space:]]*$2[[:space:]]*=.*|$2 = $3|" "$home/$1"
    else
        printf '\n%s = %s\n' "$2" "$3" >> "$home/$1"
    fi
}
port=$(free_port)
set_cfg etc/org.retort.web.cfg port "$port"
set_cfg etc/org.apache.karaf.shell.cfg sshPort "$(free_port)"
set_cfg etc/org.apache.karaf.management.cfg rmiRegistryPort "$(free_port)"
set_cfg etc/org.apache.karaf.management.cfg rmiServerPort "$(free_port)"

export RETORT_ADMIN_PASSWORD='e2e-Retort-admin-2026'
export HOME="$E2E/target/home" EXTRA_JAVA_OPTS="-Duser.home=$E2E/target/home" RETORT_START_TIMEOUT=180
stop() { (cd "$home" && bin/retort stop >/dev/null 2>&1) || true; }
trap stop EXIT
(cd "$home" && bin/retort start)

export RETORT_BASE_URL="http://127.0.0.1:$port" RETORT_HOME="$home"
export RETORT_EXAMPLE_PLUGIN="$ROOT/bundles/org.retort.example.plugin/target/$(cd "$ROOT/bundles/org.retort.example.plugin/target" && ls org.retort.example.plugin-*.jar | grep -v sources | head -n 1)"
status=0
npx playwright test "$@" || status=$?
if [ "$status" != 0 ]; then
    echo "Browser tests failed; Retort's log: $home/data/log/karaf.log; screenshots and traces: $E2E/target/" >&2
    tail -n 40 "$home/data/log/karaf.log" >&2 || true
fi
exit "$status"
