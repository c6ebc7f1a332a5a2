// The translation catalogs are complete and current: every message of app/ and ui/ is in
// both .ts files, finished, with the same %-placeholders as its source, and nothing else is.
// Fix a failure with scripts/update-translations.sh.
#include "TsFile.h"

#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;

namespace {

QStringList split(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString report(const QString &what, const QStringList &lines)
{
    return what + QStringLiteral(" (run scripts/update-translations.sh):\n  ") +
           lines.join(QStringLiteral("\n  "));
}

// %1 .. %99, ignoring the L (localized number) flag; %n is the plural count.
QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        // A plural form may say "one order" without the count.
        if (!(numerus && match.captured(1) == u"n"))
            found.append(match.captured(1));
    }
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMessageIsFinished_data() { tsFileRows(); }
    void everyMessageIsFinished();
    void noObsoleteMessages_data() { tsFileRows(); }
    void noObsoleteMessages();
    void placeholdersMatchSource_data() { tsFileRows(); }
    void placeholdersMatchSource();
    void tsFilesMatchSources();

private:
    void tsFileRows();

    QList<TsFile> m_tsFiles;
};

void TestTranslations::initTestCase()
{
    const QStringList paths = split(DD_TS_FILES);
    QVERIFY(paths.size() >= 2);
    for (const QString &path : paths) {
        TsFile ts = TsFile::read(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(path + QStringLiteral(" has no messages")));
        // Qt picks the file by the language in its name: the file must be in that language.
        const QString suffix = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
        QVERIFY2(QLocale(suffix).language() == QLocale(ts.language).language(),
                 qPrintable(path + QStringLiteral(" says language=") + ts.language));
        m_tsFiles.append(ts);
    }
}

void TestTranslations::tsFileRows()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_tsFiles.size(); ++i)
        QTest::newRow(qPrintable(m_tsFiles.at(i).language)) << i;
}

void TestTranslations::everyMessageIsFinished()
{
    QFETCH(int, index);
    const TsFile &ts = m_tsFiles.at(index);
    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        if (message.type == u"obsolete" || message.type == u"vanished")
            continue; // noObsoleteMessages reports these
        const bool empty =
            message.translations.isEmpty() || message.translations.contains(QString());
        if (message.type == u"unfinished")
            problems.append(QStringLiteral("unfinished: ") + message.describe());
        else if (empty)
            problems.append(QStringLiteral("finished but empty: ") + message.describe());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(ts.path + QStringLiteral(" is not complete"), problems)));
}

void TestTranslations::noObsoleteMessages()
{
    QFETCH(int, index);
    const TsFile &ts = m_tsFiles.at(index);
    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        if (message.type == u"obsolete" || message.type == u"vanished")
            problems.append(message.type + QStringLiteral(": ") + message.describe());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(ts.path + QStringLiteral(" keeps messages the code no longer has"),
                               problems)));
}

void TestTranslations::placeholdersMatchSource()
{
    QFETCH(int, index);
    const TsFile &ts = m_tsFiles.at(index);
    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        if (!message.type.isEmpty())
            continue;
        const QStringList expected = placeholders(message.source, message.numerus);
        for (const QString &translation : message.translations) {
            if (placeholders(translation, message.numerus) != expected)
                problems.append(message.describe() + QStringLiteral(" -> \"") + translation +
                                QLatin1Char('"'));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(ts.path + QStringLiteral(": translations whose %-placeholders "
                                                        "differ from their source"),
                               problems)));
}

void TestTranslations::tsFilesMatchSources()
{
    // lupdate, run exactly as the update_translations target runs it, on copies.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments{QLatin1Char('@') + QStringLiteral(DD_LUPDATE_INPUTS)};
    const QStringList includeDirs = split(DD_LUPDATE_INCLUDE_DIRS);
    for (const QString &include : includeDirs)
        arguments << QStringLiteral("-I") << include;
    arguments << split(DD_LUPDATE_OPTIONS) << QStringLiteral("-silent") << QStringLiteral("-ts");
    QStringList copies;
    for (const TsFile &ts : std::as_const(m_tsFiles)) {
        copies.append(dir.filePath(QFileInfo(ts.path).fileName()));
        QVERIFY(QFile::copy(ts.path, copies.constLast()));
    }
    arguments << copies;

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DD_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(50000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(output));

    QStringList problems;
    for (int i = 0; i < m_tsFiles.size(); ++i) {
        const TsFile &committed = m_tsFiles.at(i);
        const TsFile fresh = TsFile::read(copies.at(i));
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QSet<QString> committedKeys;
        for (const TsMessage &message : committed.messages)
            committedKeys.insert(message.key());
        QSet<QString> freshKeys;
        for (const TsMessage &message : fresh.messages) {
            freshKeys.insert(message.key());
            if (!committedKeys.contains(message.key()))
                problems.append(committed.language + QStringLiteral(": new in the sources: ") +
                                message.describe());
        }
        for (const TsMessage &message : committed.messages) {
            if (!freshKeys.contains(message.key()))
                problems.append(committed.language + QStringLiteral(": gone from the sources: ") +
                                message.describe());
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(QStringLiteral("The .ts files are stale"), problems)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
