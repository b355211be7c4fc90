#!/usr/bin/env bash
# Configures and builds everything into build/ (the .oxt is build/walletshare.oxt).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
