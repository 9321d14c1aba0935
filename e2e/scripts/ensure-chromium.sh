#!/usr/bin/env bash
# The browser tests use Debian's Chromium (/usr/bin/chromium): Playwright's own browser download cannot work on
# these machines. Installs the package when it is missing: as root directly, otherwise through sudo.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
echo "Installing Debian's chromium for the browser tests (apt-get) ..."
if [ "$(id -u)" = 0 ]; then
    as_root() { "$@"; }
elif command -v sudo >/dev/null 2>&1; then
    as_root() { sudo -n "$@"; }
else
    echo "The browser tests need Debian's chromium: run 'apt-get install chromium' as root (no sudo here)." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
as_root apt-get install -y -q chromium >/dev/null 2>&1 || { as_root apt-get update -q >/dev/null && as_root apt-get install -y -q chromium >/dev/null; }
/usr/bin/chromium --version
