#!/usr/bin/env bash
# Runs the core's unit tests under AddressSanitizer and UndefinedBehaviorSanitizer,
# so that a test that passes by luck (a read past a range, a double cast to an
# integer it does not fit) fails instead. Builds only core_tests, with clang,
# into build-asan/; any sanitizer report stops the tests and fails the script.
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

# clang's -fsanitize=undefined includes float-cast-overflow, which gcc's does
# not; _GLIBCXX_ASSERTIONS checks span and vector indexing inside an
# allocation, where ASan cannot see.
sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=all"
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER="$llvm/clang++" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWALLETSHARE_CORE_ONLY=ON \
    -DCMAKE_CXX_FLAGS="$sanitizers -fno-omit-frame-pointer -D_GLIBCXX_ASSERTIONS" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" >/dev/null
cmake --build "$build" --target core_tests -j "$(nproc)"

export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=detect_stack_use_after_return=1:strict_init_order=1
"$build/core/tests/core_tests"
