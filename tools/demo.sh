#!/usr/bin/env bash
# Installs what is needed, builds, and recalculates the plan templates filled
# with sample data (and the small example workbook) in private headless Calcs
# with Walletshare installed, printing their tables. The build has already
# written the templates as .ods and .xlsx into build/examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-debian.sh
bash tools/build.sh
build/walletshare-recalc --strict --print \
    examples/portfolio-plan.fods examples/turnover-estimate.fods examples/client-plan.fods
