#pragma once

#include "domain/Nodiscard.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace DepositDesk {

// What a caller asks the audit log to remember: who did what to which order, with non-secret
// details (amounts, request numbers, Alipay's codes, the reason typed). Details are a flat or
// nested JSON object of plain values; anything that looks like a secret is refused.
struct AuditEvent
{
    QString operatorLogin;
    QString action; // lower-case words with '.', '_' or '-': "order.unfreeze", "operator.disable"
    QString outOrderNo; // empty when no order is concerned
    QJsonObject details;
};

// One entry of the chain as stored.
struct AuditEntry
{
    qint64 seq = 0; // 1, 2, 3 … without gaps
    QDateTime at;
    QString operatorLogin;
    QString action;
    QString outOrderNo;
    QString detail;   // the details as compact JSON text, hashed as stored
    QString prevHash; // hash of entry seq − 1 ("" for the first)
    QString hash;     // SHA-256 (hex) of canonicalForm()

    // Every field but the hash, each as "<UTF-8 byte length>:<bytes>;", in a fixed order: an
    // unambiguous text that does not depend on any JSON writer.
    QByteArray canonicalForm() const;
    QString computeHash() const;
};

// Which entries to list or export; empty / invalid members do not filter.
struct AuditFilter
{
    QString outOrderNo;
    QString operatorLogin;
    QString action;
    QDateTime from;       // inclusive
    QDateTime before;     // exclusive
    qint64 afterSeq = 0;  // entries after this one (0: from the first)
    qint64 beforeSeq = 0; // entries before this one (0: up to the last)
    bool newestFirst = false;
    int limit = 1000;
};

struct DD_NODISCARD AuditVerification
{
    bool ok = true;
    qint64 entries = 0;        // the entries this check read and verified (after fromSeq)
    qint64 fromSeq = 0;        // the checkpoint the check started after (0: the whole chain)
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString problem;           // translated
};

} // namespace DepositDesk
