# What lupdate reads and writes, shared by the build (ui/CMakeLists.txt: .qm files embedded in
# depositdesk_ui under :/i18n, target update_translations) and the check in tests/translations.
set(DD_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/depositdesk_zh_CN.ts
    ${PROJECT_SOURCE_DIR}/translations/depositdesk_en.ts)
# Every user-visible string lives in app/ (core, QCoreApplication::translate) or ui/ (tr()).
file(GLOB_RECURSE DD_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
set(DD_TRANSLATABLE_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR})
# No line numbers (several people add strings at once: they would only make merge conflicts),
# and no obsolete entries (a string gone from the code is gone from the .ts file).
set(DD_LUPDATE_OPTIONS -locations none -no-obsolete)
