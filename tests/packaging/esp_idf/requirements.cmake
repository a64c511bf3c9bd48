# ESP-IDF also reads each component's CMakeLists.txt in script mode (cmake -P)
# to collect its requirements, where project() and targets are not allowed:
# run as cmake -DHTTPCODEC_SOURCE_DIR=REPO -P requirements.cmake
set(ESP_PLATFORM 1)
set(HC_IDF_ARGS "")
macro(idf_component_register)
  set(HC_IDF_ARGS "${ARGN}")
endmacro()
include(${HTTPCODEC_SOURCE_DIR}/CMakeLists.txt)
if(NOT HC_IDF_ARGS STREQUAL "INCLUDE_DIRS;.")
  message(FATAL_ERROR "script mode: idf_component_register got '${HC_IDF_ARGS}'")
endif()
message(STATUS "esp-idf stand-in, script mode: idf_component_register(${HC_IDF_ARGS})")
