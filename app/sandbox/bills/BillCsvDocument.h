#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace DepositDesk::Sandbox {

class BillPeriod;

// The text of one bill CSV file before it is encoded to GBK (docs/alipay-protocol.md §8): '#'
// comment lines, a list between dashed markers, plain comma-separated rows, CRLF line ends.
class BillCsvDocument
{
public:
    // "#支付宝业务明细查询", "#账号：[...]", "#起始日期：[...]   终止日期：[...]".
    void addTitle(const QString &title, const QString &account, const BillPeriod &period);
    // "#-----...-----业务明细列表-----...-----"
    void addMarker(const QString &name);
    void addComment(const QString &text);
    // Cells are written as given; a cell holding a comma, quote or line break is quoted.
    void addRow(const QStringList &cells);
    // "#导出时间：[2024年05月02日 06:27:10]"
    void addExportTime(const QDateTime &exportedAt);

    const QString &text() const { return m_text; }

    // yyyy-MM-dd HH:mm:ss in China time (GMT+8); empty for an invalid time.
    static QString plainTime(const QDateTime &at);
    // 2024年05月02日 06:27:10 in China time.
    static QString chineseTime(const QDateTime &at);
    // A cell followed by a tab, so spreadsheets keep long numbers as text; empty stays empty.
    static QString padded(const QString &cell);
    static QString amount(Money money) { return money.toYuan(); }

private:
    void addLine(const QString &line);

    QString m_text;
};

} // namespace DepositDesk::Sandbox
