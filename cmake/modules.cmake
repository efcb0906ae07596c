# One library target per folder of src/, with the direction of use stated by DEPS.
#
# Every folder gets a directory of its own, build/layers/<name>/, holding one link
# <name> → src/<name>. A target's include path holds only the layer directories of
# itself and of what it links (directly or through a lower layer), so
# `#include "import/…"` from src/layout does not compile: the build enforces the layers.
#
# vanban_module(<name> [DEPS <module>...] [LIBS <imported target>...] [EXTRA_SOURCES <file>...])
#   defines vanban_<name>: an OBJECT library from src/<name>/*.cpp, or an INTERFACE
#   library when the folder has headers only. The objects and LIBS are collected in
#   VANBAN_MODULE_OBJECTS and VANBAN_MODULE_LIBS for the one archive, libvanban.a.

set(VANBAN_LAYERS_DIR ${CMAKE_BINARY_DIR}/layers)

function(vanban_layer_dir name out)
  set(dir ${VANBAN_LAYERS_DIR}/${name})
  if(NOT EXISTS ${dir}/${name})
    file(MAKE_DIRECTORY ${dir})
    file(CREATE_LINK ${CMAKE_SOURCE_DIR}/src/${name} ${dir}/${name} SYMBOLIC)
  endif()
  set(${out} ${dir} PARENT_SCOPE)
endfunction()

function(vanban_module name)
  cmake_parse_arguments(M "" "" "DEPS;LIBS;EXTRA_SOURCES" ${ARGN})
  vanban_layer_dir(${name} dir)
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/${name}/*.cpp)
  list(APPEND sources ${M_EXTRA_SOURCES})
  set(deps "")
  foreach(d IN LISTS M_DEPS)
    if(NOT TARGET vanban_${d})
      message(FATAL_ERROR "module ${name} uses ${d}, which is not defined below it")
    endif()
    list(APPEND deps vanban_${d})
  endforeach()
  if(sources)
    add_library(vanban_${name} OBJECT ${sources})
    target_include_directories(vanban_${name} PUBLIC $<BUILD_INTERFACE:${dir}>)
    target_link_libraries(vanban_${name} PUBLIC ${deps} ${M_LIBS})
    set(VANBAN_MODULE_OBJECTS ${VANBAN_MODULE_OBJECTS} $<TARGET_OBJECTS:vanban_${name}> PARENT_SCOPE)
  else()
    add_library(vanban_${name} INTERFACE)
    target_include_directories(vanban_${name} INTERFACE $<BUILD_INTERFACE:${dir}>)
    target_link_libraries(vanban_${name} INTERFACE ${deps} ${M_LIBS})
  endif()
  set(VANBAN_MODULE_LIBS ${VANBAN_MODULE_LIBS} ${M_LIBS} PARENT_SCOPE)
endfunction()

# Lets `target` (not a module, e.g. the vanban program) include the listed folders only.
function(vanban_module_includes target)
  foreach(name IN LISTS ARGN)
    vanban_layer_dir(${name} dir)
    target_include_directories(${target} PRIVATE ${dir})
  endforeach()
endfunction()
