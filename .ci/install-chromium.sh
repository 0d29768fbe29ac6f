#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the docs' browser tests
# (npm run test:e2e). Nothing downloads a browser build: only the distribution package.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
test -x /usr/bin/chromium
echo "installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
