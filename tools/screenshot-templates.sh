#!/usr/bin/env bash
# Takes docs/images/<template>-en.png and <template>-ru.png: the first sheet
# of each plan template as built (build/examples/<template>.ods in an English
# Calc, <template>.ru.ods in a Russian one), in a real Calc window under
# Xvfb, to show that the columns fit their texts in both languages.
# The GUI LibreOffice, Xvfb and the profile come from tools/gui-office.sh.
#
# Usage, as root, after tools/build.sh: tools/screenshot-templates.sh
# Re-runnable: it takes the templates as they are built now.
set -euo pipefail
cd "$(dirname "$0")/.."

screen=1600x900x24
# shellcheck source=tools/gui-office.sh
source tools/gui-office.sh
images=$PWD/docs/images
built=$PWD/build/examples
templates=(portfolio-plan turnover-estimate)

# The window fills the screen (there is no window manager to do it).
# Each in a profile of its own, on a copy of the workbook (so that no lock
# file appears in build/).
take_screenshot() {
    local language=$1 locale=$2 template=$3 built_workbook=$4 workbook calc width height
    echo "$template in $locale"
    prepare_profile "$template-$language" "$locale"
    workbook=$work/$template-$language/$(basename "$built_workbook")
    cp "$built_workbook" "$workbook"
    start_calc "$template-$language" "$workbook"
    calc=$(wait_for_window "$(basename "$workbook") - LibreOffice Calc\$")
    IFS=x read -r width height _ <<<"$screen"
    xdotool windowmove "$calc" 0 0 windowsize "$calc" "$width" "$height"
    sleep "$settle"
    import -window root "$images/$template-$language.png"
    stop_calc
    echo "  $images/$template-$language.png"
}

for template in "${templates[@]}"; do
    for workbook in "$built/$template.ods" "$built/$template.ru.ods"; do
        if [[ ! -f $workbook ]]; then
            echo "$workbook is missing: build the templates first (tools/build.sh)" >&2
            exit 1
        fi
    done
done
if [[ ! -f $extension ]]; then
    echo "$extension is missing: build it first (tools/build.sh)" >&2
    exit 1
fi
build_gui_office
install_tools
start_display
mkdir -p "$images"
for template in "${templates[@]}"; do
    take_screenshot en en-US "$template" "$built/$template.ods"
    take_screenshot ru ru-RU "$template" "$built/$template.ru.ods"
done
