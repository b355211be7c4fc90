# Runs walletshare-translate-template with a table that lacks the lines of a
# text cell (Tolerance) and of a text inside a formula (Plausible): it must
# fail, name each with its cell, and write no Russian template.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(STRINGS ${TABLE} lines ENCODING UTF-8)
set(shortened "")
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^(Tolerance|Plausible)\t")
        string(APPEND shortened "${line}\n")
    endif()
endforeach()
file(WRITE ${WORK}/russian.tsv "${shortened}")

execute_process(
    COMMAND ${TRANSLATE} --table ${WORK}/russian.tsv --output ${WORK}/out
        --extension ${EXTENSION} ${TEMPLATE}
    RESULT_VARIABLE status ERROR_VARIABLE errors OUTPUT_VARIABLE output)
set(failures "")
if(NOT status EQUAL 1)
    string(APPEND failures "exit status ${status}, not 1\n")
endif()
foreach(expected "Estimate.A3: 'Tolerance' has no line in" "Peers.A4: 'Tolerance' has no line in"
        "Estimate.P6: 'Plausible' has no line in")
    string(FIND "${errors}" "${expected}" found)
    if(found EQUAL -1)
        string(APPEND failures "stderr does not say \"${expected}\"\n")
    endif()
endforeach()
file(GLOB written ${WORK}/out/*)
if(written)
    string(APPEND failures "wrote ${written}\n")
endif()
file(REMOVE_RECURSE ${WORK})
if(failures)
    message(FATAL_ERROR "${failures}stderr:\n${errors}")
endif()
