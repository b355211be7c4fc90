#!/usr/bin/env bash
# Private PostgreSQL 15 servers for the tests, touching nothing system-wide.
#
# PostgreSQL reads extensions only from its own share and lib directories,
# which it finds relative to its binary. So `tree` lays out a private copy of
# the installation under ROOT/install: the server's programs copied (a
# symlink would lead it back to the real directories), every other file a
# symlink to the real one, and the extension's files beside them.
# `start` runs a cluster in ROOT/NAME with its Unix socket there and no TCP;
# `stop` stops it. As root the servers run as nobody (PostgreSQL refuses root).
#
# Usage: private-server.sh tree ROOT EXTENSION_SHARE_DIR EXTENSION_LIB_DIR
#        private-server.sh start ROOT NAME
#        private-server.sh stop ROOT NAME
set -euo pipefail

pg_config=${WALLETSHARE_PG_CONFIG:-pg_config}

as_server() {
    if ((EUID == 0)); then
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

# ROOT/install followed by an absolute path of the real installation.
private() {
    printf '%s/install%s' "$1" "$2"
}

# A real directory in the private tree whose entries link to the real ones.
mirror() {
    local real=$1 copy=$2
    mkdir -p "$copy"
    local entry
    for entry in "$real"/*; do
        ln -s "$entry" "$copy/$(basename "$entry")"
    done
}

tree() {
    local root=$1 share_files=$2 lib_files=$3
    local bindir sharedir pkglibdir
    bindir=$("$pg_config" --bindir)
    sharedir=$("$pg_config" --sharedir)
    pkglibdir=$("$pg_config" --pkglibdir)
    mkdir -p "$(private "$root" "$bindir")"
    local program
    for program in postgres initdb pg_ctl; do
        cp "$bindir/$program" "$(private "$root" "$bindir")/"
    done
    mkdir -p "$(private "$root" "$sharedir")"
    local entry
    for entry in "$sharedir"/*; do
        [[ $(basename "$entry") == extension ]] ||
            ln -s "$entry" "$(private "$root" "$sharedir")/$(basename "$entry")"
    done
    mirror "$sharedir/extension" "$(private "$root" "$sharedir/extension")"
    cp "$share_files"/* "$(private "$root" "$sharedir/extension")/"
    mirror "$pkglibdir" "$(private "$root" "$pkglibdir")"
    cp "$lib_files"/* "$(private "$root" "$pkglibdir")/"
    chmod -R a+rX "$root"
}

start() {
    local root=$1 name=$2
    local bindir
    bindir=$(private "$root" "$("$pg_config" --bindir)")
    mkdir -p "$root/$name"
    ((EUID != 0)) || chown nobody:nogroup "$root/$name"
    as_server "$bindir/initdb" --pgdata="$root/$name/data" --username=walletshare \
        --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$root/$name/initdb.log"
    as_server "$bindir/pg_ctl" start --pgdata="$root/$name/data" --wait --silent \
        --log="$root/$name/server.log" \
        --options="-c listen_addresses='' -c unix_socket_directories='$root/$name' -c fsync=off -c max_worker_processes=8 -c max_parallel_workers=4"
}

stop() {
    local root=$1 name=$2
    local bindir
    bindir=$(private "$root" "$("$pg_config" --bindir)")
    # Only a server that started has a postmaster.pid.
    [[ -f $root/$name/data/postmaster.pid ]] || return 0
    as_server "$bindir/pg_ctl" stop --pgdata="$root/$name/data" --wait --silent --mode=fast
}

command=$1
shift
"$command" "$@"
