#pragma once

#include <QString>

class QElapsedTimer;

namespace DepositDesk {

// The child of bench_console's start-up run with the window: opens the Store, builds the
// console's services, shows the real MainWindow (offscreen) and waits until its order table
// holds the first page. Prints "usable <ms since main> opened <ms> rows <n>"; returns the exit
// code.
int startupWindowChild(const QString &database, const QElapsedTimer &sinceMain);

} // namespace DepositDesk
