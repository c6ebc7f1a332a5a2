#!/usr/bin/env python3
"""Checks that every #include "..." of app/ and ui/ points down the layers.

The one place where the layering rule is written (docs/ARCHITECTURE.md describes it in words):

    domain <- alipay, store <- secrets (alipay), finance (store, alipay) <- services
           <- demo (services, sandbox) <- console;  ui (services) <- console;
    services <- intake (the depositdesk-intake executable and its HTTP server) <- demo;
    services <- cli (the command line, widget-free) <- console;
    sandbox (alipay, domain) stands apart: only demo/ wires it in.

A file's layer is its folder: app/<layer>/... (app/console is the executable: it may include
anything) or ui/... . An include may name its own layer or one listed in ALLOWED for it. ui/ may
also include the few plain value-type headers of UI_VALUE_TYPES: records and types that do no SQL,
no HTTP and no keychain calls. Nothing under app/ but app/console includes ui/ or a Qt Widgets
header. tests/ are not checked.

Includes resolve as the compiler finds them: next to the includer first, then from app/ (the
core libraries' include directory), then from the repository root ("ui/finance/X.h"). An include
found nowhere in the tree is reported too: its layer cannot be checked.

Usage: check-layers.py [ROOT]   (ROOT: the repository, by default the one holding this script)
Prints one line per violation, "file:line: layer A may not include B (path)", and exits 1 when
there is any; exits 0 silently otherwise.
"""

import os
import re
import sys

# Which layers each layer may include (besides itself).
ALLOWED = {
    "domain": set(),
    "alipay": {"domain"},
    "store": {"domain"},
    "secrets": {"alipay", "domain"},
    "finance": {"store", "alipay", "domain"},
    "services": {"finance", "secrets", "store", "alipay", "domain"},
    "sandbox": {"alipay", "domain"},
    "demo": {"intake", "services", "sandbox", "finance", "secrets", "store", "alipay", "domain"},
    "ui": {"services", "domain"},
    "console": None,  # the executable: anything
    # depositdesk-intake, an executable like console, but headless and without the sandbox
    "intake": {"services", "finance", "secrets", "store", "alipay", "domain"},
    # the command line (`depositdesk lookup|unfreeze|…`): headless, over the services
    "cli": {"services", "finance", "secrets", "store", "alipay", "domain"},
}

# Headers of lower layers that ui/ may include although their layer is not in ALLOWED["ui"]:
# plain values, no class in them reads the database, calls Alipay or the keychain.
UI_VALUE_TYPES = {
    "app/store/AuditEntry.h",  # audit events, entries, filter, verification: values
    "app/store/OrderQuery.h",  # a search of the order index and its page of results
    "app/store/RefundRequestRecord.h",  # one refund request and its status names
    "app/store/StoreConfig.h",  # where the store lives (parsing a setting, no connection)
    "app/alipay/GatewayConfig.h",  # the gateway's address, app id and loaded keys: no client
    "app/secrets/Credentials.h",  # credentials as imported and checked: no keychain call
    "app/finance/ReconciliationTypes.h",  # differences, totals, runs, filters
    "app/finance/DifferenceWords.h",  # a difference's sentence, bill type and correction names
    "app/finance/TableExport.h",  # writes a table model to CSV/XLSX: no database, no network
}

SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".cxx", ".c", ".mm")
QUOTED_INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
ANGLE_INCLUDE = re.compile(r"^\s*#\s*include\s*<([^>]+)>")

# Qt Widgets headers an app/ file must not include; completed from the installed QtWidgets
# headers when they are found.
WIDGET_HEADERS = {
    "QtWidgets", "QWidget", "QApplication", "QMainWindow", "QDialog", "QDialogButtonBox",
    "QMessageBox", "QFileDialog", "QInputDialog", "QLabel", "QLineEdit", "QPushButton",
    "QComboBox", "QCheckBox", "QRadioButton", "QSpinBox", "QTableView", "QTableWidget",
    "QTreeView", "QTreeWidget", "QListView", "QListWidget", "QHeaderView", "QLayout",
    "QBoxLayout", "QVBoxLayout", "QHBoxLayout", "QGridLayout", "QFormLayout", "QStackedWidget",
    "QTabWidget", "QMenu", "QMenuBar", "QToolBar", "QStatusBar", "QAction", "QProgressBar",
    "QScrollArea", "QSplitter", "QTextEdit", "QPlainTextEdit", "QGroupBox", "QFrame",
    "QToolButton", "QStyle", "QSystemTrayIcon",
}
QT_WIDGETS_DIRS = (
    "/usr/include/x86_64-linux-gnu/qt6/QtWidgets",
    "/usr/include/aarch64-linux-gnu/qt6/QtWidgets",
    "/usr/include/qt6/QtWidgets",
)


def widget_headers():
    names = set(WIDGET_HEADERS)
    for directory in QT_WIDGETS_DIRS:
        if os.path.isdir(directory):
            names.update(n for n in os.listdir(directory) if n.startswith("Q") and "." not in n)
    return names


def is_widgets_header(name, widgets):
    return name.startswith("QtWidgets/") or name.split("/")[-1] in widgets


def layer_of(path):
    """The layer of a root-relative path: app/<layer>/..., ui/... ; None outside them."""
    parts = path.split("/")
    if parts[0] == "ui":
        return "ui"
    if parts[0] == "app" and len(parts) > 2:
        return parts[1]
    return None


def resolve(root, includer, name):
    """The root-relative path of the file an include names, or None."""
    for base in (os.path.dirname(includer), "app", ""):
        candidate = os.path.normpath(os.path.join(base, name)).replace(os.sep, "/")
        if candidate.startswith("../"):
            continue
        if os.path.isfile(os.path.join(root, candidate)):
            return candidate
    return None


def sources(root):
    for top in ("app", "ui"):
        for folder, dirs, files in os.walk(os.path.join(root, top)):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(SOURCE_SUFFIXES):
                    full = os.path.join(folder, name)
                    yield os.path.relpath(full, root).replace(os.sep, "/")


def check_file(root, path, widgets):
    layer = layer_of(path)
    problems = []
    with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    for number, line in enumerate(lines, 1):
        where = f"{path}:{number}"
        if layer not in ALLOWED:
            if QUOTED_INCLUDE.match(line) or ANGLE_INCLUDE.match(line):
                problems.append(f"{where}: layer {layer or path} is unknown: add it to "
                                "scripts/check-layers.py")
                break
            continue
        angle = ANGLE_INCLUDE.match(line)
        if angle:
            if path.startswith("app/") and layer != "console" \
                    and is_widgets_header(angle.group(1), widgets):
                problems.append(f"{where}: layer {layer} may not include QtWidgets "
                                f"(<{angle.group(1)}>)")
            continue
        quoted = QUOTED_INCLUDE.match(line)
        if not quoted:
            continue
        name = quoted.group(1)
        target = resolve(root, path, name)
        if target is None:
            problems.append(f"{where}: include not found in the tree ({name})")
            continue
        target_layer = layer_of(target)
        if target_layer is None:
            problems.append(f"{where}: layer {layer} may not include {target} ({name})")
            continue
        if target_layer == layer or ALLOWED[layer] is None or target_layer in ALLOWED[layer]:
            continue
        if layer == "ui" and target in UI_VALUE_TYPES:
            continue
        problems.append(f"{where}: layer {layer} may not include {target_layer} ({name})")
    return problems


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1].startswith("-")):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    root = argv[1] if len(argv) == 2 else os.path.dirname(here)
    if not os.path.isdir(os.path.join(root, "app")):
        print(f"check-layers: {root} has no app/ folder", file=sys.stderr)
        return 2
    widgets = widget_headers()
    problems = []
    for path in sources(root):
        problems.extend(check_file(root, path, widgets))
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
