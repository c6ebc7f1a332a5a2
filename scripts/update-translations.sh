#!/usr/bin/env bash
# Refreshes translations/depositdesk_{zh_CN,en}.ts from the strings in app/ and ui/, fills the
# English catalog (its translation is the source text), and lists what is left to translate.
#
#   scripts/update-translations.sh [BUILD_DIR]      (default: build; configured if needed)
#
# Then translate what it lists in translations/depositdesk_zh_CN.ts: with Qt Linguist
# (/usr/lib/qt6/bin/linguist), or in a text editor by writing the Chinese into
# <translation type="unfinished"></translation> and deleting ' type="unfinished"'.
# Run the script again to check; `ctest -L translations` fails while anything is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja >/dev/null
fi

update() {
    # lupdate's "lacks Q_OBJECT macro" notes are expected: the core translates without QObject.
    cmake --build "$build" --target update_translations 2>&1 |
        grep -E "^(Updating|    Found|    Removed|    Kept|    Same-text|.*(rror|arning))" || true
}
update

# Fill English, list the rest. Exit status 0 either way: this is a helper, the test is the gate.
python3 - translations/depositdesk_*.ts <<'PYTHON'
import sys
import xml.etree.ElementTree as ET

for path in sys.argv[1:]:
    tree = ET.parse(path)
    language = tree.getroot().get("language", "").split("_")[0]
    todo, filled = [], 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            if language == "en" and message.get("numerus") != "yes":
                translation.text = source
                del translation.attrib["type"]
                filled += 1
                continue
            hint = f'  (was: "{translation.text}")' if translation.text else ""
            todo.append(f'  {name}: "{source}"{hint}')
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
        print(f"{path}: filled {filled} English message(s) with their source text")
    if todo:
        print(f"{path}: {len(todo)} message(s) to translate:")
        print("\n".join(todo))
    else:
        print(f"{path}: complete")
PYTHON
# lupdate writes the files back in its own layout (python's XML writer drops the DOCTYPE).
update >/dev/null
