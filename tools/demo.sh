#!/usr/bin/env bash
# Installs what is needed, builds, and recalculates the plan templates filled
# with sample data in private headless Calcs with Walletshare installed,
# printing their tables. The build has already written the templates as .ods
# and .xlsx into build/examples/, in English and in Russian.
#
# Usage: tools/demo.sh [--language en|ru|all]
# Without --language, the templates of the interface language are printed
# (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: Russian when the first one set starts
# with ru, English otherwise). The small example workbook is English only and
# is printed with the English templates.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    echo "usage: tools/demo.sh [--language en|ru|all]" >&2
    exit 2
}

interface_language() {
    local setting
    for setting in "${LANGUAGE:-}" "${LC_ALL:-}" "${LC_MESSAGES:-}" "${LANG:-}"; do
        if [[ -n $setting ]]; then
            [[ $setting == ru* ]] && echo ru || echo en
            return
        fi
    done
    echo en
}

language=$(interface_language)
while (($#)); do
    case $1 in
    --language)
        (($# >= 2)) || usage
        language=$2
        shift 2
        ;;
    --language=*)
        language=${1#--language=}
        shift
        ;;
    *) usage ;;
    esac
done
case $language in
en | ru | all) ;;
*) usage ;;
esac

bash tools/setup-debian.sh
bash tools/build.sh

templates=(portfolio-plan turnover-estimate)
workbooks=()
if [[ $language != ru ]]; then
    for template in "${templates[@]}"; do
        workbooks+=("examples/$template.fods")
    done
    workbooks+=(examples/client-plan.fods)
fi
if [[ $language != en ]]; then
    for template in "${templates[@]}"; do
        workbooks+=("build/examples/translated/$template.ru.fods")
    done
fi
build/walletshare-recalc --strict --print "${workbooks[@]}"
