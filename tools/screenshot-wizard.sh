#!/usr/bin/env bash
# Takes docs/images/function-wizard-en.png and function-wizard-ru.png: Calc's
# Function Wizard on TARGET_SHIPMENT (ЦЕЛЕВАЯ.ОТГРУЗКА in the Russian
# interface), in a real Calc window under Xvfb, driven with xdotool.
# The GUI LibreOffice, Xvfb and the profile come from tools/gui-office.sh.
#
# Usage, as root, after tools/build.sh: tools/screenshot-wizard.sh
# WALLETSHARE_GUI_OFFICE sets where the tree is kept (reused by later runs).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tools/gui-office.sh
source tools/gui-office.sh
images=$PWD/docs/images

# Pastes text where the keyboard focus is. xdotool types a character missing
# from the keyboard layout by remapping a key for it, and the office misses
# some of those (Cyrillic ones, whatever the layout): pasted text arrives whole.
paste_text() {
    local text=$1 clipboard_pid
    xclip -quiet -selection clipboard < <(printf '%s' "$text") >>"$work/xclip.log" 2>&1 &
    clipboard_pid=$!
    until [[ $(xclip -out -selection clipboard 2>/dev/null) == "$text" ]]; do
        sleep 0.1
    done
    xdotool key ctrl+v
    sleep "$settle"
    kill "$clipboard_pid"
    wait "$clipboard_pid" 2>/dev/null || true
}

# Ctrl+F2, the function searched for, its entry double-clicked to open its
# arguments, and the first two filled in so that the wizard shows a result.
fill_function_wizard() {
    local title=$1 function=$2 turnover=$3 target_share=$4 calc wizard
    calc=$(wait_for_window 'LibreOffice Calc$')
    xdotool windowfocus --sync "$calc" key ctrl+F2
    wizard=$(wait_for_window "^$title\$")
    xdotool windowfocus --sync "$wizard"
    paste_text "$function"
    # The first entry of the Function list, within the wizard.
    xdotool mousemove --window "$wizard" 60 157 click --repeat 2 --delay 120 1
    sleep "$settle"
    xdotool type --delay 20 "$turnover"
    # Past turnover's reference button and target_share's fx button.
    xdotool key Tab Tab Tab
    xdotool type --delay 20 "$target_share"
    sleep "$settle"
}

take_screenshot() {
    local language=$1 locale=$2 title=$3 function=$4 target_share=$5
    echo "Function Wizard in $locale"
    prepare_profile "$language" "$locale"
    start_calc "$language"
    fill_function_wizard "$title" "$function" 5000000 "$target_share"
    import -window root "$images/function-wizard-$language.png"
    stop_calc
    echo "  $images/function-wizard-$language.png"
}

if [[ ! -f $extension ]]; then
    echo "$extension is missing: build it first (tools/build.sh)" >&2
    exit 1
fi
build_gui_office
install_tools
start_display
mkdir -p "$images"
take_screenshot en en-US 'Function Wizard' TARGET_SHIPMENT 0.3
take_screenshot ru ru-RU 'Мастер функций' ЦЕЛЕВАЯ.ОТГРУЗКА 0,3
