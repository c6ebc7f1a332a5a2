#include "store/AuditEntry.h"

#include <QCryptographicHash>

namespace DepositDesk {

namespace {

void appendField(QByteArray &out, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ';';
}

} // namespace

QByteArray AuditEntry::canonicalForm() const
{
    QByteArray out("depositdesk-audit-v1;");
    appendField(out, QString::number(seq));
    appendField(out, QString::number(at.toMSecsSinceEpoch()));
    appendField(out, operatorLogin);
    appendField(out, action);
    appendField(out, outOrderNo);
    appendField(out, detail);
    appendField(out, prevHash);
    return out;
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalForm(), QCryptographicHash::Sha256).toHex());
}

} // namespace DepositDesk
