#include "sandbox/seed/Seeding.h"

#include "sandbox/GatewayConfig.h"
#include "sandbox/bills/OrderExport.h"
#include "sandbox/ledger/Ledger.h"
#include "sandbox/seed/Seeder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QtEndian>

#include <algorithm>

namespace DepositDesk::Sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::Sandbox::Seeding", text);
}

} // namespace

quint64 Seeding::seedNumber(const QString &seedValue)
{
    if (seedValue.isEmpty())
        return 1;
    bool ok = false;
    const quint64 number = seedValue.toULongLong(&ok, 10);
    if (ok)
        return number;
    const QByteArray digest =
        QCryptographicHash::hash(seedValue.toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(digest.constData());
}

bool Seeding::run(Ledger &ledger, const GatewayConfig &config, int count, const QString &seedValue,
                  const QString &exportPath, QStringList *report, QString *error,
                  int payersWhoCannotPay, QList<SeededOrder> *seeded)
{
    if (count <= 0)
        return true;
    QStringList appIds = config.apps.keys();
    if (appIds.isEmpty()) {
        *error = tr("Seeding needs an app: register one with --app APPID=PUBKEYFILE.");
        return false;
    }
    std::sort(appIds.begin(), appIds.end());
    const App &app = config.apps[appIds.first()];

    SeedOptions options;
    options.count = count;
    options.seedValue = seedNumber(seedValue);
    options.appId = app.appId;
    options.payeeUserId = app.sellerId;
    options.payeeLogonId = app.sellerLogonId;
    options.anchor = Seeder::defaultAnchor(config.clock->now());
    options.payersWhoCannotPay = std::max(0, payersWhoCannotPay);
    QElapsedTimer timer;
    timer.start();
    const QList<SeededOrder> made = Seeder(ledger).seed(options, error);
    if (seeded)
        *seeded = made;
    if (made.size() != count + options.payersWhoCannotPay)
        return false;
    const QString path =
        !exportPath.isEmpty()
            ? exportPath
            : QDir::temp().filePath(
                  QStringLiteral("depositdesk-sandbox-orders-%1.csv").arg(options.seedValue));
    if (!OrderExport::writeFile(ledger, app.appId, path, error))
        return false;
    const auto kept = std::count_if(made.cbegin(), made.cend(),
                                    [](const SeededOrder &order) { return order.alreadyThere; });
    if (report) {
        *report << tr("Seeded %1 orders for app %2 from seed %3 in %4 ms (history before %5)")
                       .arg(QString::number(count), app.appId, QString::number(options.seedValue),
                            QString::number(timer.elapsed()), options.anchor.toString(Qt::ISODate));
        if (kept > 0)
            *report << tr("%1 of them were in the state file already and were left as they are.")
                           .arg(kept);
        *report << tr("Order list for the console's import: %1").arg(path);
    }
    return true;
}

} // namespace DepositDesk::Sandbox
