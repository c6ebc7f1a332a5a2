// depositdesk-sandbox: the Alipay-compatible gateway as a program (see app/sandbox/README.md).
#include "sandbox/CommandLine.h"
#include "sandbox/Gateway.h"
#include "sandbox/Keys.h"
#include "sandbox/bills/Bills.h"
#include "sandbox/ledger/Ledger.h"
#include "sandbox/seed/SeedCatalog.h"
#include "sandbox/seed/Seeding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace DepositDesk;
using namespace DepositDesk::Sandbox;

namespace {

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::SandboxMain)
};

const QString DemoAppId = QStringLiteral("2021000000000001");

QString keyDirectory(const Options &options)
{
    if (!options.keyDir.isEmpty())
        return options.keyDir;
    if (!options.stateFile.isEmpty())
        return QFileInfo(options.stateFile).absolutePath();
    return QDir::temp().filePath(QStringLiteral("depositdesk-sandbox-keys"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const std::optional<Options> options = CommandLine::parse(application.arguments(), &error);
    if (!options) {
        err << error << Qt::endl;
        return 2;
    }
    const QDir keys(keyDirectory(*options));
    if (!keys.mkpath(QStringLiteral("."))) {
        err << Text::tr("Cannot create the key folder %1.").arg(keys.path()) << Qt::endl;
        return 1;
    }

    GatewayConfig config;
    config.notifyTimeScale = options->timeScale;
    config.timestampSkewSecs = options->timestampSkewSecs;
    QStringList report;
    if (!options->alipayKeyFile.isEmpty()) {
        config.platformKey = Keys::readPrivate(options->alipayKeyFile, &error);
    } else {
        const auto pair =
            Keys::loadOrCreate(keys.filePath(QStringLiteral("sandbox_alipay_private.pem")),
                               keys.filePath(QStringLiteral("sandbox_alipay_public.pem")), &error);
        if (pair) {
            config.platformKey = pair->privateKey;
            report
                << Text::tr("Alipay public key (支付宝公钥) for clients: %1").arg(pair->publicPath)
                << (pair->created ? Text::tr("Platform private key generated: %1 (mode 0600)")
                                  : Text::tr("Platform private key reused: %1"))
                       .arg(pair->privatePath);
        }
    }
    if (!config.platformKey) {
        err << error << Qt::endl;
        return 1;
    }
    for (const auto &[appId, publicKeyFile] : options->apps) {
        const std::optional<RsaPublicKey> key = Keys::readPublic(publicKeyFile, &error);
        if (!key) {
            err << error << Qt::endl;
            return 1;
        }
        config.addApp(appId, *key);
    }
    if (options->apps.isEmpty()) {
        // A demo app with its own key pair, so that the console can be pointed at the sandbox.
        const auto pair = Keys::loadOrCreate(
            keys.filePath(QStringLiteral("app_%1_private.pem").arg(DemoAppId)),
            keys.filePath(QStringLiteral("app_%1_public.pem").arg(DemoAppId)), &error);
        if (!pair) {
            err << error << Qt::endl;
            return 1;
        }
        config.addApp(DemoAppId, pair->privateKey.publicKey());
        report << Text::tr("Demo app %1: private key %2 (mode 0600), public key %3")
                      .arg(DemoAppId, pair->privatePath, pair->publicPath);
    }

    Ledger ledger;
    if (!ledger.open(options->stateFile, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    // seeder: --seed N --seed-value S, plus the order list CSV for the console's import.
    if (!Seeding::run(ledger, config, options->seedCount, options->seedValue, {}, &report,
                      &error)) {
        err << error << Qt::endl;
        return 1;
    }

    Gateway gateway(ledger, config);
    // Bills: downloadurl.query and the one-shot URLs under /sandbox/bills/.
    Bills bills(ledger);
    bills.setStoreNames(SeedCatalog::storeNames());
    for (const App &app : std::as_const(config.apps))
        bills.setMerchantPid(app.appId, app.sellerId);
    gateway.setBillService(&bills);
    if (!gateway.listenLoopback(options->port, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << Text::tr("DepositDesk sandbox gateway: %1").arg(gateway.gatewayUrl().toString()) << '\n';
    out << Text::tr(
               "Sandbox controls: %1/sandbox/ (user/confirm, user/decline, faults, notifications)")
               .arg(gateway.baseUrl().toString())
        << '\n';
    out << Text::tr("State: %1")
               .arg(options->stateFile.isEmpty() ? Text::tr("in memory (lost on exit)")
                                                 : options->stateFile)
        << '\n';
    for (const App &app : config.apps)
        out << Text::tr("App %1: seller %2").arg(app.appId, app.sellerId) << '\n';
    for (const QString &line : std::as_const(report))
        out << line << '\n';
    out.flush();
    return application.exec();
}
