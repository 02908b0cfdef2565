#!/usr/bin/env bash
# Cake bootstrapper: restore the local tools, then run build.cake with the given arguments.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "build.sh: the .NET 10 SDK is required (https://dot.net)." >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The interop tests run a client written from the spec in Python (PyNaCl + websockets), the relay's scale-out
# tests start their own redis-server, and the TLS tests run a real nginx in front of the relay: Debian packages.
if ! /usr/bin/python3 -c 'import nacl, websockets' >/dev/null 2>&1 || ! command -v redis-server >/dev/null 2>&1 || [ ! -x /usr/sbin/nginx ] || ! command -v tmux >/dev/null 2>&1; then
  as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo -n"
  if command -v apt-get >/dev/null 2>&1; then
    echo "build.sh: installing python3-nacl, python3-websockets, redis-server, nginx and tmux for the tests"
    had_nginx=0; [ -x /usr/sbin/nginx ] && had_nginx=1
    $as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq python3-nacl python3-websockets redis-server nginx tmux >/dev/null ||
      echo "build.sh: could not install them; the Python interop, Redis backplane and nginx TLS tests will fail" >&2
    # The tests run their own nginx and redis-server; do not leave the packages' services listening.
    if [ "$had_nginx" -eq 0 ] && command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet nginx 2>/dev/null; then
      $as_root systemctl disable --now nginx >/dev/null 2>&1 || true
    fi
  fi
fi
dotnet tool restore >/dev/null
exec dotnet cake build.cake "$@"
