#!/usr/bin/env bash
# Installs what is needed, builds, and recalculates the example workbook in a
# private headless Calc with Walletshare installed, printing its tables.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-debian.sh
bash tools/build.sh
build/walletshare-recalc --print examples/client-plan.fods
