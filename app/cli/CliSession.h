#pragma once

#include "domain/Money.h"
#include "domain/OperatorSession.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QTextStream;

namespace DepositDesk {

class ConsoleServices;
class Store;
struct ActionOutcome;

// What a subcommand works with once its operator is signed in: the services of the console (the
// same guards, locks, intents and audit entries), the operator's session, its parsed command line
// and the two streams. Prints in words, or one JSON object per result with --json.
class CliSession
{
public:
    CliSession(ConsoleServices &services, const OperatorSession &session,
               const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

    ConsoleServices &services() { return m_services; }
    const Store &store() const;
    const OperatorSession &session() const { return m_session; }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The n-th positional argument after the command's words.
    QString argument(int n) const;
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }

    // An amount argument in yuan ("12.50"): nullopt and a usage message on stderr when it is
    // malformed ("1.234", "-5", "abc") or out of the range of a request.
    std::optional<Money> amountArgument(int n);
    // A required option; empty and a usage message on stderr when it is missing.
    QString requiredValue(const QString &option);

    // Prints `words` (without --json) or `object` (with --json, one line).
    void print(const QString &words, const QJsonObject &object);
    // Prints what a money action came to and returns its exit code: Done, Refused (refused or
    // failed), Unknown (awaiting confirmation).
    int report(const QString &action, const QString &order, const ActionOutcome &outcome);

    // Writes `table` to `path` through TableExport (finance/TableExport.h), the writers of the
    // console's export menu: XLSX when the name ends in .xlsx (one sheet, `sheetName`), else CSV
    // (written whole or not at all). false and *error (the system's words) when it cannot be.
    static bool writeTable(const QAbstractItemModel &table, const QString &path,
                           const QString &sheetName, QString *error);

    // Runs the event loop until `start` calls its callback (or `timeoutMs` passes: nullopt).
    template<class Result>
    std::optional<Result>
    wait(const std::function<void(const QObject *, std::function<void(const Result &)>)> &start,
         int timeoutMs = 10 * 60 * 1000)
    {
        std::optional<Result> result;
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        start(&loop, [&result, &loop](const Result &r) {
            result = r;
            loop.quit();
        });
        if (!result)
            loop.exec();
        return result;
    }

private:
    ConsoleServices &m_services;
    OperatorSession m_session;
    const QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
};

} // namespace DepositDesk
