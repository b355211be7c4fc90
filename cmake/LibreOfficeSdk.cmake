# The LibreOffice SDK as CMake sees it: the IDL tools, the office's type
# libraries, and an interface target `libreoffice::uno` that carries the C++
# UNO headers (generated here, since the SDK ships none for com.sun.star) and
# the UNO runtime libraries.
set(LIBREOFFICE_PROGRAM_DIR /usr/lib/libreoffice/program CACHE PATH "LibreOffice program directory")
set(LIBREOFFICE_SDK_DIR /usr/lib/libreoffice/sdk CACHE PATH "LibreOffice SDK directory")

find_program(UNOIDL_WRITE unoidl-write HINTS ${LIBREOFFICE_SDK_DIR}/bin REQUIRED NO_DEFAULT_PATH)
find_program(CPPUMAKER cppumaker HINTS ${LIBREOFFICE_SDK_DIR}/bin REQUIRED NO_DEFAULT_PATH)
find_program(UNOPKG unopkg HINTS ${LIBREOFFICE_PROGRAM_DIR} REQUIRED NO_DEFAULT_PATH)
find_program(SOFFICE soffice HINTS ${LIBREOFFICE_PROGRAM_DIR} REQUIRED NO_DEFAULT_PATH)

set(LIBREOFFICE_TYPE_LIBRARIES
    ${LIBREOFFICE_PROGRAM_DIR}/types.rdb
    ${LIBREOFFICE_PROGRAM_DIR}/types/offapi.rdb)
foreach(typeLibrary IN LISTS LIBREOFFICE_TYPE_LIBRARIES)
    if(NOT EXISTS ${typeLibrary})
        message(FATAL_ERROR "${typeLibrary} is missing: install libreoffice-dev")
    endif()
endforeach()

foreach(runtime cppu cppuhelpergcc3 sal salhelpergcc3)
    find_library(LIBREOFFICE_UNO_${runtime} uno_${runtime}
        HINTS ${LIBREOFFICE_SDK_DIR}/lib ${LIBREOFFICE_PROGRAM_DIR} REQUIRED NO_DEFAULT_PATH)
    list(APPEND libreofficeRuntime ${LIBREOFFICE_UNO_${runtime}})
endforeach()

set(LIBREOFFICE_HEADERS_DIR ${CMAKE_BINARY_DIR}/uno/office)
add_custom_command(
    OUTPUT ${LIBREOFFICE_HEADERS_DIR}.stamp
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${LIBREOFFICE_HEADERS_DIR}
    COMMAND ${CPPUMAKER} -Gc -O${LIBREOFFICE_HEADERS_DIR} ${LIBREOFFICE_TYPE_LIBRARIES}
    COMMAND ${CMAKE_COMMAND} -E touch ${LIBREOFFICE_HEADERS_DIR}.stamp
    DEPENDS ${LIBREOFFICE_TYPE_LIBRARIES}
    COMMENT "Generating C++ headers of the office's UNO types")
add_custom_target(libreoffice_headers DEPENDS ${LIBREOFFICE_HEADERS_DIR}.stamp)

add_library(libreoffice_uno INTERFACE)
add_library(libreoffice::uno ALIAS libreoffice_uno)
target_include_directories(libreoffice_uno SYSTEM INTERFACE
    /usr/include/libreoffice ${LIBREOFFICE_HEADERS_DIR})
target_compile_definitions(libreoffice_uno INTERFACE LINUX UNX CPPU_ENV=gcc3)
target_link_libraries(libreoffice_uno INTERFACE ${libreofficeRuntime})
add_dependencies(libreoffice_uno libreoffice_headers)

# Compiles the IDL files below `idlDir` into `rdb` and generates their C++
# headers; `target` is an interface target that carries those headers.
function(add_uno_idl target idlDir rdb)
    file(GLOB_RECURSE idlFiles CONFIGURE_DEPENDS ${idlDir}/*.idl)
    set(headersDir ${CMAKE_CURRENT_BINARY_DIR}/uno)
    add_custom_command(
        OUTPUT ${rdb}
        # unoidl-write keeps only the last input's types in its output.
        COMMAND ${UNOIDL_WRITE} ${LIBREOFFICE_TYPE_LIBRARIES} ${idlDir} ${rdb}
        DEPENDS ${idlFiles}
        COMMENT "Compiling the UNO IDL into ${rdb}")
    set(typeReferences)
    foreach(typeLibrary IN LISTS LIBREOFFICE_TYPE_LIBRARIES)
        list(APPEND typeReferences -X${typeLibrary})
    endforeach()
    add_custom_command(
        OUTPUT ${headersDir}.stamp
        COMMAND ${CMAKE_COMMAND} -E rm -rf ${headersDir}
        COMMAND ${CPPUMAKER} -Gc -O${headersDir} ${typeReferences} ${rdb}
        COMMAND ${CMAKE_COMMAND} -E touch ${headersDir}.stamp
        DEPENDS ${rdb}
        COMMENT "Generating C++ headers of ${rdb}")
    add_custom_target(${target}_headers DEPENDS ${headersDir}.stamp)
    add_library(${target} INTERFACE)
    target_include_directories(${target} SYSTEM INTERFACE ${headersDir})
    target_link_libraries(${target} INTERFACE libreoffice::uno)
    add_dependencies(${target} ${target}_headers)
endfunction()
