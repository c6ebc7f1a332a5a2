// The start-up check of the audit chain: a chain that verifies leaves the window quiet, a broken
// one puts a warning in the status bar; both are audited.
#include "ConsoleFixture.h"
#include "ui/MainWindow.h"
#include "ui/session/LanguageSwitcher.h"

#include "store/AuditLog.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QJsonDocument>
#include <QLabel>
#include <QTest>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

AuditEntry lastEntry(const Store &store)
{
    const QList<AuditEntry> all = AuditLog(store).entries({});
    return all.isEmpty() ? AuditEntry{} : all.last();
}

} // namespace

class TestAuditCheck : public QObject
{
    Q_OBJECT

private slots:
    void verifiedChainLeavesNoWarning()
    {
        ConsoleFixture console;
        QVERIFY2(console.start(OperatorRole::Agent, 5), qPrintable(console.error));
        LanguageSwitcher languages;
        console.services().checkAuditChain();
        MainWindow window(languages, &console.services());
        window.show();
        QTRY_COMPARE(console.services().auditChainState(),
                     ConsoleServices::AuditChainState::Verified);
        auto *label = window.findChild<QLabel *>(QStringLiteral("auditChainLabel"));
        QVERIFY(label);
        QVERIFY(!label->isVisible());
        const AuditEntry entry = lastEntry(console.store());
        QCOMPARE(entry.action, u"audit.verified"_qs);
        QCOMPARE(entry.operatorLogin, SignIn::demoLogin(OperatorRole::Agent));
        QVERIFY(QJsonDocument::fromJson(entry.detail.toUtf8())
                    .object()
                    .value(u"entries_checked")
                    .toInteger() >= 1);
    }

    void brokenChainWarnsInTheStatusBar()
    {
        ConsoleFixture console;
        QVERIFY2(console.start(OperatorRole::Agent, 5), qPrintable(console.error));
        const qint64 seq = lastEntry(console.store()).seq; // the sign-in
        QVERIFY(seq > 0);
        StoreQuery tamper(
            console.store().database(),
            QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE seq = %1").arg(seq));
        QVERIFY(tamper.exec());
        LanguageSwitcher languages;
        MainWindow window(languages, &console.services());
        window.show();
        console.services().checkAuditChain();
        QTRY_COMPARE(console.services().auditChainState(),
                     ConsoleServices::AuditChainState::Broken);
        auto *label = window.findChild<QLabel *>(QStringLiteral("auditChainLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY(!label->text().isEmpty());
        QVERIFY2(label->toolTip().contains(QString::number(seq)), qPrintable(label->toolTip()));
        const AuditEntry entry = lastEntry(console.store());
        QCOMPARE(entry.action, u"audit.broken"_qs);
        QCOMPARE(QJsonDocument::fromJson(entry.detail.toUtf8())
                     .object()
                     .value(u"first_broken_seq")
                     .toInteger(),
                 seq);
    }
};

QTEST_MAIN(TestAuditCheck)
#include "tst_auditcheck.moc"
