// Month-end reconciliation at 1,000,000 bill lines: BillParser::parseArchive of the real
// bill layout + ReconciliationEngine::reconcile against a real SQLite ledger of the same size,
// wall time and peak memory, compared in the same run with two peers doing the same load and
// join: the sqlite3 command-line tool and Python pandas. Goal: faster than both, < 400 MB peak.
//
//   bench_reconcile [--lines N]      (default 1,000,000; data cached in <build>/bench-data)
//   bench_reconcile --prepare [--lines N]   only generate the data
//
// Each contestant runs as its own child process; its wall time includes starting the process and
// its peak memory is the child's maximum resident set (wait4 ru_maxrss), so the generator's
// memory in this process does not count.

#include "BenchBill.h"
#include "BenchOrders.h"

#include "domain/ZipArchive.h"
#include "finance/BillParser.h"
#include "finance/ReconciliationEngine.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextCodec>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

using namespace DepositDesk;
using BenchOrders::print;

namespace {

struct Run
{
    bool ok = false;
    double seconds = 0;
    double peakMb = 0;
    QString output;
};

// Runs argv as a child process (stdout and stderr to `log`), measuring its wall time and peak RSS.
Run runChild(const QStringList &argv, const QString &log)
{
    Run run;
    std::vector<QByteArray> bytes;
    for (const QString &a : argv)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> args;
    for (QByteArray &b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray logPath = log.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, logPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.output = QStringLiteral("could not start %1").arg(argv.front());
        return run;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.peakMb = usage.ru_maxrss / 1024.0; // kB on Linux
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    QFile out(log);
    if (out.open(QIODevice::ReadOnly))
        run.output = QString::fromUtf8(out.readAll()).trimmed();
    return run;
}

qint64 vmHwmKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    return -1;
}

// The child that measures us: parse, then match; prints its figures.
int measureOurs(const QString &zip, const QString &ledger, const QString &period)
{
    Store store(StoreConfig::sqlite(ledger));
    if (const StoreResult opened = store.open(); !opened) {
        print(opened.errorString);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    BillProblem problem;
    const std::optional<ParsedBill> bill = BillParser::parseArchive(zip, {}, &problem);
    const double parseS = timer.nsecsElapsed() / 1e9;
    if (!bill) {
        print(problem.toString());
        return 1;
    }
    const qint64 parsedKb = vmHwmKb();
    timer.restart();
    ReconciliationEngine::Options options;
    options.period = period;
    QString error;
    const auto report = ReconciliationEngine::reconcile(store, *bill, options, &error);
    const double matchS = timer.nsecsElapsed() / 1e9;
    if (!report) {
        print(error);
        return 1;
    }
    QStringList kinds;
    for (const auto &[kind, count] : report->totals.differences)
        kinds.append(QStringLiteral("%1 %2").arg(differenceKindCode(kind)).arg(count));
    print(QStringLiteral("lines %1, matched %2, differences: %3")
              .arg(bill->lines.size())
              .arg(report->totals.matched)
              .arg(kinds.join(QStringLiteral(", "))));
    print(QStringLiteral("parse %1 s (peak %2 MB), match %3 s, peak %4 MB (VmHWM)")
              .arg(parseS, 0, 'f', 2)
              .arg(parsedKb / 1024.0, 0, 'f', 0)
              .arg(matchS, 0, 'f', 2)
              .arg(vmHwmKb() / 1024.0, 0, 'f', 0));
    return 0;
}

// The detail entry's GBK bytes as a file (the sqlite3 peer cannot read a zip with GBK names).
bool extractDetail(const QString &zipPath, const QString &target)
{
    const ZipReader zip(zipPath);
    QTextCodec *gbk = QTextCodec::codecForName("GBK");
    if (!zip.isOpen() || !gbk)
        return false;
    for (int more = unzGoToFirstFile(zip.handle()); more == UNZ_OK;
         more = unzGoToNextFile(zip.handle())) {
        QByteArray name;
        if (!zip.currentEntry(&name, nullptr) ||
            !gbk->toUnicode(name).endsWith(QStringLiteral("_业务明细.csv")))
            continue;
        QFile out(target);
        if (unzOpenCurrentFile(zip.handle()) != UNZ_OK || !out.open(QIODevice::WriteOnly))
            return false;
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        int got = 0;
        while ((got = unzReadCurrentFile(zip.handle(), chunk.data(), unsigned(chunk.size()))) > 0)
            out.write(chunk.constData(), got);
        return got == 0 && unzCloseCurrentFile(zip.handle()) == UNZ_OK;
    }
    return false;
}

void report(const char *name, const Run &run)
{
    print(QStringLiteral("%1 %2 s, peak %3 MB%4")
              .arg(QString::fromLatin1(name), -8)
              .arg(run.seconds, 6, 'f', 2)
              .arg(run.peakMb, 5, 'f', 0)
              .arg(run.ok ? QString() : QStringLiteral("  (FAILED)")));
    for (const QString &line : run.output.split(u'\n'))
        print(QStringLiteral("           %1").arg(line));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == u"--measure-ours")
        return measureOurs(args.at(2), args.at(3), args.at(4));
    qint64 lines = 1000000;
    if (const qsizetype at = args.indexOf(QStringLiteral("--lines"));
        at > 0 && at + 1 < args.size())
        lines = args.at(at + 1).toLongLong();
    if (lines < 10) {
        print(QStringLiteral("usage: bench_reconcile [--lines N]   (N >= 10, default 1000000)"));
        return 2;
    }
    const QString dir = QStringLiteral(DD_BINARY_DIR "/bench-data/reconcile-%1").arg(lines);
    // The data is generated by a child process too: this process stays small, so the children's
    // peak memory (which starts from this process's at exec) is theirs alone.
    const bool prepareOnly = args.contains(QStringLiteral("--prepare"));
    if (!prepareOnly) {
        QDir().mkpath(dir);
        const Run prepared = runChild({app.applicationFilePath(), QStringLiteral("--prepare"),
                                       QStringLiteral("--lines"), QString::number(lines)},
                                      QDir(dir).filePath(QStringLiteral("prepare.log")));
        if (!prepared.output.isEmpty())
            print(prepared.output);
        if (!prepared.ok)
            return 1;
    }
    BenchBill::Files files;
    QString error;
    if (!BenchBill::prepare(dir, lines, &files, &error)) {
        print(QStringLiteral("Could not prepare the data: %1").arg(error));
        return 1;
    }
    const QString detailGbk = QDir(dir).filePath(QStringLiteral("detail-gbk.csv"));
    if (!QFile::exists(detailGbk) && !extractDetail(files.zip, detailGbk)) {
        print(QStringLiteral("Could not extract the detail file from %1").arg(files.zip));
        return 1;
    }
    if (prepareOnly)
        return 0;
    print(QStringLiteral("Month bill %1: %2 lines (%3 charges, %4 refunds), ledger of the same "
                         "size in SQLite; planted: %5 each of amount differs, bill only, status "
                         "differs; %6 ledger only")
              .arg(files.period)
              .arg(lines)
              .arg(files.trades)
              .arg(files.refunds)
              .arg(files.planted)
              .arg(files.ledgerOnly));

    const Run ours = runChild({app.applicationFilePath(), QStringLiteral("--measure-ours"),
                               files.zip, files.ledger, files.period},
                              QDir(dir).filePath(QStringLiteral("ours.log")));
    // sqlite3: GBK → UTF-8 (iconv) and the # lines dropped (grep) are timed with it; the zip
    // was unpacked beforehand (not timed).
    const QString utf8 = QDir(dir).filePath(QStringLiteral("detail-utf8.csv"));
    const QString sqlite =
        QStringLiteral(
            "iconv -f GBK -t UTF-8 '%1' | grep -v '^#' > '%2' && "
            "sqlite3 -batch -cmd \"ATTACH '%3' AS l\" -cmd '.mode csv' -cmd \".import '%2' bill\" "
            "':memory:' < '%4'")
            .arg(detailGbk, utf8, files.ledger,
                 QStringLiteral(DD_SOURCE_DIR "/tests/bench/reconcile_peer.sql"));
    const Run sqlite3 = runChild({QStringLiteral("sh"), QStringLiteral("-c"), sqlite},
                                 QDir(dir).filePath(QStringLiteral("sqlite3.log")));
    // pandas: reads the zip itself (unzip + GBK decode timed), Debian's python3.
    const Run pandas = runChild({QStringLiteral("/usr/bin/python3"),
                                 QStringLiteral(DD_SOURCE_DIR "/tests/bench/reconcile_peer.py"),
                                 files.zip, files.ledger},
                                QDir(dir).filePath(QStringLiteral("pandas.log")));

    print(QString());
    report("ours", ours);
    report("sqlite3", sqlite3);
    report("pandas", pandas);
    print(QString());
    const auto ratio = [&](const Run &peer) {
        return peer.ok && ours.ok && ours.seconds > 0 ? peer.seconds / ours.seconds : 0.0;
    };
    print(QStringLiteral("ratio (peer time / ours): sqlite3 %1x, pandas %2x")
              .arg(ratio(sqlite3), 0, 'f', 2)
              .arg(ratio(pandas), 0, 'f', 2));
    const bool fast = ratio(sqlite3) > 1 && ratio(pandas) > 1;
    const bool small = ours.ok && ours.peakMb < 400;
    print(QStringLiteral("goal: faster than both peers (%1), peak < 400 MB (%2 MB: %3)")
              .arg(fast ? QStringLiteral("met") : QStringLiteral("NOT met"))
              .arg(ours.peakMb, 0, 'f', 0)
              .arg(small ? QStringLiteral("met") : QStringLiteral("NOT met")));
    return ours.ok ? 0 : 1;
}
