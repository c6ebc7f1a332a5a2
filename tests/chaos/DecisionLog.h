#pragma once

// The chaos desk's decisions log: one line per decision, appended and fsync'ed *before* the
// decision is acted on, and one line when its outcome was seen. After a kill, the decisions
// begun and never ended are the ones an operator would try again.
//
//   B <tab> id <tab> kind <tab> order <tab> a <tab> b     a decision, before acting
//   E <tab> id <tab> status                              what came of it (the last one counts)
//   F <tab> kind <tab> method                            a fault injected at the sandbox

#include <QFile>
#include <QList>
#include <QMap>
#include <QString>

namespace DepositDesk::Chaos {

struct Decision
{
    QString id; // "<desk>.<n>", unique across desks
    int number = 0;
    QString kind; // unfreeze, charge, refund, sesame, cancel, again
    QString order;
    QString a; // amount in fen, out_trade_no, intent id ...
    QString b;
    QString reason() const { return QStringLiteral("chaos d") + id; }
};

class DecisionLog
{
public:
    // Reads what the file holds so far and opens it for appending. False when it cannot.
    bool open(const QString &path, QString *error);

    bool begin(const Decision &decision);
    bool end(const Decision &decision, const QString &status);
    bool fault(const QString &kind, const QString &method);

    int nextNumber() const { return m_lastNumber + 1; }
    int decisionsBegun() const { return int(m_begun.size()); }
    // Begun, and never ended or ended with an outcome still unknown (the operator comes back to
    // them), in the order they were begun.
    QList<Decision> unfinished() const;
    // Whether a status leaves the decision open: "unknown", "no-answer", "…:unknown".
    static bool isOpen(const QString &status);

private:
    bool append(const QByteArray &line);

    QFile m_file;
    QMap<int, Decision> m_begun;
    QMap<int, QString> m_ended;
    int m_lastNumber = 0;
};

} // namespace DepositDesk::Chaos
