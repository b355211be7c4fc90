# AddressSanitizer and UndefinedBehaviorSanitizer flags, written once for the
# two builds that use them: the core's tests under the sanitizers
# (WALLETSHARE_SANITIZE, the `sanitize` preset that tools/sanitize.sh
# configures) and the fuzz targets (fuzz/CMakeLists.txt).
#
# clang's -fsanitize=undefined includes float-cast-overflow, which gcc's does
# not; -fno-sanitize-recover=all makes any report stop the program, so that a
# test or fuzz target fails instead of going on.
set(WALLETSHARE_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all)
# Compile options: the sanitizers, frame pointers for the stack traces of
# their reports, and _GLIBCXX_ASSERTIONS, which checks span and vector
# indexing that stays inside an allocation, where ASan cannot see.
set(WALLETSHARE_SANITIZER_COMPILE_OPTIONS ${WALLETSHARE_SANITIZERS} -fno-omit-frame-pointer
    -D_GLIBCXX_ASSERTIONS)

option(WALLETSHARE_SANITIZE "Build everything under ASan and UBSan (tools/sanitize.sh)" OFF)
if(WALLETSHARE_SANITIZE)
    add_compile_options(${WALLETSHARE_SANITIZER_COMPILE_OPTIONS})
    add_link_options(${WALLETSHARE_SANITIZERS})
endif()
