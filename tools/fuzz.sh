#!/usr/bin/env bash
# Fuzzes every function of the core with libFuzzer under ASan and UBSan, to
# find the arguments no test thought of (NaN, infinities, the edges of double,
# ranges with gaps) that crash it, hit undefined behaviour, or make it answer
# something the contract does not allow. Builds into build-fuzz/ with clang,
# runs each target for SECONDS_PER_TARGET (default 30, the CI budget; run
# `tools/fuzz.sh 600` before a release) and prints its executions and verdict.
# Exits non-zero when any target found something; the input that did is kept
# in build-fuzz/crashes/TARGET/ and reproduces with
# `build-fuzz/fuzz/TARGET build-fuzz/crashes/TARGET/crash-...` (the target
# lies in a subfolder of build-fuzz/fuzz/ when its CMakeLists.txt is in one).
# Usage: tools/fuzz.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
build="build-fuzz"
llvm=/usr/lib/llvm-14/bin

# The whole project is configured, so it needs what the build needs (the
# LibreOffice SDK among it); clang-14 compiles; libclang-rt-14-dev holds
# libFuzzer and the sanitizer runtimes; llvm-14 has llvm-symbolizer, which
# turns stack traces into lines.
bash tools/setup-debian.sh
bash tools/install-missing.sh clang-14 libclang-rt-14-dev llvm-14
# The sanitizers find llvm-symbolizer on the PATH.
export PATH=$llvm:$PATH

# The `fuzz` presets of CMakePresets.json: clang, the whole project (some
# targets fuzz the add-in, which needs the LibreOffice SDK) without tests, and
# the fuzz_targets target.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

# Every fuzz target, wherever below fuzz/ it is built, in name order.
mapfile -t targets < <(find "$build/fuzz" -type f -name '*_fuzz' -executable | sort)
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=0
for target in "${targets[@]}"; do
    name=$(basename "$target")
    # The corpus stays between runs, so that each run starts where the last
    # one stopped.
    corpus=$build/corpus/$name
    crashes=$build/crashes/$name
    log=$build/logs/$name.log
    mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
    if "$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$corpus" >"$log" 2>&1; then
        verdict="nothing found"
    else
        verdict="FOUND SOMETHING: $log, input in $crashes/"
        failed=1
    fi
    # A run that crashed may end before its final statistics.
    executions=$(grep -oP 'stat::number_of_executed_units: \K[0-9]+' "$log" ||
        grep -oP '^#\K[0-9]+' "$log" | tail -n 1 || echo '?')
    printf '%-24s %12s executions in %ss  %s\n' "$name" "$executions" "$seconds" "$verdict"
done
if ((failed)); then
    grep -h -B2 -A20 -E 'ERROR|broken promise|runtime error' "$build"/logs/*.log >&2 || true
fi
exit "$failed"
