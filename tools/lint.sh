#!/usr/bin/env bash
# Checks every C++ source against .clang-format and .clang-tidy.
# Usage: tools/lint.sh format|tidy BUILD_DIR (BUILD_DIR holds compile_commands.json)
set -euo pipefail
cd "$(dirname "$0")/.."
check=$1
build=$2
mapfile -t sources < <(git ls-files -co --exclude-standard -- '*.cpp' '*.hpp' | while read -r f; do [[ -f $f ]] && echo "$f"; done)
case $check in
format)
    clang-format --dry-run --Werror "${sources[@]}"
    echo "clang-format: ${#sources[@]} files clean"
    ;;
tidy)
    # Headers are checked through the files that include them.
    printf '%s\n' "${sources[@]}" | grep '\.cpp$' |
        xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet
    echo "clang-tidy: clean"
    ;;
*)
    echo "usage: $0 format|tidy BUILD_DIR" >&2
    exit 2
    ;;
esac
