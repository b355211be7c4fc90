#!/usr/bin/env bash
# Installs what Walletshare needs to build and test on Debian 12, as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends \
    cmake g++ make pkgconf clang-format clang-tidy util-linux \
    libreoffice-dev libreoffice-calc-nogui libreoffice-l10n-ru \
    libboost-dev libboost-filesystem-dev libboost-program-options-dev nlohmann-json3-dev libzip-dev python3-xlsxwriter googletest libgtest-dev libbenchmark-dev
