#!/usr/bin/env bash
# The example reverse proxy (deploy/nginx/orientation-bot.conf) is tested with Debian's nginx, run by the test
# itself as a non-root process on free ports (test/cluster/nginxExample.test.ts). Run before `npm test`: installs
# Debian's nginx package when it is missing and this machine can (root or passwordless sudo, apt-get), without
# starting the system's nginx service, otherwise stops and says what to do.
set -euo pipefail
NGINX="${NGINX_PATH:-/usr/sbin/nginx}"
if [ -x "$NGINX" ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO="none"; fi
  fi
  if [ "$SUDO" != "none" ]; then
    echo "nginx is missing: installing Debian's nginx package for the reverse proxy test (apt-get install -y nginx)..."
    export DEBIAN_FRONTEND=noninteractive
    # The package would start a system nginx on port 80 (and fail the install if 80 is taken): a policy-rc.d
    # that says 101 keeps services from starting during the install. Docker images usually have one already.
    POLICY=/usr/sbin/policy-rc.d
    if [ ! -e "$POLICY" ]; then
      printf '#!/bin/sh\n# added by scripts/ensure-nginx.sh during apt-get install\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
      $SUDO chmod 755 "$POLICY"
      trap '$SUDO rm -f "$POLICY"' EXIT
    fi
    $SUDO apt-get update -q >/dev/null
    $SUDO apt-get install -y -q --no-install-recommends nginx >/dev/null
    if [ -x "$NGINX" ]; then exit 0; fi
  fi
fi
echo "The reverse proxy test needs nginx at $NGINX (Debian: sudo apt-get install -y nginx)," >&2
echo "or NGINX_PATH pointing at an nginx binary. Nothing was downloaded." >&2
exit 1
