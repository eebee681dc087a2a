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
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net --pedantic --strict --explain ${STAGE}
                RESULT_VARIABLE result)
file(REMOVE_RECURSE ${STAGE})
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed: ${result}")
endif()
