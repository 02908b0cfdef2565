#!/usr/bin/env bash
# Cake bootstrapper: restore the local tools, then run build.cake with the given arguments.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "build.sh: the .NET 10 SDK is required (https://dot.net)." >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
exec dotnet cake build.cake "$@"
