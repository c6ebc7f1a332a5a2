#include "store/ImportReport.h"

#include "domain/CsvField.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace DepositDesk {

StoreResult ImportReport::writeRejections(const QString &path) const
{
    QString text = QStringLiteral("line,out_order_no,reason\r\n");
    for (const Rejection &r : rejected)
        text += QString::number(r.line) + u',' +
                CsvField::line({r.outOrderNo, r.reason}, CsvField::Formulas::Neutralise) +
                QStringLiteral("\r\n");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return StoreResult::failure(
            QCoreApplication::translate("DepositDesk::ImportReport",
                                        "The report could not be written to %1: %2.")
                .arg(path, file.errorString()));
    return StoreResult::success();
}

} // namespace DepositDesk
