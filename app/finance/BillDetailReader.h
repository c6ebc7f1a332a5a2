#pragma once

#include "finance/BillDocument.h"
#include "finance/BillListReader.h"

namespace DepositDesk {

class BillKeyIndex;
class BillTextStore;

// Reads the detail file of a trade bill (业务明细, docs/alipay-protocol.md §8.2) in the layout
// BillListReader reads: the header's eight columns the console needs, the data lines (kept
// compactly in ParsedBill::lines, their numbers in a BillTextStore, their keys in a BillKeyIndex)
// and the footer's totals lines.
class BillDetailReader : public BillListReader
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::BillParser)

public:
    BillDetailReader(QTextCodec *gbk, ParsedBill &bill, BillTextStore &store, BillKeyIndex &index);

protected:
    bool header(const QHash<QString, int> &columns, int columnCount) override;
    bool data(const std::vector<QByteArrayView> &cells, int lineNumber,
              qint64 recordBytes) override;
    bool footer(const QString &text) override;
    bool footerComplete() override;

private:
    void growLines();

    ParsedBill &m_bill;
    BillTextStore &m_store;
    BillKeyIndex &m_index;
    QByteArray m_tradeType, m_refundType;
    // Column indexes in the header.
    int m_tradeNo = -1, m_outTradeNo = -1, m_type = -1, m_finished = -1, m_orderAmount = -1,
        m_receipt = -1, m_requestNo = -1, m_fee = -1;
    qint64 m_dataBytes = 0; // bytes of data lines so far (to size the line vector)
    bool m_tradeTotalsSeen = false, m_refundTotalsSeen = false;
};

} // namespace DepositDesk
