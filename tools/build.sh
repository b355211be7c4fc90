#!/usr/bin/env bash
# Configures and builds everything into build/ (the .oxt is build/walletshare.oxt).
set -euo pipefail
cd "$(dirname "$0")/.."
# The benchmarks are built too, so that every source is compiled (and
# clang-tidy has its flags); tools/bench.sh runs them from a Release build.
# The configuration is the `default` preset of CMakePresets.json.
cmake --preset default
cmake --build --preset default -j "$(nproc)"
