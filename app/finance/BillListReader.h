#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

class QTextCodec;

namespace DepositDesk {

// The layout every Alipay bill CSV shares (docs/alipay-protocol.md §8.2, §8.4), read one physical
// line at a time straight from the GBK bytes: the # preamble (账号, 起始日期, 终止日期) up to the
// list's start marker, the header (columns by name), the data lines (a quoted cell may run over a
// line end) and, after the end marker, the footer's # lines. The first problem stops it. What a
// header, a data line and a footer line mean is the bill's own: BillDetailReader (trade bill) and
// AccountDetailReader (account bill) say it.
class BillListReader
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::BillParser)

public:
    // `listMarker` opens the list (业务明细列表), `endMarker` closes it (业务明细列表结束);
    // `account`, `periodFromMs` and `periodToMs` receive what the preamble says.
    BillListReader(QTextCodec *gbk, const QString &listMarker, const QString &endMarker,
                   QString *account, qint64 *periodFromMs, qint64 *periodToMs);
    virtual ~BillListReader() = default;
    BillListReader(const BillListReader &) = delete;
    BillListReader &operator=(const BillListReader &) = delete;

    // One line without its line end; false once a problem was found.
    bool addLine(QByteArrayView line);
    // At the end of the file: false when it is truncated.
    bool finish();

    int lineCount() const { return m_lineNumber; }
    int problemLine() const { return m_problemLine; }
    const QString &problem() const { return m_problem; }
    // The detail file's size and the bytes read so far (a reader may size its storage by them).
    void setProgress(qint64 bytesRead, qint64 expectedBytes)
    {
        m_bytesRead = bytesRead;
        m_expectedBytes = expectedBytes;
    }

    // Decodes GBK text; false (and the line left as is) when the bytes are not GBK.
    static bool decode(QTextCodec *gbk, QByteArrayView bytes, QString *text);
    // Column names compared with full-width parentheses: 订单金额(元) is 订单金额（元）.
    static QString columnKey(QString name);
    // "2024年05月01日 00:00:00" in China time, as ms since the epoch (0 when absent).
    static qint64 chineseTimeMs(const QString &text);
    // Why `bytes` are refused as bill text: UTF-8 (changed after the download), or not GBK.
    static QString notGbkReason(QByteArrayView bytes);

protected:
    // The header's columns by columnKey(); false (after fail()) when one the bill needs is missing.
    virtual bool header(const QHash<QString, int> &columns, int columnCount) = 0;
    // One record's cells, as many as the header's; false after fail().
    virtual bool data(const std::vector<QByteArrayView> &cells, int lineNumber,
                      qint64 recordBytes) = 0;
    // One # line after the end marker, decoded; false after fail().
    virtual bool footer(const QString &text) = 0;
    // At the end of a file whose list was closed: false (after fail()) when the footer is
    // incomplete.
    virtual bool footerComplete() = 0;

    bool fail(int line, const QString &reason);
    // The cell's text, decoded from GBK.
    QString cellText(QByteArrayView cell) const;
    // The column `name` must be in `columns`: its index, or -1 after fail() naming it.
    int requireColumn(const QHash<QString, int> &columns, const QString &name,
                      const QString &billName);

    QTextCodec *m_gbk;
    int m_lineNumber = 0;
    qint64 m_bytesRead = 0, m_expectedBytes = 0;

private:
    enum class State { Preamble, Header, Data, Footer };

    bool preambleLine(QByteArrayView line);
    bool headerLine(QByteArrayView line);
    bool dataLine(QByteArrayView record, int lineNumber);
    bool footerLine(QByteArrayView line);
    // Decodes a # line into *text; fails with `ifData` when it is not a comment.
    bool commentLine(QByteArrayView line, QString *text, const QString &ifData);

    QString m_listName, m_endName;
    QByteArray m_listMarker, m_endMarker;
    QString *m_account;
    qint64 *m_periodFromMs, *m_periodToMs;
    State m_state = State::Preamble;
    int m_problemLine = 0;
    QString m_problem;
    int m_columnCount = 0;
    QByteArray m_pending; // a quoted cell running over a line end
    int m_pendingLine = 0;
    std::vector<QByteArrayView> m_cells;
    std::vector<QByteArray> m_owned;
};

} // namespace DepositDesk
