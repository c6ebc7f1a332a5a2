#include "BenchConsoleWindow.h"

#include "BenchOrders.h"
#include "ui/MainWindow.h"
#include "ui/orders/SearchPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "alipay/GatewayConfig.h"
#include "services/ConsoleServices.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTimer>

namespace DepositDesk {

int startupWindowChild(const QString &database, const QElapsedTimer &sinceMain)
{
    const auto now = [&] {
        return double(sinceMain.nsecsElapsed()) / 1e6;
    };
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("zh_CN"));
    const double languageMs = now();
    Store store(StoreConfig::sqlite(database));
    const StoreResult opened = store.open();
    if (!opened) {
        BenchOrders::print(opened.errorString);
        return 1;
    }
    const double openedMs = now();
    ConsoleServices services(store, GatewayConfig{});
    const double servicesMs = now();
    MainWindow window(languages, &services);
    window.resize(1280, 800);
    window.show();
    const double shownMs = now();
    const QAbstractItemModel *model = window.searchPage()->table()->model();
    QElapsedTimer timeout;
    timeout.start();
    while (model->rowCount() == 0 && timeout.elapsed() < 30000) {
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (model->rowCount() == 0)
        return 1;
    BenchOrders::print(
        QStringLiteral("usable %1 (language %2, opened %3, services %4, shown %5) rows %6")
            .arg(now(), 0, 'f', 1)
            .arg(languageMs, 0, 'f', 1)
            .arg(openedMs, 0, 'f', 1)
            .arg(servicesMs, 0, 'f', 1)
            .arg(shownMs, 0, 'f', 1)
            .arg(model->rowCount()));
    return 0;
}

} // namespace DepositDesk
