#!/usr/bin/env bash
# Usage: fuzz/run.sh TARGET [SECONDS]
# Builds SecureChat.Fuzz (Release), instruments the copied SecureChat.Core.dll and securechat-relay.dll with
# SharpFuzz, runs afl-fuzz on TARGET for SECONDS (default 60) from fuzz/corpus/TARGET, merges what AFL found back
# into that corpus (afl-cmin, at most MAX_CORPUS files, each at most MAX_INPUT_BYTES), copies crashes to
# fuzz/crashes/TARGET/ and prints the executions and crashes from fuzzer_stats.
# Exit status: 0 without crashes, 1 when the campaign found any, 2 on a usage or setup error.
# Set FUZZ_NO_BUILD=1 to reuse fuzz/out/bin from an earlier run (the Cake Fuzz task builds once for all targets).
set -euo pipefail
cd "$(dirname "$0")/.."

targets="codec hardened inbound inspector sanitize invite"
target="${1:-}"
seconds="${2:-60}"
if [[ -z "$target" || " $targets " != *" $target "* || ! "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: fuzz/run.sh {${targets// /|}} [SECONDS]" >&2
  exit 2
fi

max_corpus="${MAX_CORPUS:-200}"
max_input_bytes="${MAX_INPUT_BYTES:-8192}"
corpus="fuzz/corpus/$target"
out="fuzz/out"
bin="$out/bin"
findings="$out/findings/$target"
crashes="fuzz/crashes/$target"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo -n"
  echo "run.sh: installing afl++ (Debian package)" >&2
  $as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq afl++ >/dev/null
fi

# This machine: no core_pattern or CPU governor to tune, 2 cores shared with others (no pinning), no terminal.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
# The target is `dotnet`, not an AFL-compiled binary: SharpFuzz puts the instrumentation into the assemblies.
export AFL_SKIP_BIN_CHECK=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_TieredPGO=0
# afl-fuzz and afl-cmin want the target by path.
dotnet_path="$(command -v dotnet)"

if [[ "${FUZZ_NO_BUILD:-}" != 1 || ! -f "$bin/SecureChat.Fuzz.dll" ]]; then
  dotnet tool restore >/dev/null
  dotnet build SecureChat.Fuzz/SecureChat.Fuzz.csproj -c Release --nologo -v quiet -o "$out/build" >/dev/null
  # Instrument a fresh copy: SharpFuzz rewrites in place, and an instrumented assembly cannot be instrumented again.
  rm -rf "$bin" && cp -r "$out/build" "$bin"
  for assembly in SecureChat.Core.dll securechat-relay.dll; do
    dotnet tool run sharpfuzz "$bin/$assembly" >/dev/null
  done
fi

case "$target" in
  sanitize) dict=fuzz/dict/terminal.dict ;;
  invite) dict=fuzz/dict/invite.dict ;;
  *) dict=fuzz/dict/json.dict ;;
esac

rm -rf "$findings" && mkdir -p "$findings"
echo "run.sh: fuzzing $target for ${seconds}s"
# -t: generous per-input timeout (the first run also JITs); hangs are still recorded but are not crashes.
afl-fuzz -i "$corpus" -o "$findings" -x "$dict" -V "$seconds" -t 5000 -m none \
  -- "$dotnet_path" "$bin/SecureChat.Fuzz.dll" "$target" >"$out/afl-$target.log" 2>&1 || {
  echo "run.sh: afl-fuzz failed; the end of $out/afl-$target.log:" >&2
  tail -n 20 "$out/afl-$target.log" >&2
  exit 2
}

stats="$findings/default/fuzzer_stats"
field() { sed -n "s/^$1 *: *//p" "$stats"; }

# Crashes: copy out under content-hash names (AFL's names have colons), keep the README that AFL writes.
crash_count=0
mkdir -p "$crashes"
for file in "$findings"/default/crashes/id:*; do
  [[ -e "$file" ]] || continue
  cp "$file" "$crashes/crash-$(sha1sum "$file" | cut -c1-12)"
  crash_count=$((crash_count + 1))
done

# Merge: hand-made seed-* and fixed-crash regress-* files stay; AFL's queue plus the earlier finds are minimised
# to the inputs that keep all the coverage (afl-cmin), then capped in size and count, and stored as afl-<hash>.
merge="$out/merge/$target"
rm -rf "$merge" && mkdir -p "$merge/all" "$merge/min"
for file in "$corpus"/afl-* "$findings"/default/queue/id:*; do
  [[ -f "$file" ]] || continue
  size=$(stat -c %s "$file")
  ((size > 0 && size <= max_input_bytes)) || continue
  cp "$file" "$merge/all/afl-$(sha1sum "$file" | cut -c1-12)"
done
if afl-cmin -i "$merge/all" -o "$merge/min" -t 5000 -m none \
  -- "$dotnet_path" "$bin/SecureChat.Fuzz.dll" "$target" >"$out/cmin-$target.log" 2>&1; then
  kept="$merge/min"
else
  echo "run.sh: afl-cmin failed (see $out/cmin-$target.log); keeping the smallest new inputs instead" >&2
  kept="$merge/all"
fi
seeds=$(find "$corpus" -type f ! -name 'afl-*' | wc -l)
room=$((max_corpus - seeds)); ((room > 0)) || room=0
rm -f "$corpus"/afl-*
# Smallest first within the cap: small inputs replay fast and read easily when a replay test fails.
find "$kept" -type f -printf '%s %p\n' | sort -n | head -n "$room" | cut -d' ' -f2- | while read -r file; do
  cp "$file" "$corpus/$(basename "$file")"
done

echo "run.sh: $target: execs_done=$(field execs_done) execs_per_sec=$(field execs_per_sec)" \
  "crashes=$(field saved_crashes) hangs=$(field saved_hangs) paths=$(field corpus_count)" \
  "corpus=$(find "$corpus" -type f | wc -l) files (afl $(find "$corpus" -name 'afl-*' | wc -l))"
if ((crash_count > 0)); then
  echo "run.sh: $target: $crash_count crash input(s) in $crashes/ (replay with the uninstrumented build: dotnet $out/build/SecureChat.Fuzz.dll $target FILE)"
  exit 1
fi
