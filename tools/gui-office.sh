# shellcheck shell=bash
# Sourced by the screenshot scripts (tools/screenshot-*.sh): a real Calc
# window under Xvfb, with Walletshare installed into a profile of this run.
#
# Why a private LibreOffice tree: the machine's LibreOffice is Debian's -nogui
# build (no X11 interface at all), and tests run against it, so it is never
# replaced or changed. Instead the GUI build of the same version (Debian's
# libreoffice-core, libreoffice-calc and libreoffice-l10n-ru) is unpacked with
# dpkg-deb over a copy of /usr/lib/libreoffice into a cache folder. Only
# non-LibreOffice packages (Xvfb, xdotool, ImageMagick, the GUI build's
# libraries) are installed with apt-get.
#
# WALLETSHARE_GUI_OFFICE sets where the tree is kept (reused by later runs);
# a script may set screen (WIDTHxHEIGHTxDEPTH) before sourcing this.

extension=$PWD/build/walletshare.oxt
version=$(dpkg-query -W -f='${Version}' libreoffice-common)
office=${WALLETSHARE_GUI_OFFICE:-${XDG_CACHE_HOME:-$HOME/.cache}/walletshare/gui-office-${version//[^0-9a-z.]/-}}
screen=${screen:-1024x700x24}
# Seconds for the interface to redraw after a step; the windows themselves are
# waited for.
settle=1.5

work=$(mktemp -d "${TMPDIR:-/tmp}/walletshare-screenshot.XXXXXX")
display_pid=
calc_pid=
profile_options=()

# Each process is waited for too: nothing here reaps orphans.
clean_up() {
    [[ -n $calc_pid ]] && stop_calc
    if [[ -n $display_pid ]]; then
        kill "$display_pid"
        wait "$display_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap clean_up EXIT

apt_lists_updated=false
update_apt_lists_once() {
    if ! $apt_lists_updated; then
        apt-get update -qq
        apt_lists_updated=true
    fi
}

is_installed() {
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]
}

# The GUI build's own libraries, read from the debs' Depends (first of each
# alternative, LibreOffice's own packages left out: the tree brings those).
libraries_needed_by() {
    local deb
    for deb in "$@"; do
        dpkg-deb -f "$deb" Depends
    done | tr ',' '\n' | sed -E 's/\|.*//; s/\(.*\)//; s/:any//; s/[[:space:]]//g' |
        grep -v '^libreoffice' | sort -u
}

build_gui_office() {
    [[ -f $office/packages ]] && return
    echo "Building the GUI LibreOffice $version in $office"
    update_apt_lists_once
    local debs=$work/debs staging=$work/staging tree=$office.partial
    mkdir -p "$debs" "$staging"
    # The downloads go into this run's private folder, which apt's own user
    # cannot enter.
    (cd "$debs" && apt-get download -qq -o APT::Sandbox::User=root \
        "libreoffice-core=$version" "libreoffice-calc=$version" "libreoffice-l10n-ru=$version")
    rm -rf "$tree"
    mkdir -p "$tree"
    # Symbolic links are followed: some point outside (/etc/libreoffice,
    # /usr/share/libreoffice), and the tree must stand on its own.
    tar -C /usr/lib/libreoffice --exclude=./sdk --exclude=./share/uno_packages -chf - . |
        tar -C "$tree" -xf -
    local deb
    for deb in "$debs"/*.deb; do
        dpkg-deb -x "$deb" "$staging"
    done
    rm -rf "$staging/usr/lib/libreoffice/share/uno_packages"
    cp -a "$staging/usr/lib/libreoffice/." "$tree/"
    # Debian's tree names itself by absolute paths; this one is found from
    # where it lies (${ORIGIN} is the office's, not the shell's).
    # shellcheck disable=SC2016
    sed -i -e 's#file:///usr/lib/libreoffice#${ORIGIN}/..#' \
        -e 's#file:///etc/libreoffice/registry#${ORIGIN}/../share/registry#g' \
        "$tree/program/fundamentalrc"
    sed -i "s#/usr/lib/libreoffice/program#$office/program#" "$tree/program/unopkg"
    libraries_needed_by "$debs"/*.deb >"$tree/packages"
    rm -rf "$office"
    mv "$tree" "$office"
}

install_tools() {
    local missing=() package
    while read -r package; do
        is_installed "$package" || missing+=("$package")
    done < <(printf '%s\n' xvfb xdotool xclip imagemagick; cat "$office/packages")
    if ((${#missing[@]})); then
        update_apt_lists_once
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

start_display() {
    Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    display_pid=$!
    for _ in {1..100}; do
        [[ -s $work/display ]] && break
        sleep 0.1
    done
    if [[ ! -s $work/display ]]; then
        echo "Xvfb did not start:" >&2
        cat "$work/xvfb.log" >&2
        exit 1
    fi
    DISPLAY=:$(<"$work/display")
    export DISPLAY
}

# The office runs with a home and temporary folder of its own.
office_environment=(env "HOME=$work/home" "TMPDIR=$work/tmp" SAL_USE_VCLPLUGIN=gen)

# Interface language and locale are profile settings, seeded before the first
# start. Walletshare goes in as a shared extension, into an extension cache of
# this run (unopkg refuses a per-user install as root).
prepare_profile() {
    local language=$1 locale=$2
    profile_options=("-env:UserInstallation=file://$work/$language/profile"
        "-env:UNO_SHARED_PACKAGES_CACHE=file://$work/$language/shared")
    mkdir -p "$work/home" "$work/tmp" "$work/$language/profile/user" "$work/$language/shared"
    cat >"$work/$language/profile/user/registrymodifications.xcu" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>$locale</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>$locale</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
EOF
    if ! "${office_environment[@]}" "$office/program/unopkg" add --shared -s \
        "${profile_options[@]}" "$extension" >"$work/$language/unopkg.log" 2>&1; then
        echo "unopkg add failed:" >&2
        cat "$work/$language/unopkg.log" >&2
        exit 1
    fi
}

wait_for_window() {
    local windows
    windows=$(timeout 60 xdotool search --sync --onlyvisible --name "$1") || {
        echo "no window named '$1' appeared within a minute" >&2
        exit 1
    }
    echo "${windows%%$'\n'*}"
}

# Calc, with the documents given after the language if any, in a session of
# its own, so that its process group is ended with it.
start_calc() {
    local language=$1
    shift
    setsid "${office_environment[@]}" "$office/program/soffice" --calc --norestore --nologo \
        --nolockcheck "${profile_options[@]}" "$@" >"$work/$language/soffice.log" 2>&1 &
    calc_pid=$!
    wait_for_window 'LibreOffice Calc$' >/dev/null
    sleep "$settle"
}

stop_calc() {
    kill -- "-$calc_pid" 2>/dev/null || true
    wait "$calc_pid" 2>/dev/null || true
    calc_pid=
}

