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
# Beyond the first sheet, the views that show the longest texts: the
# portfolio's share, tier name and growth reserve columns (scrolled right,
# the frozen client column stays), and its Tiers and Reserve chart sheets.
# Each: an image name, the sheet's position, the cell to bring into view.
declare -A further_views=(
    [portfolio-plan]="portfolio-plan-tiers-columns:1:R6 portfolio-plan-tiers:3:A1 portfolio-plan-reserve-chart:4:A1"
)

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
    echo "  $images/$template-$language.png"
    local view name position cell
    for view in ${further_views[$template]:-}; do
        IFS=: read -r name position cell <<<"$view"
        show_cell "$calc" "$position" "$cell"
        import -window root "$images/$name-$language.png"
        echo "  $images/$name-$language.png"
    done
    stop_calc
}

# Goes to the sheet at `position` (1 the first) through Ctrl+Home and
# Ctrl+Page Down, then to the far right and back to `cell` through the Name
# Box, so that `cell` ends up first in view.
show_cell() {
    local calc=$1 position=$2 cell=$3 sheet
    xdotool windowfocus --sync "$calc" key ctrl+Home
    for ((sheet = 1; sheet < position; ++sheet)); do
        xdotool key ctrl+Next
    done
    if [[ $cell != A1 ]]; then
        go_to_cell AZ6
        go_to_cell "$cell"
    fi
    sleep "$settle"
}

go_to_cell() {
    xdotool key ctrl+shift+F5
    sleep 0.3
    xdotool key ctrl+a
    xdotool type --delay 50 "$1"
    xdotool key Return
    sleep 0.3
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
