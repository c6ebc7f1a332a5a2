#pragma once

#include "finance/BillDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <vector>

class QTextCodec;

namespace DepositDesk {

class BillTextStore;

// Reads the detail file of a trade bill (业务明细, docs/alipay-protocol.md §8.2) one physical line
// at a time, straight from the GBK bytes: the # preamble up to the 业务明细列表 marker, the header
// (columns by name), the data lines (kept compactly in ParsedBill::lines, their numbers in a
// BillTextStore) and the footer's end marker and totals lines. The first problem stops it.
class BillDetailReader
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::BillParser)

public:
    BillDetailReader(QTextCodec *gbk, ParsedBill &bill, BillTextStore &store);

    // One line without its line end; false once a problem was found.
    bool addLine(QByteArrayView line);
    // At the end of the file: false when it is truncated.
    bool finish();

    int lineCount() const { return m_lineNumber; }
    int problemLine() const { return m_problemLine; }
    const QString &problem() const { return m_problem; }
    // The detail file's size and the bytes read so far: they size ParsedBill::lines.
    void setProgress(qint64 bytesRead, qint64 expectedBytes)
    {
        m_bytesRead = bytesRead;
        m_expectedBytes = expectedBytes;
    }

    // Decodes GBK text; false (and the line left as is) when the bytes are not GBK.
    static bool decode(QTextCodec *gbk, QByteArrayView bytes, QString *text);
    // Column names compared with full-width parentheses: 订单金额(元) is 订单金额（元）.
    static QString columnKey(QString name);

private:
    enum class State { Preamble, Header, Data, Footer };

    bool preambleLine(QByteArrayView line);
    bool headerLine(QByteArrayView line);
    bool dataLine(QByteArrayView record, int lineNumber);
    bool footerLine(QByteArrayView line);
    bool fail(int line, const QString &reason);
    // Decodes a # line into *text; fails with `ifData` when it is not a comment.
    bool commentLine(QByteArrayView line, QString *text, const QString &ifData);
    bool notGbk(int line, QByteArrayView bytes);
    void growLines();
    QString cellText(QByteArrayView cell) const;

    QTextCodec *m_gbk;
    ParsedBill &m_bill;
    BillTextStore &m_store;
    State m_state = State::Preamble;
    int m_lineNumber = 0;
    int m_problemLine = 0;
    QString m_problem;
    QByteArray m_listMarker, m_endMarker, m_tradeType, m_refundType;
    // Column indexes in the header.
    int m_columnCount = 0;
    int m_tradeNo = -1, m_outTradeNo = -1, m_type = -1, m_finished = -1, m_orderAmount = -1,
        m_receipt = -1, m_requestNo = -1, m_fee = -1;
    QByteArray m_pending; // a quoted cell running over a line end
    int m_pendingLine = 0;
    std::vector<QByteArrayView> m_cells;
    std::vector<QByteArray> m_owned;
    qint64 m_dataBytes = 0; // bytes of data lines so far (to size the line vector)
    qint64 m_bytesRead = 0, m_expectedBytes = 0;
    bool m_tradeTotalsSeen = false, m_refundTotalsSeen = false;
};

} // namespace DepositDesk
