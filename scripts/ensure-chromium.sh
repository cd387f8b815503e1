#!/usr/bin/env bash
# Browser tests (web chat widget, advisors' console) drive Debian's Chromium through playwright-core, never a
# downloaded browser. Run before `npm test`: installs Chromium when it is missing and this machine can (root or
# passwordless sudo, apt-get), otherwise stops and says what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO="none"; fi
  fi
  if [ "$SUDO" != "none" ]; then
    echo "Chromium is missing: installing Debian's chromium package for the browser tests (apt-get install -y chromium)..."
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q >/dev/null
    $SUDO apt-get install -y -q chromium >/dev/null
    if [ -x "$CHROMIUM" ]; then exit 0; fi
  fi
fi
echo "The browser tests need Chromium at $CHROMIUM (Debian: sudo apt-get install -y chromium)," >&2
echo "or CHROMIUM_PATH pointing at a Chromium binary. Nothing was downloaded." >&2
exit 1
