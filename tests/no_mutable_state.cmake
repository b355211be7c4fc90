# Fails when the add-in's library has a writable variable of our own (in
# .data or .bss): every call must be independent of every other, so that
# cells recalculate in any order, in parallel, and never affect each other.
# The SDK's own type caches (org::walletshare::cppu_detail_*, rtl::Static*)
# are LibreOffice's, initialised once under its global mutex.
execute_process(COMMAND objdump -t -C ${LIBRARY} OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "objdump failed on ${LIBRARY}")
endif()
string(REPLACE "\n" ";" lines "${symbols}")
set(found)
foreach(line IN LISTS lines)
    if(line MATCHES "[ \t]\\.(data|bss)[ \t]" AND line MATCHES "(^|[ (])walletshare::")
        list(APPEND found "${line}")
    endif()
endforeach()
if(found)
    list(JOIN found "\n" report)
    message(FATAL_ERROR "mutable state in the add-in:\n${report}")
endif()
message(STATUS "no writable variable of walletshare:: in ${LIBRARY}")
