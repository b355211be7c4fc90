#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test: the core's unit tests
# and the tests that drive a real headless Calc with the .oxt installed; then
# the core's tests under ASan and UBSan, and a short fuzz run of every core
# function (tools/fuzz.sh 600 is the longer one).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-debian.sh
bash tools/build.sh
ctest --preset default
bash tools/sanitize.sh
bash tools/fuzz.sh 30
