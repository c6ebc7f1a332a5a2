// Order notes on the real detail page over the demo: an agent adds a note (it shows in the notes
// tab and the timeline with author and time, and is audited), the search page finds the order
// by a word of it, another desk's note appears live (the change feed), and bad notes are
// refused with a clear message. Screenshots in the build's screenshots folder.
#include "DetailTestSupport.h"
#include "Screenshots.h"

#include "ui/MainWindow.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/orders/OrderTableModel.h"
#include "ui/orders/SearchPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "services/orders/OrderNotesService.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestOrderNotes : public QObject
{
    Q_OBJECT

private:
    LanguageSwitcher m_languages;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_taken;

    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    bool open(const QString &outOrderNo)
    {
        OrderDetailPage *page = m_window->detailPage();
        QSignalSpy loaded(page, &OrderDetailPage::orderLoaded);
        m_window->openOrder(outOrderNo);
        return loaded.wait(10000) && page->snapshot().has_value();
    }
    QStringList notesShown() const
    {
        QStringList shown;
        auto *list = child<QTreeWidget>("notesList");
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            shown << list->topLevelItem(i)->text(1) + u": " + list->topLevelItem(i)->text(2);
        return shown;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY2(m_console->start(OperatorRole::Agent, 8), qPrintable(m_console->error));
        m_window = std::make_unique<MainWindow>(m_languages, &m_console->services());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_console.reset();
    }

    void addsANoteSeenInTheTimelineAndTheAuditLog()
    {
        const auto order = authorizedOrder(
            m_console->store(), [](const OrderRecord &) { return true; }, &m_taken);
        QVERIFY(order);
        QVERIFY(open(order->outOrderNo));
        auto *tabs = child<QTabWidget>("detailTabs");
        QCOMPARE(tabs->tabText(1), u"Notes"_qs);
        tabs->setCurrentIndex(1);
        auto *editor = child<QPlainTextEdit>("noteEditor");
        auto *add = child<QPushButton>("addNoteButton");
        QVERIFY(!add->isEnabled()); // nothing written yet
        QTest::keyClicks(editor, QStringLiteral("Customer returned the scooter; waiting for the "
                                                "shop's check before unfreezing"));
        QVERIFY(add->isEnabled());
        QSignalSpy loaded(m_window->detailPage(), &OrderDetailPage::orderLoaded);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE(notesShown(),
                     QStringList{u"agent: Customer returned the scooter; waiting for the shop's "
                                 "check before unfreezing"_qs}
                         .replaceInStrings(u"agent"_qs, SignIn::demoLogin(OperatorRole::Agent)));
        QVERIFY(editor->toPlainText().isEmpty()); // added: the box is empty again
        QCOMPARE(tabs->tabText(1), u"Notes (1)"_qs);
        // In the timeline, with its author, newest first.
        auto *timeline = child<QTreeWidget>("timelineView");
        QVERIFY(timeline->topLevelItemCount() >= 1);
        QTreeWidgetItem *newest = timeline->topLevelItem(0);
        QCOMPARE(newest->text(1), u"Note by %1"_qs.arg(SignIn::demoLogin(OperatorRole::Agent)));
        QVERIFY(newest->text(3).startsWith(u"Customer returned the scooter"_qs));
        QVERIFY(!newest->text(0).isEmpty()); // when
        // Audited, with its text, under the order; the order's audit tab says it in words.
        const AuditEntry entry = AuditLog(m_console->store()).last().value_or(AuditEntry{});
        QCOMPARE(entry.action, u"order.note_added"_qs);
        QCOMPARE(entry.outOrderNo, order->outOrderNo);
        QVERIFY(QJsonDocument::fromJson(entry.detail.toUtf8())
                    .object()
                    .value(u"text")
                    .toString()
                    .startsWith(u"Customer returned the scooter"_qs));
        auto *audit = child<QTreeWidget>("auditView");
        QVERIFY(!audit
                     ->findItems(u"Note added to order %1 by"_qs.arg(order->outOrderNo),
                                 Qt::MatchStartsWith, 3)
                     .isEmpty());

        // Another desk adds one: it appears here without anyone reloading (the change feed).
        OrderNotesService otherDesk(m_console->store());
        OperatorSession supervisor;
        supervisor.login = QStringLiteral("supervisor.zhao");
        supervisor.role = OperatorRole::Supervisor;
        QVERIFY(
            otherDesk.add(supervisor, order->outOrderNo, QStringLiteral("已联系顾客，明天解冻")));
        QTRY_COMPARE_WITH_TIMEOUT(notesShown().size(), 2, 10000);
        QCOMPARE(notesShown().last(), u"supervisor.zhao: 已联系顾客，明天解冻"_qs);
        tabs->setCurrentIndex(1);
        QTest::keyClicks(editor, QStringLiteral("Shop says: scratch on the deck"));
        Testing::saveScreenshot(*m_window, QStringLiteral("ordernotes-detail-en"));
        tabs->setCurrentIndex(0);
        Testing::saveScreenshot(*m_window, QStringLiteral("ordernotes-timeline-en"));
        editor->clear();

        // The search finds the order by a word of a note, and by part of a Chinese one.
        m_window->showSearch();
        auto *box = child<QLineEdit>("searchBox");
        SearchPage *search = m_window->searchPage();
        for (const QString &word : {u"scooter"_qs, u"明天"_qs}) {
            box->setText(word);
            QTRY_VERIFY_WITH_TIMEOUT(
                search->model()->rowCount() == 1 &&
                    search->model()->index(0, OrderTableModel::OutOrderNo).data().toString() ==
                        order->outOrderNo,
                10000);
        }
        box->clear();
    }

    void refusesBadNotes()
    {
        const auto order = authorizedOrder(
            m_console->store(), [](const OrderRecord &) { return true; }, &m_taken);
        QVERIFY(order);
        QVERIFY(open(order->outOrderNo));
        child<QTabWidget>("detailTabs")->setCurrentIndex(1);
        auto *editor = child<QPlainTextEdit>("noteEditor");
        auto *add = child<QPushButton>("addNoteButton");
        auto *hint = child<QLabel>("noteHintLabel");
        struct Bad
        {
            QString text;
            QString says;
        };
        const Bad bad[] = {
            {u"call back\tat 3"_qs, u"control character"_qs},
            {u"ok \u202Eevil"_qs, u"control character"_qs},
            {u"password=hunter22 for the shop"_qs, u"password, key or token"_qs},
            {QString(501, u'x'), u"at most 500 characters; this one has 501"_qs},
        };
        for (const Bad &b : bad) {
            editor->setPlainText(b.text);
            QVERIFY2(!add->isEnabled(), qPrintable(b.text.left(20)));
            QVERIFY2(hint->text().contains(b.says), qPrintable(hint->text()));
            // The services refuse it too, whatever the page shows.
            const QString problem = OrderNotesService::problem(b.text);
            QVERIFY2(problem.contains(b.says), qPrintable(problem));
            QVERIFY(!m_console->services().notes().add(m_console->services().session(),
                                                       order->outOrderNo, b.text));
        }
        QVERIFY(m_console->services().details().read(order->outOrderNo)->notes.isEmpty());
        // Line breaks are fine; 500 characters too.
        QVERIFY(OrderNotesService::problem(u"line one\r\nline two"_qs).isEmpty());
        QVERIFY(OrderNotesService::problem(u"ok. "_qs.repeated(125)).isEmpty());
        editor->clear();
    }
};

QTEST_MAIN(TestOrderNotes)
#include "tst_ordernotes.moc"
