#!/usr/bin/env bash
# Runs the same load against SecureChat.Relay and the reference Node relay (bench/node-relay), on loopback only,
# and writes the measured numbers into docs/relay-benchmarks.md. Everything it starts is stopped on exit.
#
#   bench/run-relay-comparison.sh            # the full comparison (about 3-5 minutes)
#   ROUNDS=1 HOLD_SECONDS=5 bench/run-relay-comparison.sh   # quicker, noisier
#
# Knobs (environment): ROUNDS, WARMUP_RUNS, TP_PAIRS, TP_MESSAGES, TP_SIZE, LAT_PAIRS, LAT_MESSAGES, HOLD_CONNECTIONS,
# HOLD_SECONDS, RELAY_ARGS (extra arguments for SecureChat.Relay), DOC (output file), RESULTS (folder for the raw lines
# and relay logs).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-5} WARMUP_RUNS=${WARMUP_RUNS:-3}
TP_PAIRS=${TP_PAIRS:-50} TP_MESSAGES=${TP_MESSAGES:-2000} TP_SIZE=${TP_SIZE:-256}
LAT_PAIRS=${LAT_PAIRS:-10} LAT_MESSAGES=${LAT_MESSAGES:-500}
HOLD_CONNECTIONS=${HOLD_CONNECTIONS:-10000} HOLD_SECONDS=${HOLD_SECONDS:-30}
DOC=${DOC:-docs/relay-benchmarks.md}
# The relay's abuse limits are per client address and per connection, and all of this load comes from one loopback
# address at full speed: lift them for the benchmark (they are still checked on every connection and frame).
RELAY_ARGS=${RELAY_ARGS:---Relay:MaxConnectionsPerAddress=100000 --Relay:FramesPerSecond=1000000 --Relay:FrameBurst=1000000}
export RELAY_ARGS
RESULTS=${RESULTS:-artifacts/loadtest/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$RESULTS"
LINES="$RESULTS/lines.jsonl"
: >"$LINES"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
RELAY_DLL=SecureChat.Relay/bin/Release/net10.0/securechat-relay.dll
LOADTEST_DLL=SecureChat.LoadTest/bin/Release/net10.0/securechat-loadtest.dll

started=()
cleanup() {
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${started[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Each side of the hold test holds one descriptor per connection; the load test process holds all N of its own.
wanted_fds=$((HOLD_CONNECTIONS + 1024))
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$wanted_fds" ]; then
  ulimit -n "$wanted_fds" 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true
fi
FD_LIMIT=$(ulimit -n)
echo "fd limit (soft) for this run: $FD_LIMIT (wanted $wanted_fds)" >&2

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_for_port() {
  for _ in $(seq 1 150); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "nothing listens on 127.0.0.1:$1" >&2
  return 1
}

# Relay CPU time so far (user + system), in seconds, from /proc/PID/stat.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat"
}

start_ours() { # name -> sets RELAY_PID, RELAY_PORT
  RELAY_PORT=$(free_port)
  # shellcheck disable=SC2086 # RELAY_ARGS is a list of arguments
  dotnet "$RELAY_DLL" --urls "http://127.0.0.1:$RELAY_PORT" $RELAY_ARGS >"$RESULTS/$1.log" 2>&1 &
  RELAY_PID=$!; started+=("$RELAY_PID")
  wait_for_port "$RELAY_PORT"
}

start_node() { # name -> sets RELAY_PID, RELAY_PORT
  RELAY_PORT=$(free_port)
  node bench/node-relay/relay.js "$RELAY_PORT" >"$RESULTS/$1.log" 2>&1 &
  RELAY_PID=$!; started+=("$RELAY_PID")
  wait_for_port "$RELAY_PORT"
}

failures=0
# run_load relay test round pid port [load test options...]: one JSON line, wrapped with what was run and the
# relay's CPU time during the run, appended to $LINES.
run_load() {
  local relay=$1 test=$2 round=$3 pid=$4 port=$5; shift 5
  local before after line status=0
  before=$(cpu_seconds "$pid")
  line=$(dotnet "$LOADTEST_DLL" --url "ws://127.0.0.1:$port/" --label "$relay" "$@") || status=$?
  after=$(cpu_seconds "$pid")
  [ "$status" -eq 0 ] || failures=$((failures + 1))
  [ -n "$line" ] || line='{"errors":1,"first_error":"no output"}'
  jq -cn --arg relay "$relay" --arg test "$test" --argjson round "$round" --argjson exit "$status" \
    --argjson cpu "$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.2f", b - a }')" \
    --arg args "$*" --argjson result "$line" \
    '{relay: $relay, test: $test, round: $round, exit: $exit, relay_cpu_s: $cpu, args: $args, result: $result}' \
    | tee -a "$LINES"
}

echo "== build (Release) and the Node relay's packages" >&2
dotnet build SecureChat.Relay/SecureChat.Relay.csproj -c Release -v quiet -nologo >&2
dotnet build SecureChat.LoadTest/SecureChat.LoadTest.csproj -c Release -v quiet -nologo >&2
(cd bench/node-relay && npm ci --no-audit --no-fund --loglevel=error >&2)

echo "== throughput and latency: both relays up side by side" >&2
start_ours ours-flow; OURS_PID=$RELAY_PID OURS_PORT=$RELAY_PORT
start_node node-flow; NODE_PID=$RELAY_PID NODE_PORT=$RELAY_PORT

throughput=(--pairs "$TP_PAIRS" --messages "$TP_MESSAGES" --size "$TP_SIZE" --timeout 300)
latency=(--pairs "$LAT_PAIRS" --messages "$LAT_MESSAGES" --size "$TP_SIZE" --window 1 --timeout 300)

# Warm both up and throw the numbers away. .NET's tiered JIT (tier 0 -> instrumented -> tier 1) needs a few full
# throughput runs before the relay's CPU per frame settles (measured: 2.6, 1.8, 0.9, 0.6, 0.5, 0.5 s per run).
for _ in $(seq 1 "$WARMUP_RUNS"); do
  run_load ours warmup 0 "$OURS_PID" "$OURS_PORT" "${throughput[@]}" >/dev/null
  run_load node warmup 0 "$NODE_PID" "$NODE_PORT" "${throughput[@]}" >/dev/null
done
run_load ours warmup 0 "$OURS_PID" "$OURS_PORT" "${latency[@]}" >/dev/null
run_load node warmup 0 "$NODE_PID" "$NODE_PORT" "${latency[@]}" >/dev/null

for round in $(seq 1 "$ROUNDS"); do
  # Alternate who goes first, so a slow spell from a neighbour's build does not always hit the same relay.
  if [ $((round % 2)) -eq 1 ]; then order=(ours node); else order=(node ours); fi
  for relay in "${order[@]}"; do
    if [ "$relay" = ours ]; then pid=$OURS_PID port=$OURS_PORT; else pid=$NODE_PID port=$NODE_PORT; fi
    run_load "$relay" throughput "$round" "$pid" "$port" "${throughput[@]}"
  done
  for relay in "${order[@]}"; do
    if [ "$relay" = ours ]; then pid=$OURS_PID port=$OURS_PORT; else pid=$NODE_PID port=$NODE_PORT; fi
    run_load "$relay" latency "$round" "$pid" "$port" "${latency[@]}"
  done
done
kill "$OURS_PID" "$NODE_PID"; wait "$OURS_PID" "$NODE_PID" 2>/dev/null || true

echo "== hold: $HOLD_CONNECTIONS joined connections for ${HOLD_SECONDS}s against a fresh SecureChat.Relay" >&2
start_ours ours-hold
sleep 2 # let start-up settle before the baseline RSS is read
run_load ours hold 1 "$RELAY_PID" "$RELAY_PORT" --hold "$HOLD_CONNECTIONS" --hold-seconds "$HOLD_SECONDS" \
  --relay-pid "$RELAY_PID" --timeout $((HOLD_SECONDS + 240))
kill "$RELAY_PID"; wait "$RELAY_PID" 2>/dev/null || true

echo "== writing $DOC" >&2
python3 bench/relay-benchmarks-report.py "$LINES" "$DOC" "$FD_LIMIT"
echo "raw lines: $LINES; relay logs: $RESULTS/*.log" >&2
if [ "$failures" -ne 0 ]; then
  echo "$failures load test run(s) were not clean (lost/duplicated/misrouted frames, errors or timeouts)" >&2
  exit 1
fi
