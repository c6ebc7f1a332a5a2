#include "cli/CliCommand.h"
#include "cli/CliCommands.h"
#include "cli/CliSession.h"
#include "cli/CliText.h"

#include "services/ConsoleServices.h"
#include "services/orders/OrderRefresher.h"
#include "store/OrderIndex.h"

#include <QJsonArray>
#include <QTextStream>

namespace DepositDesk::CliCommands {

int sync(CliSession &session)
{
    const QString number = session.argument(0);
    QString error;
    const std::optional<OrderRecord> before = OrderIndex(session.store()).find(number, &error);
    if (!before) {
        const QString message =
            error.isEmpty() ? CliText::tr("Order %1 is not in the order list: look it up first "
                                          "(depositdesk lookup %1).")
                                  .arg(number)
                            : error;
        session.print(message, {{QStringLiteral("order"), number},
                                {QStringLiteral("outcome"), QStringLiteral("refused")},
                                {QStringLiteral("message"), message}});
        return Cli::Refused;
    }
    const auto result = session.wait<OrderRefresher::Result>(
        [&](const QObject *context, std::function<void(const OrderRefresher::Result &)> done) {
            session.services().refresher().refresh(session.session(), number, context,
                                                   std::move(done));
        });
    if (!result || !result->ok) {
        const QString message =
            result ? result->error : CliText::tr("Alipay did not answer in time.");
        session.print(message, {{QStringLiteral("order"), number},
                                {QStringLiteral("outcome"), QStringLiteral("failed")},
                                {QStringLiteral("message"), message}});
        return Cli::Refused;
    }
    const std::optional<OrderRecord> after = OrderIndex(session.store()).find(number, &error);
    if (!after) {
        session.err() << error << Qt::endl;
        return Cli::Refused;
    }
    QJsonObject object = orderObject(*after);
    object.insert(QStringLiteral("changes"), QJsonArray::fromStringList(result->changes.changes));
    QString words =
        result->changes.any()
            ? CliText::tr("Changed: %1").arg(result->changes.changes.join(QStringLiteral("; ")))
            : CliText::tr("Nothing changed.");
    session.print(words + u'\n' + orderWords(*after), object);
    return Cli::Done;
}

} // namespace DepositDesk::CliCommands
