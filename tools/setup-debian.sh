#!/usr/bin/env bash
# Installs what Walletshare needs to build and test on Debian 12, as root;
# asks apt nothing when all of it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-missing.sh \
    cmake g++ make pkgconf clang-format clang-tidy util-linux dpkg-dev lintian \
    libreoffice-dev libreoffice-calc-nogui libreoffice-l10n-ru \
    postgresql-15 postgresql-server-dev-15 libpq-dev \
    libboost-dev libeigen3-dev libboost-filesystem-dev libboost-program-options-dev nlohmann-json3-dev libzip-dev libxml2-dev python3-xlsxwriter googletest libgtest-dev libbenchmark-dev
