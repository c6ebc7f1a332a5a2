#include "store/ImportReport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace DepositDesk {

namespace {

QString cell(const QString &text)
{
    QString v = text;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(u'\'');
    return u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

StoreResult ImportReport::writeRejections(const QString &path) const
{
    QString text = QStringLiteral("line,out_order_no,reason\r\n");
    for (const Rejection &r : rejected)
        text += QStringLiteral("%1,%2,%3\r\n").arg(r.line).arg(cell(r.outOrderNo), cell(r.reason));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return StoreResult::failure(
            QCoreApplication::translate("DepositDesk::ImportReport",
                                        "The report could not be written to %1: %2.")
                .arg(path, file.errorString()));
    return StoreResult::success();
}

} // namespace DepositDesk
