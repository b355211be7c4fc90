#!/usr/bin/env bash
# Configures and builds everything into build/ (the .oxt is build/walletshare.oxt).
set -euo pipefail
cd "$(dirname "$0")/.."
# The benchmarks are built too, so that every source is compiled (and
# clang-tidy has its flags); tools/bench.sh runs them from a Release build.
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWALLETSHARE_BENCH=ON
cmake --build build -j "$(nproc)"
