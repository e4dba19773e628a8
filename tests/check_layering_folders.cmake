cmake_minimum_required(VERSION 3.25)
# Fails when a file of model/ includes one of a higher folder. The folders, lowest first:
#   core, phone  <  case  <  ingest, analysis, graph  <  report, sample, export  <  training  <  cli
# ("dt/" is core's generated version header). Folders of one level are peers: none includes another
# (each is used by what is above it, and so far none has needed a peer's code; a shared piece goes down
# a level instead), so a peer's include fails too. A folder not listed here fails: place it first.
set(levels "core=0" "dt=0" "phone=0" "case=1" "ingest=2" "analysis=2" "graph=2" "report=3" "sample=3" "export=3" "training=4" "cli=5")

# Includes that break the rule today, each named (FILE -> FOLDER/HEADER) with why it is still here;
# the check fails when one of them is gone too, so that the list only shrinks. Empty: none.
set(allowed
  # The chart's overview is the run's operators, lists and lineage: the builder reads the typed
  # findings (it read the same run as a JSON object before, a dependency the check could not see).
  "model/graph/linkgraphbuilder.h -> analysis/findings.h"
)

foreach(entry IN LISTS levels)
  string(REPLACE "=" ";" pair "${entry}")
  list(GET pair 0 name)
  list(GET pair 1 level)
  set(level_${name} ${level})
endforeach()

file(GLOB_RECURSE files RELATIVE "${ROOT}/model" "${ROOT}/model/*.h" "${ROOT}/model/*.cpp")
set(bad "")
set(seen "")
foreach(f IN LISTS files)
  string(REGEX MATCH "^[^/]+" folder "${f}")
  if(NOT f MATCHES "/")
    continue() # model/ itself holds only CMakeLists.txt
  endif()
  if(NOT DEFINED level_${folder})
    list(APPEND bad "model/${f}: the folder '${folder}' has no level in tests/check_layering_folders.cmake")
    continue()
  endif()
  file(STRINGS "${ROOT}/model/${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[A-Za-z_]+/")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([A-Za-z_]+)/([^\"]*)\".*$" "\\1" target "${line}")
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([A-Za-z_]+)/([^\"]*)\".*$" "\\1/\\2" header "${line}")
    if(target STREQUAL folder)
      continue()
    endif()
    set(edge "model/${f} -> ${header}")
    if(NOT DEFINED level_${target})
      list(APPEND bad "${edge}: '${target}' is no folder of model/")
    elseif(level_${target} GREATER level_${folder})
      set(why "a lower folder includes a higher one")
    elseif(level_${target} EQUAL level_${folder} AND NOT (folder MATCHES "^(core|dt)$" AND target MATCHES "^(core|dt)$"))
      set(why "peers include each other")
    else()
      continue()
    endif()
    if(edge IN_LIST allowed)
      list(APPEND seen "${edge}")
    else()
      list(APPEND bad "${edge}: ${why}")
    endif()
  endforeach()
endforeach()
foreach(edge IN LISTS allowed)
  if(NOT edge IN_LIST seen)
    list(APPEND bad "${edge}: allowed in tests/check_layering_folders.cmake but no longer there; remove it from the list")
  endif()
endforeach()
if(bad)
  list(JOIN bad "\n  " text)
  message(FATAL_ERROR "model/'s folders must only include lower ones (core, phone < case < ingest, analysis, graph < report, sample, export < training < cli):\n  ${text}")
endif()
list(LENGTH files n)
message(STATUS "folder layering ok: ${n} files under model/ include only lower folders")
