#!/usr/bin/env bash
# Starts SecureChat: builds it, starts a local relay on 127.0.0.1:8765 unless one is already listening
# (and stops it again on exit), then runs the client in this terminal. Arguments go to the client.
set -euo pipefail
cd "$(dirname "$0")"

RELAY_HOST=127.0.0.1
RELAY_PORT="${SECURECHAT_RELAY_PORT:-8765}"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "run.sh: the .NET 10 SDK is required (https://dot.net)." >&2
  exit 1
fi
sdk_major=$(dotnet --version | cut -d. -f1)
if [ "$sdk_major" -lt 10 ]; then
  echo "run.sh: .NET SDK 10 or newer is required (found $(dotnet --version))." >&2
  exit 1
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

listening() { (exec 3<>"/dev/tcp/$RELAY_HOST/$RELAY_PORT") 2>/dev/null; }

# Two terminals may start at once: build one at a time.
mkdir -p artifacts
(
  flock 9
  dotnet build SecureChat.Cli/SecureChat.Cli.csproj -c Release -v quiet -nologo >artifacts/run-build.log 2>&1 &&
  dotnet build SecureChat.Relay/SecureChat.Relay.csproj -c Release -v quiet -nologo >>artifacts/run-build.log 2>&1
) 9>artifacts/.run.lock || { echo "run.sh: build failed, see artifacts/run-build.log" >&2; exit 1; }

relay_pid=""
cleanup() { [ -n "$relay_pid" ] && kill "$relay_pid" 2>/dev/null && wait "$relay_pid" 2>/dev/null; true; }
trap cleanup EXIT INT TERM

if listening; then
  echo "Using the relay already listening on $RELAY_HOST:$RELAY_PORT."
else
  dotnet SecureChat.Relay/bin/Release/net10.0/securechat-relay.dll --urls "http://$RELAY_HOST:$RELAY_PORT" >artifacts/relay.log 2>&1 &
  relay_pid=$!
  for _ in $(seq 1 100); do
    listening && break
    kill -0 "$relay_pid" 2>/dev/null || { echo "run.sh: the relay did not start, see artifacts/relay.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "Started a local relay on $RELAY_HOST:$RELAY_PORT (stops when this client exits)."
fi

export SECURECHAT_RELAY="${SECURECHAT_RELAY:-ws://$RELAY_HOST:$RELAY_PORT}"
status=0
dotnet SecureChat.Cli/bin/Release/net10.0/securechat.dll "$@" || status=$?
exit "$status"
