# Shared settings for every DepositDesk target.

# Compile options applied to every target of ours (never to third-party code).
function(dd_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_RESTRICTED_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
        QT_NO_FOREACH QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # Qt's documented stream form qCWarning(category) << ... leaves the macro's "..." empty,
        # which -Wpedantic calls a GNU extension before C++20 (gcc does not warn).
        target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(DD_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

if(DD_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(DD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "DD_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(NOT DD_BUILD_TESTS)
        message(FATAL_ERROR "DD_FUZZ needs DD_BUILD_TESTS (the targets live in tests/fuzz)")
    endif()
    if(NOT DD_SANITIZE)
        # The instrumented libraries are linked into the tests too: the sanitizer runtime
        # provides their coverage hooks there (and the targets are meant to run under ASan).
        message(FATAL_ERROR "DD_FUZZ needs DD_SANITIZE")
    endif()
endif()
# The layers whose code the fuzz targets reach: compiled with libFuzzer's coverage
# instrumentation (-fsanitize=fuzzer-no-link) when DD_FUZZ is on. The other layers and the tests
# are not instrumented.
set(DD_FUZZ_INSTRUMENTED dd_domain dd_alipay dd_store dd_secrets dd_finance dd_sandbox
    CACHE STRING "Core libraries compiled with coverage instrumentation when DD_FUZZ is on")

# A static library of one layer of the core (app/<layer>).
function(dd_add_core_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    if(NOT ARG_SOURCES)
        # A layer with no code yet: nothing to compile, only its dependencies to pass on.
        add_library(${name} INTERFACE)
        target_include_directories(${name} INTERFACE ${PROJECT_SOURCE_DIR}/app)
        target_link_libraries(${name} INTERFACE ${ARG_PUBLIC_LIBS})
        return()
    endif()
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/app)
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    dd_target_defaults(${name})
    if(DD_FUZZ AND name IN_LIST DD_FUZZ_INSTRUMENTED)
        target_compile_options(${name} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
endfunction()

# dd_add_test(NAME test_money SOURCES tst_money.cpp LIBS dd_domain [LABELS unit] [TIMEOUT 60] [ENVIRONMENT ...])
# One executable per test class, registered with ctest. Tests find their data through
# DD_TEST_DATA_DIR (tests/data of this source tree, so a fresh clone is self-contained).
function(dd_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        DD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        DD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        DD_BINARY_DIR="${PROJECT_BINARY_DIR}")
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    dd_target_defaults(${ARG_NAME})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;${ARG_ENVIRONMENT}")
    if(ARG_LABELS)
        set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()

# A benchmark: a plain timed harness that prints its figures and the ratio to its peer.
function(dd_add_bench name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    dd_target_defaults(${name})
endfunction()
