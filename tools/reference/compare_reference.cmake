# Fails when the committed reference is not what the catalog generates now.
execute_process(COMMAND ${GENERATOR} ${LANGUAGE} OUTPUT_FILE ${GENERATED}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "walletshare-reference ${LANGUAGE} failed: ${status}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${COMMITTED} ${GENERATED}
    RESULT_VARIABLE different)
if(different)
    message(FATAL_ERROR "${COMMITTED} is out of date; regenerate it with: "
        "build/walletshare-reference ${LANGUAGE} > ${COMMITTED}")
endif()
