#include "services/orders/OrderDetailsReader.h"

#include "services/risk/WaiverCheck.h"
#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/Ledger.h"
#include "store/OrderIndex.h"
#include "store/OrderNotes.h"
#include "store/RefundRequests.h"
#include "store/SesameDefaultRequests.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>

namespace DepositDesk {

OrderDetailsReader::OrderDetailsReader(const Store &store)
    : m_store(store)
    , m_worker(std::make_unique<StoreWorker>(store))
{}

OrderDetailsReader::~OrderDetailsReader() = default;

void OrderDetailsReader::readLater(const QString &outOrderNo, const QObject *context,
                                   ReadDone done) const
{
    struct Read
    {
        std::optional<OrderSnapshot> snapshot;
        QString error;
    };
    m_worker->run(
        [this, outOrderNo](const Store &) {
            Read read;
            read.snapshot = this->read(outOrderNo, &read.error);
            return read;
        },
        context, [done = std::move(done)](const Read &read) { done(read.snapshot, read.error); });
}

std::optional<OrderSnapshot> OrderDetailsReader::read(const QString &outOrderNo,
                                                      QString *error) const
{
    QString why;
    const std::optional<OrderRecord> order = OrderIndex(m_store).find(outOrderNo, &why);
    if (!order) {
        if (error)
            *error = why.isEmpty()
                         ? QCoreApplication::translate(
                               "DepositDesk::OrderDetailsReader",
                               "Order %1 is not in the order list. Look it up at Alipay to add it.")
                               .arg(outOrderNo)
                         : QCoreApplication::translate("DepositDesk::OrderDetailsReader",
                                                       "The order could not be read: %1")
                               .arg(why);
        return std::nullopt;
    }
    OrderSnapshot s;
    s.order = *order;
    const Ledger ledger(m_store);
    s.operations = ledger.operations(outOrderNo);
    s.trades = ledger.trades(outOrderNo);
    s.refunds = ledger.refunds(outOrderNo);
    s.intents = IntentJournal(m_store).forOrder(outOrderNo);
    s.refundRequests = RefundRequests(m_store).forOrder(outOrderNo);
    AuditFilter filter;
    filter.outOrderNo = outOrderNo;
    filter.limit = 10000;
    s.audit = AuditLog(m_store).entries(filter);
    s.notes = OrderNotes(m_store).forOrder(outOrderNo);
    s.defaultRequests = SesameDefaultRequests(m_store).forOrder(outOrderNo);
    s.timeline = OrderSnapshot::timelineOf(s);
    s.sesame = OrderSnapshot::sesameOf(s);
    // Like the lists above, a failed read leaves it empty (NotWaived: nothing shown).
    if (const std::optional<WaiverCheck> waiver = WaiverCheck::read(m_store, s.order))
        s.waiver = *waiver;
    return s;
}

} // namespace DepositDesk
