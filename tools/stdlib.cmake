# Builds pyvm's copy of CPython 3.14's pure-Python standard library (Lib/):
# extracts the .py files of the oracle's python_stdlib.zip (pyodide ships
# CPython's Lib there) into DEST and compiles them all to __pycache__/*.pyc
# with the oracle (one process). Nothing of CPython's Lib is in the repository.
# Usage: cmake -DZIP=... -DDEST=.../lib/python3.14 -DNODE=node -DORACLE=oracle.mjs
#              -DSTAMP=file -P tools/stdlib.cmake
foreach(var ZIP DEST NODE ORACLE STAMP)
  if(NOT ${var})
    message(FATAL_ERROR "stdlib.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT EXISTS "${ZIP}")
  message(FATAL_ERROR "stdlib.cmake: ${ZIP} is missing (run `npm ci` in tools/oracle, or tools/setup.sh)")
endif()

file(REMOVE_RECURSE "${DEST}")
file(MAKE_DIRECTORY "${DEST}")
file(ARCHIVE_EXTRACT INPUT "${ZIP}" DESTINATION "${DEST}")
# pyodide's own packages are not part of CPython's Lib.
file(REMOVE_RECURSE "${DEST}/_pyodide" "${DEST}/pyodide" "${DEST}/site-packages")

file(GLOB_RECURSE sources LIST_DIRECTORIES false "${DEST}/*.py")
list(LENGTH sources count)
execute_process(COMMAND "${NODE}" "${ORACLE}" compile-many ${sources}
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "stdlib.cmake: compiling ${count} modules failed (status ${status})")
endif()
file(WRITE "${STAMP}" "${count} modules from ${ZIP}\n")
message(STATUS "stdlib: ${count} modules compiled into ${DEST}")
