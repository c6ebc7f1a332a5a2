// Month-end reconciliation at 1,000,000 bill lines: BillParser::parseArchive of the real
// bill layout + ReconciliationEngine::reconcile against a real SQLite ledger of the same size,
// wall time and peak memory, compared in the same run with three peers doing the same load and
// join: the sqlite3 command-line tool, Python pandas and DuckDB (its Node API, pinned in
// tests/bench/duckdb/package-lock.json and installed by scripts/bench.sh). Each peer's answer
// (charges and refunds matched, differences by kind) is compared with ours. Goal: faster than
// every peer (DuckDB by 1.5x), under 1.5 s and 300 MB at a million lines. Then the
// pre-authorization checks (PreauthChecks) over as many orders with their freezes, against the
// same checks as plain SQL in the sqlite3 tool (preauth_peer.sql): each a second or two, so both
// run three times in turns and the faster run of each counts, with its CPU time beside it.
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
#include "finance/PreauthChecks.h"
#include "finance/ReconciliationEngine.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextCodec>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <map>
#include <vector>

extern char **environ;

using namespace DepositDesk;
using BenchOrders::print;

namespace {

struct Run
{
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0; // user + system
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
    run.cpuSeconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
                     (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
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
    std::map<DifferenceKind, int> counts;
    for (const auto &[kind, count] : report->totals.differences) {
        kinds.append(QStringLiteral("%1 %2").arg(differenceKindCode(kind)).arg(count));
        counts[kind] = count;
    }
    print(QStringLiteral("lines %1, matched %2, differences: %3")
              .arg(bill->lines.size())
              .arg(report->totals.matched)
              .arg(kinds.join(QStringLiteral(", "))));
    // In the peers' words: lines found in the ledger whatever they differ in, then differences.
    const int amount = counts[DifferenceKind::AmountDiffers];
    const int status = counts[DifferenceKind::StatusDiffers];
    print(QStringLiteral("answer: joined %1, amount differs %2, status differs %3, bill only %4, "
                         "ledger only %5")
              .arg(report->totals.matched + amount + status)
              .arg(amount)
              .arg(status)
              .arg(counts[DifferenceKind::BillOnly])
              .arg(counts[DifferenceKind::LedgerOnly]));
    print(QStringLiteral("parse %1 s (peak %2 MB), match %3 s, peak %4 MB (VmHWM)")
              .arg(parseS, 0, 'f', 2)
              .arg(parsedKb / 1024.0, 0, 'f', 0)
              .arg(matchS, 0, 'f', 2)
              .arg(vmHwmKb() / 1024.0, 0, 'f', 0));
    return 0;
}

// The child that measures the pre-authorization checks alone over the orders' store.
int measureChecks(const QString &path, qint64 fromMs, qint64 toMs)
{
    Store store(StoreConfig::sqlite(path));
    if (const StoreResult opened = store.open(); !opened) {
        print(opened.errorString);
        return 1;
    }
    // As inside ReconciliationEngine, which runs them: no memory map of the database file.
    if (!BenchOrders::exec(store, QStringLiteral("PRAGMA mmap_size = 0")))
        return 1;
    QElapsedTimer timer;
    timer.start();
    const PreauthChecks checks(store.database(), QStringLiteral("2024-05"), fromMs, toMs, 30);
    QList<Difference> differences;
    QString error;
    if (!checks.run(&differences, &error)) {
        print(error);
        return 1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::map<DifferenceKind, int> counts;
    for (const Difference &d : differences)
        ++counts[d.kind];
    print(QStringLiteral("frozen never released %1")
              .arg(counts[DifferenceKind::FrozenNeverReleased]));
    print(QStringLiteral("rest never unfrozen %1").arg(counts[DifferenceKind::RestNeverUnfrozen]));
    print(QStringLiteral("violation not reported %1")
              .arg(counts[DifferenceKind::ViolationNotReported]));
    print(QStringLiteral("checks %1 s, peak %2 MB (VmHWM)")
              .arg(seconds, 0, 'f', 2)
              .arg(vmHwmKb() / 1024.0, 0, 'f', 0));
    return 0;
}

// A peer's answer: the numbers after these words, charges and refunds added up.
struct Answer
{
    qint64 joined = 0, amount = 0, status = 0, billOnly = 0, ledgerOnly = 0;
    bool operator==(const Answer &o) const
    {
        return joined == o.joined && amount == o.amount && status == o.status &&
               billOnly == o.billOnly && ledgerOnly == o.ledgerOnly;
    }
    QString toString() const
    {
        return QStringLiteral("joined %1, amount differs %2, status differs %3, bill only %4, "
                              "ledger only %5")
            .arg(joined)
            .arg(amount)
            .arg(status)
            .arg(billOnly)
            .arg(ledgerOnly);
    }
};

std::optional<Answer> answerOf(const QString &output)
{
    const auto sum = [&](const QString &words, qint64 *into) {
        const QRegularExpression number(words + QStringLiteral("[: ]+(\\d+)"));
        bool found = false;
        for (auto it = number.globalMatch(output); it.hasNext();) {
            *into += it.next().captured(1).toLongLong();
            found = true;
        }
        return found;
    };
    Answer a;
    const bool joined = sum(QStringLiteral("(?:joined|matched)"), &a.joined);
    if (!(joined && sum(QStringLiteral("amount differs"), &a.amount) &&
          sum(QStringLiteral("status differs"), &a.status) &&
          sum(QStringLiteral("bill only"), &a.billOnly) &&
          sum(QStringLiteral("ledger only"), &a.ledgerOnly)))
        return std::nullopt;
    return a;
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

void report(const char *name, const Run &run, bool withCpu = false)
{
    print(
        QStringLiteral("%1 %2 s, peak %3 MB%4%5")
            .arg(QString::fromLatin1(name), -8)
            .arg(run.seconds, 6, 'f', 2)
            .arg(run.peakMb, 5, 'f', 0)
            .arg(withCpu ? QStringLiteral(", CPU %1 s").arg(run.cpuSeconds, 0, 'f', 2) : QString())
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
    if (args.size() == 5 && args.at(1) == u"--measure-checks")
        return measureChecks(args.at(2), args.at(3).toLongLong(), args.at(4).toLongLong());
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
    BenchBill::PreauthFiles preauth;
    QString error;
    if (!BenchBill::prepare(dir, lines, &files, &error) ||
        !BenchBill::preparePreauth(dir, lines, &preauth, &error)) {
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
    // DuckDB reads neither GBK nor SQLite without extensions it would download: GBK → UTF-8
    // (iconv, # lines dropped) and a CSV dump of the ledger's trades and refunds (sqlite3) are
    // timed with it, then node runs reconcile_peer.mjs on the engine of @duckdb/node-api.
    const QString duckDir = QStringLiteral(DD_BINARY_DIR "/tests/bench/duckdb");
    const bool duckInstalled =
        QFile::exists(duckDir + u"/node_modules/@duckdb/node-api/package.json");
    Run duckdb;
    if (duckInstalled) {
        const QString ledgerCsv = QDir(dir).filePath(QStringLiteral("ledger.csv"));
        const QString duck =
            QStringLiteral(
                "iconv -f GBK -t UTF-8 '%1' | grep -v '^#' > '%2' && "
                "sqlite3 -csv -header '%3' \"SELECT id, kind, alipay_no, request_no, parent_no, "
                "status, amount_fen FROM ledger_facts WHERE kind IN ('trade', 'refund')\" > '%4' "
                "&& node '%5/reconcile_peer.mjs' '%2' '%4'")
                .arg(detailGbk, utf8, files.ledger, ledgerCsv, duckDir);
        duckdb = runChild({QStringLiteral("sh"), QStringLiteral("-c"), duck},
                          QDir(dir).filePath(QStringLiteral("duckdb.log")));
    } else {
        duckdb.output = QStringLiteral("not installed: scripts/bench.sh installs @duckdb/node-api "
                                       "into %1 (npm ci)")
                            .arg(duckDir);
    }

    print(QString());
    const auto ratio = [&](const Run &peer) {
        return peer.ok && ours.ok && ours.seconds > 0 ? peer.seconds / ours.seconds : 0.0;
    };
    // Ours answers in its own line; the peers in their words (charges and refunds added up).
    const QStringList ourLines = ours.output.split(u'\n');
    const auto answerLine = std::find_if(ourLines.cbegin(), ourLines.cend(), [](const QString &l) {
        return l.startsWith(QStringLiteral("answer:"));
    });
    const std::optional<Answer> ourAnswer =
        answerLine == ourLines.cend() ? std::nullopt : answerOf(*answerLine);
    report("ours", ours);
    bool allAgree = ourAnswer.has_value();
    bool fasterThanAll = ours.ok;
    const std::pair<const char *, const Run *> peers[] = {
        {"sqlite3", &sqlite3}, {"pandas", &pandas}, {"duckdb", &duckdb}};
    QStringList ratios;
    for (const auto &[name, run] : peers) {
        report(name, *run);
        const std::optional<Answer> answer = run->ok ? answerOf(run->output) : std::nullopt;
        const bool same = answer && ourAnswer && *answer == *ourAnswer;
        allAgree = allAgree && same;
        fasterThanAll = fasterThanAll && ratio(*run) > 1;
        print(QStringLiteral("           answer %1")
                  .arg(!answer ? QStringLiteral("unreadable")
                       : same  ? QStringLiteral("same as ours")
                               : QStringLiteral("DIFFERS from ours (%1)").arg(answer->toString())));
        ratios.append(
            QStringLiteral("%1 %2x").arg(QString::fromLatin1(name)).arg(ratio(*run), 0, 'f', 2));
    }
    print(QString());
    print(QStringLiteral("ratio (peer time / ours): %1").arg(ratios.join(QStringLiteral(", "))));
    const bool duckByHalf = ratio(duckdb) >= 1.5;
    const bool quick = ours.ok && ours.seconds < 1.5 * double(lines) / 1e6;
    const bool small = ours.ok && ours.peakMb < 300 * std::max(1.0, double(lines) / 1e6);
    const auto met = [](bool yes) {
        return yes ? QStringLiteral("met") : QStringLiteral("NOT met");
    };
    print(QStringLiteral("goal: same answer as every peer (%1), faster than every peer (%2), "
                         "DuckDB ratio >= 1.5 (%3), < %4 s (%5), peak < %6 MB (%7 MB: %8)")
              .arg(met(allAgree), met(fasterThanAll), met(duckByHalf))
              .arg(1.5 * double(lines) / 1e6, 0, 'g', 3)
              .arg(met(quick))
              .arg(300 * std::max(1.0, double(lines) / 1e6), 0, 'f', 0)
              .arg(ours.peakMb, 0, 'f', 0)
              .arg(met(small)));

    // The pre-authorization checks over as many orders, and the same checks as plain SQL.
    print(QString());
    print(QStringLiteral("Pre-authorization checks: %1 orders (60 % AUTHORIZED with money frozen), "
                         "one freeze each in the ledger; planted: %2 stale freezes, %3 charges "
                         "leaving the rest frozen, %4 defaults never reported")
              .arg(lines)
              .arg(BenchBill::PreauthFiles::plantedAt(lines, 3))
              .arg(BenchBill::PreauthFiles::plantedAt(lines, 5))
              .arg(BenchBill::PreauthFiles::plantedAt(lines, 11)));
    const QString peerSql =
        QStringLiteral("sqlite3 -batch -cmd '.parameter set :from %1' -cmd '.parameter set :to %2' "
                       "-cmd '.parameter set :stale %3' '%4' < '%5'")
            .arg(preauth.fromMs)
            .arg(preauth.toMs)
            .arg(30LL * 86400 * 1000)
            .arg(preauth.store, QStringLiteral(DD_SOURCE_DIR "/tests/bench/preauth_peer.sql"));
    // Each a second or two: taken in turns, three times, and the faster run of each kept, so
    // that which one ran right after the reconciliation (or meanwhile something else) does not
    // decide the ratio. The time includes starting the process (ours: opening the store).
    Run checks;
    Run checksPeer;
    const auto faster = [](const Run &best, const Run &run) {
        return !best.ok || (run.ok && run.seconds < best.seconds) ? run : best;
    };
    for (int round = 0; round < 3; ++round) {
        checks =
            faster(checks, runChild({app.applicationFilePath(), QStringLiteral("--measure-checks"),
                                     preauth.store, QString::number(preauth.fromMs),
                                     QString::number(preauth.toMs)},
                                    QDir(dir).filePath(QStringLiteral("checks.log"))));
        checksPeer =
            faster(checksPeer, runChild({QStringLiteral("sh"), QStringLiteral("-c"), peerSql},
                                        QDir(dir).filePath(QStringLiteral("checks-sqlite3.log"))));
    }
    print(QStringLiteral("(the faster of 3 runs each, taken in turns)"));
    report("checks", checks, true);
    report("sqlite3", checksPeer, true);
    const auto checkCounts = [](const QString &output) {
        QStringList counts;
        for (const QString &line : output.split(u'\n'))
            if (line.contains(QStringLiteral("released")) ||
                line.contains(QStringLiteral("unfrozen")) ||
                line.contains(QStringLiteral("reported")))
                counts.append(line.trimmed());
        return counts;
    };
    const QStringList expected = {
        QStringLiteral("frozen never released %1")
            .arg(BenchBill::PreauthFiles::plantedAt(lines, 3)),
        QStringLiteral("rest never unfrozen %1").arg(BenchBill::PreauthFiles::plantedAt(lines, 5)),
        QStringLiteral("violation not reported %1")
            .arg(BenchBill::PreauthFiles::plantedAt(lines, 11))};
    print(QString());
    print(QStringLiteral("checks: ratio (sqlite3 time / ours) %1x; ours found %2, the peer %3")
              .arg(checks.ok && checksPeer.ok && checks.seconds > 0
                       ? checksPeer.seconds / checks.seconds
                       : 0.0,
                   0, 'f', 2)
              .arg(checkCounts(checks.output) == expected ? QStringLiteral("what was planted")
                                                          : QStringLiteral("NOT what was planted"))
              .arg(checkCounts(checksPeer.output) == expected ? QStringLiteral("the same")
                                                              : QStringLiteral("something else")));
    return ours.ok && checks.ok ? 0 : 1;
}
