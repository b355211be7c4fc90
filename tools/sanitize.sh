#!/usr/bin/env bash
# Runs the unit tests of the core and of its reference library under
# AddressSanitizer and UndefinedBehaviorSanitizer, so that a test that passes
# by luck (a read past a range, a double cast to an integer it does not fit)
# fails instead. Builds only core_tests and reference_tests, with clang, into
# build-asan/; any sanitizer report stops the tests and fails the script.
# Usage: tools/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build="build-asan"
llvm=/usr/lib/llvm-14/bin

# clang-14 compiles; libclang-rt-14-dev holds the sanitizer runtimes; llvm-14
# has llvm-symbolizer, which turns stack traces into lines.
bash tools/install-missing.sh cmake make clang-14 libclang-rt-14-dev llvm-14 googletest libgtest-dev
# The sanitizers find llvm-symbolizer on the PATH.
export PATH=$llvm:$PATH

# The `sanitize` presets of CMakePresets.json: clang, only the core, built
# with the sanitizer flags of cmake/Sanitizers.cmake (which says why they are
# those), and the two test programs.
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize -j "$(nproc)"

export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=detect_stack_use_after_return=1:strict_init_order=1
"$build/core/tests/core_tests"
"$build/core/reference/tests/reference_tests"
