# cmake --install into STAGE/usr, check where each file lands, then `appstreamcli validate-tree`.
file(REMOVE_RECURSE ${STAGE})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${STAGE}/usr
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(path bin/coffeechat
             share/applications/${APP_ID}.desktop
             share/metainfo/${APP_ID}.metainfo.xml
             share/icons/hicolor/scalable/apps/${APP_ID}.svg
             share/doc/coffeechat/copyright)
    if(NOT EXISTS ${STAGE}/usr/${path})
        message(FATAL_ERROR "not installed: ${path}")
    endif()
    message(STATUS "installed ${path}")
endforeach()
# The installed program runs from where it was installed, and --version needs no display.
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                        ${STAGE}/usr/bin/coffeechat --version
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "^coffeechat ")
    message(FATAL_ERROR "the installed coffeechat --version failed: ${result}\n${output}")
endif()
message(STATUS "installed bin/coffeechat --version: ${output}")
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net --pedantic --strict --explain ${STAGE}
                RESULT_VARIABLE result)
file(REMOVE_RECURSE ${STAGE})
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed: ${result}")
endif()
