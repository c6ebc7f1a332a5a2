#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QWidget>
#include <QtTest>

namespace DepositDesk::Testing {

// Saves a picture of `widget` as <build>/screenshots/<name>.png for a person to look at; fails
// the calling test function when the file cannot be written. Pending layout requests are
// processed first, as the event loop would before painting.
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QDir shots(QStringLiteral(DD_BINARY_DIR "/screenshots"));
    QVERIFY(shots.mkpath(QStringLiteral(".")));
    const QString file = shots.filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget.grab().save(file), qPrintable(file));
}

} // namespace DepositDesk::Testing
