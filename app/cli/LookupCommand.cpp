#include "cli/CliCommand.h"
#include "cli/CliCommands.h"
#include "cli/CliSession.h"
#include "cli/CliText.h"

#include "domain/OrderRecord.h"
#include "services/ConsoleServices.h"
#include "services/orders/OrderLookup.h"

#include <QTextStream>

namespace DepositDesk::CliCommands {

QString orderWords(const OrderRecord &order)
{
    return CliText::tr("Order %1 (auth_no %2): %3. Frozen ¥%4 (credit ¥%5), still frozen ¥%6, "
                       "released ¥%7, charged ¥%8, refunded ¥%9.")
        .arg(order.outOrderNo, order.authNo, orderStatusDisplayName(order.status),
             order.total.toYuan(), order.credit.toYuan(), order.rest.toYuan(),
             order.unfrozen.toYuan(), order.paid.toYuan(), order.refunded.toYuan());
}

QJsonObject orderObject(const OrderRecord &order)
{
    const auto money = [](Money m) {
        return QJsonObject{{QStringLiteral("fen"), m.fen()}, {QStringLiteral("yuan"), m.toYuan()}};
    };
    return {{QStringLiteral("order"), order.outOrderNo},
            {QStringLiteral("auth_no"), order.authNo},
            {QStringLiteral("status"), orderStatusCode(order.status)},
            {QStringLiteral("total"), money(order.total)},
            {QStringLiteral("credit"), money(order.credit)},
            {QStringLiteral("rest"), money(order.rest)},
            {QStringLiteral("unfrozen"), money(order.unfrozen)},
            {QStringLiteral("paid"), money(order.paid)},
            {QStringLiteral("refunded"), money(order.refunded)},
            {QStringLiteral("title"), order.title}};
}

int lookup(CliSession &session)
{
    const QString number = session.argument(0);
    const auto result = session.wait<OrderLookup::Result>(
        [&](const QObject *context, std::function<void(const OrderLookup::Result &)> done) {
            session.services().lookup().lookUp(session.session(), number, context, std::move(done));
        });
    if (!result) {
        session.err() << CliText::tr("Alipay did not answer in time.") << Qt::endl;
        return Cli::Refused;
    }
    if (result->status != OrderLookup::Result::Status::Added &&
        result->status != OrderLookup::Result::Status::AlreadyKnown) {
        QJsonObject object{{QStringLiteral("order"), number},
                           {QStringLiteral("outcome"), QStringLiteral("refused")},
                           {QStringLiteral("message"), result->message}};
        if (!result->code.isEmpty())
            object.insert(QStringLiteral("code"), result->code);
        session.print(result->message, object);
        return Cli::Refused;
    }
    QJsonObject object = orderObject(result->order);
    object.insert(QStringLiteral("added"), result->status == OrderLookup::Result::Status::Added);
    session.print(orderWords(result->order), object);
    return Cli::Done;
}

} // namespace DepositDesk::CliCommands
