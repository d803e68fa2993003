#!/usr/bin/env bash
# The night's fuzzing of the book readers under afl++ (see README.md). Usage:
#   tests/PortfolioEval.Fuzz/fuzz-night.sh [seconds, default 28800] [output folder, default /tmp/portfolioeval-afl]
# Needs Debian's afl++ (apt-get install -y afl++) and SharpFuzz's instrumenter
# (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0). Crashes are listed at the end: fix each, then
# keep its input under corpus/regressions/, where ReaderFuzzTests replays it in every ./test.sh.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-28800}"
out="${2:-/tmp/portfolioeval-afl}"
build="$out/build"
seeds="$out/seeds"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz is missing: apt-get install -y afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || { echo "sharpfuzz is missing: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 2; }

rm -rf "$build" "$seeds"
mkdir -p "$build" "$seeds"
dotnet publish PortfolioEval.Fuzz.csproj -c Release -o "$build" >/dev/null
# Only the readers' assembly is instrumented: afl then sees which branches of Core each input takes.
sharpfuzz "$build/PortfolioEval.Core.dll"

# Seeds: the sample books (small ones only; afl slows down on large inputs) and every kept crash.
find ../../samples -maxdepth 1 -type f \( -name '*.csv' -o -name '*.xlsx' -o -name '*.xls' \) -size -200k -exec cp {} "$seeds/" \;
find corpus/regressions -type f ! -name '*.md' -size -200k -exec cp {} "$seeds/" \;

# -m none: the .NET runtime reserves far more address space than afl's default limit; -t: a slow first input is
# the runtime starting, not a hang. AFL_SKIP_BIN_CHECK: afl looks for its instrumentation in `dotnet`, while it is
# in the assembly sharpfuzz rewrote.
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
  timeout --signal=INT "$seconds" afl-fuzz -i "$seeds" -o "$out/findings" -t 10000 -m none \
  -- dotnet "$build/PortfolioEval.Fuzz.dll" afl || true

stats=$(find "$out/findings" -name fuzzer_stats 2>/dev/null | head -1)
[ -n "$stats" ] || { echo "afl-fuzz did not run (see its message above)" >&2; exit 2; }
grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs) ' "$stats" || true
crashes=$(find "$out/findings" -path '*crashes*' -type f ! -name README.txt 2>/dev/null | wc -l)
echo "afl++ ran $seconds s; $crashes crashing inputs under $out/findings/*/crashes/"
if [ "$crashes" -gt 0 ]; then
  dotnet "$build/PortfolioEval.Fuzz.dll" replay $(find "$out/findings" -path '*crashes*' -type f ! -name README.txt) || true
  exit 1
fi
