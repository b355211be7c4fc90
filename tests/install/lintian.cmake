# Runs lintian on the package and fails on any error (E:); warnings are shown.
if(NOT LINTIAN)
    message(FATAL_ERROR "lintian is not installed (bash tools/setup-debian.sh installs it)")
endif()
execute_process(COMMAND ${LINTIAN} --fail-on error --no-tag-display-limit ${PACKAGE}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lintian reports errors in ${PACKAGE}")
endif()
