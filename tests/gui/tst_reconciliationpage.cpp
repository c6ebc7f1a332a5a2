// Finance's bills and reconciliation page over the real demo sandbox: the page is in
// the real window for finance only; a day's bill downloaded through the sandbox's own bill
// service (progress, file recorded, a second download recognised, a quiet day has no bill);
// reconciled against the demo database with one charge the bill never saw; totals; the
// difference filtered, resolved with a note (audited), kept over a re-run, opened as its order;
// the table exported to CSV; the table in words (amounts with yuanText, statuses named, the
// sentence built when shown, two problems of one charge together); screenshots of the
// differences, totals and chart tabs and of the resolve dialog with its corrections in both
// languages.
// Then the day's account bill (账务明细): downloaded, reconciled, its totals in words, its
// differences apart from the trade bill's; screenshots of both in both languages.
#include "DetailTestSupport.h"

#include "domain/YuanText.h"
#include "ui/MainWindow.h"
#include "ui/finance/AccountBillTotalsView.h"
#include "ui/finance/BillDownloadPanel.h"
#include "ui/finance/DailyChartView.h"
#include "ui/finance/DifferencesModel.h"
#include "ui/finance/DifferencesPanel.h"
#include "ui/finance/ReconciliationPage.h"
#include "ui/finance/ReconciliationTotalsView.h"
#include "ui/finance/ResolveDifferenceDialog.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/session/LanguageSwitcher.h"
#include "ui/widgets/TableExportMenu.h"

#include "domain/ChinaTime.h"
#include "domain/OrderStatus.h"
#include "finance/BillFiles.h"
#include "finance/DailyActivity.h"
#include "finance/DifferenceWords.h"
#include "services/finance/DifferenceCorrections.h"
#include "store/AuditLog.h"
#include "store/Ledger.h"
#include "store/StoreQuery.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

const QString ExtraTradeNo = QStringLiteral("2099010122001400000000000042");
const QString ExtraOutTradeNo = QStringLiteral("EXTRA-CHARGE-42");
const QString Note = QStringLiteral("Charge entered by hand during the outage; Alipay never saw "
                                    "it. Customer contacted, entry to be reversed.");

} // namespace

class TestReconciliationPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void agentDoesNotSeeThePage();
    void downloadsTheDaysBill();
    void aQuietDayHasNoBill();
    void reconcilesAndShowsTotals();
    void tableSpeaksInWords();
    void twoProblemsOfOneCharge();
    void filtersByKind();
    void resolvesWithANote();
    void aRerunKeepsTheNote();
    void opensTheOrder();
    void exportsCsvWithBom();
    void screenshots_data();
    void screenshots();
    void reconcilesTheAccountBill();
    void accountBillScreenshots_data();
    void accountBillScreenshots();

private:
    ReconciliationPage *page() const { return m_window->reconciliationPage(); }
    DifferencesModel *differences() const { return page()->differencesPanel()->model(); }
    int rowOfExtraCharge() const;
    int rowOf(DifferenceKind kind, const QString &outTradeNo) const;
    QString shown(int row, int column) const
    {
        return differences()->index(row, column).data().toString();
    }
    void selectBill(const QString &billType);
    bool reconcile();

    LanguageSwitcher m_languages;
    ConsoleFixture m_console;
    std::unique_ptr<MainWindow> m_window;
    QDate m_day;          // the latest seeded day with charges
    QString m_extraOrder; // the order our ledger has one more charge of
    QTemporaryDir m_exports;
};

void TestReconciliationPage::initTestCase()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_console.demo().setRecordHistory(true); // the demo's bills match its ledger
    QVERIFY2(m_console.start(OperatorRole::Finance, 120), qPrintable(m_console.error));
    const QDate yesterday = ChinaTime::toChina(QDateTime::currentDateTimeUtc()).date().addDays(-1);
    QString error;
    const auto days =
        DailyActivity::load(m_console.store(), yesterday.addDays(-30), yesterday, &error);
    QVERIFY2(days, qPrintable(error));
    for (const DayActivity &day : *days) {
        if (day.chargeCount > 0)
            m_day = day.day; // the list is in day order: the last one wins
    }
    QVERIFY2(m_day.isValid(), "no charge in the seeded month");

    // Our ledger learns of a charge Alipay never made (entered by hand, say): a difference.
    OrderQuery query;
    query.statuses = {OrderStatus::Authorized};
    const std::optional<OrderPage> orders = OrderIndex(m_console.store()).search(query);
    QVERIFY(orders && !orders->orders.isEmpty());
    m_extraOrder = orders->orders.first().outOrderNo;
    TradeRecord extra;
    extra.outOrderNo = m_extraOrder;
    extra.tradeNo = ExtraTradeNo;
    extra.outTradeNo = ExtraOutTradeNo;
    extra.status = QStringLiteral("TRADE_SUCCESS");
    extra.amount = *Money::fromYuan(u"42.00");
    extra.happened = QDateTime(m_day, QTime(10, 30), QTimeZone(8 * 3600));
    QVERIFY(Ledger(m_console.store()).recordTrade(extra, FactSource::Query));

    m_window = std::make_unique<MainWindow>(m_languages, &m_console.services());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(m_window->reconciliationPage());
}

void TestReconciliationPage::cleanupTestCase()
{
    m_window.reset();
}

void TestReconciliationPage::agentDoesNotSeeThePage()
{
    auto *action = child<QAction>(m_window.get(), "actionReconciliation");
    QVERIFY(action);
    auto *pages = child<QStackedWidget>(m_window.get(), "pages");
    QVERIFY(m_console.signIn(OperatorRole::Agent));
    QVERIFY(!action->isVisible());
    m_window->showReconciliation();
    QVERIFY(pages->currentWidget() != page());

    QVERIFY(m_console.signIn(OperatorRole::Finance));
    QVERIFY(action->isVisible());
    action->trigger();
    QCOMPARE(pages->currentWidget(), page());
}

void TestReconciliationPage::downloadsTheDaysBill()
{
    BillDownloadPanel *panel = page()->downloadPanel();
    panel->setPeriod(m_day.toString(u"yyyy-MM-dd"));
    panel->setBillType(QStringLiteral("trade"));
    QCOMPARE(panel->period(), m_day.toString(u"yyyy-MM-dd"));
    QSignalSpy progress(&m_console.services().bills(), &BillDownloader::progress);
    QSignalSpy finished(panel, &BillDownloadPanel::downloadFinished);
    auto *bar = child<QProgressBar>(panel, "downloadProgress");
    QTest::mouseClick(child<QPushButton>(panel, "downloadButton"), Qt::LeftButton);
    QVERIFY(bar->isVisible());
    QVERIFY(child<QPushButton>(panel, "cancelDownloadButton")->isVisible());
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<BillDownloader::Result>();
    QCOMPARE(result.status, BillDownloader::Status::Downloaded);
    QVERIFY(!progress.isEmpty());
    QVERIFY(!bar->isVisible());
    QVERIFY2(panel->resultText().contains(result.file.fileName), qPrintable(panel->resultText()));

    // Recorded: the file is kept, listed with its date, type, hash and who fetched it.
    QVERIFY(QFileInfo::exists(result.file.path));
    QVERIFY(result.file.path.startsWith(m_console.services().dataDirectory()));
    auto *bills = child<QTreeWidget>(panel, "billsList");
    QCOMPARE(bills->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = bills->topLevelItem(0);
    QCOMPARE(row->text(0), m_day.toString(u"yyyy-MM-dd"));
    QCOMPARE(row->text(2), result.file.fileName);
    QCOMPARE(row->text(3), result.file.sha256.left(12));
    QCOMPARE(row->text(5), m_console.services().session().login);
    QCOMPARE(panel->selectedBill()->id, result.file.id);

    // The same bill again is recognised, and said so.
    finished.clear();
    QTest::mouseClick(child<QPushButton>(panel, "downloadButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<BillDownloader::Result>().status,
             BillDownloader::Status::AlreadyKnown);
    QVERIFY2(panel->resultText().contains(QStringLiteral("already downloaded on")),
             qPrintable(panel->resultText()));
    QCOMPARE(bills->topLevelItemCount(), 1);
}

void TestReconciliationPage::aQuietDayHasNoBill()
{
    BillDownloadPanel *panel = page()->downloadPanel();
    // Long before the seeded history: no business, no bill.
    panel->setPeriod(m_day.addYears(-2).toString(u"yyyy-MM-dd"));
    QSignalSpy finished(panel, &BillDownloadPanel::downloadFinished);
    QTest::mouseClick(child<QPushButton>(panel, "downloadButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<BillDownloader::Result>().status,
             BillDownloader::Status::NoBill);
    QVERIFY2(panel->resultText().contains(QStringLiteral("no payment and no refund")),
             qPrintable(panel->resultText()));
    QCOMPARE(child<QTreeWidget>(panel, "billsList")->topLevelItemCount(), 1);
    panel->setPeriod(m_day.toString(u"yyyy-MM-dd"));
    // The words keep naming the day that was asked for, not the one chosen since, also when
    // they are said again in another language.
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(panel, &languageChange);
    QVERIFY2(panel->resultText().contains(m_day.addYears(-2).toString(u"yyyy-MM-dd")),
             qPrintable(panel->resultText()));
}

bool TestReconciliationPage::reconcile()
{
    QSignalSpy finished(page(), &ReconciliationPage::reconciliationFinished);
    QTest::mouseClick(child<QPushButton>(page(), "reconcileButton"), Qt::LeftButton);
    if (!child<QProgressBar>(page(), "reconcileProgress")->isVisible())
        return false;
    if (!finished.wait(30000))
        return false;
    const auto result = finished.first().first().value<ReconciliationService::Result>();
    if (result.status != ReconciliationService::Status::Done)
        qWarning("reconciliation: %s", qPrintable(result.message));
    return result.status == ReconciliationService::Status::Done;
}

int TestReconciliationPage::rowOf(DifferenceKind kind, const QString &outTradeNo) const
{
    for (int row = 0; row < differences()->rowCount(); ++row) {
        const Difference *d = differences()->differenceAt(row);
        if (d->kind == kind && d->outTradeNo == outTradeNo)
            return row;
    }
    return -1;
}

int TestReconciliationPage::rowOfExtraCharge() const
{
    for (int row = 0; row < differences()->rowCount(); ++row) {
        const Difference *d = differences()->differenceAt(row);
        // The charge is also "rest never unfrozen" (its order is still authorized): the one
        // asserted here is the line the bill does not have.
        if (d->kind == DifferenceKind::LedgerOnly && d->outTradeNo == ExtraOutTradeNo)
            return row;
    }
    return -1;
}

void TestReconciliationPage::reconcilesAndShowsTotals()
{
    QVERIFY(page()->downloadPanel()->selectedBill());
    QVERIFY(reconcile());
    QVERIFY2(
        page()->runResultText().contains(QStringLiteral("Trade bill: Reconciled the bill of %1")
                                             .arg(m_day.toString(u"yyyy-MM-dd"))),
        qPrintable(page()->runResultText()));
    const auto run = m_console.services().reconciliation().latestRun(m_day.toString(u"yyyy-MM-dd"));
    QVERIFY(run);
    const SideTotals &bill = run->totals.bill;
    const SideTotals &ledger = run->totals.ledger;
    // Our records have the extra ¥42.00 charge the bill does not.
    QCOMPARE(ledger.income - bill.income, *Money::fromYuan(u"42.00"));
    QCOMPARE(child<QLabel>(page(), "totals_income_bill")->text(), yuanText(bill.income));
    QCOMPARE(child<QLabel>(page(), "totals_income_ledger")->text(), yuanText(ledger.income));
    QCOMPARE(child<QLabel>(page(), "totals_income_difference")->text(),
             yuanText(bill.income - ledger.income));
    QCOMPARE(child<QLabel>(page(), "totals_net_bill")->text(), yuanText(bill.net()));
    QCOMPARE(child<QLabel>(page(), "totals_trades_bill")->text(),
             QLocale().toString(bill.tradeCount));
    QVERIFY(child<QLabel>(page(), "agreementLabel")->text().contains(u"add up"));

    // The differences tab is shown, with the charge the bill never saw.
    QCOMPARE(page()->tabs()->currentIndex(), int(ReconciliationPage::DifferencesTab));
    const int row = rowOfExtraCharge();
    QVERIFY(row >= 0);
    const Difference *d = differences()->differenceAt(row);
    QCOMPARE(d->kind, DifferenceKind::LedgerOnly);
    QCOMPARE(d->outOrderNo, m_extraOrder);
    QVERIFY(!d->isResolved());
    QCOMPARE(differences()->index(row, DifferencesModel::LedgerAmount).data().toString(),
             yuanText(*Money::fromYuan(u"42.00")));
}

// Every amount through yuanText (the columns and the sentences), statuses as words with
// Alipay's code in the tooltip, the sentence built from the fields when shown.
void TestReconciliationPage::tableSpeaksInWords()
{
    QVERIFY(differences()->rowCount() > 0);
    for (int row = 0; row < differences()->rowCount(); ++row) {
        const Difference *d = differences()->differenceAt(row);
        QCOMPARE(shown(row, DifferencesModel::BillAmount),
                 d->billAmount ? yuanText(*d->billAmount) : QStringLiteral("—"));
        QCOMPARE(shown(row, DifferencesModel::LedgerAmount),
                 d->ledgerAmount ? yuanText(*d->ledgerAmount) : QStringLiteral("—"));
        const QString detail = shown(row, DifferencesModel::Detail);
        QVERIFY(detail.startsWith(DifferenceWords::sentence(*d)));
        std::optional<Money> amount; // the amount the sentence names
        if (d->kind == DifferenceKind::BillOnly || d->kind == DifferenceKind::AmountDiffers)
            amount = d->billAmount;
        else if (d->kind == DifferenceKind::LedgerOnly ||
                 d->kind == DifferenceKind::FrozenNeverReleased ||
                 d->kind == DifferenceKind::RestNeverUnfrozen)
            amount = d->ledgerAmount;
        if (amount)
            QVERIFY2(detail.contains(yuanText(*amount)), qPrintable(detail));
        QCOMPARE(shown(row, DifferencesModel::LedgerStatus),
                 alipayStatusDisplayName(d->ledgerStatus));
        QCOMPARE(differences()->index(row, DifferencesModel::LedgerStatus).data(Qt::ToolTipRole),
                 QVariant(d->ledgerStatus));
    }
    const int extra = rowOfExtraCharge();
    QCOMPARE(shown(extra, DifferencesModel::LedgerStatus), QStringLiteral("Paid"));
    QVERIFY(shown(extra, DifferencesModel::Detail).contains(QStringLiteral("¥42.00")));

    // The sentence shown is built when shown, not read from what the run stored.
    QVERIFY(StoreQuery::execDirect(m_console.store().database(),
                                   QStringLiteral("UPDATE recon_differences SET detail = "
                                                  "'stored words'")));
    page()->differencesPanel()->reload();
    QVERIFY(!shown(rowOfExtraCharge(), DifferencesModel::Detail).contains(u"stored words"));
    QVERIFY(shown(rowOfExtraCharge(), DifferencesModel::Detail).contains(ExtraOutTradeNo));
}

// The charge the bill never saw is also "rest never unfrozen" (its order is still
// authorized): both rows together, marked as problems of one order, each naming the other.
void TestReconciliationPage::twoProblemsOfOneCharge()
{
    const int ledgerOnly = rowOf(DifferenceKind::LedgerOnly, ExtraOutTradeNo);
    const int rest = rowOf(DifferenceKind::RestNeverUnfrozen, ExtraOutTradeNo);
    QVERIFY(ledgerOnly >= 0 && rest >= 0);
    int first = differences()->rowCount(), last = -1, ofOrder = 0;
    for (int row = 0; row < differences()->rowCount(); ++row)
        if (differences()->differenceAt(row)->outOrderNo == m_extraOrder) {
            first = std::min(first, row);
            last = std::max(last, row);
            ++ofOrder;
        }
    QCOMPARE(last - first + 1, ofOrder); // kept together
    QVERIFY(ofOrder >= 2);
    for (int row = first; row <= last; ++row)
        QVERIFY2(shown(row, DifferencesModel::SameOrder).startsWith(QString::number(ofOrder)),
                 qPrintable(shown(row, DifferencesModel::SameOrder)));
    QVERIFY2(shown(ledgerOnly, DifferencesModel::Detail)
                 .contains(differenceKindDisplayName(DifferenceKind::RestNeverUnfrozen)),
             qPrintable(shown(ledgerOnly, DifferencesModel::Detail)));
    QVERIFY(shown(ledgerOnly, DifferencesModel::Detail).contains(u"not a duplicate"));
    QVERIFY(shown(rest, DifferencesModel::Detail)
                .contains(differenceKindDisplayName(DifferenceKind::LedgerOnly)));
    // A difference alone says nothing there.
    for (int row = 0; row < differences()->rowCount(); ++row)
        if (row < first || row > last) {
            const Difference *d = differences()->differenceAt(row);
            int same = 0;
            for (const Difference &o : differences()->differences())
                same += !d->outOrderNo.isEmpty() && o.outOrderNo == d->outOrderNo ? 1 : 0;
            if (same <= 1)
                QVERIFY(shown(row, DifferencesModel::SameOrder).isEmpty());
        }
}

void TestReconciliationPage::filtersByKind()
{
    auto *kind = child<QComboBox>(page(), "kindFilter");
    const int all = differences()->rowCount();
    kind->setCurrentIndex(kind->findData(differenceKindCode(DifferenceKind::LedgerOnly)));
    QVERIFY(differences()->rowCount() >= 1);
    for (const Difference &d : differences()->differences())
        QCOMPARE(d.kind, DifferenceKind::LedgerOnly);
    QVERIFY(rowOfExtraCharge() >= 0);
    kind->setCurrentIndex(kind->findData(differenceKindCode(DifferenceKind::AmountDiffers)));
    QVERIFY(rowOfExtraCharge() < 0);
    kind->setCurrentIndex(0);
    QCOMPARE(differences()->rowCount(), all);
}

void TestReconciliationPage::resolvesWithANote()
{
    QTableView *view = page()->differencesPanel()->view();
    view->selectRow(rowOfExtraCharge());
    QTest::mouseClick(child<QPushButton>(page(), "resolveButton"), Qt::LeftButton);
    ResolveDifferenceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<ResolveDifferenceDialog *>()) != nullptr);
    // The dialog says what the table says, the other problem of the charge included; it offers
    // the refresh, and the note alone is chosen first.
    QVERIFY(child<QLabel>(dialog, "summaryLabel")
                ->text()
                .contains(differenceKindDisplayName(DifferenceKind::RestNeverUnfrozen)));
    QVERIFY(child<QRadioButton>(dialog, "refresh_orderChoice"));
    QVERIFY(child<QRadioButton>(dialog, "noteOnlyChoice")->isChecked());
    QVERIFY(!dialog->correction());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // the note is required
    child<QPlainTextEdit>(dialog, "noteEdit")->setPlainText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    child<QPlainTextEdit>(dialog, "noteEdit")->setPlainText(Note);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    const int row = rowOfExtraCharge();
    QVERIFY(row >= 0);
    const Difference *d = differences()->differenceAt(row);
    QVERIFY(d->isResolved());
    QCOMPARE(d->note, Note);
    QCOMPARE(d->resolvedBy, m_console.services().session().login);
    QVERIFY(differences()
                ->index(row, DifferencesModel::State)
                .data()
                .toString()
                .startsWith(QStringLiteral("Resolved by %1").arg(d->resolvedBy)));

    AuditFilter filter;
    filter.action = QStringLiteral("reconciliation.resolved");
    const QList<AuditEntry> audited = AuditLog(m_console.store()).entries(filter);
    QCOMPARE(audited.size(), 1);
    QCOMPARE(audited.first().operatorLogin, m_console.services().session().login);
    QVERIFY(audited.first().detail.contains(Note.left(20)));

    // Hiding the resolved leaves it out.
    child<QCheckBox>(page(), "showResolvedCheck")->setChecked(false);
    QVERIFY(rowOfExtraCharge() < 0);
    child<QCheckBox>(page(), "showResolvedCheck")->setChecked(true);
    QVERIFY(rowOfExtraCharge() >= 0);
}

void TestReconciliationPage::aRerunKeepsTheNote()
{
    const qint64 before = differences()->differenceAt(rowOfExtraCharge())->id;
    QVERIFY(reconcile());
    const int row = rowOfExtraCharge();
    QVERIFY(row >= 0);
    const Difference *d = differences()->differenceAt(row);
    QCOMPARE(d->id, before);
    QVERIFY(d->isResolved());
    QCOMPARE(d->note, Note);
    QVERIFY(!differences()->isGone(*d));
}

void TestReconciliationPage::opensTheOrder()
{
    auto *pages = child<QStackedWidget>(m_window.get(), "pages");
    page()->differencesPanel()->view()->selectRow(rowOfExtraCharge());
    QTest::mouseClick(child<QPushButton>(page(), "openOrderButton"), Qt::LeftButton);
    QCOMPARE(pages->currentWidget(), m_window->detailPage());
    QCOMPARE(m_window->detailPage()->currentOrder(), m_extraOrder);
    // Back returns to the reconciliation, as it was.
    QMetaObject::invokeMethod(m_window->detailPage(), "backRequested");
    QCOMPARE(pages->currentWidget(), page());
    QVERIFY(rowOfExtraCharge() >= 0);
}

void TestReconciliationPage::exportsCsvWithBom()
{
    TableExportMenu *menu = page()->differencesPanel()->exportMenu();
    const QString path = m_exports.filePath(QStringLiteral("differences.csv"));
    menu->setFileChooser([&path](TableExportMenu::Format format, const QString &) {
        return format == TableExportMenu::Format::Csv ? path : QString();
    });
    QSignalSpy exported(menu, &TableExportMenu::exported);
    menu->csvAction()->trigger();
    QTRY_COMPARE(exported.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.startsWith(QStringLiteral("Difference,Same order,When,Order number")));
    QVERIFY(text.contains(m_extraOrder));
    QVERIFY(text.contains(ExtraOutTradeNo));
    QVERIFY(text.contains(QStringLiteral(",42.00,"))); // the amount as an exact number
    QVERIFY(text.contains(Note.left(30)));
    QCOMPARE(int(text.count(QStringLiteral("\r\n"))), differences()->rowCount() + 1);
}

void TestReconciliationPage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestReconciliationPage::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.setLanguage(language));
    QCoreApplication::processEvents();
    page()->tabs()->setCurrentIndex(ReconciliationPage::DifferencesTab);
    page()->differencesPanel()->view()->selectRow(rowOfExtraCharge());
    // The words follow the viewer's language when shown: the other problem's name, the status.
    const int extra = rowOfExtraCharge();
    QVERIFY(shown(extra, DifferencesModel::Detail)
                .contains(differenceKindDisplayName(DifferenceKind::RestNeverUnfrozen)));
    const int rest = rowOf(DifferenceKind::RestNeverUnfrozen, ExtraOutTradeNo);
    QCOMPARE(shown(rest, DifferencesModel::LedgerStatus),
             orderStatusDisplayName(OrderStatus::Authorized));
    if (language == u"zh_CN")
        QVERIFY2(shown(rest, DifferencesModel::LedgerStatus) != u"Authorized",
                 qPrintable(shown(rest, DifferencesModel::LedgerStatus)));
    saveScreenshot(m_window.get(), "tst_reconciliationpage", QStringLiteral("differences"),
                   language);
    {
        const Difference *d = differences()->differenceAt(extra);
        const QList<Correction> offered = m_console.services().corrections().available(*d);
        QVERIFY(offered.contains(Correction::RefreshOrder));
        ResolveDifferenceDialog dialog(*d, offered, m_window.get());
        dialog.setDetail(shown(extra, DifferencesModel::Detail));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("refresh_orderChoice")));
        QVERIFY(dialog.setCorrection(Correction::RefreshOrder));
        QVERIFY(!dialog.setCorrection(Correction::KnownExternalPayment)); // a bill-only line's
        saveScreenshot(&dialog, "tst_reconciliationpage", QStringLiteral("resolve"), language);
    }
    page()->tabs()->setCurrentIndex(ReconciliationPage::TotalsTab);
    saveScreenshot(m_window.get(), "tst_reconciliationpage", QStringLiteral("totals"), language);
    page()->tabs()->setCurrentIndex(ReconciliationPage::ChartTab);
    DailyChartView *chart = page()->chartView();
    QTRY_VERIFY(!chart->isLoading());
    QCOMPARE(chart->to(), m_day);
    QVERIFY(!chart->days().isEmpty());
    saveScreenshot(m_window.get(), "tst_reconciliationpage", QStringLiteral("chart"), language);
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestReconciliationPage::selectBill(const QString &billType)
{
    auto *bills = child<QTreeWidget>(page()->downloadPanel(), "billsList");
    for (int i = 0; i < bills->topLevelItemCount(); ++i)
        if (bills->topLevelItem(i)->data(1, Qt::UserRole).toString() == billType)
            bills->setCurrentItem(bills->topLevelItem(i));
    QCOMPARE(page()->downloadPanel()->selectedBill()->billType, billType);
}

void TestReconciliationPage::reconcilesTheAccountBill()
{
    const QString day = m_day.toString(u"yyyy-MM-dd");
    BillDownloadPanel *panel = page()->downloadPanel();
    panel->setPeriod(day);
    panel->setBillType(QStringLiteral("signcustomer"));
    QSignalSpy finished(panel, &BillDownloadPanel::downloadFinished);
    QTest::mouseClick(child<QPushButton>(panel, "downloadButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const auto downloaded = finished.first().first().value<BillDownloader::Result>();
    QCOMPARE(downloaded.status, BillDownloader::Status::Downloaded);
    QCOMPARE(panel->selectedBill()->id, downloaded.file.id);

    QVERIFY(reconcile());
    QVERIFY2(page()->runResultText().startsWith(QStringLiteral("Account bill (账务明细): ")),
             qPrintable(page()->runResultText()));
    QVERIFY2(!page()->runResultText().contains(QStringLiteral("trade bill"), Qt::CaseInsensitive),
             qPrintable(page()->runResultText()));
    const auto run =
        m_console.services().reconciliation().latestRun(day, QStringLiteral("signcustomer"));
    QVERIFY(run && run->totals.account);
    const AccountBillTotals &a = *run->totals.account;
    QVERIFY(!page()->accountTotalsView()->isHidden());
    QVERIFY(page()->totalsView()->isHidden());
    QCOMPARE(child<QLabel>(page(), "accountTotals_income")->text(), yuanText(a.income));
    QCOMPARE(child<QLabel>(page(), "accountTotals_fees")->text(), yuanText(a.fees));
    QCOMPARE(child<QLabel>(page(), "accountTotals_closing")->text(), yuanText(a.closing));
    const QString words = child<QLabel>(page(), "accountTotalsWords")->text();
    QVERIFY2(words.contains(yuanText(a.income)) && words.contains(yuanText(a.closing)),
             qPrintable(words));
    // The trade bill of the day was downloaded first: compared, and it agrees.
    QCOMPARE(a.tradeBill, AccountBillTotals::TradeBill::Compared);
    const QString tradeBill = child<QLabel>(page(), "accountTradeBillLabel")->text();
    QVERIFY2(tradeBill.contains(QStringLiteral("agree with the trade bill")),
             qPrintable(tradeBill));
    // The charge only our ledger has moved no money in the account: its own kind; the trade
    // bill's differences are not listed with the account bill's.
    bool extraFound = false;
    for (int row = 0; row < differences()->rowCount(); ++row) {
        const Difference *d = differences()->differenceAt(row);
        QVERIFY2(isAccountBillKind(d->kind), qPrintable(differenceKindCode(d->kind)));
        extraFound = extraFound || (d->kind == DifferenceKind::LedgerNotInAccount &&
                                    d->outTradeNo == ExtraOutTradeNo);
    }
    QVERIFY(extraFound);

    // The trade bill selected again: its totals and its differences, as before.
    selectBill(QStringLiteral("trade"));
    QVERIFY(!page()->totalsView()->isHidden());
    QVERIFY(page()->accountTotalsView()->isHidden());
    QVERIFY(rowOfExtraCharge() >= 0);
    selectBill(QStringLiteral("signcustomer"));
    QVERIFY(!page()->accountTotalsView()->isHidden());
}

void TestReconciliationPage::accountBillScreenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestReconciliationPage::accountBillScreenshots()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.setLanguage(language));
    QCoreApplication::processEvents();
    page()->tabs()->setCurrentIndex(ReconciliationPage::TotalsTab);
    QVERIFY(page()->accountTotalsView()->isVisible());
    saveScreenshot(m_window.get(), "tst_reconciliationpage", QStringLiteral("account-totals"),
                   language);
    page()->tabs()->setCurrentIndex(ReconciliationPage::DifferencesTab);
    saveScreenshot(m_window.get(), "tst_reconciliationpage", QStringLiteral("account-differences"),
                   language);
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestReconciliationPage)
#include "tst_reconciliationpage.moc"
