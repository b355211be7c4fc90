#!/usr/bin/env bash
# The benchmark command: installs what the benchmarks need, builds them into
# build-bench/ (Release, with the extension and walletshare-recalc they
# measure) and runs them all, printing every figure; docs/PERFORMANCE.md
# explains them.
#
# Usage: bash tools/bench.sh [--no-profile] [walletshare-bench-calc options]
#   e.g. bash tools/bench.sh --rows 10000 --function-rows 10000 --workbooks 20   (a quick run)
# Run it on a quiet machine: the figures are wall-clock times.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=yes
if [[ ${1:-} == --no-profile ]]; then
    profile=no
    shift
fi

bash tools/setup-debian.sh
# perf profiles the recalculation.
bash tools/install-missing.sh linux-perf

# The `bench` presets of CMakePresets.json: Release, no tests, the three
# benchmark programs and the PostgreSQL extension.
cmake --preset bench >/dev/null
cmake --build --preset bench -j "$(nproc)"

echo "== Machine"
echo "cores: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory: $(free -h | awk '/^Mem:/ {print $2}'); $(/usr/lib/libreoffice/program/soffice --version | head -1)"
echo "kernel: $(uname -r); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== Core functions (Google Benchmark; cells:1 is the scalar case)"
build-bench/walletshare-bench-core

echo
echo "== The add-in's side of a call, outside soffice"
build-bench/walletshare-bench-addin

echo
echo "== The PostgreSQL extension in a private server"
bash bench/postgres/run.sh build-bench

perfOptions=()
perfData=build-bench/perf/walletshare-recalculation.data
if [[ $profile == yes ]]; then
    mkdir -p build-bench/perf
    rm -f build-bench/perf/*.data
    # Hardware counters are hidden in most virtual machines; cpu-clock is not.
    if perf record -q -e cpu-clock -o build-bench/perf/check.data true >/dev/null 2>&1; then
        perfOptions=(--perf-data "$perfData")
    else
        echo "(perf record does not work here: no profile)"
        profile=no
    fi
fi

echo
echo "== Workbooks in a private headless Calc"
build-bench/walletshare-bench-calc "${perfOptions[@]}" "$@"

if [[ $profile == yes && -f $perfData ]]; then
    echo
    echo "== Where soffice.bin spends the recalculation of the Walletshare workbook"
    perf script -i "$perfData" -F tid,ip,sym,dso 2>/dev/null | awk -f bench/profile/perf_breakdown.awk
    echo "  Hottest functions (self time; [unknown] is a LibreOffice function without a symbol):"
    perf report -i "$perfData" --no-children --sort dso,sym -g none --stdio --percent-limit 1.5 \
        2>/dev/null | grep -v '^#' | grep -v '^$' | head -25 | sed 's/^/  /'
    echo "  (the profile is in $perfData: perf report -i $perfData)"

    echo
    echo "== Each function's recalculation by who spends it (one recalculation each)"
    for data in build-bench/perf/function-*.data; do
        [[ -f $data ]] || continue
        name=$(basename "$data" .data)
        name=${name#function-}
        [[ $name == c ]] && name="QUOTIENT (c)"
        printf '  %-18s' "$name"
        perf script -i "$data" -F tid,ip,sym,dso 2>/dev/null | awk -v brief=1 -f bench/profile/perf_breakdown.awk
    done
fi
