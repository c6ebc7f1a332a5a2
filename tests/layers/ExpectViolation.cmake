# Runs scripts/check-layers.py on a fixture tree and expects it to fail with exactly the given
# violation line: -DPYTHON=... -DCHECKER=... -DTREE=... -DEXPECTED=...
execute_process(COMMAND ${PYTHON} ${CHECKER} ${TREE}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
string(STRIP "${output}" output)
if(NOT result EQUAL 1)
    message(FATAL_ERROR "check-layers.py exited with ${result}, expected 1\n${output}\n${errors}")
endif()
if(NOT output STREQUAL EXPECTED)
    message(FATAL_ERROR "check-layers.py printed\n${output}\nexpected\n${EXPECTED}")
endif()
message(STATUS "check-layers.py refused the tree: ${output}")
