# SPDX-License-Identifier: EUPL-1.2
# Packaging (issue 17): the manual page and bash completion generated from the program's --help,
# the pkg-config file, the licence and documentation, and the Debian packages built by CPack:
#   cpack -G DEB            (from the build directory; needs dpkg-dev for dpkg-shlibdeps)
# gives basisbaan_VERSION_ARCH.deb (component "runtime": the program, rules, examples, manual,
# completion, documentation) and basisbaan-dev_VERSION_ARCH.deb (component "dev": headers, static
# library, CMake package, pkg-config file). docs/install.md describes both.

# --- Manual page and bash completion, from `basisbaan --help` --------------------------------------
set(BASISBAAN_GENERATED_DIR "${PROJECT_BINARY_DIR}/generated")
set(BASISBAAN_MANPAGE_SOURCES
  tools/manpages/generate.sh tools/manpages/parse_help.awk tools/manpages/manpage.awk
  tools/manpages/completion.awk tools/manpages/completion_tail.bash)
list(TRANSFORM BASISBAAN_MANPAGE_SOURCES PREPEND "${PROJECT_SOURCE_DIR}/")
add_custom_command(
  OUTPUT "${BASISBAAN_GENERATED_DIR}/basisbaan.1" "${BASISBAAN_GENERATED_DIR}/basisbaan.bash"
  COMMAND bash "${PROJECT_SOURCE_DIR}/tools/manpages/generate.sh" "$<TARGET_FILE:basisbaan_cli>"
          "${PROJECT_VERSION}" "${BASISBAAN_GENERATED_DIR}"
  DEPENDS basisbaan_cli ${BASISBAAN_MANPAGE_SOURCES}
  COMMENT "Generating the manual page and the bash completion from basisbaan --help"
  VERBATIM)
add_custom_target(basisbaan_manpage ALL
  DEPENDS "${BASISBAAN_GENERATED_DIR}/basisbaan.1" "${BASISBAAN_GENERATED_DIR}/basisbaan.bash")
install(FILES "${BASISBAAN_GENERATED_DIR}/basisbaan.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT runtime)
install(FILES "${BASISBAAN_GENERATED_DIR}/basisbaan.bash"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME basisbaan COMPONENT runtime)

# --- Licence and documentation -------------------------------------------------------------------
# share/doc/basisbaan/copyright is where Debian looks for a package's licence.
install(FILES LICENSE DESTINATION "${CMAKE_INSTALL_DOCDIR}" RENAME copyright COMPONENT runtime)
install(FILES LICENSE README.md CHANGELOG.md DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT runtime)
install(DIRECTORY docs/ DESTINATION "${CMAKE_INSTALL_DOCDIR}/docs" COMPONENT runtime)

# --- pkg-config, beside the CMake package --------------------------------------------------------
# The prefix is the one installed into (cmake --install --prefix, or /usr in the Debian package),
# so the file is written at install time.
set(BASISBAAN_PC_PREFIX "@BASISBAAN_PC_PREFIX@")
configure_file(cmake/basisbaan.pc.in "${PROJECT_BINARY_DIR}/basisbaan.pc.in" @ONLY)
# (One file per prefix: two installs at once, as the tests do, must not share it.)
install(CODE "
  set(BASISBAAN_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  string(MD5 pc_dir \"\${CMAKE_INSTALL_PREFIX}\")
  set(pc_file \"${PROJECT_BINARY_DIR}/pkgconfig/\${pc_dir}/basisbaan.pc\")
  configure_file(\"${PROJECT_BINARY_DIR}/basisbaan.pc.in\" \"\${pc_file}\" @ONLY)
  file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig\" TYPE FILE FILES \"\${pc_file}\")
" COMPONENT dev)

# --- Debian packages -----------------------------------------------------------------------------
# The -dev package needs the Debian packages whose headers and CMake packages this build used:
# found here by asking dpkg who owns what find_package() found, not typed by hand.
set(BASISBAAN_DEV_DEPENDS "")
find_program(BASISBAAN_DPKG_QUERY dpkg-query)
if(BASISBAAN_DPKG_QUERY)
  foreach(found IN ITEMS "${date_DIR}" "${nlohmann_json_DIR}" "${pugixml_DIR}" "${SQLiteCpp_DIR}"
                         "${Boost_INCLUDE_DIR}/boost/version.hpp" "${OPENSSL_INCLUDE_DIR}/openssl/sha.h")
    execute_process(COMMAND "${BASISBAAN_DPKG_QUERY}" -S "${found}"
      OUTPUT_VARIABLE owner RESULT_VARIABLE failed ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT failed AND owner MATCHES "^([a-z0-9][a-z0-9.+-]+)(:[a-z0-9]+)?: ")
      list(APPEND BASISBAAN_DEV_DEPENDS "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES BASISBAAN_DEV_DEPENDS)
endif()
list(PREPEND BASISBAAN_DEV_DEPENDS "basisbaan (= ${PROJECT_VERSION})")
list(JOIN BASISBAAN_DEV_DEPENDS ", " BASISBAAN_DEV_DEPENDS)

set(CPACK_PACKAGE_NAME basisbaan)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "basisbaan")
set(CPACK_PACKAGE_CONTACT "basisbaan maintainers <basisbaan@example.org>")  # placeholder
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_PREFIX /usr)  # with CPACK_SET_DESTDIR, the prefix the install runs with
set(CPACK_SET_DESTDIR ON)  # install with DESTDIR, so CMAKE_INSTALL_PREFIX is /usr (basisbaan.pc)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL runtime dev)
set(CPACK_COMPONENT_RUNTIME_DISPLAY_NAME "basisbaan command, rules and examples")
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION
  "Payroll and employment administration for Dutch basisbanen.
 The basisbaan command: payslips, payroll runs with replay, contracts, sickness, leave,
 exports and the income comparison, exact to the cent and explained; with the dated rules
 (every value with its source), the example employer and households, the manual page and
 bash completion.")
set(CPACK_COMPONENT_DEV_DISPLAY_NAME "basisbaan library and headers")
set(CPACK_COMPONENT_DEV_DESCRIPTION
  "Payroll and employment administration for Dutch basisbanen (development files).
 The basisbaan C++20 library (static), its headers, the CMake package
 (find_package(basisbaan)) and the pkg-config file.")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME basisbaan)
set(CPACK_DEBIAN_DEV_PACKAGE_NAME basisbaan-dev)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends of the program from its shared libraries (dpkg-shlibdeps)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "${BASISBAAN_DEV_DEPENDS}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/basisbaan")  # placeholder
include(CPack)

# --- Tests of the package ------------------------------------------------------------------------
if(BASISBAAN_BUILD_TESTS)
  # One version everywhere: --version, basisbaan::version(), the CHANGELOG; the rules' fingerprint.
  add_test(NAME package_version
    COMMAND bash "${PROJECT_SOURCE_DIR}/tests/package/version.sh" $<TARGET_FILE:basisbaan_cli>
            "${PROJECT_VERSION}" "${PROJECT_SOURCE_DIR}")
  # The manual page renders and covers every command; the completion completes.
  add_test(NAME package_manpage_completion
    COMMAND bash "${PROJECT_SOURCE_DIR}/tests/package/manpage_completion.sh" $<TARGET_FILE:basisbaan_cli>
            "${BASISBAAN_GENERATED_DIR}")
  # An install prefix: pkg-config answers and a program links with what it says.
  add_test(NAME package_pkg_config
    COMMAND bash "${PROJECT_SOURCE_DIR}/tests/package/pkg_config.sh" "${PROJECT_BINARY_DIR}" "${PROJECT_VERSION}")
  set_tests_properties(package_pkg_config PROPERTIES TIMEOUT 300)
  # `basisbaan serve` from an install prefix: it becomes PREFIX/libexec/basisbaan/basisbaan-serve.
  add_test(NAME package_serve_installed
    COMMAND bash "${PROJECT_SOURCE_DIR}/tests/package/serve_installed.sh" "${PROJECT_BINARY_DIR}")
  set_tests_properties(package_serve_installed PROPERTIES TIMEOUT 300)
  # Every source file carries the SPDX licence line (tools/spdx/headers.sh adds it to new files).
  add_test(NAME lint_spdx_headers COMMAND bash "${PROJECT_SOURCE_DIR}/tools/spdx/headers.sh" --check "${PROJECT_SOURCE_DIR}")
  # The Debian package, installed with apt (only as root with CI=true: it changes the machine).
  add_test(NAME package_install_deb
    COMMAND bash "${PROJECT_SOURCE_DIR}/tests/package/install_deb.sh" "${PROJECT_BINARY_DIR}" "${PROJECT_VERSION}")
  set_tests_properties(package_install_deb PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 900 RUN_SERIAL ON)
endif()
