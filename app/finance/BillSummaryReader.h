#pragma once

#include "finance/BillDocument.h"

#include <QCoreApplication>

class QTextCodec;

namespace DepositDesk {

// Reads the 合计 row of a trade bill's summary file (业务明细(汇总), docs/alipay-protocol.md §8.3):
// the # preamble up to 业务汇总列表, the header (columns by name), one line per store, the 合计 row
// and the 业务汇总列表结束 end line. The file is small (one line per store): read as a whole.
class BillSummaryReader
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::BillParser)

public:
    // nullopt with *line (1-based, 0 for the whole file) and *reason when it is malformed.
    static std::optional<BillStatedTotals> read(QTextCodec *gbk, const QByteArray &bytes, int *line,
                                                QString *reason);
};

} // namespace DepositDesk
