#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace DepositDesk {

// One request or notification parameter, value already decoded (never URL-encoded).
using Parameter = QPair<QString, QString>;
using ParameterList = QList<Parameter>;

// The canonical string Alipay signs (docs/alipay-protocol.md §2.1 and §5.3): parameters sorted by
// key in byte order, "key=value" joined with '&', raw values, UTF-8.
class SignContent
{
public:
    enum class Kind {
        Request,     // drop `sign`, keep `sign_type`
        Notification // drop `sign` and `sign_type`
    };

    // Entries whose key or value is empty or whitespace-only are left out (the Java rule).
    // A key given twice appears twice, in the order given (callers should refuse duplicates).
    static QByteArray build(const ParameterList &parameters, Kind kind);

    // True when a value counts as empty under the Java rule (empty or whitespace only).
    static bool isEmptyValue(const QString &value);
};

} // namespace DepositDesk
