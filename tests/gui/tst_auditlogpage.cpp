// View > Audit log over the real window and the demo's database: who may open it, the entries in
// words with their recorded details, the filters, loading page by page, the chain verified on
// demand (intact, then with a tampered entry), the export to CSV and Excel (formulas
// neutralised, audited); the words of every action the console writes. Screenshot in
// the build's screenshots folder.
#include "ConsoleFixture.h"
#include "Screenshots.h"

#include "ui/MainWindow.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "services/audit/AuditService.h"
#include "services/audit/AuditTableModel.h"
#include "services/audit/AuditWords.h"
#include "store/AuditLog.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

constexpr char Order[] = "AUDIT-ORDER-1";

void appendEntry(const Store &store, const QString &login, const QString &action,
                 const QString &order, const QJsonObject &details)
{
    const StoreResult r = AuditLog(store).append({login, action, order, details});
    QVERIFY2(r.ok, qPrintable(r.errorString));
}

AuditEntry lastEntry(const Store &store)
{
    return AuditLog(store).last().value_or(AuditEntry{});
}

QStringList column(const AuditTableModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

void saveShot(QWidget &widget, const QString &name)
{
    Testing::saveScreenshot(widget, name);
}

} // namespace

class TestAuditLogPage : public QObject
{
    Q_OBJECT

private:
    LanguageSwitcher m_languages;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<MainWindow> m_window;
    AuditLogPage *m_page = nullptr;

    // Opens View > Audit log (read again when it was open already) and waits for its first page.
    bool openPage()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionAuditLog"));
        if (!action || !action->isVisible())
            return false;
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        if (stack->currentWidget() == m_page)
            return waitLoaded([this] { m_page->reload(); });
        return waitLoaded([action] { action->trigger(); }) && stack->currentWidget() == m_page;
    }
    bool waitLoaded(const std::function<void()> &change)
    {
        QSignalSpy loaded(m_page, &AuditLogPage::pageLoaded);
        change();
        return loaded.count() > 0 || loaded.wait(10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY2(m_console->start(OperatorRole::Supervisor, 5), qPrintable(m_console->error));
        const Store &store = m_console->store();
        appendEntry(store, QStringLiteral("agent.li"), QStringLiteral("order.unfreeze.requested"),
                    QString::fromLatin1(Order),
                    {{QStringLiteral("kind"), QStringLiteral("unfreeze")},
                     {QStringLiteral("request_no"), QStringLiteral("UNF-1")},
                     {QStringLiteral("amount_fen"), 1200},
                     {QStringLiteral("amount"), QStringLiteral("12.00")},
                     {QStringLiteral("reason"), QStringLiteral("=HYPERLINK(\"http://x\")")}});
        appendEntry(store, QStringLiteral("agent.li"), QStringLiteral("order.unfreeze.succeeded"),
                    QString::fromLatin1(Order),
                    {{QStringLiteral("kind"), QStringLiteral("unfreeze")},
                     {QStringLiteral("request_no"), QStringLiteral("UNF-1")},
                     {QStringLiteral("amount_fen"), 1200},
                     {QStringLiteral("amount"), QStringLiteral("12.00")}});
        appendEntry(store, QStringLiteral("agent.wang"), QStringLiteral("some.future_action"),
                    QStringLiteral("AUDIT-ORDER-2"), {{QStringLiteral("x"), 1}});
        m_window = std::make_unique<MainWindow>(m_languages, &m_console->services());
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = m_window->auditLogPage();
        QVERIFY(m_page);
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_console.reset();
    }

    void showsTheLogNewestFirstInWords()
    {
        QVERIFY(openPage());
        const AuditTableModel &model = *m_page->model();
        QVERIFY(model.rowCount() >= 4);
        QCOMPARE(model.entry(0).action, u"some.future_action"_qs);
        // An action without words of its own: said plainly with its code.
        QCOMPARE(model.index(0, AuditTableModel::What).data().toString(),
                 u"some.future_action on order AUDIT-ORDER-2 by agent.wang"_qs);
        QCOMPARE(model.index(1, AuditTableModel::What).data().toString(),
                 u"Unfreeze of ¥12.00 on order AUDIT-ORDER-1 succeeded (request UNF-1)"_qs);
        QCOMPARE(model.index(2, AuditTableModel::What).data().toString(),
                 u"Unfreeze of ¥12.00 requested on order AUDIT-ORDER-1 by agent.li"_qs);
        // The demo's own entries (the supervisor's sign-in among them) have words too.
        for (int row = 0; row < model.rowCount(); ++row) {
            const AuditEntry &e = model.entry(row);
            if (e.action == u"some.future_action")
                continue;
            QVERIFY2(AuditWords::isKnown(e.action), qPrintable(e.action));
            QVERIFY2(!model.index(row, AuditTableModel::What).data().toString().contains(e.action),
                     qPrintable(e.action));
        }
        // The raw detail of the selected entry shows beside the words.
        m_page->table()->selectRow(2);
        QVERIFY(m_page->detailsText().contains(u"Unfreeze of ¥12.00 requested"_qs));
        QVERIFY(m_page->detailsText().contains(u"\"amount_fen\": 1200"_qs));
        QVERIFY(m_page->detailsText().contains(u"order.unfreeze.requested"_qs));
        QVERIFY(m_page->detailsText().contains(model.entry(2).hash));
        saveShot(*m_window, QStringLiteral("auditlog-en"));
        // In Chinese the entries are in Chinese words (the language change reaches the page
        // from the event loop).
        const QString english = model.index(2, AuditTableModel::What).data().toString();
        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(model.index(2, AuditTableModel::What).data().toString() != english);
        const QString chinese = model.index(2, AuditTableModel::What).data().toString();
        saveShot(*m_window, QStringLiteral("auditlog-zh_CN"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QVERIFY2(chinese.contains(u"AUDIT-ORDER-1"_qs) && chinese.contains(u"解冻"_qs),
                 qPrintable(chinese));
        QTRY_COMPARE(model.index(2, AuditTableModel::What).data().toString(), english);
    }

    void filtersByOperatorActionOrderAndPeriod()
    {
        QVERIFY(openPage());
        const AuditTableModel &model = *m_page->model();
        QVERIFY(waitLoaded([this] { m_page->setOperatorFilter(QStringLiteral("agent.li")); }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(column(model, AuditTableModel::Operator),
                 (QStringList{u"agent.li"_qs, u"agent.li"_qs}));
        QVERIFY(waitLoaded(
            [this] { m_page->setActionFilter(QStringLiteral("order.unfreeze.requested")); }));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).action, u"order.unfreeze.requested"_qs);
        QVERIFY(waitLoaded([this] { m_page->setOperatorFilter(QString()); }));
        QVERIFY(waitLoaded([this] { m_page->setActionFilter(QString()); }));
        QVERIFY(waitLoaded([this] { m_page->setOrderFilter(QStringLiteral("AUDIT-ORDER-2")); }));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).outOrderNo, u"AUDIT-ORDER-2"_qs);
        QVERIFY(waitLoaded([this] { m_page->setOrderFilter(QString()); }));
        // A period of China days: long ago, nothing; today, everything.
        QVERIFY(waitLoaded([this] { m_page->setPeriod(QDate(2020, 1, 1), QDate(2020, 1, 31)); }));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("auditCountLabel"))
                    ->text()
                    .contains(u"No entries"_qs));
        const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
        QVERIFY(waitLoaded([this, today] { m_page->setPeriod(today.addDays(-1), today); }));
        QVERIFY(model.rowCount() >= 4);
        QVERIFY(waitLoaded([this] { m_page->setPeriod({}, {}); }));
    }

    void loadsPageByPage()
    {
        const Store &store = m_console->store();
        for (int i = 0; i < AuditService::PageSize + 50; ++i)
            appendEntry(store, QStringLiteral("agent.bulk"), QStringLiteral("order.lookup"),
                        QStringLiteral("BULK-%1").arg(i), {{QStringLiteral("total_fen"), 100 * i}});
        QVERIFY(openPage());
        QVERIFY(waitLoaded([this] { m_page->reload(); }));
        AuditTableModel &model = *m_page->model();
        QCOMPARE(model.rowCount(), AuditService::PageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.entry(0).outOrderNo, u"BULK-249"_qs);
        QVERIFY(waitLoaded([this] { m_page->table()->scrollToBottom(); }));
        QTRY_VERIFY(model.rowCount() > AuditService::PageSize);
        // No entry twice, newest first throughout.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.entry(row).seq < model.entry(row - 1).seq);
    }

    void verifiesTheChainOnDemand()
    {
        QVERIFY(openPage());
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("verifyChainButton"));
        QVERIFY(button);
        QSignalSpy verified(m_page, &AuditLogPage::verified);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(verified.wait(20000));
        QCOMPARE(verified.first().first().toBool(), true);
        const qint64 entries = lastEntry(m_console->store()).seq - 1; // before the check's own
        QVERIFY2(m_page->verdictText().startsWith(
                     QStringLiteral("All %1 entries are intact; the last was written ")
                         .arg(QLocale().toString(entries))),
                 qPrintable(m_page->verdictText()));
        QCOMPARE(lastEntry(m_console->store()).action, u"audit.verified"_qs);

        // Someone edits an entry in the database: the verdict names it and says what it means.
        StoreQuery tamper(m_console->store().database(),
                          QStringLiteral("UPDATE audit_log SET detail = '{\"amount\":\"1.00\"}' "
                                         "WHERE seq = 3"));
        QVERIFY(tamper.exec());
        verified.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(verified.wait(20000));
        QCOMPARE(verified.first().first().toBool(), false);
        QVERIFY2(m_page->verdictText().startsWith(
                     u"The audit log is broken at entry 3: Entry 3 was changed after it was "
                     "written. The 2 entries before it are intact."_qs),
                 qPrintable(m_page->verdictText()));
        const AuditEntry broken = lastEntry(m_console->store());
        QCOMPARE(broken.action, u"audit.broken"_qs);
        QCOMPARE(QJsonDocument::fromJson(broken.detail.toUtf8())
                     .object()
                     .value(u"first_broken_seq")
                     .toInteger(),
                 3);
        saveShot(*m_window, QStringLiteral("auditlog-broken-en"));
    }

    void exportsWhatTheFiltersShow()
    {
        QVERIFY(openPage());
        QVERIFY(waitLoaded([this] { m_page->setOrderFilter(QString::fromLatin1(Order)); }));
        QCOMPARE(m_page->model()->rowCount(), 2);
        QTemporaryDir dir;
        QString target = dir.filePath(QStringLiteral("audit.csv"));
        m_page->setFileChooser([&](AuditService::Format, const QString &) { return target; });
        QSignalSpy finished(m_page, &AuditLogPage::exportFinished);
        m_page->exportAs(AuditService::Format::Csv);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile csv(target);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two entries, the end
        QVERIFY(lines[0].startsWith("\xEF\xBB\xBF"));
        QVERIFY2(lines[0].contains("What happened"), lines[0].constData());
        QVERIFY(lines[1].contains("order.unfreeze.succeeded"));
        QVERIFY(lines[2].contains("Unfreeze of ¥12.00 requested on order AUDIT-ORDER-1 by "
                                  "agent.li"));
        // The reason "=HYPERLINK(...)" inside the details stays text in a spreadsheet.
        QVERIFY2(!lines[2].contains(",=") && !lines[2].contains(",\"="), lines[2].constData());
        // The export itself is in the log, with what was selected.
        AuditEntry exported = lastEntry(m_console->store());
        QCOMPARE(exported.action, u"audit.exported"_qs);
        QCOMPARE(exported.operatorLogin, SignIn::demoLogin(OperatorRole::Supervisor));
        QJsonObject detail = QJsonDocument::fromJson(exported.detail.toUtf8()).object();
        QCOMPARE(detail.value(u"entries").toInteger(), 2);
        QCOMPARE(detail.value(u"filter").toObject().value(u"order").toString(),
                 QString::fromLatin1(Order));

        target = dir.filePath(QStringLiteral("audit.xlsx"));
        finished.clear();
        m_page->exportAs(AuditService::Format::Xlsx);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile xlsx(target);
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.read(2) == "PK"); // a workbook (a zip)
        QCOMPARE(QJsonDocument::fromJson(lastEntry(m_console->store()).detail.toUtf8())
                     .object()
                     .value(u"format")
                     .toString(),
                 u"xlsx"_qs);
        QVERIFY(waitLoaded([this] { m_page->setOrderFilter(QString()); }));
    }

    void agentsMayNotReadIt()
    {
        QVERIFY(m_console->signIn(OperatorRole::Agent));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionAuditLog"));
        QVERIFY(!action->isVisible());
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(stack->currentWidget() != m_page); // left when the operator changed
        m_window->showAuditLog();
        QVERIFY(stack->currentWidget() != m_page);
        // The services refuse as well, and say who may.
        const QString refused = m_console->services().auditLog().page(
            m_console->services().session(), {}, m_page,
            [](const QList<AuditEntry> &, bool, const QString &) { QFAIL("answered"); });
        QCOMPARE(refused,
                 u"Only supervisors, finance and administrators may read the audit log."_qs);
        QVERIFY(!m_console->services()
                     .auditLog()
                     .verify(m_console->services().session(), m_page,
                             [](const AuditService::Verdict &) {})
                     .isEmpty());
        // The page itself, shown anyway, shows the refusal and no entries.
        stack->setCurrentWidget(m_page);
        QVERIFY(waitLoaded([this] { m_page->reload(); }));
        QCOMPARE(m_page->model()->rowCount(), 0);
        auto *refusal = m_page->findChild<QLabel *>(QStringLiteral("auditRefusalLabel"));
        QVERIFY(refusal->isVisible());
        QCOMPARE(refusal->text(), refused);
        QTest::qWait(200); // nothing answered late
        QVERIFY(m_console->signIn(OperatorRole::Finance));
        QVERIFY(action->isVisible());
    }

    void everyActionHasWords()
    {
        const QStringList actions = AuditWords::knownActions();
        QVERIFY(actions.size() >= 50);
        for (const QString &action : actions) {
            AuditEntry e;
            e.seq = 1;
            e.operatorLogin = QStringLiteral("someone");
            e.action = action;
            e.outOrderNo = QStringLiteral("ORDER-9");
            e.detail = QStringLiteral("{}");
            const QString sentence = AuditWords::sentence(e);
            QVERIFY2(!sentence.isEmpty() && !sentence.contains(action), qPrintable(action));
            QVERIFY2(!sentence.contains(u'%'), qPrintable(sentence));
            QVERIFY2(AuditWords::actionName(action) != action, qPrintable(action));
        }
        AuditEntry note;
        note.operatorLogin = QStringLiteral("agent.li");
        note.action = QStringLiteral("order.note_added");
        note.outOrderNo = QStringLiteral("ORDER-9");
        note.detail = QStringLiteral("{\"text\":\"Calls back\\nat 3pm\"}");
        QCOMPARE(AuditWords::sentence(note),
                 u"Note added to order ORDER-9 by agent.li: “Calls back at 3pm”"_qs);
        AuditEntry threshold;
        threshold.operatorLogin = QStringLiteral("admin");
        threshold.action = QStringLiteral("policy.refund_threshold.changed");
        threshold.detail = QStringLiteral("{\"before_fen\":null,\"after_fen\":50000}");
        QCOMPARE(AuditWords::sentence(threshold),
                 u"Refund approval threshold changed from none to ¥500.00 by admin"_qs);
    }
};

QTEST_MAIN(TestAuditLogPage)
#include "tst_auditlogpage.moc"
