// The daily chart over a real SQLite ledger (read through ReconciliationService): loads off the UI
// thread, one point per China day for charges, refunds and unfreezes, "Export PNG…" writes a real
// image; screenshots in zh_CN and en. The table export menu on the audit view: CSV and Excel
// through the view's actions, and a plain message when the file cannot be written.
#include "Screenshots.h"
#include "ui/finance/DailyChartView.h"
#include "ui/orders/AuditView.h"
#include "ui/session/LanguageSwitcher.h"
#include "ui/widgets/TableExportMenu.h"

#include "services/finance/ReconciliationService.h"
#include "store/Ledger.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DepositDesk;

namespace {

QDateTime china(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC).addSecs(-8 * 3600);
}

void saveShot(QWidget &widget, const QString &name, const QString &language)
{
    Testing::saveScreenshot(widget, QStringLiteral("tst_dailychart-%1-%2").arg(name, language));
}

// A PNG that is really a picture: loads, has the widget's size, and is not one flat colour.
bool isRealImage(const QString &path, const QSize &size)
{
    const QImage image(path);
    if (image.isNull() || image.size() != size)
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

} // namespace

class TestDailyChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(
            StoreConfig::sqlite(m_dir.filePath(QStringLiteral("store.sqlite"))));
        QVERIFY(m_store->open());
        Ledger ledger(*m_store);
        // Two weeks of May 2024 (China days) with charges, refunds and unfreezes that vary.
        for (int d = 0; d < 14; ++d) {
            const QDate day(2024, 5, 1 + d);
            const QString n = QString::number(d);
            QVERIFY(ledger.recordTrade({QStringLiteral("O") + n, QStringLiteral("T") + n,
                                        QStringLiteral("OT") + n, QStringLiteral("TRADE_SUCCESS"),
                                        Money::fromFen(10000 + 2500 * (d % 5)), china(day, 23, 59)},
                                       FactSource::Query));
            if (d % 3 == 0)
                QVERIFY(ledger.recordRefund({QStringLiteral("O") + n, QStringLiteral("T") + n,
                                             QStringLiteral("OT") + n, QStringLiteral("R") + n,
                                             QStringLiteral("REFUND_SUCCESS"),
                                             Money::fromFen(3000 + 100 * d), china(day, 0, 0)},
                                            FactSource::Query));
            QVERIFY(ledger.recordOperation({QStringLiteral("O") + n, QStringLiteral("A") + n,
                                            QStringLiteral("OP") + n, QStringLiteral("U") + n,
                                            QStringLiteral("UNFREEZE"), QStringLiteral("SUCCESS"),
                                            Money::fromFen(20000 - 1000 * d), Money(),
                                            Money::fromFen(20000 - 1000 * d), china(day, 12)},
                                           FactSource::Query));
        }
        m_finance = std::make_unique<ReconciliationService>(*m_store);
    }

    void cleanupTestCase()
    {
        m_finance.reset();
        m_store.reset();
    }

    void loadsAndDrawsEveryDay()
    {
        DailyChartView view(*m_finance);
        view.resize(900, 520);
        view.show();
        QSignalSpy loaded(&view, &DailyChartView::loaded);
        view.setPeriod(QDate(2024, 5, 1), QDate(2024, 5, 16));
        QVERIFY(view.isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.days().size(), 16);
        QCOMPARE(view.days().at(0).charges, Money::fromFen(10000));
        QCOMPARE(view.days().at(0).refunds, Money::fromFen(3000));
        QCOMPARE(view.days().at(13).unfreezes, Money::fromFen(7000));
        QVERIFY(view.days().at(15).charges.isZero());
        const auto series = view.chartView()->chart()->series();
        QCOMPARE(series.size(), 3);
        for (QAbstractSeries *s : series)
            QCOMPARE(static_cast<QLineSeries *>(s)->count(), 16);
        const auto *charges = static_cast<QLineSeries *>(series.at(0));
        QCOMPARE(charges->at(1).y(), 125.0); // 12,500 fen on May 2, in yuan
        const auto *status = view.findChild<QLabel *>(QStringLiteral("dailyChartStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("Charges ¥2,050.00")),
                 qPrintable(status->text())); // 14 days

        // A second period asked for while loading: the last one wins, and the view says it is
        // loading until its days are shown.
        loaded.clear();
        view.setPeriod(QDate(2024, 5, 1), QDate(2024, 5, 3));
        view.setPeriod(QDate(2024, 5, 10), QDate(2024, 5, 12));
        QVERIFY(view.isLoading());
        QVERIFY(loaded.wait(10000));
        QVERIFY(!view.isLoading());
        QCOMPARE(view.days().size(), 3);
        QCOMPARE(view.days().front().day, QDate(2024, 5, 10));
    }

    void exportsPng()
    {
        DailyChartView view(*m_finance);
        view.resize(800, 480);
        view.show();
        QSignalSpy loaded(&view, &DailyChartView::loaded);
        view.setPeriod(QDate(2024, 5, 1), QDate(2024, 5, 14));
        QVERIFY(loaded.wait(10000));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        view.setFileChooser([&](const QString &suggested) {
            return suggested.endsWith(QStringLiteral("daily-20240501-20240514.png")) ? path
                                                                                     : QString();
        });
        QSignalSpy exported(&view, &DailyChartView::exported);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("exportPngButton"));
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(exported.count(), 1);
        QVERIFY(QFileInfo(path).size() > 1000);
        QVERIFY(isRealImage(path, view.chartView()->size()));
        QString error;
        QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("missing/chart.png")), &error));
        QVERIFY(error.contains(QStringLiteral("chart.png")));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(language));
        DailyChartView view(*m_finance);
        view.resize(900, 520);
        view.show();
        QSignalSpy loaded(&view, &DailyChartView::loaded);
        view.setPeriod(QDate(2024, 5, 1), QDate(2024, 5, 16));
        QVERIFY(loaded.wait(10000));
        QCoreApplication::processEvents();
        saveShot(view, QStringLiteral("chart"), language);
    }

    void auditViewExportsThroughItsMenu()
    {
        AuditView audit;
        AuditEntry entry;
        entry.seq = 1;
        entry.at = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
        entry.operatorLogin = QStringLiteral("alice");
        entry.action = QStringLiteral("order.unfreeze");
        entry.detail = QStringLiteral("=HYPERLINK(\"http://x\")");
        audit.setEntries({entry});
        auto *menu = audit.findChild<TableExportMenu *>();
        QVERIFY(menu);
        QCOMPARE(audit.contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(audit.actions().contains(menu->csvAction()));
        QVERIFY(audit.actions().contains(menu->xlsxAction()));

        QTemporaryDir dir;
        QString target = dir.filePath(QStringLiteral("audit.csv"));
        menu->setFileChooser([&](TableExportMenu::Format, const QString &) { return target; });
        QSignalSpy exported(menu, &TableExportMenu::exported);
        menu->csvAction()->trigger();
        QCOMPARE(exported.count(), 1);
        QFile csv(target);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(
            ",alice,order.unfreeze by alice,order.unfreeze,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"));

        target = dir.filePath(QStringLiteral("audit.xlsx"));
        menu->xlsxAction()->trigger();
        QCOMPARE(exported.count(), 2);
        QVERIFY(QFileInfo(target).size() > 500);

        // Cannot be written: a plain message, nothing left behind.
        target = dir.filePath(QStringLiteral("no/such/folder/audit.csv"));
        QSignalSpy failed(menu, &TableExportMenu::exportFailed);
        menu->csvAction()->trigger();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("audit.csv")));
        auto *box = audit.findChild<QMessageBox *>(QStringLiteral("exportFailedMessage"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->close();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ReconciliationService> m_finance;
};

QTEST_MAIN(TestDailyChart)
#include "tst_dailychart.moc"
