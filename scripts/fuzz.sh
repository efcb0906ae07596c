#!/usr/bin/env bash
# Build the libFuzzer targets (clang, ASan + UBSan) into build-fuzz/ and run each for a
# bounded time from seed corpora made of samples/ and ../shared. Fails on any crash,
# leak, sanitizer report, timeout (10 s an input) or out-of-memory (2 GiB).
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 30 s, all targets
# Grown corpora stay in build-fuzz/corpus/ (so a second run continues); crashing inputs
# are written to build-fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_render fuzz_render_pdf fuzz_png fuzz_style fuzz_merge_csv fuzz_import_text fuzz_import_office fuzz_office_styles fuzz_check fuzz_import_pdf fuzz_workbook)

scripts/install-deps.sh --fuzz
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVANBAN_FUZZ=ON \
  -DVANBAN_TESTS=OFF -DVANBAN_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" >/dev/null

seeds=build-fuzz/seeds
rm -rf "$seeds"
python3 fuzz/make_seeds.py build-fuzz/vanban "$PWD" "$seeds"
mkdir -p build-fuzz/crashes

# Malloc stacks 2 frames deep and a 32 MiB quarantine: unwinding every allocation's
# stack was half the import target's time; a crash is replayed with full reports by
# running the target on the saved input (build-fuzz/fuzz/TARGET build-fuzz/crashes/...).
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=2:quarantine_size_mb=32}
# fontconfig's configuration, loaded once for poppler, lives to the end (fuzz/lsan-suppressions.txt).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan-suppressions.txt}

# Longest input per target: enough for a real document's structure, short enough for
# thousands of runs a second.
declare -A max_len=([fuzz_render]=16384 [fuzz_render_pdf]=16384 [fuzz_png]=8192 [fuzz_style]=8192 [fuzz_merge_csv]=4096 [fuzz_import_text]=2048
  [fuzz_import_office]=16384 [fuzz_office_styles]=16384 [fuzz_check]=16384 [fuzz_import_pdf]=16384 [fuzz_workbook]=8192)

run_target() {
  local t=$1 corpus=build-fuzz/corpus/$1 log=build-fuzz/$1.log
  mkdir -p "$corpus"
  # Seeds, and the inputs that once crashed a target (fuzz/regressions/TARGET/), are
  # read but only the grown corpus is written to.
  local dirs=("$corpus" "$seeds/$t")
  [ -d fuzz/regressions/"$t" ] && dirs+=(fuzz/regressions/"$t")
  if build-fuzz/fuzz/"$t" "${dirs[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len="${max_len[$t]:-8192}" -print_final_stats=1 -artifact_prefix=build-fuzz/crashes/"$t"- >"$log" 2>&1; then
    echo "$t: $(sed -n 's/^stat::number_of_executed_units: *//p' "$log") executions in ${seconds} s," \
      "corpus $(ls "$corpus" | wc -l) inputs, no crash"
  else
    echo "FAIL $t (log: $log):"
    grep -E "ERROR|SUMMARY|Test unit written|deadly signal" "$log" | head -5
    return 1
  fi
}

# One target per core at a time.
status=0
pids=()
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do wait -n || status=1; done
  run_target "$t" &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
